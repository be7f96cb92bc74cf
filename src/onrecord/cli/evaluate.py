"""``onrecord evaluate`` (statements against gold) and ``onrecord evaluate-events`` (the event
coder on the shared PLOVER, CAMEO and NGEC data). The scoring itself is in ``onrecord.evaluation``."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import click

from onrecord import data
from onrecord.cli.common import fail, load_model
from onrecord.evaluation import (
    SUBSETS,
    EvaluationError,
    Scores,
    format_table,
    kind_breakdown,
    load_gold,
    load_predictions,
    score,
)
from onrecord.evaluation.events import score_cameo_quads, score_ngec_actors, score_plover_halves


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--subset", type=click.Choice(SUBSETS), default="all", show_default=True,
              help="Score all gold statements, or only those with quotation marks, or only those without.")
@click.option("--canonical", is_flag=True,
              help="The speaker is right only when the predicted name is the gold speaker.")
@click.option("--full", is_flag=True, help="Also count gold statements marked core: false.")
@click.option("--errors", is_flag=True, help="List missed and spurious statements and wrong speakers first.")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def evaluate_command(gold: str, pred: str, subset: str, canonical: bool, full: bool, errors: bool,
                     as_json: bool) -> None:
    """Score predictions PRED (JSONL of `onrecord extract`, - for stdin) against GOLD.

    GOLD is a PolNeAR split directory (text/ + attributions/) or onrecord gold JSON/JSONL.
    Matching is lenient: a predicted statement is right when half of it lies in one gold
    statement; a gold statement is found when such predictions cover half of it.
    """
    try:
        golds, preds = load_gold(gold), load_predictions(pred)
    except EvaluationError as problem:
        raise click.ClickException(str(problem)) from None
    def run(name: str) -> Scores:
        return score(golds, preds, subset=name, canonical=canonical, full=full)

    main = run(subset)
    if errors:
        for error in main.problems:
            click.echo(str(error))
    if as_json:
        click.echo(json.dumps({"subset": subset, **main.summary(), "by_kind": kind_breakdown(main)}))
        return
    rows = {"all": main, "quoted": run("quoted"), "unquoted": run("unquoted")} if subset == "all" else {subset: main}
    click.echo(f"{len(golds)} gold articles, {main.missing_articles} without predictions; "
               f"speaker by {'canonical name' if canonical else 'mention or name'}"
               f"{'; all gold statements (--full)' if full else ''}")
    click.echo(format_table(rows, by_kind=main))


@click.command("evaluate-events")
@click.option("--shared", metavar="DIR", default=None,
              help="The PLOVER data folder [default: ../shared/corpora/plover next to the project].")
@click.option("--model", metavar="NAME", default=None, help="Installed spaCy model.")
def evaluate_events(shared: Optional[str], model: Optional[str]) -> None:
    """Score the event coder: PLOVER gold dev, ConfliBERT CAMEO test, NGEC actor cases (JSON).

    The PLOVER gold sentences are split in two by a hash of their id; the shipped model was
    trained on the dev half only, so the report half is the figure to quote."""
    folder = Path(shared) if shared else Path(__file__).resolve().parents[4] / "shared/corpora/plover"
    files = {"plover_dev": folder / "plover_gsr_dev.jsonl",
             "cameo_test": folder / "conflibert_cameo/cameo_class/test.tsv",
             "ngec_actors": folder / "ngec_actor_tests/ngec_actor_resolution_cases.jsonl"}
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        fail(f"{missing[0]}: no such file (pass --shared DIR)")
    nlp = load_model(model)
    trained_on = data.json_data("event_model.json")["trained_on"]
    try:
        report = {"model_trained_on": trained_on, **score_plover_halves(files["plover_dev"], nlp),
                  "cameo_test": score_cameo_quads(files["cameo_test"], nlp),
                  "ngec_actors": score_ngec_actors(files["ngec_actors"])}
    except (ValueError, KeyError) as e:
        fail(f"{folder}: cannot read the scoring data: {e}")
    click.echo(json.dumps(report, indent=1))


COMMANDS = (evaluate_command, evaluate_events)
