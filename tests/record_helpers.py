"""Helpers for the store, resolution and query tests: hand-made records and PostgreSQL schemas.
Records are plain data built here, so the store is tested apart from extraction. The fixtures
that use them (``store``, ``pg_schema``) are in conftest.py.

PostgreSQL: the URL comes from ONRECORD_TEST_PG_URL (default: the server every development
and CI machine runs). Each test gets a schema of its own, dropped afterwards. When the server
cannot be reached the PostgreSQL tests skip, saying why, except under CI, where they fail.
"""
from __future__ import annotations

import os
import uuid
from typing import Iterable, Optional

import pytest
import sqlalchemy

from onrecord.extract.dates import statement_date
from onrecord.model import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    EventParty,
    Extent,
    Speaker,
    Statement,
    TextSpan,
)
from onrecord.store import Store

PG_URL = os.environ.get("ONRECORD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pg_problem() -> Optional[str]:
    """Why PostgreSQL cannot be used here, or None when it can."""
    try:
        engine = sqlalchemy.create_engine(PG_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("select 1"))
        engine.dispose()
        return None
    except Exception as e:  # any failure to connect: a missing driver, server, database, role
        return f"PostgreSQL at {PG_URL} unreachable ({type(e).__name__}: {str(e).strip().splitlines()[0]})"


def require_pg() -> None:
    problem = pg_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem + "; CI must run these tests (set ONRECORD_TEST_PG_URL)")
        pytest.skip(problem + "; set ONRECORD_TEST_PG_URL to run the PostgreSQL tests")


class PgSchema:
    """A fresh schema on the test server, dropped on ``drop()``."""

    def __init__(self):
        self.name = "onrecord_test_" + uuid.uuid4().hex[:10]
        self._admin = sqlalchemy.create_engine(PG_URL)
        with self._admin.begin() as conn:
            conn.execute(sqlalchemy.text(f'CREATE SCHEMA "{self.name}"'))

    def open(self, **kwargs) -> Store:
        return Store.open(PG_URL, pg_schema=self.name, **kwargs)

    def drop(self) -> None:
        with self._admin.begin() as conn:
            conn.execute(sqlalchemy.text(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE'))
        self._admin.dispose()


def said(text: str, content: str, speaker: Optional[str], entity: Optional[str] = None, kind: str = "direct",
         type: str = "PERSON", roles: Iterable[str] = (), affiliation: Optional[str] = None, n: int = 1,
         cue: Optional[str] = "said") -> Statement:
    """A statement of ``text`` whose content is the first occurrence of ``content``."""
    start = text.index(content)
    cue_span = None
    if cue and cue in text:
        c = text.index(cue, 0)
        cue_span = TextSpan.of(text, c, c + len(cue))
    who = None
    if speaker:
        m = text.find(speaker)
        mention = TextSpan.of(text, m, m + len(speaker)) if m >= 0 else None
        who = Speaker(speaker, type, mention, entity, list(roles), affiliation)
    return Statement(f"x#s{n}", kind, TextSpan.of(text, start, start + len(content)), cue_span, who,
                     TextSpan.of(text, 0, len(text)), None, 0.9)


def article(aid: str, text: str, published: Optional[str], statements: list[Statement],
            entities: Iterable[Entity] = (), title: Optional[str] = None,
            url: Optional[str] = None) -> tuple[Article, ArticleRecord]:
    for n, s in enumerate(statements, 1):
        s.id = f"{aid}#s{n}"
        if s.date is None:
            _date_as_extracted(text, s, published)
    return (Article(aid, text, title=title, published=published, url=url or f"https://example.org/{aid}"),
            ArticleRecord(aid, title, published, url or f"https://example.org/{aid}", statements, list(entities)))


def _date_as_extracted(text: str, s: Statement, published: Optional[str]) -> None:
    """Date a hand-made statement as the extractor would: a date its sentence gives, else the
    publication date (with no precision: the text gave none)."""
    sentence = s.sentence or s.content
    cue = s.cue.start - sentence.start if s.cue and sentence.start <= s.cue.start < sentence.end else None
    when = statement_date(text[sentence.start:sentence.end], cue, published,
                          ignore=[(s.content.start - sentence.start, s.content.end - sentence.start)])
    s.date = when.date
    s.date_precision = None if when.from_publication else when.precision


def person(eid: str, name: str, aliases=(), roles=(), affiliation=None, type="PERSON") -> Entity:
    return Entity(eid, name, type, list(aliases), list(roles), affiliation)


def corpus() -> list[tuple[Article, ArticleRecord]]:
    """Six small articles: Rouhani under three names, another Rouhani, two Trumps, groups."""
    t1 = ("“Iran’s missile power is progressing,” President Hassan Rouhani said on Monday. "
          "U.S. officials said the missile tests broke the deal.")
    t2 = ("President Rouhani said in May that the sanctions were illegal. “We will not wait for their permission,” "
          "he said.")
    t3 = ("Fereydoun Rouhani, the president's brother, said he was innocent. "
          "Hassan Rouhani, the president of Iran, declined to comment on the missile program.")
    t4 = ("“We will build a wall,” Donald Trump said yesterday. Melania Trump said the campaign was positive.")
    t5 = ("Trump, the Republican nominee, said last month that the missile deal with Iran was the worst deal ever. "
          "Officials said nothing.")
    t6 = ("President Rouhani said that missiles are defensive. Rouhani added that missile tests will continue.")
    return [
        article("a1", t1, "2017-07-25", [
            said(t1, "Iran’s missile power is progressing,", "President Hassan Rouhani", "e1", roles=["President"],
                 affiliation="Iran"),
            said(t1, "the missile tests broke the deal", "U.S. officials", "e2", kind="indirect", type="GROUP"),
        ], [person("e1", "Hassan Rouhani", ["President Hassan Rouhani"], ["President"], "Iran"),
            person("e2", "U.S. officials", type="GROUP")], title="Rouhani on missiles"),
        article("a2", t2, "2017-08-02", [
            said(t2, "the sanctions were illegal", "Rouhani", "e1", kind="indirect", roles=["President"]),
            said(t2, "We will not wait for their permission,", "Rouhani", "e1"),
        ], [person("e1", "Rouhani", ["President Rouhani"], ["President"])]),
        article("a3", t3, "2017-06-10", [
            said(t3, "he was innocent", "Fereydoun Rouhani", "e1", kind="indirect", roles=["the president's brother"]),
        ], [person("e1", "Fereydoun Rouhani", roles=["the president's brother"]),
            person("e2", "Hassan Rouhani", roles=["the president of Iran"], affiliation="Iran")]),
        article("a4", t4, "2016-09-01", [
            said(t4, "We will build a wall,", "Donald Trump", "e1"),
            said(t4, "the campaign was positive", "Melania Trump", "e2", kind="indirect"),
        ], [person("e1", "Donald Trump", affiliation="Republican Party"), person("e2", "Melania Trump")]),
        article("a5", t5, "2016-10-20", [
            said(t5, "the missile deal with Iran was the worst deal ever", "Trump", "e1", kind="indirect",
                 roles=["the Republican nominee"]),
            said(t5, "nothing", "Officials", "e2", kind="indirect", type="GROUP"),
        ], [person("e1", "Trump", roles=["the Republican nominee"]), person("e2", "Officials", type="GROUP")]),
        article("a6", t6, "2017-09-01", [
            said(t6, "missiles are defensive", "President Rouhani", "e1", kind="indirect", roles=["President"]),
            said(t6, "missile tests will continue", "Rouhani", "e1", kind="indirect", cue="added"),
        ], [person("e1", "Rouhani", ["President Rouhani"], ["President"])]),
    ]


def event_record(aid: str, text: str, target: str = "IRN"):
    """A stored-looking record of ``text`` with one SANCTION event by Washington on Iran (``target``
    its country) and the statement that reports it."""
    a, rec = article(aid, text, "2017-07-25", [said(text, "new sanctions", "Trump", cue="said")])
    start = text.index("imposed")
    rec.events = [Event(
        id=f"{aid}#v1", type="SANCTION", mode="discontinue",
        actor=EventParty("Washington", 0, 10, entity=None, country="USA", sector="GOV"),
        target=EventParty("Iran", text.index("Iran"), text.index("Iran") + 4, entity=None, country=target),
        location=None, date="2017-07-20", trigger=TextSpan(start, start + 7, "imposed"),
        sentence=Extent(0, len(text)), negated=False, hypothetical=False, future=False,
        statement=f"{aid}#s1", confidence=0.8)]
    return a, rec
