"""What a watch matches: the statements stored after a mark that answer its question.

A watch's filters are those of ``onrecord quotes`` (speaker, words, kind) plus a topic and a
country. Candidates are read by ``seq`` (the order statements were stored in, never by their
dates), so a check after an ingest sees exactly what that ingest stored. A topic matches a
statement whose similarity reaches ``topics.MIN_SIMILARITY``; a country matches the speakers
whose affiliation (or, failing that, name) names that country, by the actor tables of the event
coder (``data/event_actors.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

import numpy as np

from onrecord import data, embeddings
from onrecord.query import topics
from onrecord.query.statements import filtered, statement_select, statement_view
from onrecord.query.views import SpeakerNotFound, StatementView
from onrecord.store import Store, fulltext
from onrecord.store.schema import entities, statement_vectors, statements
from onrecord.store.watches import Watch

_WORD = re.compile(r"[\w.'’-]+")
_LONGEST = 4


@lru_cache(maxsize=1)
def _actor_tables() -> tuple[dict[str, str], dict[str, str]]:
    actors = data.json_data("event_actors.json")
    return actors["names"], actors["countries"]


def country_of(text: Optional[str]) -> Optional[str]:
    """The ISO3 country a name or affiliation stands for ("Iranian", "U.S.", "Scotland"), if any."""
    if not text:
        return None
    names, countries = _actor_tables()
    words = [w.strip(".'’-").lower() for w in _WORD.findall(text)]
    words = [w for w in words if w and w not in ("the", "a", "an")]
    for n in range(min(_LONGEST, len(words)), 0, -1):  # the longest name first
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            code = names.get(key) or countries.get(key) or countries.get(key.replace(".", ""))
            if code:
                return code[:3]
    return None


def _speaks_for(m: Any, country: str) -> bool:
    return (country_of(m["entity_affiliation"]) or country_of(m["entity_name"]) or
            country_of(m["speaker_name"])) == country.upper()


def matches(store: Store, watch: Watch, after: int, upto: Optional[int] = None,
            limit: Optional[int] = None, newest_first: bool = False) -> list[tuple[StatementView, int]]:
    """(statement, seq) of the statements with ``after < seq <= upto`` that the watch matches,
    in the order they were stored (or the reverse)."""
    parts = fulltext.search_parts(store.dialect, watch.search) if watch.search else None
    if watch.search and parts is None:
        return []
    source: Any = parts[0] if parts else statements
    if watch.topic:
        source = source.join(statement_vectors, statement_vectors.c.statement_pk == statements.c.pk)
    try:
        query = filtered(store, statement_select(source), watch.speaker, watch.kind, None, None)
    except SpeakerNotFound:
        return []  # nobody of that name has been stored yet
    query = query.add_columns(entities.c.affiliation.label("entity_affiliation")).where(statements.c.seq > after)
    if upto is not None:
        query = query.where(statements.c.seq <= upto)
    if parts:
        query = query.where(parts[1])
    if watch.topic:
        query = query.add_columns(statement_vectors.c.vector).where(
            statement_vectors.c.model == embeddings.MODEL_ID)
    query = query.order_by(statements.c.seq.desc() if newest_first else statements.c.seq)
    with store.engine.connect() as conn:
        rows = list(conn.execute(query))
    if watch.country:
        rows = [r for r in rows if _speaks_for(r._mapping, watch.country)]
    scores: list[Optional[float]] = [None] * len(rows)
    if watch.topic and rows:
        similarity = embeddings.from_bytes([r._mapping["vector"] for r in rows]) @ topics.topic_vector(watch.topic)
        keep = np.flatnonzero(similarity >= topics.MIN_SIMILARITY)
        rows, scores = [rows[i] for i in keep], [round(float(similarity[i]), 4) for i in keep]
    found = []
    for row, score in zip(rows, scores, strict=True):
        view = statement_view(row)
        view.topic_score = score
        found.append((view, row._mapping["seq"]))
    return found[:limit] if limit is not None else found


def feed(store: Store, watch: Watch, limit: int = 100) -> list[tuple[StatementView, int]]:
    """The watch's matches since it was made, newest first: what its Atom feed shows."""
    return matches(store, watch, watch.start_seq, limit=limit, newest_first=True)
