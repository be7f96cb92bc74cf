"""Speaker precision per pass of the speaker sieve: judged statements joined with the rule that
named their speaker in a record (``onrecord extract CORPUS -o RECORDS.jsonl``).

    .venv/bin/python bench/pass_precision.py RECORDS.jsonl bench/judged/statements-dev-seed3001.jsonl

A judged statement is matched to the record's statement of the same article that shares the
most of its content (the same offsets first); "he"/"she", "they" and "it" are counted apart within the rule "pronoun".
Only real statements (``statement_ok``) count; the speaker judged is the one of the judged
record, so a rule whose answer changed since is counted under its new rule with the old label.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

KINDS = {"he": "personal", "she": "personal", "him": "personal", "her": "personal", "they": "plural",
         "them": "plural", "it": "thing"}


def pass_of(statement: dict) -> str:
    speaker = statement.get("speaker") or {}
    rule = speaker.get("rule") or "(no speaker)"
    if rule == "pronoun":
        return f"pronoun/{KINDS.get(speaker['mention']['text'].lower(), 'other')}"
    return rule


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records")
    parser.add_argument("judged", nargs="+")
    args = parser.parse_args()
    statements: dict[str, list[dict]] = defaultdict(list)
    with open(args.records, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            statements[record["id"]] += record.get("statements") or []
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in args.judged:
        with open(path, encoding="utf-8") as lines:
            for j in map(json.loads, lines):
                if not j.get("statement_ok") or "start" not in j:
                    continue
                # the same offsets first, else the most content shared: statements may overlap
                overlaps = [((s["content"]["start"], s["content"]["end"]) == (j["start"], j["end"]),
                             min(s["content"]["end"], j["end"]) - max(s["content"]["start"], j["start"]), s)
                            for s in statements.get(j["article_id"], [])]
                best = max(overlaps, key=lambda o: o[:2], default=(False, 0, None))
                name = pass_of(best[2]) if best[2] is not None and best[1] > 0 else "(dropped)"
                tally[name][0] += bool(j["speaker_ok"])
                tally[name][1] += 1
    for name, (right, n) in sorted(tally.items(), key=lambda item: -item[1][1]):
        print(f"{name:20s} {right:4d}/{n:<4d} {right / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
