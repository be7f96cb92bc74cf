"""Articles from RSS and Atom feeds (files or URLs), read with feedparser.

Each entry's page is fetched and read like any HTML page (``html.py``) when its link can be
fetched; otherwise the entry's own content (or summary) is the article. A feed polled again
fetches only what is new: the feed itself with the ETag / Last-Modified of the last poll (a
304 means nothing new), then only the entries whose ids were not seen before. What was seen is
kept by a ``FeedMemory``: in memory by default, in the store when the ingest runner polls
(``onrecord.runner``), which marks an entry seen once its article is stored.
"""
from __future__ import annotations

import hashlib
import os
from datetime import date
from typing import Iterator, Optional, Union
from urllib.parse import urljoin

import feedparser
import lxml.html

from onrecord.ingest.base import InputError, Note, Origin, text_problem
from onrecord.ingest.fetch import MAX_BYTES, Fetcher, FetchError, Response, is_url
from onrecord.ingest.html import LANGUAGE, ForeignArticle, article_from_html, detect_language, id_for
from onrecord.model import Article

FEED_SUFFIXES = (".rss", ".atom", ".xml")
Located = tuple[Article, Origin]


class FeedMemory:
    """What earlier polls of each feed saw: validators and entry ids (kept in memory here)."""

    def __init__(self) -> None:
        self._validators: dict[str, tuple[Optional[str], Optional[str]]] = {}
        self._seen: dict[str, set[str]] = {}

    def validators(self, feed: str) -> tuple[Optional[str], Optional[str]]:
        return self._validators.get(feed, (None, None))

    def seen(self, feed: str) -> set[str]:
        return self._seen.setdefault(feed, set())

    def polled(self, feed: str, etag: Optional[str], last_modified: Optional[str]) -> None:
        """The feed was read to its end: the next poll may send these validators."""
        self._validators[feed] = (etag, last_modified)

    def mark(self, feed: str, entries: list[tuple[str, Optional[str]]]) -> None:
        """Entries (id, stored article id or None when skipped) that need not be read again."""
        self.seen(feed).update(entry for entry, _ in entries)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<rss", b"<feed")):
        return True
    return head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))


def read_feed(source: str, fetcher: Fetcher, memory: FeedMemory,
              response: Optional[Response] = None) -> Iterator[Union[Located, InputError, Note]]:
    """The new entries of the feed at ``source`` (a file or URL; ``response`` when already fetched)."""
    if is_url(source):
        key = source
        if response is None:
            try:
                response = fetcher.get(source, *memory.validators(key))
            except FetchError as e:
                yield InputError(source, None, f"cannot fetch the feed: {e}")
                return
        if response.status == 304:
            return  # not modified since the last poll
        data, etag, last_modified = response.content, response.etag, response.last_modified
    else:
        key, etag, last_modified = os.path.abspath(source), None, None
        try:
            with open(source, "rb") as f:
                data = f.read(MAX_BYTES + 1)
        except OSError as e:
            yield InputError(source, None, f"cannot read: {e.strerror or e}")
            return
        if len(data) > MAX_BYTES:
            yield InputError(source, None, f"feed too large: over {MAX_BYTES:,} bytes")
            return
    yield from _entries(source, key, data, fetcher, memory)
    memory.polled(key, etag, last_modified)


def _entries(label: str, key: str, data: bytes, fetcher: Fetcher,
             memory: FeedMemory) -> Iterator[Union[Located, InputError, Note]]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo and not parsed.feed:
            reason = str(parsed.get("bozo_exception", "")).strip().splitlines()[:1]
            yield InputError(label, None, "not a valid RSS or Atom feed" + (f" ({reason[0]})" if reason else ""))
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    seen = memory.seen(key)
    for n, entry in enumerate(parsed.entries, 1):
        entry_id = entry.get("id") or entry.get("link") or _digest(entry.get("title", "") + entry.get("summary", ""))
        if entry_id in seen:
            continue
        seen.add(entry_id)  # an id twice in one feed is read once
        for item in _entry_article(label, key, n, entry, entry_id, outlet, fetcher):
            if isinstance(item, InputError):
                memory.mark(key, [(entry_id, None)])  # reported once, not again on every poll
            yield item


def _entry_article(label: str, key: str, n: int, entry, entry_id: str, outlet: Optional[str],
                   fetcher: Fetcher) -> Iterator[Union[Located, InputError, Note]]:
    link = entry.get("link")
    if link and is_url(label):
        link = urljoin(label, link)
    published = _entry_date(entry)
    where = f"{label} entry {n}"
    if link and is_url(link):
        try:
            page = fetcher.get(link)
            found = article_from_html(page.content, link, url=link, published=published, outlet=outlet)
            if isinstance(found, Article):
                found.title = found.title or entry.get("title")
                found.author = found.author or entry.get("author")
                yield found, Origin(link, None, key, entry_id)
                return
            if isinstance(found, ForeignArticle):
                yield found
                return
            yield Note(where, f"no article found in its page {link}; the entry's own text is used")
        except FetchError as e:
            # offline or gone: the entry's own content stands in for the page
            yield Note(where, f"page {link} not fetched ({e}); the entry's own text is used")
    html = ""
    if entry.get("content"):
        html = entry.content[0].get("value", "")
    html = html or entry.get("summary", "")
    text = fragment_text(html)
    if not text.strip():
        yield InputError(where, None, "entry has no text and its page could not be read")
        return
    problem = text_problem(text)
    if problem:
        yield InputError(where, None, problem)
        return
    language = detect_language(text)
    if language != LANGUAGE:
        yield ForeignArticle(where, None, f"not in English (detected language: {language}); skipped", language)
        return
    article = Article(id=id_for(link, "") if link else f"feed-{_digest(key + entry_id)}", text=text,
                      title=(entry.get("title") or "").strip() or None, published=published, url=link,
                      source=label, author=entry.get("author"), language=language, outlet=outlet)
    yield article, Origin(where, None, key, entry_id)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, blank lines between."""
    if "<" not in html:
        return "\n\n".join(p.strip() for p in html.split("\n\n") if p.strip())
    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:  # lxml raises ParserError on fragments it cannot parse at all
        return ""
    blocks = root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//h4|.//blockquote[not(p)]")
    parts = [" ".join(b.text_content().split()) for b in blocks] if blocks else [" ".join(root.text_content().split())]
    return "\n\n".join(p for p in parts if p)


def _entry_date(entry) -> Optional[str]:
    for field in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(field)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
