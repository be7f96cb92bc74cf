"""What each kind of request in the load bench's mix costs the server, measured in-process.

    .venv/bin/python bench/request_costs.py                      # out/wikinews.db, 1,500 requests
    .venv/bin/python bench/request_costs.py --kind "speaker page" --profile out/speaker.prof
    .venv/bin/python bench/request_costs.py --forget             # as if the store had just changed

Builds the app over the store (as one `onrecord serve` worker does), asks it the load bench's
mix of paths straight through ASGI (no socket, no HTTP parser: the app's own cost), drawn at
random from the same 500 paths as the load bench's clients draw them, and prints
the CPU milliseconds per request of each kind (p50 and mean of the process's CPU time, one
request at a time: steadier than wall time on a shared machine). With --profile, the routes run
in the event loop's thread instead of FastAPI's thread pool, so that cProfile sees them; its
statistics of the whole run are written to a file and the top functions are printed. Each path
asked carries a parameter of its own (``load_bench.distinct``), so what the server keeps of
whole answers (``web/answers.py``) never answers it: the routes' cost is what is priced.
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import random
import statistics
import time
from collections import defaultdict
from typing import Any, Callable
from urllib.parse import unquote

import fastapi.routing
from sqlalchemy import event

from load_bench import REPO, distinct, kind_of, request_mix  # bench/ is on the path: the script's folder
from onrecord.query import open_read_only
from onrecord.web import create_app


async def ask(app: Any, path: str) -> tuple[int, bytes]:
    """One GET through the ASGI app, as uvicorn would hand it over."""
    raw_path, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": unquote(raw_path), "raw_path": raw_path.encode(),
             "query_string": query.encode(), "root_path": "", "headers": [(b"host", b"127.0.0.1")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    status, body = 0, []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(body)


async def inline(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """What FastAPI's thread pool would run, run here: cProfile follows one thread."""
    return call(*args, **kwargs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(REPO / "out" / "wikinews.db"))
    parser.add_argument("--requests", type=int, default=1500, help="drawn from the mix as the load bench draws")
    parser.add_argument("--kind", action="append", help="only this kind of request (repeatable)")
    parser.add_argument("--forget", action="store_true",
                        help="forget remembered answers before each request: the cost just after an ingest")
    parser.add_argument("--profile", help="write cProfile statistics here and print the top functions")
    parser.add_argument("--top", type=int, default=60, help="how many functions --profile prints")
    parser.add_argument("--sort", default="cumulative", help="pstats order for --profile (cumulative, tottime)")
    args = parser.parse_args()
    if args.profile:
        fastapi.routing.run_in_threadpool = inline  # type: ignore[assignment]
    record = open_read_only(args.db, query_seconds=5.0)
    executed = [0]
    event.listen(record.store.engine, "before_cursor_execute", lambda *_: executed.__setitem__(0, executed[0] + 1))
    app = create_app(record)
    loop = asyncio.new_event_loop()

    def fetch(path: str) -> tuple[int, bytes]:
        return loop.run_until_complete(ask(app, path))

    paths = request_mix(fetch, random.Random(15))  # the load bench's 500 paths
    for path in paths[:50]:  # warm, as the load bench does
        fetch(path)
    rng = random.Random(1)
    drawn = [p for p in (rng.choice(paths) for _ in range(args.requests)) if not args.kind or kind_of(p) in args.kind]
    profiler = cProfile.Profile() if args.profile else None
    costs: dict[str, list[float]] = defaultdict(list)
    queries: dict[str, int] = defaultdict(int)
    if args.forget:
        from onrecord.query import memo  # noqa: PLC0415 (here: the bench also prices older trees, without it)
    for n, path in enumerate(drawn):
        path = distinct(path, str(n))
        if args.forget:
            memo.forget(record.store)
        before = executed[0]
        if profiler:
            profiler.enable()
        start = time.process_time()
        status, _ = fetch(path)
        costs[kind_of(path)].append(1000 * (time.process_time() - start))
        if profiler:
            profiler.disable()
        queries[kind_of(path)] += executed[0] - before
        if status != 200:
            print(f"  {status} for {path}")
    print(f"{'kind':<16}{'n':>5}{'p50 ms':>9}{'mean ms':>9}{'max ms':>9}{'queries':>9}"
          "  (CPU per request, one at a time)")
    for kind, spent in sorted(costs.items()):
        print(f"{kind:<16}{len(spent):>5}{statistics.median(spent):>9.2f}{statistics.mean(spent):>9.2f}"
              f"{max(spent):>9.2f}{queries[kind] / len(spent):>9.1f}")
    every = [c for spent in costs.values() for c in spent]
    print(f"all {len(every)}: mean {statistics.mean(every):.2f} ms CPU per request, "
          f"{sum(queries.values()) / len(every):.1f} queries")
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
        calls = pstats.Stats(args.profile).total_calls  # type: ignore[attr-defined]
        print(f"{calls / len(every):,.0f} Python function calls per request (steadier than CPU time)")
        pstats.Stats(args.profile).sort_stats(args.sort).print_stats(int(args.top))


if __name__ == "__main__":
    main()
