"""The two input bars of issue 15, through the command line as a user meets them.

    PYTHONPATH=src .venv/bin/python bench/ingest_bounds.py

1. A gzip bomb: a 1 MB ``.warc.gz`` holding 1 GB of zeros, given to ``onrecord extract``. Bar:
   refused in one line, exit code 1, peak memory under 500 MB.
2. A feed of 50 entries whose links point at closed ports on 127.0.0.1, the feed itself served by
   a throwaway local HTTP server, given to ``onrecord extract`` by URL. Bar: done within 30 s,
   with a line saying how many links were dead.

Each prints the command's seconds (model loading included), peak memory, exit code and stderr;
for the feed also the seconds of reading it alone (fetching, no model, no extraction).
"""
from __future__ import annotations

import gzip
import html
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from onrecord.ingest import iter_located_articles

REPO = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-c", "from onrecord.cli import main; main()", "extract"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def run(args: list[str]) -> tuple[float, int, int, str]:
    """Seconds, peak memory (KB), exit code and stderr of ``onrecord extract args``."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([*COMMAND, *args], stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        err.seek(0)
        return seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status), err.read().decode()


def report(name: str, result: tuple[float, int, int, str]) -> None:
    seconds, peak, code, stderr = result
    print(f"{name}: {seconds:.1f} s, peak {peak / 1024:.0f} MB, exit code {code}")
    for line in stderr.strip().splitlines():
        print(f"    {line}")


def closed_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        bomb = Path(tmp) / "bomb.warc.gz"
        with gzip.open(bomb, "wb", compresslevel=9) as f:
            for _ in range(1024):
                f.write(bytes(1 << 20))
        print(f"gzip bomb: {bomb.stat().st_size:,} bytes holding 1 GB of zeros")
        report("onrecord extract bomb.warc.gz", run([str(bomb)]))

        items = "".join(
            f"<item><title>Story {n}</title><link>http://127.0.0.1:{port}/story-{n}.html</link>"
            f"<guid>story-{n}</guid><description>{html.escape(f'The mayor of Town {n} said the bridge would open.')}"
            f"</description></item>" for n, port in enumerate(closed_ports(50)))
        Path(tmp, "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Dead</title>'
                                         f"{items}</channel></rss>", encoding="utf-8")
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=tmp))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
            result = run([url])
            started = time.perf_counter()
            read = list(iter_located_articles([url], notes=lambda line: None))
            reading = time.perf_counter() - started
        finally:
            server.shutdown()
            server.server_close()
        seconds, peak, code, stderr = result
        print(f"feed of 50 dead links ({url}): {seconds:.1f} s, peak {peak / 1024:.0f} MB, exit code {code}")
        for line in stderr.strip().splitlines()[-2:]:
            print(f"    {line}")
        print(f"reading the same feed alone, without extraction: {reading:.2f} s, {len(read)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
