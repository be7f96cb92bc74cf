"""A watch's Atom feed holds hostile text as text: markup escaped, characters XML cannot hold
dropped, a javascript: URL never linked; feedparser reads it cleanly."""
from __future__ import annotations

import feedparser
from fastapi.testclient import TestClient

from onrecord.query import Record
from onrecord.web.app import create_app
from record_helpers import article, person, said


def test_a_feed_with_hostile_text_parses_and_shows_it_as_text(store):
    store.add_watch("all", {"search": "form"})
    text = "“Someone typed <script>alert(1)</script> into the \x0bform & left,” Mayor Jane Doe said."
    store.save([article("x1", text, "2019-02-01", [said(text, "Someone typed <script>alert(1)</script> into the "
                                                         "\x0bform & left,", "Jane Doe", "e1")],
                        [person("e1", "Jane Doe")], title="<b>Council</b>", url="javascript:alert(1)")])
    answer = TestClient(create_app(Record(store))).get("/watch/all.atom")
    assert answer.status_code == 200
    assert b"<script>" not in answer.content and b"javascript:" not in answer.content
    feed = feedparser.parse(answer.content)
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.author == "Jane Doe" and "alert(1)" in entry.title and "&" in entry.summary
