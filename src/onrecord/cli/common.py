"""What every command shares: exit codes, the ``--db`` option, one-line errors, opening the store.

Exit codes: 0 done; 1 some input was skipped, or a speaker name matched nobody or several
entities; 2 usage or model errors, in which case nothing was done; 3 the store failed (it could
not be opened, or a database error that retrying did not fix stopped the command): what was
committed before stays, and the same command run again completes the work.
"""
from __future__ import annotations

import importlib.util
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NoReturn, Optional

import click
from spacy.language import Language
from sqlalchemy.exc import SQLAlchemyError

from onrecord import nlp as nlp_loader
from onrecord.embeddings import EncoderMissing
from onrecord.query import AmbiguousSpeaker, Record, SpeakerNotFound, open_read_only
from onrecord.store import Store, StoreError
from onrecord.store.database import DEFAULT_DB, shown
from onrecord.store.faults import problem

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
STORE_META = "onrecord.store"  # the store a command opened, as messages show it (click's ctx.meta)
TABLE_FORMATS = ("table", "jsonl", "csv")

db_option = click.option(
    "--db", default=DEFAULT_DB, envvar="ONRECORD_DB", show_default=True, metavar="PATH|URL",
    help="SQLite file, or postgresql://user@host/dbname [env: ONRECORD_DB].")


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    click.echo(f"onrecord: error: {message}", err=True)
    sys.exit(code)


def describe(error: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def note(message: str) -> None:
    """A line on stderr that is not an error (a database retry)."""
    click.echo(f"onrecord: note: {message}", err=True)


class Commands(click.Group):
    """The ``onrecord`` group: a database error that escapes a command (a query while the
    server is down) ends in one line and exit code 3, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StoreError as e:
            fail(str(e), EXIT_STORE)
        except SQLAlchemyError as e:
            db = ctx.meta.get(STORE_META, "the store")
            fail(f"{db}: database error: {problem(e)}", EXIT_STORE)


def to_stderr(line: str) -> None:
    """A progress or report line of a run, on stderr beside its notes."""
    click.echo(line, err=True)


def require_model(model: Optional[str]) -> None:
    """Fail in one line, before any work starts, when the spaCy model is not installed."""
    name = nlp_loader.model_name(model)
    if importlib.util.find_spec(name) is None and not Path(name).exists() and not (
            model is None and any(importlib.util.find_spec(m) for m in nlp_loader.FALLBACK_MODELS)):
        fail(f"spaCy model {name!r} is not installed; install it (make install) or pass --model NAME")


def load_model(name: Optional[str]) -> Language:
    try:
        return nlp_loader.load(name)
    except nlp_loader.ModelNotFound as e:
        fail(str(e))
    except Exception as e:  # a broken or incompatible model package: one line, not a traceback
        fail(f"could not load spaCy model {nlp_loader.model_name(name)!r}: {describe(e)}")


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
