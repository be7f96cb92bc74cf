"""The analyst's desk in the pages (conftest.py's ``web_db`` and a store of hostile event text):
events beside statements on the article and speaker pages, search hits in <mark>, counts in the
singular, a page past the last, a malformed page number, one colour per speaker, and markup in
events, titles and names shown as text on every page, in the API and in briefings."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.cli import main
from onrecord.model import Event, EventParty, Extent, TextSpan
from onrecord.query import open_read_only
from onrecord.store import Store
from onrecord.web import create_app
from record_helpers import article, person, said
from sample_store import SCRIPT

HOSTILE = "<img src=x onerror=alert(2)>"


def test_article_page_marks_events_beside_the_statements(web_client):
    page = web_client.get("/articles/iran-missile-statements").text
    events = web_client.get("/api/events", params={"article": "iran-missile-statements", "negated": True,
                                                   "limit": 500}).json()["items"]
    assert events
    for e in events:  # each trigger marked in the text and listed with its type and parties
        local = e["id"].rsplit("#", 1)[1]
        assert re.search(f'<span class="trigger" id="{local}"[^>]*>{re.escape(e["trigger"]["text"])}</span>', page)
        assert f'href="#{local}">“{e["trigger"]["text"]}”</a>' in page
    listed = page[page.index("Events in this article"):]
    assert "ASSAULT (heavy-weapons)" in listed
    assert "the I.R.G.C. [IRN/MIL] → Islamic State positions [IMG/REB] in Syria" in listed
    assert "reports <a href=" in page  # a statement lists the events it reports


def test_speaker_page_shows_what_they_and_their_country_did(web_client):
    page = web_client.get("/speakers/hassan-rouhani").text
    assert "speaks for IRN" in page and "What Hassan Rouhani did" in page and "What IRN did" in page
    did = page[page.index("What Hassan Rouhani did"):page.index("What IRN did")]
    assert "“pledged”" in did and "/articles/iran-missile-statements#v" in did


def test_search_hits_are_marked_and_counts_are_singular_when_one(web_client):
    page = web_client.get("/", params={"q": "missile"}).text
    assert '<mark class="hit">' in page and "[missile]" not in page.lower()
    one = web_client.get("/", params={"q": "typed"}).text
    assert "1 statement." in one and "1 statements" not in one
    assert "1 statements" not in web_client.get("/speakers/ali-khamenei").text


def test_a_page_past_the_last_says_so_and_a_malformed_one_is_an_html_error(web_client):
    past = web_client.get("/", params={"q": "missile", "page": 40})
    assert past.status_code == 200 and "Page 40 is past the last page: there is 1 page" in past.text
    assert "past the last page" in web_client.get("/speakers/donald-trump", params={"page": 9}).text
    for url in ("/?page=abc", "/speakers/donald-trump?page=1.5"):
        bad = web_client.get(url)
        assert bad.status_code == 400 and bad.headers["content-type"].startswith("text/html"), url
        assert "a page number is a whole number" in bad.text
    assert web_client.get("/api/statements", params={"limit": "many"}).headers["content-type"] == "application/json"


def test_every_speaker_of_the_example_has_a_colour_of_its_own(web_client):
    page = web_client.get("/articles/iran-missile-statements").text
    legend = page[page.index('<section class="legend"'):page.index("</section>")]
    colours = re.findall(r'class="swatch (c\d+)"', legend)
    assert len(colours) > 8 and len(set(colours)) == len(colours)  # more speakers than the old 8 colours
    facts = re.search(r'<p class="facts">(.*?)</p>', page, re.S).group(1)
    assert "·  ·" not in facts and not facts.strip().startswith("·") and "undated · 20 statements" in facts


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    """A store whose event parties, trigger context, title and speaker hold markup."""
    text = f"Iran imposed new sanctions on {SCRIPT} today, Ali Larijani said."
    a, rec = article("hostile", text, "2019-03-01", [
        said(text, "Iran imposed new sanctions", "Ali Larijani", "e1", kind="indirect", affiliation="Iran")],
        [person("e1", "Ali Larijani", affiliation="Iran")], title=f"Sanctions {HOSTILE}")
    start = text.index("imposed")
    target = text.index(SCRIPT)
    rec.events = [Event(id="hostile#v1", type="SANCTION", mode="discontinue",
                        actor=EventParty("Iran", 0, 4, entity="e1", country="IRN"),
                        target=EventParty(SCRIPT, target, target + len(SCRIPT), entity=None, country="USA"),
                        location=None, date="2019-03-01", trigger=TextSpan(start, start + 7, "imposed"),
                        sentence=Extent(0, len(text)), negated=False, hypothetical=False, future=False,
                        statement="hostile#s1", confidence=0.8)]
    path = str(tmp_path_factory.mktemp("hostile") / "record.db")
    with Store.open(path) as store:
        store.save([(a, rec)])
    return path


def test_hostile_event_text_is_escaped_on_pages_in_the_api_and_in_briefings(hostile_db, tmp_path):
    client = TestClient(create_app(open_read_only(hostile_db)))
    speaker = client.get("/api/speakers").json()["items"][0]["id"]
    for url in ("/articles/hostile", f"/speakers/{speaker}", "/?q=sanctions", "/"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert SCRIPT not in page.text and HOSTILE not in page.text, url
    assert SCRIPT in client.get("/api/events").json()["items"][0]["target"]["text"]  # JSON keeps the text
    for fmt in ("html", "md"):
        out = tmp_path / f"b.{fmt}"
        run = CliRunner().invoke(main, ["brief", "--db", hostile_db, "--country", "IRN", "-o", str(out)])
        assert run.exit_code == 0, run.output
        written = out.read_text(encoding="utf-8")
        assert "Context" in written and "imposed" in written
        if fmt == "html":
            assert SCRIPT not in written and HOSTILE not in written and "&lt;script&gt;" in written
