"""Topics other than the bar's: how many of the first 10 statements are on the topic, on a store
of sample/ (the example article and the 43 Wikinews articles).

    .venv/bin/python bench/topic_others.py --db PATH    # a store built from sample/ (see topic_bar.py)

Six topics, judged by reading each statement in its article (bench/topic_judged.json: statement
id -> on the topic or not, with the start of its text). A result nobody has judged yet is listed
with UNJUDGED and counted as off the topic: read it, add it to the file, run again. Two of the
topics have little or nothing in the sample ("trade with China" none, "police violence" one or
two statements): they show what a ranking puts forward when the record has nothing to say.
Counts are of statements on the topic among the first 10 (fewer come back when fewer reach the
similarity floor).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from topic_bar import onrecord  # bench/ is on the path: the script's folder

JUDGED = Path(__file__).resolve().parent / "topic_judged.json"
TOPICS = ("climate change", "the coronavirus pandemic", "elections", "trade with China", "police violence",
          "the border wall and immigration")
FIRST = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store built from sample/")
    args = parser.parse_args()
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    total, unjudged = 0, 0
    for topic in TOPICS:
        lines = onrecord("quotes", "--db", args.db, "--topic", topic, "--limit", str(FIRST), "--format", "jsonl")
        results = [json.loads(line) for line in lines.splitlines() if line.strip()]
        known = judged.get(topic, {})
        on = 0
        print(f"== {topic}")
        for n, r in enumerate(results, 1):
            verdict = known.get(r["id"])
            mark = "UNJUDGED" if verdict is None else ("on" if verdict["on_topic"] else "off")
            on += bool(verdict and verdict["on_topic"])
            unjudged += verdict is None
            print(f"  {n:>2} {mark:<8} {r['topic_score']:.3f} {r['id']:<28} {' '.join(r['text'].split())[:70]}")
        print(f"  on the topic: {on} of the first {FIRST} ({len(results)} returned)")
        total += on
    print(f"on the topic in the first {FIRST}, all {len(TOPICS)} topics: {total} of {FIRST * len(TOPICS)}"
          + (f" ({unjudged} unjudged, counted off)" if unjudged else ""))


if __name__ == "__main__":
    main()
