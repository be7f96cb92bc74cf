"""``onrecord events`` (stored PLOVER events, filtered) and ``onrecord evaluate-events``
(the event coder scored on the shared PLOVER / CAMEO / NGEC data)."""
from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path
from typing import Optional

import click

from .cli_record import QUOTE_FORMATS, _fail, _record, db_option


def register(main: click.Group) -> None:
    for command in (events, evaluate_events):
        main.add_command(command)


@click.command()
@db_option
@click.option("--actor", metavar="WHO", help="Actor: an ISO3/IGO code, words of its name, or a speaker's name or id.")
@click.option("--target", metavar="WHO", help="Target, matched like --actor.")
@click.option("--type", "type_", metavar="TYPE", help="PLOVER event type(s), comma-separated (e.g. ASSAULT,SANCTION).")
@click.option("--country", metavar="ISO3", help="Actor, target or location in this country (or IGO, NGO, IMG...).")
@click.option("--since", metavar="DATE", help="On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before DATE.")
@click.option("--negated", is_flag=True, help="Include events the text says did not happen.")
@click.option("--format", "fmt", type=click.Choice(QUOTE_FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most this many (0: all).")
def events(db, actor, target, type_, country, since, until, negated, fmt, limit) -> None:
    """Who did what to whom: the PLOVER events in the record, newest first."""
    from .event_query import EVENT_COLUMNS

    record = _record(db)
    try:
        found = record.events(actor=actor, target=target, type=type_, country=country, since=since, until=until,
                              include_negated=negated, limit=limit or None)
    except ValueError as e:
        _fail(str(e))
    if fmt == "jsonl":
        for e in found:
            click.echo(json.dumps(e.to_json(), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for e in found:
            writer.writerow(e.flat())
    else:
        _table(found)


def _party(p: Optional[dict]) -> str:
    if not p:
        return "-"
    code = "/".join(x for x in (p.get("country"), p.get("sector")) if x)
    return f"{' '.join(p['text'].split())[:28]}" + (f" [{code}]" if code else "")


def _table(found) -> None:
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


@click.command("evaluate-events")
@click.option("--shared", metavar="DIR", default=None,
              help="The PLOVER data folder [default: ../shared/corpora/plover next to the project].")
@click.option("--model", metavar="NAME", default=None, help="Installed spaCy model.")
def evaluate_events(shared: Optional[str], model: Optional[str]) -> None:
    """Score the event coder: PLOVER gold dev, ConfliBERT CAMEO test, NGEC actor cases (JSON).

    The shipped model was trained on PLOVER dev too, so its dev scores are labelled as seen;
    bench/events_accuracy.py gives the cross-validated ones."""
    from . import nlp as nlp_loader
    from .event_scoring import score_cameo_quads, score_ngec_actors, score_plover

    folder = Path(shared) if shared else Path(__file__).resolve().parents[3] / "shared/corpora/plover"
    files = {"plover_dev": folder / "plover_gsr_dev.jsonl",
             "cameo_test": folder / "conflibert_cameo/cameo_class/test.tsv",
             "ngec_actors": folder / "ngec_actor_tests/ngec_actor_resolution_cases.jsonl"}
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        _fail(f"{missing[0]}: no such file (pass --shared DIR)")
    try:
        nlp = nlp_loader.load(model)
    except nlp_loader.ModelNotFound as e:
        _fail(str(e))
    from importlib import resources

    trained_on = json.loads((resources.files("onrecord") / "data" / "event_model.json")
                            .read_text(encoding="utf-8"))["trained_on"]
    # a model that has seen dev scores high there: say so (bench/events_accuracy.py cross-validates)
    dev_key = "plover_dev_seen_in_training" if "PLOVER" in trained_on else "plover_dev"
    try:
        report = {"model_trained_on": trained_on, dev_key: score_plover(files["plover_dev"], nlp),
                  "cameo_test": score_cameo_quads(files["cameo_test"], nlp),
                  "ngec_actors": score_ngec_actors(files["ngec_actors"])}
    except (ValueError, KeyError) as e:
        _fail(f"{folder}: cannot read the scoring data: {e}")
    click.echo(json.dumps(report, indent=1))
