"""The queries behind the analyst's desk on a real store (conftest.py's ``web_db``, holding the example
article): which country a speaker speaks for, the events of a period involving countries, the
events a speaker did, the events each statement reports, and statements by country."""
from __future__ import annotations

from onrecord.query import Record, open_read_only
from onrecord.query.countries import text_country
from record_helpers import event_record


def test_roles_and_affiliations_name_a_country_by_its_own_words():
    assert text_country("secretary of Iran’s Supreme National Security Council") == "IRN"
    assert text_country("I.R.G.C.") == "IRN" and text_country("Trump administration") == "USA"
    assert text_country("President") is None and text_country("") is None


def test_iranian_officials_speak_for_iran(web_db):
    record: Record = open_read_only(web_db)
    countries = record.speaker_countries(["mohsen-rezaei", "ali-shamkhani", "ali-khamenei", "hassan-rouhani",
                                          "donald-trump"])
    assert all(countries[i] == ["IRN"] for i in ("mohsen-rezaei", "ali-shamkhani", "ali-khamenei", "hassan-rouhani"))
    assert countries["donald-trump"] == ["USA"]
    by_iran = record.statements(country="IRN", limit=None)
    assert {s.speaker_entity for s in by_iran} >= {"mohsen-rezaei", "ali-shamkhani", "hassan-rouhani"}
    assert "donald-trump" not in {s.speaker_entity for s in by_iran}


def test_context_holds_what_was_done_not_what_was_said(web_db):
    record = open_read_only(web_db)
    found = record.context_events(["IRN"], None, None, ["iran-missile-statements"])
    seen = {(e.type, e.trigger["text"]) for e in found}
    assert {("SANCTION", "imposed"), ("ASSAULT", "launched"), ("MOBILIZE", "built")} <= seen
    assert all(e.type in ("COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
               for e in found)
    assert all(not (e.negated or e.hypothetical or e.future) for e in found)
    # undated events count only from the articles asked for
    assert record.context_events(["IRN"], None, None, []) == []
    assert record.context_events([], None, None, ["iran-missile-statements"]) == []


def test_events_each_statement_reports_and_what_a_speaker_did(web_db):
    record = open_read_only(web_db)
    factory = next(s for s in record.statements(search="factory", limit=None) if "built" in s.text)
    assert "built" in [e.trigger["text"] for e in record.linked_events([factory.id])[factory.id]]
    did, theirs = record.speaker_events("hassan-rouhani", ["IRN"])
    assert "pledged" in [e.trigger["text"] for e in did]  # "Rouhani pledged to engage ..."
    assert all(e.actor and e.actor["country"] == "IRN" for e in theirs)
    assert record.count_events(country="IRN") == len(record.events(country="IRN", limit=None))


def test_desk_queries_on_sqlite_and_postgresql(store):
    text = "Washington imposed new sanctions on Iran, Trump said."
    a, rec = event_record("a1", text)
    rec.statements[0].speaker.affiliation = "U.S."
    store.save([(a, rec)])
    record = Record(store)
    trump = rec.statements[0]
    entity = record.statements(limit=1)[0].speaker_entity
    assert record.speaker_countries([entity]) == {entity: ["USA"]}
    assert [s.id for s in record.statements(country="usa", limit=None)] == [trump.id]
    assert record.statements(country="IRN", limit=None) == []
    assert [e.id for e in record.context_events(["IRN"], "2017-07", "2017-07")] == ["a1#v1"]
    assert record.context_events(["IRN"], "2018", None) == []
    assert [e.id for e in record.linked_events([trump.id])[trump.id]] == ["a1#v1"]
    assert record.count_events(type="SANCTION") == 1
