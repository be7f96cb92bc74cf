"""The REST API: JSON over ``onrecord.query``, the same answers as the command line.

Lists are paged with ``limit`` and ``offset`` and say their ``total`` and the ``next`` page's URL.
Bad parameters are 400 (a date, kind, name or search the query layer refuses) or 422 (a type or
bound FastAPI refuses), an unknown speaker or article 404, a name several speakers share 409
with the candidates to choose from; 401 when the server wants a token and none came, 503 when
a query ran out of time. Every one of these is declared in the OpenAPI schema.
"""
from __future__ import annotations

from typing import Any, Callable, Literal, TypeVar

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from onrecord.embeddings import EncoderMissing
from onrecord.query import (
    MAX_NAME_CHARS,
    MAX_SEARCH_CHARS,
    AmbiguousSpeaker,
    ArticleNotFound,
    Record,
    SpeakerNotFound,
    article_list,
    count_statements,
)
from onrecord.query import article as one_article  # `article` names the route below
from onrecord.web.routes import ValidatedInThread
from onrecord.web.schemas import (
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

MAX_OFFSET = 1_000_000_000  # far past any record, far below the databases' 64-bit integers


class Problem(BaseModel):
    """What went wrong, in one sentence."""
    detail: str


class Ambiguity(BaseModel):
    message: str
    candidates: list[dict[str, Any]]


class AmbiguousProblem(BaseModel):
    """A name several speakers share, and those speakers."""
    detail: Ambiguity


def _answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error responses a route may give, for the OpenAPI schema (422 FastAPI adds itself)."""
    said = {400: "A date, kind, name or search the record cannot take (the detail says which).",
            401: "This server wants a token (a bearer header or the login cookie) and none came.",
            404: "No such speaker or article.",
            409: "The name fits several speakers; the candidates are listed.",
            503: "The query took longer than the server allows, or the database is unreachable."}
    return {s: {"model": AmbiguousProblem if s == 409 else Problem, "description": said[s]}
            for s in (*statuses, 401, 503)}


router = APIRouter(prefix="/api", tags=["record"], route_class=ValidatedInThread)

Limit = Query(50, ge=1, le=500, description="At most this many items.")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="Skip this many items.")
# a name, or part of one; declared as a string (not nullable): leaving it out is how to say "any"
Name = Query(None, max_length=MAX_NAME_CHARS, description="Any name or alias of the speaker, or its id.")
Words = Query(None, max_length=MAX_SEARCH_CHARS, description="Words the statement contains (best first).")
Since = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")
Until = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")
Topic = Query(None, min_length=1, max_length=MAX_SEARCH_CHARS,
              description="What the statement is about: ranked by meaning and words, nearest first.")


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
            response_model=Page[Statement], responses=_answers(400, 404, 409))
def statements(request: Request, speaker: str = Name, search: str = Words, topic: str = Topic,
               since: str = Since, until: str = Until,
               kind: str = Query(None, max_length=100,
                                 description="direct, indirect, mixed, belief (comma-separated)."),
               limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Newest first, or best match first with `search`, or nearest in meaning first with `topic`."""
    record = _record(request)
    filters = dict(speaker=speaker, search=search, since=since, until=until, kind=kind, topic=topic)
    found = _speaker_errors(lambda: record.statements(**filters, limit=limit, offset=offset))
    total = _speaker_errors(lambda: count_statements(record, **filters))
    return _page(request, total, limit, offset, [s.to_json() for s in found])


@router.get("/search", summary="Full-text and topic search over statements", response_model=Page[Statement],
            responses=_answers(400))
def search(request: Request,
           q: str = Query(None, min_length=1, max_length=MAX_SEARCH_CHARS,
                          description="Words, ANDed and stemmed; each word counts once, at most 32 different."),
           topic: str = Topic,
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Best match first: `q` alone by its words; `topic` by meaning and words (each item's
    `topic_score` is its similarity); both: statements with the words, nearest the topic first."""
    if q is None and topic is None:
        raise HTTPException(400, "give q (words), topic, or both")
    record = _record(request)
    found = _speaker_errors(lambda: record.statements(search=q, topic=topic, limit=limit, offset=offset))
    total = _speaker_errors(lambda: count_statements(record, search=q, topic=topic))
    return _page(request, total, limit, offset, [s.to_json() for s in found])


@router.get("/speakers", summary="Speakers, most quoted first", response_model=Page[Speaker],
            responses=_answers(400))
def speakers(request: Request,
             search: str = Query(None, max_length=MAX_NAME_CHARS, description="Part of a name or alias."),
             type: Literal["PERSON", "ORG", "GPE", "GROUP", "UNKNOWN"] = Query(None),
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    found = _speaker_errors(lambda: _record(request).speakers(search=search, type=type, limit=limit + 1,
                                                              offset=offset))
    items = [s.to_json() for s in found[:limit]]
    more = len(found) > limit
    following = str(request.url.include_query_params(offset=offset + limit, limit=limit)) if more else None
    # speakers are not counted ahead: total is known only on the last page
    return {"total": None if more else offset + len(items), "limit": limit, "offset": offset,
            "next": following, "items": items}


@router.get("/speakers/{name}", summary="One speaker: aliases, roles over time, statements by month",
            response_model=SpeakerDetail, responses=_answers(400, 404, 409))
def speaker(request: Request, name: str,
            recent: int = Query(5, ge=0, le=100, description="Include this many newest statements.")) -> dict[str, Any]:
    record = _record(request)
    profile = _speaker_errors(lambda: record.profile(name))
    latest = record.statements(speaker=profile.speaker.id, limit=recent) if recent else []
    return {**profile.to_json(), "recent": [s.to_json() for s in latest]}


@router.get("/speakers/{name}/timeline", summary="A speaker's statements counted by month, and roles over time",
            response_model=Timeline, responses=_answers(400, 404, 409))
def timeline(request: Request, name: str) -> dict[str, Any]:
    profile = _speaker_errors(lambda: _record(request).profile(name))
    data = profile.to_json()
    return {"speaker": data["speaker"], "by_month": data["by_month"], "roles": data["roles"]}


@router.get("/articles", summary="Articles, newest first, with their statement counts",
            response_model=Page[ArticleSummary], responses=_answers(400))
def articles(request: Request, since: str = Since, until: str = Until,
             limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    try:
        total, items = article_list(_record(request), since=since, until=until, limit=limit, offset=offset)
    except ValueError as e:
        raise HTTPException(400, str(e)) from None
    return _page(request, total, limit, offset, items)


@router.get("/articles/{article_id}", summary="One article: its text and its statements with their spans",
            response_model=Article, responses=_answers(404))
def article(request: Request, article_id: str) -> dict[str, Any]:
    try:
        return one_article(_record(request), article_id).to_json()
    except ArticleNotFound as e:
        raise HTTPException(404, str(e)) from None


@router.get("/stats", summary="Counts: articles, statements by kind, speakers by type, dates",
            response_model=Stats, responses=_answers())
def stats(request: Request) -> dict[str, Any]:
    return _record(request).stats()


@router.get("/events", summary="PLOVER events, filtered as by `onrecord events`", response_model=Page[Event],
            responses=_answers(400))
def events(request: Request,
           actor: str = Query(None, max_length=MAX_NAME_CHARS,
                              description="An ISO3/IGO code, words of its name, or a speaker."),
           target: str = Query(None, max_length=MAX_NAME_CHARS, description="Matched like actor."),
           type: str = Query(None, max_length=200, description="PLOVER type(s), comma-separated (ASSAULT,SANCTION)."),
           country: str = Query(None, max_length=10, description="Actor, target or location in this country (ISO3)."),
           since: str = Since, until: str = Until,
           article: str = Query(None, max_length=MAX_NAME_CHARS, description="Only the events of this article."),
           negated: bool = Query(False, description="Include events the text says did not happen."),
           min_confidence: float = Query(None, ge=0, le=1, description="Only events at least this likely real."),
           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Newest first: the same events as `onrecord events` with the same filters."""
    record = _record(request)
    filters = dict(actor=actor, target=target, type=type, country=country, since=since, until=until,
                   article=article, include_negated=negated, min_confidence=min_confidence)
    found = _speaker_errors(lambda: record.events(**filters, limit=limit, offset=offset))
    total = _speaker_errors(lambda: record.count_events(**filters))
    return _page(request, total, limit, offset, [e.to_json() for e in found])
