"""Speaker resolution in the store, on SQLite and PostgreSQL: namesakes kept apart, overrides kept
through re-ingest and re-resolution, ids stable, the same result whatever the ingest order."""
from __future__ import annotations

from sqlalchemy import text

from onrecord.query import Record
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
