"""The topic bar: `onrecord quotes --topic "Iran's missile program"` on a store of the example
article and the Wikinews sample.

    .venv/bin/python bench/topic_bar.py              # builds the store in a temporary folder
    .venv/bin/python bench/topic_bar.py --db PATH    # or uses one already built from sample/

Counts how many of the example's gold statements about the missile programme are among the
first 15 results, and how many of those do not contain the word "missile", counted twice:
strictly (no "missile" in any form) and as a word (the plural "missiles" allowed). Bar: at
least 10, at least 2 without the word; the exit status is 0 only when the strict count passes.
A result is a gold statement when it comes from the example
article and its content overlaps the gold content by at least half of the shorter of the two.
The gold lives in ../shared/examples/ (not in the repository).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "examples" / "iran-missile-statements.gold.json"
SAMPLE = REPO / "sample"
TOPIC = "Iran's missile program"
FIRST = 15
# Gold statements that are not about the programme: Rouhani's campaign pledge on sanctions and
# foreign investment. Every other gold statement speaks of Iran's missiles, their tests, their
# production or the military power they stand for.
NOT_ABOUT_THE_PROGRAM = {"to engage with the United States and European countries"}


def onrecord(*args: str) -> str:
    command = [sys.executable, "-c", "from onrecord.cli import main; main()", *args]
    done = subprocess.run(command, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    if done.returncode != 0:
        sys.exit(f"onrecord {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def program_gold() -> list[dict]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [s for s in gold["statements"] if not any(s["content"].startswith(p) for p in NOT_ABOUT_THE_PROGRAM)]


def matches(result: dict, gold: dict) -> bool:
    if not result["article_id"].startswith("iran-missile-statements"):
        return False
    a, b = (result["content"]["start"], result["content"]["end"]), (gold["start"], gold["end"])
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store already built from sample/ (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "topic-bar.db")
        if not args.db:
            onrecord("ingest", str(SAMPLE), "--db", db)
        lines = onrecord("quotes", "--db", db, "--topic", TOPIC, "--limit", str(FIRST), "--format", "jsonl")
    results = [json.loads(line) for line in lines.splitlines() if line.strip()]
    golds = program_gold()
    found = [r for r in results if any(matches(r, g) for g in golds)]
    # strictly: no "missile" anywhere (not even "missiles"); as a word: not the word itself
    without = [r for r in found if "missile" not in r["text"].lower()]
    without_word = [r for r in found if not re.search(r"\bmissile\b", r["text"].lower())]
    for n, r in enumerate(results, 1):
        mark = "gold" if r in found else "    "
        print(f"{n:>2} {mark} {r['topic_score']:.3f} {r['speaker_entity_name'] or '?':<24.24} {r['text'][:80]}")
    print(f"gold statements about the programme in the first {FIRST}: {len(found)} of {len(golds)} "
          f"(bar: 10); without 'missile' in any form: {len(without)}, without the word 'missile' "
          f"(plural 'missiles' allowed): {len(without_word)} (bar: 2)")
    sys.exit(0 if len(found) >= 10 and len(without) >= 2 else 1)


if __name__ == "__main__":
    main()
