"""Who speaks where: a store's cross-article speakers scored against our own hand-made table.

``bench/speaker_table.jsonl`` holds one line per (Wikinews article, named speaker): the
``article_id``, the speaker's fullest ``name`` (one string for one real speaker in every
article: "Donald Trump", "World Health Organization", "Associated Press"), its ``type``
(PERSON, ORG, GPE, GROUP), the ``half`` of the corpus the article is in (``judging.half_of``)
and, when the article also calls the speaker something else, those ``aliases`` ("WHO",
"Erdogan", "the Post"). It was made by reading all 303 articles, not from onrecord's output:
every person or body the article reports as saying, writing, claiming, announcing, warning,
denying, reporting or believing something (``docs/statements.md``) is there, whether onrecord
found it or not; unnamed sources ("officials", "a spokesman") and news outlets that only pass on
someone else's words ("X told the BBC") are not. ``bench/judged/README.md`` tells how it was made.

    .venv/bin/python bench/speaker_table.py STORE [--half dev|report|all] [--json]

The store is one built with ``onrecord ingest`` from ``../shared/corpora/wikinews/wikinews.jsonl``.
A table row is matched to the store's article-local speakers of its article by name: the same
name or alias (case, accents and periods aside), a person's bare surname or a shorter form of
their name ("Trump", "Kanye West" for "Kanye"), or a body's name inside a longer one ("Associated
Press news agency"); a store speaker that fits two rows of its article equally is left out. The
statements of a matched store speaker are that row's statements, and the entity they point to
(``statements.entity_id``, the cross-article entity ``store/speakers.py`` writes) is where the
store put that speaker. Printed, for the chosen half:

- found: the share of rows with at least one statement in the store;
- full names: the share of found PERSON rows whose entity is named by the table's name (or a
  many-word alias of it) rather than a surname or a part of it;
- same-person pairs: for each speaker of two or more articles, the pairs of articles (where it
  was found) whose statements went to one entity, the entity holding most of its statements in
  each article;
- split speakers: speakers of two or more articles whose statements went to more than one entity,
  listed with the entities (speakers split within one article are listed apart);
- merged: pairs of different table names whose statements went to one entity, listed.
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Iterable, Optional

from sqlalchemy import select

from onrecord.store import Store
from onrecord.store.schema import article_speakers, articles, entities, statements

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "bench" / "speaker_table.jsonl"

# what a name may start or end with and still be the same name
_LEADING = ("the ",)
# titles a store speaker's name may carry before the name proper ("President Trump")
_TITLE = re.compile(r"^(?:(?:president|prime minister|minister|senator|sen|rep|representative|governor|gov|mayor|"
                    r"judge|justice|dr|doctor|professor|prof|mr|mrs|ms|sir|dame|lord|general|gen|pope|king|queen|"
                    r"prince|princess|chancellor|secretary|speaker|chief|director|ambassador|sheriff|captain|"
                    r"detective|inspector|sergeant|officer|coach|chairman|chairwoman|ceo|former|us|u s|the)\s+)+")


def key(text: str) -> str:
    """A name's key: lowercase, accents, periods and commas dropped, one space between words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace(".", "").replace(",", " ").lower()
    text = re.sub(r"\s+", " ", text).strip(" ;:'\"()[]-")
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead):]
    text = re.sub(r"'s$", "", text)
    return text


def bare(text: str) -> str:
    """A person's name without the titles before it ("president donald trump" -> "donald trump")."""
    return _TITLE.sub("", key(text)).strip()


@dataclass(frozen=True)
class Row:
    """One line of the table: a named speaker of one article."""

    article_id: str
    name: str
    type: str
    half: str
    aliases: tuple[str, ...] = ()

    @property
    def keys(self) -> set[str]:
        return {key(self.name)} | {key(a) for a in self.aliases if key(a)}


@dataclass(frozen=True)
class Said:
    """One statement of the store, as far as this bench needs it."""

    article_id: str
    speaker: str  # the article-local speaker ("e1")
    entity: Optional[str]  # the cross-article entity it points to (None: a vague source)


@dataclass
class StoreSpeaker:
    """An article-local speaker of the store: its names and the statements it holds."""

    article_id: str
    local_id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    said: list[Said] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        return {k for k in (key(n) for n in (self.name, *self.aliases)) if k}


def read_table(path: Path = TABLE) -> list[Row]:
    rows = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                r = json.loads(line)
                rows.append(Row(r["article_id"], r["name"], r["type"], r["half"], tuple(r.get("aliases", ()))))
    return rows


# ---------------------------------------------------------------- matching


_SUFFIXES = {"jr", "sr", "qc", "kc", "sc"}


def _tokens(text: str) -> list[str]:
    """A person's name as words, titles before it and "Jr", "QC" after it dropped."""
    words = bare(text).replace("-", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def match_strength(row: Row, speaker: StoreSpeaker) -> int:
    """How surely a store speaker is this row's speaker: 3 the same name or alias, 2 a shorter
    part of a person's name other than the given name alone, or the name after a description, 1 a
    body's name (or alias) inside the store's longer name (or a name of three words or more inside
    the table's), 0 not this speaker."""
    if row.keys & (speaker.keys | {bare(k) for k in speaker.keys}):
        return 3
    if row.type == "PERSON":
        full = _tokens(row.name)
        for k in speaker.keys:
            words = _tokens(k)
            if not words or not full:
                continue
            # part of the name that is not the given name alone: "Trump", "Vázquez" (of "Wanda
            # Vázquez Garced"), "Rivera Schatz"
            if set(words) <= set(full) and (words[-1] == full[-1] or words[0] != full[0]):
                return 2
            # the name after a description: "First Minister of Scotland Nicola Sturgeon"
            if len(full) >= 2 and words[-len(full):] == full:
                return 2
            # a single given name the table also gives ("Kanye" in an article about Kanye West)
            if len(words) == 1 and any(key(a) == words[0] for a in row.aliases):
                return 2
        return 0
    # the store's name may be the longer one; the shorter only when it is three words or more
    # ("Emergency Management Presidency"): "United States" is not the State Department
    for k in speaker.keys:
        for rk in row.keys:
            if len(rk) > 2 and re.search(rf"(^|\s){re.escape(rk)}(\s|$)", k):
                return 1
            if len(k.split()) >= 3 and re.search(rf"(^|\s){re.escape(k)}(\s|$)", rk):
                return 1
    return 0


def assign(rows: list[Row], speakers: list[StoreSpeaker]) -> dict[Row, list[StoreSpeaker]]:
    """The store speakers of each row, article by article; a speaker that fits two rows equally
    well is given to neither (a wrong match would count a statement for the wrong person)."""
    by_article: dict[str, list[StoreSpeaker]] = defaultdict(list)
    for s in speakers:
        by_article[s.article_id].append(s)
    rows_of: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        rows_of[r.article_id].append(r)
    got: dict[Row, list[StoreSpeaker]] = {r: [] for r in rows}
    for article, its_rows in rows_of.items():
        for s in by_article.get(article, []):
            strengths = [(match_strength(r, s), r) for r in its_rows]
            best = max((n for n, _ in strengths), default=0)
            if best == 0:
                continue
            winners = [r for n, r in strengths if n == best]
            if len(winners) == 1:
                got[winners[0]].append(s)
    return got


# ---------------------------------------------------------------- scoring


@dataclass
class Scores:
    rows: int = 0
    found: int = 0
    people_found: int = 0
    people_full: int = 0
    speakers_multi: int = 0  # speakers of two or more articles
    pairs: int = 0
    pairs_together: int = 0
    splits: list[dict] = field(default_factory=list)
    splits_within: list[dict] = field(default_factory=list)
    merges: list[dict] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)
    not_full: list[dict] = field(default_factory=list)
    articles_absent: int = 0

    def as_dict(self) -> dict:
        def share(a: int, b: int) -> Optional[float]:
            return round(a / b, 3) if b else None

        return {
            "rows": self.rows, "found": self.found, "found_share": share(self.found, self.rows),
            "people_found": self.people_found, "people_full_name": self.people_full,
            "full_name_share": share(self.people_full, self.people_found),
            "speakers_in_2_or_more_articles": self.speakers_multi,
            "same_person_pairs": self.pairs, "pairs_on_one_entity": self.pairs_together,
            "pairs_share": share(self.pairs_together, self.pairs),
            "split_speakers": len(self.splits), "splits": self.splits,
            "split_within_one_article": self.splits_within,
            "merged_pairs": len(self.merges), "merges": self.merges,
            "missing": self.missing, "not_full_name": self.not_full,
            "table_articles_not_in_store": self.articles_absent,
        }


def _main_entity(said: list[Said]) -> Optional[str]:
    counts = Counter(s.entity for s in said)
    return sorted(counts.items(), key=lambda c: (-c[1], c[0] or ""))[0][0]


def _plain(text: str) -> tuple[str, ...]:
    words = key(text).replace("-", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


def full_name(row: Row, entity_name: Optional[str]) -> bool:
    """Whether an entity carries the row's full name: the table's name or a many-word alias, with
    no title before it ("Detective Constable ...") but perhaps a "QC" or "Jr." after it."""
    if not entity_name:
        return False
    names = {_plain(row.name)} | {_plain(a) for a in row.aliases if len(_plain(a)) >= 2}
    return _plain(entity_name) in names


def score(rows: Iterable[Row], speakers: list[StoreSpeaker], entity_names: dict[str, str],
          store_articles: Optional[set[str]] = None) -> Scores:
    """The figures for these table rows against the store's speakers (``entity_names``: id -> name)."""
    rows = list(rows)
    out = Scores()
    if store_articles is not None:
        out.articles_absent = len({r.article_id for r in rows} - store_articles)
        rows = [r for r in rows if r.article_id in store_articles]
    got = assign(rows, speakers)
    said_of = {r: [s for sp in got[r] for s in sp.said] for r in rows}
    out.rows = len(rows)
    main: dict[Row, Optional[str]] = {}
    for r in rows:
        said = said_of[r]
        if not said:
            out.missing.append({"article_id": r.article_id, "name": r.name,
                                "store_speakers": sorted({sp.name for sp in got[r]})})
            continue
        out.found += 1
        main[r] = _main_entity(said)
        if r.type == "PERSON":
            out.people_found += 1
            ename = entity_names.get(main[r] or "")
            if full_name(r, ename):
                out.people_full += 1
            else:
                out.not_full.append({"article_id": r.article_id, "name": r.name, "entity": main[r],
                                     "entity_name": ename})
    by_name: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_name[r.name].append(r)
    for name, its in sorted(by_name.items()):
        articles = {r.article_id for r in its}
        for r in its:
            if len({s.entity for s in said_of[r]}) > 1:
                out.splits_within.append({"name": name, "article_id": r.article_id,
                                          "entities": sorted(str(s.entity) for s in said_of[r])})
        if len(articles) < 2:
            continue
        out.speakers_multi += 1
        found = [r for r in its if r in main]
        for a, b in combinations(found, 2):
            out.pairs += 1
            out.pairs_together += main[a] == main[b] and main[a] is not None
        held = Counter(s.entity for r in found for s in said_of[r])
        if len(held) > 1:
            out.splits.append({"name": name, "entities": {
                str(e): {"name": entity_names.get(e or ""), "statements": n,
                         "articles": sorted({r.article_id for r in found if any(s.entity == e for s in said_of[r])})}
                for e, n in held.most_common()}})
    holders: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        for s in said_of[r]:
            if s.entity is not None:
                holders[s.entity][r.name].add(r.article_id)
    for entity, names in sorted(holders.items()):
        for one, other in combinations(sorted(names), 2):
            out.merges.append({"entity": entity, "entity_name": entity_names.get(entity), "names": [one, other],
                               "articles": {one: sorted(names[one]), other: sorted(names[other])}})
    return out


# ---------------------------------------------------------------- the store


def load_store(db: str) -> tuple[list[StoreSpeaker], dict[str, str], set[str]]:
    """The store's article-local speakers with their statements, its entity names and article ids."""
    store = Store.open(db)
    try:
        with store.engine.connect() as conn:
            speakers = {}
            for r in conn.execute(select(article_speakers.c.article_id, article_speakers.c.local_id,
                                         article_speakers.c.name, article_speakers.c.type,
                                         article_speakers.c.aliases)):
                speakers[(r.article_id, r.local_id)] = StoreSpeaker(r.article_id, r.local_id, r.name, r.type,
                                                                    tuple(r.aliases or ()))
            for r in conn.execute(select(statements.c.article_id, statements.c.speaker_local_id,
                                         statements.c.speaker_name, statements.c.speaker_type,
                                         statements.c.entity_id)):
                if r.speaker_local_id is None:
                    continue
                sp = speakers.get((r.article_id, r.speaker_local_id))
                if sp is None:  # a speaker the store keeps no row for: named as the statement names it
                    sp = speakers[(r.article_id, r.speaker_local_id)] = StoreSpeaker(
                        r.article_id, r.speaker_local_id, r.speaker_name or "", r.speaker_type or "")
                sp.said.append(Said(r.article_id, r.speaker_local_id, r.entity_id))
            names = dict(conn.execute(select(entities.c.id, entities.c.name)).all())
            ids = {i for (i,) in conn.execute(select(articles.c.id))}
    finally:
        store.close()
    return [s for s in speakers.values() if s.said], names, ids


# ---------------------------------------------------------------- the command


def _print(half: str, s: Scores) -> None:
    d = s.as_dict()

    def pct(v: Optional[float]) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    print(f"== {half} half: {s.rows} (article, speaker) rows"
          + (f"; {s.articles_absent} table articles are not in the store" if s.articles_absent else ""))
    print(f"found (a statement in the article):      {s.found}/{s.rows} = {pct(d['found_share'])}")
    print(f"people named by their full name:         {s.people_full}/{s.people_found} = {pct(d['full_name_share'])}")
    print(f"speakers of 2+ articles:                 {s.speakers_multi}")
    print(f"same-person pairs on one entity:         {s.pairs_together}/{s.pairs} = {pct(d['pairs_share'])}")
    print(f"split speakers (2+ articles):            {len(s.splits)}")
    for sp in s.splits:
        parts = "; ".join(f"{e} \"{v['name']}\" ({v['statements']} st., {len(v['articles'])} art.)"
                          for e, v in sp["entities"].items())
        print(f"  {sp['name']}: {parts}")
    print(f"merged pairs of different people/bodies: {len(s.merges)}")
    for m in s.merges:
        print(f"  {m['entity']} \"{m['entity_name']}\": {m['names'][0]} + {m['names'][1]}")
    if s.splits_within:
        print(f"split within one article:                {len(s.splits_within)}")
        for sp in s.splits_within:
            print(f"  {sp['name']} in {sp['article_id']}: {', '.join(sp['entities'])}")


def main(argv: Optional[list[str]] = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("store", help="a store built with onrecord ingest from the Wikinews corpus")
    p.add_argument("--half", choices=("dev", "report", "all"), default="all",
                   help="which half of the table to score (all: each half, then both)")
    p.add_argument("--table", type=Path, default=TABLE)
    p.add_argument("--json", action="store_true", help="print the figures and lists as JSON")
    p.add_argument("--missing", action="store_true", help="also list the rows with no statement, and "
                   "the people whose entity is not named by their full name")
    args = p.parse_args(argv)
    rows = read_table(args.table)
    speakers, names, ids = load_store(args.store)
    halves = ["dev", "report", "both"] if args.half == "all" else [args.half]
    results = {h: score([r for r in rows if h == "both" or r.half == h], speakers, names, ids) for h in halves}
    if args.json:
        print(json.dumps({h: s.as_dict() for h, s in results.items()}, ensure_ascii=False, indent=1))
        return
    for h, s in results.items():
        _print(h, s)
        if args.missing:
            for m in s.missing:
                print(f"  missing: {m['name']} in {m['article_id']}"
                      + (f" (matched {m['store_speakers']} without statements)" if m["store_speakers"] else ""))
            for m in s.not_full:
                print(f"  not full: {m['name']} in {m['article_id']} -> {m['entity']} \"{m['entity_name']}\"")
        print()


if __name__ == "__main__":
    main()
