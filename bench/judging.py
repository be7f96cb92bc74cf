"""Random samples of the record for judging by hand, drawn from one half of the Wikinews corpus.

The 303 Wikinews articles are split in two by a hash of their id: rules are developed while
reading samples of the ``dev`` half, and the figures the README reports come from the
``report`` half, each with a seed not used before (``../shared/eval/JUDGING.md``).

    .venv/bin/python bench/judging.py draw STORE --half dev --n 150 --seed 11 -o sample.jsonl
    .venv/bin/python bench/judging.py speakers RECORDS.jsonl --half report --n 120 --seed 12 -o speakers.jsonl
    python3 ../shared/eval/judge_sample.py score judged.jsonl
    .venv/bin/python bench/judging.py keep sample.jsonl judged.jsonl STORE -o bench/judged/NAME.jsonl
    .venv/bin/python bench/judging.py check STORE bench/judged/statements-*.jsonl

Lines drawn here have the fields ``judge_sample.py`` writes, so its ``score`` and
``score-speakers`` read the judged files. Judged samples are kept under ``bench/judged/`` with
ids and labels only (no corpus text), as regression checks.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"
HALVES = ("dev", "report")


def half_of(article_id: str) -> str:
    """Which half an article is in: fixed by its id, whatever else is in the store."""
    return HALVES[int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 2]


def _texts(corpus: Path) -> dict[str, str]:
    texts = {}
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                article = json.loads(line)
                texts[article["id"]] = article["text"]
    return texts


def draw(args: argparse.Namespace) -> None:
    texts = _texts(args.corpus)
    out = subprocess.run([str(REPO / ".venv/bin/onrecord"), "quotes", "--db", args.store, "--limit", "0",
                          "--format", "jsonl"], check=True, capture_output=True, text=True).stdout
    pool = [s for s in map(json.loads, out.splitlines()) if half_of(s["article_id"]) == args.half]
    random.seed(args.seed)
    sample = random.sample(pool, min(args.n, len(pool)))
    with open(args.o, "w", encoding="utf-8") as f:
        for n, s in enumerate(sample, 1):
            sentence = s.get("sentence") or {}
            text = texts.get(s["article_id"], "")
            f.write(json.dumps({
                "n": n, "article_id": s["article_id"], "statement_id": s["id"], "kind": s.get("kind"),
                "speaker": s.get("speaker_entity_name"), "speaker_type": s.get("speaker_type"),
                "mention": (s.get("mention") or {}).get("text"), "cue": (s.get("cue") or {}).get("text"),
                "content": s.get("text"), "sentence": text[sentence.get("start", 0):sentence.get("end", 0)],
            }, ensure_ascii=False) + "\n")
    print(f"{len(sample)} of {len(pool)} statements of the {args.half} half written to {args.o}")


def speakers(args: argparse.Namespace) -> None:
    pool = []
    with open(args.records, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if half_of(record["id"]) != args.half:
                continue
            spoke = {(s.get("speaker") or {}).get("entity") for s in record.get("statements") or []}
            pool += [{"article_id": record["id"], "name": e.get("name"), "type": e.get("type"),
                      "roles": e.get("roles") or [], "affiliation": e.get("affiliation")}
                     for e in record.get("entities") or [] if e.get("id") in spoke]
    random.seed(args.seed)
    sample = random.sample(pool, min(args.n, len(pool)))
    with open(args.o, "w", encoding="utf-8") as f:
        for n, entity in enumerate(sample, 1):
            f.write(json.dumps({"n": n, **entity}, ensure_ascii=False) + "\n")
    print(f"{len(sample)} of {len(pool)} speakers of the {args.half} half written to {args.o}")


def _quotes(store: str) -> list[dict]:
    out = subprocess.run([str(REPO / ".venv/bin/onrecord"), "quotes", "--db", store, "--limit", "0",
                          "--format", "jsonl"], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def keep(args: argparse.Namespace) -> None:
    """A judged sample as a regression check: offsets, names and labels, no corpus text."""
    by_id = {s["id"]: s for s in _quotes(args.store)}
    sample = {d["n"]: d for d in map(json.loads, open(args.sample, encoding="utf-8"))}
    with open(args.o, "w", encoding="utf-8") as out:
        for judged in map(json.loads, open(args.judged, encoding="utf-8")):
            drawn = sample[judged["n"]]
            stored = by_id[drawn["statement_id"]]
            out.write(json.dumps({
                "article_id": drawn["article_id"], "start": stored["content"]["start"],
                "end": stored["content"]["end"], "speaker": drawn["speaker"],
                "statement_ok": judged["statement_ok"], "speaker_ok": judged["speaker_ok"],
                "reason": judged.get("reason"), "note": judged.get("note")}, ensure_ascii=False) + "\n")
    print(f"kept the judgments of {len(sample)} statements in {args.o}")


def check(args: argparse.Namespace) -> None:
    """How a store fares on statements judged before: are wrong ones gone and right ones kept,
    and did the speaker of a judged statement change?"""
    stored: dict[str, list[dict]] = {}
    for s in _quotes(args.store):
        stored.setdefault(s["article_id"], []).append(s)
    tally: dict[str, int] = {}
    for path in args.judged:
        for j in map(json.loads, open(path, encoding="utf-8")):
            if "start" not in j:
                continue  # a judged speaker, not a statement
            # the stored statement that shares the most of the judged one's content, if any
            overlaps = [(min(s["content"]["end"], j["end"]) - max(s["content"]["start"], j["start"]), s)
                        for s in stored.get(j["article_id"], [])]
            best = max(overlaps, key=lambda pair: pair[0], default=(0, None))
            match = best[1] if best[0] > 0 else None
            label = "real" if j["statement_ok"] else "not a statement"
            key = f"{label}: {'kept' if match else 'dropped'}"
            tally[key] = tally.get(key, 0) + 1
            if match and j["statement_ok"]:
                same = (match.get("speaker_entity_name") or None) == j["speaker"]
                verdict = "right" if j["speaker_ok"] else "wrong"
                key = f"speaker judged {verdict}: {'same' if same else 'changed'}"
                tally[key] = tally.get(key, 0) + 1
                if args.verbose and not same:
                    print(f"  {verdict} -> {j['speaker']!r} now {match.get('speaker_entity_name')!r} "
                          f"({j['article_id']} {j['start']}-{j['end']})")
            elif args.verbose and match is None and j["statement_ok"]:
                print(f"  real statement dropped: {j['article_id']} {j['start']}-{j['end']} ({j['speaker']})")
    for key in sorted(tally):
        print(f"{tally[key]:5d}  {key}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("draw", help="statements from a store built from the Wikinews corpus")
    d.add_argument("store")
    s = commands.add_parser("speakers", help="per-article speakers from `onrecord extract` output")
    s.add_argument("records")
    for p in (d, s):
        p.add_argument("--half", choices=HALVES, required=True)
        p.add_argument("--n", type=int, default=150)
        p.add_argument("--seed", type=int, required=True)
        p.add_argument("--corpus", type=Path, default=CORPUS)
        p.add_argument("-o", required=True)
    k = commands.add_parser("keep", help="a judged sample as ids, offsets and labels under bench/judged/")
    k.add_argument("sample")
    k.add_argument("judged")
    k.add_argument("store")
    k.add_argument("-o", required=True)
    c = commands.add_parser("check", help="a new store against judged samples kept before")
    c.add_argument("store")
    c.add_argument("judged", nargs="+")
    c.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    {"draw": draw, "speakers": speakers, "keep": keep, "check": check}[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
