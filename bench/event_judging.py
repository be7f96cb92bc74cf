"""Random samples of the stored events for judging by hand, as bench/judging.py does for statements.

Events are drawn from one half of the Wikinews corpus (the same split by article id as
statements, ``judging.half_of``), with a seed not used before. Each line of a drawn sample
shows the event, its sentence and the fields a judge fills in:

- ``type_ok``: the sentence reports a real event of that PLOVER type (see
  ../shared/corpora/plover/plover_summary.md), done by actors: not a figure of speech, not a
  plain statement; a hypothetical or planned one counts only when the event is flagged so.
- ``actor_ok``: the actor is who did it (its words, or the entity they name), and its country
  code is right (null when it has none and none is due).
- ``target_ok``: the target is whom it was done to, with the right country, or is null when the
  event has none.
- ``reason`` when something is wrong: not_event, figurative, wrong_type, statement_only,
  wrong_actor, actor_country, wrong_target, target_country, missing_target, other.

    onrecord ingest ../shared/corpora/wikinews/wikinews.jsonl --db wikinews.db
    .venv/bin/python bench/event_judging.py draw wikinews.db --half report --n 100 --seed 611 -o events.jsonl
    (--min-confidence 0.75 draws from the surest events only, as `onrecord events --min-confidence`)
    (judge: add type_ok, actor_ok, target_ok, reason to each line)
    .venv/bin/python bench/event_judging.py score events.jsonl
    .venv/bin/python bench/event_judging.py keep events.jsonl -o bench/judged/events-report-seed611.jsonl

Kept samples hold article ids, offsets, codes and labels only (no corpus text).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

from judging import CORPUS, HALVES, REPO, _texts, half_of

LABELS = ("type_ok", "actor_ok", "target_ok")


def stored_events(store: str, min_confidence: float | None = None) -> list[dict]:
    floor = ["--min-confidence", str(min_confidence)] if min_confidence else []
    out = subprocess.run([str(REPO / ".venv/bin/onrecord"), "events", "--db", store, "--limit", "0",
                          "--format", "jsonl", *floor], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _party(p: dict | None) -> dict | None:
    return {"text": p["text"], "start": p["start"], "end": p["end"], "country": p.get("country"),
            "sector": p.get("sector")} if p else None


def draw(args: argparse.Namespace) -> None:
    texts = _texts(args.corpus)
    pool = sorted((e for e in stored_events(args.store, args.min_confidence) if half_of(e["article_id"]) == args.half),
                  key=lambda e: e["id"])  # the store's order must not change the sample
    random.seed(args.seed)
    sample = random.sample(pool, min(args.n, len(pool)))
    with open(args.o, "w", encoding="utf-8") as f:
        for n, e in enumerate(sample, 1):
            sentence = e.get("sentence") or {}
            f.write(json.dumps({
                "n": n, "article_id": e["article_id"], "event_id": e["id"], "type": e["type"], "mode": e.get("mode"),
                "trigger": e.get("trigger"), "actor": _party(e.get("actor")), "target": _party(e.get("target")),
                "location": e.get("location"), "flags": [k for k in ("negated", "hypothetical", "future") if e.get(k)],
                "sentence": texts.get(e["article_id"], "")[sentence.get("start", 0):sentence.get("end", 0)],
            }, ensure_ascii=False) + "\n")
    print(f"{len(sample)} of {len(pool)} events of the {args.half} half written to {args.o}")


def score(args: argparse.Namespace) -> None:
    judged = [json.loads(line) for line in open(args.judged, encoding="utf-8") if line.strip()]
    n = len(judged)
    typed = [j for j in judged if j.get("type_ok")]
    both = [j for j in typed if j.get("actor_ok") and j.get("target_ok")]
    reasons: dict[str, int] = {}
    for j in judged:
        if j.get("reason"):
            reasons[j["reason"]] = reasons.get(j["reason"], 0) + 1
    print(json.dumps({
        "events": n,
        "type_right": round(len(typed) / n, 3) if n else None,
        "actor_and_target_right": round(len(both) / n, 3) if n else None,
        "actor_and_target_right_of_typed": round(len(both) / len(typed), 3) if typed else None,
        "actor_right": round(sum(bool(j.get("actor_ok")) for j in typed) / n, 3) if n else None,
        "target_right": round(sum(bool(j.get("target_ok")) for j in typed) / n, 3) if n else None,
        "reasons": dict(sorted(reasons.items(), key=lambda kv: -kv[1])),
    }, indent=1))


def keep(args: argparse.Namespace) -> None:
    """A judged sample without corpus text: ids, offsets, codes and labels."""
    with open(args.o, "w", encoding="utf-8") as out:
        for line in open(args.judged, encoding="utf-8"):
            if not line.strip():
                continue
            j = json.loads(line)
            strip = {k: v for k, v in j.items() if k not in ("sentence",)}
            for side in ("actor", "target"):
                if strip.get(side):
                    strip[side] = {k: v for k, v in strip[side].items() if k != "text"}
            if strip.get("trigger"):
                strip["trigger"] = {k: v for k, v in strip["trigger"].items() if k != "text"}
            if strip.get("location"):
                strip["location"] = {k: v for k, v in strip["location"].items() if k != "text"}
            out.write(json.dumps(strip, ensure_ascii=False) + "\n")
    print(f"kept {args.judged} as {args.o}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("draw", help="events from a store built from the Wikinews corpus")
    d.add_argument("store")
    d.add_argument("--half", choices=HALVES, required=True)
    d.add_argument("--n", type=int, default=100)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    d.add_argument("--min-confidence", type=float, help="only events at least this likely (the surest tier)")
    d.add_argument("-o", required=True)
    s = commands.add_parser("score", help="the fractions judged right")
    s.add_argument("judged")
    k = commands.add_parser("keep", help="a judged sample as ids, offsets, codes and labels")
    k.add_argument("judged")
    k.add_argument("-o", required=True)
    args = parser.parse_args()
    {"draw": draw, "score": score, "keep": keep}[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
