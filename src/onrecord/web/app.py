"""The FastAPI application: the API under /api, the pages at /, static files under /static.
Read-only: every route is a GET over the query layer."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from onrecord.query import Record
from onrecord.version import __version__
from onrecord.web import api, feeds, pages

STATIC = Path(__file__).parent / "static"


def create_app(record: Record) -> FastAPI:
    # FastAPIOffline: the API docs from a packaged Swagger UI, no CDN, so they work offline
    app = FastAPIOffline(static_url="/api/docs-ui", title="onrecord", version=__version__,
                         description="Who said what, in which role, when: the statements in an onrecord store.",
                         docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.record = record
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(feeds.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages.install_error_pages(app)
    return app
