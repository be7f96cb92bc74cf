"""Which reader takes an input: by file suffix, and for a URL by what the server sends back.

Text and JSONL stay with ``files.py``; this routes web pages, feeds, archives and URLs to their
modules, sharing one polite ``Fetcher`` and one ``FeedMemory`` across a whole run.
"""
from __future__ import annotations

import os
from typing import Iterator, Optional, Union

from ..model import Article
from .feeds import FEED_SUFFIXES, FeedMemory, looks_like_feed, read_feed
from .fetch import FetchError, Fetcher, is_url
from .files import JSONL_SUFFIXES, TEXT_SUFFIXES, InputError, Origin
from .html import MAX_PAGE_BYTES, article_from_html
from .warc import WARC_SUFFIXES, read_warc

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
Located = tuple[Article, Origin]


class Reader:
    # .xml is read when named, not picked up from folders: most .xml files are not feeds
    FOLDER_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + (".rss", ".atom") + WARC_SUFFIXES

    def __init__(self, feeds: Optional[FeedMemory] = None, fetcher: Optional[Fetcher] = None):
        self.feeds = feeds if feeds is not None else FeedMemory()
        self._fetcher = fetcher

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher()
        return self._fetcher

    is_url = staticmethod(is_url)

    @staticmethod
    def handles(path: str) -> bool:
        return path.lower().endswith(HTML_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES)

    def read_file(self, path: str) -> Iterator[Union[Located, InputError, object]]:
        lower = path.lower()
        if lower.endswith(WARC_SUFFIXES):
            yield from read_warc(path)
        elif lower.endswith(FEED_SUFFIXES):
            yield from read_feed(path, self.fetcher, self.feeds)
        else:
            yield self._page_file(path)

    def read_url(self, url: str) -> Iterator[Union[Located, InputError]]:
        try:
            # validators are only kept for feeds: a feed polled before may answer 304
            response = self.fetcher.get(url, *self.feeds.validators(url))
        except FetchError as e:
            yield InputError(url, None, f"cannot fetch: {e}")
            return
        if response.status == 304 or looks_like_feed(response.content, response.content_type):
            yield from read_feed(url, self.fetcher, self.feeds, response)
            return
        found = article_from_html(response.content, url, url=url)
        yield (found, Origin(url)) if isinstance(found, Article) else found

    @staticmethod
    def _page_file(path: str) -> Union[Located, InputError]:
        try:
            if os.path.getsize(path) > MAX_PAGE_BYTES:
                return InputError(path, None, f"page too large: over {MAX_PAGE_BYTES:,} bytes")
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            return InputError(path, None, f"cannot read: {e.strerror or e}")
        if not data.strip():
            return InputError(path, None, "empty file")
        found = article_from_html(data, path)
        return (found, Origin(path)) if isinstance(found, Article) else found
