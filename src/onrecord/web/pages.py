"""Server-rendered pages: search, speaker, article. Jinja2 with autoescape on, so every piece of
article text is escaped; the pages work without JavaScript."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from onrecord.embeddings import EncoderMissing
from onrecord.present import charts
from onrecord.present import events as shown_events
from onrecord.present.links import hit_pieces, outlet, web_url
from onrecord.query import (
    AmbiguousSpeaker,
    ArticleNotFound,
    Record,
    SpeakerNotFound,
    article,
    count_statements,
    roles_in_articles,
)
from onrecord.web import highlight

TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 25

router = APIRouter(include_in_schema=False)


def counted(n: int, thing: str) -> str:
    """"1 statement", "1,204 statements"."""
    return f"{n:,} {thing}{'' if n == 1 else 's'}"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(outlet=outlet, web_url=web_url, local_id=highlight.local_id, events=shown_events,
                       hit_pieces=hit_pieces)
    env.filters["counted"] = counted
    return env


templates = Jinja2Templates(env=_environment())


def _record(request: Request) -> Record:
    return request.app.state.record


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", speaker: str = "", since: str = "", until: str = "",
                kind: str = "", page: int = 1, topic: str = "") -> HTMLResponse:
    record = _record(request)
    page = max(1, page)
    filters = {k: (v.strip() or None) for k, v in
               dict(search=q, speaker=speaker, since=since, until=until, kind=kind, topic=topic).items()}
    found, total, error, candidates, status = [], 0, None, [], 200
    try:
        found = record.statements(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        total = count_statements(record, **filters)
    except AmbiguousSpeaker as e:
        error, candidates = f"“{e.name}” could be several speakers; choose one:", e.candidates
    except SpeakerNotFound as e:
        error, status = f"No speaker matches “{e.name}”.", 404
    except ValueError as e:
        error, status = str(e), 400
    except EncoderMissing as e:
        error, status = str(e), 503
    form = dict(q=q, topic=topic, speaker=speaker, since=since, until=until, kind=kind)
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE

    def link(n: int) -> str:
        return "/?" + urlencode({**{k: v for k, v in form.items() if v}, "page": n})

    return _render(request, "search.html", status, form=form, statements=found, total=total, error=error,
                   candidates=candidates, roles=roles_in_articles(record, found), page=page, pages=pages,
                   last=link(pages) if page > pages > 0 else None,
                   previous=link(page - 1) if page > 1 else None, following=link(page + 1) if page < pages else None,
                   top=record.speakers(limit=12) if not any(filters.values()) else [],
                   stats=record.stats() if not any(filters.values()) else None)


@router.get("/speakers/{name}", response_class=HTMLResponse)
def speaker_page(request: Request, name: str, page: int = 1) -> HTMLResponse:
    record = _record(request)
    try:
        profile = record.profile(name)
    except AmbiguousSpeaker as e:
        form = dict(q="", topic="", speaker=name, since="", until="", kind="")
        return _render(request, "search.html", 409, form=form,
                       statements=[], total=0, roles={}, candidates=e.candidates, page=1, pages=0,
                       previous=None, following=None, top=[], stats=None,
                       error=f"“{e.name}” could be several speakers; choose one:")
    except SpeakerNotFound as e:
        return _render(request, "error.html", 404, message=f"No speaker matches “{e.name}”.")
    page = max(1, page)
    who = profile.speaker
    latest = record.statements(speaker=who.id, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    pages = (who.statements + PAGE_SIZE - 1) // PAGE_SIZE
    base = f"/speakers/{quote(who.id, safe='')}?page="
    countries = record.speaker_countries([who.id]).get(who.id, [])
    did, theirs = record.speaker_events(who.id, countries, limit=15)
    return _render(request, "speaker.html", profile=profile, who=who, statements=latest,
                   roles=roles_in_articles(record, latest), countries=countries, did=did, theirs=theirs,
                   last=f"{base}{pages}" if page > pages > 0 else None,
                   chart=charts.svg(profile.by_month, f"Statements by {who.name} over time"),
                   page=page, pages=pages, previous=f"{base}{page - 1}" if page > 1 else None,
                   following=f"{base}{page + 1}" if page < pages else None)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    record = _record(request)
    try:
        found = article(record, article_id)
    except ArticleNotFound:
        return _render(request, "error.html", 404, message=f"No article “{article_id}” in the record.")
    palette = highlight.colours(found.statements)
    speakers: dict[str, dict[str, Any]] = {}
    for s in found.statements:
        key = highlight.speaker_key(s)
        entry = speakers.setdefault(key, {"name": s.speaker_entity_name or "unknown speaker",
                                          "entity": s.speaker_entity, "colour": palette[key], "count": 0})
        entry["count"] += 1
    happened = record.events(article=article_id, include_negated=True, limit=None)
    happened.sort(key=lambda e: e.trigger["start"])
    reported: dict[str, list[Any]] = {}
    for e in happened:
        for s in found.statements:  # the statement the record links it to, or whose words hold it
            inside = s.content["start"] <= e.trigger["start"] and e.trigger["end"] <= s.content["end"]
            if e.statement == s.id or inside:
                reported.setdefault(s.id, []).append(e)
    facts = [found.published or "undated", outlet(found.url, found.source),
             counted(len(found.statements), "statement"), counted(len(happened), "event")]
    return _render(request, "article.html", article=found,
                   pieces=highlight.pieces(found.text, found.statements, happened),
                   speakers=sorted(speakers.values(), key=lambda e: -e["count"]),
                   roles=roles_in_articles(record, found.statements), colour=palette,
                   speaker_key=highlight.speaker_key, happened=happened, reported=reported,
                   facts=[f for f in facts if f])


def install_error_pages(app: FastAPI) -> None:
    """Unknown pages and malformed parameters (a page number that is no number) get an HTML page;
    the API keeps its JSON errors."""

    @app.exception_handler(RequestValidationError)
    async def _bad_parameters(request: Request, exc: RequestValidationError):
        if request.url.path.startswith("/api"):
            return await request_validation_exception_handler(request, exc)
        names = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
        return _render(request, "error.html", 400, heading="Bad request",
                       message=f"Malformed {', '.join(names) or 'parameter'}: "
                               + ("a page number is a whole number from 1." if "page" in names else
                                  "check the address."))

    @app.exception_handler(StarletteHTTPException)
    async def _page_errors(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or exc.status_code != 404:
            return await http_exception_handler(request, exc)
        return _render(request, "error.html", 404, message="There is no such page.")
