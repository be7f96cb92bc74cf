#!/usr/bin/env python3
"""Compare the cross-article entities of two stores of the same articles: which entities the
second store joined or split, with the names of their members, and counts of each store.

    PYTHONPATH=src .venv/bin/python bench/entity_diff.py out/before.db out/after.db
"""
from __future__ import annotations

import argparse
import sqlite3
from collections import defaultdict


def load(path: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, str, int]]]:
    conn = sqlite3.connect(path)
    entity, info = {}, {}
    for article, local, name, type_, eid, count in conn.execute(
            "select article_id, local_id, name, type, entity_id, statement_count from article_speakers"):
        if eid:
            entity[(article, local)] = eid
        info[(article, local)] = (name, type_, count)
    return entity, info


def counts(entity: dict, info: dict) -> str:
    members = defaultdict(set)
    for key, eid in entity.items():
        members[eid].add(key)
    speaking = {e for e, ks in members.items() if any(info[k][2] for k in ks)}
    cross = {e for e in speaking if len({a for a, _ in members[e]}) >= 2}
    return f"{len(speaking)} speaking entities, {len(cross)} of them in two articles or more"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    args = ap.parse_args()
    before, info = load(args.before)
    after, info_after = load(args.after)
    info = {**info_after, **info}  # an article's speakers may differ too: each store's own ids
    print("before:", counts(before, info))
    print("after: ", counts(after, info))
    for title, a, b in (("joined", before, after), ("split", after, before)):
        groups = defaultdict(lambda: defaultdict(list))
        for key, eid in b.items():
            groups[eid][a.get(key, "-")].append(key)
        print(f"\n== entities the {'after' if title == 'joined' else 'before'} store has that "
              f"{title} several of the other's")
        for eid in sorted(groups):
            parts = groups[eid]
            if len(parts) < 2:
                continue
            print(f"{eid}:")
            for other, keys in sorted(parts.items()):
                names = sorted({f"{info[k][0]} [{info[k][1]}]" for k in keys})
                arts = len({k[0] for k in keys})
                said = sum(info[k][2] for k in keys)
                print(f"   {other}  ({arts} articles, {said} statements): {'; '.join(names)}")


if __name__ == "__main__":
    main()
