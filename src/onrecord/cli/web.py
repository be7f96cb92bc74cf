"""`onrecord serve` (the API and pages) and `onrecord brief` (a digest in md, html or pdf).

Both read the store through ``onrecord.query`` and never write to it.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click
import uvicorn

from onrecord.cli.common import EXIT_PARTIAL, EXIT_USAGE, db_option, fail, open_record_read_only, query_errors
from onrecord.report import Selection, build, write
from onrecord.report.briefing import counted
from onrecord.web import create_app


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 makes the record reachable from other machines.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the record read-only: pages at /, the REST API at /api (docs at /api/docs)."""
    app = create_app(open_record_read_only(db))
    click.echo(f"onrecord: serving {db} read-only at http://{host}:{port}/ (API docs: /api/docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@db_option
@click.option("--speaker", "speakers", multiple=True, metavar="NAME",
              help="Only this speaker (any name, alias or id; repeatable).")
@click.option("--country", metavar="ISO3",
              help="Only statements by speakers who speak for this country or body (IRN, USA, IGO...).")
@click.option("--search", metavar="WORDS", help="Only statements with these words.")
@click.option("--topic", metavar="TEXT", help="Only statements on this topic (by meaning and words).")
@click.option("--since", metavar="DATE", help="Made on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Made on or before DATE.")
@click.option("--kind", metavar="KIND", help="direct, indirect, mixed or belief (comma-separated).")
@click.option("--title", metavar="TEXT", help="The briefing's title [default: made from the filters].")
@click.option("--limit", type=click.IntRange(min=1), default=500, show_default=True,
              help="At most this many statements.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]), default=None,
              help="[default: from the extension of FILE]")
@click.option("-o", "--output", metavar="FILE", required=True, help="Write the briefing to FILE.")
def brief(db, speakers, country, search, topic, since, until, kind, title, limit, fmt, output) -> None:
    """A briefing: overview, statements grouped by speaker with roles, dates and sources, the
    context (events of the period involving the speakers' countries), a chart over time, and
    the list of sources — made from the record only. Filters combine."""
    fmt = fmt or {".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}.get(Path(output).suffix.lower())
    if fmt is None:
        fail(f"{output}: cannot tell the format from the name; pass --format md|html|pdf")
    record = open_record_read_only(db)
    with query_errors():
        selection = Selection(speakers=list(speakers), country=country, search=search, topic=topic, since=since,
                              until=until, kind=kind)
        briefing = build(record, selection, title=title, limit=limit)
    if not briefing.statements:
        fail("no statements match: nothing to brief on", EXIT_PARTIAL)
    try:
        write(briefing, fmt, output)
    except (OSError, RuntimeError) as e:
        fail(f"{output}: {e}", EXIT_USAGE)
    click.echo(f"onrecord: {fmt} briefing with {counted(len(briefing.statements), 'statement')} by "
               f"{counted(len(briefing.groups), 'speaker')} and {counted(len(briefing.context), 'event')} of "
               f"context from {counted(len(briefing.sources), 'source')} -> {output}", err=True)
    sys.exit(0)


COMMANDS = (serve, brief)
