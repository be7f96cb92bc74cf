"""A time limit on every statement a store runs, for servers that answer strangers' questions:
a query that runs longer is stopped by the database and raises ``OperationalError``, which
``timed_out`` recognises. SQLite has no statement timeout, so a progress handler (called every
few thousand virtual-machine steps) interrupts the statement once its deadline has passed;
PostgreSQL has ``statement_timeout``. Kept apart from ``store/``: only readers opt in."""
from __future__ import annotations

import math
import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from onrecord.store import Store

_DEADLINE = "onrecord_deadline"
_STEPS = 4000  # SQLite virtual-machine instructions between two looks at the clock
QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement stopped by statement_timeout


def limit_query_time(store: Store, seconds: float) -> None:
    """Stop any statement on ``store`` that runs longer than ``seconds``, on every connection
    (the pool's idle connections are closed so that each is opened again with the limit)."""
    engine = store.engine
    engine.dispose()
    if store.dialect == "sqlite":
        @event.listens_for(engine, "connect")
        def _watch(dbapi_connection: DBAPIConnection, entry: ConnectionPoolEntry) -> None:
            deadline = [math.inf]  # one per connection: set by each statement, read by the handler
            entry.info[_DEADLINE] = deadline
            dbapi_connection.set_progress_handler(lambda: time.monotonic() > deadline[0], _STEPS)

        @event.listens_for(engine, "before_cursor_execute")
        def _start(conn: Connection, *_: Any) -> None:
            deadline = conn.info.get(_DEADLINE)
            if deadline is not None:
                deadline[0] = time.monotonic() + seconds

        @event.listens_for(engine, "checkin")
        def _idle(_dbapi: DBAPIConnection, entry: ConnectionPoolEntry) -> None:
            if _DEADLINE in entry.info:
                entry.info[_DEADLINE][0] = math.inf
        return

    @event.listens_for(engine, "connect")
    def _timeout(dbapi_connection: DBAPIConnection, _entry: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET statement_timeout = {max(1, int(seconds * 1000))}")
        cursor.close()
        dbapi_connection.commit()


def timed_out(error: BaseException) -> bool:
    """Whether ``error`` is a statement stopped by ``limit_query_time``."""
    if not isinstance(error, OperationalError):
        return False
    original = error.orig
    return getattr(original, "sqlstate", None) == QUERY_CANCELED or "interrupted" in str(original)
