"""Page times of the web app on a store of 100,000 statements.

    .venv/bin/python bench/web_bench.py                  # 100,000 statements, 100 requests per page
    .venv/bin/python bench/web_bench.py --statements 20000 --runs 30

Builds the store the way bench/store_bench.py does (synthesized records over real Wikinews
sentences, Zipf-distributed speakers), then requests each page through the whole app (routing,
query layer, template) with FastAPI's TestClient and prints p50/p95 per page. The issue's bar:
p95 under 200 ms. Run it once, not in a loop: the CPU is shared.
"""
from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from onrecord.query import open_read_only
from onrecord.store import Store
from onrecord.web import create_app
from store_bench import percentiles, sentences, synth_records  # bench/ is on the path: the script's folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=100, help="requests timed per page")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "web.db")
        store = Store.open(path)
        records = synth_records(args.statements)
        t = time.perf_counter()
        for i in range(0, len(records), 500):
            store.save(records[i:i + 500])
        counts = store.counts()
        store.close()
        print(f"built {counts['statements']:,} statements, {counts['articles']:,} articles, "
              f"{counts['speakers']:,} speakers in {time.perf_counter() - t:.0f} s")
        record = open_read_only(path)
        client = TestClient(create_app(record))
        speakers = [s.id for s in record.speakers(limit=3000)]
        asked = [rng.choice(speakers[:20]) if rng.random() < 0.5 else rng.choice(speakers) for _ in range(args.runs)]
        words = [w for w in re.findall(r"[a-z]{5,}", " ".join(sentences(3000)))]
        articles = [a for a, _ in [(r[0].id, 0) for r in records]]
        pages = {
            "search page, newest":        lambda i: f"/?page={1 + i % 5}",
            "search page, words":         lambda i: "/?q=" + quote(" ".join(rng.sample(words, rng.choice((1, 2))))),
            "search page, speaker+dates": lambda i: f"/?speaker={quote(asked[i])}&since=2017&until=2019-06",
            "speaker page":               lambda i: f"/speakers/{quote(asked[i])}",
            "article page":               lambda i: f"/articles/{rng.choice(articles)}#s1",
            "API /api/statements":        lambda i: f"/api/statements?speaker={quote(asked[i])}&limit=50",
            "API /api/search":            lambda i: "/api/search?q=" + quote(rng.choice(words)),
        }
        client.get("/")  # warm-up: templates compiled, connections opened
        print(f"{'page':<28} {'':>2}times over {args.runs} requests each")
        for name, url in pages.items():
            times = []
            for i in range(args.runs):
                u = url(i)
                t = time.perf_counter()
                answer = client.get(u)
                times.append(time.perf_counter() - t)
                assert answer.status_code == 200, (u, answer.status_code)
            print(f"{name:<28} {percentiles(times)}")
        record.store.close()


if __name__ == "__main__":
    main()
