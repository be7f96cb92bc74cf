"""The server-rendered pages over a real store (conftest.py's ``web_db``): markup in the data stays
text, an article page marks every statement, cue and mention, unknown pages are 404 pages."""
from __future__ import annotations

import re

from sample_store import SCRIPT


def test_a_script_in_a_quote_is_text_on_every_page_and_in_the_api(web_client):
    ids = [s["id"] for s in web_client.get("/api/articles/xss-test").json()["statements"]]
    assert any(SCRIPT in s["text"] for s in web_client.get("/api/articles/xss-test").json()["statements"])
    doe = web_client.get("/api/speakers", params={"search": "doe"}).json()["items"][0]["id"]
    for url in ("/", "/?q=typed", f"/speakers/{doe}", "/articles/xss-test", "/?speaker=Doe"):
        page = web_client.get(url)
        assert page.status_code == 200, url
        assert SCRIPT not in page.text and "<b>meeting" not in page.text, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text, url
    assert ids


def test_article_page_marks_every_statement_cue_and_mention(web_client):
    article = web_client.get("/api/articles/iran-missile-statements").json()
    page = web_client.get("/articles/iran-missile-statements").text
    assert article["statements"]
    for s in article["statements"]:
        local = s["id"].rsplit("#", 1)[1]
        assert f'id="{local}"' in page
    assert 'class="quote c0' in page and re.search(r'class="[^"]*\bcue\b', page) and 'mention' in page


def test_unknown_pages_and_speakers_are_404_pages(web_client):
    assert web_client.get("/speakers/Nobody%20Atall").status_code == 404
    assert web_client.get("/articles/nope").status_code == 404
    assert "Not found" in web_client.get("/no/such/page").text
    assert web_client.get("/?since=last%20year").status_code == 400
