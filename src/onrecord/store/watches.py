"""Watches in the store: saved questions, the mark of their last check and what they reported.

The statement counter (``store_counters``) is read and moved on in the saving transaction, so
``seq`` numbers only grow; a check reads up to the counter's value when it began, so statements
stored while it runs are left to the next one.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from onrecord.store.schema import store_counters, watch_hits, watches

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
FILTERS = ("speaker", "topic", "search", "country", "kind")


@dataclass
class Watch:
    name: str
    speaker: Optional[str]
    topic: Optional[str]
    search: Optional[str]
    country: Optional[str]
    kind: Optional[str]
    webhook: Optional[str]
    start_seq: int
    last_seq: int
    created_at: str
    checked_at: Optional[str]

    def filters(self) -> dict[str, Optional[str]]:
        return {f: getattr(self, f) for f in FILTERS}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_STATEMENT_COUNTER = select(store_counters.c.value).where(store_counters.c.name == "statements")


def next_seqs(conn: Connection, n: int) -> int:
    """Take ``n`` statement numbers; returns the first. Called inside the saving transaction."""
    current = conn.execute(_STATEMENT_COUNTER).scalar()
    if current is None:
        conn.execute(insert(store_counters).values(name="statements", value=n))
        return 1
    conn.execute(update(store_counters).where(store_counters.c.name == "statements").values(value=current + n))
    return int(current) + 1


def last_seq(conn: Connection) -> int:
    value = conn.execute(_STATEMENT_COUNTER).scalar()
    return int(value or 0)


def add(conn: Connection, name: str, filters: dict[str, Optional[str]], webhook: Optional[str], now: str) -> Watch:
    if not NAME.fullmatch(name):
        raise ValueError(f"{name!r} is not a watch name: use letters, digits, '.', '_' and '-' (at most 100)")
    if not any(filters.get(f) for f in FILTERS):
        raise ValueError("a watch needs at least one of --speaker, --topic, --search, --country, --kind")
    if get(conn, name) is not None:
        raise ValueError(f"a watch called {name!r} exists; remove it first")
    mark = last_seq(conn)
    conn.execute(insert(watches).values(name=name, **{f: filters.get(f) or None for f in FILTERS}, webhook=webhook,
                                        start_seq=mark, last_seq=mark, created_at=now))
    watch = get(conn, name)
    assert watch is not None
    return watch


def get(conn: Connection, name: str) -> Optional[Watch]:
    row = conn.execute(select(watches).where(watches.c.name == name)).first()
    return Watch(**row._mapping) if row else None


def every(conn: Connection) -> list[Watch]:
    return [Watch(**r._mapping) for r in conn.execute(select(watches).order_by(watches.c.name))]


def remove(conn: Connection, name: str) -> bool:
    conn.execute(delete(watch_hits).where(watch_hits.c.watch == name))
    return conn.execute(delete(watches).where(watches.c.name == name)).rowcount > 0


def reported(conn: Connection, name: str, ids: list[str]) -> set[str]:
    """Which of these statement ids a check of the watch has reported before."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        found.update(s for (s,) in conn.execute(select(watch_hits.c.statement_id).where(
            watch_hits.c.watch == name, watch_hits.c.statement_id.in_(ids[i:i + 500]))))
    return found


def mark_checked(conn: Connection, name: str, hits: list[tuple[str, int]], upto: int, now: str) -> None:
    """Remember the statements a check reported and move the watch's mark to ``upto``."""
    known = reported(conn, name, [i for i, _ in hits])
    rows = [{"watch": name, "statement_id": i, "seq": s, "found_at": now} for i, s in hits if i not in known]
    if rows:
        conn.execute(insert(watch_hits), rows)
    conn.execute(update(watches).where(watches.c.name == name).values(last_seq=upto, checked_at=now))
