"""The REST API: JSON over ``onrecord.query``, the same answers as the command line.

Lists are paged with ``limit`` and ``offset`` and say their ``total`` and the ``next`` page's URL.
Bad parameters are 400 (a date or kind the query layer refuses) or 422 (a type FastAPI
refuses), an unknown speaker or article 404, a name several speakers share 409 with the
candidates to choose from.
"""
from __future__ import annotations

from typing import Any, Callable, Literal, Optional, TypeVar

from fastapi import APIRouter, HTTPException, Query, Request

from onrecord.embeddings import EncoderMissing
from onrecord.query import (
    AmbiguousSpeaker,
    ArticleNotFound,
    Record,
    SpeakerNotFound,
    article_list,
    count_statements,
)
from onrecord.query import article as one_article  # `article` names the route below
from onrecord.web.schemas import (
    ERRORS,
    Article,
    ArticleSummary,
    Event,
    Page,
    Speaker,
    SpeakerDetail,
    Statement,
    Stats,
    Timeline,
)

router = APIRouter(prefix="/api", tags=["record"])

Limit = Query(50, ge=1, le=500, description="At most this many items.")
Offset = Query(0, ge=0, description="Skip this many items.")


def _record(request: Request) -> Record:
    return request.app.state.record


def _page(request: Request, total: int, limit: int, offset: int, items: list) -> dict[str, Any]:
    following = None
    if offset + len(items) < total:
        following = str(request.url.include_query_params(offset=offset + limit, limit=limit))
    return {"total": total, "limit": limit, "offset": offset, "next": following, "items": items}


T = TypeVar("T")


def _speaker_errors(call: Callable[[], T]) -> T:
    """``call()``, with the query layer's refusals as HTTP errors."""
    try:
        return call()
    except AmbiguousSpeaker as e:
        raise HTTPException(409, {"message": str(e), "candidates": [c.to_json() for c in e.candidates]}) from None
    except SpeakerNotFound as e:
        raise HTTPException(404, str(e)) from None
    except ValueError as e:
        raise HTTPException(400, str(e)) from None
    except EncoderMissing as e:
        raise HTTPException(503, str(e)) from None


@router.get("/statements", summary="Statements, filtered as by `onrecord quotes`",
            response_model=Page[Statement], responses=ERRORS)
def statements(request: Request,
               speaker: Optional[str] = Query(None, description="Any name or alias of the speaker, or its id."),
               search: Optional[str] = Query(None, description="Words the statement contains (best first)."),
               topic: Optional[str] = Query(None, min_length=1, description="What it is about (nearest first)."),
               since: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD."),
               until: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD."),
               kind: Optional[str] = Query(None, description="direct, indirect, mixed, belief (comma-separated)."),
               limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Newest first, or best match first with `search`, or nearest in meaning first with `topic`."""
    record = _record(request)
    filters = dict(speaker=speaker, search=search, since=since, until=until, kind=kind, topic=topic)
    found = _speaker_errors(lambda: record.statements(**filters, limit=limit, offset=offset))
    total = _speaker_errors(lambda: count_statements(record, **filters))
    return _page(request, total, limit, offset, [s.to_json() for s in found])


@router.get("/search", summary="Full-text and topic search over statements", response_model=Page[Statement],
            responses=ERRORS)
def search(request: Request, q: Optional[str] = Query(None, min_length=1, description="Words, ANDed and stemmed."),
           topic: Optional[str] = Query(None, min_length=1,
                                        description="What the statement is about: ranked by meaning and words."),
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Best match first: `q` alone by its words; `topic` by meaning and words (each item's
    `topic_score` is its similarity); both: statements with the words, nearest the topic first."""
    if q is None and topic is None:
        raise HTTPException(400, "give q (words), topic, or both")
    record = _record(request)
    found = _speaker_errors(lambda: record.statements(search=q, topic=topic, limit=limit, offset=offset))
    total = _speaker_errors(lambda: count_statements(record, search=q, topic=topic))
    return _page(request, total, limit, offset, [s.to_json() for s in found])


@router.get("/speakers", summary="Speakers, most quoted first", response_model=Page[Speaker])
def speakers(request: Request, search: Optional[str] = Query(None, description="Part of a name or alias."),
             type: Optional[Literal["PERSON", "ORG", "GPE", "GROUP", "UNKNOWN"]] = None,
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    found = _record(request).speakers(search=search, type=type, limit=offset + limit + 1)
    items = [s.to_json() for s in found[offset:offset + limit]]
    more = len(found) > offset + limit
    following = str(request.url.include_query_params(offset=offset + limit, limit=limit)) if more else None
    # speakers are not counted ahead: total is known only on the last page
    return {"total": None if more else offset + len(items), "limit": limit, "offset": offset,
            "next": following, "items": items}


@router.get("/speakers/{name}", summary="One speaker: aliases, roles over time, statements by month",
            response_model=SpeakerDetail, responses=ERRORS)
def speaker(request: Request, name: str,
            recent: int = Query(5, ge=0, le=100, description="Include this many newest statements.")) -> dict[str, Any]:
    record = _record(request)
    profile = _speaker_errors(lambda: record.profile(name))
    latest = record.statements(speaker=profile.speaker.id, limit=recent) if recent else []
    return {**profile.to_json(), "recent": [s.to_json() for s in latest]}


@router.get("/speakers/{name}/timeline", summary="A speaker's statements counted by month, and roles over time",
            response_model=Timeline, responses=ERRORS)
def timeline(request: Request, name: str) -> dict[str, Any]:
    profile = _speaker_errors(lambda: _record(request).profile(name))
    data = profile.to_json()
    return {"speaker": data["speaker"], "by_month": data["by_month"], "roles": data["roles"]}


@router.get("/articles", summary="Articles, newest first, with their statement counts",
            response_model=Page[ArticleSummary], responses=ERRORS)
def articles(request: Request, since: Optional[str] = None, until: Optional[str] = None,
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    try:
        total, items = article_list(_record(request), since=since, until=until, limit=limit, offset=offset)
    except ValueError as e:
        raise HTTPException(400, str(e)) from None
    return _page(request, total, limit, offset, items)


@router.get("/articles/{article_id}", summary="One article: its text and its statements with their spans",
            response_model=Article, responses=ERRORS)
def article(request: Request, article_id: str) -> dict[str, Any]:
    try:
        return one_article(_record(request), article_id).to_json()
    except ArticleNotFound as e:
        raise HTTPException(404, str(e)) from None


@router.get("/stats", summary="Counts: articles, statements by kind, speakers by type, dates",
            response_model=Stats)
def stats(request: Request) -> dict[str, Any]:
    return _record(request).stats()


@router.get("/events", summary="PLOVER events, filtered as by `onrecord events`", response_model=Page[Event],
            responses=ERRORS)
def events(request: Request,
           actor: Optional[str] = Query(None, description="An ISO3/IGO code, words of its name, or a speaker."),
           target: Optional[str] = Query(None, description="Matched like actor."),
           type: Optional[str] = Query(None, description="PLOVER type(s), comma-separated (ASSAULT,SANCTION)."),
           country: Optional[str] = Query(None, description="Actor, target or location in this country (ISO3)."),
           since: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD."),
           until: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD."),
           article: Optional[str] = Query(None, description="Only the events of this article."),
           negated: bool = Query(False, description="Include events the text says did not happen."),
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Newest first: the same events as `onrecord events` with the same filters."""
    record = _record(request)
    filters = dict(actor=actor, target=target, type=type, country=country, since=since, until=until,
                   article=article, include_negated=negated)
    found = _speaker_errors(lambda: record.events(**filters, limit=limit, offset=offset))
    total = _speaker_errors(lambda: record.count_events(**filters))
    return _page(request, total, limit, offset, [e.to_json() for e in found])
