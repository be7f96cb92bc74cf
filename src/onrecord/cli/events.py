"""``onrecord events``: the PLOVER events in the store, filtered by actor, target, type, country and date.
(``onrecord evaluate-events`` is in ``cli/evaluate.py``.)"""
from __future__ import annotations

import csv
import json
import shutil
import sys

import click

from onrecord.cli.common import TABLE_FORMATS, fail
from onrecord.cli.stores import db_option, open_record
from onrecord.present import events as shown
from onrecord.query import EVENT_COLUMNS, EventView


@click.command()
@db_option
@click.option("--actor", metavar="WHO", help="Actor: an ISO3/IGO code, words of its name, or a speaker's name or id.")
@click.option("--target", metavar="WHO", help="Target, matched like --actor.")
@click.option("--type", "type_", metavar="TYPE", help="PLOVER event type(s), comma-separated (e.g. ASSAULT,SANCTION).")
@click.option("--country", metavar="ISO3", help="Actor, target or location in this country (or IGO, NGO, IMG...).")
@click.option("--since", metavar="DATE", help="On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before DATE.")
@click.option("--article", metavar="ID", help="Only the events of this article.")
@click.option("--negated", is_flag=True, help="Include events the text says did not happen.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="P",
              help="Only events at least this likely real (0-1; see README: 0.75 keeps the surest).")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most this many (0: all).")
def events(db, actor, target, type_, country, since, until, article, negated, min_confidence, fmt, limit) -> None:
    """Who did what to whom: the PLOVER events in the record, newest first."""
    record = open_record(db)
    try:
        found = record.events(actor=actor, target=target, type=type_, country=country, since=since, until=until,
                              article=article, include_negated=negated, min_confidence=min_confidence,
                              limit=limit or None)
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


def _table(found: list[EventView]) -> None:
    """Columns: date, type, who to whom, the trigger word, the article; cut to the terminal's width."""
    if not found:
        click.echo("no events match", err=True)
        return
    width = shutil.get_terminal_size((160, 24)).columns
    rows = [(e.date or "undated", shown.kind(e) + "".join(f for f, on in (("~", e.hypothetical), ("+", e.future),
                                                                         ("!", e.negated)) if on),
             shown.who_to_whom(e), e.trigger["text"], e.article_id) for e in found]
    header = ("DATE", "TYPE", "ACTOR → TARGET", "TRIGGER", "ARTICLE")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    widths[2] = min(widths[2], 60)
    widths[3] = min(widths[3], 16)
    for row in [header, *rows]:
        cells = [_fit(text, w) for text, w in zip(row[:4], widths[:4], strict=True)] + [row[4]]
        click.echo("  ".join(cells)[:width].rstrip())
    click.echo("(+ future, ~ hypothetical, ! negated)", err=True)


def _fit(text: str, width: int) -> str:
    return (text if len(text) <= width else text[:width - 1] + "…").ljust(width)


COMMANDS = (events,)
