"""Briefings from a real store (conftest.py's ``web_db``) with ``onrecord brief``: quotes verbatim
with their date and source in Markdown and HTML, a PDF with the quotes, markup escaped, errors."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from markupsafe import escape
from pypdf import PdfReader

from onrecord.cli import main
from onrecord.query import open_read_only
from onrecord.report.briefing import Selection, build
from sample_store import SCRIPT


@pytest.fixture(scope="module")
def briefings(web_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefs")
    out = {}
    for fmt in ("md", "html", "pdf"):
        path = folder / f"trump.{fmt}"
        result = CliRunner().invoke(main, ["brief", "--db", web_db, "--speaker", "Donald Trump", "-o", str(path)],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[fmt] = path
    return out


def _trump_statements(web_client) -> list[dict]:
    return web_client.get("/api/statements", params={"speaker": "Donald Trump", "limit": 500}).json()["items"]


def test_briefing_quotes_are_verbatim_with_date_and_source(web_client, briefings):
    statements = _trump_statements(web_client)
    assert statements
    md = briefings["md"].read_text(encoding="utf-8")
    page = briefings["html"].read_text(encoding="utf-8")
    texts = {a: web_client.get(f"/api/articles/{a}").json()["text"] for a in {s["article_id"] for s in statements}}
    for s in statements:
        assert texts[s["article_id"]][s["content"]["start"]:s["content"]["end"]] == s["text"]
        block = "\n".join("> " + line if line else ">" for line in s["text"].split("\n"))
        at = md.index(block + "\n\n— " + s["date"])  # the quote, then its date
        assert s["url"] in md[at:at + len(block) + 400]
        assert str(escape(s["text"])) in page
    assert f"{len(statements)} statements by 1 speaker from 2 sources" in md
    assert "## Sources" in md and "```" in md  # the source list and the text chart
    assert "<svg" in page and page.count('<a href="https://en.wikinews.org') >= len(statements)


def test_briefing_pdf_has_pages_and_the_quotes(web_client, briefings):
    reader = PdfReader(str(briefings["pdf"]))
    assert len(reader.pages) >= 1
    words = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(words.split())
    assert "Statements by Donald Trump" in words
    assert "Sources" in words
    shortest = min((s["text"] for s in _trump_statements(web_client)), key=len)
    assert " ".join(shortest.split())[:30] in words


def test_html_briefing_escapes_article_text(web_db, tmp_path):
    path = tmp_path / "doe.html"
    result = CliRunner().invoke(main, ["brief", "--db", web_db, "--search", "typed", "-o", str(path)])
    assert result.exit_code == 0, result.output
    page = path.read_text(encoding="utf-8")
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_brief_errors_are_one_line(web_db, tmp_path):
    result = CliRunner().invoke(main, ["brief", "--db", web_db, "--speaker", "Nobody Atall",
                                       "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 1 and "no speaker matches" in result.output
    result = CliRunner().invoke(main, ["brief", "--db", web_db, "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 2 and "--format" in result.output
    result = CliRunner().invoke(main, ["brief", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 2 and "no such store" in result.output


@pytest.fixture(scope="module")
def iran_brief(web_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("iran")
    out = {}
    for fmt in ("md", "html"):
        path = folder / f"irn.{fmt}"
        result = CliRunner().invoke(main, ["brief", "--db", web_db, "--country", "IRN", "-o", str(path)],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[fmt] = path.read_text(encoding="utf-8")
    return out


def test_country_briefing_sets_the_example_events_beside_the_iranian_officials(iran_brief):
    md = iran_brief["md"]
    context = md[md.index("## Context"):md.index("## Sources")]
    body = md[:md.index("## Context")]
    # the three events of the example's comment, each with its source number
    for kind, trigger in (("SANCTION", "“imposed”"), ("ASSAULT", "“launched”"), ("MOBILIZE", "“built”")):
        line = next(line for line in context.splitlines() if kind in line and trigger in line)
        assert "· [1] iran-missile-statements" in line
    assert "in Syria" in context and "[IMG" in context and "[USA/GOV] → the country’s entities [IRN]" in context
    # the statement the record links to the factory event is shown with it
    assert "reported by Iranian military: “it had recently built a third underground" in context
    for name in ("Mohsen Rezaei", "Ali Shamkhani", "Ali Khamenei", "Hassan Rouhani"):
        assert f"## {name}" in body
    assert "## Donald Trump" not in body and "## they" not in body.lower()


def test_briefing_orders_speakers_by_weight_and_shows_each_statement_once(iran_brief):
    md = iran_brief["md"]
    headings = [line[3:].split(" — ")[0] for line in md.splitlines() if line.startswith("## ")]
    speakers = headings[headings.index("Overview") + 1:headings.index("Context")]
    counts = [md.split(f"## {name}", 1)[1].split("\n## ", 1)[0].count("\n> ") for name in speakers]
    assert counts == sorted(counts, reverse=True) and speakers != sorted(speakers)
    quotes = [line for line in md.splitlines() if line.startswith("> ")]
    assert len(quotes) == len(set(quotes))
    # "A senior Iranian official has said that Tehran will ..." (the media's) holds the official's words: once
    assert md.count("Tehran will continue to further enhance its missile program") == 1


def test_html_briefing_context_has_linked_sources_and_escapes(iran_brief, tmp_path):
    page = iran_brief["html"]
    assert "<h2>Context</h2>" in page and "“launched”" in page and "in Syria" in page
    assert "<script" not in page


def test_a_briefing_on_a_topic_holds_the_statements_about_it(web_db):
    briefing = build(open_read_only(web_db), Selection(topic="Iran's missile program"))
    texts = [s.text for s in briefing.statements]
    assert any("never halt its military progress" in t for t in texts)
    assert "We will build a wall" not in " ".join(texts)
    assert briefing.filters["topic"] == "Iran's missile program" and "about" in briefing.title
