"""The one query layer over the record: the CLI uses it now, the API, web page and briefings later.

``Record(store)`` answers: statements filtered by speaker (any alias), words (ranked, with
snippets), dates and kind; the speakers with counts and roles; one speaker's profile (aliases,
roles over time, statements by month); overall stats; and every statement for export.
A speaker name that fits several entities raises ``AmbiguousSpeaker`` with the candidates.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Optional

from sqlalchemy import event, func, select
from sqlalchemy.sql import Select

from onrecord.model import KINDS
from onrecord.query.events import export_events, query_events
from onrecord.query.filters import date_bound
from onrecord.resolve.identity import family_of, norm
from onrecord.store import Store, fulltext
from onrecord.store.schema import (
    article_speakers,
    articles,
    entities,
    entity_aliases,
    entity_roles,
    statements,
    story_sources,
)


class SpeakerNotFound(LookupError):
    def __init__(self, name: str):
        super().__init__(f"no speaker matches {name!r}")
        self.name = name


class AmbiguousSpeaker(LookupError):
    def __init__(self, name: str, candidates: list["SpeakerSummary"]):
        listing = "; ".join(f"{c.id} ({c.name}, {c.statements} statements)" for c in candidates)
        super().__init__(f"{name!r} could be several speakers: {listing}")
        self.name = name
        self.candidates = candidates


@dataclass
class SpeakerSummary:
    id: str
    name: str
    type: str
    affiliation: Optional[str]
    statements: int
    articles: int
    first_seen: Optional[str]
    last_seen: Optional[str]
    roles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SpeakerProfile:
    speaker: SpeakerSummary
    aliases: list[tuple[str, int]]  # (alias, how many article speakers used it)
    roles: list[dict[str, Any]]  # role, first_seen, last_seen, count — in order first seen
    by_month: list[tuple[str, int]]  # ("2017-07", n), oldest first

    def to_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_json(), "aliases": [{"alias": a, "count": n} for a, n in self.aliases],
                "roles": self.roles, "by_month": [{"month": m, "statements": n} for m, n in self.by_month]}


@dataclass
class StatementView:
    id: str
    article_id: str
    kind: str
    text: str
    speaker_name: Optional[str]  # as the article names the speaker
    speaker_entity: Optional[str]
    speaker_entity_name: Optional[str]
    speaker_type: Optional[str]
    mention: Optional[dict[str, Any]]
    cue: Optional[dict[str, Any]]
    content: dict[str, int]
    sentence: Optional[dict[str, int]]
    date: Optional[str]
    date_precision: Optional[str]
    date_is_publication: bool
    confidence: float
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    snippet: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def flat(self) -> dict[str, Any]:
        """One level of plain values, for CSV and Parquet."""
        return {
            "id": self.id, "article_id": self.article_id, "kind": self.kind, "text": self.text,
            "speaker_name": self.speaker_name, "speaker_entity": self.speaker_entity,
            "speaker_entity_name": self.speaker_entity_name, "speaker_type": self.speaker_type,
            "mention_text": (self.mention or {}).get("text"), "cue_text": (self.cue or {}).get("text"),
            "content_start": self.content["start"], "content_end": self.content["end"],
            "date": self.date, "date_precision": self.date_precision,
            "date_is_publication": self.date_is_publication, "confidence": self.confidence,
            "title": self.title, "url": self.url, "published": self.published,
        }


@dataclass
class SourceView:
    """One place a story was read: its outlet, URL and date, and how it joined the story."""

    story_id: str
    source_id: str  # the id the article came with
    kind: str  # original | same text | near duplicate
    similarity: float
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[str]
    title: Optional[str]
    author: Optional[str]
    origin: Optional[str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


SOURCE_FIELDS = ("story_id", "source_id", "kind", "similarity", "outlet", "url", "published", "title", "author",
                 "origin")

FLAT_COLUMNS = list(StatementView("", "", "", "", None, None, None, None, None, None, {"start": 0, "end": 0},
                                  None, None, None, False, 0.0, None, None, None).flat())


class Record:
    """Queries over one store."""

    def __init__(self, store: Store):
        self.store = store

    # ------------------------------------------------------------ speakers

    def find_speakers(self, name: str) -> list[SpeakerSummary]:
        """The entities a name may mean: by id, by alias, by surname, then by part of a name."""
        key = norm(name)
        with self.store.engine.connect() as conn:
            steps = [
                select(entities.c.id).where(entities.c.id == name.strip()),
                select(entity_aliases.c.entity_id).where(entity_aliases.c.alias_norm == key),
            ]
            family = family_of(name, "PERSON")
            if family:
                # by the speakers' own family: a merged entity's family is its whole group's
                steps.append(select(article_speakers.c.entity_id).distinct()
                             .where(article_speakers.c.family == family, article_speakers.c.entity_id.is_not(None)))
            pattern = "%" + key.replace("%", "").replace("_", "") + "%"
            steps.append(select(entity_aliases.c.entity_id).where(entity_aliases.c.alias_norm.like(pattern)).limit(50))
            for step in steps:
                ids = sorted({i for (i,) in conn.execute(step)})
                found = self._summaries(conn, ids)
                speaking = [s for s in found if s.statements]
                if found:
                    return speaking or found
        return []

    def speaker(self, name: str) -> SpeakerSummary:
        found = self.find_speakers(name)
        if not found:
            raise SpeakerNotFound(name)
        if len(found) > 1:
            raise AmbiguousSpeaker(name, found)
        return found[0]

    def speakers(self, search: Optional[str] = None, type: Optional[str] = None, limit: int = 50) -> list[SpeakerSummary]:
        query = (select(entities.c.id).where(entities.c.statement_count > 0)
                 .order_by(entities.c.statement_count.desc(), self._text_order(entities.c.id)))
        if search:
            pattern = "%" + norm(search) + "%"
            query = query.where(entities.c.id.in_(
                select(entity_aliases.c.entity_id).where(entity_aliases.c.alias_norm.like(pattern))))
        if type:
            query = query.where(entities.c.type == type.upper())
        with self.store.engine.connect() as conn:
            ids = [i for (i,) in conn.execute(query.limit(limit))]
            return self._summaries(conn, ids)

    def profile(self, name: str) -> SpeakerProfile:
        who = self.speaker(name)
        month = func.substr(statements.c.date, 1, 7)
        with self.store.engine.connect() as conn:
            aliases = conn.execute(select(entity_aliases.c.alias, entity_aliases.c.count)
                                   .where(entity_aliases.c.entity_id == who.id)
                                   .order_by(entity_aliases.c.count.desc(), entity_aliases.c.alias)).all()
            roles = conn.execute(select(entity_roles.c.role, entity_roles.c.first_seen, entity_roles.c.last_seen,
                                        entity_roles.c.count)
                                 .where(entity_roles.c.entity_id == who.id)
                                 .order_by(entity_roles.c.first_seen, entity_roles.c.role_norm)).all()
            months = conn.execute(select(month, func.count()).where(statements.c.entity_id == who.id,
                                                                   statements.c.date.is_not(None))
                                  .group_by(month).order_by(month)).all()
        return SpeakerProfile(who, [(a, n) for a, n in aliases], [dict(r._mapping) for r in roles],
                              [(m, n) for m, n in months])

    def _summaries(self, conn, ids: list[str]) -> list[SpeakerSummary]:
        if not ids:
            return []
        rows = conn.execute(select(entities).where(entities.c.id.in_(ids))).all()
        roles: dict[str, list[str]] = {}
        for entity_id, role in conn.execute(
                select(entity_roles.c.entity_id, entity_roles.c.role).where(entity_roles.c.entity_id.in_(ids))
                .order_by(entity_roles.c.entity_id, entity_roles.c.count.desc(), entity_roles.c.role_norm)):
            roles.setdefault(entity_id, []).append(role)
        found = [SpeakerSummary(r.id, r.name, r.type, r.affiliation, r.statement_count, r.article_count,
                                r.first_seen, r.last_seen, roles.get(r.id, [])) for r in rows]
        order = {i: n for n, i in enumerate(ids)}
        return sorted(found, key=lambda s: (-s.statements, order[s.id]) if len(ids) > 1 else 0)

    # ------------------------------------------------------------ statements

    def filtered(self, query: Select, speaker: Optional[str], kind: Optional[str], since: Optional[str],
                 until: Optional[str]) -> Select:
        """``query`` narrowed to statements of a speaker (any alias), of some kinds (comma-separated)
        and made between two dates; raises ValueError for an unknown kind or a bad date."""
        if speaker:
            query = query.where(statements.c.entity_id == self.speaker(speaker).id)
        if kind:
            kinds = [k.strip() for k in kind.split(",")]
            unknown = [k for k in kinds if k not in KINDS]
            if unknown:
                raise ValueError(f"unknown kind {unknown[0]!r}; kinds are {', '.join(KINDS)}")
            query = query.where(statements.c.kind.in_(kinds))
        if since:
            query = query.where(statements.c.date >= date_bound(since, end=False))
        if until:
            query = query.where(statements.c.date <= date_bound(until, end=True))
        return query

    def statements(self, speaker: Optional[str] = None, search: Optional[str] = None,
                   since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                   limit: Optional[int] = 50, offset: int = 0) -> list[StatementView]:
        """Statements, newest first — or best match first with ``search``.
        ``speaker`` is any alias or id; dates are ISO (a year or year-month works as a prefix)."""
        parts = None
        if search is not None:
            parts = fulltext.search_parts(self.store.dialect, search)
            if parts is None:
                return []
        query = self.filtered(self._base(parts[0] if parts else statements), speaker, kind, since, until)
        if parts:
            _, condition, rank, snippet = parts
            query = (query.add_columns(snippet.label("snippet"))
                     .where(condition)
                     .order_by(rank, statements.c.date.desc(), self._text_order(statements.c.id)))
        else:
            query = query.order_by(statements.c.date.desc(), self._text_order(statements.c.article_id),
                                   statements.c.content_start)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.store.engine.connect() as conn:
            return [_view(r) for r in conn.execute(query)]

    def in_context(self, statement_id: str, margin: int = 200) -> dict[str, Any]:
        """A statement with the words around it, for any view that shows it in its article:
        ``before`` + ``content`` + ``after`` are the article text around the content span,
        ``sentence`` the sentence it was read from."""
        query = (self._base().add_columns(articles.c.text.label("article_text"))
                 .where(statements.c.id == statement_id))
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise LookupError(f"no statement {statement_id!r}")
        view, text = _view(row), row.article_text
        start, end = view.content["start"], view.content["end"]
        sentence = text[view.sentence["start"]:view.sentence["end"]] if view.sentence else None
        return {"statement": view.to_json(), "before": text[max(0, start - margin):start],
                "content": text[start:end], "after": text[end:end + margin], "sentence": sentence}

    def export(self, batch: int = 2000) -> Iterator[StatementView]:
        """Every statement, in a stable order, fetched in batches (memory stays flat)."""
        last = ""
        while True:
            key = self._text_order(statements.c.id)
            query = self._base().where(key > last).order_by(key).limit(batch)
            with self.store.engine.connect() as conn:
                rows = [_view(r) for r in conn.execute(query)]
            yield from rows
            if len(rows) < batch:
                return
            last = rows[-1].id

    def _text_order(self, column):
        # byte order in both databases, so SQLite and PostgreSQL list ties the same way
        return column.collate("C") if self.store.dialect == "postgresql" else column

    def _base(self, source=None) -> Select:
        source = statements if source is None else source
        return (select(statements, articles.c.title, articles.c.url, articles.c.published,
                       entities.c.name.label("entity_name"))
                .select_from(source.join(articles, articles.c.id == statements.c.article_id)
                             .outerjoin(entities, entities.c.id == statements.c.entity_id)))

    # ------------------------------------------------------------ events

    def events(self, **filters):
        """PLOVER events (see ``event_query.query_events`` for the filters)."""
        return query_events(self, **filters)

    def export_events(self, batch: int = 2000):
        return export_events(self, batch)

    # ------------------------------------------------------------ sources of stories

    def sources(self, article_id: str) -> list["SourceView"]:
        """Where a stored story was read: the article itself first, then the copies merged into
        it (wire copies and republished versions), oldest publication first."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(story_sources).where(story_sources.c.story_id == article_id)).all()
        views = [SourceView(**{k: r._mapping[k] for k in SOURCE_FIELDS}) for r in rows]
        return sorted(views, key=lambda v: (v.kind != "original", v.published or "9999", v.source_id))

    def statement_sources(self, statement_id: str) -> list["SourceView"]:
        """The outlets that carried a statement: the sources of the story it was read from."""
        return self.sources(statement_id.rsplit("#", 1)[0])

    def sources_of(self, article_ids: list[str]) -> dict[str, list["SourceView"]]:
        """``sources`` for many stories in one query (a page of statements shows their outlets)."""
        found: dict[str, list[SourceView]] = {i: [] for i in article_ids}
        with self.store.engine.connect() as conn:
            for i in range(0, len(article_ids), 500):
                for r in conn.execute(select(story_sources).where(story_sources.c.story_id.in_(article_ids[i:i + 500]))):
                    found[r.story_id].append(SourceView(**{k: r._mapping[k] for k in SOURCE_FIELDS}))
        for views in found.values():
            views.sort(key=lambda v: (v.kind != "original", v.published or "9999", v.source_id))
        return found

    # ------------------------------------------------------------ stats

    def stats(self) -> dict[str, Any]:
        counts = self.store.counts()
        with self.store.engine.connect() as conn:
            kinds = dict(conn.execute(select(statements.c.kind, func.count()).group_by(statements.c.kind)).all())
            types = dict(conn.execute(select(entities.c.type, func.count()).where(entities.c.statement_count > 0)
                                      .group_by(entities.c.type)).all())
            attributed = conn.execute(select(func.count()).select_from(statements)
                                      .where(statements.c.entity_id.is_not(None))).scalar_one()
            first, last = conn.execute(select(func.min(statements.c.date), func.max(statements.c.date))).one()
            from_text = conn.execute(select(func.count()).select_from(statements)
                                     .where(statements.c.date_is_publication.is_(False))).scalar_one()
        return {**counts,
                "statements_by_kind": {k: kinds.get(k, 0) for k in KINDS},
                "speakers_by_type": dict(sorted(types.items())),
                "statements_with_speaker_entity": attributed,
                "statements_dated_from_text": from_text,
                "first_date": first, "last_date": last,
                "database": self.store.dialect}


def _view(r) -> StatementView:
    m = r._mapping
    return StatementView(
        id=m["id"], article_id=m["article_id"], kind=m["kind"], text=m["content_text"],
        speaker_name=m["speaker_name"], speaker_entity=m["entity_id"], speaker_entity_name=m["entity_name"],
        speaker_type=m["speaker_type"],
        mention=({"start": m["mention_start"], "end": m["mention_end"], "text": m["mention_text"]}
                 if m["mention_start"] is not None else None),
        cue=({"start": m["cue_start"], "end": m["cue_end"], "text": m["cue_text"]}
             if m["cue_start"] is not None else None),
        content={"start": m["content_start"], "end": m["content_end"]},
        sentence=({"start": m["sentence_start"], "end": m["sentence_end"]}
                  if m["sentence_start"] is not None else None),
        date=m["date"], date_precision=m["date_precision"], date_is_publication=bool(m["date_is_publication"]),
        confidence=m["confidence"], title=m["title"], url=m["url"], published=m["published"],
        snippet=m.get("snippet"),
    )


# ---------------------------------------------------------------- for the API, web page and briefings
# Added for reading the record in a browser or a digest: one article with its statements, a
# page of articles, counts for pagination, the roles a speaker had in each article, and a
# read-only way to open a store.

class ArticleNotFound(LookupError):
    def __init__(self, article_id: str):
        super().__init__(f"no article {article_id!r}")
        self.article_id = article_id


@dataclass
class ArticleView:
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]
    text: str
    statements: list[StatementView]  # in text order

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "url": self.url, "published": self.published,
                "source": self.source, "text": self.text, "statements": [s.to_json() for s in self.statements]}


def article(record: Record, article_id: str) -> ArticleView:
    """One article, its text exactly as ingested and its statements in text order."""
    with record.store.engine.connect() as conn:
        row = conn.execute(select(articles.c.id, articles.c.title, articles.c.url, articles.c.published,
                                  articles.c.source, articles.c.text).where(articles.c.id == article_id)).first()
        if row is None:
            raise ArticleNotFound(article_id)
        found = conn.execute(record._base().where(statements.c.article_id == article_id)
                             .order_by(statements.c.content_start, statements.c.content_end)).all()
    return ArticleView(row.id, row.title, row.url, row.published, row.source, row.text, [_view(r) for r in found])


def article_list(record: Record, since: Optional[str] = None, until: Optional[str] = None,
                 limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many, a page of articles newest first with their statement counts)."""
    count = (select(statements.c.article_id, func.count().label("n"))
             .group_by(statements.c.article_id).subquery())
    query = (select(articles.c.id, articles.c.title, articles.c.url, articles.c.published, articles.c.source,
                    func.coalesce(count.c.n, 0).label("statements"))
             .select_from(articles.outerjoin(count, count.c.article_id == articles.c.id)))
    total = select(func.count()).select_from(articles)
    for bound, end, op in ((since, False, "__ge__"), (until, True, "__le__")):
        if bound:
            condition = getattr(articles.c.published, op)(date_bound(bound, end=end))
            query, total = query.where(condition), total.where(condition)
    query = query.order_by(articles.c.published.desc(), record._text_order(articles.c.id)).limit(limit).offset(offset)
    with record.store.engine.connect() as conn:
        return conn.execute(total).scalar_one(), [dict(r._mapping) for r in conn.execute(query)]


def count_statements(record: Record, speaker: Optional[str] = None, search: Optional[str] = None,
                     since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None) -> int:
    """How many statements ``Record.statements`` gives for the same filters without a limit."""
    parts = None
    if search is not None:
        parts = fulltext.search_parts(record.store.dialect, search)
        if parts is None:
            return 0
    query = record.filtered(select(func.count()).select_from(parts[0] if parts else statements),
                            speaker, kind, since, until)
    if parts:
        query = query.where(parts[1])
    with record.store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


def roles_in_articles(record: Record, views: list[StatementView]) -> dict[str, list[str]]:
    """statement id -> the roles its article gives its speaker (empty when none)."""
    ids = [v.id for v in views]
    found: dict[str, list[str]] = {i: [] for i in ids}
    if not ids:
        return found
    join = statements.join(article_speakers, (article_speakers.c.article_id == statements.c.article_id)
                           & (article_speakers.c.local_id == statements.c.speaker_local_id))
    with record.store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            for sid, roles in conn.execute(select(statements.c.id, article_speakers.c.roles).select_from(join)
                                           .where(statements.c.id.in_(ids[i:i + 500]))):
                found[sid] = list(roles or [])
    return found


def open_read_only(db: str, **options) -> Record:
    """A Record over a store that refuses writes at the database: for the web server and briefings.
    The schema is brought up to date on open (Store.open) before writes are switched off."""
    store = Store.open(db, **options)  # options as for Store.open (pg_schema)
    engine = store.engine

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        if store.dialect == "sqlite":
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()
        cursor.close()

    engine.dispose()  # connections opened before the listener existed could still write
    return Record(store)
