"""The FastAPI application: the API under /api, the pages at /, static files under /static.
Read-only: every route that reads the record is a GET (the login form alone is posted).

Every response carries the security headers (``security.py``), HEAD is answered like GET, and
with a token every request must bring it (``auth.py``). ``app_from_environment`` builds the same
app in each worker process of ``onrecord serve --workers N``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.types import ASGIApp, Receive, Scope, Send

from onrecord.query import Record, memo, open_read_only
from onrecord.version import __version__
from onrecord.web import api, feeds, pages
from onrecord.web.answers import RememberedAnswers
from onrecord.web.auth import TokenGate
from onrecord.web.security import HeadAsGet, SecurityHeaders

STATIC = Path(__file__).parent / "static"
QUERY_SECONDS = 5.0  # the longest one statement may run for a web request (limits.limit_query_time)

# what `onrecord serve --workers N` hands its worker processes (app_from_environment reads them)
ENV_DB, ENV_TOKEN, ENV_QUERY_SECONDS = "ONRECORD_SERVE_DB", "ONRECORD_SERVE_TOKEN", "ONRECORD_SERVE_QUERY_SECONDS"


def create_app(record: Record, token: Optional[str] = None) -> FastAPI:
    """The app over ``record``; with ``token``, every request but the login form's must bring it."""
    # FastAPIOffline: the API docs from a packaged Swagger UI, no CDN, so they work offline;
    # its docs page has an inline script, so pages.api_docs serves one that loads a file instead
    app = FastAPIOffline(static_url="/api/docs-ui", title="onrecord", version=__version__,
                         description="Who said what, in which role, when: the statements in an onrecord store.",
                         docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.record = record
    app.state.token = token
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(feeds.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages.install_error_pages(app)
    # the last added runs first: the store's version, HEAD, the token, then remembered answers
    app.add_middleware(RememberedAnswers, store_of=lambda: app.state.record.store)
    app.add_middleware(TokenGate, token=token)
    app.add_middleware(HeadAsGet)
    app.add_middleware(OneStoreVersion)
    app.build_middleware_stack = _with_security_headers(app.build_middleware_stack)  # type: ignore[method-assign]
    return app


class OneStoreVersion:
    """A request reads the store's change counter once, at its first remembered answer, and
    every other answer it asks is checked against that (``onrecord.query.memo``)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with memo.one_version_each():  # the routes' threads get a copy of this context
            await self.app(scope, receive, send)


def _with_security_headers(build: Callable[[], ASGIApp]) -> Callable[[], ASGIApp]:
    """Starlette puts its 500 handler outside every user middleware; the headers go outside even
    that, so a 500 carries them too."""
    return lambda: SecurityHeaders(build())


def app_from_environment() -> FastAPI:
    """``create_app`` for a worker process, from what ``onrecord serve`` put in the environment."""
    seconds = float(os.environ.get(ENV_QUERY_SECONDS) or QUERY_SECONDS)
    record = open_read_only(os.environ[ENV_DB], query_seconds=seconds)
    return create_app(record, token=os.environ.get(ENV_TOKEN) or None)
