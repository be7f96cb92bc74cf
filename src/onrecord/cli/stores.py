"""What the commands that read or write a store share: the ``--db`` option, opening the store or
the record, and one-line errors for what a query cannot answer. Only those commands import this
module (and with it the store and query layers): ``onrecord extract`` needs neither.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NoReturn

import click

from onrecord.cli.common import EXIT_PARTIAL, EXIT_STORE, STORE_META, fail, note
from onrecord.embeddings import EncoderMissing
from onrecord.query import AmbiguousSpeaker, Record, SpeakerNotFound, open_read_only
from onrecord.store import Store, StoreError
from onrecord.store.database import DEFAULT_DB, shown

db_option = click.option(
    "--db", default=DEFAULT_DB, envvar="ONRECORD_DB", show_default=True, metavar="PATH|URL",
    help="SQLite file, or postgresql://user@host/dbname [env: ONRECORD_DB].")


def _require_store(db: str) -> None:
    if "://" not in db and not Path(db).exists():
        fail(f"{db}: no such store; create it with `onrecord ingest PATH... --db {db}`")


def _opening(db: str) -> None:
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[STORE_META] = shown(db)


def open_store(db: str, must_exist: bool = True) -> Store:
    if must_exist:
        _require_store(db)
    _opening(db)
    try:
        return Store.open(db, notes=note)
    except StoreError as e:
        fail(str(e), EXIT_STORE)


def open_record(db: str) -> Record:
    return Record(open_store(db))


def open_record_read_only(db: str) -> Record:
    _require_store(db)
    _opening(db)
    try:
        return open_read_only(db, notes=note)
    except StoreError as e:
        fail(str(e), EXIT_STORE)


@contextmanager
def query_errors() -> Iterator[None]:
    """One line, not a traceback, for what a query cannot answer: an ambiguous or unknown
    speaker, a bad date or kind."""
    try:
        yield
    except AmbiguousSpeaker as e:
        ambiguous(e)
    except SpeakerNotFound as e:
        fail(str(e), EXIT_PARTIAL)
    except (ValueError, EncoderMissing) as e:
        fail(str(e))


def ambiguous(e: AmbiguousSpeaker) -> NoReturn:
    click.echo(f"onrecord: {e.name!r} could be several speakers; use one of these ids:", err=True)
    for c in e.candidates:
        roles = f" — {', '.join(c.roles[:2])}" if c.roles else ""
        click.echo(f"  {c.id:<30} {c.name} ({c.type}, {c.statements} statements){roles}", err=True)
    sys.exit(EXIT_PARTIAL)
