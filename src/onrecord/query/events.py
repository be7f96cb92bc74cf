"""Events: stored PLOVER events filtered by actor, target, type, country and date, and every event for export.

An actor or target filter matches an ISO3/IGO code exactly, words of the span as written, or
a speaker entity resolved across articles (any alias, through the article's speakers).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterator, Optional

from sqlalchemy import Row, RowMapping, and_, or_, select, tuple_
from sqlalchemy.sql import ColumnElement, Select

from onrecord.model import EVENT_TYPES
from onrecord.query.filters import LIKE_ESCAPE, MAX_NAME_CHARS, checked_text, contains_pattern, date_bound, text_order
from onrecord.query.speakers import find_speakers
from onrecord.resolve.identity import norm
from onrecord.store import Store
from onrecord.store.event_schema import events
from onrecord.store.schema import article_speakers, articles


@dataclass
class EventView:
    id: str
    article_id: str
    type: str
    mode: Optional[str]
    actor: Optional[dict[str, Any]]
    target: Optional[dict[str, Any]]
    location: Optional[dict[str, Any]]
    date: Optional[str]
    trigger: dict[str, Any]
    sentence: Optional[dict[str, int]]
    negated: bool
    hypothetical: bool
    future: bool
    statement: Optional[str]
    confidence: float
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def flat(self) -> dict[str, Any]:
        out = {k: v for k, v in self.to_json().items() if not isinstance(v, dict) and k != "sentence"}
        for side in ("actor", "target"):
            party = getattr(self, side) or {}
            for field in ("text", "entity", "country", "sector"):
                out[f"{side}_{field}"] = party.get(field)
        out["location_text"] = (self.location or {}).get("text")
        out["location_country"] = (self.location or {}).get("country")
        out["trigger_text"] = self.trigger["text"]
        return {c: out.get(c) for c in EVENT_COLUMNS}


EVENT_COLUMNS = ["id", "article_id", "type", "mode", "actor_text", "actor_entity", "actor_country", "actor_sector",
                 "target_text", "target_entity", "target_country", "target_sector", "location_text",
                 "location_country", "date", "trigger_text", "negated", "hypothetical", "future", "statement",
                 "confidence", "title", "url", "published"]


def _party_filter(store: Store, side: str, value: str) -> ColumnElement[bool]:
    col = events.c
    value = checked_text(value, f"the {side}", MAX_NAME_CHARS)
    code = value.strip().upper()
    conditions = [col[f"{side}_country"] == code,
                  col[f"{side}_text"].ilike(contains_pattern(value.strip()), escape=LIKE_ESCAPE)]
    ids = [s.id for s in find_speakers(store, value)] if norm(value) else []
    if ids:
        locals_ = select(article_speakers.c.article_id, article_speakers.c.local_id).where(
            article_speakers.c.entity_id.in_(ids))
        conditions.append(tuple_(col.article_id, col[f"{side}_entity"]).in_(locals_))
    return or_(*conditions)


def query_events(store: Store, actor: Optional[str] = None, target: Optional[str] = None, type: Optional[str] = None,
                 country: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                 include_negated: bool = False, limit: Optional[int] = 50, offset: int = 0) -> list[EventView]:
    """Events, newest first. ``type`` is one PLOVER type or several, comma-separated."""
    query = _base()
    if actor:
        query = query.where(_party_filter(store, "actor", actor))
    if target:
        query = query.where(_party_filter(store, "target", target))
    if type:
        types = [t.strip().upper() for t in type.split(",") if t.strip()]
        unknown = [t for t in types if t not in EVENT_TYPES]
        if unknown:
            raise ValueError(f"unknown event type {unknown[0]!r}; types are {', '.join(EVENT_TYPES)}")
        query = query.where(events.c.type.in_(types))
    if country:
        code = country.strip().upper()
        query = query.where(or_(events.c.actor_country == code, events.c.target_country == code,
                                events.c.location_country == code))
    if since:
        query = query.where(events.c.date >= date_bound(since, end=False))
    if until:
        query = query.where(events.c.date <= date_bound(until, end=True))
    if not include_negated:
        query = query.where(events.c.negated.is_(False))
    query = query.order_by(events.c.date.desc(), text_order(store, events.c.article_id), events.c.trigger_start)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [_view(r) for r in conn.execute(query)]


def export_events(store: Store, batch: int = 2000) -> Iterator[EventView]:
    """Every event, in a stable order, fetched in batches."""
    last = ""
    key = text_order(store, events.c.id)
    while True:
        with store.engine.connect() as conn:
            rows = [_view(r) for r in conn.execute(_base().where(key > last).order_by(key).limit(batch))]
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].id


def _base() -> Select[Any]:
    return (select(events, articles.c.title, articles.c.url, articles.c.published)
            .select_from(events.join(articles, and_(articles.c.id == events.c.article_id))))


def _party(m: RowMapping, side: str) -> Optional[dict[str, Any]]:
    if m[f"{side}_text"] is None and m[f"{side}_country"] is None:
        return None
    return {f: m[f"{side}_{f}"] for f in ("text", "start", "end", "entity", "country", "sector")}


def _view(r: Row[Any]) -> EventView:
    m = r._mapping
    return EventView(
        id=m["id"], article_id=m["article_id"], type=m["type"], mode=m["mode"],
        actor=_party(m, "actor"), target=_party(m, "target"),
        location=({"text": m["location_text"], "country": m["location_country"]}
                  if m["location_text"] is not None else None),
        date=m["date"], trigger={"start": m["trigger_start"], "end": m["trigger_end"], "text": m["trigger_text"]},
        sentence=({"start": m["sentence_start"], "end": m["sentence_end"]}
                  if m["sentence_start"] is not None else None),
        negated=bool(m["negated"]), hypothetical=bool(m["hypothetical"]), future=bool(m["future"]),
        statement=m["statement_id"], confidence=m["confidence"], title=m["title"], url=m["url"],
        published=m["published"],
    )
