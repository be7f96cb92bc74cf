"""Topics: statements ranked by what they are about, not only by the words they share.

Each statement was embedded at ingest as its passage, its sentence between the one before and
the one after (``onrecord.embeddings``), so "We do not fear any threats," said in a paragraph on
missile tests is near "Iran's missile program" though its own words name nothing of it.

A topic ("Iran's missile program") is embedded with the same model, then moved toward what the
store says about it (pseudo-relevance feedback, Rocchio's way): the topic's vector plus the mean
of its ``FEEDBACK`` nearest statements (those not too far from it). A few words of a topic are a thin query; the nearest
statements bring the words the record itself uses for the subject ("Amazon", "wildfires" for
"climate change"). Statements are ordered by their cosine with that vector. A statement is on
the topic when its similarity reaches ``MIN_SIMILARITY``, or ``MIN_WITH_WORDS`` when it holds
any of the topic's words (full-text search, stemmed). The words decide which statements are in,
not their order: fused into the order (by reciprocal rank, as before), they put every statement
that repeats "missile" above one that speaks of the missiles in other words.

Vectors are read with the other filters applied in SQL; with none, the matrix of every vector
is remembered between calls (a server answers many, ``query.memo``) until the store changes.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

import numpy as np
from sqlalchemy import select

from onrecord import embeddings
from onrecord.query.filters import search_words
from onrecord.query.memo import remembered
from onrecord.query.statements import filtered, statement_select, statement_view
from onrecord.query.views import StatementView
from onrecord.store import Store, fulltext
from onrecord.store.schema import statement_vectors, statements

MIN_SIMILARITY = 0.45  # on the topic by meaning alone
MIN_WITH_WORDS = 0.25  # on the topic with some of its words
CANDIDATES = 500  # full-text hits read at most
FEEDBACK = 5  # nearest statements whose mean moves the topic's vector

RANKINGS_KEPT = 16  # a topic's ranking can be long: only the last few are remembered


def topic_vector(topic: str) -> np.ndarray:
    words = " ".join(topic.split())
    if not words:
        raise ValueError("the topic is empty")
    return embeddings.encoder().encode([words])[0]


def _all_vectors(store: Store) -> tuple[np.ndarray, np.ndarray]:
    """(statement pks, their vectors) for the whole store, remembered until the store changes
    (new vectors are a write like any other)."""
    return remembered(store, ("topic-vectors",), lambda: _read_all_vectors(store), shelf="topic-vectors",
                      shelf_size=1)


def _read_all_vectors(store: Store) -> tuple[np.ndarray, np.ndarray]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(statement_vectors.c.statement_pk, statement_vectors.c.vector)
                            .where(statement_vectors.c.model == embeddings.MODEL_ID)
                            .order_by(statement_vectors.c.statement_pk)).all()
    return np.array([r[0] for r in rows], dtype=np.int64), embeddings.from_bytes([r[1] for r in rows])


def _filtered_vectors(store: Store, speaker: Optional[str], kind: Optional[str], since: Optional[str],
                      until: Optional[str], search: Optional[str],
                      country: Optional[str] = None) -> tuple[np.ndarray, np.ndarray]:
    if not any((speaker, kind, since, until, search, country)):
        return _all_vectors(store)
    source: Any = statements.join(statement_vectors, statement_vectors.c.statement_pk == statements.c.pk)
    parts = fulltext.search_parts(store.dialect, search) if search else None
    if search and parts is None:
        return np.zeros(0, dtype=np.int64), embeddings.from_bytes([])
    if parts:
        source = parts[0].join(statement_vectors, statement_vectors.c.statement_pk == statements.c.pk)
    query = filtered(store, select(statements.c.pk, statement_vectors.c.vector).select_from(source),
                     speaker, kind, since, until, country).where(statement_vectors.c.model == embeddings.MODEL_ID)
    if parts:
        query = query.where(parts[1])
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(statements.c.pk)).all()
    return np.array([r[0] for r in rows], dtype=np.int64), embeddings.from_bytes([r[1] for r in rows])


def _word_ranking(store: Store, topic: str, speaker: Optional[str], kind: Optional[str], since: Optional[str],
                  until: Optional[str], search: Optional[str], country: Optional[str] = None) -> list[int]:
    """Statement pks with any of the topic's words, best full-text match first."""
    parts = fulltext.search_parts(store.dialect, topic, any_word=True)
    if parts is None:
        return []
    source, condition, rank, _ = parts
    query = filtered(store, select(statements.c.pk).select_from(source), speaker, kind, since, until, country)
    query = query.where(condition)
    if search:
        narrow = fulltext.search_parts(store.dialect, search)
        if narrow is None:
            return []
        # the words the user asked for must be there too: a subquery over the same index
        query = query.where(statements.c.pk.in_(
            select(statements.c.pk).select_from(narrow[0]).where(narrow[1]).scalar_subquery()))
    with store.engine.connect() as conn:
        return [pk for (pk,) in conn.execute(query.order_by(rank, statements.c.pk).limit(CANDIDATES))]


def ranked(store: Store, topic: str, speaker: Optional[str] = None, search: Optional[str] = None,
           since: Optional[str] = None, until: Optional[str] = None,
           kind: Optional[str] = None, country: Optional[str] = None) -> list[tuple[int, float]]:
    """(statement pk, similarity) of the statements on the topic, best first. The last few
    answers are kept: a page of results and its count ask the same question twice."""
    search = search_words(search) if search else search  # the words a search may ask, as without a topic
    key = (topic, speaker, search, since, until, kind, country)
    return remembered(store, key, lambda: _ranked(store, topic, speaker, search, since, until, kind, country),
                      shelf="topic-rankings", shelf_size=RANKINGS_KEPT)


def expanded(target: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """The topic's unit vector moved toward the mean of its ``FEEDBACK`` nearest rows of
    ``matrix`` (Rocchio's pseudo-relevance feedback, with equal weights), as a unit vector.
    Only rows at least ``MIN_WITH_WORDS`` similar count: when a filter leaves a few statements on
    other subjects, the topic is not pulled toward them."""
    similarity = matrix @ target
    nearest = np.argpartition(-similarity, FEEDBACK)[:FEEDBACK] if len(matrix) > FEEDBACK else np.arange(len(matrix))
    nearest = nearest[similarity[nearest] >= MIN_WITH_WORDS]
    if not len(nearest):
        return target
    moved = target + matrix[nearest].mean(axis=0)
    return moved / max(float(np.linalg.norm(moved)), 1e-9)


def _ranked(store: Store, topic: str, speaker: Optional[str], search: Optional[str], since: Optional[str],
            until: Optional[str], kind: Optional[str], country: Optional[str] = None) -> list[tuple[int, float]]:
    pks, matrix = _filtered_vectors(store, speaker, kind, since, until, search, country)
    if not len(pks):
        return []
    similarity = matrix @ expanded(topic_vector(topic), matrix)
    near = similarity >= MIN_SIMILARITY
    # the pks come sorted (ORDER BY in the reads above): a word hit is found by bisection
    words = np.array(_word_ranking(store, topic, speaker, kind, since, until, search, country), dtype=np.int64)
    if len(words):
        at = np.minimum(np.searchsorted(pks, words), len(pks) - 1)
        at = at[pks[at] == words]
        near[at[similarity[at] >= MIN_WITH_WORDS]] = True
    found = np.flatnonzero(near)
    order = found[np.lexsort((pks[found], -similarity[found]))]  # best first; ties in pk order
    return [(int(pks[i]), float(similarity[i])) for i in order]


def topic_statements(store: Store, topic: str, speaker: Optional[str] = None, search: Optional[str] = None,
                     since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                     limit: Optional[int] = 50, offset: int = 0, country: Optional[str] = None) -> list[StatementView]:
    """Statements on ``topic``, best first, each with its ``topic_score`` (cosine similarity)."""
    hits = ranked(store, topic, speaker, search, since, until, kind, country)
    hits = hits[offset:offset + limit] if limit is not None else hits[offset:]
    return views_of(store, hits)


def count_topic(store: Store, topic: str, speaker: Optional[str] = None, search: Optional[str] = None,
                since: Optional[str] = None, until: Optional[str] = None, kind: Optional[str] = None,
                country: Optional[str] = None) -> int:
    return len(ranked(store, topic, speaker, search, since, until, kind, country))


def views_of(store: Store, hits: list[tuple[int, float]]) -> list[StatementView]:
    """Views of statements given by pk, in the order given, with their similarity."""
    found: dict[int, StatementView] = {}
    pks = [pk for pk, _ in hits]
    with store.engine.connect() as conn:
        for i in range(0, len(pks), 500):
            for row in conn.execute(statement_select().where(statements.c.pk.in_(pks[i:i + 500]))):
                found[row._mapping["pk"]] = statement_view(row)
    return [replace(found[pk], topic_score=round(sim, 4)) for pk, sim in hits if pk in found]
