"""Feeds whose links are dead or slow stay bounded: a refused connection fails at once and is
counted, a host that refused is not asked again at once, a feed's time budget leaves what it did
not reach for the next poll, and pages of several hosts are fetched at the same time, one request
at a time per host. Every server here is a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import html
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import news_fixtures as nf
from onrecord.ingest import feeds as feeds_module
from onrecord.ingest.feeds import FeedMemory
from onrecord.ingest.fetch import Fetcher, FetchError
from source_helpers import located


def closed_ports(n: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on (bound, then closed)."""
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def rss_of(links: list[str], texts: list[str]) -> str:
    items = "".join(f"""
    <item><title>Story {n}</title><link>{html.escape(link)}</link><guid>story-{n}</guid>
      <description>{html.escape(text)}</description></item>"""
                    for n, (link, text) in enumerate(zip(links, texts, strict=True)))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Dead links</title>{items}</channel></rss>'


def test_a_feed_of_50_dead_links_finishes_fast_and_counts_them(site):
    """The bar of issue 15: 50 entries on closed local ports, the feed served by a local server,
    read with the default fetcher (its retries and timeouts): well within 30 s, one warning line."""
    base, root, _ = site
    links = [f"http://127.0.0.1:{port}/story-{n}.html" for n, port in enumerate(closed_ports(50))]
    texts = [f"The mayor of Town {n} said the bridge would open in May." for n in range(50)]
    (root / "dead.xml").write_text(rss_of(links, texts), encoding="utf-8")
    notes: list[str] = []
    started = time.monotonic()
    found, errors = located([f"{base}/dead.xml"], fetcher=Fetcher(), notes=notes.append)
    assert time.monotonic() - started < 30
    assert errors == []
    assert [a.text for a, _ in found] == texts  # each entry's own text stands in
    assert notes[-1] == (f"{base}/dead.xml: warning: 50 of 50 entry links dead (no connection to the host); "
                         "their entries' own text was used where they had any")


def test_a_refused_connection_is_not_retried_and_its_host_is_left_alone(site):
    base, root, server = site
    root.joinpath("page.html").write_text("<html><body><p>hello</p></body></html>", encoding="utf-8")
    port, = closed_ports(1)
    fetcher = Fetcher(host_delay=0)
    for path in ("/a", "/b"):
        with pytest.raises(FetchError, match="cannot connect") as caught:
            fetcher.get(f"http://127.0.0.1:{port}{path}")
        assert caught.value.dead
    assert "moments ago" in str(caught.value)  # the second was not even tried
    server.fail_once.add("/page.html")  # a 503 is still retried
    assert fetcher.get(f"{base}/page.html").status == 200
    assert [p for p, _ in server.seen] == ["/page.html", "/page.html"]


def test_a_host_over_its_time_budget_is_not_asked_again(site):
    base, root, server = site
    root.joinpath("page.html").write_text("<html><body><p>hello</p></body></html>", encoding="utf-8")
    fetcher = Fetcher(host_delay=0, host_budget=0.0)
    fetcher.get(f"{base}/page.html")  # the first request spends the budget
    with pytest.raises(FetchError, match="time budget"):
        fetcher.get(f"{base}/page.html")
    assert len(server.seen) == 1


def test_entries_past_the_feed_budget_are_left_for_the_next_poll(news_articles, site):
    base, root, _ = site
    nf.publish(news_articles, base, root)
    (root / "news.xml").write_text(nf.rss(news_articles, base), encoding="utf-8")
    memory, fetcher = FeedMemory(), Fetcher(host_delay=0.01)
    feed = f"{base}/news.xml"
    notes: list[str] = []
    items = list(feeds_module.read_feed(feed, fetcher, memory, budget=0.0))
    notes = [str(i) for i in items]
    assert notes == [f"{feed}: warning: the feed's time budget (0.0 s) was spent; 4 entries left for the next poll"]
    assert memory.validators(feed) == (None, None)  # not kept: the next poll must not get a 304
    found, errors = located([feed], fetcher=fetcher, feeds=memory)
    assert errors == [] and [a.title for a, _ in found] == [a["title"] for a in news_articles]


class _SlowPages(BaseHTTPRequestHandler):
    """A page after a short wait, keeping count of the requests in flight, per server and in all."""

    in_flight = {"all": 0, "peak_all": 0}
    lock = threading.Lock()

    def log_message(self, *args) -> None:
        pass

    def do_GET(self):
        server = self.server
        with self.lock:
            self.in_flight["all"] += 1
            server.now += 1
            self.in_flight["peak_all"] = max(self.in_flight["peak_all"], self.in_flight["all"])
            server.peak = max(server.peak, server.now)
        time.sleep(0.3)
        body = f"<html><body><article><p>{self.path} page text.</p></article></body></html>".encode()
        with self.lock:
            self.in_flight["all"] -= 1
            server.now -= 1
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_pages_of_several_hosts_are_fetched_in_parallel_one_at_a_time_per_host(tmp_path):
    servers = []
    for _ in range(3):
        server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowPages)
        server.now = server.peak = 0
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    try:
        links = [f"http://127.0.0.1:{s.server_address[1]}/story-{n}.html" for n in range(3) for s in servers]
        feed = tmp_path / "many.rss"
        feed.write_text(rss_of(links, ["An entry."] * len(links)), encoding="utf-8")
        list(feeds_module.read_feed(str(feed), Fetcher(host_delay=0), FeedMemory()))
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    assert [s.peak for s in servers] == [1, 1, 1]  # polite: one request at a time per host
    assert _SlowPages.in_flight["peak_all"] >= 2  # several hosts at once
