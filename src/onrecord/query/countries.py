"""Which country or body a speaker speaks for: read from the record, never guessed from a name alone.

Evidence is counted once per article speaker: the affiliation and roles the article gives the
speaker ("secretary of Iran's Expedience Council", "I.R.G.C.") weigh two votes, its name as
written ("Trump administration", "Iranian media") one, all coded with the event coder's actor
tables; and the country the event coder gave the speaker where the article makes it an event's
actor weighs one. A speaker's countries are the codes with the most votes (several on a tie).
Codes are ISO3 countries or PLOVER's IGO, NGO, IMG...

An unnamed speaker ("a senior Iranian official") has no cross-article entity; its statements
speak for the country its own words name before their head (``speaks_for_country``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from sqlalchemy import and_, select

from onrecord import data
from onrecord.extract.events import tables
from onrecord.query.memo import remembered
from onrecord.store import Store
from onrecord.store.event_schema import events
from onrecord.store.schema import article_speakers, statements

_BATCH = 500
# who speaks against a country, not for it ("Iranian dissidents": ``speaks_for_country``)
_OUTSIDER_NOUNS = data.words("speaker_words.txt", "outsider_nouns")
# a country after these is talked about, not spoken for ("critics of the Iranian government")
_TRAILING_PREPOSITIONS = data.words("speaker_words.txt", "trailing_prepositions")


@lru_cache(maxsize=20000)
def text_country(text: str) -> Optional[str]:
    """The country or body code an affiliation or role names: the first country or nationality
    word in it ("secretary of Iran's Supreme National Security Council" -> IRN, not the council's
    namesake), else the longest actor name the tables know ("I.R.G.C." -> IRN)."""
    if not text or not text.strip():
        return None
    countries = tables.load().countries
    for word in re.split(r"[\s\-]+", text):
        code = countries.get(tables.word_key(word))
        if code:
            return code[:3]
    return tables.code_text(text)[0]


def speaker_countries(store: Store, entity_ids: Optional[Iterable[str]] = None) -> dict[str, list[str]]:
    """entity id -> its countries, most votes first (ties in code order); entities without evidence
    are left out. ``entity_ids`` None: every entity in the store. Remembered until the store
    changes: the votes are read from every article that names the speaker, on each speaker page."""
    wanted = None if entity_ids is None else tuple(sorted(set(entity_ids)))
    return dict(remembered(store, ("speaker_countries", wanted), lambda: _speaker_countries(store, wanted)))


def _speaker_countries(store: Store, wanted: Optional[Sequence[str]]) -> dict[str, list[str]]:
    votes: dict[str, Counter[str]] = {}
    chunks = [None] if wanted is None else [wanted[i:i + _BATCH] for i in range(0, len(wanted), _BATCH)]
    with store.engine.connect() as conn:
        for chunk in chunks:
            said = select(article_speakers.c.entity_id, article_speakers.c.affiliation, article_speakers.c.roles,
                          article_speakers.c.name).where(article_speakers.c.entity_id.is_not(None))
            acted = (select(article_speakers.c.entity_id, events.c.actor_country, events.c.article_id)
                     .select_from(events.join(article_speakers, and_(
                         article_speakers.c.article_id == events.c.article_id,
                         article_speakers.c.local_id == events.c.actor_entity)))
                     .where(article_speakers.c.entity_id.is_not(None), events.c.actor_country.is_not(None)))
            if chunk is not None:
                said = said.where(article_speakers.c.entity_id.in_(chunk))
                acted = acted.where(article_speakers.c.entity_id.in_(chunk))
            for entity_id, affiliation, roles, name in conn.execute(said):
                described = {text_country(t) for t in [affiliation or "", *(roles or [])]}
                named = text_country(name)
                counter = votes.setdefault(entity_id, Counter())
                for code in described | {named}:
                    if code:
                        counter[code] += (2 if code in described else 0) + (1 if code == named else 0)
            seen = set()
            for entity_id, code, article_id in conn.execute(acted):
                if (entity_id, article_id, code) not in seen:  # one vote an article
                    seen.add((entity_id, article_id, code))
                    votes.setdefault(entity_id, Counter())[code] += 1
    out = {}
    for entity_id, counter in votes.items():
        if counter:
            top = max(counter.values())
            out[entity_id] = sorted(c for c, n in counter.items() if n == top)
    return out


def speakers_of_country(store: Store, code: str) -> list[str]:
    """The entity ids whose countries include ``code`` (ISO3 or IGO...), in id order."""
    code = code.strip().upper()
    return sorted(e for e, codes in speaker_countries(store).items() if code in codes)


def unnamed_statements_of_country(store: Store, code: str) -> list[int]:
    """The keys (``statements.pk``) of statements whose speaker the record leaves unnamed (no
    cross-article entity) and whose own words name the country ``code`` before their head
    (``speaks_for_country``): "a senior Iranian official", "Iranian media" speak for IRN."""
    code = code.strip().upper()
    return list(remembered(store, ("unnamed_of_country", code), lambda: _unnamed_of_country(store, code)))


def speaks_for_country(name: str) -> Optional[str]:
    """The country an unnamed speaker's words say it speaks for: a country or nationality word
    before the head noun ("senior Iranian official", "Iran's foreign ministry"), never one in a
    phrase after it ("diplomats in Tehran", "critics of the Iranian government", "a lawyer for
    the Iranian-born activist": ``speaker_words.txt [trailing_prepositions]``), nor for people
    outside or against it ("Iranian dissidents", ``[outsider_nouns]``). An affiliation is not read: for an
    unnamed speaker it is often the country talked about."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() in _OUTSIDER_NOUNS:
        return None
    if any(w.lower() in _TRAILING_PREPOSITIONS for w in words[1:]):
        return None
    return text_country(" ".join(words[:-1]))


def _unnamed_of_country(store: Store, code: str) -> list[int]:
    query = (select(statements.c.pk, article_speakers.c.name)
             .select_from(statements.join(article_speakers, and_(
                 article_speakers.c.article_id == statements.c.article_id,
                 article_speakers.c.local_id == statements.c.speaker_local_id)))
             .where(statements.c.entity_id.is_(None)))
    with store.engine.connect() as conn:
        return [pk for pk, name in conn.execute(query) if speaks_for_country(name or "") == code]
