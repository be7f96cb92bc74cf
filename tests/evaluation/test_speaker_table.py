"""The cross-article speaker table (bench/speaker_table.jsonl) and the bench that scores a store
against it (bench/speaker_table.py): its matching of names and its counts, on small made-up
cases, the table's own consistency, and one real store of two Wikinews articles."""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict

import pytest

from repo_paths import REPO


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


st = _load("speaker_table")
Row, StoreSpeaker, Said = st.Row, st.StoreSpeaker, st.Said


def speaker(article: str, local: str, name: str, entity, n: int = 1, type: str = "PERSON", aliases=()):
    return StoreSpeaker(article, local, name, type, tuple(aliases), [Said(article, local, entity)] * n)


# ---------------------------------------------------------------- names


def test_key_drops_case_accents_periods_and_a_leading_the():
    assert st.key("The Associated Press") == "associated press"
    assert st.key("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert st.key("U.S. Department of State") == "us department of state"


def test_a_surname_or_a_titled_name_is_the_person():
    row = Row("a", "Donald Trump", "PERSON", "dev")
    assert st.match_strength(row, speaker("a", "e1", "Donald Trump", "x")) == 3
    assert st.match_strength(row, speaker("a", "e1", "President Donald Trump", "x")) == 3
    assert st.match_strength(row, speaker("a", "e1", "Trump", "x")) == 2
    assert st.match_strength(row, speaker("a", "e1", "Ivanka Trump", "x")) == 0
    assert st.match_strength(row, speaker("a", "e1", "Melania", "x")) == 0


def test_a_body_matches_by_alias_or_inside_a_longer_name_but_not_the_reverse():
    ap = Row("a", "Associated Press", "ORG", "dev", ("AP",))
    assert st.match_strength(ap, speaker("a", "e1", "AP", "x", type="ORG")) == 3
    assert st.match_strength(ap, speaker("a", "e1", "the Associated Press news agency", "x", type="ORG")) == 1
    state = Row("a", "United States Department of State", "ORG", "dev", ("State Department",))
    assert st.match_strength(state, speaker("a", "e1", "United States", "x", type="GPE")) == 0


def test_a_store_speaker_that_fits_two_rows_equally_goes_to_neither():
    rows = [Row("a", "Donald Trump", "PERSON", "dev"), Row("a", "Mary Trump", "PERSON", "dev")]
    trump = speaker("a", "e1", "Trump", "donald-trump")
    mary = speaker("a", "e2", "Mary Trump", "mary-trump")
    got = st.assign(rows, [trump, mary])
    assert got[rows[0]] == [] and got[rows[1]] == [mary]


# ---------------------------------------------------------------- counts


def test_pairs_splits_merges_and_full_names_are_counted():
    rows = [Row("a1", "Kanye West", "PERSON", "dev"), Row("a2", "Kanye West", "PERSON", "dev"),
            Row("a3", "Kanye West", "PERSON", "dev"), Row("a3", "Adam West", "PERSON", "dev"),
            Row("a4", "Associated Press", "ORG", "dev", ("AP",))]
    speakers = [speaker("a1", "e1", "Kanye West", "kanye-west", 2),
                speaker("a2", "e1", "West", "kanye-west"),
                speaker("a3", "e1", "Kanye West", "west"),  # split off, and merged with Adam West
                speaker("a3", "e2", "Adam West", "west")]
    names = {"kanye-west": "Kanye West", "west": "West"}
    s = st.score(rows, speakers, names, {"a1", "a2", "a3", "a4"})
    assert (s.rows, s.found, s.people_found, s.people_full) == (5, 4, 4, 2)
    assert (s.speakers_multi, s.pairs, s.pairs_together) == (1, 3, 1)
    assert [sp["name"] for sp in s.splits] == ["Kanye West"]
    assert [m["names"] for m in s.merges] == [["Adam West", "Kanye West"]]
    assert [m["name"] for m in s.missing] == ["Associated Press"]


def test_rows_of_articles_missing_from_the_store_are_left_out_and_counted():
    rows = [Row("a1", "Reuters", "ORG", "dev"), Row("gone", "Reuters", "ORG", "dev")]
    s = st.score(rows, [speaker("a1", "e1", "Reuters", "org-reuters", type="ORG")], {}, {"a1"})
    assert (s.rows, s.found, s.articles_absent) == (1, 1, 1)


# ---------------------------------------------------------------- the table


def test_the_table_is_consistent():
    judging = _load("judging")
    rows = [json.loads(line) for line in st.TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 1000
    types: dict[str, set[str]] = defaultdict(set)
    seen = set()
    for r in rows:
        assert set(r) <= {"article_id", "name", "type", "half", "aliases"}
        assert r["half"] == judging.half_of(r["article_id"])
        assert r["type"] in {"PERSON", "ORG", "GPE", "GROUP"}
        assert (r["article_id"], r["name"]) not in seen
        seen.add((r["article_id"], r["name"]))
        types[r["name"]].add(r["type"])
    assert all(len(t) == 1 for t in types.values()), "one name, one type in every article"
    assert {r["half"] for r in rows} == {"dev", "report"}


# ---------------------------------------------------------------- a real store


@pytest.mark.usefixtures("web_db")
def test_a_real_store_of_two_articles_quoting_trump(web_db):
    rows = [r for r in st.read_table() if r.article_id in ("wn-2019-01-04-b815ca12", "wn-2019-01-07-4c31c6d5")]
    speakers, names, ids = st.load_store(web_db)
    s = st.score(rows, speakers, names, ids)
    trump = [r for r in rows if r.name == "Donald Trump"]
    assert len(trump) == 2 and s.articles_absent == 0
    assert not [m for m in s.missing if m["name"] in ("Donald Trump", "Nancy Pelosi")]
    assert s.pairs >= 2 and s.pairs_together == s.pairs, (s.splits, s.merges)
    assert s.merges == []


def test_a_full_name_may_end_in_qc_but_not_start_with_a_title():
    row = Row("a", "Durham Hall", "PERSON", "report")
    assert st.full_name(row, "Durham Hall QC")
    assert not st.full_name(row, "Judge Durham Hall")
    assert not st.full_name(row, "Hall")
    assert st.full_name(Row("a", "Robert Mugabe", "PERSON", "report", ("Robert Gabriel Mugabe",)),
                        "Robert Gabriel Mugabe")
