"""What the record holds overall: the store's counts, statements by kind, speakers by type, the dates covered."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from onrecord.model import KINDS
from onrecord.query.memo import remembered
from onrecord.store import Store
from onrecord.store.schema import entities, statements


def stats(store: Store) -> dict[str, Any]:
    """The store's counts with statements by kind, speakers by type, how many are attributed or dated
    from their text, the first and last dates, and which database holds them. Counting whole tables
    is the dearest thing the front page and /api/stats ask: it is remembered until the store changes."""
    return dict(remembered(store, ("stats",), lambda: _stats(store)))


def _stats(store: Store) -> dict[str, Any]:
    counts = store.counts()
    with store.engine.connect() as conn:
        kinds: dict[str, int] = dict(conn.execute(select(statements.c.kind, func.count())
                                                  .group_by(statements.c.kind)).all())
        types: dict[str, int] = dict(conn.execute(select(entities.c.type, func.count())
                                                  .where(entities.c.statement_count > 0)
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
            "database": store.dialect}
