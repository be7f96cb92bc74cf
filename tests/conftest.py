"""Fixtures every layer's tests share: the real spaCy model, the installed command, a store on
SQLite and on PostgreSQL, Wikinews articles and a local site serving them, the real store the
web pages, the API and briefings read, and the scorer's synthetic case.

Helpers the tests import are plain modules beside this file (``repo_paths``, ``record_helpers``,
``news_fixtures``, ``local_site``, ``source_helpers``, ``sample_store``, ``scoring_cases``,
``statement_lookup``, ``store_writers``); fixtures are only here and in the conftest.py of a folder. This folder is on
``sys.path`` because pytest puts the folder of a ``conftest.py`` there when it has no
``__init__.py`` (the default "prepend" import mode); test modules' names must therefore be
unique across the folders.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import news_fixtures as nf
from local_site import serve
from onrecord import nlp as nlp_loader
from onrecord.query import open_read_only
from onrecord.store import Store
from onrecord.web import create_app
from record_helpers import PgSchema, require_pg
from repo_paths import EXAMPLE_ARTICLE
from sample_store import TRUMP_ARTICLES, XSS_ARTICLE, ingest, sample_lines
from scoring_cases import write_synthetic

# Four Wikinews articles with quotations in them, so there are statements to compare.
PICKED = ("wn-2019-01-04-b815ca12", "wn-2019-01-07-4c31c6d5", "wn-2019-01-05-e55f7744", "wn-2008-01-20-52cd9b33")


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline; ``onrecord.nlp.load`` caches it for in-process CLI runs too."""
    return nlp_loader.load()


@pytest.fixture(scope="session")
def onrecord_bin() -> Path:
    """The installed ``onrecord`` console script next to the Python running the tests."""
    path = Path(sys.executable).with_name("onrecord")
    if not path.exists():
        pytest.fail(f"{path} not found: run `make install` first")
    return path


# ---------------------------------------------------------------- stores

@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A new, empty store on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        s = Store.open(str(tmp_path / "record.db"))
        yield s
        s.close()
        return
    require_pg()
    schema = PgSchema()
    s = schema.open()
    try:
        yield s
    finally:
        s.close()
        schema.drop()


@pytest.fixture
def pg_schema():
    """A fresh schema on the PostgreSQL test server, dropped afterwards."""
    require_pg()
    schema = PgSchema()
    yield schema
    schema.drop()


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> str:
    """A real store of the three sample articles and one whose quote holds a <script> tag,
    ingested through the real extractor: what the web pages, the API and briefings read."""
    folder = tmp_path_factory.mktemp("web")
    jsonl = folder / "articles.jsonl"
    jsonl.write_text("\n".join(sample_lines(TRUMP_ARTICLES) + [json.dumps(XSS_ARTICLE)]) + "\n", encoding="utf-8")
    path = str(folder / "record.db")
    ingest(path, EXAMPLE_ARTICLE, jsonl)
    return path


@pytest.fixture(scope="session")
def web_client(web_db):
    """FastAPI's TestClient over ``web_db``, opened read-only as ``onrecord serve`` opens it."""
    return TestClient(create_app(open_read_only(web_db)))


# ---------------------------------------------------------------- news sources

@pytest.fixture(scope="session")
def news_articles() -> list[dict]:
    """Four Wikinews articles with quotations (as dicts of the sample's JSONL)."""
    by_id = {a["id"]: a for a in nf.wikinews()}
    return [by_id[i] for i in PICKED]


@pytest.fixture
def site(tmp_path):
    """A local web server over tmp_path/site; yields (base URL, folder, server)."""
    root = tmp_path / "site"
    root.mkdir()
    with serve(root) as (base, server):
        yield base, root, server


# ---------------------------------------------------------------- scoring

@pytest.fixture
def synthetic(tmp_path):
    """The synthetic gold file and its predictions files (``scoring_cases``)."""
    return write_synthetic(tmp_path)
