"""onrecord's scorer: its rules, and agreement with the reference scorer in ../shared/eval/."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli.evaluate import evaluate_command
from onrecord.evaluation.statements import load_gold, load_predictions, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE = SHARED / "eval"
POLNEAR_DEV = SHARED / "corpora" / "polnear" / "dev"
EXAMPLE_GOLD = SHARED / "examples" / "iran-missile-statements.gold.json"
needs_reference = pytest.mark.skipif(not (REFERENCE / "score.py").exists(),
                                     reason="../shared/eval/score.py (the reference scorer) is not present")

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


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


# --- a small synthetic article whose gold exercises every rule ------------------------------

TEXT = ('Officials said the plan "will not work, ever." Smith added that taxes would rise. '
        '"We are ready," he said. The mayor believes the city is safe and the budget is sound. '
        'Jones said that "nothing" had changed, according to reports. '
        "Iran's Supreme Leader Ali Khamenei said the missiles are precise.\n\n"
        '“Prices will fall,” said Ms. Brown. The report was published on Monday.')


def at(fragment: str, text: str = TEXT) -> list[int]:
    start = text.index(fragment)
    return [start, start + len(fragment)]


def mention(fragment: str, name: str | None = None, near: str | None = None) -> dict:
    s = TEXT.index(fragment, TEXT.index(near) if near else 0)
    e = s + len(fragment)
    return {"name": name or fragment, "mention": {"start": s, "end": e, "text": fragment}}


def pred(fragment: str, speaker: dict | None = None, kind: str = "direct", span=None) -> dict:
    s, e = span or at(fragment)
    return {"id": "x#s", "kind": kind, "content": {"start": s, "end": e, "text": TEXT[s:e]}, "speaker": speaker}


GOLD = {
    "id": "art",
    "text": TEXT,
    "entities": {"Smith": {"aliases": ["John Smith", "Smith"]},
                 "Ali Khamenei": {"aliases": ["Khamenei"]},
                 "Brown": {"aliases": ["Ms. Brown", "Anne Brown"]}},
    "statements": [
        # the quote marks and the final period are in the annotated span: trimming removes them
        {"content": [at('"will not work, ever."')], "source": [at("Officials")], "speaker": "Officials", "kind": "mixed"},
        {"start": at("taxes would rise")[0], "end": at("taxes would rise.")[1], "source": [at("Smith")],
         "speaker": "Smith", "kind": "indirect"},
        {"content": [at("We are ready")], "source": [[at("he said")[0], at("he said")[0] + 2]],
         "speaker": "Smith", "kind": "direct"},
        # discontinuous: two pieces
        {"content": [at("the city is safe"), at("the budget is sound")], "source": [at("The mayor")],
         "kind": "belief"},
        {"content": [at('that "nothing" had changed')], "source": [at("Jones")], "speaker": "Jones", "kind": "mixed"},
        {"content": [at("the missiles are precise")], "source": [at("Iran's Supreme Leader Ali Khamenei")],
         "speaker": "Ali Khamenei", "kind": "indirect"},
        {"content": [at("Prices will fall")], "source": [at("Ms. Brown")], "speaker": "Brown", "kind": "direct"},
        # left out by default (core: false), and one with no speaker at all
        {"content": [at("Jones said that")], "kind": "indirect", "core": False, "speaker": "reports"},
        {"content": [at("The report was published on Monday")], "kind": "indirect"},
    ],
}

PREDICTION_SETS = {
    "nothing": [],
    "exact, mentions": [
        pred("will not work, ever", mention("Officials")),
        pred("taxes would rise", mention("Smith"), "indirect"),
        pred("We are ready", mention("he", "Smith", near="he said")),
        pred("the city is safe and the budget is sound", mention("The mayor"), "belief"),
        pred('that "nothing" had changed', mention("Jones"), "mixed"),
        pred("the missiles are precise", mention("Ali Khamenei"), "indirect"),
        pred("Prices will fall", mention("Ms. Brown")),
    ],
    "untrimmed and loose": [
        pred('"will not work, ever."', None),                                   # no speaker
        pred("that taxes would rise.", {"name": "John Smith"}, "indirect"),      # alias, no mention
        pred('"We are ready," he said.', {"name": "Smith"}),                     # more than half inside
        pred("the city is", mention("Officials")),                              # inside, too small to find it
        pred("Jones said that", mention("Jones"), "indirect"),                  # belongs to a core: false statement
        pred("Ali Khamenei said the missiles are precise", {"name": "Iran's Supreme Leader Ali Khamenei"}),
        pred("Prices will fall,” said Ms", {"name": "Prices"}),                  # wrong speaker
    ],
    "several pieces and spurious": [
        pred("will not work", mention("Officials")),
        pred("ever", {"name": "Officials"}),
        pred("taxes would", {"name": "Mr. Smith"}, "indirect"),
        pred("The mayor believes the city", mention("The mayor"), "belief"),   # less than half inside: spurious
        pred("the budget is sound", {"name": "mayor"}, "belief"),
        pred("the city is safe", {"name": "Mayor"}, "belief"),
        pred("nothing", {"name": "Jones"}),
        pred("had changed", {"name": "reports"}),                              # tie on speakers: 1 of 2 is right
        pred("Officials said the plan", {"name": "Officials"}, "indirect"),    # spurious, unquoted
        pred("published on Monday", {"name": "The report"}, "indirect"),       # gold has no speaker
        pred("x", None, span=(0, 0)),                                          # empty
        {"id": "x#bad", "kind": "direct", "content": None, "speaker": None},   # unusable content
        pred('ready," he said', mention("he", "Smith", near="he said")),      # with a mark: spurious, quoted
    ],
    "canonical names": [
        pred("We are ready", mention("he", "he", near="he said")),           # mention right, name wrong
        pred("the missiles are precise", mention("Ali Khamenei", "Khamenei")),
        pred("Prices will fall", mention("Ms. Brown", "Brown")),
        pred("taxes would rise", {"name": "Smith's"}, "indirect"),
        pred("will not work, ever", {"name": "the officials"}),
    ],
}


@pytest.fixture
def synthetic(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False, indent=1), encoding="utf-8")
    preds = {}
    for n, (name, statements) in enumerate(PREDICTION_SETS.items()):
        preds[name] = write_jsonl(tmp_path / f"pred{n}.jsonl", [{"id": "art", "statements": statements}])
    return gold, preds


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


# --- the example digest and real PolNeAR articles -------------------------------------------

def quote_mark_statements(doc_id: str, text: str) -> dict:
    """A deterministic stand-in for the extractor: every quotation, spoken by the next capitalized word,
    and everything after " said " up to the end of the sentence as reported speech."""
    statements = []
    for m in re.finditer(r'“([^”\n]+)”|"([^"\n]+)"', text):
        start, end = m.span(1) if m.group(1) is not None else m.span(2)
        who = re.compile(r"\b[A-Z][\w.’'-]+").search(text, m.end(), m.end() + 80)
        speaker = who and {"name": who.group(), "mention": {"start": who.start(), "end": who.end(), "text": who.group()}}
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
    if not POLNEAR_DEV.is_dir():
        pytest.skip("../shared/corpora/polnear/dev is not present")
    root = tmp_path_factory.mktemp("polnear")
    split = root / "dev3"
    for name in ("politico_2016-09-08_flynn-says-trump-absolutely-righ",
                 "breitbart_2016-09-12_stealth-over-health-hillary-clin",
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
    assert all(a.text == b.text and a.statements == b.statements for a, b in zip(from_dir, from_jsonl))
    assert sum(len(s.content) > 1 for a in from_dir for s in a.statements) > 0  # discontinuous contents


@needs_reference
@pytest.mark.parametrize("subset,canonical,full", MODES[:4])
def test_agrees_with_reference_on_polnear(polnear_three, subset, canonical, full):
    split, gold_jsonl, pred = polnear_three
    ours = our_summary(split, pred, subset, canonical, full)
    assert ours == reference_summary(gold_jsonl, pred, subset, canonical, full)
    assert ours["gold"] > 20 and ours["p"] > 0  # a real test: there is something to agree on


# --- the command ------------------------------------------------------------------------------

def test_command_prints_table_and_json(synthetic):
    gold, preds = synthetic
    runner = CliRunner()
    table = runner.invoke(evaluate_command, [str(gold), str(preds["exact, mentions"])])
    assert table.exit_code == 0, table.output
    rows = {line.split()[0]: line.split() for line in table.output.splitlines() if line.strip()}
    assert rows["all"][1:6] == ["8", "7", "1.000", "0.875", "0.933"]
    assert {"quoted", "unquoted", "direct", "belief"} <= rows.keys()

    as_json = runner.invoke(evaluate_command, [str(gold), str(preds["several pieces and spurious"]),
                                               "--json", "--subset", "quoted"])
    numbers = json.loads(as_json.output)
    assert numbers["subset"] == "quoted" and numbers["gold"] == 4 and "direct" in numbers["by_kind"]

    errors = runner.invoke(evaluate_command, [str(gold), str(preds["untrimmed and loose"]), "--errors"])
    assert "missed" in errors.output and "speaker" in errors.output

    piped = runner.invoke(evaluate_command, [str(gold), "-", "--json"], input=preds["exact, mentions"].read_text())
    assert json.loads(piped.output)["f1"] == 0.933


def test_command_reports_bad_input_in_one_line(tmp_path, synthetic):
    gold, _ = synthetic
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "statements": []}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(evaluate_command, [str(gold), str(bad)])
    assert result.exit_code != 0
    assert f"{bad}:2: not JSON" in result.output and "Traceback" not in result.output
