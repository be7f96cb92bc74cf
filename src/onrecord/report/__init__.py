"""Briefings: a digest of statements from the record, like the one analysts write by hand.

``build(record, Selection(...))`` gathers the data (``briefing.py``); ``write(briefing, fmt, path)`` renders
it as Markdown, standalone HTML, or a PDF printed from that HTML by headless Chromium.
"""
from __future__ import annotations

from onrecord.report import writers
from onrecord.report.briefing import Briefing, Selection, build
from onrecord.report.pdf import print_pdf


def write(briefing: Briefing, fmt: str, path: str) -> None:
    if fmt == "md":
        content = writers.markdown(briefing)
    elif fmt == "html":
        content = writers.html(briefing)
    elif fmt == "pdf":
        print_pdf(writers.html(briefing), path)
        return
    else:
        raise ValueError(f"unknown briefing format {fmt!r}")
    with open(path, "w", encoding="utf-8") as out:
        out.write(content)


__all__ = ["Briefing", "Selection", "build", "write"]
