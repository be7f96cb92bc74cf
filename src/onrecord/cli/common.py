"""What every command shares: exit codes, one-line errors, loading the spaCy model.

Exit codes: 0 done; 1 some input was skipped, or a speaker name matched nobody or several
entities; 2 usage or model errors, in which case nothing was done; 3 the store failed (it could
not be opened, or a database error that retrying did not fix stopped the command): what was
committed before stays, and the same command run again completes the work.

What the commands that read or write a store share (``--db``, opening the store or the record)
is in ``stores``: this module imports no store, query or web layer, so that ``onrecord extract``
starts without them.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import NoReturn, Optional

import click
from spacy.language import Language

from onrecord import nlp as nlp_loader

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
STORE_META = "onrecord.store"  # the store a command opened, as messages show it (click's ctx.meta)
TABLE_FORMATS = ("table", "jsonl", "csv")


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
        except Exception as e:
            failure = store_failure(e, ctx)
            if failure is None:
                raise
            fail(failure, EXIT_STORE)


def store_failure(error: Exception, ctx: click.Context) -> str | None:
    """The line a store's failure ends a command with (a ``StoreError``, or a database error that
    escaped), None for any other error. Only a command that imported the store layer can fail in
    it: the classes are looked up among the modules loaded, so that a command that needs no store
    (``extract``) never imports one (the store layer and SQLAlchemy take a second to import)."""
    store, database = sys.modules.get("onrecord.store"), sys.modules.get("sqlalchemy.exc")
    if store is not None and isinstance(error, store.StoreError):
        return str(error)
    if database is not None and isinstance(error, database.SQLAlchemyError):
        from onrecord.store.faults import problem  # noqa: PLC0415  (only on this error: see above)

        return f"{ctx.meta.get(STORE_META, 'the store')}: database error: {problem(error)}"
    return None


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
