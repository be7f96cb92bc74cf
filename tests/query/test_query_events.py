"""Events in the store and through the query layer: stored once, filtered by type, actor, target,
country and date, replaced with a new version of their article, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from onrecord.query import Record
from record_helpers import event_record


def test_events_are_stored_once_and_queried(store):
    text = "Washington imposed new sanctions on Iran, Trump said."
    pair = event_record("a1", text)
    store.save([pair])
    store.save([pair])  # again: nothing duplicated
    record = Record(store)
    found = record.events(type="SANCTION", actor="USA", target="Iran", country="IRN", since="2017-07")
    assert [e.id for e in found] == ["a1#v1"]
    assert found[0].statement == "a1#s1" and found[0].trigger["text"] == "imposed"
    assert record.events(type="ASSAULT") == [] and record.events(since="2018") == []
    # the coder's confidence is 0.8: a floor above it leaves nothing, one below keeps it
    assert record.events(min_confidence=0.9) == [] and len(record.events(min_confidence=0.75)) == 1
    # a new version of the article replaces its events
    changed = event_record("a1", text + " More to come.", target="IRQ")
    store.save([changed])
    assert [(e.id, e.target["country"]) for e in record.export_events()] == [("a1#v1", "IRQ")]
    with pytest.raises(ValueError):
        record.events(type="FIGHT")
