"""Events: stored PLOVER events filtered by actor, target, type, country, article and date, and every
event for export; the events beside a briefing's statements (``context_events``), those a speaker or
the country they speak for did (``speaker_events``), and those each statement reports (``linked_events``).

An actor or target filter matches an ISO3/IGO code exactly, words of the span as written, or
a speaker entity resolved across articles (any alias, through the article's speakers).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Optional, Sequence

from sqlalchemy import Row, RowMapping, and_, func, or_, select, tuple_
from sqlalchemy.sql import ColumnElement, Select

from onrecord.extract.events.tables import QUAD
from onrecord.model import EVENT_TYPES
from onrecord.query.filters import LIKE_ESCAPE, MAX_NAME_CHARS, checked_text, contains_pattern, date_bound, text_order
from onrecord.query.speakers import find_speakers
from onrecord.query.views import plain
from onrecord.resolve.identity import norm
from onrecord.store import Store
from onrecord.store.event_schema import events
from onrecord.store.schema import article_speakers, articles, statements


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
        return plain(self)

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


def _filtered(store: Store, actor: Optional[str] = None, target: Optional[str] = None, type: Optional[str] = None,
              country: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
              include_negated: bool = False, article: Optional[str] = None,
              min_confidence: Optional[float] = None) -> Select[Any]:
    query = _base()
    if article:
        query = query.where(events.c.article_id == article)
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
    if min_confidence:
        query = query.where(events.c.confidence >= min_confidence)
    return query


def query_events(store: Store, limit: Optional[int] = 50, offset: int = 0, **filters: Any) -> list[EventView]:
    """Events, newest first, filtered by ``actor``, ``target``, ``type`` (one PLOVER type or several,
    comma-separated), ``country``, ``since``, ``until``, ``article``, ``include_negated`` and ``min_confidence``."""
    query = _filtered(store, **filters).order_by(events.c.date.desc(), text_order(store, events.c.article_id),
                                                 events.c.trigger_start)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [_view(r) for r in conn.execute(query)]


def count_events(store: Store, **filters: Any) -> int:
    """How many events ``query_events`` gives for the same filters without a limit."""
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(_filtered(store, **filters).subquery())).scalar_one()


# PLOVER's material classes (2 cooperation, 4 conflict): what was done, not what was said
MATERIAL = frozenset(t for t, quad in QUAD.items() if quad in (2, 4))


def _factual() -> ColumnElement[bool]:
    return and_(events.c.negated.is_(False), events.c.hypothetical.is_(False), events.c.future.is_(False))


def context_events(store: Store, countries: Sequence[str], since: Optional[str], until: Optional[str],
                   article_ids: Sequence[str] = (), limit: int = 100) -> list[EventView]:
    """Material events that happened (not negated, hypothetical or future) whose actor or target is
    one of ``countries``, dated between ``since`` and ``until`` (ISO bounds, either may be None),
    or undated in one of ``article_ids``; oldest first."""
    if not countries:
        return []
    codes = sorted({c.upper() for c in countries})
    dated: ColumnElement[bool] = events.c.date.is_not(None)
    if since:
        dated = and_(dated, events.c.date >= date_bound(since, end=False))
    if until:
        dated = and_(dated, events.c.date <= date_bound(until, end=True))
    when = or_(dated, and_(events.c.date.is_(None), events.c.article_id.in_(list(article_ids)))) \
        if article_ids else dated
    query = (_base().where(_factual(), events.c.type.in_(sorted(MATERIAL)), when,
                           or_(events.c.actor_country.in_(codes), events.c.target_country.in_(codes)))
             .order_by(events.c.date.nulls_first(), text_order(store, events.c.article_id), events.c.trigger_start)
             .limit(limit))
    with store.engine.connect() as conn:
        return [_view(r) for r in conn.execute(query)]


def speaker_events(store: Store, entity_id: str, countries: Sequence[str] = (),
                   limit: int = 25) -> tuple[list[EventView], list[EventView]]:
    """(what the speaker did: events whose actor is one of their mentions, newest first;
    what their countries did: material events with one of ``countries`` as actor)."""
    mine = select(article_speakers.c.article_id, article_speakers.c.local_id).where(
        article_speakers.c.entity_id == entity_id)
    own = tuple_(events.c.article_id, events.c.actor_entity).in_(mine)
    order = (events.c.date.desc(), text_order(store, events.c.article_id), events.c.trigger_start)
    with store.engine.connect() as conn:
        did = [_view(r) for r in conn.execute(_base().where(own, events.c.negated.is_(False))
                                              .order_by(*order).limit(limit))]
        theirs: list[EventView] = []
        if countries:
            codes = sorted({c.upper() for c in countries})
            theirs = [_view(r) for r in conn.execute(
                _base().where(events.c.actor_country.in_(codes), _factual(), events.c.type.in_(sorted(MATERIAL)))
                .order_by(*order).limit(limit))]
    return did, theirs


def linked_events(store: Store, statement_ids: Sequence[str]) -> dict[str, list[EventView]]:
    """statement id -> the events it reports: those the record links to it, and those whose trigger
    lies within its content; in text order."""
    found: dict[str, list[EventView]] = {}
    ids = list(statement_ids)
    inside = and_(events.c.article_id == statements.c.article_id,
                  events.c.trigger_start >= statements.c.content_start,
                  events.c.trigger_end <= statements.c.content_end)
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            query = (_base().add_columns(statements.c.id.label("linked_statement"))
                     .join(statements, or_(events.c.statement_id == statements.c.id, inside))
                     .where(statements.c.id.in_(ids[i:i + 500]), events.c.negated.is_(False))
                     .order_by(events.c.trigger_start))
            for r in conn.execute(query):
                found.setdefault(r._mapping["linked_statement"], []).append(_view(r))
    return found


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
