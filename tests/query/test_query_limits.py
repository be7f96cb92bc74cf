"""What a question may cost: a search's words counted once and capped, names and LIKE patterns
bounded and escaped, and a time limit on every statement of a web server's store (SQLite's
progress handler, PostgreSQL's statement_timeout), on the real databases."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from onrecord.query import (
    MAX_NAME_CHARS,
    MAX_SEARCH_CHARS,
    MAX_SEARCH_TERMS,
    limit_query_time,
    open_read_only,
    timed_out,
)
from onrecord.query.filters import contains_pattern, search_words

# a query that runs as long as it is let: counts to a hundred million
SLOW_SQL = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
            "SELECT count(*) FROM n")


def test_a_search_counts_each_word_once_in_the_order_written():
    assert search_words("Missile missile test, missile TEST") == "missile test"
    assert search_words("the missiles") == "missiles"  # stop words go, as in fulltext.terms


def test_a_search_too_long_or_with_too_many_words_is_refused_in_words():
    with pytest.raises(ValueError, match="at most 1,000"):
        search_words("missile " * 12_800)
    many = " ".join(f"word{i}" for i in range(MAX_SEARCH_TERMS + 1))
    assert len(many) <= MAX_SEARCH_CHARS
    with pytest.raises(ValueError, match=f"{MAX_SEARCH_TERMS + 1} different words"):
        search_words(many)
    with pytest.raises(ValueError, match="NUL"):
        search_words("missile\x00")


def test_like_patterns_match_percent_and_underscore_as_written():
    assert contains_pattern("50%_\\") == "%50\\%\\_\\\\%"


def test_repeated_words_find_what_the_word_finds(web_db):
    record = open_read_only(web_db)
    once = [s.id for s in record.statements(search="missile", limit=None)]
    assert once
    assert [s.id for s in record.statements(search="missile " * 120, limit=None)] == once


def test_speaker_names_are_bounded_and_wildcards_are_text(web_db):
    record = open_read_only(web_db)
    assert record.speakers()  # there are speakers, and none has % or _ in a name
    assert record.speakers(search="%") == [] and record.speakers(search="_") == []
    assert record.find_speakers("%") == []
    with pytest.raises(ValueError, match="at most 200"):
        record.find_speakers("x" * (MAX_NAME_CHARS + 1))
    with pytest.raises(ValueError, match="at most 200"):
        record.speakers(search="Trump" * 20_000)
    everyone = record.speakers(limit=1000)
    assert record.speakers(limit=2, offset=1) == everyone[1:3]


def test_a_statement_running_past_the_limit_is_stopped_on_sqlite(web_db):
    record = open_read_only(web_db, query_seconds=0.2)
    with pytest.raises(OperationalError) as stopped:
        with record.store.engine.connect() as conn:
            conn.execute(text(SLOW_SQL)).scalar_one()
    assert timed_out(stopped.value)
    assert record.stats()["statements"] > 0  # the next statement has its own time


def test_a_statement_running_past_the_limit_is_stopped_on_postgresql(pg_schema):
    store = pg_schema.open()
    try:
        limit_query_time(store, 0.2)
        with pytest.raises(OperationalError) as stopped:
            with store.engine.connect() as conn:
                conn.execute(text("SELECT pg_sleep(5)")).all()
        assert timed_out(stopped.value)
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        store.close()
