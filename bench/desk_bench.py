"""Times of the analyst's desk on an existing store: a country briefing, the speaker and article
pages with their events, and GET /api/events.

    .venv/bin/python bench/desk_bench.py --db wikinews.db [--country IRN] [--speaker donald-trump]
        [--article iran-missile-statements] [--runs 20]

The first country lookup codes every speaker's affiliation, roles and name (cold); later ones
reuse the coded words. Each page is requested through the whole app with FastAPI's TestClient;
p50/p95 are printed. Run it once, not in a loop: the CPU is shared.
"""
from __future__ import annotations

import argparse
import time
from urllib.parse import quote

from fastapi.testclient import TestClient

from onrecord.query import open_read_only
from onrecord.query.countries import speakers_of_country
from onrecord.report import Selection, build
from onrecord.web import create_app
from store_bench import percentiles  # bench/ is on the path: the script's folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--country", default="IRN")
    parser.add_argument("--speaker", default="donald-trump")
    parser.add_argument("--article", default="iran-missile-statements")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    record = open_read_only(args.db)
    start = time.perf_counter()
    speakers = speakers_of_country(record.store, args.country)
    print(f"speakers of {args.country}, cold: {time.perf_counter() - start:.3f} s ({len(speakers)} speakers)")
    start = time.perf_counter()
    briefing = build(record, Selection(country=args.country))
    print(f"brief --country {args.country}: {time.perf_counter() - start:.3f} s "
          f"({len(briefing.statements)} statements, {len(briefing.context)} events of context)")
    client = TestClient(create_app(record))
    pages = {"speaker page": f"/speakers/{quote(args.speaker)}", "article page": f"/articles/{quote(args.article)}",
             f"/api/events?country={args.country}": f"/api/events?country={args.country}&limit=50"}
    for name, url in pages.items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            assert client.get(url).status_code == 200, url
            times.append(time.perf_counter() - start)
        print(f"{name}: {percentiles(times)}")


if __name__ == "__main__":
    main()
