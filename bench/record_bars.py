"""The record's bars on the 303-article Wikinews sample, checked on real extraction output.

    .venv/bin/python bench/record_bars.py            # SQLite, and PostgreSQL when reachable

Extracts every article once, then stores the records in SQLite (and PostgreSQL) and prints:
- the stats after one ingest and after a second one (they must be identical);
- whether SQLite and PostgreSQL give the same stats and the same answers to a few queries;
- who "Trump" may be (Donald, Melania, Ivanka... each their own entity), and Donald Trump's
  entity found by "Donald Trump", with how many articles;
- every entity whose speakers carry two different first names (two people in one entity).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, select, text

from onrecord import nlp as nlp_loader
from onrecord.extract.pipeline import process_many
from onrecord.model import Article
from onrecord.query import Record
from onrecord.resolve.identity import person_tokens
from onrecord.store import Store
from onrecord.store.schema import article_speakers, entities

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"
PG_URL = os.environ.get("ONRECORD_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ARTICLE_FIELDS = ("id", "text", "title", "published", "url")
QUERIES = ({"speaker": "Donald Trump"}, {"speaker": "Boris Johnson"}, {"search": "impeachment"},
           {"search": "climate change"}, {"kind": "belief"}, {"since": "2020-01", "until": "2020-03"})


def ingest_twice(store: Store, pairs) -> dict:
    for i in range(0, len(pairs), 32):
        store.save(pairs[i:i + 32])
    first = Record(store).stats()
    for i in range(0, len(pairs), 32):
        store.save(pairs[i:i + 32])
    second = Record(store).stats()
    print(f"  after one ingest:  {json.dumps({k: first[k] for k in ('articles', 'statements', 'speakers')})}")
    print(f"  after a second:    identical = {first == second}")
    return first


def answers(store: Store) -> list:
    r = Record(store)
    return [sorted(s.id for s in r.statements(**q, limit=None)) for q in QUERIES]


def mixed_people(store: Store) -> list[tuple[str, list[str]]]:
    firsts: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(select(article_speakers.c.entity_id, article_speakers.c.name)
                            .join(entities, entities.c.id == article_speakers.c.entity_id)
                            .where(entities.c.type == "PERSON")).all()
    for entity_id, name in rows:
        tokens = person_tokens(name)
        if len(tokens) >= 2 and len(tokens[0].rstrip(".")) > 1:
            firsts.setdefault(entity_id, set()).add(tokens[0])
    return sorted((e, sorted(f)) for e, f in firsts.items() if len(f) > 1)


def main() -> None:
    with open(WIKINEWS, encoding="utf-8") as lines:
        articles = [Article(**{k: v for k, v in json.loads(line).items() if k in ARTICLE_FIELDS})
                    for line in lines if line.strip()]
    t = time.perf_counter()
    records = list(process_many(articles, nlp_loader.load(), batch_size=32))
    print(f"extracted {len(articles)} articles in {time.perf_counter() - t:.0f} s")
    pairs = list(zip(articles, records, strict=False))

    with tempfile.TemporaryDirectory() as tmp:
        lite = Store.open(str(Path(tmp) / "bars.db"))
        print("SQLite:")
        lite_stats = ingest_twice(lite, pairs)
        r = Record(lite)
        trumps, by_name = r.find_speakers("Trump"), r.speaker("Donald Trump")
        trump_articles = {s.article_id for s in r.statements(speaker="Donald Trump", limit=None)}
        print(f"  'Trump' may be: {', '.join(f'{c.name} ({c.statements})' for c in trumps)}")
        print(f"  'Donald Trump' -> {by_name.id}: {by_name.statements} statements from {len(trump_articles)} articles")
        mixed = mixed_people(lite)
        print(f"  entities holding people of different first names: {len(mixed)}")
        for entity_id, names in mixed:
            print(f"    {entity_id}: {', '.join(names)}")

        schema = "onrecord_bars_" + uuid.uuid4().hex[:8]
        try:
            admin = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        except Exception as e:
            print(f"PostgreSQL: skipped, {PG_URL} unreachable ({type(e).__name__})")
            return
        try:
            pg = Store.open(PG_URL, pg_schema=schema)
            print("PostgreSQL:")
            pg_stats = ingest_twice(pg, pairs)
            same_stats = {k: v for k, v in pg_stats.items() if k != "database"} == {
                k: v for k, v in lite_stats.items() if k != "database"}
            print(f"  same stats as SQLite: {same_stats}; same answers to {len(QUERIES)} queries: "
                  f"{answers(pg) == answers(lite)}")
            pg.close()
        finally:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    sys.exit(main())
