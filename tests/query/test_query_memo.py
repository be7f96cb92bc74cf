"""Remembered answers (``onrecord.query.memo``) hold until the store changes, on SQLite and
PostgreSQL: a write by this store, or by another one open on the same database (another
process), makes them be derived again; within one request the version is read once."""
from __future__ import annotations

import pytest

from onrecord.query import memo
from onrecord.store import Store
from record_helpers import PgSchema, require_pg


def counter():
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)
    return compute


def test_a_shelf_keeps_its_own_few_answers_without_pushing_out_the_others(store):
    compute = counter()
    assert memo.remembered(store, "small", compute) == 1
    for n in range(3):  # three large answers on a shelf of two: the oldest goes
        memo.remembered(store, ("big", n), compute, shelf="big", shelf_size=2)
    assert memo.remembered(store, ("big", 0), compute, shelf="big", shelf_size=2) == 5  # derived again
    assert memo.remembered(store, ("big", 2), compute, shelf="big", shelf_size=2) == 4  # still kept
    assert memo.remembered(store, "small", compute) == 1  # the main shelf was not touched
    store.add_watch("w", {"speaker": "Doe"})  # a write empties every shelf
    assert memo.remembered(store, ("big", 2), compute, shelf="big", shelf_size=2) == 6


def test_an_answer_is_remembered_until_the_store_is_written(store):
    compute = counter()
    assert memo.remembered(store, "k", compute) == 1
    assert memo.remembered(store, "k", compute) == 1
    assert memo.remembered(store, "other", compute) == 2
    store.add_watch("w", {"speaker": "Doe"})  # any write transaction
    assert memo.remembered(store, "k", compute) == 3
    assert memo.remembered(store, "k", compute) == 3


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_a_write_by_another_store_object_on_the_same_database_is_seen(tmp_path, database):
    schema = None
    if database == "postgresql":
        require_pg()
        schema = PgSchema()
    reader, writer = [schema.open() if schema else Store.open(str(tmp_path / "record.db")) for _ in range(2)]
    try:
        compute = counter()
        assert memo.remembered(reader, "k", compute) == 1
        before = reader.version()
        writer.add_watch("w", {"speaker": "Doe"})
        assert reader.version() > before
        assert memo.remembered(reader, "k", compute) == 2
    finally:
        reader.close()
        writer.close()
        if schema:
            schema.drop()


def test_within_one_request_the_version_is_read_once(tmp_path):
    store = Store.open(str(tmp_path / "record.db"))
    try:
        compute = counter()
        with memo.one_version_each():
            assert memo.remembered(store, "k", compute) == 1
            store.add_watch("w", {"speaker": "Doe"})
            assert memo.remembered(store, "k", compute) == 1  # the request sees one version
        assert memo.remembered(store, "k", compute) == 2
    finally:
        store.close()
