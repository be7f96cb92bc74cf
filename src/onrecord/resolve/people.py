"""Rules that keep one entity per real person across articles, and two people apart.

identity.py clusters people by surname and first name; these rules decide what the name proper
is before it does so, and which bodies named only by an office may be joined:

- a mention that contains a person's name is that name, the rest a role: "First Minister of
  Scotland Nicola Sturgeon" is Nicola Sturgeon when the record knows her by that name, "India
  Narendra Modi" is Narendra Modi when the article names India as a place;
- a country or nationality word glued before a full name is the title's place, not a word of
  the name ("India Narendra Modi" is Narendra Modi), where the article names that country and
  the record knows the rest as a name, unless it may be the person's first name;
- transliterations of one surname ("Zelensky", "Zelenskyy", "Zelenskiy") are one family, still
  told apart by their first names;
- a body named by a generic office alone ("Supreme Court", "Ministry of Health") is one body
  across articles only where its country agrees: the US and the UK supreme courts are two.
"""
from __future__ import annotations

import re
from typing import AbstractSet, Callable, Iterable, Mapping, Optional, Sequence

from onrecord import data

# words that join an office to its country or body inside a long title: "Minister of Scotland"
TITLE_LINKS = data.words("body_words.txt", "title_links")
# prepositions tying an unnamed person's description to a place or body ("president of Turkey")
DESCRIPTION_LINKS = data.words("name_words.txt", "description_links")
# the words a generic body's name is made of ("supreme", "court", "ministry", "health")
BODY_WORDS = data.words("body_words.txt", "generic_body_words")


def fold_surname(key: str) -> str:
    """One spelling for the transliterations of a Slavic "-sky" ending (already lowercased,
    without accents): "zelenskyy", "zelenskiy", "zelenskii" → "zelensky". People of one folded
    surname are still told apart by their first names."""
    return re.sub(r"(?<=[a-z]{3})(?:yy|iy|ij|yj|ii)$", "y", key)


def after_title_link(tokens: Sequence[str]) -> list[str]:
    """The words after the last "of"/"for" of a title the name proper is preceded by ("First
    Minister of Scotland Nicola Sturgeon" → "Scotland Nicola Sturgeon"), when two words or more
    are left; a name's own particles ("von der Leyen", "de Gaulle") are no such link."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower() in TITLE_LINKS:
            rest = list(tokens[i + 1:])
            return rest if len(rest) >= 2 else list(tokens)
    return list(tokens)


def without_place(tokens: Sequence[str], places: Iterable[str], norm: Callable[[str], str]) -> list[str]:
    """A place the article names, glued before a full name, is not part of it ("India Narendra
    Modi" → "Narendra Modi" where India is a place of the article); two words at least are left."""
    known = {norm(p) for p in places}
    for k in range(len(tokens) - 2, 0, -1):
        if norm(" ".join(tokens[:k])) in known:
            return list(tokens[k:])
    return list(tokens)


def without_country_word(tokens: Sequence[str], countries: Mapping[str, str], place_codes: AbstractSet[str],
                         known: AbstractSet[tuple[str, ...]], gender_of: Callable[[str], Optional[str]],
                         norm: Callable[[str], str]) -> list[str]:
    """A country or nationality word the tagger glued before a full name is the place of the
    title it stood after, never a word of the name ("Prime Minister of India Narendra Modi" tagged
    "India Narendra Modi"; "Zemblan Ann Lee"): dropped, up to three words, when a given name the
    lists know follows it and two words at least are left. Many such words are given names too
    ("Jordan", "Chad", "India"), and a wrong cut joins two people, so only when the person's own
    article names that country as a place (``place_codes``, the codes of its places; ``countries``
    gives each word's code) and what is left is a full name the record knows (``known``): "Jordan
    Ann Lee, a teacher in Zedville" in an article naming no Jordan is no Ann Lee. Even then one is
    kept when it may be this person's first name, a given name of the same sex as the one after
    it ("Chad Michael Murray", a first and a middle name), and dropped when it is no given name or
    one of the other sex ("India", a woman's, before "Narendra", a man's)."""
    for k in range(min(3, len(tokens) - 2), 0, -1):
        code = countries.get(norm(" ".join(tokens[:k])))
        if code is None:
            continue
        given = gender_of(tokens[k])
        if given is None or code not in place_codes or tuple(norm(t) for t in tokens[k:]) not in known:
            return list(tokens)
        own = gender_of(tokens[0]) if k == 1 else None  # "United States" is no given name
        return list(tokens[k:]) if own != given else list(tokens)
    return list(tokens)


def described_by_link(lead: Sequence[str], name: Sequence[str], first_name: Callable[[str], bool]) -> bool:
    """A person's mention whose lowercase lead words end in a place or body ("the president of
    Turkey", "an official from TfL", "a spokesman for West"): what follows the link word is what
    the person belongs to, not the person, so the mention names no one. ``lead`` are the words
    dropped before the name proper ``name``; a known first name in it ("President of Turkey Recep
    Erdogan") makes it a name after all."""
    if not any(w in DESCRIPTION_LINKS for w in lead):
        return False
    return not any(first_name(t) for t in name[:-1])


def known_name_within(tokens: Sequence[str], known: AbstractSet[tuple[str, ...]], first_name: Callable[[str], bool],
                      norm: Callable[[str], str]) -> list[str]:
    """The longest full name of two words or more that the record knows and that ``tokens``
    end with, when the words before it are no first name of the person ("Scotland Nicola
    Sturgeon" → "Nicola Sturgeon"); "Mary Ann Smith" stays herself beside an "Ann Smith"."""
    for k in range(1, len(tokens) - 1):
        suffix = tuple(norm(t) for t in tokens[k:])
        if suffix in known and not first_name(tokens[k - 1]):
            return list(tokens[k:])
    return list(tokens)


# ---------------------------------------------------------------- bodies named by an office

def generic_body(name_key: str) -> bool:
    """A body named only by what it is, no proper name in it: "supreme court", "ministry of
    health", "police" (``name_key`` lowercased). Many countries have one of each."""
    words = re.findall(r"[a-z]+", name_key)
    return bool(words) and all(w in BODY_WORDS or w in TITLE_LINKS or w == "the" for w in words)


def country_of(affiliation: Optional[str], places: Iterable[str], norm: Callable[[str], str]) -> Optional[str]:
    """Where a body named by its office stands: its affiliation when the article gives one, else
    the only place the article names, else None (unknown: joined with no other article)."""
    if affiliation:
        return norm(affiliation)
    places = sorted({norm(p) for p in places})
    return places[0] if len(places) == 1 else None


def by_country(keys: Sequence[tuple[str, Optional[str]]]) -> list[list[int]]:
    """Groups of indices of one generic body's speakers (article, country): the same country
    joins articles; a speaker whose country is unknown stays with its own article only."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (article, country) in enumerate(keys):
        groups.setdefault(("c", country) if country else ("a", article), []).append(i)
    return [groups[k] for k in sorted(groups)]
