"""Articles through the query layer, and a store opened read-only, on SQLite and PostgreSQL: one
article with its statements, pages of articles, counts for pagination, roles per article."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from onrecord import query
from onrecord.query import ArticleNotFound, Record, open_read_only
from record_helpers import PG_URL, corpus


def test_article_counts_and_roles_agree_on_sqlite_and_postgresql(store):
    store.save(corpus())
    record = Record(store)
    a1 = query.article(record, "a1")
    assert a1.title == "Rouhani on missiles" and [s.id for s in a1.statements] == ["a1#s1", "a1#s2"]
    assert all(a1.text[s.content["start"]:s.content["end"]] == s.text for s in a1.statements)
    with pytest.raises(ArticleNotFound):
        query.article(record, "nope")
    for filters in ({}, {"speaker": "Hassan Rouhani"}, {"search": "missile"}, {"since": "2017", "kind": "indirect"}):
        assert query.count_statements(record, **filters) == len(record.statements(**filters, limit=None))
    assert query.count_statements(record, search="the") == 0
    total, page = query.article_list(record, since="2017", limit=2)
    assert total == 4 and [a["id"] for a in page] == ["a6", "a2"] and page[0]["statements"] == 2
    roles = query.roles_in_articles(record, record.statements(limit=None))
    assert roles["a1#s1"] == ["President"] and roles["a3#s1"] == ["the president's brother"]


def test_postgresql_store_opened_read_only_refuses_writes(pg_schema):
    pg_schema.open().save(corpus())
    record = open_read_only(PG_URL, pg_schema=pg_schema.name)
    with pytest.raises(DBAPIError, match="read-only"):
        with record.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM statements"))
    assert record.stats()["statements"] == 11
    record.store.close()
