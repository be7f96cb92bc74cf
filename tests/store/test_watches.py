"""Watches in the store and the query layer, on SQLite and PostgreSQL: statement numbers only
grow, a watch sees what was stored after it, none twice, and its filters."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from onrecord.query.watches import country_of, matches
from onrecord.store.schema import statements
from record_helpers import corpus


def _seqs(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {i: s for i, s in conn.execute(select(statements.c.id, statements.c.seq))}


def test_statement_numbers_only_grow_even_when_the_newest_are_stored_again(store):
    pairs = corpus()
    store.save(pairs)
    first = _seqs(store)
    assert sorted(first.values()) == list(range(1, len(first) + 1))
    article, record = pairs[-1]  # the newest statements are deleted and written again
    store.save([(replace(article, text=article.text + " "), record)])
    again = _seqs(store)
    assert {i: again[i] for i in again if not i.startswith("a6#")} == {i: first[i] for i in first
                                                                      if not i.startswith("a6#")}
    assert min(again[i] for i in again if i.startswith("a6#")) > max(first.values())
    assert store.last_seq() == max(again.values())


def test_a_watch_sees_what_was_stored_after_it_once(store):
    pairs = corpus()
    store.save(pairs[:3])
    watch = store.add_watch("rouhani", {"speaker": None, "search": "missile", "topic": None, "country": "irn",
                                        "kind": None})
    assert store.watches() == [watch] and watch.last_seq == store.last_seq()
    assert matches(store, watch, watch.last_seq) == []
    store.save(pairs[3:])
    found = matches(store, watch, watch.last_seq)
    assert [v.text for v, _ in found] == ["missiles are defensive", "missile tests will continue"]
    store.mark_checked("rouhani", [(v.id, s) for v, s in found], store.last_seq())
    assert store.reported("rouhani", [v.id for v, _ in found]) == {v.id for v, _ in found}
    checked = store.watch("rouhani")
    assert checked is not None and matches(store, checked, checked.last_seq) == []
    assert store.remove_watch("rouhani") and store.watches() == [] and not store.remove_watch("rouhani")


def test_watches_refuse_a_bad_name_no_filter_or_a_second_one_of_a_name(store):
    with pytest.raises(ValueError, match="not a watch name"):
        store.add_watch("a b", {"search": "x"})
    with pytest.raises(ValueError, match="at least one"):
        store.add_watch("empty", {})
    store.add_watch("w", {"search": "x"})
    with pytest.raises(ValueError, match="exists"):
        store.add_watch("w", {"search": "y"})


def test_country_of_names_and_affiliations():
    assert country_of("Iranian") == country_of("Iran") == "IRN"
    assert country_of("U.S.") == country_of("The United States") == "USA"
    assert country_of("Republican Party") is None and country_of(None) is None
