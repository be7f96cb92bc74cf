"""Briefings: a digest of statements from the record, like the one analysts write by hand.

``build(record, ...)`` gathers the data (``briefing.py``); ``write(briefing, fmt, path)`` renders
it as Markdown, standalone HTML, or a PDF printed from that HTML by headless Chromium.
"""
from __future__ import annotations

from .briefing import Briefing, build


def write(briefing: Briefing, fmt: str, path: str) -> None:
    from . import render

    if fmt == "md":
        content = render.markdown(briefing)
    elif fmt == "html":
        content = render.html(briefing)
    elif fmt == "pdf":
        from .pdf import print_pdf

        print_pdf(render.html(briefing), path)
        return
    else:
        raise ValueError(f"unknown briefing format {fmt!r}")
    with open(path, "w", encoding="utf-8") as out:
        out.write(content)


__all__ = ["Briefing", "build", "write"]
