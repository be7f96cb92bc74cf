"""Statements through the query layer, on SQLite and PostgreSQL: one in its context, filters by date
and kind, and the date bounds a filter accepts."""
from __future__ import annotations

import pytest

from onrecord.query import Record, date_bound
from onrecord.query.countries import speaks_for_country
from record_helpers import article, corpus, person, said


def test_a_statement_in_its_context(store):
    store.save(corpus())
    shown = Record(store).in_context("a4#s1", margin=5)
    assert shown["content"] == "We will build a wall,"
    assert (shown["before"], shown["after"]) == ("“", "” Don")
    assert shown["sentence"] == corpus()[3][0].text
    with pytest.raises(LookupError):
        Record(store).in_context("no#such")


def test_filters_by_date_and_kind(store):
    store.save(corpus())
    r = Record(store)
    in_2017 = r.statements(since="2017", until="2017-12-31", limit=None)
    assert in_2017 and all(s.date.startswith("2017") for s in in_2017)
    assert {s.kind for s in r.statements(kind="direct", limit=None)} == {"direct"}
    assert [s.date for s in r.statements(speaker="Rouhani", since="2017-07", until="2017-07", limit=None)] == [
        "2017-07-24"]
    with pytest.raises(ValueError):
        r.statements(since="last Tuesday")
    with pytest.raises(ValueError):
        r.statements(kind="rumour")


def test_query_date_bounds_refuse_impossible_dates():
    assert date_bound("2017-05", end=False) == "2017-05-01"
    assert date_bound("2017", end=True) == "2017-12-31"
    for bad in ("2020-13", "2020-02-30", "May 2020", "20-01-01"):
        with pytest.raises(ValueError, match="is not a date"):
            date_bound(bad, end=False)


def test_a_country_filter_holds_unnamed_speakers_whose_words_name_that_country(store):
    text = ("A senior Norwegian official said that the fishing talks would resume. "
            "Officials said little else. Mara Velt, the Norwegian trade minister, said the talks were useful.")
    store.save([article("z1", text, "2018-03-02", [
        said(text, "the fishing talks would resume", "senior Norwegian official", "e1", kind="indirect"),
        said(text, "little else", "Officials", "e2", kind="indirect", type="GROUP"),
        said(text, "the talks were useful", "Mara Velt", "e3", kind="indirect", affiliation="Norway"),
    ], [person("e1", "senior Norwegian official"), person("e2", "Officials", type="GROUP"),
        person("e3", "Mara Velt", roles=["trade minister"], affiliation="Norway")])])
    record = Record(store)
    found = {s.text: s.speaker_entity for s in record.statements(country="NOR", limit=None)}
    assert set(found) == {"the fishing talks would resume", "the talks were useful"}
    assert found["the fishing talks would resume"] is None  # still unnamed: no entity is made up for it
    assert record.statements(country="SWE", limit=None) == []


@pytest.mark.parametrize("name, code", [
    ("senior Norwegian official", "NOR"), ("Norwegian media", "NOR"), ("Norway's fisheries ministry", "NOR"),
    ("critics of the Norwegian government", None), ("Western diplomats in Oslo", None),
    ("a lawyer for the Norwegian-born activist", None), ("Norwegian dissidents", None), ("officials", None)])
def test_an_unnamed_speaker_speaks_for_the_country_named_before_its_head(name, code):
    assert speaks_for_country(name) == code
