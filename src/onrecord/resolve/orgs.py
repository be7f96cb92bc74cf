"""Organisations across articles: which names are one body.

A name is read into an ``OrgName``: the country it leads with ("U.S. State Department" is the
United States' "state department"), its core (article, trailing kind words and British
spellings dropped, "&" read as "and", "Department of X" turned to "X department") and the
initials it could be abbreviated to. ``cluster_orgs`` groups the members of the organisation family by these:

1. one core and one country (or none) are one body: "World Health Organisation" and "World
   Health Organization", "NBC" and "NBC News", "Department of State" and "State Department";
2. a core without a country joins the one country's body of that core when the actor
   dictionaries tie the name to that country ("State Department" is American), never by
   guess: "Red Cross" does not become the "American Red Cross"; a speaker of that core whose
   own article ties it to that country (its affiliation, "ABC of Australia") joins it alone; a
   body the one country's name leads or ends ("United States National Hurricane Center",
   "Zedland Radio Australia") is that country's body of the name only where the bare one's own
   article ties it to that country too (its affiliation, or the only country among its article's
   speaking places), never for want of another country: every country has a "National Guard"
   (``country_named_variant``, ``tied_to_country``). The bare speakers tied to nothing (no
   affiliation, no speaking place) join it too when the name says it is its nation's one body
   of a kind not every nation has ("National Hurricane Center", not "National Guard"), the
   country's name (no nationality word, no other country's state) leads the other name, the
   dictionaries give the name no other country and no bare speaker is tied elsewhere: each
   such speaker whose own article's text names that country or one of its states, and no other
   country, joins (``untied_national_variant``, ``countries_named``); a story naming another
   country ("A cyclone struck Zembla ... the National Storm Center said"), alone or beside it,
   shows nothing, and its speaker stays apart. A bare speaker whose article has two people or
   more speaking who speak in the country's body's articles too joins it by that company,
   unless the name is of a kind every nation has or its affiliation is another country
   (``_join_by_company``);
3. a unit named by its body's name, a unit word and "for" or "of" ("Zedford Polytechnic Center
   for Storm Science") is the one body of that lead ("Zedford Polytechnic" or "Zedford
   Polytechnic University"): its centre speaks as it (``unit_parent``); a lead of one word or
   that is a place ("New Zork Institute of ...") names no body;
4. a name that leads with an acronym ("UN Security Council") is the one body of its country (or
   none) that spells it out in its first words, the rest the same ("United Nations Security
   Council"; ``short_lead``);
5. an acronym joins the one expansion it abbreviates: the one an article spelled it out as
   ("Korean Central News Agency (KCNA)"), or else the only body whose initials it is.

The tables are data: kind words, office words and spellings in ``data/org_words.txt``; country
words and which country the dictionaries give a body in ``data/event_actors.json``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional, Protocol, TypeVar

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract.speakers.words import COUNTRY_CODES
from onrecord.resolve.people import generic_body

_WORDS = "org_words.txt"
KIND_WORDS = data.words(_WORDS, "kind_words")
OFFICE_WORDS = data.words(_WORDS, "office_words")
INITIALS_STOPWORDS = data.words(_WORDS, "initials_stopwords")
NATION_WORDS = data.words(_WORDS, "nation_words")
EVERY_NATION_KINDS = data.words(_WORDS, "every_nation_kinds")
COMPASS_WORDS = data.words(_WORDS, "compass_words")
UNIT_WORDS = data.words(_WORDS, "unit_words")
PARENT_WORDS = data.words(_WORDS, "parent_words")
REMIT_FILLERS = data.words(_WORDS, "remit_fillers")
BRITISH_SPELLINGS = data.mapping(_WORDS, "british_spellings")
_MAX_KIND_WORDS = max(len(k.split()) for k in KIND_WORDS)
_ACTORS = "event_actors.json"


def _countries() -> dict[str, str]:
    """Country and nationality words -> ISO code; bodies such as the UN (no ISO code) are no
    country. The table extraction reads too (``extract.speakers.words.COUNTRY_CODES``)."""
    return COUNTRY_CODES


def country_words() -> dict[str, str]:
    """The dictionaries' country and nationality words with their ISO codes ("russian" -> RUS)."""
    return _countries()


@lru_cache(maxsize=None)
def stands_for_country(place: str, code: str) -> bool:
    """Whether a place word the dictionaries code as ``code`` is that country itself. They code a
    territory or a constituent country under its sovereign ("puerto rico", "guam" -> USA;
    "scotland" -> GBR), but the Supreme Court of Puerto Rico is not the US Supreme Court: ISO 3166
    (pycountry) names such a place as another country or as a subdivision. Nationality words,
    which ISO does not list, stand for their country."""
    country = iso_places.country_code(place)
    return country == code if country is not None else not iso_places.subdivision(place)


def _tokens(name: str) -> list[str]:
    """Lowercased words, accents and periods dropped, "'s" kept ("Sheriff's")."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace(".", "").lower()
    return re.findall(r"[a-z0-9&]+(?:'[a-z]+)?", text.replace("-", " "))


def american_spelling(words: list[str]) -> list[str]:
    """British spellings as American ones: -isation -> -ization and the word pairs of the data."""
    out = []
    for w in words:
        w = re.sub(r"isation(s?)$", r"ization\1", w)
        out.append(BRITISH_SPELLINGS.get(w, w))
    return out


def without_article(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def leading_country(words: list[str]) -> tuple[Optional[str], list[str]]:
    """A leading country or nationality word ("U.S.", "United States", "Iranian"): its ISO code
    and the rest; "Iran's" counts as Iran. The longest match wins; a name that is only a country
    keeps its words."""
    countries = _countries()
    for n in range(min(4, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        place = lead[:-2] if lead not in countries and lead.endswith("'s") else lead
        code = countries.get(place)
        if code and stands_for_country(place, code):
            return code, without_article(words[n:])
    return None, words


def trailing_country(words: list[str]) -> tuple[Optional[str], list[str]]:
    """A country the name ends with ("Foreign Ministry of Iraq", "ABC Australia"): its ISO code
    and the rest, "of" dropped. The longest match wins; a name that is only a country keeps it."""
    countries = _countries()
    for n in range(min(4, len(words) - 1), 0, -1):
        place = " ".join(words[-n:])
        code = countries.get(place)
        if code and not stands_for_country(place, code):
            continue
        rest = words[:-n]
        if code and rest and " ".join(rest[-1:]) in ("of", "in"):
            rest = rest[:-1]
        if code and rest and not rest[-1].endswith("'s"):
            return code, rest
    return None, words


def without_owner(words: list[str]) -> list[str]:
    """A leading possessive dropped when what follows is a body the dictionaries know:
    "Trump's State Department" is the State Department; "Biden's campaign" keeps its owner."""
    if len(words) > 1 and words[0].endswith("'s") and dictionary_country(" ".join(office_first(words[1:]))):
        return words[1:]
    return words


def without_kind_words(words: list[str]) -> list[str]:
    """Trailing kind words dropped ("Associated Press news agency", "Boeing Co."), while a word
    is left: "News" alone is a name."""
    changed = True
    while changed:
        changed = False
        for n in range(min(_MAX_KIND_WORDS, len(words) - 1), 0, -1):
            if " ".join(words[-n:]) in KIND_WORDS:
                words, changed = words[:-n], True
                break
    return words


def office_first(words: list[str]) -> list[str]:
    """"Department of State" as "state department": both word orders name one office."""
    if len(words) >= 3 and words[0] in OFFICE_WORDS and words[1] == "of":
        return words[2:] + words[:1]
    return words


def singular(word: str) -> str:
    """A plural noun's singular by its spelling alone ("emergencies" -> "emergency", "mines" ->
    "mine"); "-ss", "-us", "-is" words are no plurals ("press", "status", "analysis")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def office_remit(words: list[str]) -> list[str]:
    """An office's name ("x ministry", ``office_first`` order) with its remit in one form: filler
    nouns after the remit dropped and plurals made singular, so that the "Foreign Affairs
    Ministry" is the "Foreign Ministry" and the "Emergency Situations Ministry" the "Emergencies
    Ministry". Other names are left as they are; a remit of filler words alone is kept."""
    if len(words) < 2 or words[-1] not in OFFICE_WORDS:
        return words
    remit = [w for w in words[:-1] if w not in REMIT_FILLERS] or words[:-1]
    return [singular(w) for w in remit] + words[-1:]


def initials(words: Iterable[str]) -> str:
    """"world health organization" -> "who"; small words left out, a number kept whole."""
    return "".join(w if w.isdigit() else w[0] for w in words if w not in INITIALS_STOPWORDS)


_ACRONYM = re.compile(r"[A-Z](?:[A-Z&]|\.(?=[A-Z]))+\.?")


def acronym_of(name: str) -> Optional[str]:
    """The letters of a name written as an acronym ("WHO", "U.N.", "AT&T"), else None."""
    name = name.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    if not _ACRONYM.fullmatch(name):
        return None
    letters = re.sub(r"[^A-Za-z&]", "", name).lower()
    return letters if 2 <= len(letters) <= 8 else None


@dataclass(frozen=True)
class OrgName:
    country: Optional[str]
    core: str  # "" for a name with no words
    named: str  # the core with its kind words ("abc news"), for names some country shares
    spellings: frozenset[str]  # the initials an acronym of it may use


@lru_cache(maxsize=65536)
def org_name(name: str) -> OrgName:
    """Read a name of a body: its country, its core and the acronyms it may go by."""
    raw = without_owner(american_spelling(without_article(_tokens(name))))
    country, rest = leading_country(raw)
    if country is None:
        country, rest = trailing_country(rest)
    core_words = [w if w != "&" else "and" for w in office_first(without_kind_words(rest))]
    # initials from the name as written (with its country: KCNA, USDA) and from its core (EPA);
    # an acronym within the name counts with all its letters ("U.S. Department of ..." -> "usd...")
    spellings = {initials(rest), initials(without_kind_words(rest))}
    shorter = []
    if "and" in rest[1:-1]:
        # a body's acronym often predates a last "and ..." of its name: "Centers for Disease
        # Control and Prevention" is the CDC
        shorter.append(initials(rest[:len(rest) - 1 - rest[::-1].index("and")]))
    if core_words != without_kind_words(rest):  # "Department of Health and Human Services" is HHS
        shorter.append(initials(core_words[:-1]))
    spellings.update(s for s in shorter if len(s) >= 3)  # two letters from part of a name say little
    if country and len(raw[0]) in (2, 3) and _countries().get(raw[0]) == country:
        spellings.add(raw[0] + initials(rest))  # "U.S. Department of Agriculture" is USDA
    else:
        spellings.add(initials(raw))
    spellings = {s for s in spellings if len(s) >= 2}
    return OrgName(country, " ".join(core_words), " ".join(office_first(rest)), frozenset(spellings))


def written_core(name: str) -> str:
    """A name's core as written: article and trailing kind words dropped, "Department of X" as
    "x department", but its spelling kept ("Department of Defence" -> "defence department"): a
    British spelling may say whose office it is."""
    return " ".join(office_first(without_kind_words(without_article(_tokens(name)))))


def dictionary_country(core: str) -> Optional[str]:
    """The country the actor dictionaries give this body ("department of state" -> USA), when
    they name it and it belongs to one country."""
    names = data.json_data(_ACTORS)["names"]
    words = core.split()
    forms = [core]
    if len(words) >= 2 and words[-1] in OFFICE_WORDS:
        forms.append(" ".join([words[-1], "of", *words[:-1]]))
    for form in forms:
        code = names.get(form)
        if isinstance(code, str) and code[:3] in _countries().values():
            return code[:3]
    return None


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def affiliation(self) -> Optional[str]: ...
    @property
    def comentions(self) -> frozenset[str]: ...
    @property
    def article_id(self) -> str: ...


_N = TypeVar("_N", bound=_Named)


def affiliation_country(affiliation: Optional[str]) -> Optional[str]:
    """The ISO code of an affiliation that is a country or nationality word ("Australia",
    "U.S.", "Russian"), else None."""
    return _countries().get(" ".join(_tokens(affiliation))) if affiliation else None


def country_named_variant(core: str, home: str, home_names: Iterable[str]) -> bool:
    """Whether a body's bare name may be a variant of country ``home``'s one body of that name
    that writes the country's name before it or after it: "National Hurricane Center" of "United
    States National Hurricane Center", "Zedland Radio" of "Zedland Radio Australia", "Zedland
    Radio (Australia)" or "Australia Zedland Radio". The country must be written by its name, not
    a nationality word (the "American Red Cross" is a national branch of a wider body, not the
    Red Cross; the "Australian Labor Party" is one of many labour parties), a generic office
    ("Supreme Court", "National Assembly", which every country has) is no such body, and only the
    bare speakers their own article ties to that country join it (``tied_to_country``): another
    country's "Zedland Radio" stays apart."""
    if not core or generic_body(core):
        return False
    countries = _countries()

    def country_named(name: str) -> bool:
        raw = without_owner(american_spelling(without_article(_tokens(name))))
        code, rest = leading_country(raw)
        if code is not None:
            lead = raw[:len(raw) - len(rest)]
            lead = lead[:-1] if lead[-1:] == ["the"] else lead
            return code == home and not nationality_word(" ".join(lead), code, countries)
        code, rest = trailing_country(raw)
        tail = [w for w in raw[len(rest):] if w not in ("of", "in")]
        return code == home and not nationality_word(" ".join(tail), code, countries)

    return any(country_named(n) for n in home_names)


def tied_to_country(member: _Named, home: str) -> bool:
    """Whether a speaker's own article ties it to country ``home``: its affiliation is that
    country, or, with no affiliation, that country is the one country among the places the
    article's speakers include ("l:" families), a state or province ISO 3166 gives one country
    counting as that country ("Florida": the United States). Positive evidence only: an article naming no
    country, or two, ties a bare "National Guard" to none."""
    tied = affiliation_country(member.affiliation)
    if tied is not None or member.affiliation:
        return tied == home
    codes = {place_country(f[2:]) for f in member.comentions if f.startswith("l:")} - {None}
    return codes == {home}


def place_country(place: str) -> Optional[str]:
    """The country a place word names: a country or nationality word of the dictionaries, or a
    state or province ISO 3166 gives one country ("florida": the United States), else None."""
    return _countries().get(place) or iso_places.subdivision_country(place)


def untied_national_variant(core: str, home: str, home_names: Iterable[str]) -> bool:
    """Whether bare speakers of a body's name that no article ties to any country may still be
    country ``home``'s one body of that name, the only country's the store knows: "National
    Hurricane Center" beside "United States National Hurricane Center", in hurricane reports that
    quote no country. Safe only where the name says it is its nation's one body of a kind no other
    nation names so ("national" or "federal" first, ``[nation_words]``; no word of a kind every
    nation has, ``[every_nation_kinds]``: not a "National Guard", "National Congress" or
    "National Security Council"; no generic office), the country's name (not a nationality word)
    leads the other name and is no other country's state (the "Georgia National Guard"), and the
    dictionaries give the name no other country. The caller joins only speakers tied to nothing,
    and none when another speaker of the bare name is tied elsewhere (``tied_to_nothing``); two
    countries' bodies of the name, and it is never called."""
    words = core.split()
    # the kind word a core drops ("National Security Agency": "national security") counts too
    written = {w for n in home_names for w in _tokens(n)}
    if len(words) < 2 or words[0] not in NATION_WORDS or generic_body(core) \
            or any(w in EVERY_NATION_KINDS for w in written | set(words)) \
            or dictionary_country(core) not in (None, home):
        return False
    countries = _countries()

    def country_led(name: str) -> bool:
        raw = without_owner(american_spelling(without_article(_tokens(name))))
        code, rest = leading_country(raw)
        if code != home:
            return False
        lead = raw[:len(raw) - len(rest)]
        lead = lead[:-1] if lead[-1:] == ["the"] else lead
        place = " ".join(lead)
        place = place[:-2] if place not in countries and place.endswith("'s") else place
        return not nationality_word(place, home, countries) \
            and iso_places.subdivision_country(place) in (None, home)

    return any(country_led(n) for n in home_names)


def tied_to_nothing(member: _Named) -> bool:
    """Whether a speaker's own article ties it to no place at all: no affiliation and no place
    among its article's speakers ("l:" families). A city the tables cannot place counts as a
    tie: it may be another country's."""
    return not member.affiliation and not any(f.startswith("l:") for f in member.comentions)


def tied_elsewhere(member: _Named, home: str) -> bool:
    """Whether a speaker's own article ties it to a country other than ``home``: its affiliation
    or a place among its article's speakers is another country or another country's state."""
    places = [f[2:] for f in member.comentions if f.startswith("l:")]
    if member.affiliation:
        places.append(" ".join(_tokens(member.affiliation)))
    return bool({place_country(p) for p in places} - {None, home})


CountriesNamed = Callable[[str], frozenset[str]]  # an article's id -> the countries its text names


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*)*")


def countries_named(text: str) -> frozenset[str]:
    """The ISO codes of the countries a text names by a capitalised country or nationality word
    of the dictionaries ("the United States", "U.S.", "Bahamian", "Korea's") or a state or
    province ISO 3166 gives one country ("Florida": the United States). The longest name is
    read first and its words no more ("South Korea" is no region "South"); a word of direction
    alone ("the South", ``[compass_words]``) or a kind of province ("County") names no place. A
    capitalised word that is also some state's name still counts that state's country
    ("Victoria"): read as evidence for the one country a body's name already gives, never to
    find a country."""
    countries = _countries()
    found: set[str] = set()
    for run in _CAPITALISED_RUN.findall(text):
        words = [w[:-2] if w.endswith("'s") else w for w in _tokens(run)]
        taken: set[int] = set()
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if taken & set(range(i, i + n)) or all(w in COMPASS_WORDS for w in words[i:i + n]):
                    continue
                place = " ".join(words[i:i + n])
                code = countries.get(place)
                if not (code and stands_for_country(place, code)):
                    code = iso_places.subdivision_country(place) \
                        if len(place) > 3 and not iso_places.subdivision_kind(place) else None
                if code:
                    found.add(code)
                    taken.update(range(i, i + n))
    return frozenset(found)


def _join_untied(groups: dict[tuple[Optional[str], str], list[_N]], bare: tuple[Optional[str], str],
                 home: tuple[Optional[str], str], named: Optional[CountriesNamed]) -> None:
    """A bare speaker tied to nothing joins the one country's body (``untied_national_variant``
    said it may) when the text of its own article names that country or one of its states and no
    other country: each is judged by its own story, and one naming another country as well (or
    only) stays apart, as the name may be that country's body. None joins when a speaker of the
    bare name is tied to another country by its affiliation or its article's speaking places: the
    name is used for another nation's body too. With no texts to read (``named`` None), nothing
    joins."""
    members = groups.get(bare, [])
    if named is None or not members or any(tied_elsewhere(m, home[0] or "") for m in members):
        return
    untied = [m for m in members if tied_to_nothing(m) and named(m.article_id) == {home[0]}]
    if not untied:
        return
    groups[home].extend(untied)
    taken = {id(m) for m in untied}
    rest = [m for m in members if id(m) not in taken]
    if rest:
        groups[bare] = rest
    else:
        del groups[bare]


# people a bare body's article must share with the articles of its country's body of the name
SHARED_PEOPLE = 2


def every_nation_kind(core: str, names: Iterable[str] = ()) -> bool:
    """Whether a body's core or one of its names as written ends in a word of a kind every nation
    has a body of ("national security council", "National Security Agency" whose core drops its
    "agency": ``[every_nation_kinds]``): the same people may speak beside two countries' bodies
    of such a name. A remit after the kind makes a name of its own ("Commission on Debates")."""
    last = {words[-1] for words in [core.split(), *(_tokens(n) for n in names)] if words}
    return bool(last & EVERY_NATION_KINDS)


def shares_people(member: _Named, home_people: frozenset[str], count: int = SHARED_PEOPLE) -> bool:
    """Whether a speaker's own article has ``count`` of the same people speaking in it ("p:"
    families) as the articles of a body: the same story's cast, news of the same place."""
    return len({f for f in member.comentions if f.startswith("p:")} & home_people) >= count


def _join_by_company(groups: dict[tuple[Optional[str], str], list[_N]], bare: tuple[Optional[str], str],
                     home: tuple[Optional[str], str]) -> None:
    """A bare body's name ("Commission on Debates") beside the one body of that name its country
    leads or ends ("United States Commission on Debates", ``country_named_variant``): a bare
    speaker whose own article has two people or more speaking in it who speak in the country's
    body's articles too is that body, as people resolve by the company they keep. Not for a
    kind of body every nation has (``every_nation_kind``: the same leaders speak beside two
    countries' "National Security Council"), nor for a speaker its affiliation ties to another
    country; its namesakes with no such company stay apart."""
    home_people = frozenset(f for m in groups[home] for f in m.comentions if f.startswith("p:"))
    tied = [m for m in groups[bare] if shares_people(m, home_people)
            and affiliation_country(m.affiliation) in (None, home[0])]
    _move_members(groups, bare, home, tied)


def _move_members(groups: dict[tuple[Optional[str], str], list[_N]], bare: tuple[Optional[str], str],
                  home: tuple[Optional[str], str], tied: list[_N]) -> None:
    """Move the members ``tied`` from the bare name's group to the home body's; the bare group
    goes when none is left."""
    if not tied:
        return
    groups[home].extend(tied)
    taken = {id(m) for m in tied}
    rest = [m for m in groups[bare] if id(m) not in taken]
    if rest:
        groups[bare] = rest
    else:
        del groups[bare]


def nationality_word(place: str, code: str, countries: dict[str, str]) -> bool:
    """Whether a country word is a nationality ("american", "iranian") rather than the country's
    name ("united states", "us", "iran", "iran's"): ISO 3166 (pycountry) names countries only."""
    place = place[:-2] if place not in countries and place.endswith("'s") else place
    return iso_places.country_code(place) != code


def _join_by_affiliation(groups: dict[tuple[Optional[str], str], list[_N]], bare: tuple[Optional[str], str],
                         home: tuple[Optional[str], str], places: bool = False) -> None:
    """A body named without its country whose own article ties it to the country of the one
    body of that core that does name one ("ABC of Australia" read as "ABC" affiliated to
    Australia, beside "ABC Australia") is that body; its namesakes with no such tie stay apart.
    With ``places``, the article's one country ties it too (``tied_to_country``)."""
    tied = [m for m in groups[bare] if affiliation_country(m.affiliation) == home[0]
            or (places and home[0] is not None and tied_to_country(m, home[0]))]
    _move_members(groups, bare, home, tied)


@lru_cache(maxsize=4096)
def _a_place(words: str) -> bool:
    """A country or nationality word of the dictionaries, or a country or subdivision ISO 3166
    (pycountry) names ("new york"): a place, not a body's name."""
    return words in _countries() or iso_places.is_place(words)


def unit_parent(core: str) -> Optional[str]:
    """The lead of a unit's name: the words before its first unit word followed by "for" or "of"
    ("zedford polytechnic center for storm science" -> "zedford polytechnic"), when they are two
    words or more and no place, and something follows. One word ("Washington Institute for ...")
    or a place ("New Zork Institute of Technology") may lead a name of its own."""
    words = core.split()
    for i in range(2, len(words) - 2):
        if words[i] in UNIT_WORDS and words[i + 1] in ("for", "of"):
            lead = " ".join(words[:i])
            return None if _place_led(lead) else lead
    return None


# a lead of these words names a place's own bodies: "Ohio State School for the Blind" is no unit
# of Ohio State University, nor "St. Louis College of Pharmacy" of St. Louis University
_STATE_WORDS = frozenset({"state", "st", "st."})
_SAINT_WORDS = frozenset({"st", "st.", "saint"})


def _place_led(lead: str) -> bool:
    """Whether a unit's lead is or holds a place ("new york", "washington state", "st louis"): a
    state's or a city's many bodies share it, each of its own."""
    words = lead.split()
    return _a_place(lead) or words[-1] in _STATE_WORDS or words[0] in _SAINT_WORDS \
        or any(_a_place(" ".join(words[:j])) for j in range(1, len(words)))


def _join_units(groups: dict[tuple[Optional[str], str], list[_N]]) -> None:
    """A unit of a body (``unit_parent``) joins the one body whose core is its lead and a parent
    word ("zedford polytechnic university"), of its country or none; a body of the bare lead
    too ("Zedford Polytechnic"), two such bodies, or none, and it stays a body of its own. A
    unit never joins another unit, nor a body of the bare lead alone: "Max Planck Institute for
    Chemistry" and "Max Planck Institute for Astronomy" are two institutes."""
    for key in sorted(groups, key=lambda k: (k[0] or "", k[1])):
        lead = unit_parent(key[1])
        if lead is None or key not in groups:
            continue
        named = {f"{lead} {w}" for w in PARENT_WORDS}
        parents = [k for k in groups if k != key and k[1] in named | {lead} and k[0] in (None, key[0])]
        if len(parents) == 1 and parents[0][1] in named:
            groups[parents[0]].extend(groups.pop(key))


def _join_remit_variants(groups: dict[tuple[Optional[str], str], list[_N]]) -> None:
    """Bodies of one country (or none) whose office names differ only in the form of their remit
    (``office_remit``: "Foreign Affairs Ministry", "Foreign Ministry") are one body; a country
    never joins another's, nor a body with a country one without."""
    by_form: dict[tuple[Optional[str], str], list[tuple[Optional[str], str]]] = {}
    for key in sorted(groups, key=lambda k: (k[0] or "", k[1])):
        by_form.setdefault((key[0], " ".join(office_remit(key[1].split()))), []).append(key)
    for keys in by_form.values():
        for other in keys[1:]:
            groups[keys[0]].extend(groups.pop(other))


def short_lead(name: str) -> Optional[str]:
    """The first word of a body's name when it is written as an acronym and more words follow
    ("UN Security Council", "U.N. Storm Agency" -> "un"), else None."""
    words = name.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    return acronym_of(words[0]) if len(words) > 1 else None


def _join_short_leads(groups: dict[tuple[Optional[str], str], list[_N]]) -> None:
    """A body whose name leads with an acronym ("UN Security Council") is the one body of its
    country (or none) whose name spells that acronym out in its first words, the rest the same
    ("United Nations Security Council"); two bodies that spell it out differently ("UN" as the
    "United Nations" and as another body), or none, and it stays apart."""
    keys = sorted(groups, key=lambda k: (k[0] or "", k[1]))
    spelled_out = _spelled_out_index(keys)
    for key in keys:
        if key not in groups:
            continue
        words = key[1].split()
        if len(words) < 2 or not any(short_lead(m.name) == words[0] for m in groups[key]):
            continue
        fitting = [k for k in spelled_out.get((key[0], words[0], tuple(words[1:])), [])
                   if k != key and k in groups]
        if len(fitting) == 1:
            groups[fitting[0]].extend(groups.pop(key))


def _spelled_out_index(keys: list[tuple[Optional[str], str]]) -> dict[tuple[Optional[str], str, tuple[str, ...]],
                                                                          list[tuple[Optional[str], str]]]:
    """Each body by the short forms its name could be written as: its country, the initials of
    its first two words or more, and the words after them ("united nations security council" ->
    "un", ("security", "council")), so that each acronym-led name finds the bodies it may be
    in one look-up."""
    index: dict[tuple[Optional[str], str, tuple[str, ...]], list[tuple[Optional[str], str]]] = {}
    for key in keys:
        words = key[1].split()
        for i in range(2, len(words)):
            index.setdefault((key[0], initials(words[:i]), tuple(words[i:])), []).append(key)
    return index


def cluster_orgs(members: list[_N], named: Optional[CountriesNamed] = None) -> list[list[_N]]:
    """Group the members of the organisation family into bodies (see the module's docstring).
    Deterministic for members in a fixed order; the caller sorts them."""
    groups: dict[tuple[Optional[str], str], list[_N]] = {}
    spelled: dict[str, set[tuple[Optional[str], str]]] = {}  # acronym -> bodies an article spelled it as
    # a name some article ties to a country ("ABC Australia") may be borne by bodies of several
    # countries: without a country, only the very same name is one body ("ABC News" is not "ABC")
    shared = {org_name(m.name).core for m in members if org_name(m.name).country}
    for m in members:
        acronym = acronym_of(m.name)
        own = org_name(m.name)
        key = (own.country, own.core if own.country or own.core not in shared else own.named)
        if acronym:
            # "KCNA" with the article's "Korean Central News Agency": the article says which body
            for alias in m.aliases:
                expanded = org_name(alias)
                if acronym_of(alias) is None and acronym in expanded.spellings:
                    key = (expanded.country, expanded.core)
                    spelled.setdefault(acronym, set()).add(key)
                    break
        else:
            for alias in m.aliases:
                letters = acronym_of(alias)
                if letters and letters in own.spellings:
                    spelled.setdefault(letters, set()).add(key)
        groups.setdefault(key, []).append(m)

    # a core without a country joins its one country's body when a dictionary ties them
    by_core: dict[str, list[tuple[Optional[str], str]]] = {}
    for country, core in groups:
        if country:
            by_core.setdefault(core, []).append((country, core))
    for _, core in sorted(k for k in groups if k[0] is None):
        homes = by_core.get(core, [])
        if len(homes) == 1 and dictionary_country(core) == homes[0][0]:
            groups[homes[0]].extend(groups.pop((None, core)))
        elif len(homes) == 1:
            home_names = [m.name for m in groups[homes[0]]]
            national = country_named_variant(core, homes[0][0] or "", home_names)
            _join_by_affiliation(groups, (None, core), homes[0], places=national)
            if national and untied_national_variant(core, homes[0][0] or "", home_names):
                _join_untied(groups, (None, core), homes[0], named)
            if national and (None, core) in groups and not every_nation_kind(core, home_names):
                _join_by_company(groups, (None, core), homes[0])

    _join_remit_variants(groups)
    _join_short_leads(groups)
    _join_units(groups)

    # an acronym joins the one body it abbreviates
    acronyms = sorted((k for k in groups if " " not in k[1] and any(acronym_of(m.name) == k[1] for m in groups[k])),
                      key=lambda k: (k[0] or "", k[1]))
    spellings_of = {k: set().union(*(org_name(m.name).spellings for m in groups[k] if acronym_of(m.name) is None))
                    for k in groups if k not in acronyms}
    for key in acronyms:
        letters = key[1].replace(" ", "")
        told = [k for k in spelled.get(letters, ()) if k in spellings_of and k != key]
        fitting = told or [k for k in spellings_of if letters in spellings_of[k]
                           and (key[0] is None or k[0] in (None, key[0]))]
        if len(fitting) == 1:
            groups[fitting[0]].extend(groups.pop(key))
    return [groups[k] for k in sorted(groups, key=lambda k: (k[0] or "", k[1]))]
