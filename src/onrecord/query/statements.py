"""Statements: filtered by speaker (any alias), words (ranked, with snippets), dates and kind;
one statement in its article's words; every statement for export; the roles each speaker had.

``statement_select`` and ``statement_view`` are the one way a statement row is read, so the
article queries show statements exactly as these do.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from sqlalchemy import FromClause, Row, func, or_, select
from sqlalchemy.sql import Select

from onrecord.model import KINDS
from onrecord.query import memo
from onrecord.query.countries import speakers_of_country, unnamed_statements_of_country
from onrecord.query.filters import date_bound, search_words, shown, text_order
from onrecord.query.memo import remembered
from onrecord.query.speakers import speaker as one_speaker
from onrecord.query.views import StatementView
from onrecord.store import Store, fulltext
from onrecord.store.schema import article_speakers, articles, entities, statements


def statement_select(source: Optional[FromClause] = None) -> Select[Any]:
    """Statements with their article's title, URL and date and their speaker entity's name,
    read from ``source`` (the statements table, or it joined to the full-text index)."""
    if source is None:
        return _STATEMENT_SELECT  # built once: a select is never changed, only copied by .where()
    return _statement_select(source)


def _statement_select(source: FromClause) -> Select[Any]:
    return (select(statements, articles.c.title, articles.c.url, articles.c.published,
                   entities.c.name.label("entity_name"))
            .select_from(source.join(articles, articles.c.id == statements.c.article_id)
                         .outerjoin(entities, entities.c.id == statements.c.entity_id)))


_STATEMENT_SELECT = _statement_select(statements)


def split_hits(marked: Optional[str]) -> tuple[Optional[str], Optional[list[list[int]]]]:
    """A snippet with the full-text index's hit marks as (plain text, [start, end] of each hit)."""
    if marked is None:
        return None, None
    plain, hits, start = [], [], None
    size = 0
    for piece in re.split(f"({re.escape(fulltext.MARK_START)}|{re.escape(fulltext.MARK_END)})", marked):
        if piece == fulltext.MARK_START:
            start = size
        elif piece == fulltext.MARK_END:
            if start is not None:
                hits.append([start, size])
            start = None
        else:
            plain.append(piece)
            size += len(piece)
    return "".join(plain), hits


def statement_view(row: Row[Any]) -> StatementView:
    """A row of ``statement_select`` (with a ``snippet`` column when searched) as a view."""
    m = row._mapping
    snippet, hits = split_hits(m["snippet"] if "snippet" in m else None)  # .get() costs a KeyError when absent
    return StatementView(
        id=m["id"], article_id=m["article_id"], kind=m["kind"], text=m["content_text"],
        speaker_name=m["speaker_name"], speaker_entity=m["entity_id"],
        speaker_entity_name=m["entity_name"] or m["speaker_name"],
        speaker_type=m["speaker_type"], speaker_rule=m["speaker_rule"],
        mention=({"start": m["mention_start"], "end": m["mention_end"], "text": m["mention_text"]}
                 if m["mention_start"] is not None else None),
        cue=({"start": m["cue_start"], "end": m["cue_end"], "text": m["cue_text"]}
             if m["cue_start"] is not None else None),
        content={"start": m["content_start"], "end": m["content_end"]},
        sentence=({"start": m["sentence_start"], "end": m["sentence_end"]}
                  if m["sentence_start"] is not None else None),
        date=m["date"], date_precision=m["date_precision"], date_is_publication=bool(m["date_is_publication"]),
        confidence=m["confidence"], title=m["title"], url=m["url"], published=m["published"],
        snippet=snippet, hits=hits,
    )


def filtered(store: Store, query: Select[Any], speaker: Optional[str], kind: Optional[str], since: Optional[str],
             until: Optional[str], country: Optional[str] = None) -> Select[Any]:
    """``query`` narrowed to statements of a speaker (any alias), by speakers of a country (ISO3 or
    IGO...), of some kinds (comma-separated) and made between two dates; raises ValueError for an
    unknown kind or a bad date."""
    if speaker:
        query = query.where(statements.c.entity_id == one_speaker(store, speaker).id)
    if country:
        # named speakers of that country, and unnamed ones whose own words name it
        query = query.where(or_(statements.c.entity_id.in_(speakers_of_country(store, country)),
                                statements.c.pk.in_(unnamed_statements_of_country(store, country))))
    if kind:
        kinds = [k.strip() for k in kind.split(",")]
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kind {shown(unknown[0])!r}; kinds are {', '.join(KINDS)}")
        query = query.where(statements.c.kind.in_(kinds))
    if since:
        query = query.where(statements.c.date >= date_bound(since, end=False))
    if until:
        query = query.where(statements.c.date <= date_bound(until, end=True))
    return query


def find_statements(store: Store, speaker: Optional[str] = None, search: Optional[str] = None,
                    since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                    limit: Optional[int] = 50, offset: int = 0, country: Optional[str] = None) -> list[StatementView]:
    """Statements, newest first — or best match first with ``search``.
    ``speaker`` is any alias or id; dates are ISO (a year or year-month works as a prefix)."""
    parts = None
    if search is not None:
        parts = fulltext.search_parts(store.dialect, search_words(search))
        if parts is None:
            return []
    query = filtered(store, statement_select(parts[0] if parts else statements), speaker, kind, since, until,
                     country)
    if parts:
        _, condition, rank, snippet = parts
        query = (query.add_columns(snippet.label("snippet"))
                 .where(condition)
                 .order_by(rank, statements.c.date.desc(), text_order(store, statements.c.id)))
    else:
        query = query.order_by(statements.c.date.desc(), text_order(store, statements.c.article_id),
                               statements.c.content_start)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [statement_view(r) for r in conn.execute(query)]


def count_statements(store: Store, speaker: Optional[str] = None, search: Optional[str] = None,
                     since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                     country: Optional[str] = None) -> int:
    """How many statements ``find_statements`` gives for the same filters without a limit; with
    no filter at all (the front page), the whole table's count, remembered until the store changes."""
    if not any((speaker, search, since, until, kind, country)):
        return remembered(store, ("count_statements",), lambda: _count(store, select(func.count()).select_from(
            statements)))
    parts = None
    if search is not None:
        parts = fulltext.search_parts(store.dialect, search_words(search))
        if parts is None:
            return 0
    query = filtered(store, select(func.count()).select_from(parts[0] if parts else statements),
                     speaker, kind, since, until, country)
    if parts:
        query = query.where(parts[1])
    return _count(store, query)


def _count(store: Store, query: Select[Any]) -> int:
    with store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


def in_context(store: Store, statement_id: str, margin: int = 200) -> dict[str, Any]:
    """A statement with the words around it, for any view that shows it in its article:
    ``before`` + ``content`` + ``after`` are the article text around the content span,
    ``sentence`` the sentence it was read from."""
    query = (statement_select().add_columns(articles.c.text.label("article_text"))
             .where(statements.c.id == statement_id))
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        raise LookupError(f"no statement {statement_id!r}")
    view, text = statement_view(row), row.article_text
    start, end = view.content["start"], view.content["end"]
    sentence = text[view.sentence["start"]:view.sentence["end"]] if view.sentence else None
    return {"statement": view.to_json(), "before": text[max(0, start - margin):start],
            "content": text[start:end], "after": text[end:end + margin], "sentence": sentence}


def export_statements(store: Store, batch: int = 2000) -> Iterator[StatementView]:
    """Every statement, in a stable order, fetched in batches (memory stays flat)."""
    last = ""
    while True:
        key = text_order(store, statements.c.id)
        query = statement_select().where(key > last).order_by(key).limit(batch)
        with store.engine.connect() as conn:
            rows = [statement_view(r) for r in conn.execute(query)]
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].id


def roles_in_articles(store: Store, views: list[StatementView]) -> dict[str, list[str]]:
    """statement id -> the roles its article gives its speaker (empty when none). Every listing
    of statements shows them: each article's are read once, in one query for the articles not
    yet remembered, and remembered until the store changes."""
    keys = {("article_roles", v.article_id) for v in views}
    version, known = memo.recall(store, keys)
    missing = sorted(article_id for _, article_id in keys - known.keys())
    derived = {("article_roles", a): roles for a, roles in _article_roles(store, missing).items()}
    memo.keep(store, version, derived)
    known.update(derived)
    return {v.id: list(known[("article_roles", v.article_id)].get(v.id, ())) for v in views}


def _article_roles(store: Store, article_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """article id -> {statement id: the roles the article gives its speaker, when it gives some}."""
    out: dict[str, dict[str, list[str]]] = {a: {} for a in article_ids}
    if not article_ids:
        return out
    join = statements.join(article_speakers, (article_speakers.c.article_id == statements.c.article_id)
                           & (article_speakers.c.local_id == statements.c.speaker_local_id))
    with store.engine.connect() as conn:
        for i in range(0, len(article_ids), 500):
            for sid, article_id, roles in conn.execute(
                    select(statements.c.id, statements.c.article_id, article_speakers.c.roles).select_from(join)
                    .where(statements.c.article_id.in_(article_ids[i:i + 500]))):
                if roles:
                    out[article_id][sid] = list(roles)
    return out
