"""The store at scale: query latency over >= 100,000 statements, and what storing adds to extraction.

    .venv/bin/python bench/store_bench.py                      # 100,000 statements, SQLite (+ PostgreSQL if up)
    .venv/bin/python bench/store_bench.py --statements 20000 --no-pg --articles 50

1. Builds a store from synthesized records: real sentences of the Wikinews sample as statement
   content, a few thousand speakers whose statement counts follow a Zipf law (a few speak a
   lot), one in five named by surname only, dates over six years. No spaCy: records are plain
   data, so this measures the store alone. Prints the build rate, then p50/p95 of a speaker
   query (any alias → that speaker's 50 newest statements) and of a full-text search (best 20
   with snippets), on SQLite and, when reachable, PostgreSQL (ONRECORD_BENCH_PG_URL, default the
   local test server; its own schema, dropped afterwards).
2. Extracts and stores ~100 real Wikinews articles, and prints the extraction time beside the
   time the store took: the issue's bar is storing <= 10% on top of extraction.
Run it once or twice, not in a loop: the CPU is shared.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from onrecord import nlp as nlp_loader
from onrecord import runner
from onrecord.extract.pipeline import process_many
from onrecord.model import Article, ArticleRecord, Entity, Speaker, Statement, TextSpan
from onrecord.query import Record
from onrecord.store import Store

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"
PG_URL = os.environ.get("ONRECORD_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

FIRST = ("Ali Hassan Mohsen Donald Joe Nancy Angela Emmanuel Boris Theresa Vladimir Xi Narendra Recep "
         "Benjamin Justin Jacinda Kim Moon Shinzo Jair Andrés Cyril Abiy Mohammed Salman Hillary Bernie "
         "Elizabeth Kamala Mike Mitch Chuck Rand Ted Marco Jeb John Paul George").split()
ARTICLE_FIELDS = ("id", "text", "title", "published", "url")
CUES = ("said", "told reporters", "added", "argued", "warned", "claimed", "insisted", "stressed")
WHEN = ("", " on Monday", " on Tuesday", " yesterday", " last week", " in May", " on July 3", "")


def sentences(limit: int = 20000) -> list[str]:
    found = []
    with open(WIKINEWS, encoding="utf-8") as lines:
        for line in lines:
            for s in re.split(r"(?<=[.!?])\s+", json.loads(line)["text"]):
                s = s.strip().rstrip(".")
                if 40 <= len(s) <= 240 and "\n" not in s:
                    found.append(s)
    return found[:limit]


def surnames(pool: list[str], n: int) -> list[str]:
    words = sorted({w for s in pool for w in re.findall(r"\b[A-Z][a-z]{3,}\b", s)})
    random.Random(7).shuffle(words)
    return words[:n]


def synth_records(n_statements: int, seed: int = 1) -> list[tuple[Article, ArticleRecord]]:
    rng = random.Random(seed)
    pool = sentences()
    people = [(rng.choice(FIRST), s) for s in surnames(pool, 3000)]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(people))]  # Zipf-like: a few speak a lot
    out, made, n = [], 0, 0
    while made < n_statements:
        n += 1
        aid = f"bench-{n:06d}"
        year, month, day = rng.randint(2015, 2020), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}"
        speakers = rng.choices(range(len(people)), weights, k=rng.randint(1, 4))
        text, statements, entities = "", [], {}
        for k in range(rng.randint(6, 14)):
            who = people[rng.choice(speakers)]
            full = f"{who[0]} {who[1]}"
            eid = entities.setdefault(full, Entity(f"e{len(entities) + 1}", full, "PERSON", [who[1]],
                                                   ["minister"] if hash(full) % 3 == 0 else [], None)).id
            name = who[1] if rng.random() < 0.2 and k else full
            content = rng.choice(pool)
            start_sentence = len(text)
            text += "“"
            c0 = len(text)
            text += content
            c1 = len(text)
            text += ",” "
            m0 = len(text)
            text += name
            m1 = len(text)
            cue = rng.choice(CUES)
            text += " " + cue + rng.choice(WHEN) + ". "
            statements.append(Statement(
                f"{aid}#s{k + 1}", rng.choice(("direct", "direct", "indirect", "mixed")),
                TextSpan(c0, c1, content), TextSpan(m1 + 1, m1 + 1 + len(cue), cue),
                Speaker(full, "PERSON", TextSpan(m0, m1, name), eid), TextSpan(start_sentence, len(text) - 1,
                                                                              text[start_sentence:-1]),
                published, 0.9))
        made += len(statements)
        out.append((Article(aid, text, published=published, url=f"https://example.org/{aid}"),
                    ArticleRecord(aid, None, published, f"https://example.org/{aid}", statements,
                                  list(entities.values()))))
    return out


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ms)})"


def bench_queries(label: str, store: Store, records, runs: int) -> None:
    rng = random.Random(3)
    t0 = time.perf_counter()
    batch = 500
    for i in range(0, len(records), batch):
        store.save(records[i:i + batch])
    build = time.perf_counter() - t0
    counts = store.counts()
    print(f"[{label}] built {counts['statements']:,} statements, {counts['articles']:,} articles, "
          f"{counts['speakers']:,} speakers in {build:.0f} s ({counts['statements'] / build:,.0f} statements/s)")
    record = Record(store)
    names = [s.name for s in record.speakers(limit=3000)]
    # most asked-about speakers are the prolific ones: half the queries among the top 50
    asked = [rng.choice(names[:50]) if rng.random() < 0.5 else rng.choice(names) for _ in range(runs)]
    asked = [n.split()[-1] if rng.random() < 0.3 else n for n in asked]  # some by surname only
    times = []
    for name in asked:
        t = time.perf_counter()
        try:
            record.statements(speaker=name, limit=50)
        except LookupError:  # a surname two speakers share: the candidates are the answer
            pass
        times.append(time.perf_counter() - t)
    print(f"[{label}] speaker query (50 newest):       {percentiles(times)}")
    words = [w for w in re.findall(r"[a-z]{5,}", " ".join(s for s in sentences(3000))) if w.isalpha()]
    times = []
    for _ in range(runs):
        query = " ".join(rng.sample(words, rng.choice((1, 1, 2))))
        t = time.perf_counter()
        record.statements(search=query, limit=20)
        times.append(time.perf_counter() - t)
    print(f"[{label}] full-text search (best 20):      {percentiles(times)}")
    times = []
    for name in asked[: runs // 2]:
        t = time.perf_counter()
        try:
            record.statements(speaker=name, search=rng.choice(words), limit=20)
        except LookupError:
            pass
        times.append(time.perf_counter() - t)
    print(f"[{label}] speaker + search:                {percentiles(times)}")


def bench_ingest(n_articles: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with open(WIKINEWS, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
            for _, line in zip(range(n_articles), src, strict=False):
                dst.write(line)
        articles = [Article(**{k: v for k, v in json.loads(line).items() if k in ARTICLE_FIELDS})
                    for line in path.read_text(encoding="utf-8").splitlines()]
        nlp = nlp_loader.load()
        list(process_many(articles[:5], nlp))  # warm-up
        t = time.perf_counter()
        list(process_many(articles, nlp, batch_size=32))
        extract_only = time.perf_counter() - t
        store = Store.open(str(Path(tmp) / "ingest.db"))
        t = time.perf_counter()
        summary = runner.run(store, [str(path)], batch_size=32, progress=False)
        both = time.perf_counter() - t
        store.close()
    print(f"[ingest] {n_articles} Wikinews articles, {summary.statements} statements, one process:")
    print(f"[ingest]   extraction alone            {extract_only:6.2f} s")
    print(f"[ingest]   extraction + storing        {both:6.2f} s   (+{100 * (both / extract_only - 1):.1f}%)")
    print(f"[ingest]   of which the store's writes  {summary.store_seconds:6.2f} s   "
          f"({100 * summary.store_seconds / summary.extract_seconds:.1f}% of extraction)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200, help="queries timed per kind")
    parser.add_argument("--articles", type=int, default=100, help="Wikinews articles for the ingest bench")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--skip-scale", action="store_true", help="only the ingest bench")
    args = parser.parse_args()

    if not args.skip_scale:
        records = synth_records(args.statements)
        print(f"synthesized {sum(len(r.statements) for _, r in records):,} statements in {len(records):,} articles")
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(str(Path(tmp) / "bench.db"))
            bench_queries("sqlite", store, records, args.runs)
            store.close()
        if not args.no_pg:
            schema = "onrecord_bench_" + uuid.uuid4().hex[:8]
            try:
                admin = create_engine(PG_URL, connect_args={"connect_timeout": 3})
                with admin.begin() as conn:
                    conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            except Exception as e:
                print(f"[postgresql] skipped: {PG_URL} unreachable ({type(e).__name__})")
            else:
                try:
                    store = Store.open(PG_URL, pg_schema=schema)
                    bench_queries("postgresql", store, records, args.runs)
                    store.close()
                finally:
                    with admin.begin() as conn:
                        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    bench_ingest(args.articles)


if __name__ == "__main__":
    main()
