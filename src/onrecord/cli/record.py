"""Command-line access to the record: ingest, quotes, speakers, speaker, stats, export.

Each command is a thin shell over ``onrecord.runner`` and ``onrecord.query.Record``.
Every command takes ``--db`` (a SQLite path or a ``postgresql://`` URL; default
``$ONRECORD_DB`` or ``./onrecord.db``). Exit codes: 0 done; 1 some input skipped, or a
speaker name that matches nobody or several entities; 2 usage errors; 3 the store failed.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from typing import Iterable, Optional

import click

from onrecord import nlp as nlp_loader
from onrecord import runner
from onrecord.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_STORE, TABLE_FORMATS, fail, require_model, to_stderr
from onrecord.cli.stores import ambiguous, db_option, open_record, open_store, query_errors
from onrecord.cli.watch import report_ingest
from onrecord.ingest.fetch import Fetcher
from onrecord.present.links import hit_pieces
from onrecord.query import (
    EVENT_COLUMNS,
    FLAT_COLUMNS,
    AmbiguousSpeaker,
    EventView,
    SpeakerNotFound,
    StatementView,
)
from onrecord.store import StoreError
from onrecord.store.database import DEFAULT_DB

EXPORT_FORMATS = ("jsonl", "csv", "parquet")



# ---------------------------------------------------------------- ingest

@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many processes (each loads the model once).")
@click.option("--model", metavar="NAME", default=None,
              help="Installed spaCy model [default: $ONRECORD_MODEL or the bundled small one].")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per extraction batch and per database transaction.")
@click.option("--force", is_flag=True, help="Re-extract articles even when their text is already stored.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Pause between two requests to the same web host.")
@click.option("--no-topics", is_flag=True,
              help="Do not embed statements for --topic now (a later ingest without it does).")
def ingest(paths: tuple[str, ...], db: str, jobs: int, model: Optional[str], batch_size: int, force: bool,
           delay: float, no_topics: bool) -> None:
    """Extract the statements of PATH... and store them: .txt, .jsonl, web pages (.html),
    RSS/Atom feeds (.rss, .atom, .xml), web archives (.warc, .warc.gz), folders of these,
    http(s) URLs of pages or feeds, and - for stdin.

    The same article again (same id, or the same text under another id) is updated in place
    or left alone, never duplicated; a copy of a stored story (a wire copy, a republished or
    lightly edited version) is kept as one more source of it. A feed polled again fetches only
    new entries. A run that was interrupted is completed by running it again.
    """
    require_model(model)
    store = open_store(db, must_exist=False)
    before = store.last_seq()
    try:
        summary = runner.run(store, paths, model=model, jobs=jobs, batch_size=batch_size, force=force,
                             report=to_stderr, fetcher=Fetcher(host_delay=delay),
                             topics=not no_topics)
    except StoreError as e:
        fail(f"{e}; what was stored before is kept, and the same command run again completes it", EXIT_STORE)
    except nlp_loader.ModelNotFound as e:
        fail(str(e))
    click.echo(f"onrecord: {summary.line()}", err=True)
    report_ingest(store, before, to_stderr)
    sys.exit(EXIT_PARTIAL if summary.skipped else EXIT_OK)


# ---------------------------------------------------------------- quotes

@click.command()
@db_option
@click.option("--speaker", metavar="NAME", help="Any name or alias of the speaker, or its entity id.")
@click.option("--search", metavar="WORDS", help="Words the statement contains (best matches first).")
@click.option("--topic", metavar="TEXT", help="What the statement is about, in any words (nearest in meaning first).")
@click.option("--since", metavar="DATE", help="Made on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Made on or before DATE.")
@click.option("--kind", metavar="KIND", help="direct, indirect, mixed or belief (comma-separated for several).")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most this many (0: all).")
def quotes(db, speaker, search, topic, since, until, kind, fmt, limit) -> None:
    """Statements in the record, newest first (or best match first with --search or --topic).

    --topic ranks by meaning and by the topic's words together: "Iran's missile program" also
    finds "will never halt its military progress". jsonl gives one statement a line with its
    speaker entity, article id, URL and date (and its topic_score with --topic).
    """
    record = open_record(db)
    with query_errors():
        found = record.statements(speaker=speaker, search=search, since=since, until=until, kind=kind,
                                  limit=limit or None, topic=topic)
    if fmt == "jsonl":
        for s in found:
            click.echo(json.dumps(s.to_json(), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=FLAT_COLUMNS + ["snippet"], lineterminator="\n")
        writer.writeheader()
        for s in found:
            writer.writerow({**s.flat(), "snippet": s.snippet})
    else:
        _quote_table(found)


def _quote_table(found: list[StatementView]) -> None:
    if not found:
        click.echo("no statements match", err=True)
        return
    width = shutil.get_terminal_size((120, 24)).columns
    who_width = min(28, max(len(_who(s)) for s in found))
    text_width = max(30, width - 10 - 1 - who_width - 1 - 8 - 2)
    for s in found:
        date = (s.date or "?") + ("*" if s.date_is_publication else " ")
        click.echo(f"{date:<11} {_who(s)[:who_width]:<{who_width}} {s.kind:<8} {_shown(s, text_width)}")
    click.echo("(* = publication date: the article does not say when it was said)", err=True)


def _shown(s: StatementView, width: int) -> str:
    """The statement, or its snippet with the search's hits in bold (on a terminal; click drops
    the styling elsewhere), on one line of at most ``width`` characters."""
    pieces = hit_pieces(s.snippet, s.hits) if s.snippet is not None else [(s.text, False)]
    out, size = [], 0
    for text, hit in pieces:
        text = re.sub(r"\s+", " ", text)
        if size + len(text) > width:
            text = text[: max(0, width - size - 1)] + "…"
        out.append(click.style(text, bold=True, underline=True) if hit else text)
        size += len(text)
        if size >= width:
            break
    return "".join(out).strip()


def _who(s: StatementView) -> str:
    return s.speaker_entity_name or "?"


# ---------------------------------------------------------------- speakers

@click.group(invoke_without_command=True)
@db_option
@click.option("--search", metavar="TEXT", help="Only speakers with a name or alias containing TEXT.")
@click.option("--type", "type_", type=click.Choice(["PERSON", "ORG", "GPE", "GROUP", "UNKNOWN"], case_sensitive=False),
              help="Only speakers of this kind.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.pass_context
def speakers(ctx, db, search, type_, limit, as_json) -> None:
    """The speakers in the record, most quoted first; `speakers merge|split` correct them."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    found = open_record(db).speakers(search=search, type=type_, limit=limit)
    for s in found:
        if as_json:
            click.echo(json.dumps(s.to_json(), ensure_ascii=False))
        else:
            roles = "; ".join(s.roles[:3])
            click.echo(f"{s.statements:>6}  {s.id:<32} {s.name} ({s.type})" + (f" — {roles}" if roles else ""))
    if not found and not as_json:
        click.echo("no speakers match", err=True)


def _sub_db(ctx, db: Optional[str]) -> str:
    # --db may come before or after the subcommand name
    return db or (ctx.obj or {}).get("db") or DEFAULT_DB


@speakers.command("merge")
@click.argument("a")
@click.argument("b")
@click.option("--db", default=None, envvar="ONRECORD_DB", metavar="PATH|URL", help="As for `speakers`.")
@click.pass_context
def speakers_merge(ctx, a: str, b: str, db: Optional[str]) -> None:
    """Make speakers A and B one entity (names, aliases or ids); kept across re-ingests."""
    record = open_record(_sub_db(ctx, db))
    try:
        first, second = record.speaker(a), record.speaker(b)
        record.store.merge(first.id, second.id)
    except AmbiguousSpeaker as e:
        ambiguous(e)
    except (SpeakerNotFound, StoreError) as e:
        fail(str(e), EXIT_PARTIAL)
    merged = record.speaker(first.name)
    click.echo(f"merged {first.name} and {second.name} into {merged.id} ({merged.statements} statements)")


@speakers.command("split")
@click.argument("name")
@click.option("--article", "articles", multiple=True, metavar="ID",
              help="Only the speakers called NAME in this article (repeatable); default: in every article.")
@click.option("--db", default=None, envvar="ONRECORD_DB", metavar="PATH|URL", help="As for `speakers`.")
@click.pass_context
def speakers_split(ctx, name: str, articles: tuple[str, ...], db: Optional[str]) -> None:
    """Take the speakers called NAME out of the entity they were resolved into.

    They become an entity of their own; kept across re-ingests.
    """
    record = open_record(_sub_db(ctx, db))
    done = []
    for article in articles or (None,):
        done += record.store.split(name, article)
    if not done:
        fail(f"no speaker is called {name!r}", EXIT_PARTIAL)
    click.echo(f"split {name!r} " + (f"in {', '.join(articles)} " if articles else "") + "into an entity of its own")


@speakers.command("resolve")
@click.option("--db", default=None, envvar="ONRECORD_DB", metavar="PATH|URL", help="As for `speakers`.")
@click.pass_context
def speakers_resolve(ctx, db: Optional[str]) -> None:
    """Re-resolve every speaker from scratch (overrides applied); ids stay the same."""
    record = open_record(_sub_db(ctx, db))
    record.store.resolve_all()
    click.echo(f"resolved: {record.store.counts()['speakers']} speakers")


# ---------------------------------------------------------------- speaker

@click.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.option("--quotes", "n_quotes", type=click.IntRange(min=0), default=5, show_default=True,
              help="Show this many recent statements.")
def speaker(name: str, db: str, as_json: bool, n_quotes: int) -> None:
    """One speaker: aliases, roles over time, statements by month, recent statements."""
    record = open_record(db)
    try:
        profile = record.profile(name)
    except AmbiguousSpeaker as e:
        ambiguous(e)
    except SpeakerNotFound as e:
        fail(str(e), EXIT_PARTIAL)
    recent = record.statements(speaker=profile.speaker.id, limit=n_quotes) if n_quotes else []
    if as_json:
        click.echo(json.dumps({**profile.to_json(), "recent": [s.to_json() for s in recent]}, ensure_ascii=False))
        return
    s = profile.speaker
    click.echo(f"{s.name}  [{s.id}]  {s.type}" + (f", {s.affiliation}" if s.affiliation else ""))
    click.echo(f"{s.statements} statements in {s.articles} articles, {s.first_seen or '?'} to {s.last_seen or '?'}")
    click.echo("aliases: " + ", ".join(a for a, _ in profile.aliases))
    if profile.roles:
        click.echo("roles:")
        for r in profile.roles:
            click.echo(f"  {r['first_seen'] or '?'} – {r['last_seen'] or '?'}  {r['role']}")
    if profile.by_month:
        click.echo("statements by month:")
        top = max(n for _, n in profile.by_month)
        for month, n in profile.by_month:
            click.echo(f"  {month}  {n:>5}  " + "█" * max(1, round(30 * n / top)))
    if recent:
        click.echo("recent statements:")
        _quote_table(recent)


# ---------------------------------------------------------------- stats, export

@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object (articles, statements, speakers, ...).")
def stats(db: str, as_json: bool) -> None:
    """Counts: articles, statements (by kind), speakers (by type), dates covered."""
    numbers = open_record(db).stats()
    if as_json:
        click.echo(json.dumps(numbers, ensure_ascii=False, sort_keys=True))
        return
    for key, value in numbers.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        click.echo(f"{key.replace('_', ' ')}: {value}")


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", metavar="FILE", default="-", help="Write to FILE (required for parquet).")
@click.option("--events", "what", flag_value="events", default=False,
              help="Export the PLOVER events instead of the statements.")
def export(db: str, fmt: str, output: str, what) -> None:
    """Every statement with its speaker entity, article, URL and date (or every event, --events)."""
    rows: Iterable[StatementView | EventView]
    if what == "events":
        columns = EVENT_COLUMNS
        rows = open_record(db).export_events()
    else:
        columns = FLAT_COLUMNS
        rows = open_record(db).export()
    if fmt == "parquet":
        if output == "-":
            fail("parquet needs a file: pass -o FILE")
        n = _write_parquet(rows, output, columns)
    else:
        with click.open_file(output, "w", encoding="utf-8", atomic=output != "-") as out:
            n = 0
            if fmt == "jsonl":
                for s in rows:
                    out.write(json.dumps(s.to_json(), ensure_ascii=False) + "\n")
                    n += 1
            else:
                writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
                writer.writeheader()
                for s in rows:
                    writer.writerow(s.flat())
                    n += 1
    click.echo(f"onrecord: exported {n} {what or 'statements'}", err=True)


def _write_parquet(rows: Iterable[StatementView | EventView], path: str, columns: list[str],
                   chunk: int = 10_000) -> int:
    # pyarrow takes a quarter of a second to import and only this export needs it; it ships no type information
    import pyarrow as pa  # noqa: PLC0415  (see above)
    import pyarrow.parquet as pq  # noqa: PLC0415  (see above)

    types = {"content_start": pa.int64(), "content_end": pa.int64(), "confidence": pa.float64(),
             "date_is_publication": pa.bool_(), "negated": pa.bool_(), "hypothetical": pa.bool_(),
             "future": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        buffer = []
        for s in rows:
            buffer.append(s.flat())
            if len(buffer) == chunk:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                n += len(buffer)
                buffer = []
        if buffer or n == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            n += len(buffer)
    return n


COMMANDS = (ingest, quotes, speakers, speaker, stats, export)
