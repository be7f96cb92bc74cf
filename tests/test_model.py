"""The record's data model: articles' records to JSON and back, typed all the way down."""
from __future__ import annotations

import json

from onrecord.model import ArticleRecord, Event, EventParty, EventPlace, Extent, TextSpan
from record_helpers import event_record


def test_records_without_events_still_load():
    rec = ArticleRecord.from_json({"id": "x", "statements": [], "entities": []})
    assert rec.events == [] and rec.to_json()["events"] == []
    # an event missing its optional keys still loads, with their defaults
    sparse = ArticleRecord.from_json({"id": "x", "events": [{"type": "AGREE", "actor": {
        "text": "Iran", "start": 0, "end": 4}}]})
    assert sparse.events == [Event(None, "AGREE", actor=EventParty("Iran", 0, 4))]


def test_events_round_trip_as_typed_data():
    text = "Washington imposed new sanctions on Iran in Syria, Trump said."
    _, rec = event_record("a1", text)
    place = text.index("Syria")
    rec.events.append(Event(id="a1#v2", type="ASSAULT", actor=EventParty("Washington", 0, 10, country="USA"),
                            location=EventPlace("Syria", place, place + 5, country="SYR"),
                            trigger=TextSpan(11, 18, "imposed"), sentence=Extent(0, len(text)), future=True))
    data = rec.to_json()
    # the JSON keys keep the order the dict-built events had (docs/json.md)
    assert list(data["events"][0]) == ["id", "type", "mode", "actor", "target", "location", "date", "trigger",
                                       "sentence", "negated", "hypothetical", "future", "statement", "confidence"]
    assert list(data["events"][0]["actor"]) == ["text", "start", "end", "entity", "country", "sector"]
    assert list(data["events"][1]["location"]) == ["text", "start", "end", "country"]
    assert data["events"][0]["sentence"] == {"start": 0, "end": len(text)}
    back = ArticleRecord.from_json(json.loads(json.dumps(data)))
    assert back == rec
    assert all(isinstance(e, Event) for e in back.events)
    assert isinstance(back.events[0].target, EventParty) and isinstance(back.events[1].location, EventPlace)
    assert isinstance(back.events[0].trigger, TextSpan) and isinstance(back.events[0].sentence, Extent)
