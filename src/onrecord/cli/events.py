"""``onrecord events``: the PLOVER events in the store, filtered by actor, target, type, country and date.
(``onrecord evaluate-events`` is in ``cli/evaluate.py``.)"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from typing import Any, Optional

import click

from onrecord.cli.common import TABLE_FORMATS, db_option, fail, open_record
from onrecord.query import EVENT_COLUMNS, EventView


@click.command()
@db_option
@click.option("--actor", metavar="WHO", help="Actor: an ISO3/IGO code, words of its name, or a speaker's name or id.")
@click.option("--target", metavar="WHO", help="Target, matched like --actor.")
@click.option("--type", "type_", metavar="TYPE", help="PLOVER event type(s), comma-separated (e.g. ASSAULT,SANCTION).")
@click.option("--country", metavar="ISO3", help="Actor, target or location in this country (or IGO, NGO, IMG...).")
@click.option("--since", metavar="DATE", help="On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before DATE.")
@click.option("--negated", is_flag=True, help="Include events the text says did not happen.")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most this many (0: all).")
def events(db, actor, target, type_, country, since, until, negated, fmt, limit) -> None:
    """Who did what to whom: the PLOVER events in the record, newest first."""
    record = open_record(db)
    try:
        found = record.events(actor=actor, target=target, type=type_, country=country, since=since, until=until,
                              include_negated=negated, limit=limit or None)
    except ValueError as e:
        fail(str(e))
    if fmt == "jsonl":
        for event in found:
            click.echo(json.dumps(event.to_json(), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in found:
            writer.writerow(event.flat())
    else:
        _table(found)


def _party(p: Optional[dict[str, Any]]) -> str:
    if not p:
        return "-"
    code = "/".join(x for x in (p.get("country"), p.get("sector")) if x)
    return f"{' '.join(p['text'].split())[:28]}" + (f" [{code}]" if code else "")


def _table(found: list[EventView]) -> None:
    if not found:
        click.echo("no events match", err=True)
        return
    width = shutil.get_terminal_size((140, 24)).columns
    for e in found:
        what = e.type + (f"/{e.mode}" if e.mode else "")
        where = f" in {e.location['text']}" if e.location else ""
        flags = "".join(f for f, on in (("~", e.hypothetical), ("+", e.future), ("!", e.negated)) if on)
        line = f"{e.date or '?':<10} {what:<24} {_party(e.actor)} -> {_party(e.target)}{where} {flags}"
        click.echo(line[:width])
    click.echo("(+ future, ~ hypothetical, ! negated)", err=True)


COMMANDS = (events,)
