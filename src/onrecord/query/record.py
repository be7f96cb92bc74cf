"""``Record(store)``: the one object the command line, the API, the web pages and briefings ask.

It holds the store and hands each question to the module of its subject: ``statements``,
``speakers``, ``articles`` (and their sources), ``events`` and ``stats``. The functions below
the class take a ``Record`` too: one article, a page of articles, counts for pagination, the
roles a speaker had in each article, and a read-only way to open a store.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional, Sequence

from sqlalchemy import event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from onrecord.query import articles, countries, events, limits, speakers, statements, stats, topics, watches
from onrecord.query.events import EventView
from onrecord.query.views import (
    ArticleView,
    SourceView,
    SpeakerProfile,
    SpeakerSummary,
    StatementView,
)
from onrecord.store import Store
from onrecord.store.watches import Watch

READERS = 40  # anyio's default thread pool, where FastAPI runs routes that are plain functions


class Record:
    """Queries over one store."""

    def __init__(self, store: Store):
        self.store = store

    # ------------------------------------------------------------ speakers

    def find_speakers(self, name: str) -> list[SpeakerSummary]:
        """The entities a name may mean: by id, by alias, by surname, then by part of a name."""
        return speakers.find_speakers(self.store, name)

    def speaker(self, name: str) -> SpeakerSummary:
        """The one entity a name means; raises SpeakerNotFound or AmbiguousSpeaker."""
        return speakers.speaker(self.store, name)

    def speakers(self, search: Optional[str] = None, type: Optional[str] = None,
                 limit: int = 50, offset: int = 0) -> list[SpeakerSummary]:
        return speakers.speakers(self.store, search=search, type=type, limit=limit, offset=offset)

    def top_speakers(self, n: int) -> list[SpeakerSummary]:
        """The ``n`` most quoted speakers (the front page's); ``speakers`` remembers them until the store changes."""
        return self.speakers(limit=n)

    def profile(self, name: str) -> SpeakerProfile:
        return speakers.profile(self.store, name)

    # ------------------------------------------------------------ statements

    def statements(self, speaker: Optional[str] = None, search: Optional[str] = None,
                   since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                   limit: Optional[int] = 50, offset: int = 0, country: Optional[str] = None,
                   topic: Optional[str] = None) -> list[StatementView]:
        """Statements, newest first — or best match first with ``search``, or nearest in meaning
        first with ``topic`` (``onrecord.query.topics``).
        ``speaker`` is any alias or id; ``country`` an ISO3 (or IGO...) code the speaker speaks for;
        dates are ISO (a year or year-month works as a prefix)."""
        if topic is not None:
            return topics.topic_statements(self.store, topic, speaker=speaker, search=search, since=since,
                                           until=until, kind=kind, limit=limit, offset=offset, country=country)
        return statements.find_statements(self.store, speaker=speaker, search=search, since=since, until=until,
                                          kind=kind, limit=limit, offset=offset, country=country)

    def in_context(self, statement_id: str, margin: int = 200) -> dict[str, Any]:
        """A statement with the article text before and after it and the sentence it was read from."""
        return statements.in_context(self.store, statement_id, margin)

    def export(self, batch: int = 2000) -> Iterator[StatementView]:
        """Every statement, in a stable order, fetched in batches (memory stays flat)."""
        return statements.export_statements(self.store, batch)

    # ------------------------------------------------------------ events

    def events(self, **filters: Any) -> list[EventView]:
        """PLOVER events (see ``onrecord.query.events.query_events`` for the filters)."""
        return events.query_events(self.store, **filters)

    def count_events(self, **filters: Any) -> int:
        """How many events ``events`` gives for the same filters without a limit."""
        return events.count_events(self.store, **filters)

    def export_events(self, batch: int = 2000) -> Iterator[EventView]:
        return events.export_events(self.store, batch)

    def context_events(self, countries: Sequence[str], since: Optional[str], until: Optional[str],
                       article_ids: Sequence[str] = (), limit: int = 100) -> list[EventView]:
        """What the countries did or had done to them in a period (see ``events.context_events``)."""
        return events.context_events(self.store, countries, since, until, article_ids, limit)

    def speaker_events(self, entity_id: str, countries: Sequence[str] = (),
                       limit: int = 25) -> tuple[list[EventView], list[EventView]]:
        """(what a speaker did, what their countries did), newest first."""
        return events.speaker_events(self.store, entity_id, countries, limit)

    def linked_events(self, statement_ids: Sequence[str]) -> dict[str, list[EventView]]:
        """statement id -> the events it reports."""
        return events.linked_events(self.store, statement_ids)

    def speaker_countries(self, entity_ids: Sequence[str]) -> dict[str, list[str]]:
        """entity id -> the countries or bodies it speaks for (see ``onrecord.query.countries``)."""
        return countries.speaker_countries(self.store, entity_ids)

    # ------------------------------------------------------------ sources of stories

    def sources(self, article_id: str) -> list[SourceView]:
        """Where a stored story was read: the article itself first, then the copies merged into it."""
        return articles.sources(self.store, article_id)

    def statement_sources(self, statement_id: str) -> list[SourceView]:
        """The outlets that carried a statement: the sources of the story it was read from."""
        return articles.statement_sources(self.store, statement_id)

    def sources_of(self, article_ids: list[str]) -> dict[str, list[SourceView]]:
        """``sources`` for many stories in one query (a page of statements shows their outlets)."""
        return articles.sources_of(self.store, article_ids)

    # ------------------------------------------------------------ watches

    def watch_feed(self, name: str, limit: int = 100) -> tuple[Watch, list[tuple[StatementView, int]]]:
        """A watch and its matches since it was made, newest first; LookupError for no such watch."""
        watch = self.store.watch(name)
        if watch is None:
            raise LookupError(f"no watch {name!r}")
        return watch, watches.feed(self.store, watch, limit)

    # ------------------------------------------------------------ stats

    def stats(self) -> dict[str, Any]:
        return stats.stats(self.store)


def article(record: Record, article_id: str) -> ArticleView:
    """One article, its text exactly as ingested and its statements in text order."""
    return articles.article(record.store, article_id)


def article_list(record: Record, since: Optional[str] = None, until: Optional[str] = None,
                 limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many, a page of articles newest first with their statement counts)."""
    return articles.article_list(record.store, since=since, until=until, limit=limit, offset=offset)


def count_statements(record: Record, speaker: Optional[str] = None, search: Optional[str] = None,
                     since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                     country: Optional[str] = None, topic: Optional[str] = None) -> int:
    """How many statements ``Record.statements`` gives for the same filters without a limit."""
    if topic is not None:
        return topics.count_topic(record.store, topic, speaker=speaker, search=search, since=since, until=until,
                                  kind=kind, country=country)
    return statements.count_statements(record.store, speaker=speaker, search=search, since=since, until=until,
                                       kind=kind, country=country)


def roles_in_articles(record: Record, views: list[StatementView]) -> dict[str, list[str]]:
    """statement id -> the roles its article gives its speaker (empty when none)."""
    return statements.roles_in_articles(record.store, views)


def open_read_only(db: str, query_seconds: Optional[float] = None, **options: Any) -> Record:
    """A Record over a store that refuses writes at the database: for the web server and briefings.
    The schema is brought up to date on open (Store.open) before writes are switched off.
    With ``query_seconds``, any statement running longer is stopped (``limits.timed_out``)."""
    # as many connections kept as the threads FastAPI runs a server's routes in
    store = Store.open(db, readers=READERS, **options)  # options as for Store.open (pg_schema)
    if query_seconds is not None:
        limits.limit_query_time(store, query_seconds)
    engine = store.engine

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        if store.dialect == "sqlite":
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()
        cursor.close()

    engine.dispose()  # connections opened before the listener existed could still write
    return Record(store)
