"""Topics through the query layer, on SQLite and PostgreSQL: statements embedded after saving,
ranked by meaning and words, filtered like any statement query, embedded again when re-stored."""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from onrecord.query import Record, count_statements
from onrecord.store.schema import statement_vectors
from record_helpers import corpus


def _vectors(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(statement_vectors)).scalar_one()


def test_every_statement_is_embedded_once(store):
    store.save(corpus())
    made = store.embed_missing()
    assert made == store.counts()["statements"] == _vectors(store)
    assert store.embed_missing() == 0  # nothing left to do


def test_a_topic_finds_statements_by_meaning_first(store):
    store.save(corpus())
    store.embed_missing()
    r = Record(store)
    found = r.statements(topic="Iran's missile program", limit=None)
    texts = [s.text for s in found]
    assert texts[0].startswith("Iran’s missile power")
    assert "We will build a wall," not in texts and "the campaign was positive" not in texts
    assert all(s.topic_score is not None for s in found)
    assert count_statements(Record(store), topic="Iran's missile program") == len(found)
    # the other filters narrow a topic as they narrow any query
    by_trump = r.statements(topic="Iran's missile program", speaker="Donald Trump", limit=None)
    assert [s.text for s in by_trump] == ["the missile deal with Iran was the worst deal ever"]
    assert r.statements(topic="Iran's missile program", search="defensive", limit=None)[0].text == (
        "missiles are defensive")


def test_a_restored_article_is_embedded_again(store):
    pairs = corpus()
    store.save(pairs)
    store.embed_missing()
    article, record = pairs[0]
    changed = replace(article, text=article.text + " ")
    store.save([(changed, record)])
    assert _vectors(store) == store.counts()["statements"] - 2  # its statements lost their vectors
    assert store.embed_missing() == 2
