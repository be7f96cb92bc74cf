"""A writer process for the concurrency tests: kept apart from the test modules so that a
spawned process imports only the store and the hand-made records, not the command line."""
from __future__ import annotations

from onrecord.store import Store
from record_helpers import corpus


def open_and_save(db: str, part: int, parts: int, start, results) -> None:
    """One of several processes started together on a fresh store: open it, save its share."""
    start.wait()  # a barrier: every process has imported what it needs, and all go at once
    try:
        store = Store.open(db)
        store.save(corpus()[part::parts])
        store.close()
        results.put("ok")
    except Exception as e:  # reported to the test, which shows it
        results.put(f"{type(e).__name__}: {e}")
