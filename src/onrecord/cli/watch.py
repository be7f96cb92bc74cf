"""`onrecord watch`: saved questions and what is new for them.

``watch add NAME`` saves any of --speaker, --topic, --search, --country, --kind (and a
--webhook); ``watch check NAME`` prints the statements stored since the last check that match,
each once, and moves the mark; ``watch run --every 15m SOURCES...`` ingests SOURCES and checks
every watch in a loop until SIGTERM or Ctrl-C. Every ingest reports each watch's new matches.
A webhook gets the new matches of a check as one JSON POST, retried with back-off.
"""
from __future__ import annotations

import json
import re
import signal
import sys
import threading
import time
from typing import Callable, Optional

import click
import requests

from onrecord import runner
from onrecord.cli.common import EXIT_OK, EXIT_PARTIAL, fail, to_stderr
from onrecord.cli.stores import db_option, open_store, query_errors
from onrecord.embeddings import EncoderMissing
from onrecord.ingest.fetch import Fetcher
from onrecord.present.links import web_url
from onrecord.query import StatementView
from onrecord.query.watches import matches
from onrecord.store import Store, StoreError
from onrecord.store.watches import Watch

CHECK_FORMATS = ("table", "jsonl", "md")
WEBHOOK_TRIES = 4
WEBHOOK_TIMEOUT = 10.0


def new_for(store: Store, watch: Watch, after: Optional[int] = None,
            upto: Optional[int] = None) -> list[tuple[StatementView, int]]:
    """The watch's matches stored after ``after`` (its mark) that no check has reported."""
    found = matches(store, watch, watch.last_seq if after is None else after, upto)
    seen = store.reported(watch.name, [v.id for v, _ in found])
    return [(v, s) for v, s in found if v.id not in seen]


def report_ingest(store: Store, before: int, echo: Callable[[str], None]) -> None:
    """One line per watch: how many statements this ingest stored that the watch matches."""
    upto = store.last_seq()
    for watch in store.watches():
        try:
            n = len(new_for(store, watch, after=max(before, watch.last_seq), upto=upto))
        except (LookupError, ValueError, EncoderMissing) as e:  # the ingest itself went well
            echo(f"onrecord: watch {watch.name}: cannot check: {str(e).splitlines()[0]}")
            continue
        echo(f"onrecord: watch {watch.name}: {n} new match{'' if n == 1 else 'es'}"
             + (f" (onrecord watch check {watch.name})" if n else ""))


def post_webhook(url: str, payload: dict, tries: int = WEBHOOK_TRIES, pause: float = 1.0) -> Optional[str]:
    """POST ``payload`` as JSON; retried after 1, 2, 4... times ``pause`` seconds on a network
    error or a 5xx/429 answer. None when delivered, else the last error in one line."""
    error = None
    for attempt in range(tries):
        if attempt:
            time.sleep(pause * 2 ** (attempt - 1))
        try:
            answer = requests.post(url, json=payload, timeout=WEBHOOK_TIMEOUT)
        except requests.RequestException as e:
            error = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
            continue
        if answer.status_code < 300:
            return None
        error = f"HTTP {answer.status_code}"
        if answer.status_code < 500 and answer.status_code != 429:
            return error  # the server refuses it: sending it again will not help
    return error


def check(store: Store, watch: Watch, fmt: str, echo: Callable[[str], None] = click.echo) -> int:
    """Print what is new for the watch, send it to the webhook, move the mark; how many."""
    upto = store.last_seq()
    found = new_for(store, watch, upto=upto)
    views = [v for v, _ in found]
    for line in _lines(views, fmt, watch.name):
        echo(line)
    if watch.webhook and views:
        error = post_webhook(watch.webhook, {"watch": watch.name, "filters": watch.filters(),
                                             "statements": [v.to_json() for v in views]})
        if error:
            # not marked: the next check sends them again
            click.echo(f"onrecord: watch {watch.name}: webhook {watch.webhook} failed: {error}", err=True)
            return len(views)
    store.mark_checked(watch.name, [(v.id, s) for v, s in found], upto)
    return len(views)


def _lines(views: list[StatementView], fmt: str, name: str) -> list[str]:
    if fmt == "jsonl":
        return [json.dumps({"watch": name, **v.to_json()}, ensure_ascii=False) for v in views]
    if fmt == "md":
        out = []
        for v in views:
            title = (v.title or v.article_id).replace("[", "(").replace("]", ")")
            link = web_url(v.url)
            source = f"[{title}]({link})" if link else title
            text = " ".join(v.text.split())
            out.append(f"- **{v.speaker_entity_name or 'Unattributed'}** ({v.date or 'undated'}, {v.kind}): "
                       f"“{text}” — {source}")
        return out
    return [f"{v.date or '?':<10} {(v.speaker_entity_name or '?')[:28]:<28} {v.kind:<8} {' '.join(v.text.split())}"
            for v in views]


@click.group()
def watch() -> None:
    """Saved questions and what is new for them: add, list, remove, check, run."""


@watch.command("add")
@click.argument("name")
@db_option
@click.option("--speaker", metavar="NAME", help="Statements by this speaker (any name, alias or id).")
@click.option("--topic", metavar="TEXT", help="Statements on this topic (by meaning).")
@click.option("--search", metavar="WORDS", help="Statements with these words.")
@click.option("--country", metavar="ISO3", help="Statements by speakers of this country (IRN, USA...).")
@click.option("--kind", metavar="KIND", help="direct, indirect, mixed or belief (comma-separated).")
@click.option("--webhook", metavar="URL", help="POST each check's new matches here as JSON.")
def watch_add(name, db, speaker, topic, search, country, kind, webhook) -> None:
    """Watch the statements stored from now on that match all the filters given."""
    if country and not re.fullmatch(r"[A-Za-z]{3}", country):
        fail(f"{country!r} is not an ISO3 country code (IRN, USA, GBR...)")
    if webhook and not web_url(webhook):
        fail(f"{webhook!r} is not an http(s) URL")
    store = open_store(db, must_exist=False)
    filters = dict(speaker=speaker, topic=topic, search=search, country=country.upper() if country else None,
                   kind=kind)
    try:
        made = store.add_watch(name, filters, webhook)
    except ValueError as e:  # a name taken or malformed; a StoreError reaches the group: exit 3
        fail(str(e))
    click.echo(f"watching {made.name}: " + ", ".join(f"{k} {v}" for k, v in made.filters().items() if v))


@watch.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def watch_list(db, as_json) -> None:
    """The watches, with their filters and when each was last checked."""
    for w in open_store(db).watches():
        if as_json:
            click.echo(json.dumps(w.to_json(), ensure_ascii=False))
        else:
            asked = ", ".join(f"{k} {v}" for k, v in w.filters().items() if v)
            click.echo(f"{w.name:<20} {asked}  (checked {w.checked_at or 'never'})")


@watch.command("remove")
@click.argument("name")
@db_option
def watch_remove(name, db) -> None:
    """Forget a watch and what it reported."""
    if not open_store(db).remove_watch(name):
        fail(f"no watch {name!r}", EXIT_PARTIAL)
    click.echo(f"removed watch {name}")


@watch.command("check")
@click.argument("name")
@db_option
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="table", show_default=True)
def watch_check(name, db, fmt) -> None:
    """Print the statements stored since the last check that match NAME, each only once."""
    store = open_store(db)
    found = store.watch(name)
    if found is None:
        fail(f"no watch {name!r}", EXIT_PARTIAL)
    with query_errors():
        n = check(store, found, fmt)
    click.echo(f"onrecord: watch {name}: {n} new", err=True)


def _seconds(every: str) -> float:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhd]?)", every.strip())
    if not m or float(m.group(1)) <= 0:
        raise click.BadParameter(f"{every!r}: use a number with s, m, h or d (15m, 1h)")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@watch.command("run")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("--every", default="15m", show_default=True, help="How often to poll: 90s, 15m, 1h, 1d.")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="table", show_default=True)
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Pause between two requests to the same web host.")
def watch_run(sources, db, every, fmt, delay) -> None:
    """Poll SOURCE... (feeds, pages, files), ingest what is new and check every watch, again and
    again; stops cleanly between two steps on SIGTERM or Ctrl-C."""
    interval = _seconds(every)
    store = open_store(db, must_exist=False)
    stop = threading.Event()

    def _stop(signum, _frame) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    fetcher = Fetcher(host_delay=delay)
    while not stop.is_set():
        started = time.monotonic()
        try:
            before = store.last_seq()
            summary = runner.run(store, sources, report=to_stderr, fetcher=fetcher,
                                 progress=False)
            click.echo(f"onrecord: {summary.line()}", err=True)
            report_ingest(store, before, to_stderr)
            for w in store.watches():
                if stop.is_set():
                    break
                with query_errors():
                    check(store, w, fmt)
        except StoreError as e:
            click.echo(f"onrecord: {e}", err=True)
        sys.stdout.flush()
        wait = max(0.0, interval - (time.monotonic() - started))
        click.echo(f"onrecord: next poll in {wait:.0f} s", err=True)
        stop.wait(wait)
    click.echo("onrecord: stopped", err=True)
    sys.exit(EXIT_OK)


COMMANDS = (watch,)
