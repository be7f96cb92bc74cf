"""onrecord's statement scorer: its rules on a synthetic article, and agreement with the reference
scorer in ../shared/eval/ on the synthetic cases, the example digest and real PolNeAR articles.
The reference scorer and the corpora are shared data: without them these tests skip, under CI
they fail."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from onrecord.evaluation import load_gold, load_predictions, score
from repo_paths import EXAMPLE_GOLD, POLNEAR_DEV, REFERENCE, require_shared
from scoring_cases import PREDICTION_SETS, write_jsonl

# the tests that run the reference scorer ask for it: skipped without it, failed under CI
needs_reference = pytest.mark.usefixtures("reference_scorer")

# Every way the bars are scored: (subset, canonical, full).
MODES = [("all", False, False), ("quoted", False, False), ("unquoted", False, False),
         ("all", True, False), ("all", False, True), ("quoted", False, True), ("quoted", True, False)]


def _import(name: str):
    spec = importlib.util.spec_from_file_location(f"reference_{name}", REFERENCE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_summary(gold: Path, pred: Path, subset: str, canonical: bool, full: bool) -> dict:
    """Run the reference scorer's command line in-process and return its JSON summary."""
    argv = ["score.py", str(gold), str(pred), "--subset", subset]
    argv += ["--canonical"] * canonical + ["--full"] * full
    out = io.StringIO()
    saved = sys.argv
    try:
        sys.argv = argv
        with contextlib.redirect_stdout(out):
            _import("score").main()
    finally:
        sys.argv = saved
    return json.loads(out.getvalue().strip().splitlines()[-1])


def our_summary(gold: Path, pred: Path, subset: str, canonical: bool, full: bool) -> dict:
    return score(load_gold(gold), load_predictions(pred), subset=subset, canonical=canonical, full=full).summary()


def test_rules_on_the_synthetic_article(synthetic):
    gold, preds = synthetic
    golds = load_gold(gold)
    exact = score(golds, load_predictions(preds["exact, mentions"]))
    assert (exact.gold, exact.pred, exact.found, exact.correct) == (8, 7, 7, 7)
    assert exact.found_speaker == 7 and exact.exact == 6 and exact.one_piece == 7  # the belief is in two pieces

    loose = score(golds, load_predictions(preds["untrimmed and loose"]))
    assert loose.pred == 6  # the prediction inside the core: false statement is not counted
    assert loose.correct == 6 and loose.found == 5  # "the city is" is right but covers too little
    assert loose.found_speaker == 3  # no speaker, and the wrong "Prices", are wrong; the mayor's is not found

    several = score(golds, load_predictions(preds["several pieces and spurious"]))
    assert several.by_gold_kind["belief"].found == 1  # two predictions, one per piece
    assert several.pred - several.correct == 5  # the mayor overlap, "Officials said", two empty, the marks
    assert several.by_predicted_kind["belief"].correct == 2

    quoted = score(golds, load_predictions(preds["several pieces and spurious"]), subset="quoted")
    assert quoted.gold == 4  # the two mixed and two direct statements
    assert quoted.pred - quoted.correct == 1  # only the spurious span with quotation marks around it

    canonical = score(golds, load_predictions(preds["canonical names"]), canonical=True)
    lenient = score(golds, load_predictions(preds["canonical names"]))
    assert (canonical.found_speaker, lenient.found_speaker) == (4, 5)  # "he" is right only by its mention


@needs_reference
@pytest.mark.parametrize("subset,canonical,full", MODES)
@pytest.mark.parametrize("case", list(PREDICTION_SETS))
def test_agrees_with_reference_on_synthetic_cases(synthetic, case, subset, canonical, full):
    gold, preds = synthetic
    assert our_summary(gold, preds[case], subset, canonical, full) == \
        reference_summary(gold, preds[case], subset, canonical, full)


def quote_mark_statements(doc_id: str, text: str) -> dict:
    """A deterministic stand-in for the extractor: every quotation, spoken by the next capitalized word,
    and everything after " said " up to the end of the sentence as reported speech."""
    statements = []
    for m in re.finditer(r'“([^”\n]+)”|"([^"\n]+)"', text):
        start, end = m.span(1) if m.group(1) is not None else m.span(2)
        who = re.compile(r"\b[A-Z][\w.’'-]+").search(text, m.end(), m.end() + 80)
        speaker = who and {"name": who.group(),
                           "mention": {"start": who.start(), "end": who.end(), "text": who.group()}}
        statements.append({"kind": "direct", "content": {"start": start, "end": end}, "speaker": speaker})
    for m in re.finditer(r"(\b[A-Z]\w+) said (that )?([^.\n]+)", text):
        speaker = {"name": m.group(1), "mention": {"start": m.start(1), "end": m.end(1)}}
        statements.append({"kind": "indirect", "content": {"start": m.start(3), "end": m.end(3)}, "speaker": speaker})
    return {"id": doc_id, "statements": [{"id": f"{doc_id}#s{n}", **s} for n, s in enumerate(statements, 1)]}


@needs_reference
@pytest.mark.parametrize("subset,canonical,full", MODES)
def test_agrees_with_reference_on_the_example(tmp_path, subset, canonical, full):
    text = json.loads(EXAMPLE_GOLD.read_text(encoding="utf-8"))["text"]
    pred = write_jsonl(tmp_path / "pred.jsonl", [quote_mark_statements("iran-missile-statements", text)])
    assert our_summary(EXAMPLE_GOLD, pred, subset, canonical, full) == \
        reference_summary(EXAMPLE_GOLD, pred, subset, canonical, full)


@pytest.fixture(scope="module")
def polnear_three(tmp_path_factory):
    """Three PolNeAR dev articles (one annotated by six people) as a split dir, the reference's gold
    JSONL of it, and the quote-mark predictions."""
    require_shared(POLNEAR_DEV)
    root = tmp_path_factory.mktemp("polnear")
    split = root / "dev3"
    # chosen at run time, so that no article of the corpus is named in the repository: the first
    # article annotated by the most people, and the first of two other outlets
    annotators = Counter(a.name.rsplit("_", 1)[0] for a in (POLNEAR_DEV / "attributions").glob("*.ann"))
    most = max(annotators.values())
    for name in (min(n for n, k in annotators.items() if k == most),
                 sorted(p.stem for p in (POLNEAR_DEV / "text").glob("breitbart*"))[0],
                 sorted(p.stem for p in (POLNEAR_DEV / "text").glob("nyt*"))[0]):
        (split / "text").mkdir(parents=True, exist_ok=True)
        (split / "attributions").mkdir(exist_ok=True)
        shutil.copy(POLNEAR_DEV / "text" / f"{name}.txt", split / "text")
        for ann in (POLNEAR_DEV / "attributions").glob(f"{name}_*.ann"):
            shutil.copy(ann, split / "attributions")
    gold_jsonl, inputs = root / "gold.jsonl", root / "in.jsonl"
    _import("polnear_gold").main(str(split), str(gold_jsonl), str(inputs))
    docs = [json.loads(line) for line in inputs.read_text(encoding="utf-8").splitlines()]
    pred = write_jsonl(root / "pred.jsonl", [quote_mark_statements(d["id"], d["text"]) for d in docs])
    return split, gold_jsonl, pred


@needs_reference
def test_reads_polnear_like_the_reference(polnear_three):
    split, gold_jsonl, _ = polnear_three
    from_dir, from_jsonl = load_gold(split), load_gold(gold_jsonl)
    assert [a.id for a in from_dir] == [a.id for a in from_jsonl] and len(from_dir) == 3
    assert all(a.text == b.text and a.statements == b.statements for a, b in zip(from_dir, from_jsonl, strict=True))
    assert sum(len(s.content) > 1 for a in from_dir for s in a.statements) > 0  # discontinuous contents


@needs_reference
@pytest.mark.parametrize("subset,canonical,full", MODES[:4])
def test_agrees_with_reference_on_polnear(polnear_three, subset, canonical, full):
    split, gold_jsonl, pred = polnear_three
    ours = our_summary(split, pred, subset, canonical, full)
    assert ours == reference_summary(gold_jsonl, pred, subset, canonical, full)
    assert ours["gold"] > 20 and ours["p"] > 0  # a real test: there is something to agree on
