"""A surname the article misspells once is still its person: "Kathryn Waters … Water said",
"Yahya Sarea … Saree said", "Lydia Buchtmann … Bauchtman said". Articles introduce a person by
their full name; a bare surname that no one was introduced with, one or two letters away from
exactly one person's surname, is a slip of the writer's, not a new person."""
from __future__ import annotations

import unicodedata
from collections.abc import Container, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from onrecord.extract.speakers.first_names import gender_of

T = TypeVar("T")
SHORTEST = 5  # "Kim" and "Kin" are two names; a slip in a short name cannot be told from one
# two neighbours swapped count as one slip only in a surname this long: "Bruns" and "Burns",
# "Sliva" and "Silva", "Wiess" and "Weiss" are each a surname of its own
SWAP_SHORTEST = 7


def without_possessive(text: str) -> str:
    """A name or word without its possessive ending, written straight or curly ("Roe's",
    "Roe’s": "Roe"); a word's own final "s" stays ("Reuters")."""
    return text.removesuffix("'s").removesuffix("’s")


@lru_cache(maxsize=65536)  # asked of each known surname again for every new name of an article
def unaccented(word: str) -> str:
    """The word lowercased without its accents: "Erdoğan" and "Erdogan" are one name written
    twice, the second time on a keyboard without the letter."""
    text = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def accent_twins(surname: str, surnames: Iterable[str]) -> list[str]:
    """The surnames of ``surnames`` that are ``surname`` written with other accents or none
    ("Erdogan" for "Erdoğan"): the same letters, not a slip, so also for a full name."""
    plain = unaccented(surname)
    return [s for s in surnames if s != surname and unaccented(s) == plain]


def edit_distance(a: str, b: str, swaps: bool = True) -> int:
    """Letters to insert, delete or replace to turn ``a`` into ``b``, two neighbours written
    the other way round counting as one slip when ``swaps`` ("Keirnan" for "Kiernan": the
    commonest slip of typing, which letter by letter would be two). Issue 13 (branch r20-names)."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if swaps and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                cost = min(cost, before[j - 2] + 1)  # "ei" for "ie"
            current.append(cost)
        before, previous = previous, current
    return previous[-1]


def slip_of(word: str, surnames: Iterable[str], swaps: bool = True) -> str | None:
    """The one surname of ``surnames`` that ``word`` (a bare surname no one has) misspells: the
    same first letter (accents aside), one letter off (two in a name of eight letters or more); None when there
    is none or several, or when ``word`` is a first name ("Osama" is not "Obama"). Two neighbours
    swapped count as one slip only when ``swaps`` and in a name of ``SWAP_SHORTEST`` letters or
    more ("Keirnan" for "Kiernan"; "Bruns" is a name of its own beside "Burns")."""
    plain = unaccented(word)
    if len(plain) < SHORTEST or gender_of(word) is not None:
        return None
    swaps = swaps and len(plain) >= SWAP_SHORTEST
    allowed = 2 if len(plain) >= 8 else 1
    near = {s for s in surnames
            if s and unaccented(s)[:1] == plain[:1] and s != word.lower()
            and abs(len(unaccented(s)) - len(plain)) <= allowed  # the distance is at least this: skip the sum
            and edit_distance(plain, unaccented(s), swaps) <= allowed}
    return near.pop() if len(near) == 1 else None


def slip_owner(word: str, by_surname: Mapping[str, Sequence[T]], swaps: bool = True) -> T | None:
    """The one person (of people by lowercased surname) whose surname ``word`` misspells
    (``slip_of``; ``swaps`` False when two letters swapped must not count as a slip)."""
    slip = slip_of(word, by_surname, swaps)
    holders = by_surname[slip] if slip is not None else ()
    return holders[0] if len(holders) == 1 else None


def inner_name_owner(word: str, names: Sequence[tuple[str, T]]) -> T | None:
    """The one person (of (full name, person) pairs) whose full name holds ``word`` between its
    first and last words: "Vázquez" alone in an article about "Wanda Vázquez Garced", whose
    surname as the registry keys it is "Garced". None when there is none or several."""
    key = unaccented(word)
    if len(key) < 3:
        return None
    holders = {id(person): person for name, person in names
               if key in (unaccented(w) for w in name.split()[1:-1])}
    return next(iter(holders.values())) if len(holders) == 1 else None


def slipped_body_name(name: str, names: Iterable[str], known: Container[str]) -> str | None:
    """The one other body's name of ``names`` that ``name`` writes with one word misspelt: "the
    Zembain government" beside "the Zembian government" is one government, the writer's slip.
    Only a capitalised word on no list of ``known`` words (country and nationality words) one
    letter off a word that is on it (``slip_of``), the other words the same; None when there is
    none or several."""
    words = name.split()
    if len(words) < 2:
        return None
    found = set()
    for other in names:
        others = other.split()
        if len(others) != len(words) or other == name:
            continue
        diff = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
        if len(diff) != 1:
            continue
        wrong, right = diff[0]
        if wrong[:1].isupper() and right[:1].isupper() and wrong.lower() not in known and right.lower() in known \
                and slip_of(wrong, [right.lower()]) == right.lower():
            found.add(other)
    return found.pop() if len(found) == 1 else None
