"""Finding speakers through the query layer, on SQLite and PostgreSQL: any alias finds the entity,
an ambiguous name lists the candidates, a profile keeps roles with when they were seen."""
from __future__ import annotations

import pytest

from onrecord.query import AmbiguousSpeaker, Record, SpeakerNotFound
from record_helpers import article, corpus, person, said


def test_any_alias_finds_the_entity(store):
    store.save(corpus())
    r = Record(store)
    for name in ("Rouhani", "Hassan Rouhani", "President Hassan Rouhani", "hassan-rouhani", "rouhani"):
        assert r.speaker(name).id == "hassan-rouhani", name
    assert r.speaker("Rouhani").statements == 5
    assert {s.article_id for s in r.statements(speaker="Rouhani", limit=None)} == {"a1", "a2", "a6"}
    assert r.speaker("Trump").id == "donald-trump"
    assert r.speaker("Donald Trump").statements == 2


def test_an_ambiguous_name_lists_the_candidates(store):
    t = "Ali Larijani said he disagreed. Sadegh Larijani said the court would decide."
    store.save([article("l1", t, "2017-01-01", [
        said(t, "he disagreed", "Ali Larijani", "e1", kind="indirect"),
        said(t, "the court would decide", "Sadegh Larijani", "e2", kind="indirect", n=2)],
        [person("e1", "Ali Larijani"), person("e2", "Sadegh Larijani")])])
    with pytest.raises(AmbiguousSpeaker) as e:
        Record(store).statements(speaker="Larijani")
    assert sorted(c.id for c in e.value.candidates) == ["ali-larijani", "sadegh-larijani"]
    with pytest.raises(SpeakerNotFound):
        Record(store).speaker("Nobody Atall")


def test_roles_are_kept_with_first_and_last_seen(store):
    store.save(corpus())
    roles = {r["role"]: (r["first_seen"], r["last_seen"]) for r in Record(store).profile("Rouhani").roles}
    assert roles["President"] == ("2017-07-25", "2017-09-01")
    assert roles["the president of Iran"] == ("2017-06-10", "2017-06-10")
    assert Record(store).profile("Rouhani").by_month == [("2017-05", 2), ("2017-07", 1), ("2017-09", 2)]
