"""Speakers: which entities a name may mean, the speakers with counts and roles, one speaker's profile.

A name is looked up by entity id, then by alias, then by family (surname), then by part of a
name. ``speaker`` wants exactly one match: none raises ``SpeakerNotFound``, several raise
``AmbiguousSpeaker`` with the candidates.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from onrecord.query.filters import LIKE_ESCAPE, MAX_NAME_CHARS, checked_text, contains_pattern, text_order
from onrecord.query.memo import remembered
from onrecord.query.views import AmbiguousSpeaker, SpeakerNotFound, SpeakerProfile, SpeakerSummary
from onrecord.resolve.identity import family_of, norm
from onrecord.store import Store
from onrecord.store.schema import article_speakers, entities, entity_aliases, entity_roles, statements


def find_speakers(store: Store, name: str) -> list[SpeakerSummary]:
    """The entities a name may mean: by id, by alias, by surname, then by part of a name.
    Raises ValueError for a name over ``MAX_NAME_CHARS`` characters. Remembered until the store
    changes: every speaker filter and page asks it, often twice."""
    checked_text(name, "a speaker's name", MAX_NAME_CHARS)
    return list(remembered(store, ("find_speakers", name), lambda: _find_speakers(store, name)))


def _find_speakers(store: Store, name: str) -> list[SpeakerSummary]:
    key = norm(name)
    with store.engine.connect() as conn:
        steps = [
            select(entities.c.id).where(entities.c.id == name.strip()),
            select(entity_aliases.c.entity_id).where(entity_aliases.c.alias_norm == key),
        ]
        family = family_of(name, "PERSON")
        if family:
            # by the speakers' own family: a merged entity's family is its whole group's
            steps.append(select(article_speakers.c.entity_id).distinct()
                         .where(article_speakers.c.family == family, article_speakers.c.entity_id.is_not(None)))
        pattern = contains_pattern(key)
        steps.append(select(entity_aliases.c.entity_id)
                     .where(entity_aliases.c.alias_norm.like(pattern, escape=LIKE_ESCAPE)).limit(50))
        for step in steps:
            ids = sorted({i for (i,) in conn.execute(step)})
            found = _summaries(conn, ids)
            speaking = [s for s in found if s.statements]
            if found:
                return speaking or found
    return []


def speaker(store: Store, name: str) -> SpeakerSummary:
    """The one entity a name means."""
    found = find_speakers(store, name)
    if not found:
        raise SpeakerNotFound(name)
    if len(found) > 1:
        raise AmbiguousSpeaker(name, found)
    return found[0]


def speakers(store: Store, search: Optional[str] = None, type: Optional[str] = None,
             limit: int = 50, offset: int = 0) -> list[SpeakerSummary]:
    """Entities that made statements, most statements first; ``search`` matches part of any alias
    (ValueError when it is over ``MAX_NAME_CHARS`` characters). A directory of the store's
    speakers, like ``find_speakers``: remembered until the store changes."""
    if search:
        checked_text(search, "the speaker search", MAX_NAME_CHARS)
    key = ("speakers", search, type, limit, offset)
    return list(remembered(store, key, lambda: _speakers(store, search, type, limit, offset)))


def _speakers(store: Store, search: Optional[str], type: Optional[str], limit: int,
              offset: int) -> list[SpeakerSummary]:
    query = (select(entities.c.id).where(entities.c.statement_count > 0)
             .order_by(entities.c.statement_count.desc(), text_order(store, entities.c.id)))
    if search:
        pattern = contains_pattern(norm(checked_text(search, "the speaker search", MAX_NAME_CHARS)))
        query = query.where(entities.c.id.in_(
            select(entity_aliases.c.entity_id).where(entity_aliases.c.alias_norm.like(pattern, escape=LIKE_ESCAPE))))
    if type:
        query = query.where(entities.c.type == type.upper())
    with store.engine.connect() as conn:
        ids = [i for (i,) in conn.execute(query.limit(limit).offset(offset))]
        return _summaries(conn, ids)


def profile(store: Store, name: str) -> SpeakerProfile:
    """One speaker's aliases, roles over time and statements by month (remembered until the
    store changes: the speaker page's chart and lists)."""
    who = speaker(store, name)
    aliases, roles, months = remembered(store, ("profile", who.id), lambda: _profile_rows(store, who.id))
    return SpeakerProfile(who, aliases, roles, months)


def _profile_rows(store: Store, entity_id: str) -> tuple[list[tuple[str, int]], list[dict], list[tuple[str, int]]]:
    month = func.substr(statements.c.date, 1, 7)
    with store.engine.connect() as conn:
        aliases = conn.execute(select(entity_aliases.c.alias, entity_aliases.c.count)
                               .where(entity_aliases.c.entity_id == entity_id)
                               .order_by(entity_aliases.c.count.desc(), entity_aliases.c.alias)).all()
        roles = conn.execute(select(entity_roles.c.role, entity_roles.c.first_seen, entity_roles.c.last_seen,
                                    entity_roles.c.count)
                             .where(entity_roles.c.entity_id == entity_id)
                             .order_by(entity_roles.c.first_seen, entity_roles.c.role_norm)).all()
        months = conn.execute(select(month, func.count()).where(statements.c.entity_id == entity_id,
                                                               statements.c.date.is_not(None))
                              .group_by(month).order_by(month)).all()
    return [(a, n) for a, n in aliases], [dict(r._mapping) for r in roles], [(m, n) for m, n in months]


def _summaries(conn: Connection, ids: list[str]) -> list[SpeakerSummary]:
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
