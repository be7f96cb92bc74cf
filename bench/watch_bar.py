"""The watch bar: a watch created on a store, two ingests of two halves of a corpus, and
`onrecord watch check` after each returns exactly the new matching statements, none twice; the
Atom feed parses, with one entry per match.

    .venv/bin/python bench/watch_bar.py                       # the 43 Wikinews articles of sample/, SQLite
    .venv/bin/python bench/watch_bar.py --db postgresql://postgres@127.0.0.1:5432/test   # a new schema there
    .venv/bin/python bench/watch_bar.py --corpus ../shared/corpora/wikinews/wikinews.jsonl

Watches: by speaker, by words with a kind, by topic, by country. "Exactly the new matches" is
checked against `onrecord quotes` with the same filters before and after each ingest (speaker,
words, kind); for every watch, the two checks together must equal all its matches in the store,
each once, and its feed (parsed by feedparser, as a feed reader would) must hold one entry each.
Prints one line per watch and check, and the verdict.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import feedparser
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from onrecord.query import open_read_only
from onrecord.query.watches import matches
from onrecord.store import Store
from onrecord.web.app import create_app

REPO = Path(__file__).resolve().parents[1]
WATCHES = {
    "trump": ["--speaker", "Donald Trump"],
    "wall": ["--search", "wall", "--kind", "indirect,mixed"],
    "missiles": ["--topic", "Iran's missile program"],
    "iran": ["--country", "IRN"],
}
QUOTES_FILTERS = {"trump": ["--speaker", "Donald Trump"], "wall": ["--search", "wall", "--kind", "indirect,mixed"]}


def onrecord(*args: str, ok=(0,)) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-c", "from onrecord.cli import main; main()", *args],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    if done.returncode not in ok:
        sys.exit(f"onrecord {' '.join(args[:3])}... failed: {done.stderr.strip()}")
    return done


def ids(output: str) -> list[str]:
    return [json.loads(line)["id"] for line in output.splitlines() if line.startswith("{")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(REPO / "sample" / "wikinews.jsonl"), help="a JSONL of articles")
    parser.add_argument("--db", help="a postgresql:// URL: run there, in a new schema dropped afterwards")
    args = parser.parse_args()
    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    schema = None
    with tempfile.TemporaryDirectory() as tmp:
        halves = [Path(tmp) / "first.jsonl", Path(tmp) / "second.jsonl"]
        halves[0].write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
        halves[1].write_text("\n".join(lines[len(lines) // 2:]) + "\n", encoding="utf-8")
        db = str(Path(tmp) / "watch-bar.db")
        if args.db:
            schema = f"watchbar_{uuid.uuid4().hex[:8]}"
            with create_engine(args.db.replace("postgresql://", "postgresql+psycopg://")).begin() as conn:
                conn.execute(text(f"CREATE SCHEMA {schema}"))
            db = f"{args.db}?options=-csearch_path%3D{schema}"
        try:
            ok = run(db, halves)
        finally:
            if schema:
                with create_engine(args.db.replace("postgresql://", "postgresql+psycopg://")).begin() as conn:
                    conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    print("bar met" if ok else "bar NOT met")
    sys.exit(0 if ok else 1)


def run(db: str, halves: list[Path]) -> bool:
    ok = True
    Store.open(db).close()
    for name, filters in WATCHES.items():
        onrecord("watch", "add", name, *filters, "--db", db)
    reported: dict[str, list[str]] = {name: [] for name in WATCHES}
    for n, half in enumerate(halves, 1):
        before = {name: set(ids(onrecord("quotes", "--db", db, "--format", "jsonl", "--limit", "0", *f,
                                         ok=(0, 1)).stdout)) for name, f in QUOTES_FILTERS.items()}
        ingested = onrecord("ingest", str(half), "--db", db, ok=(0, 1))
        said = {line.split(":")[1].split()[-1]: line for line in ingested.stderr.splitlines() if " watch " in line}
        for name in WATCHES:
            got = ids(onrecord("watch", "check", name, "--db", db, "--format", "jsonl").stdout)
            again = ids(onrecord("watch", "check", name, "--db", db, "--format", "jsonl").stdout)
            exact = ""
            if name in QUOTES_FILTERS:
                after = set(ids(onrecord("quotes", "--db", db, "--format", "jsonl", "--limit", "0",
                                         *QUOTES_FILTERS[name]).stdout))
                same = set(got) == after - before[name]
                exact = f", exactly the new ones by `quotes`: {same}"
                ok &= same
            twice = len(got) != len(set(got)) or bool(set(got) & set(reported[name])) or bool(again)
            ok &= not twice
            reported[name] += got
            print(f"ingest {n}, watch {name}: {len(got)} new ({said.get(name, '').strip()}){exact}; "
                  f"any twice: {twice}")
    record = open_read_only(db)
    client = TestClient(create_app(record))
    for name in WATCHES:
        watch = record.store.watch(name)
        assert watch is not None
        every = [v.id for v, _ in matches(record.store, watch, watch.start_seq)]
        feed = feedparser.parse(client.get(f"/watch/{name}.atom").content)
        entries = len(feed.entries)
        good = (sorted(every) == sorted(reported[name]) and not feed.bozo
                and entries == min(len(every), 100))
        ok &= good
        print(f"watch {name}: {len(reported[name])} reported in all, {len(every)} matches in the store, "
              f"feed parses: {not feed.bozo}, {entries} entries")
    return ok


if __name__ == "__main__":
    main()
