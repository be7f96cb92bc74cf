"""Articles from RSS and Atom feeds (files or URLs), read with feedparser.

Each entry's page is fetched and read like any HTML page (``html.py``) when its link can be
fetched; otherwise the entry's own content (or summary) is the article. A feed polled again
fetches only what is new: the feed itself with the ETag / Last-Modified of the last poll (a
304 means nothing new), then only the entries whose ids were not seen before. What was seen is
kept by a ``FeedMemory``: in memory by default, in the store when the ingest runner polls
(``onrecord.runner``), which marks an entry seen once its article is stored.

Entry pages are fetched a few at a time in parallel, one thread per host so that each host
still gets one request at a time (``Fetcher`` keeps the pause between them). A feed has a time
budget (``FEED_BUDGET``): entries not reached when it is spent are left for the next poll, and
the feed's validators are not kept, so that poll reads them. Links whose host cannot be reached
are counted, and the count ends the feed in one warning line.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional, Union
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html

from onrecord.ingest.base import InputError, Note, Origin, text_problem
from onrecord.ingest.fetch import MAX_BYTES, Fetcher, FetchError, Response, is_url
from onrecord.ingest.html import LANGUAGE, ForeignArticle, article_from_html, detect_language, id_for
from onrecord.model import Article

FEED_SUFFIXES = (".rss", ".atom", ".xml")
Located = tuple[Article, Origin]
FEED_BUDGET = 600.0  # seconds to fetch one feed's entry pages; the rest wait for the next poll
PARALLEL_HOSTS = 8  # hosts whose pages are fetched at the same time
_ROUND = 32  # entries fetched per round: the pages of one round are held in memory at once


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


def read_feed(source: str, fetcher: Fetcher, memory: FeedMemory, response: Optional[Response] = None,
              budget: Optional[float] = None) -> Iterator[Union[Located, InputError, Note]]:
    """The new entries of the feed at ``source`` (a file or URL; ``response`` when already fetched),
    their pages fetched within ``budget`` seconds (``FEED_BUDGET`` by default)."""
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
    poll = _Poll(FEED_BUDGET if budget is None else budget)
    yield from _entries(source, key, data, fetcher, memory, poll)
    if poll.dead:
        yield Note(source, f"warning: {poll.dead} of {poll.links} entry link{'' if poll.links == 1 else 's'} "
                           f"dead (no connection to the host); their entries' own text was used where they had any")
    if poll.left:
        yield Note(source, f"warning: the feed's time budget ({_seconds(poll.budget)}) was "
                           f"spent; {poll.left} entr{'y' if poll.left == 1 else 'ies'} left for the next poll")
    else:
        memory.polled(key, etag, last_modified)


@dataclass
class _Poll:
    """One reading of a feed: its deadline, and what became of its links."""

    budget: float  # seconds
    deadline: float = dataclasses.field(init=False)
    links: int = 0  # entry links tried
    dead: int = 0  # of which no connection could be made
    left: int = 0  # entries not reached within the budget

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.budget


def _entries(label: str, key: str, data: bytes, fetcher: Fetcher, memory: FeedMemory,
             poll: _Poll) -> Iterator[Union[Located, InputError, Note]]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo and not parsed.feed:
            reason = str(parsed.get("bozo_exception", "")).strip().splitlines()[:1]
            yield InputError(label, None, "not a valid RSS or Atom feed" + (f" ({reason[0]})" if reason else ""))
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    seen = memory.seen(key)
    new = []
    for n, entry in enumerate(parsed.entries, 1):
        entry_id = entry.get("id") or entry.get("link") or _digest(entry.get("title", "") + entry.get("summary", ""))
        if entry_id in seen:
            continue
        seen.add(entry_id)  # an id twice in one feed is read once
        new.append((n, entry, entry_id, _link(label, entry)))
    for start in range(0, len(new), _ROUND):
        batch = new[start:start + _ROUND]
        pages = _fetch_pages([link for _, _, _, link in batch], fetcher, poll)
        for (n, entry, entry_id, link), page in zip(batch, pages, strict=True):
            if page is _NOT_REACHED:
                seen.discard(entry_id)  # not read: the next poll reads it
                poll.left += 1
                continue
            for item in _entry_article(label, key, n, entry, entry_id, outlet, link, page):
                if isinstance(item, InputError):
                    memory.mark(key, [(entry_id, None)])  # reported once, not again on every poll
                yield item


class _NotReached:
    """The feed's time budget was spent before this entry's page was fetched."""


_NOT_REACHED = _NotReached()
Page = Union[Response, FetchError, None, _NotReached]  # None: the entry has no link to fetch


def _fetch_pages(links: list[Optional[str]], fetcher: Fetcher, poll: _Poll) -> list[Page]:
    """The page (or the error) of each link, in order: each host's links one after another in
    a thread of its own, hosts in parallel."""
    by_host: dict[str, list[int]] = {}
    for i, link in enumerate(links):
        if link is not None:
            by_host.setdefault(urlsplit(link).netloc.lower(), []).append(i)
    pages: list[Page] = [None] * len(links)

    def fetch_host(indices: list[int]) -> None:
        for i in indices:
            if time.monotonic() > poll.deadline:
                pages[i] = _NOT_REACHED
                continue
            try:
                pages[i] = fetcher.get(links[i])  # type: ignore[arg-type]
            except FetchError as e:
                pages[i] = e

    if len(by_host) <= 1:
        for indices in by_host.values():
            fetch_host(indices)
    else:
        with ThreadPoolExecutor(max_workers=min(PARALLEL_HOSTS, len(by_host))) as pool:
            list(pool.map(fetch_host, by_host.values()))
    for page in pages:
        if isinstance(page, (Response, FetchError)):
            poll.links += 1
            poll.dead += isinstance(page, FetchError) and page.dead
    return pages


def _link(label: str, entry) -> Optional[str]:
    link = entry.get("link")
    if link and is_url(label):
        link = urljoin(label, link)
    return link if link and is_url(link) else None


def _entry_article(label: str, key: str, n: int, entry, entry_id: str, outlet: Optional[str],
                   link: Optional[str], page: Page) -> Iterator[Union[Located, InputError, Note]]:
    link = link or entry.get("link")
    published = _entry_date(entry)
    where = f"{label} entry {n}"
    if isinstance(page, FetchError):
        # offline or gone: the entry's own content stands in for the page
        yield Note(where, f"page {link} not fetched ({page}); the entry's own text is used")
    elif isinstance(page, Response):
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


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 1 else f"{value:.1f} s"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
