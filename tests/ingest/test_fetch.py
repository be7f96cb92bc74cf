"""Pages by URL from a local HTTP server: the fetcher names itself and retries, and a page
given as a URL is read like a page on disk. Nothing here touches the network.
"""
from __future__ import annotations

import pytest

import news_fixtures as nf
from onrecord.ingest.fetch import FetchError
from source_helpers import located, quick_fetcher


def test_polite_fetcher_names_itself_and_retries(site):
    base, root, server = site
    (root / "page.html").write_text("<html><body><p>hello</p></body></html>", encoding="utf-8")
    server.fail_once.add("/page.html")
    fetcher = quick_fetcher()
    response = fetcher.get(f"{base}/page.html")
    assert response.status == 200 and b"hello" in response.content
    assert [p for p, _ in server.seen] == ["/page.html", "/page.html"]  # 503, then a retry
    assert all(agent.startswith("onrecord/") for _, agent in server.seen)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get(f"{base}/missing.html")


def test_page_by_url(news_articles, site):
    base, root, _ = site
    nf.publish(news_articles[:1], base, root)
    url = nf.page_url(news_articles[0], base)
    (article, _), = located([url], fetcher=quick_fetcher())[0]
    assert (article.url, article.title) == (url, news_articles[0]["title"])
