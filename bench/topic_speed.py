"""Topic speed: embedding time per statement, and topic search latency over 100,000 statements.

    .venv/bin/python bench/topic_speed.py                       # SQLite, 100,000 statements
    .venv/bin/python bench/topic_speed.py --statements 20000 --embed 500     # a quicker look

1. Ingests the bundled sample (sample/: the example article and 43 Wikinews articles) into a
   new store, saying how long extraction, storing and embedding took, then embeds ``--embed``
   of its statements again (repeated as needed) and reports
   statements per second: what `onrecord ingest` adds per statement.
2. Copies the sample's statements, with their vectors, until the store holds ``--statements``
   (synthetic: the same texts under new ids and numbers), and times `quotes --topic` through the
   query layer: the first query of a process (it reads every vector), the next ones (the
   vectors are kept), one filtered by speaker, and the full-text search alone for comparison.
Timings depend on the machine's load: run it again on a quiet machine for figures to quote.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select, text

from onrecord import embeddings, runner
from onrecord.query import Record
from onrecord.query import topics as topic_query
from onrecord.store import Store
from onrecord.store.schema import statement_vectors, statements

REPO = Path(__file__).resolve().parents[1]
# each asked once: a question asked again is answered from memory, which would not measure much
TOPICS = ("Iran's missile program", "the border wall and immigration", "Brexit negotiations with the EU",
          "climate change", "protests in Hong Kong", "North Korea's nuclear weapons", "trade war with China",
          "the impeachment inquiry", "refugees crossing the sea", "elections in Turkey", "police violence",
          "the coronavirus outbreak")


def build(db: str) -> None:
    """Ingest sample/ and say how the time went: extraction, storing, embedding."""
    with Store.open(db) as store:
        summary = runner.run(store, [str(REPO / "sample")], progress=False, report=lambda line: None)
    print(f"ingest of sample/: {summary.statements} statements; extraction {summary.extract_seconds:.1f} s, "
          f"storing {summary.store_seconds:.1f} s, embedding {summary.embed_seconds:.1f} s "
          f"({summary.embedded / max(summary.embed_seconds, 1e-9):.0f} statements/s)")


def embed_rate(store: Store, n: int) -> float:
    with store.engine.connect() as conn:
        texts = [t for (t,) in conn.execute(select(statements.c.content_text))]
    texts = (texts * (n // len(texts) + 1))[:n]
    encoder = embeddings.encoder()
    encoder.encode(texts[:8])  # the model is loaded and warm
    started = time.perf_counter()
    encoder.encode(texts)
    return n / (time.perf_counter() - started)


def grow(store: Store, target: int) -> int:
    """Copy the stored statements and their vectors until there are ``target``."""
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(statements).order_by(statements.c.pk))]
        vectors = {r.statement_pk: r.vector for r in conn.execute(select(statement_vectors))}
        top = conn.execute(text("SELECT MAX(pk) FROM statements")).scalar() or 0
    for r in rows:
        r.pop("search", None)  # PostgreSQL's generated column
    copy = 0
    total = len(rows)
    while total < target:
        copy += 1
        batch, vbatch = [], []
        for r in rows[: target - total]:
            top += 1
            batch.append({**r, "pk": top, "id": f"{r['id']}~{copy}", "seq": top})
            vbatch.append({"statement_pk": top, "model": embeddings.MODEL_ID, "vector": vectors[r["pk"]]})
        with store.engine.begin() as conn:
            conn.execute(insert(statements), batch)
            conn.execute(insert(statement_vectors), vbatch)
        total += len(batch)
    return total


def timed(call, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--embed", type=int, default=2000, help="statements to embed for the rate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "speed.db")
        build(db)
        store = Store.open(db)
        rate = embed_rate(store, args.embed)
        print(f"embedding: {rate:.0f} statements/s ({args.embed} statements, one process); "
              f"{args.statements / rate / 60:.1f} min for {args.statements:,}")
        t0 = time.perf_counter()
        total = grow(store, args.statements)
        print(f"store grown to {total:,} statements with vectors in {time.perf_counter() - t0:.1f} s")
        record = Record(store)
        topic_query._cache.clear()
        first = timed(lambda: record.statements(topic=TOPICS[0], limit=20))
        warm = [timed(lambda t=t: record.statements(topic=t, limit=20)) for t in TOPICS[1:7]]
        speaker = [timed(lambda t=t: record.statements(topic=t, speaker="Donald Trump", limit=20))
                   for t in TOPICS[7:]]
        words = timed(lambda: record.statements(search="missile program", limit=20), 3)
        one = timed(lambda: topic_query.topic_vector("a topic of a few words"), 5)
        print(f"topic search over {total:,} statements, best 20: first query {first * 1000:.0f} ms (reads every "
              f"vector), then median {statistics.median(warm) * 1000:.0f} ms, max {max(warm) * 1000:.0f} ms "
              f"({len(warm)} other topics); with --speaker median {statistics.median(speaker) * 1000:.0f} ms "
              f"({len(speaker)} topics); embedding the topic alone {one * 1000:.0f} ms; "
              f"full-text --search for comparison {words * 1000:.0f} ms")
        store.close()


if __name__ == "__main__":
    main()
