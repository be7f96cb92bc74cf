"""Database faults: stores opened by many processes at once, a connection dropped mid-write,
errors that pass and errors that do not, and what the user sees for the latter.

The PostgreSQL tests use the server of record_helpers.PG_URL: a throwaway database (or schema)
of their own, dropped afterwards. The whole-corpus version, with a PostgreSQL cluster restarted
every 4 s and a disk filled mid-ingest, is bench/fault_bench.py.
"""
from __future__ import annotations

import multiprocessing
import sqlite3
import uuid

import pytest
import sqlalchemy
from click.testing import CliRunner
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from onrecord.cli import main
from onrecord.store import Store, StoreError
from onrecord.store.faults import is_transient
from record_helpers import PG_URL, corpus, require_pg
from store_writers import open_and_save

WORKERS = 4


def contents(store: Store) -> dict:
    """What two stores must share to be the same record: counts, statements, speakers."""
    with store.engine.connect() as conn:
        return {
            "counts": store.counts(),
            "statements": sorted(conn.execute(text("select id, entity_id from statements")).all()),
            "entities": sorted(conn.execute(text("select id, name, statement_count from entities")).all()),
        }


@pytest.fixture
def pg_database():
    """A new, empty database on the test server, dropped afterwards (with any connections left)."""
    require_pg()
    admin = sqlalchemy.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = "onrecord_faults_" + uuid.uuid4().hex[:10]
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_processes_started_together_on_a_fresh_store_all_succeed(kind, tmp_path, request):
    db = str(tmp_path / "fresh.db") if kind == "sqlite" else request.getfixturevalue("pg_database")
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(WORKERS), context.Queue()
    workers = [context.Process(target=open_and_save, args=(db, n, WORKERS, start, results)) for n in range(WORKERS)]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert outcomes == ["ok"] * WORKERS
    together = Store.open(db)
    sequential = Store.open(str(tmp_path / "sequential.db"))
    for n in range(WORKERS):
        sequential.save(corpus()[n::WORKERS])
    assert contents(together) == contents(sequential)
    together.close()
    sequential.close()


def test_a_connection_dropped_mid_save_is_retried_and_nothing_is_stored_twice(pg_schema, tmp_path):
    notes: list[str] = []
    store = pg_schema.open(notes=notes.append)
    admin = sqlalchemy.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    dropped = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def drop_once(conn, _cursor, statement, *_):
        # the server ends this very connection mid-transaction, as a restart or an admin would
        if statement.startswith("INSERT INTO statements") and not dropped:
            pid = conn.connection.dbapi_connection.info.backend_pid
            with admin.connect() as other:
                dropped.append(other.execute(text("select pg_terminate_backend(:p)"), {"p": pid}).scalar())

    store.save(corpus()[:2])
    counts = store.save(corpus()[2:])
    assert dropped == [True]
    assert len(notes) == 1 and "trying again" in notes[0], notes
    assert counts.new == 4 and store.save(corpus()).unchanged == 6
    clean = Store.open(str(tmp_path / "clean.db"))
    clean.save(corpus()[:2])
    clean.save(corpus()[2:])
    assert contents(store) == contents(clean)
    store.close()
    clean.close()
    admin.dispose()


def test_what_passes_is_told_from_what_does_not(tmp_path):
    path = tmp_path / "locked.db"
    Store.open(str(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the file
    impatient = sqlalchemy.create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    with pytest.raises(sqlalchemy.exc.OperationalError) as busy, impatient.begin() as conn:
        conn.execute(text("insert into feeds (url, polled_at) values ('x', 'now')"))
    assert is_transient(busy.value)
    holder.execute("ROLLBACK")
    read_only = sqlalchemy.create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(sqlalchemy.exc.OperationalError) as refused, read_only.begin() as conn:
        conn.execute(text("insert into feeds (url, polled_at) values ('x', 'now')"))
    assert "readonly" in str(refused.value) and not is_transient(refused.value)


def test_a_write_the_database_refuses_is_one_line_naming_the_store(pg_schema):
    """A role that may read but not write: the save fails at once, without retries."""
    pg_schema.open().close()  # the schema, made by its owner
    role = "onrecord_reader_" + uuid.uuid4().hex[:8]
    admin = sqlalchemy.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN PASSWORD \'s3cret\''))
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{pg_schema.name}" TO "{role}"'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{pg_schema.name}" TO "{role}"'))
    try:
        url = make_url(PG_URL).set(username=role, password="s3cret").render_as_string(hide_password=False)
        notes: list[str] = []
        reader = Store.open(url, pg_schema=pg_schema.name, notes=notes.append)
        with pytest.raises(StoreError) as refused:
            reader.save(corpus()[:1])
        message = str(refused.value)
        assert "permission denied" in message and role in message and "s3cret" not in message
        assert "\n" not in message and notes == []
        reader.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def test_ingest_into_a_store_that_cannot_be_opened_exits_3_with_one_line(tmp_path, monkeypatch):
    require_pg()
    article = tmp_path / "a.txt"
    article.write_text("“We will win,” Ali Shamkhani said on Monday.\n", encoding="utf-8")
    missing_db = make_url(PG_URL).set(database="onrecord_no_such_db_" + uuid.uuid4().hex[:6],
                                      password="s3cret").render_as_string(hide_password=False)
    for db, problem in ((missing_db, "does not exist"), (str(tmp_path / "no" / "folder" / "x.db"), "does not exist")):
        result = CliRunner().invoke(main, ["ingest", str(article), "--db", db])
        lines = result.output.strip().splitlines()
        assert result.exit_code == 3, result.output
        assert len(lines) == 1 and lines[0].startswith("onrecord: error: ") and problem in lines[0]
        assert "s3cret" not in result.output and "Traceback" not in result.output


def test_a_database_error_in_any_command_is_one_line_and_exit_3(tmp_path):
    db = tmp_path / "damaged.db"
    Store.open(str(db)).close()
    with sqlite3.connect(db) as conn:  # a store damaged by hand: its schema version says all is there
        conn.execute("DROP TABLE statements")
    result = CliRunner().invoke(main, ["stats", "--db", str(db)])
    assert result.exit_code == 3, result.output
    assert result.output.strip() == f"onrecord: error: {db}: no such table: statements"
    quotes = CliRunner().invoke(main, ["quotes", "--db", str(db)])  # a query of the query layer
    assert quotes.exit_code == 3 and "Traceback" not in quotes.output
    assert quotes.output.strip() == f"onrecord: error: {db}: database error: no such table: statements"
