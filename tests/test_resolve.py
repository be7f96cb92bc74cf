"""Speakers across articles: one entity per person, namesakes apart, groups apart, overrides kept."""
from __future__ import annotations

import random

import pytest

from onrecord.query.record import AmbiguousSpeaker, Record, SpeakerNotFound
from onrecord.resolve.identity import Member, Override, family_of, person_tokens, resolve_group
from record_helpers import article, corpus, person, said, store  # noqa: F401


def clusters_of(members, overrides=()):
    return {c.id: sorted(m.key for m in c.members) for c in resolve_group(members, overrides)}


def test_titles_and_possessives_are_not_names():
    assert person_tokens("President Hassan Rouhani") == ["Hassan", "Rouhani"]
    assert person_tokens("Iran’s Supreme Leader Ali Khamenei") == ["Ali", "Khamenei"]
    assert person_tokens("Mr. Trump") == ["Trump"]
    assert person_tokens("Martin Luther King Jr.") == ["Martin", "Luther", "King"]
    assert family_of("Bashar al-Assad", "PERSON") == family_of("Assad", "PERSON") == "p:assad"


def test_vague_sources_and_groups_never_join_people():
    assert family_of("he", "PERSON") is None
    assert family_of("a spokesman", "UNKNOWN") is None
    assert family_of("officials", "GROUP") == "g:officials"
    assert family_of("Trump administration officials", "GROUP") != family_of("Trump", "PERSON")


def test_one_person_under_three_names():
    members = [Member("a1", "e1", "Rouhani"), Member("a2", "e1", "Hassan Rouhani"),
               Member("a3", "e1", "President Hassan Rouhani")]
    assert clusters_of(members) == {"hassan-rouhani": [("a1", "e1"), ("a2", "e1"), ("a3", "e1")]}


def test_namesakes_stay_apart_and_a_surname_goes_to_the_one_that_fits():
    members = [
        Member("a1", "e1", "George W. Bush", roles=("President",)),
        Member("a2", "e1", "George H. W. Bush", roles=("former president",)),
        Member("a3", "e1", "Jeb Bush", roles=("Florida governor",), affiliation="Florida"),
        Member("a4", "e1", "Bush", roles=("the former Florida governor",)),
        Member("a5", "e1", "Gov. Bush"),
        Member("a6", "e1", "George Bush", roles=("President",)),
    ]
    got = clusters_of(members)
    assert got["jeb-bush"] == [("a3", "e1"), ("a4", "e1"), ("a5", "e1")]
    assert ("a1", "e1") in got["george-w-bush"] and ("a2", "e1") in got["george-h-w-bush"]
    assert len(got) == 3


def test_a_surname_never_joins_someone_its_own_article_kept_apart():
    members = [Member("a1", "e1", "Donald Trump"), Member("a1", "e2", "Trump", roles=("wife",)),
               Member("a2", "e1", "Melania Trump")]
    got = clusters_of(members)
    assert got["melania-trump"] == [("a1", "e2"), ("a2", "e1")]


def test_resolution_does_not_depend_on_input_order():
    members = [Member(f"a{n}", "e1", name, roles=roles) for n, (name, roles) in enumerate([
        ("Trump", ()), ("Donald Trump", ("candidate",)), ("Mr. Trump", ("candidate",)), ("Ivanka Trump", ()),
        ("Donald J. Trump", ()), ("D. Trump", ()), ("Trump", ("daughter",)), ("Eric Trump", ())])]
    expected = clusters_of(members)
    for seed in range(5):
        random.Random(seed).shuffle(members)
        assert clusters_of(members) == expected


def test_overrides_merge_and_split():
    members = [Member("a1", "e1", "Ayatollah Khamenei"), Member("a2", "e1", "Ali Khamenei"),
               Member("a3", "e1", "Khamenei")]
    assert len(clusters_of(members)) == 1
    split = clusters_of(members, [Override("split", "Khamenei", article_id="a3")])
    assert split == {"ali-khamenei": [("a1", "e1"), ("a2", "e1")], "khamenei": [("a3", "e1")]}
    rejoined = clusters_of(members, [Override("split", "Khamenei", article_id="a3"),
                                     Override("merge", "Khamenei", "Ali Khamenei")])
    assert len(rejoined) == 1


# ---------------------------------------------------------------- through the store

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


def test_surname_clash_is_kept_apart(store):
    store.save(corpus())
    r = Record(store)
    assert r.speaker("Fereydoun Rouhani").id == "fereydoun-rouhani"
    assert r.speaker("Fereydoun Rouhani").statements == 1
    assert r.speaker("Melania Trump").id != r.speaker("Donald Trump").id
    groups = {s.id: s.type for s in r.speakers(type="GROUP")}
    assert groups == {"group-officials": "GROUP", "group-us-officials": "GROUP"}


def test_roles_are_kept_with_first_and_last_seen(store):
    store.save(corpus())
    roles = {r["role"]: (r["first_seen"], r["last_seen"]) for r in Record(store).profile("Rouhani").roles}
    assert roles["President"] == ("2017-07-25", "2017-09-01")
    assert roles["the president of Iran"] == ("2017-06-10", "2017-06-10")
    assert Record(store).profile("Rouhani").by_month == [("2017-05", 2), ("2017-07", 1), ("2017-09", 2)]


def test_overrides_survive_reingest_and_reresolve(store):
    store.save(corpus())
    r = Record(store)
    store.merge(r.speaker("Melania Trump").id, r.speaker("Donald Trump").id)
    merged = r.speaker("Melania Trump")
    assert merged.id == r.speaker("Donald Trump").id and merged.statements == 3
    store.split("Rouhani", article_id="a2")
    assert r.speaker("Hassan Rouhani").statements == 3
    snapshot = [(s.id, s.name, s.statements) for s in r.speakers(limit=100)]

    # a changed article is re-ingested, then everything is re-resolved from scratch
    a, rec = corpus()[3]
    rec.statements[0].confidence = 0.5
    assert store.save([(a, rec)]).updated == 1
    store.resolve_all()
    assert [(s.id, s.name, s.statements) for s in r.speakers(limit=100)] == snapshot
    assert {o["kind"] for o in store.overrides()} == {"merge", "split"}


def test_reresolving_keeps_ids(store):
    store.save(corpus()[3:])
    store.save(corpus()[:3])
    before = [(s.id, s.statements) for s in Record(store).speakers(limit=100)]
    store.resolve_all()
    assert [(s.id, s.statements) for s in Record(store).speakers(limit=100)] == before
    with store.engine.connect() as conn:
        from sqlalchemy import text

        dangling = conn.execute(text("select count(*) from statements where entity_id is not null and "
                                     "entity_id not in (select id from entities)")).scalar_one()
    assert dangling == 0


def test_ingest_order_and_batching_do_not_change_the_result(tmp_path):
    from onrecord.store import Store

    extra = "“Reuters is wrong,” Reuters said. Reuters, the agency, said it stood by the story."
    more = [article("r1", extra, "2017-01-02", [
        said(extra, "Reuters is wrong,", "Reuters", "e1"),
        said(extra, "it stood by the story", "Reuters", "e2", type="ORG", kind="indirect", n=2)],
        [person("e1", "Reuters"), person("e2", "Reuters", type="ORG")])]
    one = Store.open(str(tmp_path / "one.db"))
    one.save(corpus() + more)
    other = Store.open(str(tmp_path / "other.db"))
    for pair in reversed(corpus() + more):
        other.save([pair])
    listing = [(s.id, s.name, s.type, s.statements) for s in Record(one).speakers(limit=100)]
    assert listing == [(s.id, s.name, s.type, s.statements) for s in Record(other).speakers(limit=100)]
    assert {"reuters", "org-reuters"} <= {i for i, *_ in listing}


def test_a_title_and_surname_beside_the_only_full_name_is_that_person():
    members = [Member("a1", "e1", "Sara Seager"), Member("a1", "e2", "Dr Seager"),
               Member("a2", "e1", "Melania Trump"), Member("a2", "e2", "Trump")]
    got = clusters_of(members)
    assert got["sara-seager"] == [("a1", "e1"), ("a1", "e2")]
    assert got["melania-trump"] == [("a2", "e1")] and got["trump"] == [("a2", "e2")]
    ali = [Member("a1", "e1", "Sayyid Ali Hosseini Khamenei"), Member("a2", "e1", "Ali Khamenei")]
    assert len(clusters_of(ali)) == 1
