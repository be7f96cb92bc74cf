"""A news site on 127.0.0.1 for the tests: a folder served over HTTP, nothing on the network.

The server logs each request (path and User-Agent) in ``server.seen``; a path put in
``server.fail_once`` answers 503 the first time, to see a fetcher retry. Feeds (``*.xml``)
carry an ETag and answer 304 to a matching If-None-Match, as a polite feed server does.
"""
from __future__ import annotations

import hashlib
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self):
        self.server.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.path in self.server.fail_once:
            self.server.fail_once.discard(self.path)
            self.send_error(503, "busy")
            return
        if self.path.endswith(".xml"):
            self._feed()
            return
        super().do_GET()

    def _feed(self) -> None:
        """Feeds carry an ETag (a hash of their bytes) and answer 304 to a matching If-None-Match."""
        data = (Path(self.directory) / self.path.lstrip("/")).read_bytes()
        etag = '"' + hashlib.sha1(data).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def serve(root: Path) -> Iterator[tuple[str, ThreadingHTTPServer]]:
    """Serve ``root`` on a free port until the block ends; yields (base URL, server)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    server.seen, server.fail_once = [], set()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()
