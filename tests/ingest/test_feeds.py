"""RSS and Atom feeds: entries whose page cannot be fetched use their own content, and a
feed read again with the same memory gives nothing new.
"""
from __future__ import annotations

import news_fixtures as nf
from onrecord.ingest.feeds import FeedMemory
from onrecord.ingest.fetch import Fetcher
from source_helpers import located


def test_feed_entries_without_a_reachable_page_use_their_own_content(news_articles, tmp_path):
    feed = tmp_path / "full.atom"
    # links point at a port nothing listens on: the entries' content is the article
    feed.write_text(nf.atom(news_articles, "http://127.0.0.1:9", full=True), encoding="utf-8")
    fetcher = Fetcher(host_delay=0, retries=0, timeout=(0.5, 0.5))
    notes = []
    found, errors = located([feed], fetcher=fetcher, notes=notes.append)
    assert errors == []
    assert notes[0] == (f"{feed} entry 1: page {nf.page_url(news_articles[0], 'http://127.0.0.1:9')} not fetched "
                        "(cannot connect); the entry's own text is used")
    assert [a.text for a, _ in found] == ["\n\n".join(nf.paragraphs(x["text"])) for x in news_articles]
    assert [(a.title, a.published, a.author) for a, _ in found][0] == (news_articles[0]["title"],
                                                                       news_articles[0]["published"], "Sam Adeyemi")
    # read again with the same memory: every entry was seen
    memory = FeedMemory()
    assert len(located([feed], fetcher=fetcher, feeds=memory)[0]) == len(news_articles)
    assert located([feed], fetcher=fetcher, feeds=memory) == ([], [])
