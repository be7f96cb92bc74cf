"""Articles from text files, JSONL files, folders of them, and stdin.

Every input either becomes an ``Article`` or an ``InputError`` that says, in one line,
which file (and line) was skipped and why; reading goes on with the next input.

- ``name.txt``: one article, id ``name``, text exactly as the file's UTF-8 decodes
  (line endings, NBSP, curly quotes and a byte-order mark are all kept, so offsets hold).
- ``name.jsonl``: one JSON object a line with ``text`` and ``id`` (a line without ``id``
  gets ``name-<line>``), optional ``title``, ``published``, ``url``, ``source``; other keys
  are ignored. Blank lines are skipped. Files are read line by line, never whole.
- ``name.html``/``.htm``: one web page, its main text read by trafilatura (``html.py``).
- ``name.rss``/``.atom``/``.xml``: an RSS or Atom feed, each entry's page fetched (``feeds.py``).
- ``name.warc``/``.warc.gz``: a web archive, one article per HTML response (``warc.py``).
- ``http(s)://...``: a page or a feed, fetched politely (``fetch.py``), told apart by its content.
- a folder: its files of the kinds above (``.xml`` only when named), recursively, in sorted
  order, hidden ones skipped.
- ``-``: stdin, read as JSONL when its first non-blank character is ``{``, else as one text
  article with id ``stdin``.

An id seen twice in one run is reported and the second article skipped. Articles longer
than ``MAX_ARTICLE_CHARS`` are refused: parsing one costs memory and time in proportion
to its length, and no news article comes near the limit.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..model import Article

# About 80,000 words: 17 times the longest article of the Wikinews sample. The small spaCy
# model needs roughly 1.5 GB and half a minute for an article of this size.
MAX_ARTICLE_CHARS = 500_000

_MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS  # a character takes at most 4 bytes in UTF-8
_MAX_LINE_BYTES = 8 * MAX_ARTICLE_CHARS  # JSON escapes such as \u00e9 take 6 bytes a character

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
STDIN_LABEL = "<stdin>"
OPTIONAL_FIELDS = ("title", "published", "url", "source")

# C0/C1 control characters other than tab and line breaks: a few slip into scraped text,
# many mean the input is not text at all.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_BLANK = b" \t\r\n\x0b\x0c"
_SNIFF_BYTES = 8192  # a NUL byte this early means a binary file, not JSONL


@dataclass(frozen=True)
class InputError:
    """An input that could not become an article; ``str()`` is the one-line report."""

    path: str
    line: Optional[int]
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Note:
    """Something worth a line that is not an error: what an archive skipped, a feed entry read
    from its own content because its page could not be fetched."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Origin:
    """Where an article was read from, for messages about it later on."""

    path: str
    line: Optional[int] = None
    feed: Optional[str] = None  # the feed and entry id an article came from, to mark it seen
    entry: Optional[str] = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


Located = tuple[Article, Origin]


def iter_articles(paths: Iterable[str], stdin: Optional[BinaryIO] = None) -> Iterator[Union[Article, InputError]]:
    """Yield an ``Article`` or an ``InputError`` for every input found under ``paths``."""
    for item in iter_located_articles(paths, stdin):
        yield item if isinstance(item, InputError) else item[0]


def iter_located_articles(paths: Iterable[str], stdin: Optional[BinaryIO] = None, *, notes=None, feeds=None,
                          fetcher=None) -> Iterator[Union[Located, InputError]]:
    """Like ``iter_articles``, with each article paired with the file and line it came from.
    ``notes`` gets informational lines (what an archive skipped); ``feeds`` is the
    ``FeedMemory`` of earlier polls and ``fetcher`` the ``Fetcher`` for URLs (made when needed)."""
    from .sources import Reader

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


def _read_path(path: str, stdin: Optional[BinaryIO], reader) -> Iterator[Union[Located, InputError]]:
    if path == STDIN:
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
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


def _read_any_file(path: str, reader) -> Iterator[Union[Located, InputError]]:
    if reader.handles(path):
        yield from reader.read_file(path)
    else:
        yield from _read_file(path)


def _files_in(folder: str, suffixes: tuple[str, ...] = TEXT_SUFFIXES + JSONL_SUFFIXES) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(suffixes):
                yield os.path.join(root, name)


def _read_file(path: str) -> Iterator[Union[Located, InputError]]:
    stem = os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, "rb") as stream:
            if path.lower().endswith(JSONL_SUFFIXES):
                if b"\x00" in stream.read(_SNIFF_BYTES):
                    yield InputError(path, None, "binary file (contains NUL bytes), not JSONL")
                    return
                stream.seek(0)
                yield from _read_jsonl(path, stream, stem)
            else:
                yield _text_article(path, stem, stream.read(_MAX_TEXT_BYTES + 1))
    except OSError as e:
        yield InputError(path, None, f"cannot read: {e.strerror or e}")


def _read_stdin(stream: BinaryIO) -> Iterator[Union[Located, InputError]]:
    # Read just enough to see the first non-blank byte, then replay it to the reader chosen.
    prefix = b""
    while not prefix.strip(_BLANK):
        chunk = stream.readline(_MAX_LINE_BYTES + 1)
        if not chunk:
            break
        prefix += chunk
    replay = _Replay(prefix, stream)
    if prefix.lstrip(_BLANK).startswith(b"{"):
        yield from _read_jsonl(STDIN_LABEL, replay, "stdin")
    else:
        yield _text_article(STDIN_LABEL, "stdin", replay.read(_MAX_TEXT_BYTES + 1))


def _text_article(label: str, article_id: str, data: bytes) -> Union[Located, InputError]:
    if not data:
        return InputError(label, None, "empty file")
    if len(data) > _MAX_TEXT_BYTES:
        return InputError(label, None, f"article too large: over {_MAX_TEXT_BYTES:,} bytes "
                                       f"(the limit is {MAX_ARTICLE_CHARS:,} characters)")
    if b"\x00" in data:
        return InputError(label, None, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputError(label, None, f"not valid UTF-8 (bad byte 0x{data[e.start]:02x} at byte offset {e.start})")
    if not text.strip():
        return InputError(label, None, "empty file (only whitespace)")
    problem = text_problem(text)
    if problem:
        return InputError(label, None, problem)
    return Article(id=article_id, text=text, source=label), Origin(label)


def _read_jsonl(label: str, stream, stem: str) -> Iterator[Union[Located, InputError]]:
    line_no = 0
    offset = 0  # byte offset of the current line in the file, for UTF-8 error messages
    saw_content = False  # any non-blank line
    while True:
        raw = stream.readline(_MAX_LINE_BYTES + 1)
        if not raw:
            break
        line_no += 1
        start, offset = offset, offset + len(raw)
        if len(raw) > _MAX_LINE_BYTES and not raw.endswith(b"\n"):
            offset += _skip_rest_of_line(stream)
            yield InputError(label, line_no, f"article too large: line over {_MAX_LINE_BYTES:,} bytes "
                                             f"(the limit is {MAX_ARTICLE_CHARS:,} characters)")
            saw_content = True
            continue
        if not raw.strip(_BLANK):
            continue
        saw_content = True
        if b"\x00" in raw:
            yield InputError(label, line_no, "contains NUL bytes, not a JSON line")
            continue
        yield _jsonl_article(label, line_no, start, raw, stem)
    if not saw_content:
        yield InputError(label, None, "empty file")


def _skip_rest_of_line(stream) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_article(label: str, line_no: int, start: int, raw: bytes, stem: str) -> Union[Located, InputError]:
    def error(message: str) -> InputError:
        return InputError(label, line_no, message)

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return error(f"not valid UTF-8 (bad byte 0x{raw[e.start]:02x} at byte offset {start + e.start} of the file)")
    if line_no == 1 and line.startswith("\ufeff"):
        line = line[1:]  # a byte-order mark before the JSON is not part of any article
    try:
        data = json.loads(line)
    except json.JSONDecodeError as e:
        return error(f"not valid JSON ({e.msg} at column {e.colno})")
    except (ValueError, RecursionError) as e:
        return error(f"not valid JSON ({e.__class__.__name__})")
    if not isinstance(data, dict):
        return error(f"not a JSON object but {_json_type(data)}")

    text = data.get("text")
    if text is None:
        return error('no "text" field')
    if not isinstance(text, str):
        return error(f'"text" must be a string, not {_json_type(text)}')
    if not text.strip():
        return error('"text" is empty')
    problem = text_problem(text)
    if problem:
        return error(problem)

    article_id = data.get("id")
    if article_id is None:
        article_id = f"{stem}-{line_no}"
    elif isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    elif not isinstance(article_id, str) or not article_id.strip():
        return error('"id" must be a non-empty string or an integer')
    elif _has_surrogate(article_id):
        return error('"id" contains an unpaired surrogate')

    fields = {}
    for name in OPTIONAL_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return error(f'"{name}" must be a string, not {_json_type(value)}')
        if value is not None and _has_surrogate(value):
            return error(f'"{name}" contains an unpaired surrogate')
        fields[name] = value
    if fields["published"] is not None:
        published = iso_date(fields["published"])
        if published is None:
            return error(f'"published" is not an ISO date (YYYY-MM-DD): {fields["published"]!r}')
        fields["published"] = published
    fields["source"] = fields["source"] or label
    return Article(id=article_id, text=text, **fields), Origin(label, line_no)


def text_problem(text: str) -> Optional[str]:
    """Why ``text`` cannot be an article (size, NUL, control garbage, broken Unicode), or None."""
    if len(text) > MAX_ARTICLE_CHARS:
        return f"article too large: {len(text):,} characters (the limit is {MAX_ARTICLE_CHARS:,})"
    if "\x00" in text:
        return "text contains NUL characters"
    controls = len(_CONTROL.findall(text))
    if controls >= 5 and controls > len(text) / 100:
        return f"text looks like binary data ({controls:,} control characters)"
    if _has_surrogate(text):
        return "text contains an unpaired surrogate (broken \\u escape)"
    return None


def iso_date(value: str) -> Optional[str]:
    """``YYYY-MM-DD`` from an ISO date or date-time string, or None if it is neither."""
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_type(value) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "null" if value is None else type(value).__name__


class _Replay:
    """A binary stream that first gives back bytes already read from ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO):
        self._prefix = io.BytesIO(prefix)
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        line = self._prefix.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self._stream.readline(-1 if limit < 0 else limit - len(line))

    def read(self, size: int = -1) -> bytes:
        data = self._prefix.read(size)
        if size < 0:
            return data + self._stream.read()
        return data if len(data) >= size else data + self._stream.read(size - len(data))
