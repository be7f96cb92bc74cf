"""Articles from WARC and WARC.gz archives (Common Crawl News and other crawls), read with warcio.

The archive is streamed record by record, so memory stays flat whatever its size. Each
``response`` record whose payload is HTML becomes an article (through ``html.py``) with the
record's target URL, and the record's date when the page gives no publication date. Every
other record (requests, warcinfo, metadata, images, robots.txt, redirects) is counted and
skipped; the counts end in one ``Note`` line. An archive that breaks off (a cut
download) yields every complete record before the break, and one ``InputError`` saying at which
byte offset the broken record starts.
"""
from __future__ import annotations

import os
from typing import Iterator, Union

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from onrecord.ingest.base import InputError, Note, Origin, iso_date
from onrecord.ingest.html import MAX_PAGE_BYTES, article_from_html
from onrecord.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
Located = tuple[Article, Origin]
_HTML_TYPES = ("text/html", "application/xhtml+xml")


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
        records = ArchiveIterator(stream)
        position = {"end": 0}  # where the last whole record ended: a break is there
        broken = False
        try:
            yield from _records(path, records, counts, position)
        except _CutShort:
            broken = True
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as e:
            # a gzip member or record header cut short (warcio trips over some with an
            # AttributeError), or bytes that are not a WARC at all
            if position["end"] == 0 and not any(counts.values()) and not isinstance(e, AttributeError):
                yield InputError(path, None, f"not a readable WARC archive ({_first_line(e)})")
                return
            broken = True
        if not broken and position["end"] < os.fstat(stream.fileno()).st_size:
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


def _records(path: str, records, counts: dict, position: dict) -> Iterator[Union[Located, InputError]]:
    for record in records:
        if not record.format.startswith("warc"):
            raise ValueError(f"a {record.format} record, not WARC")
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
