"""Every input of a run, in order: paths, folders, URLs and stdin, each routed to its reader.

``iter_located_articles`` walks the inputs, picks the reader by file suffix (for a URL, by what the
server sends back), and reports an id seen twice. Text and JSONL are read by ``files.py``; web
pages, feeds and archives by their own modules, sharing one polite ``Fetcher`` and one
``FeedMemory`` across the whole run.
"""
from __future__ import annotations

import os
import sys
from typing import BinaryIO, Callable, Iterable, Iterator, Optional, Union

from onrecord.ingest.base import InputError, Located, Note, Origin, not_regular_file
from onrecord.ingest.feeds import FEED_SUFFIXES, FeedMemory, looks_like_feed, read_feed
from onrecord.ingest.fetch import Fetcher, FetchError, is_url
from onrecord.ingest.files import JSONL_SUFFIXES, STDIN, TEXT_SUFFIXES, read_file, read_stdin
from onrecord.ingest.html import MAX_PAGE_BYTES, article_from_html
from onrecord.ingest.warc import WARC_SUFFIXES, read_warc
from onrecord.model import Article

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


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

    def read_file(self, path: str) -> Iterator[Union[Located, InputError, Note]]:
        lower = path.lower()
        if lower.endswith(WARC_SUFFIXES):
            yield from read_warc(path)
        elif lower.endswith(FEED_SUFFIXES):
            yield from read_feed(path, self.fetcher, self.feeds)
        else:
            yield self._page_file(path)

    def read_url(self, url: str) -> Iterator[Union[Located, InputError, Note]]:
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


def iter_articles(paths: Iterable[str], stdin: Optional[BinaryIO] = None) -> Iterator[Union[Article, InputError]]:
    """Yield an ``Article`` or an ``InputError`` for every input found under ``paths``."""
    for item in iter_located_articles(paths, stdin):
        yield item if isinstance(item, InputError) else item[0]


def iter_located_articles(paths: Iterable[str], stdin: Optional[BinaryIO] = None, *,
                          notes: Optional[Callable[[str], object]] = None, feeds: Optional[FeedMemory] = None,
                          fetcher: Optional[Fetcher] = None) -> Iterator[Union[Located, InputError]]:
    """Like ``iter_articles``, with each article paired with the file and line it came from.
    ``notes`` gets informational lines (what an archive skipped); ``feeds`` is the
    ``FeedMemory`` of earlier polls and ``fetcher`` the ``Fetcher`` for URLs (made when needed)."""
    reader = Reader(feeds=feeds, fetcher=fetcher)
    first_seen: dict[str, Origin] = {}
    for path in paths:
        for item in _read_path(path, stdin, reader):
            if not isinstance(item, (tuple, InputError)):
                if notes is not None:
                    notes(str(item))
                continue
            if isinstance(item, InputError):
                yield item
                continue
            article, origin = item
            if article.id in first_seen:
                yield InputError(origin.path, origin.line,
                                 f"duplicate id {article.id!r} (first read at {first_seen[article.id]}); skipped")
                continue
            first_seen[article.id] = origin
            yield item


def _read_path(path: str, stdin: Optional[BinaryIO], reader: Reader) -> Iterator[Union[Located, InputError, Note]]:
    if path == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        return
    if reader.is_url(path):
        yield from reader.read_url(path)
        return
    if os.path.isdir(path):
        files = list(_files_in(path, reader.FOLDER_SUFFIXES))
        if not files:
            yield InputError(path, None, "folder has no .txt, .jsonl, .html, .rss, .atom or .warc(.gz) files")
        for file in files:
            yield from _read_any_file(file, reader)
        return
    if not os.path.exists(path):
        yield InputError(path, None, "no such file or folder")
        return
    if not reader.handles(path):
        suffix = os.path.splitext(path)[1].lower()
        if suffix and suffix not in TEXT_SUFFIXES + JSONL_SUFFIXES:
            yield InputError(path, None, f"unsupported file type {suffix!r}: give .txt, .jsonl, .html, "
                                         ".rss/.atom/.xml, .warc(.gz), a folder, a URL or - for stdin")
            return
    yield from _read_any_file(path, reader)


def _read_any_file(path: str, reader: Reader) -> Iterator[Union[Located, InputError, Note]]:
    problem = not_regular_file(path)  # opening a FIFO would wait for a writer forever
    if problem:
        yield InputError(path, None, problem)
    elif reader.handles(path):
        yield from reader.read_file(path)
    else:
        yield from read_file(path)


def _files_in(folder: str, suffixes: tuple[str, ...] = TEXT_SUFFIXES + JSONL_SUFFIXES) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(suffixes):
                yield os.path.join(root, name)
