"""Many readers at once: `onrecord serve` on 127.0.0.1 under 32 clients for 30 s.

    .venv/bin/python bench/load_bench.py                         # builds out/wikinews.db when missing
    .venv/bin/python bench/load_bench.py --workers 2 --clients 32 --seconds 30 [--db STORE]

Builds (or reuses) a store of the Wikinews corpus (../shared/corpora/wikinews, 303 articles)
with `onrecord ingest`, starts a throwaway `onrecord serve` on a free port of 127.0.0.1, and
runs N client threads, each on its own keep-alive connection, asking a mix of what readers ask:
the search page with and without words, speaker and article pages, and the API's statements,
search, speakers and stats. Prints requests/s, p50/p95/p99 latency and errors (any answer but
200, or a failed connection). The server keeps whole answers until the store changes
(``web/answers.py``), and the mix's 500 paths repeat, so most answers come from there; with
``--uncached`` every request carries a query parameter of its own (``_=N``, which the routes
ignore), so every answer is made afresh: the cost of requests never asked before. The issue's
bar: 0 errors, p99 under 400 ms. The clients run on the same machine as the server and take CPU
from it; the load average is printed beside the figures, since other work on the machine changes
them.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Callable
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"
ONRECORD = str(Path(sys.executable).with_name("onrecord"))
WORDS = ["president", "government", "police", "election", "minister", "war", "said", "court", "health",
         "climate", "missile", "trade", "security", "vote", "law", "economy", "fire", "school", "oil", "peace"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    answer = conn.getresponse()
    return answer.status, answer.read()


def wait_for(port: int, process: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("onrecord serve exited: " + process.stderr.read().decode())
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            if get(conn, "/api/stats")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("onrecord serve did not answer")


def request_mix(fetch: Callable[[str], tuple[int, bytes]], rng: random.Random, count: int = 500) -> list[str]:
    """``count`` paths readers would ask, from what the store holds (``fetch`` asks the server)."""
    speakers = [s["id"] for s in json.loads(fetch("/api/speakers?limit=200")[1])["items"]]
    articles = [a["id"] for a in json.loads(fetch("/api/articles?limit=300")[1])["items"]]
    kinds = [
        lambda: "/",
        lambda: "/?q=" + quote(" ".join(rng.sample(WORDS, rng.choice((1, 2))))),
        lambda: "/?page=" + str(rng.randint(1, 5)),
        lambda: "/speakers/" + quote(rng.choice(speakers[:20] if rng.random() < 0.5 else speakers)),
        lambda: "/articles/" + quote(rng.choice(articles)),
        lambda: "/api/statements?limit=50&speaker=" + quote(rng.choice(speakers)),
        lambda: "/api/search?q=" + quote(rng.choice(WORDS)),
        lambda: "/api/speakers?search=" + quote(rng.choice(["trump", "obama", "police", "may", "min"])),
        lambda: "/api/stats",
    ]
    return [rng.choice(kinds)() for _ in range(count)]


KINDS = (("/api/statements", "api statements"), ("/api/search", "api search"), ("/api/speakers", "api speakers"),
         ("/api/stats", "api stats"), ("/speakers/", "speaker page"), ("/articles/", "article page"),
         ("/?q=", "search page"), ("/?page=", "front page n"), ("/", "front page"))


def kind_of(path: str) -> str:
    """Which of ``request_mix``'s kinds a path is."""
    return next(name for prefix, name in KINDS if path.startswith(prefix))


def distinct(path: str, n: str) -> str:
    """``path`` with a query parameter of its own: no answer the server kept fits it."""
    return f"{path}{'&' if '?' in path else '?'}_={n}"


def client(port: int, paths: list[str], until: float, seed: int, times: dict[str, list[float]],
           errors: Counter, uncached: bool = False) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    asked = 0
    while time.monotonic() < until:
        path = rng.choice(paths)
        asked += 1
        if uncached:
            path = distinct(path, f"{seed}-{asked}")
        start = time.perf_counter()
        try:
            status, _ = get(conn, path)
        except (OSError, http.client.HTTPException) as e:
            errors[type(e).__name__] += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        times[kind_of(path)].append(time.perf_counter() - start)
        if status != 200:
            errors[f"HTTP {status}"] += 1
    conn.close()


def tree_cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and its children still running (the workers), from /proc:
    what a request costs the server whatever else the machine is doing."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            todo += [int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except (OSError, IndexError):
            continue
    return total


def percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(REPO / "out" / "wikinews.db"))
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2, help="onrecord serve --workers")
    parser.add_argument("--uncached", action="store_true",
                        help="every request new to the server: no answer it kept is given")
    args = parser.parse_args()
    if not Path(args.db).exists():
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([ONRECORD, "ingest", str(WIKINEWS), "--db", args.db], check=True)
    port = free_port()
    workers = ["--workers", str(args.workers)] if args.workers > 1 else []  # 1: also runs an older serve
    process = subprocess.Popen([ONRECORD, "serve", "--db", args.db, "--host", "127.0.0.1", "--port", str(port),
                                *workers], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(port, process)
        setup = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        paths = request_mix(lambda path: get(setup, path), random.Random(15))
        setup.close()
        warm = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for path in paths[:50]:  # templates compiled, caches and connections warm in every worker
            get(warm, path)
        warm.close()
        load_before = os.getloadavg()[0]
        times: dict[str, list[float]] = {name: [] for _, name in KINDS}
        errors: Counter = Counter()
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(port, paths, until, i, times, errors, args.uncached))
                   for i in range(args.clients)]
        started, cpu_before = time.monotonic(), tree_cpu_seconds(process.pid)
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        server_cpu = tree_cpu_seconds(process.pid) - cpu_before
    finally:
        process.terminate()
        process.wait(30)
    ordered = sorted(t for kind in times.values() for t in kind)
    ms = {p: 1000 * percentile(ordered, p) for p in (50, 95, 99)} if ordered else {50: 0, 95: 0, 99: 0}
    print(f"{args.clients} clients, {elapsed:.0f} s, onrecord serve --workers {args.workers}, store {args.db}"
          + (", every request new to the server (--uncached)" if args.uncached else ""))
    print(f"{len(ordered):,} requests, {len(ordered) / elapsed:.0f} requests/s; "
          f"p50 {ms[50]:.0f} ms, p95 {ms[95]:.0f} ms, p99 {ms[99]:.0f} ms; "
          f"errors {sum(errors.values())}{' ' + dict(errors).__repr__() if errors else ''}")
    print(f"server CPU {1000 * server_cpu / max(1, len(ordered)):.1f} ms per request")
    print("by kind (ms):", "; ".join(f"{name} n={len(kind)} p50 {1000 * percentile(sorted(kind), 50):.0f} "
                                     f"p99 {1000 * percentile(sorted(kind), 99):.0f}"
                                     for name, kind in sorted(times.items()) if kind))
    print(f"load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs")
    print("bar: 0 errors, p99 under 400 ms:", "met" if not errors and ms[99] < 400 else "NOT met")


if __name__ == "__main__":
    main()
