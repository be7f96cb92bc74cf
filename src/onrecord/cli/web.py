"""`onrecord serve` (the API and pages) and `onrecord brief` (a digest in md, html or pdf).

Both read the store through ``onrecord.query`` and never write to it.
"""
from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Any, Optional

import click
import uvicorn

from onrecord.cli.common import EXIT_PARTIAL, EXIT_USAGE, fail
from onrecord.cli.stores import db_option, open_record_read_only, query_errors
from onrecord.query import limit_query_time
from onrecord.report import Selection, build, write
from onrecord.report.briefing import counted
from onrecord.web import create_app
from onrecord.web.app import ENV_DB, ENV_QUERY_SECONDS, ENV_TOKEN, QUERY_SECONDS
from onrecord.web.auth import is_loopback, serving_token

MAX_REQUEST_HEAD = 256 * 1024  # bytes of request line and headers uvicorn reads before refusing


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any but loopback (e.g. 0.0.0.0) shares the record and needs --token.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="ONRECORD_TOKEN", metavar="TOKEN",
              help="Every request must bring TOKEN (a bearer header, or the cookie the login form sets); "
                   "at least 16 characters [env: ONRECORD_TOKEN].")
@click.option("--no-auth", is_flag=True, help="Serve a shared address without a token: anyone who reaches it reads it.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; more answer more requests at once.")
@click.option("--query-timeout", type=click.FloatRange(0.1, 600), default=QUERY_SECONDS, show_default=True,
              metavar="SECONDS", help="Stop any database query that runs longer.")
def serve(db: str, host: str, port: int, token: Optional[str], no_auth: bool, workers: int,
          query_timeout: float) -> None:
    """Serve the record read-only: pages at /, the REST API at /api (docs at /api/docs)."""
    try:
        token = serving_token(host, token or None, no_auth)
    except ValueError as e:
        fail(str(e))
    if no_auth and not is_loopback(host):
        click.echo(f"onrecord: warning: serving {db} on {host} with --no-auth: anyone who can reach "
                   f"port {port} reads the record", err=True)
    _check_address(host, port)
    record = open_record_read_only(db)  # here, so a bad store is one line before any worker starts
    limit_query_time(record.store, query_timeout)
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"onrecord: serving {db} read-only at http://{shown_host}:{port}/ (API docs: /api/docs)"
               + (", token required" if token else "") + (f", {workers} workers" if workers > 1 else ""), err=True)
    # h11, always (not httptools when installed): it bounds the request head. By default it drops
    # a request whose line and headers pass 16 KB without a word; a long search should reach
    # the app, which says what is wrong with it
    options: dict[str, Any] = dict(host=host, port=port, log_level="warning", http="h11",
                                   h11_max_incomplete_event_size=MAX_REQUEST_HEAD)
    if workers == 1:
        uvicorn.run(create_app(record, token=token), **options)
        return
    record.store.close()
    # each worker process builds its own app (and database connections) from the environment
    os.environ.update({ENV_DB: db, ENV_QUERY_SECONDS: str(query_timeout)})
    if token:
        os.environ[ENV_TOKEN] = token
    # a worker imports this command (and spaCy with it) before it answers the supervisor's first
    # health check: on a busy machine that takes longer than uvicorn's 5 s
    uvicorn.run("onrecord.web.app:app_from_environment", factory=True, workers=workers,
                timeout_worker_healthcheck=120, **options)


def _check_address(host: str, port: int) -> None:
    """One line, not uvicorn's log and exit code, when the address cannot be listened on (taken,
    or not this machine's). The socket is bound and closed, never listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind((host, port))
        except OSError as e:
            fail(f"cannot listen on {host} port {port}: {e.strerror or e}")


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
