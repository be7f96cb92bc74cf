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
from typing import BinaryIO, Iterator, Union

from onrecord.ingest.base import MAX_ARTICLE_CHARS, InputError, Located, Origin, has_surrogate, iso_date, text_problem
from onrecord.model import Article

_MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS  # a character takes at most 4 bytes in UTF-8
_MAX_LINE_BYTES = 8 * MAX_ARTICLE_CHARS  # JSON escapes such as \u00e9 take 6 bytes a character

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
STDIN_LABEL = "<stdin>"
OPTIONAL_FIELDS = ("title", "published", "url", "source")

_BLANK = b" \t\r\n\x0b\x0c"
_SNIFF_BYTES = 8192  # a NUL byte this early means a binary file, not JSONL


def read_file(path: str, local: str | None = None) -> Iterator[Union[Located, InputError]]:
    """The article(s) of the text or JSONL file ``path``; ``local`` is a copy of it to open
    instead (a remote file fetched by a Spark task), while ids and messages still name ``path``."""
    stem = os.path.splitext(os.path.basename(path))[0]
    try:
        with open(local or path, "rb") as stream:
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


def read_stdin(stream: BinaryIO) -> Iterator[Union[Located, InputError]]:
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
    elif has_surrogate(article_id):
        return error('"id" contains an unpaired surrogate')

    fields = {}
    for name in OPTIONAL_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return error(f'"{name}" must be a string, not {_json_type(value)}')
        if value is not None and has_surrogate(value):
            return error(f'"{name}" contains an unpaired surrogate')
        fields[name] = value
    if fields["published"] is not None:
        published = iso_date(fields["published"])
        if published is None:
            return error(f'"published" is not an ISO date (YYYY-MM-DD): {fields["published"]!r}')
        fields["published"] = published
    fields["source"] = fields["source"] or label
    return Article(id=article_id, text=text, **fields), Origin(label, line_no)


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
