"""Database faults: which errors pass if tried again, and trying again with back-off.

A server restarting, a dropped connection, a serialization failure or deadlock, a SQLite file
busy past its timeout: the same transaction, run again a moment later, succeeds. A full disk,
a refused login, a database that does not exist, a read-only file: it never will, and the user
is told so in one line instead. Every transaction the store runs again is one whole transaction
that was rolled back, or one whose commit did happen and whose rerun finds everything stored
(``Store.save`` leaves an article stored with the same text and record alone), so nothing is
stored twice.
"""
from __future__ import annotations

import os
import random
import time
from typing import Callable, Optional, TypeVar

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

T = TypeVar("T")

RETRY_SECONDS_ENV = "ONRECORD_DB_RETRY_SECONDS"
RETRY_SECONDS = 90.0  # how long a run rides out a database that is away (PostgreSQL restarting)
OPEN_RETRY_SECONDS = 15.0  # at open, a wrong host or port should not keep the user waiting long
FIRST_DELAY, MAX_DELAY = 0.5, 8.0

# PostgreSQL SQLSTATEs (and classes) worth a retry: connection exceptions, serialization failure,
# deadlock, lock not available, too many connections, and the server shutting down or starting up
TRANSIENT_SQLSTATE_CLASSES = ("08",)
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03", "53300", "57P01", "57P02", "57P03"})
# connection failures carry no SQLSTATE (the server has not answered yet): told by their message
TRANSIENT_MESSAGES = (
    "connection refused", "server closed the connection", "the database system is starting up",
    "the database system is shutting down", "the database system is in recovery mode",
    "the database system is not yet accepting connections", "terminating connection",
    "connection reset", "broken pipe", "could not receive data", "could not send data",
    "consuming input failed", "timeout expired", "connection timed out", "no connection to the server",
    "the connection is lost", "connection is closed", "ssl syscall", "too many clients",
    "database is locked", "database table is locked",
)
SQLITE_TRANSIENT = ("SQLITE_BUSY", "SQLITE_LOCKED")


def retry_budget(default: float = RETRY_SECONDS) -> float:
    """Seconds of waiting allowed per transaction; ``ONRECORD_DB_RETRY_SECONDS`` overrides."""
    value = os.environ.get(RETRY_SECONDS_ENV)
    try:
        return max(0.0, float(value)) if value else default
    except ValueError:
        return default


def is_transient(error: BaseException) -> bool:
    """Whether running the same transaction again may succeed."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True  # SQLAlchemy recognised a disconnect
    orig = getattr(error, "orig", None) or error
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        return sqlstate in TRANSIENT_SQLSTATES or sqlstate.startswith(TRANSIENT_SQLSTATE_CLASSES)
    sqlite_name = getattr(orig, "sqlite_errorname", None)
    if sqlite_name:
        return str(sqlite_name).startswith(SQLITE_TRANSIENT)
    message = str(orig).lower()
    return any(m in message for m in TRANSIENT_MESSAGES)


def problem(error: BaseException) -> str:
    """The database's own words for what went wrong, on one line."""
    text = str(getattr(error, "orig", None) or error).strip()
    if "FATAL:" in text:  # psycopg's connection errors: the server's reason comes after FATAL
        text = text.rsplit("FATAL:", 1)[1]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


class GaveUp(Exception):
    """A database error that retrying did not (or cannot) fix."""

    def __init__(self, error: SQLAlchemyError, transient: bool, waited: float):
        super().__init__(problem(error))
        self.error, self.transient, self.waited = error, transient, waited

    def describe(self) -> str:
        if self.transient:
            return f"the database did not come back after {self.waited:.0f} s of retries: {self}"
        return str(self)


def retrying(action: Callable[[], T], *, budget: float, notes: Optional[Callable[[str], None]] = None,
             label: str = "the store") -> T:
    """``action()``, run again with growing pauses while it fails with a transient database
    error and ``budget`` seconds of waiting are not used up; otherwise raise ``GaveUp``."""
    delay, waited = FIRST_DELAY, 0.0
    while True:
        try:
            return action()
        except SQLAlchemyError as e:
            transient = is_transient(e)
            if not transient or waited >= budget:
                raise GaveUp(e, transient, waited) from e
            pause = min(delay, budget - waited) * random.uniform(0.75, 1.0)  # jitter: writers spread out
            if notes:
                notes(f"{label}: {problem(e)}; trying again in {pause:.1f} s")
            time.sleep(pause)
            waited += pause
            delay = min(delay * 2, MAX_DELAY)
