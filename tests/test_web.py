"""The API, the pages and the briefings over a real store: three real articles (the example
digest and two Wikinews articles quoting Donald Trump) and one whose quote holds a <script> tag,
ingested through the real extractor. The API is driven with FastAPI's TestClient."""
from __future__ import annotations

import json
import re
import subprocess

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.cli import main
from onrecord.query.record import Record, open_read_only
from onrecord.store import Store
from onrecord.web import create_app
from onrecord.web.highlight import pieces
from test_query_cli import SAMPLE, TRUMP_ARTICLES, ingest, sample_lines

SCRIPT = "<script>alert(1)</script>"
XSS_ARTICLE = {
    "id": "xss-test", "title": "Council <b>meeting</b> ends", "published": "2019-02-01",
    "url": "https://example.org/xss",
    "text": "The city council met on Friday.\n\n\"Someone typed " + SCRIPT + " into the form and nothing "
            "happened,\" Mayor Jane Doe told reporters on Friday. Doe said the website was safe."}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("web")
    jsonl = folder / "articles.jsonl"
    jsonl.write_text("\n".join(sample_lines(TRUMP_ARTICLES) + [json.dumps(XSS_ARTICLE)]) + "\n", encoding="utf-8")
    path = str(folder / "record.db")
    ingest(path, SAMPLE / "iran-missile-statements.txt", jsonl)
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(open_read_only(db)))


def cli_jsonl(*args) -> list[dict]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("filters", [
    {"speaker": "Donald Trump"},
    {"speaker": "Rezaei"},
    {"search": "missile"},
    {"search": "wall", "since": "2019-01"},
    {"kind": "direct", "until": "2019-01-31"},
    {},
])
def test_api_answers_the_same_statements_as_the_quotes_command(client, db, filters):
    args = [a for k, v in filters.items() for a in (f"--{k}", v)]
    expected = cli_jsonl("quotes", "--db", db, "--format", "jsonl", "--limit", "0", *args)
    got = client.get("/api/statements", params={**filters, "limit": 500}).json()
    assert expected, filters
    assert got["items"] == expected
    assert got["total"] == len(expected)


def test_api_pages_through_statements(client):
    first = client.get("/api/statements", params={"limit": 5}).json()
    assert first["total"] > 5 and len(first["items"]) == 5 and first["next"]
    second = client.get(first["next"]).json()
    assert second["offset"] == 5
    assert not {s["id"] for s in first["items"]} & {s["id"] for s in second["items"]}
    everything = client.get("/api/statements", params={"limit": 500}).json()["items"]
    assert [s["id"] for s in everything[:10]] == [s["id"] for s in first["items"] + second["items"]]


@pytest.mark.parametrize("url, status, words", [
    ("/api/statements?since=July", 400, "not a date"),
    ("/api/statements?kind=rumour", 400, "unknown kind"),
    ("/api/statements?limit=0", 422, "greater than or equal"),
    ("/api/statements?limit=many", 422, "integer"),
    ("/api/statements?speaker=Nobody%20Atall", 404, "no speaker"),
    ("/api/speakers/Nobody%20Atall", 404, "no speaker"),
    ("/api/articles/no-such-article", 404, "no article"),
    ("/api/search", 422, "missing"),
    ("/api/speakers?type=ALIEN", 422, "PERSON"),
])
def test_api_says_what_is_wrong_with_bad_parameters(client, url, status, words):
    answer = client.get(url)
    assert answer.status_code == status
    assert words in json.dumps(answer.json()).lower() or words in json.dumps(answer.json())


def test_api_speaker_profile_timeline_article_search_and_stats(client):
    speakers = client.get("/api/speakers", params={"search": "trump"}).json()["items"]
    trump = next(s for s in speakers if s["name"] == "Donald Trump")
    profile = client.get(f"/api/speakers/{trump['id']}").json()
    assert profile["speaker"]["statements"] == trump["statements"] and profile["recent"]
    assert sum(m["statements"] for m in client.get(f"/api/speakers/{trump['id']}/timeline").json()["by_month"]) \
        == trump["statements"]
    article = client.get("/api/articles/iran-missile-statements").json()
    for s in article["statements"]:
        assert article["text"][s["content"]["start"]:s["content"]["end"]] == s["text"]
    found = client.get("/api/search", params={"q": "missile"}).json()
    assert found["total"] >= 3 and all("[" in s["snippet"] for s in found["items"])
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 4
    assert client.get("/api/articles").json()["total"] == 4
    assert "/api/statements" in client.get("/api/openapi.json").json()["paths"]


def test_a_script_in_a_quote_is_text_on_every_page_and_in_the_api(client):
    ids = [s["id"] for s in client.get("/api/articles/xss-test").json()["statements"]]
    assert any(SCRIPT in s["text"] for s in client.get("/api/articles/xss-test").json()["statements"])
    doe = client.get("/api/speakers", params={"search": "doe"}).json()["items"][0]["id"]
    for url in ("/", "/?q=typed", f"/speakers/{doe}", "/articles/xss-test", "/?speaker=Doe"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert SCRIPT not in page.text and "<b>meeting" not in page.text, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text, url
    assert ids


def test_article_page_marks_every_statement_cue_and_mention(client):
    article = client.get("/api/articles/iran-missile-statements").json()
    page = client.get("/articles/iran-missile-statements").text
    for s in article["statements"]:
        local = s["id"].rsplit("#", 1)[1]
        assert f'id="{local}"' in page
    assert 'class="quote c0' in page and re.search(r'class="[^"]*\bcue\b', page) and 'mention' in page


def test_pieces_cover_the_text_exactly_once(db):
    from onrecord.query import record as query

    record = Record(Store.open(db))
    for aid in ("iran-missile-statements", *TRUMP_ARTICLES):
        article = query.article(record, aid)
        cut = pieces(article.text, article.statements)
        assert "".join(p.text for p in cut) == article.text
        for s in article.statements:
            local = s.id.rsplit("#", 1)[1]
            assert "".join(p.text for p in cut if local in p.within) == s.text
            assert sum(local in p.anchors for p in cut) == 1


def test_unknown_pages_and_speakers_are_404_pages(client):
    assert client.get("/speakers/Nobody%20Atall").status_code == 404
    assert client.get("/articles/nope").status_code == 404
    assert "Not found" in client.get("/no/such/page").text
    assert client.get("/?since=last%20year").status_code == 400


def test_the_server_cannot_write(db):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    record = open_read_only(db)
    with pytest.raises(OperationalError):
        with record.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM statements"))
    assert record.stats()["statements"] > 0


# ---------------------------------------------------------------- briefings

@pytest.fixture(scope="module")
def briefings(db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefs")
    out = {}
    for fmt in ("md", "html", "pdf"):
        path = folder / f"trump.{fmt}"
        result = CliRunner().invoke(main, ["brief", "--db", db, "--speaker", "Donald Trump", "-o", str(path)],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[fmt] = path
    return out


def _trump_statements(client) -> list[dict]:
    return client.get("/api/statements", params={"speaker": "Donald Trump", "limit": 500}).json()["items"]


def test_briefing_quotes_are_verbatim_with_date_and_source(client, briefings):
    from markupsafe import escape

    statements = _trump_statements(client)
    md = briefings["md"].read_text(encoding="utf-8")
    page = briefings["html"].read_text(encoding="utf-8")
    texts = {a: client.get(f"/api/articles/{a}").json()["text"] for a in {s["article_id"] for s in statements}}
    for s in statements:
        assert texts[s["article_id"]][s["content"]["start"]:s["content"]["end"]] == s["text"]
        block = "\n".join("> " + line if line else ">" for line in s["text"].split("\n"))
        at = md.index(block + "\n\n— " + s["date"])  # the quote, then its date
        assert s["url"] in md[at:at + len(block) + 400]
        assert str(escape(s["text"])) in page
    assert f"{len(statements)} statements by 1 speaker from 2 sources" in md
    assert "## Sources" in md and "```" in md  # the source list and the text chart
    assert "<svg" in page and page.count('<a href="https://en.wikinews.org') >= len(statements)


def test_briefing_pdf_has_pages_and_the_quotes(client, briefings):
    from pypdf import PdfReader

    reader = PdfReader(str(briefings["pdf"]))
    assert len(reader.pages) >= 1
    words = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(words.split())
    assert "Statements by Donald Trump" in words
    assert "Sources" in words
    shortest = min((s["text"] for s in _trump_statements(client)), key=len)
    assert " ".join(shortest.split())[:30] in words


def test_html_briefing_escapes_article_text(db, tmp_path):
    path = tmp_path / "doe.html"
    result = CliRunner().invoke(main, ["brief", "--db", db, "--search", "typed", "-o", str(path)])
    assert result.exit_code == 0, result.output
    page = path.read_text(encoding="utf-8")
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_brief_errors_are_one_line(db, tmp_path):
    result = CliRunner().invoke(main, ["brief", "--db", db, "--speaker", "Nobody Atall", "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 1 and "no speaker matches" in result.output
    result = CliRunner().invoke(main, ["brief", "--db", db, "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 2 and "--format" in result.output
    result = CliRunner().invoke(main, ["brief", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 2 and "no such store" in result.output


# ---------------------------------------------------------------- the query functions the web adds, on both databases

from record_helpers import PG_URL, corpus, pg_schema, store  # noqa: E402,F401


def test_article_counts_and_roles_agree_on_sqlite_and_postgresql(store):  # noqa: F811
    from onrecord.query import record as query

    store.save(corpus())
    record = Record(store)
    a1 = query.article(record, "a1")
    assert a1.title == "Rouhani on missiles" and [s.id for s in a1.statements] == ["a1#s1", "a1#s2"]
    assert all(a1.text[s.content["start"]:s.content["end"]] == s.text for s in a1.statements)
    with pytest.raises(query.ArticleNotFound):
        query.article(record, "nope")
    for filters in ({}, {"speaker": "Hassan Rouhani"}, {"search": "missile"}, {"since": "2017", "kind": "indirect"}):
        assert query.count_statements(record, **filters) == len(record.statements(**filters, limit=None))
    assert query.count_statements(record, search="the") == 0
    total, page = query.article_list(record, since="2017", limit=2)
    assert total == 4 and [a["id"] for a in page] == ["a6", "a2"] and page[0]["statements"] == 2
    roles = query.roles_in_articles(record, record.statements(limit=None))
    assert roles["a1#s1"] == ["President"] and roles["a3#s1"] == ["the president's brother"]


def test_postgresql_store_opened_read_only_refuses_writes(pg_schema):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    pg_schema.open().save(corpus())
    record = open_read_only(PG_URL, pg_schema=pg_schema.name)
    with pytest.raises(DBAPIError, match="read-only"):
        with record.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM statements"))
    assert record.stats()["statements"] == 11
    record.store.close()



def test_chart_fills_empty_months_and_draws_long_spans_by_year():
    from onrecord.present import charts

    assert charts.periods([("2019-11", 2), ("2020-02", 1)]) == [
        ("2019-11", 2), ("2019-12", 0), ("2020-01", 0), ("2020-02", 1)]
    assert charts.periods([("2010-01", 1), ("2019-06", 3)])[:2] == [("2010", 1), ("2011", 0)]
    drawing = charts.svg([("2019-11", 2), ("2020-02", 1)], "By <b>month</b>")
    assert drawing.count("<rect") == 4 and "&lt;b&gt;" in drawing
    assert charts.text([("2019-11", 2), ("2019-12", 1)]).splitlines()[0].endswith("█" * 40)


def test_links_from_the_data_are_web_links_only():
    from onrecord.present.links import outlet, web_url

    assert web_url("javascript:alert(1)") is None and web_url("https://a.org/x") == "https://a.org/x"
    assert outlet("https://www.reuters.com/x") == "reuters.com"
    assert outlet(None, "/data/feeds/a.jsonl") == "" and outlet(None, "Reuters") == "Reuters"
