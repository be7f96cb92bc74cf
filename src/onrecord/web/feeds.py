"""Atom feeds of watches: ``/watch/NAME.atom``, the statements a watch matched since it was
made, newest first, one entry per statement (its id is the statement's, so a reader never
shows one twice). Built with ElementTree, which escapes every text it is given."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from onrecord.present.links import web_url
from onrecord.query import Record, StatementView

router = APIRouter(tags=["watches"])
ATOM = "http://www.w3.org/2005/Atom"
ENTRIES = 100


def _record(request: Request) -> Record:
    return request.app.state.record


# characters XML 1.0 cannot hold at all, escaped or not (control characters from a scraped page)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _NOT_XML.sub("", v) for k, v in attributes.items()})
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element


def _entry(feed: ET.Element, base: str, s: StatementView, stored: str) -> None:
    entry = _add(feed, "entry")
    who = s.speaker_entity_name or "Unattributed"
    _add(entry, "id", f"{base}/statements/{quote(s.id, safe='')}")
    text = " ".join(s.text.split())
    _add(entry, "title", f"{who}: {text[:120]}{'…' if len(text) > 120 else ''}")
    _add(entry, "updated", f"{s.date}T00:00:00Z" if s.date else stored)
    author = _add(entry, "author")
    _add(author, "name", who)
    _add(entry, "link", href=f"{base}/articles/{quote(s.article_id, safe='')}")
    link = web_url(s.url)
    if link:
        _add(entry, "link", rel="related", href=link)
    source = f" ({s.title})" if s.title else ""
    _add(entry, "summary", f"“{text}” — {who}, {s.date or 'undated'}, {s.kind}{source}")


@router.get("/watch/{name}.atom", summary="A watch's matches as an Atom feed", response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}}, "description": "The Atom feed."},
                       401: {"description": "This server wants a token and none came."},
                       404: {"description": "No such watch."},
                       503: {"description": "The database cannot be reached or the query took too long."}})
def watch_feed(request: Request, name: str) -> Response:
    try:
        watch, found = _record(request).watch_feed(name, ENTRIES)
    except LookupError as e:
        raise HTTPException(404, str(e)) from None
    base = str(request.base_url).rstrip("/")
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    feed = ET.Element("feed", {"xmlns": ATOM})
    _add(feed, "id", f"{base}/watch/{quote(name, safe='')}.atom")
    asked = ", ".join(f"{k} {v}" for k, v in watch.filters().items() if v)
    _add(feed, "title", f"onrecord watch {name}: {asked}")
    _add(feed, "updated", now)
    _add(feed, "link", rel="self", href=f"{base}/watch/{quote(name, safe='')}.atom")
    _add(feed, "generator", "onrecord")
    for view, _seq in found:
        _entry(feed, base, view, now)
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
