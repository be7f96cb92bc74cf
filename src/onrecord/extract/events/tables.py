"""The event coder's lookup tables (built by tools/build_event_data.py) and actor coding.

``verb_event(lemma, words)`` gives the PLOVER (event, mode) a verb pattern says;
``code_actor(words)`` gives the (country, sector) of an actor phrase: the longest known
actor name in it (unless a country's word before it says whose it is: ``modifying_country``,
"the Nigerian Senate"), else a nationality or country word, else a leader's surname after a title
("President Mugabe"), and a sector from its agent nouns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Iterable, Optional, Sequence

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract.speakers.words import STATE_ABBREVIATIONS

# PLOVER event type -> quad class (1-4); SANCTION is material conflict (4), see plover_codes.txt
QUAD = {event: int(quad) for event, quad in data.mapping("plover_codes.txt", "event_quads").items()}
SECTORS = data.words("plover_codes.txt", "sectors")
_MAX_NGRAM = 6
# words before a leader's surname: offices (a leader named with one is in office) and other titles
_OFFICES = data.words("name_words.txt", "leader_offices")
_LEADER_TITLES = data.words("name_words.txt", "leader_titles")
NO_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC"})  # the codes of actors of no country
_ENVOY_PREPS = data.words("event_words.txt", "envoy_prepositions")
_CAPITALS = data.words("event_words.txt", "capital_cities")
_RELATIONS = data.words("event_words.txt", "relation_nouns")
_UNOWNING_PREPS = data.words("event_words.txt", "unowning_prepositions")
# The 50 US states as news marks them after a legislator's name, with a party letter ("Sen. Rand
# Paul (R-Ky.)", "R-Texas", "D-CA"), as ``word_key`` spells them: ISO's names and postal codes,
# and news abbreviations. A person so marked is of the United States (``countries.us_state_country``),
# whatever the dictionary says of their surname; alone, "Ind." or "SD" says nothing of anyone.
US_STATES = iso_places.us_states() | iso_places.us_state_codes() \
    | frozenset(abbreviation.replace(".", "") for abbreviation in STATE_ABBREVIATIONS) \
    | data.words("event_words.txt", "more_state_abbreviations")
_HELD = data.words("event_words.txt", "held_people_nouns")
_TERRITORIES = data.mapping("event_words.txt", "territories")  # code -> the code of the country it lies in
_SIDES = data.words("event_words.txt", "side_prefixes")  # "pro-Russian" (``_unsided``)

Coded = list[str]  # a table's [PLOVER event, mode]; the mode may be ""


@dataclass(frozen=True)
class Tables:
    verbs: dict[str, Coded]  # verb lemma -> coded
    phrases: dict[str, Optional[Coded]]  # "verb word" -> coded; None: no event with that word
    names: dict[str, str]  # actor name -> "CCCSSS" code
    countries: dict[str, str]  # country or nationality word -> country code
    agents: dict[str, str]  # agent noun -> sector
    surnames: dict[str, str] = field(default_factory=dict)  # leaders' surnames -> code ("mugabe" -> ZWEELI)


def load() -> Tables:
    """The shipped tables (each file is read once, by ``onrecord.data``), with the nationality
    adjectives the built table lacks (``[added_nationalities]``: "Maldivian")."""
    verbs = data.json_data("event_verbs.json")
    actors = data.json_data("event_actors.json")
    return Tables(verbs["verbs"], verbs["phrases"], _actor_names(), _countries(),
                  actors["agents"], actors.get("surnames", {}))


@cache
def _countries() -> dict[str, str]:
    """The country and nationality words with the added nationalities, merged once (``load`` is
    called per token by some checks)."""
    added = data.mapping("event_words.txt", "added_nationalities")
    return {**added, **data.json_data("event_actors.json")["countries"]}


@cache
def _actor_names() -> dict[str, str]:
    """The actor dictionary's names as coded (``named_bodies``, ``independent_peoples``), filtered once."""
    actors = data.json_data("event_actors.json")
    return independent_peoples(named_bodies(actors["names"]), actors["countries"])


@cache
def dependency_peoples() -> dict[str, str]:
    """The people's words ``independent_peoples`` recodes to an independent state, each with the
    country of the dependency the dictionary gave it ("samoan": USA, of American Samoa): where
    an article is about that country, the word most often means the dependency's people
    (``countries.dependency_people``); and the plural of such a word."""
    actors = data.json_data("event_actors.json")
    recoded = independent_peoples(actors["names"], actors["countries"])
    out = {word: code[:3] for word, code in actors["names"].items() if recoded.get(word) != code}
    # and their plural ("Samoans"), which the nationality table alone knows
    return out | {f"{word}s": sovereign for word, sovereign in out.items() if f"{word}s" in actors["countries"]}


def independent_peoples(names: dict[str, str], countries: dict[str, str]) -> dict[str, str]:
    """The actor dictionary with a people's word it codes as a dependency's (a country's code and
    the territory's: ``[territories]``, "USAASM" for American Samoa) coded as the nationality
    table codes it where that is another country: "the Samoan government" is independent
    Samoa's, not the United States' through American Samoa, whose people the words call
    "American Samoans" (kept as the dependency's, by its full name). A name longest-matched
    wins over the nationality table in ``code_actor``, so a small state's people would
    otherwise be coded as the larger one's."""
    out = dict(names)
    for word, code in names.items():
        own = countries.get(word)
        if own and code[3:6] in _TERRITORIES and code[:3] == _TERRITORIES[code[3:6]] and own[:3] != code[:3]:
            out[word] = own
            # the dependency's people keep its code by its full name: "American Samoan" of "American Samoa"
            for name, other in names.items():
                first, _, last = name.rpartition(" ")
                if other == code and first and word.startswith(last):
                    out.setdefault(f"{first} {word}", code)
    return out


def named_bodies(names: dict[str, str]) -> dict[str, str]:
    """The actor dictionary without the names that are one common noun of a body
    (``[civil_nouns]``: "foundation" listed as some group's short name): the noun names no one
    body by itself, and as the last word of another's name ("the Open Lens Foundation") it would
    give that body the listed group's country and sector. Such bodies are coded as bodies of no
    country (``phrases._civil_body``)."""
    generic = data.words("event_words.txt", "civil_nouns")
    return {name: code for name, code in names.items() if name not in generic}


@lru_cache(maxsize=1 << 16)  # called for every word of every phrase coded
def word_key(word: str) -> str:
    """A word as the tables spell it: lower case, no dots ("U.S." -> "us"), no possessive."""
    word = word.lower().replace(".", "").replace("\u2019", "'")
    return word[:-2] if word.endswith("'s") else word.strip("'")


def verb_event(lemma: str, words: Iterable[str], tables: Optional[Tables] = None) -> tuple[Optional[Coded], str]:
    """(event, mode) for a verb with the given dependent words, and how it was found:
    "phrase" (verb + word pattern), "verb" (the verb alone) or "" (no pattern, or a pattern
    that says the verb is no event with that word)."""
    tables = tables or load()
    for w in words:
        key = f"{lemma} {w}"
        if key in tables.phrases:
            coded = tables.phrases[key]
            return (coded, "phrase") if coded else (None, "")
    coded = tables.verbs.get(lemma)
    return (coded, "verb") if coded else (None, "")


def code_actor(words: list[str], tables: Optional[Tables] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of an actor phrase given as word keys (see ``word_key``). The shipped
    tables' answers are kept by the words (an article codes the same names again and again)."""
    tables = tables or load()
    if not _shipped(tables):
        return _code_actor(words, tables)
    key = tuple(words)
    found = _SHIPPED_CODES.get(key)
    if found is None:
        if len(_SHIPPED_CODES) >= _MAX_KEPT_CODES:
            _SHIPPED_CODES.clear()  # a long-running process keeps a bounded memory
        found = _SHIPPED_CODES[key] = _code_actor(words, tables)
    return found


_SHIPPED_CODES: dict[tuple[str, ...], tuple[Optional[str], Optional[str]]] = {}
_MAX_KEPT_CODES = 100_000


def _shipped(tables: Tables) -> bool:
    """Whether ``tables`` reads the shipped tables' dictionaries (``load``'s), whose codes may be kept."""
    actors = data.json_data("event_actors.json")
    return tables.names is _actor_names() and tables.countries is _countries() \
        and tables.agents is actors["agents"] and tables.surnames is actors.get("surnames")


def _code_actor(words: list[str], tables: Tables) -> tuple[Optional[str], Optional[str]]:
    words = [w for w in _unsided(words, tables) if w and w not in ("the", "a", "an")]
    country: Optional[str] = None
    sector: Optional[str] = None
    # the longest actor name wins; among equals, the rightmost (the head is at the end), but
    # the first of coordinated ones ("Hungarian and Romanian officials")
    best: Optional[str] = None
    best_start, best_key = 0, ""
    coordinated = "and" in words
    for n in range(min(_MAX_NGRAM, len(words)), 0, -1):
        starts = range(len(words) - n + 1) if coordinated else range(len(words) - n, -1, -1)
        for i in starts:
            key = " ".join(words[i:i + n])
            if key in tables.names:
                best, best_start, best_key = tables.names[key], i, key
                break
        if best:
            break
    if best:
        country, sector = _split_code(best)
        country = modifying_country(words[:best_start], country, tables, best_key in tables.countries,
                                    words[best_start + len(best_key.split()):]) or country
        if best_key in tables.countries and americans_of_origin(words, best_start, tables):
            country = "USA"  # "Cuban Americans", "Indian-American voters": Americans, not Cubans
    if country is None:
        for w in words:
            if w in tables.countries:
                country = tables.countries[w]
                break
    if country is None and tables.surnames:
        # "President Mugabe": a surname right after a title (alone it may be a common word)
        for title, name in zip(words, words[1:], strict=False):
            if (title in _OFFICES or title in _LEADER_TITLES) and name in tables.surnames:
                country, surname_sector = _split_code(tables.surnames[name])
                sector = sector or surname_sector
                break
    if sector is None:
        for n in (3, 2, 1):  # agent nouns, the head end first
            for i in range(len(words) - n, -1, -1):
                for key in _forms(words[i:i + n]):
                    if tables.agents.get(key) in SECTORS:
                        sector = tables.agents[key]
                        break
                if sector:
                    break
            if sector:
                break
    if sector == "ELI" and _OFFICES & set(words) and "former" not in words:
        sector = "GOV"  # a leader named with the office: in office at the time of writing
    return country, sector


def americans_of_origin(words: Sequence[str], at: int, tables: Tables) -> bool:
    """Whether the people's word at ``at`` names the origin of Americans: "Cuban Americans",
    "Japanese-Americans" (a hyphen is no word key), "Indian-American voters", "an Afghan American"
    are citizens of the United States, not of the country of their forebears. The plural is
    always people; the singular only as the phrase's last word or before an agent noun
    (``tables.agents``: "voters", "senator"), since "the Russian-American talks" or "the
    Mexican-American War" is of two countries and stays as the tables code it."""
    after = [w for w in words[at + 1:] if w != "-"]
    if not after or after[0] not in ("american", "americans"):
        return False
    return after[0] == "americans" or len(after) == 1 or after[1] in tables.agents


def _unsided(words: list[str], tables: Tables) -> list[str]:
    """The word keys of an actor phrase less a country's or people's word that only names the
    side the actor takes ("pro-Russian separatists", "anti-American protesters", "pro-Beijing
    lawmakers": after ``[side_prefixes]`` and a hyphen, as one word or split at it): whom one
    backs or opposes is no country of one's own; the separatists who shell a Ukrainian town are
    most often Ukraine's, and Hong Kong's pro-Beijing camp is of Hong Kong. The party is then
    coded by its other words, and its country read as for any party that names none. Only a word
    the tables code ("Russian", "ISIS"): "the Anti Defamation League" keeps its name."""
    out = []
    for n, w in enumerate(words):
        head, dash, rest = w.partition("-")
        if dash and head in _SIDES and (rest in tables.countries or rest in tables.names):
            continue  # "pro-russian" kept whole
        sided = n >= 1 and words[n - 1] in _SIDES or n >= 2 and words[n - 1] == "-" and words[n - 2] in _SIDES
        if sided and (w in tables.countries or w in tables.names):
            continue  # "pro", "russian" (the hyphen left out, as ``_words`` does) or "pro", "-", "russian"
        out.append(w)
    return out


def modifying_country(before: list[str], named: str, tables: Tables, named_by_country_word: bool = False,
                      after: Sequence[str] = ()) -> Optional[str]:
    """The country a nationality or country word names before a known actor name of another
    country, or a national capital's name (``_place_word``), which then says whose that body or
    person is: "the Nigerian Senate" is no US Senate (the dictionary's "senate"), "Chile's
    Defense Department" no US one, "the US ambassador to Russia" is American, "a Berlin
    non-profit" German. A name of no country's (``NO_COUNTRY``: "the Kenyan UN
    peacekeepers", "the American Red Cross") only when an envoy's preposition stands between
    (``envoy_prepositions``: "Kenya's ambassador to the UN"); a name that is itself a country's
    or a people's word (``named_by_country_word``) only when other words stand between ("Turkish
    Cypriots" and "Bosnian Serbs" are peoples of two names). Never a word that describes who backs
    or leads the actor ("Iranian-backed", "US-led": the next word ends in "-ed"), one before a
    relation to another side (``relation_nouns``: "Israel's militia ally in Lebanon"), nor one
    the name follows after a preposition other than an envoy's (``unowning_prepositions``: "the
    Turkish army in Syria", "the Serbian province of Kosovo" may be either's), nor a country's
    name that is also a US state's before a US name (``US_STATES``: "the Georgia Senate",
    "Georgia Secretary of State Brad Raffensperger"), nor one before people held (a noun of
    ``held_people_nouns`` after the name: "Israeli Hamas prisoners" are held by Israel, no
    Israelis). None if none."""
    if _HELD & set(after):
        return None
    for n in range(len(before)):
        found, size = _place_word(before, n, tables)
        if found is None:
            continue
        between = before[n + size:]
        if between and between[0].endswith("ed") or _RELATIONS & set(between):
            return None  # "Iranian-backed", "Israel's militia ally": another side's
        if _UNOWNING_PREPS & set(between):
            return None  # "the Turkish army in Syria": the place may be theirs
        if named == "USA" and before[n] in US_STATES:
            return None  # "the Georgia Senate": a US state's, no country's
        if named in NO_COUNTRY and not _ENVOY_PREPS & set(between):
            return None
        if not named.isalpha() or named_by_country_word and not between:
            return None
        return found if found != named else None
    return None


def _place_word(words: list[str], n: int, tables: Tables) -> tuple[Optional[str], int]:
    """(country, number of words) of a country's or people's word at ``words[n]``, or of a
    national capital there (``capital_cities``, of one or two words: "a Berlin non-profit", "New
    Delhi's envoy"); (None, 0) if none."""
    if words[n] in tables.countries:
        return tables.countries[words[n]], 1
    for size in (2, 1):
        key = " ".join(words[n:n + size])
        if len(words) - n >= size and key in _CAPITALS and key in tables.names:
            country = _split_code(tables.names[key])[0]
            return (country, size) if country.isalpha() and country not in NO_COUNTRY else (None, 0)
    return None, 0


def code_surname(word: str, tables: Optional[Tables] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a person named by surname alone ("Kagame"); the caller makes sure
    the word is a person's name."""
    code = (tables or load()).surnames.get(word_key(word)) if word else None
    return _split_code(code) if code else (None, None)


def _split_code(code: str) -> tuple[str, Optional[str]]:
    """A "CCCSSS" table code as (country, sector); the sector only when PLOVER knows it."""
    return code[:3], code[3:6] if code[3:6] in SECTORS else None


def _forms(words: list[str]) -> list[str]:
    """The phrase, and with its last word made singular: the agent lists have no plurals."""
    key = " ".join(words)
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        return [key, " ".join(words[:-1] + [last[:-3] + "y"])]
    if last.endswith("es") and len(last) > 4:
        return [key, " ".join(words[:-1] + [last[:-1]]), " ".join(words[:-1] + [last[:-2]])]
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        return [key, " ".join(words[:-1] + [last[:-1]])]
    return [key]


_SPLIT = re.compile(r"[\s\-]+")


def code_text(text: str) -> tuple[Optional[str], Optional[str]]:
    """``code_actor`` for a plain string (tests, evaluation of actor texts)."""
    return code_actor([word_key(w) for w in _SPLIT.split(text.replace("'s ", " ").strip()) if w])
