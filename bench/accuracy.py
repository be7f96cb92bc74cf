"""Accuracy of onrecord's statement extraction on PolNeAR and on the example digest.

    .venv/bin/python bench/accuracy.py                  # PolNeAR dev + the example, Markdown tables
    .venv/bin/python bench/accuracy.py --split train    # or --polnear PATH/TO/SPLIT
    .venv/bin/python bench/accuracy.py --crash-check    # every PolNeAR train+dev and Wikinews article

On PolNeAR dev it also scores canonical speakers where the source mention is a pronoun or a
description: ``../onrecord-data/polnear_dev_canonical.tsv`` (or --canonical TABLE) names the person or body
behind each such mention (article_key, source_start, source_end, canonical, canonical_span,
alias_spans; "-" where the article names no one). It holds only keys, offsets and readers' names:
articles are named by ``onrecord.evaluation.article_key`` (PolNeAR's ids are slugs of their
headlines), a name the article writes by its offsets (``canonical_span``) and its other forms
("Obama" for "Barack Obama") likewise (``alias_spans``), all read from
../shared at run time. Three readers of the whole articles made it in issue 13's thirteenth round,
from the mentions ``bench/list_polnear_sources.py --split dev`` lists (an earlier table, kept
outside the repository, was lost). The share is printed for all articles and for each half (by a
hash of the article id, as ``judging.half_of`` splits Wikinews): rules are written on the dev half,
the report half is the figure.

Runs the Python API (one model load, ``process_many`` in batches), writes the predictions as
JSONL under --out, and scores them with ``onrecord.evaluation`` and, when ../shared/eval/score.py is
there, with the reference scorer too, so the README can quote both.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

from judging import HALVES, half_of
from onrecord import nlp as nlp_loader
from onrecord.evaluation import Scores, article_key, load_gold, score
from onrecord.extract.pipeline import process, process_many
from onrecord.model import Article, ArticleRecord

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "eval"
COLUMNS = ("gold", "pred", "p", "r", "f1", "spk_p", "spk_r", "spk_f1")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="PolNeAR split under ../shared/corpora/polnear (default dev)")
    parser.add_argument("--polnear", type=Path, help="a PolNeAR split directory (overrides --split)")
    parser.add_argument("--example", type=Path, default=SHARED / "examples" / "iran-missile-statements.gold.json")
    parser.add_argument("--wikinews", type=Path, default=SHARED / "corpora" / "wikinews" / "wikinews.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "bench")
    parser.add_argument("--model", help="spaCy model (default: onrecord's)")
    # kept outside the repository, beside ../shared: keyed to the PolNeAR corpus, it stays with it
    parser.add_argument("--canonical", type=Path, default=REPO.parent / "onrecord-data" / "polnear_dev_canonical.tsv",
                        help="hand-made canonical names of PolNeAR dev pronoun/description sources")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--crash-check", action="store_true",
                        help="only run every article of PolNeAR train+dev and Wikinews, reporting exceptions")
    args = parser.parse_args()
    polnear = args.polnear or SHARED / "corpora" / "polnear" / args.split
    nlp = nlp_loader.load(args.model)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"command: `{shlex.join(['.venv/bin/python', 'bench/accuracy.py', *sys.argv[1:]])}`")
    print(f"model: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}\n")
    if args.crash_check:
        return crash_check(nlp, polnear.parent, args.wikinews, args.batch_size)
    failures, records = polnear_report(nlp, polnear, args.out, args.batch_size)
    if args.canonical.is_file() and polnear.name == "dev":
        canonical_report(load_gold(polnear), records, args.canonical, args.out)
    elif polnear.name == "dev":
        print(f"canonical speakers: not scored, no table at {args.canonical} (kept outside the repository)\n")
    failures += example_report(nlp, args.example, args.out, args.batch_size)
    print(f"\narticles that raised an exception: {len(failures)}")
    for article_id, error in failures:
        print(f"- {article_id}: {error}")
    return 1 if failures else 0


# --- running the extractor --------------------------------------------------------------------

def extract_all(articles: list[Article], nlp, batch_size: int) -> tuple[list[ArticleRecord], list[tuple[str, str]]]:
    """Records of the articles that went through, and (id, error) of those that raised."""
    records, failures = [], []
    it = iter(articles)
    while batch := list(islice(it, batch_size)):
        try:
            records += list(process_many(batch, nlp, batch_size=batch_size))
        except Exception:  # redo the batch one by one to name the article(s) that raise
            for article in batch:
                try:
                    records.append(process(article, nlp))
                except Exception as error:
                    failures.append((article.id, f"{type(error).__name__}: {error}".splitlines()[0]))
    return records, failures


def run(nlp, articles: list[Article], pred_path: Path, batch_size: int):
    started = time.perf_counter()
    records, failures = extract_all(articles, nlp, batch_size)
    seconds = time.perf_counter() - started
    write_jsonl(pred_path, (record.to_json() for record in records))
    statements = sum(len(r.statements) for r in records)
    shown = pred_path.relative_to(REPO) if pred_path.is_relative_to(REPO) else pred_path
    print(f"{len(articles)} articles, {statements} statements, {seconds:.1f} s -> {shown}")
    return records, failures


# --- scoring ----------------------------------------------------------------------------------

def reference(gold: Path, pred: Path, *options: str) -> dict | None:
    """The reference scorer's summary, or None when ../shared/eval is absent."""
    if not (REFERENCE / "score.py").exists():
        return None
    done = subprocess.run([sys.executable, str(REFERENCE / "score.py"), str(gold), str(pred), *options],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def row(data: str, subset: str, scorer: str, numbers: dict) -> str:
    cells = [str(numbers[c]) if c in ("gold", "pred") else f"{numbers[c]:.3f}" for c in COLUMNS]
    return f"| {data} | {subset} | {scorer} | " + " | ".join(cells) + " |"


def table_head() -> str:
    return ("| data | subset | scorer | gold | pred | P | R | F1 | spk P | spk R | spk F1 |\n"
            "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")


def score_rows(data: str, golds, records, gold_file: Path | None, pred_path: Path, subsets=("all", "quoted"),
               **flags) -> list[str]:
    options = ["--canonical"] * flags.get("canonical", False) + ["--full"] * flags.get("full", False)
    label = " ".join(["", *options]).replace("--", "")
    rows = []
    for subset in subsets:
        rows.append(row(data, subset + label, "onrecord", score(golds, records, subset=subset, **flags).summary()))
        ref = reference(gold_file, pred_path, "--subset", subset, *options) if gold_file else None
        if ref is not None:
            rows.append(row(data, subset + label, "score.py", ref))
    return rows


def kind_table(title: str, s: Scores) -> str:
    lines = [f"{title}: precision by predicted kind, recall by gold kind",
             "| kind | pred | P | spk P | gold | R | spk R |", "|---|---:|---:|---:|---:|---:|---:|"]
    for kind in sorted(set(s.by_predicted_kind) | set(s.by_gold_kind)):
        p, g = s.by_predicted_kind.get(kind), s.by_gold_kind.get(kind)
        lines.append(f"| {kind} | " + " | ".join(
            [str(p.pred), f"{p.p:.3f}", f"{p.spk_p:.3f}"] if p else ["-"] * 3) + " | " + " | ".join(
            [str(g.gold), f"{g.r:.3f}", f"{g.spk_r:.3f}"] if g else ["-"] * 3) + " |")
    return "\n".join(lines)


# --- reports ----------------------------------------------------------------------------------

def polnear_report(nlp, split: Path, out: Path, batch_size: int) -> list[tuple[str, str]]:
    name = f"polnear-{split.name}"
    golds = load_gold(split)
    print(f"## PolNeAR {split.name} ({split})")
    pred_path = out / f"{name}.pred.jsonl"
    records, failures = run(nlp, [Article(id=g.id, text=g.text) for g in golds], pred_path, batch_size)
    gold_file = None
    if (REFERENCE / "polnear_gold.py").exists():  # the reference scorer reads the reference's own conversion
        gold_file = out / f"{name}.gold.jsonl"
        subprocess.run([sys.executable, str(REFERENCE / "polnear_gold.py"), str(split), str(gold_file),
                        str(out / f"{name}.in.jsonl")], check=True)
    print("\n" + table_head())
    print("\n".join(score_rows(f"PolNeAR {split.name}", golds, records, gold_file, pred_path)))
    print("\n" + kind_table(f"PolNeAR {split.name}", score(golds, records)) + "\n")
    return failures, records


def canonical_report(golds, records, table: Path, out: Path) -> None:
    """Canonical speakers where PolNeAR's source mention is a pronoun or a description: of the
    statements found, the share whose predicted name is the person or body named by hand."""
    names = read_canonical(table, {gold.id: gold.text for gold in golds})
    scored = []
    for gold in golds:
        for statement in gold.statements:
            row = names.get((gold.id, statement.source[0])) if statement.source else None
            statement.core = row is not None
            if row is not None:
                statement.speaker, aliases = row
                gold.aliases[statement.speaker] = aliases
        if any(st.core for st in gold.statements):
            scored.append(gold)
    ids = {g.id for g in scored}
    preds = [r.to_json() for r in records if r.id in ids]
    gold_file, pred_file = out / "polnear-dev-canonical.gold.jsonl", out / "polnear-dev-canonical.pred.jsonl"
    write_jsonl(gold_file, [gold_json(g) for g in scored])
    write_jsonl(pred_file, preds)
    print(f"## Canonical speakers ({table.relative_to(REPO) if table.is_relative_to(REPO) else table})")
    print(f"{len(scored)} PolNeAR dev articles, {sum(st.core for g in scored for st in g.statements)} "
          "statements whose source is a pronoun or a description, named by hand\n")
    print("| speaker name | scorer | found | right canonical speaker | share |\n|---|---|---:|---:|---:|")
    mention_only = [{**p, "statements": [{**st, "speaker": {"name": mention_text(st)}} for st in p["statements"]]}
                    for p in preds]
    for label, predictions in (("onrecord's canonical name", preds), ("the raw mention text", mention_only)):
        s = score(scored, predictions, canonical=True)
        print(f"| {label} | onrecord | {s.found} | {s.found_speaker} | {s.spk_acc:.3f} |")
        for half in HALVES:
            golds_half = [g for g in scored if half_of(g.id) == half]
            h = score(golds_half, [p for p in predictions if half_of(p["id"]) == half], canonical=True)
            print(f"| {label}, {half} half ({len(golds_half)} articles) | onrecord | {h.found} | {h.found_speaker} "
                  f"| {h.spk_acc:.3f} |")
        if label.startswith("onrecord"):
            ref = reference(gold_file, pred_file, "--canonical")
            if ref is not None:
                print(f"| {label} | score.py | | | {ref['spk_acc']:.3f} |")
    print()


def mention_text(statement: dict) -> str | None:
    """The text of a predicted statement's speaker mention, if it has one."""
    return ((statement.get("speaker") or {}).get("mention") or {}).get("text")


def read_canonical(table: Path, texts: dict[str, str]) -> dict[tuple[str, tuple[int, int]], tuple[str, list[str]]]:
    """(article, source span) -> (canonical name, aliases); rows named '-' are left out. A row
    names its article by ``article_key`` (or by id, in a table kept beside the repository), and
    its speaker by the offsets where the article writes the name (``canonical_span``) or by the
    reader's own words (``canonical``); the aliases are written out (``aliases``) or given as
    offsets (``alias_spans``: "start-end|start-end"), read from ``texts`` (article id -> text)."""
    ids = {article_key(article_id): article_id for article_id in texts}
    rows = {}
    with open(table, encoding="utf-8") as lines:
        data = [line.rstrip("\n").split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header = data[0]
    for cells in data[1:]:
        row = dict(zip(header, cells, strict=False))
        article = row.get("article") or ids.get(row.get("article_key", ""))
        if article is None:
            continue  # an article not in this split
        text = texts[article]
        canonical = (_written(text, row.get("canonical_span", "")) or [row.get("canonical", "").strip()])[0]
        if canonical in ("", "-"):
            continue
        aliases = [a for a in row.get("aliases", "").split("|") if a.strip()]
        aliases += _written(text, row.get("alias_spans", ""))
        rows[(article, (int(row["source_start"]), int(row["source_end"])))] = (canonical, aliases)
    return rows


def _written(text: str, spans: str) -> list[str]:
    """The words of a text at offsets written "start-end|start-end"."""
    return [text[int(start):int(end)] for start, end in (span.split("-") for span in filter(None, spans.split("|")))]


def gold_json(gold) -> dict:
    """A gold article in the form the reference scorer reads."""
    return {"id": gold.id, "text": gold.text,
            "statements": [{"content": [list(p) for p in st.content], "source": [list(p) for p in st.source],
                            "speaker": st.speaker, "core": st.core} for st in gold.statements],
            "entities": {name: {"aliases": aliases} for name, aliases in gold.aliases.items()}}


def write_jsonl(path: Path, items) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def example_report(nlp, gold_path: Path, out: Path, batch_size: int) -> list[tuple[str, str]]:
    golds = load_gold(gold_path)
    print(f"## The example digest ({gold_path.name})")
    pred_path = out / "example.pred.jsonl"
    records, failures = run(nlp, [Article(id=g.id, text=g.text) for g in golds], pred_path, batch_size)
    print("\n" + table_head())
    rows = score_rows("example", golds, records, gold_path, pred_path)
    rows += score_rows("example", golds, records, gold_path, pred_path, subsets=("all",), canonical=True)
    rows += score_rows("example", golds, records, gold_path, pred_path, subsets=("all",), canonical=True, full=True)
    print("\n".join(rows))
    full = score(golds, records, canonical=True, full=True)
    core = score(golds, records, canonical=True)
    print(f"\nfound with the right canonical speaker: {full.found_speaker} of {full.gold} (--full), "
          f"{core.found_speaker} of {core.gold} core; spurious statements: {full.pred - full.correct}")
    print("\n" + kind_table("example (--full)", score(golds, records, full=True)) + "\n")
    return failures


def crash_check(nlp, polnear_root: Path, wikinews: Path, batch_size: int) -> int:
    """Run every article; report those that raise. Exit status 1 when any did."""
    sets = {f"PolNeAR {split}": [Article(id=p.stem, text=p.read_text(encoding="utf-8"))
                                 for p in sorted((polnear_root / split / "text").glob("*.txt"))]
            for split in ("train", "dev")}
    with open(wikinews, encoding="utf-8") as lines:
        sets["Wikinews"] = [Article(id=d["id"], text=d["text"], title=d.get("title"), published=d.get("published"),
                                    url=d.get("url")) for d in (json.loads(line) for line in lines if line.strip())]
    total = 0
    for name, articles in sets.items():
        started = time.perf_counter()
        _, failures = extract_all(articles, nlp, batch_size)
        print(f"{name}: {len(articles)} articles, {len(failures)} raised ({time.perf_counter() - started:.0f} s)")
        for article_id, error in failures:
            print(f"- {article_id}: {error}")
        total += len(failures)
    print(f"\narticles that raised an exception: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
