"""Topics through the query layer, on SQLite and PostgreSQL: statements embedded after saving,
ranked by meaning and words, filtered like any statement query, embedded again when re-stored."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from sqlalchemy import func, select

from onrecord.query import Record, count_statements
from onrecord.query.topics import FEEDBACK, expanded
from onrecord.store import Store
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


def test_feedback_moves_the_topic_toward_its_nearest_statements():
    rows = np.vstack([np.tile([1.0, 0, 0, 0], (FEEDBACK, 1)), [[0, 1.0, 0, 0]] * 3]).astype(np.float32)
    topic = np.array([0.8, 0.6, 0, 0], dtype=np.float32)
    moved = expanded(topic, rows)
    assert np.isclose(np.linalg.norm(moved), 1.0)
    # the five nearest are the first axis's rows: the topic turns toward them
    assert moved @ rows[0] > topic @ rows[0]
    assert np.allclose(expanded(topic, rows[:0]), topic)
    # statements far from the topic do not move it
    assert np.allclose(expanded(topic, np.array([[0, 0, 1.0, 0]], dtype=np.float32)), topic)


def test_a_store_opened_again_after_another_wrote_sees_the_new_statements(tmp_path):
    # a SQLite store's version counts from its own opening, so what one Store kept must not
    # answer for another Store of the same file
    path = str(tmp_path / "record.db")
    articles = corpus()
    first = Store.open(path)
    first.save(articles[:1])
    first.embed_missing()
    before = count_statements(Record(first), topic="Iran's missile program")
    first.close()
    writer = Store.open(path)
    writer.save(articles[1:])
    writer.embed_missing()
    writer.close()
    again = Store.open(path)
    try:
        assert count_statements(Record(again), topic="Iran's missile program") > before
    finally:
        again.close()
