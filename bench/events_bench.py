#!/usr/bin/env python3
"""Time per article of ``process_many`` with and without the event pass (bar: at most +25%).

    .venv/bin/python bench/events_bench.py                 # first 100 Wikinews articles, best of 3
    .venv/bin/python bench/events_bench.py -n 50 --repeat 5

Runs alternate (without, with, without, ...) after a warm-up and the best of each is kept, so
other load on the machine hurts both alike. The event pass alone (``find_events`` over docs
parsed once) is timed too.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from onrecord import nlp as nlp_loader
from onrecord.extract.events.coder import find_events
from onrecord.extract.pipeline import process_many
from onrecord.model import Article

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", default=str(WIKINEWS))
    args = ap.parse_args()
    articles = []
    with open(args.corpus, encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and len(articles) < args.n:
                row = json.loads(line)
                articles.append(Article(id=str(row["id"]), text=row["text"], published=row.get("published")))
    nlp = nlp_loader.load()
    list(process_many(articles[:5], nlp))  # warm-up: model caches, tables, event model

    def run(events: bool) -> float:
        start = time.perf_counter()
        n_events = sum(len(r.events) for r in process_many(articles, nlp, events=events))
        run.events = n_events
        return time.perf_counter() - start

    without, with_ = [], []
    for _ in range(args.repeat):
        without.append(run(False))
        with_.append(run(True))
    docs = list(nlp.pipe(a.text for a in articles))
    start = time.perf_counter()
    for a, d in zip(articles, docs, strict=False):
        find_events(d, a.id, a.published)
    alone = time.perf_counter() - start
    base, full = min(without), min(with_)
    n = len(articles)
    print(json.dumps({"articles": n, "events": run.events,
                      "s_per_article_without_events": round(base / n, 4),
                      "s_per_article_with_events": round(full / n, 4),
                      "event_pass_alone_s_per_article": round(alone / n, 4),
                      "added_percent": round(100 * (full - base) / base, 1),
                      "bar_percent": 25}, indent=1))


if __name__ == "__main__":
    main()
