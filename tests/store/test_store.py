"""The store on SQLite and PostgreSQL: idempotent, transactional ingest, migrations, search."""
from __future__ import annotations

import copy

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from onrecord.query import Record
from onrecord.store import Store, StoreError
from onrecord.store.schema import articles, metadata, statements
from record_helpers import article, corpus, said


def snapshot(s: Store) -> dict:
    """Everything a user can see: counts, statements with their entities, speakers."""
    r = Record(s)
    return {
        "stats": {k: v for k, v in r.stats().items() if k != "database"},
        "statements": [(v.id, v.speaker_entity, v.date, v.date_is_publication, v.text)
                       for v in r.statements(limit=None)],
        "speakers": [(p.id, p.name, p.type, p.statements, p.articles, tuple(p.roles))
                     for p in r.speakers(limit=1000)],
    }


def test_ingest_twice_changes_nothing(store):
    first = store.save(corpus())
    assert (first.new, first.updated, first.unchanged) == (6, 0, 0)
    assert first.statements == 11
    before = snapshot(store)
    assert before["stats"]["articles"] == 6 and before["stats"]["statements"] == 11

    again = store.save(corpus())
    assert (again.new, again.updated, again.unchanged, again.statements) == (0, 0, 6, 0)
    assert snapshot(store) == before


def test_same_text_under_another_id_is_the_same_article(store):
    store.save(corpus())
    a, r = corpus()[0]
    a.id = r.id = "copy-of-a1"
    a.text = a.text.replace(" ", "\u00a0", 3)  # re-fetched: NBSPs instead of spaces
    counts = store.save([(a, r)])
    assert counts.new == 0 and counts.ids == ["a1"]
    assert store.counts()["articles"] == 6 and store.counts()["statements"] == 11
    # the very same text is recognised before extraction, so a rerun skips it
    a2, _ = corpus()[1]
    a2.id = "another-id"
    assert store.unchanged([a2]) == {"another-id"}


def test_changed_article_is_updated_in_place(store):
    store.save(corpus())
    a, r = corpus()[3]  # the Donald and Melania Trump article
    r.statements = r.statements[:1]
    counts = store.save([(a, r)])
    assert (counts.new, counts.updated) == (0, 1)
    assert store.counts() == {"articles": 6, "statements": 10, "speakers": Record(store).stats()["speakers"]}
    ids = {p.id for p in Record(store).speakers(limit=100)}
    assert "melania-trump" not in ids  # her only statement went, so did her entity
    assert Record(store).speaker("Donald Trump").statements == 2


def test_a_failing_batch_leaves_nothing_behind(store):
    store.save(corpus()[:2])
    before = snapshot(store)
    good = corpus()[2]
    bad_article, bad_record = copy.deepcopy(corpus()[3])
    bad_record.statements[0].kind = None  # violates NOT NULL on write
    with pytest.raises(StoreError) as failed:  # on both databases; not retried: it never passes
        store.save([good, (bad_article, bad_record)])
    assert isinstance(failed.value.__cause__, IntegrityError)
    assert snapshot(store) == before


def test_statements_keep_spans_and_sentence(store):
    store.save(corpus())
    v = Record(store).statements(speaker="Donald Trump", limit=None)
    wall = [s for s in v if "wall" in s.text][0]
    a, _ = corpus()[3]
    assert a.text[wall.content["start"]:wall.content["end"]] == wall.text == "We will build a wall,"
    assert a.text[wall.mention["start"]:wall.mention["end"]] == "Donald Trump"
    assert wall.sentence == {"start": 0, "end": len(a.text)}
    assert (wall.url, wall.article_id, wall.published) == ("https://example.org/a4", "a4", "2016-09-01")
    assert (wall.date, wall.date_is_publication) == ("2016-08-31", False)  # "said yesterday"


def test_full_text_search_ranks_and_marks_hits(store):
    t = ("Missile tests, missile launches and missile production will go on, he said. "
         "The budget includes one missile. Nothing about rockets.")
    store.save([article("m1", t, "2017-01-01", [
        said(t, "Missile tests, missile launches and missile production will go on,", "Ali Shamkhani", "e1"),
        said(t, "The budget includes one missile.", "Ali Shamkhani", "e1", n=2),
        said(t, "Nothing about rockets.", "Ali Shamkhani", "e1", n=3),
    ])])
    found = Record(store).statements(search="missiles", limit=None)
    assert [f.text for f in found] == ["Missile tests, missile launches and missile production will go on,",
                                       "The budget includes one missile."]
    assert [found[1].snippet[a:b].lower() for a, b in found[1].hits] == ["missile"]
    assert Record(store).statements(search="the of", limit=None) == []  # only stop words: nothing to match
    assert [f.text for f in Record(store).statements(search="budget missile", limit=None)] == [
        "The budget includes one missile."]


def test_search_stays_in_step_with_updates(store):
    t = "“Rockets are cheap,” Ali Shamkhani said."
    store.save([article("r1", t, "2017-01-01", [said(t, "Rockets are cheap,", "Ali Shamkhani", "e1")])])
    assert len(Record(store).statements(search="rockets")) == 1
    t2 = "“Drones are cheap,” Ali Shamkhani said."
    store.save([article("r1", t2, "2017-01-01", [said(t2, "Drones are cheap,", "Ali Shamkhani", "e1")])])
    assert Record(store).statements(search="rockets") == []
    assert len(Record(store).statements(search="drone")) == 1


def _store_one_old_statement(conn) -> None:
    """A statement written the way revision 0001 stored it, before full-text search existed."""
    conn.execute(insert(articles).values(id="a", content_hash="h", text="Old text.", record={"id": "a"},
                                         extractor_version="0.0.1", ingested_at="2020-01-01"))
    conn.execute(insert(statements).values(id="a#s1", article_id="a", kind="direct", content_start=0,
                                           content_end=9, content_text="Old missile text.",
                                           date_is_publication=True, confidence=0.5))


def test_an_older_database_is_upgraded_in_place(tmp_path):
    db = str(tmp_path / "old.db")
    old = Store.open(db, revision="0001")  # a store made before full-text search existed
    with old.engine.begin() as conn:
        assert "statements_fts" not in {n for (n,) in conn.execute(text("select name from sqlite_master"))}
        _store_one_old_statement(conn)
    old.close()
    new = Store.open(db)
    assert [s.id for s in Record(new).statements(search="missile")] == ["a#s1"]


def test_an_older_postgres_database_is_upgraded_in_place(pg_schema):
    old = pg_schema.open(revision="0001")
    with old.engine.begin() as conn:
        _store_one_old_statement(conn)
    old.close()
    new = pg_schema.open()
    assert [s.id for s in Record(new).statements(search="missile")] == ["a#s1"]
    new.close()


def test_schema_module_matches_the_migrations(store):
    """schema.py is what the code queries, the revisions are what databases get: they must agree."""
    def ours(obj, name, type_, reflected, compare_to):
        # full-text objects are the revision's own (FTS5 tables, the generated tsvector column)
        return not (name and ("fts" in name or name in ("search", "ix_statements_search", "alembic_version")))

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": False})
        assert compare_metadata(context, metadata) == []


def test_unreachable_database_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_DB_RETRY_SECONDS", "0")  # a refused connection is retried; not here
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "dir" / "x.db"))
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.open("postgresql://nobody@127.0.0.1:1/none")


def test_sqlite_and_postgres_give_the_same_answers(tmp_path, pg_schema):
    lite = Store.open(str(tmp_path / "same.db"))
    pg = pg_schema.open()
    for s in (lite, pg):
        s.save(corpus()[:3])
        s.save(corpus()[3:])
    assert snapshot(lite) == snapshot(pg)
    for query in ({"speaker": "Rouhani"}, {"speaker": "Trump"}, {"kind": "indirect", "since": "2017"},
                  {"search": "missile"}, {"search": "missile deal", "speaker": "Donald Trump"}):
        a = [(s.id, s.speaker_entity) for s in Record(lite).statements(**query, limit=None)]
        b = [(s.id, s.speaker_entity) for s in Record(pg).statements(**query, limit=None)]
        assert sorted(a) == sorted(b) and a, query
    assert Record(lite).profile("Rouhani").to_json() == Record(pg).profile("Rouhani").to_json()
    pg.close()
