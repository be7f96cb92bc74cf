"""How a reader knows the store changed: a version that moves on with every write.

Readers that remember what they derived from the store (statistics, a speaker's countries:
``onrecord.query.memo``) ask ``Store.version`` before each answer, so asking must cost far
less than the work it saves.

- SQLite: one connection of the store's own, never in a transaction, asks ``PRAGMA
  data_version``, which changes whenever any other connection, in any process, has committed
  since it last asked. The version is how many times it has seen it change: a few microseconds,
  and it sees every writer, not only onrecord's.
- PostgreSQL (and a SQLite store in memory): the "changes" row of ``store_counters``, which
  every write transaction of the store moves on before it commits (``note``). A store written
  before the row existed reads 0 until its next write.
"""
from __future__ import annotations

import sqlite3
import threading
from typing import Optional

from sqlalchemy import insert, update
from sqlalchemy.engine import Connection, Engine

from onrecord.store.schema import store_counters

NAME = "changes"
_READ = f"SELECT value FROM store_counters WHERE name = '{NAME}'"


def note(conn: Connection) -> None:
    """Move the counter on; called inside the write transaction, which holds the write lock."""
    moved = conn.execute(update(store_counters).where(store_counters.c.name == NAME)
                         .values(value=store_counters.c.value + 1))
    if moved.rowcount == 0:
        conn.execute(insert(store_counters).values(name=NAME, value=1))


def counted(engine: Engine) -> int:
    """The counter's value, read as plain SQL (no statement to build or compile)."""
    with engine.connect() as conn:
        value = conn.exec_driver_sql(_READ).scalar()
    return int(value or 0)


class SqliteWatch:
    """The version of a SQLite store file, from ``PRAGMA data_version`` on a connection of its own."""

    def __init__(self, path: str):
        # autocommit (isolation_level None): the pragma runs outside any transaction, so this
        # connection never holds a read snapshot that would keep the WAL from being checkpointed
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.connection.execute("PRAGMA query_only=ON")
        self.lock = threading.Lock()
        self.seen: Optional[int] = None
        self.version = 0

    def read(self) -> int:
        with self.lock:
            now = self.connection.execute("PRAGMA data_version").fetchone()[0]
            if now != self.seen:
                self.seen = now
                self.version += 1
            return self.version

    def close(self) -> None:
        with self.lock:
            self.connection.close()


def sqlite_file(engine: Engine) -> Optional[str]:
    """The file of a SQLite store; None for PostgreSQL or a database in memory."""
    if engine.dialect.name != "sqlite":
        return None
    path = engine.url.database
    return path if path and path != ":memory:" and not path.startswith("file:") else None
