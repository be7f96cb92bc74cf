"""PLOVER events: coding of real sentences with the real model, the example digest, storing and
querying on SQLite and PostgreSQL, the `events` command."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLE_ARTICLE
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.tables import code_text
from onrecord.extract.pipeline import process
from onrecord.model import Article, ArticleRecord, Event, EventParty, EventPlace, Extent, TextSpan
from record_helpers import article, pg_schema, said, store  # noqa: F401  (fixtures)


def events_of(nlp, text, published="2017-07-25"):
    return find_events(nlp(text), "t", published)


def one(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_sanction_with_actor_and_target_countries(nlp):
    e = one(events_of(nlp, "The Trump administration imposed new sanctions on Iran on Tuesday."), "SANCTION")
    assert e.trigger.text == "imposed"
    assert (e.actor.country, e.actor.sector) == ("USA", "GOV")
    assert e.target.text == "Iran" and e.target.country == "IRN"
    assert e.date == "2017-07-25"  # Tuesday of the publication week
    assert not (e.negated or e.hypothetical or e.future)


def test_assault_with_location_and_relative_date(nlp):
    text = "Last month the I.R.G.C. launched missiles against Islamic State positions in Syria."
    e = one(events_of(nlp, text), "ASSAULT")
    assert e.actor.text == "the I.R.G.C." and e.actor.country == "IRN"
    assert e.target.country == "IMG" and "Islamic State" in e.target.text
    assert e.location.text == "Syria" and e.location.country == "SYR"
    assert e.date == "2017-06-01"
    assert text[e.trigger.start:e.trigger.end] == "launched"
    assert e.sentence == Extent(0, len(text))


def test_negated_and_future_events(nlp):
    negated = one(events_of(nlp, "Israel did not attack the Syrian army."), "ASSAULT")
    assert negated.negated and negated.actor.country == "ISR"
    # future force is a threat in PLOVER
    future = events_of(nlp, "Turkey will attack the Kurdish militants in Syria.")
    assert one(future, "THREATEN").future


def test_several_events_per_sentence_and_one_per_repeat(nlp):
    text = "Police arrested the opposition leader and the government expelled two Russian diplomats."
    types = {e.type for e in events_of(nlp, text)}
    assert {"COERCE", "SANCTION"} <= types
    once = "Russia attacked Ukraine. "
    twice = events_of(nlp, once + "Later, Russia attacked Ukraine.")
    assert len([e for e in twice if e.type == "ASSAULT"]) == 1


def test_speech_act_links_its_statement(nlp):
    text = "“You will pay a heavy price,” Iran warned the United States on Monday."
    record = process(Article("w", text, published="2017-07-25"), nlp)
    threat = one(record.events, "THREATEN")
    assert threat.statement == record.statements[0].id
    assert threat.actor.country == "IRN" and threat.target.country == "USA"
    assert record.events[0].id == "w#v1"


def test_actor_texts_are_coded_from_the_dictionaries():
    assert code_text("French Foreign Minister Jean-Yves Le Drian") == ("FRA", "GOV")
    assert code_text("Hamas")[0] == "PSE"
    assert code_text("the United Nations")[0] == "IGO"
    assert code_text("protesters") == (None, "CVL")
    # a leader by surname after a title; a former UN head; old codes made PLOVER's
    assert code_text("President Mugabe") == ("ZWE", "GOV")
    assert code_text("rice farmers")[0] is None
    assert code_text("Kofi Annan")[0] == "IGO"
    assert code_text("Yugoslav army")[0] == "SRB" and code_text("Soviet Union")[0] == "RUS"


def test_actor_country_when_the_actor_names_none(nlp):
    # an unnamed attack is coded to where it happened
    e = one(events_of(nlp, "A car bombing near the town of Kirkuk killed three police officers on Monday."), "ASSAULT")
    assert e.actor.country == "IRQ"
    # a named person of no known country: the country of the officials he acts on
    e = one(events_of(nlp, "Judge Maria Lopez opened an investigation against three Peruvian police officers."), "ACCUSE")
    assert e.actor.country == "PER"
    # an ethnic group is coded to the country it lives in
    e = one(events_of(nlp, "Ethnic Serbs blocked roads to protest against Croatia's new language law."), "PROTEST")
    assert e.actor.country == "HRV"
    # a forum or association that names no country is an NGO, not the country it speaks of
    text = "The Global Press Freedom Forum condemned the arrest of two journalists in Egypt."
    assert one(events_of(nlp, text), "ACCUSE").actor.country == "NGO"
    assert not events_of(nlp, "Her skin broke when the dog attacked.")


def test_example_digest_events(nlp):
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    record = process(Article("iran", text, published="2017-07-25"), nlp)
    events = record.events
    sanction = [e for e in events if e.type == "SANCTION" and e.actor.country == "USA"
                and (e.target and e.target.country) == "IRN"]
    assert sanction
    strike = [e for e in events if e.type == "ASSAULT" and e.actor.country == "IRN"
              and e.target and "Islamic State" in e.target.text]
    assert strike and strike[0].location.country == "SYR"
    factory = [e for e in events if e.type == "MOBILIZE" and e.actor.country == "IRN"
               and e.trigger.text == "built"]
    assert factory
    data = record.to_json()["events"]
    assert json.loads(json.dumps(data)) == data  # plain JSON


def _event_record(aid: str, text: str, target: str = "IRN"):
    a, rec = article(aid, text, "2017-07-25", [said(text, "new sanctions", "Trump", cue="said")])
    start = text.index("imposed")
    rec.events = [Event(
        id=f"{aid}#v1", type="SANCTION", mode="discontinue",
        actor=EventParty("Washington", 0, 10, entity=None, country="USA", sector="GOV"),
        target=EventParty("Iran", text.index("Iran"), text.index("Iran") + 4, entity=None, country=target),
        location=None, date="2017-07-20", trigger=TextSpan(start, start + 7, "imposed"),
        sentence=Extent(0, len(text)), negated=False, hypothetical=False, future=False,
        statement=f"{aid}#s1", confidence=0.8)]
    return a, rec


def test_events_are_stored_once_and_queried(store):  # noqa: F811
    from onrecord.query.record import Record

    text = "Washington imposed new sanctions on Iran, Trump said."
    pair = _event_record("a1", text)
    store.save([pair])
    store.save([pair])  # again: nothing duplicated
    record = Record(store)
    found = record.events(type="SANCTION", actor="USA", target="Iran", country="IRN", since="2017-07")
    assert [e.id for e in found] == ["a1#v1"]
    assert found[0].statement == "a1#s1" and found[0].trigger["text"] == "imposed"
    assert record.events(type="ASSAULT") == [] and record.events(since="2018") == []
    # a new version of the article replaces its events
    changed = _event_record("a1", text + " More to come.", target="IRQ")
    store.save([changed])
    assert [(e.id, e.target["country"]) for e in record.export_events()] == [("a1#v1", "IRQ")]
    with pytest.raises(ValueError):
        record.events(type="FIGHT")


def test_events_command_and_export(tmp_path):
    from onrecord.cli import main
    from onrecord.store import Store

    db = str(tmp_path / "r.db")
    with Store.open(db) as s:
        s.save([_event_record("a1", "Washington imposed new sanctions on Iran, Trump said.")])
    run = CliRunner().invoke(main, ["events", "--db", db, "--type", "sanction", "--format", "jsonl"])
    assert run.exit_code == 0, run.output
    rows = [json.loads(line) for line in run.output.splitlines() if line.startswith("{")]
    assert rows[0]["actor"]["country"] == "USA" and rows[0]["type"] == "SANCTION"
    table = CliRunner().invoke(main, ["events", "--db", db, "--country", "IRN"])
    assert "SANCTION/discontinue" in table.output
    bad = CliRunner().invoke(main, ["events", "--db", db, "--since", "last week"])
    assert bad.exit_code == 2 and "not a date" in bad.output
    out = tmp_path / "events.csv"
    exported = CliRunner().invoke(main, ["export", "--db", db, "--events", "--format", "csv", "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text().splitlines()[1].startswith("a1#v1,a1,SANCTION")


def test_records_without_events_still_load():
    rec = ArticleRecord.from_json({"id": "x", "statements": [], "entities": []})
    assert rec.events == [] and rec.to_json()["events"] == []
    # an event missing its optional keys still loads, with their defaults
    sparse = ArticleRecord.from_json({"id": "x", "events": [{"type": "AGREE", "actor": {
        "text": "Iran", "start": 0, "end": 4}}]})
    assert sparse.events == [Event(None, "AGREE", actor=EventParty("Iran", 0, 4))]


def test_events_round_trip_as_typed_data():
    text = "Washington imposed new sanctions on Iran in Syria, Trump said."
    _, rec = _event_record("a1", text)
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


def test_we_in_a_quote_is_its_speaker(nlp):
    text = "“We will strike their bases,” President Hassan Rouhani of Iran said on Monday."
    record = process(Article("q", text, published="2017-07-25"), nlp)
    threat = one(record.events, "THREATEN")  # future force
    assert threat.actor.text == "We" and threat.future
    assert threat.actor.entity == record.statements[0].speaker.entity
    assert threat.actor.country == "IRN"
