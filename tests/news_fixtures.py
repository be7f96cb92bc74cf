"""News-site fixtures made from the Wikinews sample: HTML pages with the clutter of a real site
around the article (navigation, sidebar, related links, cookie notice, footer), RSS 2.0 and Atom
feeds of them, and WARC.gz archives (whole and truncated). Deterministic: the same articles give
the same pages, feeds and records (only WARC record ids and the warcinfo date change), so tests
and benches build them on the fly.

    .venv/bin/python tests/news_fixtures.py OUT_DIR [--n 20] [--base URL]
    cd OUT_DIR && python3 -m http.server 8000 --bind 127.0.0.1   # the pages at their URLs, the feeds

OUT_DIR gets the pages (at the paths of their URLs under --base), rss.xml, atom.xml,
news.warc.gz (the pages as a crawl) and truncated.warc.gz (the same, cut mid-record).

The Wikinews text is CC BY 2.5 (see corpus/README.md).
"""
from __future__ import annotations

import argparse
import hashlib
import html
import io
import json
import re
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Iterable, Optional

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parent.parent
WIKINEWS = REPO / "corpus" / "wikinews.jsonl"

OUTLETS = ["The Daily Ledger", "Morning Wire", "Harbour Gazette", "Northern Courier"]
AUTHORS = ["Jane Okafor", "Tom Reyes", "Mira Lindqvist", "Sam Adeyemi"]


def wikinews(n: Optional[int] = None, skip: int = 0) -> list[dict]:
    """The first ``n`` articles of the bundled Wikinews sample (after ``skip``)."""
    out = []
    with open(WIKINEWS, encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
    return out[skip:] if n is None else out[skip:skip + n]


def _pick(items: list[str], key: str) -> str:
    return items[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(items)]


def slug(article: dict) -> str:
    return re.sub(r"[^a-z0-9]+", "-", article["title"].lower()).strip("-")[:60] + "-" + article["id"][-8:]


def outlet_of(article: dict) -> str:
    return _pick(OUTLETS, article["id"])


def page_url(article: dict, base: Optional[str] = None) -> str:
    """Where the page lives: under ``base`` (a local server) or on its outlet's made-up site."""
    outlet = outlet_of(article)
    base = base or "https://" + re.sub(r"[^a-z]+", "", outlet.lower()) + ".example"
    return f"{base.rstrip('/')}/{article['published'].replace('-', '/')}/{slug(article)}.html"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def page_html(article: dict, url: Optional[str] = None, lang: str = "en") -> str:
    """A news page: the article's paragraphs inside a site's navigation, sidebar and footer."""
    e = html.escape
    outlet, author = outlet_of(article), _pick(AUTHORS, article["id"][::-1])
    url = url or page_url(article)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paragraphs(article["text"]))
    menu = "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>'
                   for s in ("World", "Politics", "Business", "Science", "Sport", "Opinion"))
    most_read = "".join(f'<li><a href="/story/{n}.html">{t}</a></li>' for n, t in enumerate(
        ("Markets close higher after a week of swings", "Ten recipes for a rainy weekend",
         "Local team clinches the title in extra time", "What the new tax rules mean for you")))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(article['title'])} | {e(outlet)}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:title" content="{e(article['title'])}">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{article['published']}T09:30:00+00:00">
  <meta name="author" content="{e(author)}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept all</button></div>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav"><ul>{menu}</ul></nav>
    <form class="search" action="/search"><input name="q" placeholder="Search"></form>
    <a class="subscribe" href="/subscribe">Subscribe from $1 a week</a>
  </header>
  <main>
    <article class="story">
      <h1 class="headline">{e(article['title'])}</h1>
      <p class="byline">By <span class="author">{e(author)}</span> · <time datetime="{article['published']}">{article['published']}</time></p>
{body}
    </article>
    <section class="share">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></section>
    <section class="related"><h2>Related stories</h2><ul>
      <li><a href="/related/1.html">Officials meet to discuss the next steps</a></li>
      <li><a href="/related/2.html">Analysis: how we got here</a></li></ul></section>
  </main>
  <aside class="sidebar">
    <h2>Most read</h2><ol>{most_read}</ol>
    <div class="ad">Advertisement</div>
    <div class="newsletter">Get the morning briefing in your inbox. <a href="/newsletter">Sign up</a></div>
  </aside>
  <footer class="site-footer">
    <p>© 2026 {e(outlet)}. All rights reserved.</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li></ul>
  </footer>
</body>
</html>
"""  # noqa: E501  (the page's markup as a news site writes it, long lines and all)


def _rfc822(day: str) -> str:
    return format_datetime(datetime.fromisoformat(day).replace(hour=9, minute=30, tzinfo=timezone.utc))


def rss(articles: Iterable[dict], base: str, title: str = "Wikinews sample") -> str:
    """An RSS 2.0 feed whose items link to the pages under ``base`` and carry a short description."""
    e = html.escape
    items = "".join(f"""
    <item>
      <title>{e(a['title'])}</title>
      <link>{e(page_url(a, base))}</link>
      <guid isPermaLink="false">{e(a['id'])}</guid>
      <pubDate>{_rfc822(a['published'])}</pubDate>
      <description>{e(paragraphs(a['text'])[0])}</description>
    </item>""" for a in articles)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{e(title)}</title>
    <link>{e(base)}</link>
    <description>Test feed</description>{items}
  </channel>
</rss>
"""


def atom(articles: Iterable[dict], base: str, title: str = "Wikinews sample", full: bool = False) -> str:
    """An Atom feed; with ``full`` each entry carries the whole article as HTML content."""
    e = html.escape
    entries = []
    for a in articles:
        content = ("".join(f"<p>{e(p)}</p>" for p in paragraphs(a["text"])) if full
                   else e(paragraphs(a["text"])[0]))
        entries.append(f"""
  <entry>
    <title>{e(a['title'])}</title>
    <link rel="alternate" href="{e(page_url(a, base))}"/>
    <id>urn:onrecord-test:{e(a['id'])}</id>
    <updated>{a['published']}T09:30:00Z</updated>
    <published>{a['published']}T09:30:00Z</published>
    <author><name>{e(_pick(AUTHORS, a['id'][::-1]))}</name></author>
    <{'content type="html"' if full else 'summary'}>{e(content)}</{'content' if full else 'summary'}>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{e(title)}</title>
  <id>urn:onrecord-test:feed</id>
  <updated>2026-01-01T00:00:00Z</updated>{''.join(entries)}
</feed>
"""


def write_warc(articles: Iterable[dict], path: Path, extra_records: bool = True) -> int:
    """A gzipped WARC: for each article a request and an HTML response record (the page), plus a
    warcinfo record, and with ``extra_records`` a robots.txt response and a JPEG response that a
    reader has to skip. Returns the number of HTML responses."""
    n = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "onrecord test fixtures"}))
        for a in articles:
            url = page_url(a)
            date = f"{a['published']}T12:00:00Z"
            body = page_html(a, url).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(
                f"GET {url} HTTP/1.1\r\nHost: example\r\n\r\n".encode()), warc_headers_dict={"WARC-Date": date})
            writer.write_record(request)
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": date}))
            n += 1
            if extra_records and n % 5 == 1:
                for name, ctype, data in (("robots.txt", "text/plain", b"User-agent: *\nDisallow:\n"),
                                          ("logo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(200))):
                    other = url.rsplit("/", 1)[0] + "/" + name
                    writer.write_record(writer.create_warc_record(
                        other, "response", payload=io.BytesIO(data),
                        http_headers=StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1"),
                        warc_headers_dict={"WARC-Date": date}))
    return n


def truncate(path: Path, out: Path, keep: float = 0.6) -> int:
    """A copy of ``path`` cut at ``keep`` of its size (mid-record); returns the size kept."""
    data = path.read_bytes()
    size = int(len(data) * keep)
    out.write_bytes(data[:size])
    return size


def publish(articles: list[dict], base: str, root: Path) -> None:
    """The pages of ``articles`` under ``root`` at the paths their URLs under ``base`` name,
    and the RSS and Atom feeds that link to them."""
    for a in articles:
        url = page_url(a, base)
        target = root / url[len(base) + 1:]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_html(a, url), encoding="utf-8")
    (root / "rss.xml").write_text(rss(articles, base), encoding="utf-8")
    (root / "atom.xml").write_text(atom(articles, base), encoding="utf-8")


def write_all(folder: Path, n: int = 20, base: str = "http://127.0.0.1:8000") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    articles = wikinews(n)
    publish(articles, base, folder)
    write_warc(articles, folder / "news.warc.gz")
    truncate(folder / "news.warc.gz", folder / "truncated.warc.gz")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--base", default="http://127.0.0.1:8000", help="where the pages will be served")
    args = parser.parse_args()
    write_all(Path(args.out), args.n, args.base)
