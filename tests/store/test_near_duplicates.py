"""Near-duplicates in the store: alike but different stories stay apart, a trimmed and edited
copy joins its story, and a store made before sources existed gets them on upgrade.
"""
from __future__ import annotations

from sqlalchemy import insert

import news_fixtures as nf
from onrecord.model import Article, ArticleRecord
from onrecord.query import Record
from onrecord.store import Store
from onrecord.store.schema import articles


def test_similar_but_different_stories_are_not_merged_and_a_trimmed_copy_is(tmp_path):
    # the two most alike articles of the sample: Covid-19 updates four days apart
    by_id = {x["id"]: x for x in nf.wikinews()}
    pair = [by_id["wn-2020-12-14-5b7de903"], by_id["wn-2020-12-18-f3e299e4"]]
    store = Store.open(str(tmp_path / "two.db"))
    counts = store.save([(Article(id=x["id"], text=x["text"]), ArticleRecord(id=x["id"])) for x in pair])
    assert (counts.new, counts.merged) == (2, 0)
    # a copy cut after its first two-thirds, a few words changed: the same story
    text = pair[0]["text"]
    trimmed = text[: len(text) * 2 // 3].replace(" the ", " a ", 3)
    counts = store.save([(Article(id="trimmed", text=trimmed), ArticleRecord(id="trimmed"))])
    assert (counts.new, counts.merged, counts.ids) == (0, 1, [pair[0]["id"]])


def test_store_made_before_sources_gets_them_on_upgrade(tmp_path):
    db = str(tmp_path / "old.db")
    old = Store.open(db, revision="0002")
    text = nf.wikinews(1)[0]["text"]
    with old.engine.begin() as conn:
        conn.execute(insert(articles).values(id="a", content_hash="h", text=text, record={"id": "a"}, url="u",
                                             extractor_version="0.0.1", ingested_at="2020-01-01"))
    old.close()
    new = Store.open(db)
    assert [(s.source_id, s.kind, s.url) for s in Record(new).sources("a")] == [("a", "original", "u")]
    counts = new.save([(Article(id="b", text=text.replace("the", "a", 2)), ArticleRecord(id="b"))])
    assert counts.merged == 1 and counts.ids == ["a"]
