"""Opening a store: the URL or path, engine settings per database, migrations on open."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url

DEFAULT_DB = "onrecord.db"
MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL advisory lock held while the schema is created or upgraded: ingests started together
# on a fresh database take turns, and each one after the first finds the schema already there
MIGRATION_LOCK_KEY = 0x6F6E6D67  # "onmg"


class StoreError(RuntimeError):
    """A database that cannot be opened or used; the message is one line for the user."""


def default_db() -> str:
    return os.environ.get("ONRECORD_DB") or DEFAULT_DB


def database_url(db: str) -> str:
    """A path means SQLite; ``postgresql://`` URLs use the psycopg 3 driver."""
    if "://" not in db:
        path = Path(db).expanduser()
        if not path.parent.exists():
            raise StoreError(f"{db}: the folder {path.parent} does not exist")
        return f"sqlite:///{path.resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    return db


def make_engine(db: str, pg_schema: Optional[str] = None, readers: Optional[int] = None) -> Engine:
    """The engine of a store. ``readers``: how many threads may read at once (a server's); on
    SQLite the pool keeps that many connections open, so that none is opened and closed per
    request (the pool's default keeps 5, and each one more costs its opening and settings)."""
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url, **({"pool_size": readers} if readers else {}))
        _sqlite_settings(engine)
        return engine
    connect_args = {"options": f"-csearch_path={pg_schema}"} if pg_schema else {}
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def _sqlite_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        # let SQLAlchemy's BEGIN below decide transactions, not the sqlite3 module
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # first, so that switching a new file to WAL waits for another process doing the same
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the ingest writer
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL keeps commits atomic; fsync at checkpoints
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # writers take the write lock up front: two ingests then queue on busy_timeout instead
        # of failing when both read and then try to write
        immediate = connection.get_execution_options().get("write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default); one query when it is current.
    The upgrade runs under the database's write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
    advisory lock), and Alembic reads the version again once it holds it, so any number of
    processes may open a fresh store at once: one creates the schema, the others find it made."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head() if revision == "head" else revision
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    with write_transaction(engine, MIGRATION_LOCK_KEY) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@contextmanager
def write_transaction(engine: Engine, lock_key: int) -> Iterator[Connection]:
    """A transaction that writers take one at a time: SQLite's BEGIN IMMEDIATE (the engine's
    ``write`` option), or on PostgreSQL a transaction-scoped advisory lock on ``lock_key``."""
    with engine.execution_options(write=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key})
        yield conn


def shown(db: str) -> str:
    """The database as messages may show it: never with its password."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show only its scheme
        return db.split("://", 1)[0] + "://..."
