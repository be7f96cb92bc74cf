"""Rendering a record as a terminal table and as Markdown (hand-built, so these do not depend on
the extractors)."""
from __future__ import annotations

from onrecord.model import ArticleRecord, Speaker, Statement, TextSpan
from onrecord.present.formats import render_markdown, render_table, shorten
from repo_paths import EXAMPLE_ARTICLE


def _record() -> ArticleRecord:
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    start = text.index("Iran’s missile power")
    end = text.index("in a missile,”") + len("in a missile,")
    cue = text.index("said on Monday")
    name = text.index("Mohsen Rezaei")
    rezaei = Speaker("Mohsen Rezaei", "PERSON", TextSpan.of(text, name, name + 13), "e1",
                     ["secretary of Iran’s Expedience Council"], "Iran")
    return ArticleRecord(
        id="iran-missile-statements", title="Iran | missiles", published="2017-07-24", url="https://example.org/a",
        statements=[Statement("iran-missile-statements#s1", "direct", TextSpan.of(text, start, end),
                              TextSpan.of(text, cue, cue + 4), rezaei),
                    Statement("iran-missile-statements#s2", "belief", TextSpan(0, 5, "short"))])


def test_render_table_columns_and_shortening():
    table = render_table(_record(), width=100)
    lines = table.splitlines()
    assert lines[0] == "iran-missile-statements · 2017-07-24 · Iran | missiles"
    assert lines[2].split() == ["SPEAKER", "KIND", "CUE", "STATEMENT"]
    row = lines.index(next(line for line in lines if line.startswith("  Mohsen Rezaei")))
    assert lines[row].split()[:4] == ["Mohsen", "Rezaei", "direct", "said"]
    assert "“Iran’s missile power" in lines[row]
    assert lines[row + 1].strip().startswith("secretary of Iran’s")  # the role under the name
    assert "(unknown)" in table and "belief" in table
    assert all(len(line) <= 100 for line in lines)
    assert table.rstrip().splitlines()[-1].strip() == "2 statements"


def test_render_markdown_escapes_cells():
    md = render_markdown(_record())
    assert md.startswith("## Iran \\| missiles\n")
    assert "| # | Speaker | Role | Kind | Cue | Statement |" in md
    assert "| 1 | Mohsen Rezaei | secretary of Iran’s Expedience Council | direct | said | “Iran’s missile" in md
    assert "<https://example.org/a>" in md


def test_shorten_keeps_both_ends():
    text = "one two three four five six seven eight nine ten eleven twelve"
    short = shorten(text, 30)
    assert len(short) <= 30 and short.startswith("one two") and short.endswith("twelve") and "…" in short
    assert shorten("short", 30) == "short"
