"""Server-rendered pages: search, speaker, article, the API docs and the login form. Jinja2 with
autoescape on, so every piece of article text is escaped; the pages work without JavaScript.
Bad parameters get an HTML error page, never a JSON one or a 500."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from sqlalchemy.exc import OperationalError
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
    timed_out,
)
from onrecord.web import auth, highlight
from onrecord.web.api import MAX_OFFSET

TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 25
MAX_PAGE = MAX_OFFSET // PAGE_SIZE
Page = Query(1, ge=1, le=MAX_PAGE)

router = APIRouter(include_in_schema=False)


def counted(n: int, thing: str) -> str:
    """"1 statement", "1,204 statements"."""
    return f"{n:,} {thing}{'' if n == 1 else 's'}"


def _environment() -> Environment:
    # auto_reload off: the templates are part of the package, and a stat per render costs under load
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      auto_reload=False)
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
                kind: str = "", page: int = Page, topic: str = "") -> HTMLResponse:
    record = _record(request)
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

    stats, top = _overview(request) if not any(filters.values()) else (None, [])
    return _render(request, "search.html", status, form=form, statements=found, total=total, error=error,
                   candidates=candidates, roles=roles_in_articles(record, found), page=page, pages=pages,
                   last=link(pages) if page > pages > 0 else None,
                   previous=link(page - 1) if page > 1 else None, following=link(page + 1) if page < pages else None,
                   top=top, stats=stats)


def _overview(request: Request) -> tuple[dict[str, Any], list[Any]]:
    """The record's counts and most quoted speakers for the front page: they cost more than the
    rest of the page, and every visit starts there, so both are remembered until the store changes."""
    record = _record(request)
    return record.stats(), record.top_speakers(12)


@router.get("/speakers/{name}", response_class=HTMLResponse)
def speaker_page(request: Request, name: str, page: int = Page) -> HTMLResponse:
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
    except ValueError as e:
        return _render(request, "error.html", 400, title="Bad request", message=str(e))
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
    spans = [(s.content["start"], s.content["end"], s.id) for s in found.statements]  # read once, not per event
    for e in happened:
        start, end = e.trigger["start"], e.trigger["end"]
        for first, last, sid in spans:  # the statement the record links it to, or whose words hold it
            if e.statement == sid or (first <= start and end <= last):
                reported.setdefault(sid, []).append(e)
    facts = [found.published or "undated", outlet(found.url, found.source),
             counted(len(found.statements), "statement"), counted(len(happened), "event")]
    return _render(request, "article.html", article=found,
                   pieces=highlight.pieces(found.text, found.statements, happened),
                   speakers=sorted(speakers.values(), key=lambda e: -e["count"]),
                   roles=roles_in_articles(record, found.statements), colour=palette,
                   speaker_key=highlight.speaker_key, happened=happened, reported=reported,
                   facts=[f for f in facts if f])


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI from the packaged files, started by static/api-docs.js (no inline script)."""
    return _render(request, "api_docs.html")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    if request.app.state.token is None:
        return RedirectResponse(auth.safe_next(next), status_code=303)
    return _render(request, "login.html", next=auth.safe_next(next))


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    """Checks the token typed into the form and sets the cookie that stands for it."""
    token = request.app.state.token
    body = await request.body()
    if token is None or len(body) > 8192:
        return RedirectResponse("/", status_code=303)
    form = parse_qs(body.decode("utf-8", "replace"))
    given, following = form.get("token", [""])[0], auth.safe_next(form.get("next", ["/"])[0])
    if not auth.token_matches(given, token):
        await asyncio.sleep(0.5)  # guessing costs time; other requests go on meanwhile
        return _render(request, "login.html", 401, next=following, error="That is not the token.")
    response = RedirectResponse(following, status_code=303)
    response.set_cookie(auth.COOKIE, auth.session_value(token), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


def _error_page(request: Request, status: int, title: str, message: str) -> Response:
    if request.url.path.startswith("/api"):
        return JSONResponse({"detail": message}, status_code=status)
    return _render(request, "error.html", status, title=title, message=message)


def install_error_pages(app: FastAPI) -> None:
    """Unknown pages and bad parameters get an HTML page; the API keeps its JSON errors. A query
    that ran out of time, or a database that cannot be reached, is a 503 saying so."""

    @app.exception_handler(StarletteHTTPException)
    async def _page_errors(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or exc.status_code != 404:
            return await http_exception_handler(request, exc)
        return _render(request, "error.html", 404, message="There is no such page.")

    @app.exception_handler(RequestValidationError)
    async def _bad_parameters(request: Request, exc: RequestValidationError):
        if request.url.path.startswith("/api"):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors())
        if any(e.get("loc") and e["loc"][-1] == "page" for e in exc.errors()):
            problems += " (a page number is a whole number from 1)"
        return _render(request, "error.html", 400, title="Bad request", message=problems)

    @app.exception_handler(OperationalError)
    async def _database_trouble(request: Request, exc: OperationalError):
        if timed_out(exc):
            message = "The query took too long and was stopped; narrow it (fewer words, a speaker, dates)."
        else:
            message = "The database cannot be reached just now; try again shortly."
        response = _error_page(request, 503, "Try again", message)
        response.headers["Retry-After"] = "5"
        return response
