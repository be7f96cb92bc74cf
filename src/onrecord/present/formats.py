"""Ways to show an ``ArticleRecord``: the JSON line, a terminal table, a Markdown digest.

Each function renders one article, so output can stream while a batch is still running.
"""
from __future__ import annotations

import json
import textwrap
from typing import Optional

from onrecord.model import ArticleRecord, Statement

FORMATS = ("jsonl", "table", "markdown")

# Terminal table columns (the statement column takes what is left of the width).
_SPEAKER_WIDTH = 26
_KIND_WIDTH = 8
_CUE_WIDTH = 12
_GAP = "  "
_QUOTE_LINES = 3  # longer statements are shortened in the middle to fit this many lines


def render_jsonl(record: ArticleRecord) -> str:
    """The record's JSON contract on one line (Unicode kept as is)."""
    return json.dumps(record.to_json(), ensure_ascii=False) + "\n"


def render_table(record: ArticleRecord, width: int = 120) -> str:
    """Who said what in one article, as a fixed-width table for a terminal."""
    width = max(width, 80)
    quote_width = width - len(_GAP) * 4 - _SPEAKER_WIDTH - _KIND_WIDTH - _CUE_WIDTH
    header = " · ".join(part for part in (record.id, record.published, record.title) if part)
    lines = [shorten(header, width), "─" * width]
    if not record.statements:
        lines.append(f"{_GAP}(no statements found)")
    else:
        lines.append(_row(["SPEAKER"], ["KIND"], ["CUE"], ["STATEMENT"]))
        introduced: set[str] = set()  # speakers whose role was already shown in this article
        for statement in record.statements:
            lines.append("")  # a blank line between statements keeps wrapped rows apart
            lines.append(_row(
                _speaker_lines(statement, introduced),
                [statement.kind],
                [_clip(one_line(statement.cue.text), _CUE_WIDTH) if statement.cue else "—"],
                textwrap.wrap(shorten(_display(statement), quote_width * _QUOTE_LINES - 10), quote_width) or [""],
            ))
    count = len(record.statements)
    lines.append(f"{_GAP}{count} statement{'' if count == 1 else 's'}")
    return "\n".join(lines) + "\n\n"


def _speaker_lines(statement: Statement, introduced: set[str]) -> list[str]:
    speaker = statement.speaker
    if speaker is None:
        return ["(unknown)"]
    lines = textwrap.wrap(shorten(speaker.name, 2 * _SPEAKER_WIDTH - 4), _SPEAKER_WIDTH) or ["(unnamed)"]
    key = speaker.entity or speaker.name
    detail = speaker.roles[0] if speaker.roles else speaker.affiliation
    if detail and key not in introduced:  # the role the article gives, under the first statement only
        lines += textwrap.wrap(shorten(one_line(detail), 2 * _SPEAKER_WIDTH - 4), _SPEAKER_WIDTH)
    introduced.add(key)
    return lines


def _display(statement: Statement) -> str:
    # Direct quotes are shown in quotation marks; the other kinds are the article's own words.
    text = one_line(statement.content.text)
    return f"“{text}”" if statement.kind == "direct" else text


def _row(speaker: list[str], kind: list[str], cue: list[str], quote: list[str]) -> str:
    columns = [(speaker, _SPEAKER_WIDTH), (kind, _KIND_WIDTH), (cue, _CUE_WIDTH), (quote, 0)]
    height = max(len(cells) for cells, _ in columns)
    out = []
    for i in range(height):
        cells = [(cells[i] if i < len(cells) else "").ljust(size) for cells, size in columns]
        out.append((_GAP + _GAP.join(cells)).rstrip())
    return "\n".join(out)


def render_markdown(record: ArticleRecord) -> str:
    """One article as a Markdown section: a heading, its details, and a table of statements."""
    lines = [f"## {_md(record.title or record.id)}", ""]
    details = [f"`{record.id}`"] + [part for part in (record.published,) if part]
    if record.url:
        details.append(f"<{record.url}>")
    lines += [" · ".join(details), ""]
    if not record.statements:
        return "\n".join(lines + ["No statements found.", "", ""])
    lines += ["| # | Speaker | Role | Kind | Cue | Statement |", "|---|---|---|---|---|---|"]
    for n, statement in enumerate(record.statements, 1):
        speaker = statement.speaker
        name = speaker.name if speaker else "(unknown)"
        role = "; ".join(speaker.roles) if speaker and speaker.roles else (speaker.affiliation if speaker else None)
        cue = statement.cue.text if statement.cue else ""
        cells = [str(n), name, role or "", statement.kind, cue, _display(statement)]
        lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    return "\n".join(lines + ["", ""])


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines, NBSP) shown as one space."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, keeping its start and end around a "…"."""
    if len(text) <= limit:
        return text
    if limit < 12:
        return text[: limit - 1] + "…"
    head_size = (limit - 1) * 2 // 3
    head = _cut_at_space(text[:head_size], from_end=True)
    tail = _cut_at_space(text[len(text) - (limit - 1 - len(head)):], from_end=False)
    return head + "…" + tail


def _clip(text: str, limit: int) -> str:
    # Short cells keep their start: "disagreeme…" reads better than "disa…ents".
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cut_at_space(text: str, from_end: bool) -> str:
    # Drop a partial word at the cut, unless that would throw away most of the piece.
    position = text.rfind(" ") if from_end else text.find(" ")
    if position < 0 or (position < len(text) // 2 if from_end else position > len(text) // 2):
        return text
    return text[:position + 1] if from_end else text[position:]


def _md(text: Optional[str]) -> str:
    return one_line(text or "").replace("\\", "\\\\").replace("|", "\\|")
