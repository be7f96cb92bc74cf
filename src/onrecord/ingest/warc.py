"""Articles from WARC and WARC.gz archives (Common Crawl News and other crawls), read with warcio.

The archive is streamed record by record, so memory stays flat whatever its size. Each
``response`` record whose payload is HTML becomes an article (through ``html.py``) with the
record's target URL, and the record's date when the page gives no publication date. Every
other record (requests, warcinfo, metadata, images, robots.txt, redirects) is counted and
skipped; the counts end in one ``Note`` line. An archive that breaks off (a cut
download) yields every complete record before the break, and one ``InputError`` saying at which
byte offset the broken record starts.

Nothing in an archive can make reading it take unbounded memory or time: a header line is cut
at ``MAX_HEADER_LINE_BYTES`` (warcio would otherwise gather a line of any length), a record
declaring more than ``MAX_RECORD_BYTES`` is skipped unread, and decompression stops once it has
produced more than ``MAX_EXPANSION`` times the file's size (``MIN_DECOMPRESSED_LIMIT`` for small
files): a gzip bomb is refused in one line after a few hundred megabytes at most.
"""
from __future__ import annotations

import os
from typing import Iterator, Optional, Union

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from onrecord.ingest.base import InputError, Note, Origin, iso_date
from onrecord.ingest.html import MAX_PAGE_BYTES, article_from_html
from onrecord.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
Located = tuple[Article, Origin]
_HTML_TYPES = ("text/html", "application/xhtml+xml")

MAX_HEADER_LINE_BYTES = 64 * 1024  # one line of a WARC or HTTP header
MAX_HEADER_LINES = 1_000  # lines in one record's WARC or HTTP header
MAX_RECORD_BYTES = 100 * 1024 * 1024  # a record's declared length; larger ones are skipped
# Web pages compress about five to ten times; WARC.gz files of news crawls expand about five
# times. A hundred times the file, or 200 MB for a small file, is more than any real archive.
MAX_EXPANSION = 100
MIN_DECOMPRESSED_LIMIT = 200 * 1024 * 1024


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_warc(path: str, local: str | None = None) -> Iterator[Union[Located, InputError, Note]]:
    """The articles of the archive ``path``; ``local`` is a copy of it to open instead (a remote
    archive fetched by a Spark task), while ids and messages still name ``path``."""
    counts = {"pages": 0, "other": 0}
    try:
        stream = open(local or path, "rb")
    except OSError as e:
        yield InputError(path, None, f"cannot read: {e.strerror or e}")
        return
    with stream:
        size = os.fstat(stream.fileno()).st_size
        if size == 0:
            yield InputError(path, None, "empty file, not a WARC archive")
            return
        records = _BoundedArchive(stream, max(MIN_DECOMPRESSED_LIMIT, MAX_EXPANSION * size))
        position = {"end": 0}  # where the last whole record ended: a break is there
        broken = False
        try:
            yield from _records(path, records, counts, position)
            broken = records.cut
        except _TooLarge as e:
            yield InputError(path, None, f"{e} at byte {position['end']:,}; the archive is not read further "
                                         f"({counts['pages']} page{'' if counts['pages'] == 1 else 's'} "
                                         f"read before it)")
            return
        except _CutShort:
            broken = True
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as e:
            # a gzip member or record header cut short (warcio trips over some with an
            # AttributeError), or bytes that are not a WARC at all
            if position["end"] == 0 and not any(counts.values()) and not isinstance(e, AttributeError):
                yield InputError(path, None, f"not a readable WARC archive ({_first_line(e)})")
                return
            broken = True
        if not broken and position["end"] < size:
            broken = True  # warcio ends quietly when a gzip member is cut before its first bytes decode
        if broken:
            pages = counts["pages"]
            yield InputError(path, None, f"archive breaks at byte {position['end']:,} (truncated or corrupt "
                                         f"record); the {pages} complete page{'' if pages == 1 else 's'} "
                                         f"before it were read")
    pages, other = counts["pages"], counts["other"]
    yield Note(path, f"{pages} HTML page{'' if pages == 1 else 's'} read, "
                     f"{other} other record{'' if other == 1 else 's'} skipped")


class _CutShort(Exception):
    """A record shorter than its header says: the archive ends inside it."""


class _TooLarge(Exception):
    """A header line, a header or the decompressed archive over its limit; the message says which."""


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader, with a limit on the length of a line and on the bytes decompressed."""

    def __init__(self, stream, limit: int, **kwargs) -> None:
        super().__init__(stream, **kwargs)
        self.limit = limit
        self.decompressed = 0
        self.lines: Optional[int] = 0  # header lines read for the next record; None while a body is read

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        self.decompressed += self.buff_size if self.buff else 0
        if self.decompressed > self.limit:
            raise _TooLarge(f"over {self.limit // (1024 * 1024):,} MB decompressed (a gzip bomb?)")

    def readline(self, length=None):
        # warcio reads headers (and the blank lines between records) line by line, each line
        # unbounded: cap it, and the number of lines a header may have
        cap = MAX_HEADER_LINE_BYTES + 1
        line = super().readline(cap if not length or length > cap else length)
        if len(line) >= cap and not line.endswith(b"\n"):
            raise _TooLarge(f"a header line over {MAX_HEADER_LINE_BYTES // 1024} KB")
        if self.lines is not None:
            self.lines += 1
            if self.lines > MAX_HEADER_LINES:
                raise _TooLarge(f"a record header over {MAX_HEADER_LINES:,} lines")
        return line


class _BoundedArchive(ArchiveIterator):
    def __init__(self, stream, limit: int) -> None:
        super().__init__(stream)
        self.reader = _BoundedReader(self.fh, limit)
        self.cut = False  # whether the last gzip member ended before its trailer

    def close(self) -> None:
        # warcio does not check that the last gzip member was whole: a file missing its last
        # bytes (the gzip trailer) ends quietly
        decompressor = self.reader.decompressor if self.reader else None
        self.cut = self.cut or (decompressor is not None and not decompressor.eof)
        super().close()

def _records(path: str, records: _BoundedArchive, counts: dict,
             position: dict) -> Iterator[Union[Located, InputError]]:
    for record in _each(records):
        if not record.format.startswith("warc"):
            raise ValueError(f"a {record.format} record, not WARC")
        declared = record.length or 0
        if declared > MAX_RECORD_BYTES:
            offset = records.get_record_offset()
            counts["other"] += 1
            yield InputError(path, None, f"record at byte {offset:,}: {declared:,} bytes, over the limit of "
                                         f"{MAX_RECORD_BYTES:,}; skipped")
            while record.raw_stream.read(65536):  # passed over unkept; the decompression limit bounds it
                pass
            position["end"] = offset + records.get_record_length()
            continue
        html = _is_html_response(record)
        payload = record.content_stream().read(MAX_PAGE_BYTES + 1) if html else b""
        while record.raw_stream.read(65536):  # the rest of the record, unread
            pass
        if not _whole(record):
            raise _CutShort()
        offset = records.get_record_offset()
        position["end"] = offset + records.get_record_length()
        if not html:
            counts["other"] += 1
            continue
        if len(payload) > MAX_PAGE_BYTES:
            counts["other"] += 1
            yield InputError(path, None, f"record at byte {offset:,}: page over {MAX_PAGE_BYTES:,} bytes; skipped")
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        crawled = iso_date((record.rec_headers.get_header("WARC-Date") or "").replace("Z", "+00:00"))
        found = article_from_html(payload, f"{path}@{offset}", url=url, published=crawled)
        if isinstance(found, Article):
            counts["pages"] += 1
            yield found, Origin(f"{path}@{offset}")
        else:
            counts["other"] += 1
            yield found


def _each(records: _BoundedArchive) -> Iterator:
    """The records, with header lines counted only while warcio reads headers (a chunked body
    is read line by line too, and may have any number of chunks)."""
    for record in records:
        records.reader.lines = None
        yield record
        records.reader.lines = 0


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return status.startswith("2") and ctype in _HTML_TYPES


def _whole(record) -> bool:
    """Whether the record was read to the length its header gives: warcio stops quietly at the
    end of a cut file, and a record whose header block was cut has no length at all."""
    limit = getattr(record.raw_stream, "limit", None)
    return limit is not None and limit <= 0


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__
