"""Database faults during `onrecord ingest`, on the Wikinews corpus, compared with a run left alone.

    .venv/bin/python bench/fault_bench.py                 # everything (about 15 minutes on 2 busy cores)
    .venv/bin/python bench/fault_bench.py --limit 60 --only restart,disk
    .venv/bin/python bench/fault_bench.py --restart-mode immediate   # crash-like stops, not clean ones

Needs root (to mount a small filesystem, and to run PostgreSQL's own binaries as the `postgres`
user) and the PostgreSQL server binaries (/usr/lib/postgresql/*/bin). Every database is its own:
a throwaway cluster in a temporary folder on a free 127.0.0.1 port, removed at the end.

1. reference: the corpus ingested into SQLite, nothing disturbed;
2. restart: the corpus ingested into the throwaway PostgreSQL while it is restarted every 4 s,
   then run once more if the first run did not finish; no traceback may be printed;
3. disk: the corpus ingested into SQLite on a small tmpfs that fills up mid-ingest; then the
   space is freed and the same command run again;
4. concurrent: the corpus cut in 8 parts, ingested by 8 processes started together into a fresh
   PostgreSQL database.
Each store is compared with the reference: rows per table, statement ids, entity ids.
"""
from __future__ import annotations

import argparse
import glob
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"
# the command line of this tree (PYTHONPATH=src below), not whichever onrecord is installed
ONRECORD = [sys.executable, "-c", "from onrecord.cli import main; main()"]
TABLES = ("articles", "statements", "entities", "entity_aliases", "article_speakers", "events",
          "story_sources", "story_bands")


# ---------------------------------------------------------------- running onrecord

def ingest(path: Path, db: str, jobs: int) -> tuple[int, str, float]:
    """`onrecord ingest PATH --db DB` from this tree: exit code, stderr, seconds."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("ONRECORD_DEBUG", None)
    t0 = time.perf_counter()
    done = subprocess.run([*ONRECORD, "ingest", str(path), "--db", db, "--jobs", str(jobs)],
                          capture_output=True, text=True, env=env)
    return done.returncode, done.stderr, time.perf_counter() - t0


def contents(db: str) -> dict:
    """Rows per table, and the ids of statements and entities, read straight from the database."""
    url = db if "://" in db else f"sqlite:///{db}"
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(url)
    with engine.connect() as conn:
        found = {t: conn.execute(text(f"select count(*) from {t}")).scalar_one() for t in TABLES}
        found["statement ids"] = frozenset(conn.execute(text("select id from statements")).scalars())
        found["entity ids"] = frozenset(conn.execute(text("select id from entities")).scalars())
    engine.dispose()
    return found


def compare(got: dict, want: dict) -> str:
    differ = [k for k in want if got.get(k) != want[k]]
    if not differ:
        return "identical (rows of every table, statement ids, entity ids)"
    return "DIFFERENT: " + "; ".join(
        f"{k}: {len(got[k]) if isinstance(got[k], frozenset) else got[k]} vs "
        f"{len(want[k]) if isinstance(want[k], frozenset) else want[k]}" for k in differ)


def outcome(label: str, code: int, err: str, seconds: float) -> None:
    lines = err.strip().splitlines()
    errors = [line for line in lines if line.startswith("onrecord: error:")]
    notes = [line for line in lines if line.startswith("onrecord: note:")]
    print(f"  {label}: exit {code} in {seconds:.0f} s; {len(notes)} retry notes; "
          f"traceback printed: {'YES' if 'Traceback' in err else 'no'}")
    if errors:
        print(f"    {errors[-1]}")
    elif lines:
        print(f"    {lines[-1]}")


# ---------------------------------------------------------------- a throwaway PostgreSQL cluster

class Cluster:
    """initdb + pg_ctl in a temporary folder, run as the postgres user, on a free loopback port."""

    def __init__(self, root: Path):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        if not found:
            raise SystemExit("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
        self.bin = Path(found[-1]).parent
        self.data = root / "pgdata"
        self.port = free_port()
        root.chmod(0o755)
        self.data.mkdir()
        shutil.chown(self.data, "postgres", "postgres")
        self._as_postgres(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data}"

    def _as_postgres(self, *args) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *map(str, args)], check=True, capture_output=True)

    def ctl(self, *args) -> None:
        self._as_postgres(self.bin / "pg_ctl", "-D", self.data, "-w", "-o", self.options,
                          "-l", self.data / "log", *args)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        engine = create_engine(self.url("postgres").replace("postgresql://", "postgresql+psycopg://"),
                               isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Restarter(threading.Thread):
    """Restarts the cluster every ``every`` seconds until stopped."""

    def __init__(self, cluster: Cluster, every: float, mode: str):
        super().__init__(daemon=True)
        self.cluster, self.every, self.mode = cluster, every, mode
        self.stopping = threading.Event()
        self.restarts = 0

    def run(self) -> None:
        while not self.stopping.wait(self.every):
            self.cluster.ctl("restart", "-m", self.mode)
            self.restarts += 1


# ---------------------------------------------------------------- the four runs

def restart_run(cluster: Cluster, corpus: Path, reference: dict, args) -> None:
    db = cluster.create_database("restarted")
    print(f"PostgreSQL ({cluster.url('restarted')}) restarted every {args.every:g} s "
          f"(pg_ctl restart -m {args.restart_mode}) during the ingest:")
    restarter = Restarter(cluster, args.every, args.restart_mode)
    restarter.start()
    code, err, seconds = ingest(corpus, db, args.jobs)
    restarter.stopping.set()
    restarter.join()
    outcome(f"run with {restarter.restarts} restarts", code, err, seconds)
    if code != 0:
        code, err, seconds = ingest(corpus, db, args.jobs)
        outcome("rerun, undisturbed", code, err, seconds)
    print(f"  store against the reference: {compare(contents(db), reference)}")


def disk_run(root: Path, corpus: Path, reference: dict, reference_bytes: int, args) -> None:
    mount = root / "small"
    mount.mkdir()
    size = 4 * reference_bytes + (16 << 20)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], check=True)
    try:
        # room for about half the store: new pages go to the write-ahead log first (up to about
        # 4 MB before they are copied into the file), so that needs room too
        free = reference_bytes // 2 + min(4 << 20, reference_bytes // 2)
        ballast = mount / "ballast"
        with open(ballast, "wb") as f:
            f.write(b"\0" * (shutil.disk_usage(mount).free - free))
        db = str(mount / "store.db")
        print(f"SQLite on a {size >> 20} MB tmpfs with {free / 2**20:.1f} MB left free "
              f"(the whole store takes {reference_bytes / 2**20:.1f} MB):")
        code, err, seconds = ingest(corpus, db, args.jobs)
        outcome("run on the full disk", code, err, seconds)
        stored = contents(db)["articles"] if Path(db).exists() else 0
        print(f"    articles stored before the disk was full: {stored}")
        ballast.unlink()
        code, err, seconds = ingest(corpus, db, args.jobs)
        outcome("rerun after freeing the space", code, err, seconds)
        print(f"  store against the reference: {compare(contents(db), reference)}")
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def concurrent_run(cluster: Cluster, root: Path, corpus: Path, reference: dict, args) -> None:
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = []
    for n in range(args.concurrent):
        part = root / f"part{n}.jsonl"
        part.write_text("\n".join(lines[n::args.concurrent]) + "\n", encoding="utf-8")
        parts.append(part)
    db = cluster.create_database("together")
    print(f"{args.concurrent} ingests started together into a fresh PostgreSQL database:")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    t0 = time.perf_counter()
    procs = [subprocess.Popen([*ONRECORD, "ingest", str(p), "--db", db],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
             for p in parts]
    results = [(p.wait(), p.stderr.read() if p.stderr else "") for p in procs]
    codes = [c for c, _ in results]
    print(f"  exit codes {codes} in {time.perf_counter() - t0:.0f} s; traceback printed: "
          f"{'YES' if any('Traceback' in e for _, e in results) else 'no'}")
    for code, err in results:
        if code:
            print(f"    {err.strip().splitlines()[-1] if err.strip() else ''}")
    print(f"  store against the reference: {compare(contents(db), reference)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes per ingest")
    parser.add_argument("--every", type=float, default=4.0, help="seconds between two restarts")
    parser.add_argument("--restart-mode", choices=("fast", "immediate", "smart"), default="fast")
    parser.add_argument("--concurrent", type=int, default=8)
    parser.add_argument("--only", default="restart,disk,concurrent")
    args = parser.parse_args()
    wanted = set(args.only.split(","))

    with tempfile.TemporaryDirectory(prefix="onrecord-faults-") as tmp:
        root = Path(tmp)
        corpus = args.corpus
        if args.limit:
            corpus = root / "corpus.jsonl"
            with open(args.corpus, encoding="utf-8") as f:
                corpus.write_text("".join(itertools.islice(f, args.limit)), encoding="utf-8")
        print(f"corpus: {corpus if not args.limit else f'the first {args.limit} articles of {args.corpus}'}")
        reference_db = str(root / "reference.db")
        code, err, seconds = ingest(corpus, reference_db, args.jobs)
        if code != 0:
            raise SystemExit(f"the reference ingest failed (exit {code}):\n{err}")
        reference = contents(reference_db)
        print(f"reference, SQLite, undisturbed: {err.strip().splitlines()[-1]}")
        print("  rows: " + ", ".join(f"{t} {reference[t]:,}" for t in TABLES))
        reference_bytes = sum(p.stat().st_size for p in root.glob("reference.db*"))

        cluster = None
        if wanted & {"restart", "concurrent"}:
            cluster = Cluster(root)
            cluster.ctl("start")
        try:
            if "restart" in wanted and cluster:
                restart_run(cluster, corpus, reference, args)
            if "disk" in wanted:
                disk_run(root, corpus, reference, reference_bytes, args)
            if "concurrent" in wanted and cluster:
                concurrent_run(cluster, root, corpus, reference, args)
        finally:
            if cluster:
                cluster.ctl("stop", "-m", "immediate")


if __name__ == "__main__":
    main()
