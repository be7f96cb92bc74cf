"""Polite HTTP for pages and feeds: a user agent that names onrecord, timeouts, retries with
back-off on 429, 5xx and broken reads (honouring Retry-After), and a pause between two requests
to the same host. One ``Fetcher`` serves a whole ingest run, so the pause holds across feeds and
pages, and it may be used from several threads at once (one per host). Conditional requests
(ETag / Last-Modified) let a feed polled again answer 304.

Dead links fail fast: a connection that cannot be made (refused, no such host, connect timeout)
is not retried, since trying again a second later rarely helps, and the host is then taken for
down for ``DOWN_SECONDS``, its other links failing at once. Each host also has a time budget
(``HOST_BUDGET`` seconds of requests a run): a slow host cannot hold up a whole run.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, NewConnectionError
from urllib3.util.retry import Retry

from onrecord.version import __version__

USER_AGENT = f"onrecord/{__version__} (a record of who said what in the news; polite fetcher)"
TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
RETRIES = 3  # for 429, 5xx and reads broken off; never for a connection that cannot be made
BACKOFF = 1.0  # seconds; doubled after each failed try
HOST_DELAY = 1.0  # seconds between two requests to one host
MAX_BYTES = 8_000_000  # a page or feed larger than this is refused
HOST_BUDGET = 300.0  # seconds of requests to one host in one run
DOWN_SECONDS = 60.0  # a host that refused a connection is not asked again for this long


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    etag: Optional[str] = None
    last_modified: Optional[str] = None


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line. ``dead`` when no connection
    could be made to its host (a dead link rather than a page that answered with an error)."""

    def __init__(self, message: str, dead: bool = False):
        super().__init__(message)
        self.dead = dead


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


class Fetcher:
    def __init__(self, host_delay: float = HOST_DELAY, timeout=TIMEOUT, retries: int = RETRIES,
                 backoff: float = BACKOFF, user_agent: str = USER_AGENT, host_budget: float = HOST_BUDGET,
                 down_seconds: float = DOWN_SECONDS):
        self.host_delay = host_delay
        self.timeout = timeout
        self.host_budget = host_budget
        self.down_seconds = down_seconds
        self._next: dict[str, float] = {}  # when each host may be asked again
        self._spent: dict[str, float] = {}  # seconds of requests to each host so far
        self._down: dict[str, float] = {}  # hosts that refused a connection, and when
        self._lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent,
                                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                               "application/atom+xml,application/xml;q=0.9,*/*;q=0.5"})
        retry = Retry(total=retries, connect=0, read=retries, status=retries, backoff_factor=backoff,
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
        host = urlsplit(url).netloc.lower()
        self._check_host(host)
        self._wait_for(host)
        with self._lock:
            self.requests += 1
        started = time.monotonic()
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
            dead = _cannot_connect(e)
            if dead:
                with self._lock:
                    self._down[host] = time.monotonic()
            raise FetchError(_reason(e), dead=dead) from e
        finally:
            with self._lock:
                self._spent[host] = self._spent.get(host, 0.0) + time.monotonic() - started

    def _check_host(self, host: str) -> None:
        with self._lock:
            down = self._down.get(host)
            spent = self._spent.get(host, 0.0)
        if down is not None and time.monotonic() - down < self.down_seconds:
            raise FetchError("cannot connect (the host refused a connection moments ago)", dead=True)
        if spent > self.host_budget:
            raise FetchError(f"the time budget for {host} ({self.host_budget:.0f} s of requests) is spent")

    def _wait_for(self, host: str) -> None:
        # a turn is booked under the lock and waited for outside it: threads fetching from other
        # hosts do not wait on this one
        with self._lock:
            now = time.monotonic()
            turn = max(now, self._next.get(host, 0.0))
            self._next[host] = turn + self.host_delay
        if turn > now:
            time.sleep(turn - now)

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


def _cannot_connect(e: Exception) -> bool:
    """No connection could be made: refused, no such host, or the connect timed out (not a
    connection that broke off once made, nor a TLS failure)."""
    if isinstance(e, requests.exceptions.ConnectTimeout):
        return True
    if isinstance(e, requests.exceptions.SSLError) or not isinstance(e, requests.exceptions.ConnectionError):
        return False
    cause = e.args[0] if e.args else None
    reason = cause.reason if isinstance(cause, MaxRetryError) else cause
    return isinstance(reason, (NewConnectionError, ConnectTimeoutError))


def _reason(e: Exception) -> str:
    if isinstance(e, requests.exceptions.Timeout):
        return "timed out"
    if isinstance(e, requests.exceptions.ConnectionError):
        return "cannot connect"
    if isinstance(e, requests.exceptions.TooManyRedirects):
        return "too many redirects"
    return type(e).__name__
