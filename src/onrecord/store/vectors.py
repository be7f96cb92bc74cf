"""Writing the topic vectors: every statement without a vector of the current model gets one.

Run after each saved batch (``Store.embed_missing``), in transactions of its own: a run that is
interrupted leaves some statements without vectors, and the next run embeds them. The store
does not decide what a statement says, only indexes it, as the full-text index does. What is
embedded is the statement's passage in its article (``Encoder.passage``), not its words alone.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Callable, Optional

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Engine

from onrecord import embeddings
from onrecord.store.schema import articles, statement_vectors, statements

CHUNK = 512  # statements embedded and written per transaction


def embed_missing(engine: Engine, writing: Callable[[], AbstractContextManager[Connection]],
                  encoder: embeddings.Encoder,
                  progress: Optional[Callable[[int], None]] = None) -> int:
    """Embed the statements that have no vector of this model yet; returns how many.
    ``writing`` opens a write transaction the way the store does (one writer at a time)."""
    # vectors of another model are dropped; the write lock is taken only when there are some,
    # since this runs after every saved batch
    stale = statement_vectors.c.model != embeddings.MODEL_ID
    with engine.connect() as conn:
        has_stale = conn.execute(select(statement_vectors.c.statement_pk).where(stale).limit(1)).first()
    if has_stale:
        with writing() as conn:
            conn.execute(delete(statement_vectors).where(stale))
    done, after = 0, -1
    while True:
        query = (select(statements.c.pk, statements.c.content_start, statements.c.content_end,
                        statements.c.sentence_start, statements.c.sentence_end, articles.c.text)
                 .join(articles, articles.c.id == statements.c.article_id)
                 .outerjoin(statement_vectors, statement_vectors.c.statement_pk == statements.c.pk)
                 .where(statement_vectors.c.statement_pk.is_(None), statements.c.pk > after)
                 .order_by(statements.c.pk).limit(CHUNK))
        with engine.connect() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return done
        vectors = encoder.encode([_passage(encoder, r) for r in rows])
        with writing() as conn:
            # a statement deleted meanwhile (its article stored again) is simply not there any more
            alive = {pk for (pk,) in conn.execute(select(statements.c.pk).where(
                statements.c.pk.in_([r.pk for r in rows])))}
            known = {pk for (pk,) in conn.execute(select(statement_vectors.c.statement_pk).where(
                statement_vectors.c.statement_pk.in_(list(alive))))}
            fresh = [{"statement_pk": r.pk, "model": embeddings.MODEL_ID, "vector": embeddings.to_bytes(v)}
                     for r, v in zip(rows, vectors, strict=True) if r.pk in alive and r.pk not in known]
            if fresh:
                conn.execute(insert(statement_vectors), fresh)
        done += len(fresh)
        after = rows[-1].pk
        if progress:
            progress(len(rows))


def _passage(encoder: embeddings.Encoder, row: Any) -> str:
    """The statement's sentence (all of it, and all of a quote that runs over several) and its neighbours."""
    start, end = row.content_start, row.content_end
    if row.sentence_start is not None and row.sentence_end is not None:
        start, end = min(start, row.sentence_start), max(end, row.sentence_end)
    return encoder.passage(row.text, start, end)
