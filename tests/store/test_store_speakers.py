"""Speaker resolution in the store, on SQLite and PostgreSQL: namesakes kept apart, overrides kept
through re-ingest and re-resolution, ids stable, the same result whatever the ingest order."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from onrecord.query import Record
from onrecord.query.views import AmbiguousSpeaker
from onrecord.store import Store
from record_helpers import article, corpus, person, said


def test_surname_clash_is_kept_apart(store):
    store.save(corpus())
    r = Record(store)
    assert r.speaker("Fereydoun Rouhani").id == "fereydoun-rouhani"
    assert r.speaker("Fereydoun Rouhani").statements == 1
    assert r.speaker("Melania Trump").id != r.speaker("Donald Trump").id
    groups = {s.id: s.type for s in r.speakers(type="GROUP")}
    assert groups == {"group-officials": "GROUP", "group-us-officials": "GROUP"}


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
        dangling = conn.execute(text("select count(*) from statements where entity_id is not null and "
                                     "entity_id not in (select id from entities)")).scalar_one()
    assert dangling == 0


def test_ingest_order_and_batching_do_not_change_the_result(tmp_path):
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


def _body_articles():
    t1 = "The AP said the vote was delayed."
    t2 = "The report was wrong, the Associated Press news agency said."
    t3 = "The World Health Organisation said salt should be iodised."
    return [article("o1", t1, "2019-01-02", [said(t1, "the vote was delayed", "AP", "e1", type="ORG")],
                    [person("e1", "AP", type="ORG")]),
            article("o2", t2, "2019-01-03", [said(t2, "The report was wrong", "Associated Press news agency",
                                                  "e1", type="ORG")],
                    [person("e1", "Associated Press news agency", type="ORG")]),
            article("o3", t3, "2019-01-04", [said(t3, "salt should be iodised", "World Health Organisation",
                                                  "e1", type="ORG")],
                    [person("e1", "World Health Organisation", type="ORG")])]


def test_name_variants_of_a_body_are_one_speaker_whatever_the_order(store):
    store.save(_body_articles()[1:])  # the expansion first, its acronym in a later batch
    store.save(_body_articles()[:1])
    r = Record(store)
    assert r.speaker("AP").id == r.speaker("Associated Press news agency").id
    assert r.speaker("AP").statements == 2
    before = [(s.id, s.statements) for s in r.speakers(limit=100)]
    store.resolve_all()
    assert [(s.id, s.statements) for s in r.speakers(limit=100)] == before


def test_a_store_of_older_families_is_brought_up_to_date(store):
    store.save(_body_articles())
    with store.engine.begin() as conn:  # as an older onrecord wrote them: each name its own family
        conn.execute(text("update article_speakers set family = 'o:' || lower(name)"))
        conn.execute(text("update entities set family = 'o:' || lower(name)"))
    store.resolve_all()
    r = Record(store)
    assert r.speaker("AP").id == r.speaker("Associated Press news agency").id
    with store.engine.connect() as conn:
        families = {f for (f,) in conn.execute(text("select distinct family from entities"))}
    assert families == {"o:"}


def _storm_article(aid: str, text: str, name: str):
    return article(aid, text, "2019-09-01", [said(text, "the storm would strengthen", name, "e1", type="ORG",
                                                  kind="indirect")],
                   [person("e1", name, type="ORG")])


def test_a_bare_national_agency_joins_its_country_s_body_where_a_stored_text_names_the_country(store):
    # the country is read from the stored text of the bare name's articles, not the record
    home = "The United States National Storm Center said the storm would strengthen."
    elsewhere = "A cyclone struck Mozambique. The National Storm Center said the storm would strengthen."
    store.save([_storm_article("n1", home, "United States National Storm Center"),
                _storm_article("n2", elsewhere, "National Storm Center")])
    r = Record(store)
    assert r.speaker("National Storm Center").id != r.speaker("United States National Storm Center").id
    florida = "Florida braced for the storm. The National Storm Center said the storm would strengthen."
    store.save([_storm_article("n3", florida, "National Storm Center")])
    # the Florida story's speaker joins; the Mozambique story's, judged by its own text, stays apart
    assert r.speaker("United States National Storm Center").statements == 2
    with pytest.raises(AmbiguousSpeaker, match="org-national-storm-center .National Storm Center, 1 statement"):
        r.speaker("National Storm Center")


def test_father_and_son_by_generation_suffix_stay_apart(store):
    """Issue 13 (branch r25-names, review): "Robert Dowd Jr." and "Robert Dowd Sr" are two people."""
    t1 = "Robert Dowd Jr. said the film would open in May."
    t2 = "Robert Dowd Sr said the farm was sold."
    t3 = "Robert Dowd said the weather was fine."
    store.save([article("g1", t1, "2020-03-02", [said(t1, "the film would open in May", "Robert Dowd Jr.", "e1")],
                        [person("e1", "Robert Dowd Jr.")]),
                article("g2", t2, "2020-03-03", [said(t2, "the farm was sold", "Robert Dowd Sr", "e1")],
                        [person("e1", "Robert Dowd Sr")]),
                article("g3", t3, "2020-03-04", [said(t3, "the weather was fine", "Robert Dowd", "e1")],
                        [person("e1", "Robert Dowd")])])
    r = Record(store)
    ids = {v.speaker_entity for v in r.statements(limit=None)}
    assert len(ids) == 3  # the bare name may be either: it joins neither
