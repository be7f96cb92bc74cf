"""Polite HTTP for pages and feeds: a user agent that names onrecord, timeouts, retries with
back-off on connection errors, 429 and 5xx (honouring Retry-After), and a pause between two
requests to the same host. One ``Fetcher`` serves a whole ingest run, so the pause holds across
feeds and pages. Conditional requests (ETag / Last-Modified) let a feed polled again answer 304.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from onrecord.version import __version__

USER_AGENT = f"onrecord/{__version__} (a record of who said what in the news; polite fetcher)"
TIMEOUT = (10.0, 30.0)  # connect, read (seconds)
RETRIES = 3
BACKOFF = 1.0  # seconds; doubled after each failed try
HOST_DELAY = 1.0  # seconds between two requests to one host
MAX_BYTES = 8_000_000  # a page or feed larger than this is refused


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    etag: Optional[str] = None
    last_modified: Optional[str] = None


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line."""


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


class Fetcher:
    def __init__(self, host_delay: float = HOST_DELAY, timeout=TIMEOUT, retries: int = RETRIES,
                 backoff: float = BACKOFF, user_agent: str = USER_AGENT):
        self.host_delay = host_delay
        self.timeout = timeout
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent,
                                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                               "application/atom+xml,application/xml;q=0.9,*/*;q=0.5"})
        retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=backoff,
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET", "HEAD"),
                      respect_retry_after_header=True, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.requests = 0  # how many requests this fetcher made (tests and reports count them)

    def get(self, url: str, etag: Optional[str] = None, last_modified: Optional[str] = None) -> Response:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_for(url)
        self.requests += 1
        try:
            with self.session.get(url, headers=headers, timeout=self.timeout, stream=True) as r:
                if r.status_code == 304:
                    return Response(r.url, 304, b"", "", etag, last_modified)
                if r.status_code >= 400:
                    raise FetchError(f"HTTP {r.status_code} {r.reason or ''}".strip())
                content = _read_limited(r)
                return Response(r.url, r.status_code, content, r.headers.get("Content-Type", ""),
                                r.headers.get("ETag"), r.headers.get("Last-Modified"))
        except requests.RequestException as e:
            raise FetchError(_reason(e)) from e

    def _wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.host_delay
            if ready > now:
                time.sleep(ready - now)
            self._last[host] = time.monotonic()

    def close(self) -> None:
        self.session.close()


def _read_limited(r) -> bytes:
    chunks, size = [], 0
    for chunk in r.iter_content(65536):
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchError(f"response larger than {MAX_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(e: Exception) -> str:
    if isinstance(e, requests.exceptions.Timeout):
        return "timed out"
    if isinstance(e, requests.exceptions.ConnectionError):
        return "cannot connect"
    if isinstance(e, requests.exceptions.TooManyRedirects):
        return "too many redirects"
    return type(e).__name__
