"""Cross-article speaker resolution: article-local speakers → one entity per real-world speaker.

Plain functions over plain data; the store feeds them and writes the result.

How it decides:
- Every article-local speaker falls in a *family*: people by surname ("p:rouhani"), other
  types by their normalized name ("o:iranian military", "g:us officials"). Only members of one
  family (or of families joined by a manual merge) can become one entity, so groups and
  organizations are never merged into people, and resolution stays local and cheap.
- Within a family of people, full names cluster by first name (an initial matches a first
  name when only one fits; differing middle names keep people apart). A surname-only speaker
  ("Rouhani", "President Trump") joins the one full-name cluster of its surname, or the one its
  roles, affiliation and co-mentioned entities fit better than every other; never one that the
  same article kept apart from it, and none when no one fits or two fit alike.
- Organisations (``resolve/orgs.py``) are resolved all together: spelling variants, a trailing
  kind word, a leading country and an acronym with its expansion are one body.
- Vague sources (pronouns, "a spokesman", "the official") get no entity at all.
- Manual overrides are replayed in order after the automatic pass: merge joins the entities
  holding two names, split takes the speakers of a name (optionally in one article) apart.
- The result and the entity ids are a pure function of the members and overrides, whatever
  order they come in: re-resolving gives the same ids.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import AbstractSet, Iterable, Optional

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract.speakers.first_names import gender_of
from onrecord.resolve import people
from onrecord.resolve.orgs import (
    CountriesNamed,
    acronym_of,
    cluster_orgs,
    country_words,
    dictionary_country,
    org_name,
    place_country,
    written_core,
)

# titles, pronouns and the like are data: their sections of ``data/name_words.txt``
_NAMES = "name_words.txt"
TITLES = data.words(_NAMES, "titles")
HONORIFICS = data.words(_NAMES, "honorifics")
TITLE_WORDS = data.mapping(_NAMES, "title_words")  # "gov" -> "governor"
SUFFIXES = data.words(_NAMES, "suffixes")
# "Jr.", "Sr.", "III": father and son share the rest of the name, never a person (_generation)
GENERATION_SUFFIXES = data.words(_NAMES, "generation_suffixes")
PRONOUNS = data.words(_NAMES, "pronouns")
NOT_NAME_WORDS = data.words(_NAMES, "not_name_words")
ROLE_STOPWORDS = data.words(_NAMES, "role_stopwords")
REPRESENTATIVE_WORDS = data.words(_NAMES, "representative_words")
# entity ids: people by name alone ("donald-trump"); other kinds say what they are, so a
# company and a person of one name never compete for an id ("org-reuters")
ID_PREFIX = {"p:": "", "o:": "org-", "l:": "place-", "g:": "group-", "u:": "other-"}


@dataclass(frozen=True)
class Member:
    """One article-local speaker: an entity of one ArticleRecord that speaks."""

    article_id: str
    local_id: str
    name: str
    type: str = "PERSON"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: Optional[str] = None
    comentions: frozenset[str] = frozenset()  # families of the article's other entities
    published: Optional[str] = None
    statement_count: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.local_id)

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.published or "", self.article_id, self.local_id)


@dataclass(frozen=True)
class Override:
    kind: str  # merge | split
    name_a: str
    name_b: Optional[str] = None
    article_id: Optional[str] = None


@dataclass
class Cluster:
    members: list[Member] = field(default_factory=list)
    id: str = ""

    @property
    def name(self) -> str:
        return canonical_name(self.members)

    @property
    def type(self) -> str:
        types = Counter(m.type for m in self.members)
        if "PERSON" in types:  # untyped mentions of a person do not make the person untyped
            return "PERSON"
        if set(types) == {"GPE", "GROUP"}:  # those sent to speak for a country do not make it a group
            return "GPE"
        known = Counter({t: n for t, n in types.items() if t != "UNKNOWN"})  # "WHO" untyped, WHO an ORG
        return (known or types).most_common(1)[0][0] if types else "UNKNOWN"

    @property
    def first(self) -> tuple[str, str, str]:
        return min(m.order for m in self.members)


# ---------------------------------------------------------------- names

@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lowercase, accents and periods dropped, curly apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", "").lower()
    text = re.sub(r"[\s\u00a0]+", " ", text)
    return text.strip(" ,;:'\"()[]-")


def person_tokens(name: str) -> list[str]:
    """The name proper: leading titles and descriptors ("President", "Iran's") and suffixes dropped."""
    return list(_person_tokens(name))


@lru_cache(maxsize=65536)
def _person_tokens(name: str) -> tuple[str, ...]:
    tokens = name.replace("\u00a0", " ").split()
    while tokens and (norm(tokens[0]) in TITLES or not tokens[0][:1].isupper()
                      or norm(tokens[0]).endswith("'s")):
        tokens.pop(0)
    while len(tokens) > 1 and norm(tokens[-1]) in SUFFIXES:
        tokens.pop()
    return tuple(t.strip(",") for t in tokens)


def display_name(name: str, type: str) -> str:
    if type in ("PERSON", "UNKNOWN") and looks_like_person(name, type):
        tokens = person_tokens(name)
        if tokens:
            return " ".join(tokens)
    return re.sub(r"^(the|The)\s+", "", " ".join(name.split()))


def _surname_key(token: str) -> str:
    key = norm(token)
    return people.fold_surname(re.sub(r"^(al|el|ad|ash|as)-", "", key))


def org_acronym(name: str, type: str) -> bool:
    """A body named by its acronym ("WHO", "FBI"): typed ORG, or untyped and of three letters or
    more ("US" and "IT" untyped are no body; "WHO" is no pronoun)."""
    letters = acronym_of(name)
    if not letters or type not in ("ORG", "UNKNOWN"):
        return False
    return type == "ORG" or len(letters) >= 3


def org_key(name: str) -> str:
    """An organisation's family key: its acronym, or its country and core ("usa state department")."""
    letters = acronym_of(name)
    if letters:
        return letters
    parsed = org_name(name)
    return " ".join(filter(None, [(parsed.country or "").lower(), parsed.core])) or norm(name)


def is_vague(name: str, type: str) -> bool:
    """Pronouns and lowercase descriptions ("a spokesman") are never resolved across articles."""
    if org_acronym(name, type):
        return False
    key = norm(name)
    if not key or key in PRONOUNS and not _place_abbreviation(name, type):
        return True
    if type == "GROUP":
        return False
    if looks_like_person(name, type) and (_described_by_link(name) or _place_typed_person(name, type)):
        return True
    if type == "PERSON":
        # a description of someone unnamed ("One interviewee", "Acme spokesperson") ends in a
        # lowercase noun: it names no one to find in another article
        tokens = person_tokens(name)
        return not tokens or tokens[-1].isalpha() and tokens[-1].islower()
    return not any(c.isupper() for c in name)


def _place_abbreviation(name: str, type: str) -> bool:
    """A place written in capitals ("US", "U.S.") is no pronoun ("us"), though it reads as one."""
    return type == "GPE" and acronym_of(name) is not None


def _place_typed_person(name: str, type: str) -> bool:
    """A "person" named only by a country or its people ("Zembla", "Zemblans"), by the actor
    dictionaries' country words, is a place the model mistook: never shown as a person. A
    person called by a first name that is also a country ("Chad") loses no more than a bare first
    name, which says little of who it is."""
    words = person_tokens(name)
    return type in ("PERSON", "UNKNOWN") and len(words) <= 3 and norm(" ".join(words)) in country_words()


def _described_by_link(name: str) -> bool:
    """"The president of Turkey" names no one: Turkey is what the person belongs to
    (resolve/people.py); a place or body must never be shown as the person speaking."""
    tokens = name.replace("\u00a0", " ").split()
    if len(tokens) > 1 and norm(tokens[0]) in ("the", "a", "an"):  # "The president of Turkey"
        tokens = tokens[1:]
    own = person_tokens(" ".join(tokens))
    lead = tokens[: len(tokens) - len(own)] if own else tokens
    first_name = lambda t: gender_of(t) is not None  # noqa: E731
    if people.described_by_link(lead, own, first_name):
        return True
    # a capitalised title inside it: "Chief Technology Officer of Zedco Labs" is Zedco's officer;
    # a name after the title's place takes two words more ("Minister of Scotland Nicola Sturgeon")
    for i in range(len(own) - 1, 0, -1):
        if own[i] in people.DESCRIPTION_LINKS and norm(own[i - 1]) in TITLES:
            return len(own) - i - 1 < 3
    return False


def looks_like_person(name: str, type: str) -> bool:
    """PERSON, or an untyped name that reads like one ("Trump", "Ali Shamkhani"): capitalized
    words only, at most four. The model leaves some people untyped; they must still resolve."""
    if type == "PERSON":
        return True
    if type != "UNKNOWN" or org_acronym(name, type):
        return False
    tokens = person_tokens(name)
    return (0 < len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)
            and not any(norm(t) in NOT_NAME_WORDS for t in tokens))


def family_of(name: str, type: str) -> Optional[str]:
    """The family a speaker is resolved within, or None for a vague source."""
    if government := government_place(name):
        return "l:" + government
    if is_vague(name, type):
        return None
    if looks_like_person(name, type):
        return "p:" + _surname_key(person_tokens(name)[-1])
    if type == "ORG" and (country := country_by_name(name)):
        return "l:" + country
    if type == "ORG" or org_acronym(name, type):
        return "o:" + org_key(name)
    if type == "GPE":
        return "l:" + place_key(norm(display_name(name, type)))
    if type == "GROUP" and (place := represented_place(name)):
        return "l:" + place
    prefix = {"ORG": "o:", "GROUP": "g:"}.get(type, "u:")
    return prefix + norm(display_name(name, type))


def country_by_name(name: str) -> Optional[str]:
    """The place key of a body or an untyped speaker named by a country's name alone ("Zembla",
    "the Kingdom of Zembla"), where countryinfo and the actor dictionaries agree it is one
    (``iso_country_name`` without a people's word, ``formal_country_name``): the country speaking,
    which the model typed otherwise. A people's word ("Zemblan") may be a paper's or a team's."""
    text = norm(re.sub(r"^(the|The)\s+", "", " ".join(name.split())))
    return iso_country_name(text, demonym=False) or formal_country_name(text) or (
        text if COUNTRY_NAME.get(country_words().get(text, "")) == text else None)


def represented_place(name: str) -> Optional[str]:
    """The country a group sent to speak for it names ("representatives from Zembla", "the
    delegation of Zembla"), as its place key, else None: they speak as the country itself. Two
    countries ("envoys from Zembla and Ruritania") or anything else after the word name no one."""
    match = re.fullmatch(r"(?:the |a )?(\w+) (?:of|from) (?:the )?(.+)", norm(name))
    if not match or match.group(1) not in REPRESENTATIVE_WORDS or match.group(2) not in country_words() \
            or iso_places.subdivision(match.group(2)):  # "from Georgia": maybe a US state's legislators
        return None
    return place_key(match.group(2))


def place_key(place: str) -> str:
    """A country or city and its government are one speaker: "the United States government",
    "the government of Iran" and "Iran's government" speak as the place itself; a country goes
    by its name whatever other name it is called by (``iso_country_name``)."""
    words = place.split()
    if words[:2] == ["government", "of"] and len(words) > 2:
        return country_for_nationality(" ".join(words[2:]))
    if words[-1:] == ["government"] and len(words) > 1:
        return country_for_nationality(" ".join(words[:-1]).removesuffix("'s").strip())
    if named := iso_country_name(place, demonym=False) or formal_country_name(place):
        return named
    return country_for_nationality(place) if re.fullmatch(r"[a-z]{2,3}", place) else place


@lru_cache(maxsize=4096)
def formal_country_name(place: str) -> Optional[str]:
    """The name of the country a formal name stands for ("the Kingdom of Zembla", "the Federal
    Republic of Zembla" -> "zembla"), where two sources agree: the countryinfo package gives the
    formal name a code (``data/country_names.tsv``) and the actor dictionaries give the words
    after its "of" that same code. "Republic of China" is no "China": the codes differ."""
    match = re.fullmatch(r"(?:the )?(?:[a-z-]+ )+of (?:the )?(.+)", place)
    code = OTHER_COUNTRY_NAMES.get(re.sub(r"^the ", "", place))
    if not match or not code or country_words().get(match.group(1)) != code:
        return None
    return COUNTRY_NAME.get(code)


# countries' names, other names and demonyms by ISO code (countryinfo: tools/build_country_names.py)
_COUNTRY_NAMES = "country_names.tsv"
COUNTRY_NAME = data.mapping(_COUNTRY_NAMES, "canonical")  # "GBR" -> "united kingdom"
DEMONYMS = data.mapping(_COUNTRY_NAMES, "demonyms")  # "british" -> "GBR"
OTHER_COUNTRY_NAMES = data.mapping(_COUNTRY_NAMES, "names")  # "great britain" -> "GBR"


@lru_cache(maxsize=4096)
def iso_country_name(word: str, demonym: bool = True) -> Optional[str]:
    """The name of the country a country word stands for ("british", "great britain", "uk" ->
    "united kingdom"), where two sources agree: the countryinfo package's names and demonyms
    (``data/country_names.tsv``) and the actor dictionaries' country words give it one code. A
    word the one gives a territory or a constituent country ("welsh", "puerto rican") and the
    other its sovereign names no country here. Without ``demonym``, a people's word is none: a
    speaker called "Australian" alone is a newspaper or a person more often than the country."""
    code = country_words().get(word)
    if not code:
        return None
    told = (DEMONYMS.get(word) if demonym else None) or OTHER_COUNTRY_NAMES.get(word)
    if told is None and re.fullmatch(r"[a-z]{2,3}", word):
        told = iso_places.country_code(word)
    return COUNTRY_NAME.get(code) if told == code else None


def government_place(name: str) -> Optional[str]:
    """The place key of a body named only as a country's government ("the Zemblan government",
    "the government of Zembla", "Zembla's government"), however it was typed (a body, a group, a
    person, untyped): it speaks as the country itself (``place_key``). A government of anything
    else ("the federal government", "the Conservative government") is no country."""
    text = norm(re.sub(r"^(the|The)\s+", "", " ".join(name.split())))
    match = re.fullmatch(r"government of (?:the )?(.+)|(.+?)(?:'s)? government", text)
    country = match and (match.group(1) or match.group(2))
    if not country or country not in country_words() or iso_places.subdivision(country):
        return None
    return place_key(text)


@lru_cache(maxsize=4096)
def country_for_nationality(word: str) -> str:
    """The country a nationality word or an abbreviation names, by the actor dictionaries'
    country words: the "Russian government" speaks as Russia, the "US" as the United States.
    The country is the word of the same code that shares the longest beginning (four letters at
    least) with it, and not the word's plural or a longer name built on it ("American Samoa");
    an abbreviation's is the one whose initials it is. With no such word, or two alike, the
    word stays: no two countries are ever made one."""
    countries = country_words()
    code = countries.get(word)
    if not code:
        return word
    if named := iso_country_name(word):
        return named
    if re.fullmatch(r"[a-z]{2,3}", word):
        # an abbreviation is the country of that code whose initials it is: "us", "uk"
        spelled = [k for k, c in countries.items() if c == code and " " in k
                   and "".join(w[0] for w in k.split()) == word]
        return spelled[0] if len(spelled) == 1 else word

    def shared(other: str) -> int:
        n = 0
        while n < min(len(word), len(other)) and word[n] == other[n]:
            n += 1
        return n

    options = sorted((shared(k), k) for k, c in countries.items()
                     if c == code and k not in (word, word + "s")
                     and (not k.startswith(word + " ") or _first_word_of_country(word, k, code)))
    best = [k for n, k in options if n >= 4 and n == options[-1][0]] if options else []
    return best[0] if len(best) == 1 else word


def _first_word_of_country(word: str, name: str, code: str) -> bool:
    """A country's people called by the first word of its name ("Zemblan" of "Zemblan Arabia",
    as in "the Zemblan government") stand for it when that name is the country's own name in
    countryinfo (``COUNTRY_NAME``), not a longer name the dictionaries built on the word for
    another place of the same code. The caller has found ``name`` to open with ``word``."""
    return COUNTRY_NAME.get(code) == name


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:200] or "speaker"


# ---------------------------------------------------------------- people

@dataclass(frozen=True)
class _Parsed:
    given: Optional[str]  # None: surname only
    middle: tuple[str, ...]
    surname: str
    title_roles: tuple[str, ...]
    generation: str = ""  # "jr", "sr", "iii"; "" when the name has none


def _generation(member: Member) -> str:
    """The one generation suffix the member's names end with ("jr" of "Robert Dowd Jr."), ""
    when none does or two do. Issue 13 (branch r25-names, review)."""
    found = {norm(form.split()[-1]) for form in (member.name, *member.aliases) if len(form.split()) > 1}
    found &= GENERATION_SUFFIXES
    return found.pop() if len(found) == 1 else ""


def _places(member: Member) -> list[str]:
    return [f[2:] for f in member.comentions if f.startswith("l:")]


def _name_proper(name: str, member: Member, known: AbstractSet[tuple[str, ...]]) -> list[str]:
    """A person's name without the role or place a mention glued before it (resolve/people.py):
    a place the article names, or the words before a full name the record knows. A known name
    right after a title's "of" is whom the title serves ("Chief Technology Officer of Red Hat")."""
    places = {norm(p) for p in _places(member)}
    place_codes = {code for p in places if (code := place_country(p))}
    own = people.without_country_word(title_place_dropped(name, person_tokens(name)), country_words(), place_codes,
                                      known, gender_of, norm)
    linked = people.after_title_link(own)
    known_name = people.known_name_within(linked, known, lambda t: gender_of(t) is not None
                                          and norm(t) not in places, norm)
    return known_name if known_name != linked else people.without_place(own, places, norm)


def title_place_dropped(name: str, tokens: list[str]) -> list[str]:
    """A person's name without the country their title serves ("Prime Minister of Zembla Ann
    Lee" -> "Ann Lee"): words the dictionaries know as a country, right after the title's "of"
    or "for", are the title's, not a first name (some countries' names are first names too),
    when two words of name at least are left."""
    words = name.replace("\u00a0", " ").split()
    lead = words[:len(words) - len(tokens)]
    if not lead or norm(lead[-1]) not in people.TITLE_LINKS:
        return tokens
    for k in range(min(3, len(tokens) - 2), 0, -1):
        if norm(" ".join(tokens[:k])) in country_words():
            return tokens[k:]
    return tokens


def _parse(member: Member, known: AbstractSet[tuple[str, ...]] = frozenset()) -> _Parsed:
    # the longest form the article knows: "Rouhani" with alias "Hassan Rouhani" is a full name
    forms = sorted({member.name, *member.aliases}, key=lambda n: (-len(person_tokens(n)), n))
    own = person_tokens(member.name)
    tokens = own
    for form in forms:
        candidate = person_tokens(form)
        if candidate and own and _surname_key(candidate[-1]) == _surname_key(own[-1]):
            tokens = _name_proper(form, member, known)
            break
    title_roles = tuple(TITLE_WORDS.get(norm(t), norm(t))
                        for t in member.name.split()[: max(0, len(member.name.split()) - len(own))]
                        if norm(t) in TITLES)
    if len(tokens) < 2:
        return _Parsed(None, (), _surname_key(tokens[-1]) if tokens else "", title_roles)
    return _Parsed(norm(tokens[0]), tuple(norm(t) for t in tokens[1:-1]), _surname_key(tokens[-1]), title_roles,
                   _generation(member))


def _given_compatible(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _middle_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return all(_given_compatible(x, y) for x, y in zip(a, b, strict=False))


def _role_words(roles: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for role in roles:
        words.update(w for w in re.findall(r"[a-z]+", norm(role)) if w not in ROLE_STOPWORDS and len(w) > 2)
    return words


# a full name as clustered: (given, middle names, surname, generation suffix or "")
_NameKey = tuple[str, tuple[str, ...], str, str]


class _FullNames:
    """A cluster of full-name speakers, with what scoring a bare surname against it needs,
    computed once (a famous family holds thousands of speakers)."""

    def __init__(self) -> None:
        self.members: list[Member] = []
        self.keys: list[_NameKey] = []  # distinct ones

    def add(self, key: _NameKey, members: list[Member]) -> None:
        self.keys.append(key)
        self.members.extend(members)

    def fits(self, key: _NameKey) -> bool:
        given, middle, surname, generation = key
        return all(s == surname and _given_compatible(g, given) and _middle_compatible(m, middle)
                   and (not n or not generation or n == generation)  # "Jr." is never "Sr."
                   for g, m, s, n in self.keys)

    def generations(self) -> set[str]:
        return {k[3] for k in self.keys if k[3]}

    def summarize(self) -> None:
        roles = [r for m in self.members for r in m.roles]
        self.role_words = _role_words(roles)
        self.roles = {norm(r) for r in roles}
        self.affiliations = {norm(m.affiliation) for m in self.members if m.affiliation}
        self.affiliation_words = _role_words(self.affiliations)
        self.comentions: set[str] = set().union(*(m.comentions for m in self.members))
        self.surnames_by_article: dict[str, set[tuple[str, ...]]] = {}
        for m in self.members:
            self.surnames_by_article.setdefault(m.article_id, set()).add(tuple(person_tokens(m.name)[-1:]))
        self.surname_keys = {k[2] for k in self.keys}
        self.dates = sorted({d for d in (_day(m.published) for m in self.members) if d})

    def fit(self, member: Member, parsed: _Parsed) -> int:
        """How well a surname-only speaker fits: roles, affiliation, co-mentioned entities."""
        mine = _role_words(member.roles) | set(parsed.title_roles)
        score = len(mine & self.role_words)
        # the very same role ("President") says more than a shared word ("the president's brother")
        score += 3 * len(({norm(r) for r in member.roles} | set(parsed.title_roles)) & self.roles)
        if member.affiliation and norm(member.affiliation) in self.affiliations:
            score += 1
        elif mine & self.affiliation_words:  # "the Republican nominee" fits the Republican Party
            score += 1
        score += min(3, len(member.comentions & self.comentions))
        if _in_the_news(_day(member.published), self.dates):
            score += 1
        if member.type != "PERSON" and member.article_id in self.surnames_by_article:
            score += 5  # an untyped "Trump" in an article about Donald Trump is Donald Trump
        return score

    def kept_apart(self, member: Member) -> bool:
        """The member's own article names someone of this cluster with the very same surname as
        a different speaker ("Melania Trump" beside "Trump"): the extractor kept them apart. A
        spelling difference ("Erdoğan" beside "Erdogan") is the extractor missing a match."""
        return tuple(person_tokens(member.name)[-1:]) in self.surnames_by_article.get(member.article_id, ())


# how near in time a namesake must be named, before and after, to be "in the news at the time"
PERIOD_DAYS = 180


def _day(published: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _in_the_news(day: Optional[date], dates: list[date]) -> bool:
    """Named both before and after ``day``, within ``PERIOD_DAYS`` each: the one of that name in
    the news at the time. Once, or years apart, says nothing of the time."""
    if day is None:
        return False
    near = timedelta(days=PERIOD_DAYS)
    return any(day - near <= d <= day for d in dates) and any(day <= d <= day + near for d in dates)


def _honorific(member: Member) -> bool:
    words = member.name.split()
    return len(words) > 1 and norm(words[0]) in HONORIFICS


def _known_full_names(members: list[Member]) -> set[tuple[str, ...]]:
    """The full names of two or three words the family's speakers go by, normalised: what a
    longer mention ending with one of them is ("Scotland Nicola Sturgeon")."""
    known = set()
    for m in members:
        for form in (m.name, *m.aliases):
            tokens = people.without_place(person_tokens(form), _places(m), norm)
            if 2 <= len(tokens) <= 3:
                known.add(tuple(norm(t) for t in tokens))
    return known


def _one_that_fits(member: Member, parsed: _Parsed, candidates: list[tuple[int, _FullNames]]) -> Optional[int]:
    """The one person of a bare surname's name it can be: the only one known, or the only one
    its roles, affiliation and co-mentioned entities fit best. Two that fit alike, or none that
    fits at all ("a student named Wong" among three Wongs), and it stays a person of its own."""
    if len(candidates) == 1:
        return candidates[0][0]
    scored = sorted(((c.fit(member, parsed), i) for i, c in candidates), reverse=True)
    if len(scored) < 2 or scored[0][0] <= 0 or scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def _cluster_people(members: list[Member]) -> list[list[Member]]:
    known = _known_full_names(members)
    parsed = {m.key: _parse(m, known) for m in members}
    by_key: dict[_NameKey, list[Member]] = {}
    short: list[Member] = []
    for m in members:
        p = parsed[m.key]
        if p.given:
            by_key.setdefault((p.given, p.middle, p.surname, p.generation), []).append(m)
        else:
            short.append(m)

    # full names: most specific first so "Donald J. Trump" anchors before "D. Trump"
    def specificity(key: _NameKey) -> tuple[int, tuple[str, str, str], _NameKey]:
        given, middle, _, _ = key
        return (-len(middle) - (len(given) > 1), min(m.order for m in by_key[key]), key)

    clusters: list[_FullNames] = []
    for key in sorted(by_key, key=specificity):
        fits = [c for c in clusters if c.fits(key)]
        if not key[3] and len({g for c in fits for g in c.generations()}) > 1:
            fits = []  # "Robert Dowd" beside "Robert Dowd Jr." and "Robert Dowd Sr.": either, not told
        exact = [c for c in fits if any(k[0] == key[0] for k in c.keys)]
        chosen = exact[0] if exact else (fits[0] if len(fits) == 1 else None)
        if chosen is None:
            chosen = _FullNames()
            clusters.append(chosen)
        chosen.add(key, by_key[key])
    for c in clusters:
        c.summarize()

    # surname-only speakers join the best-fitting full-name cluster of their surname
    joined: list[list[Member]] = [[] for _ in clusters]
    orphans: dict[str, list[Member]] = {}
    for m in sorted(short, key=lambda m: m.order):
        p = parsed[m.key]
        candidates = [i for i, c in enumerate(clusters) if p.surname in c.surname_keys]
        if m.type == "PERSON":
            apart = {i for i in candidates if clusters[i].kept_apart(m)}
            if len(apart) < len(candidates):
                candidates = [i for i in candidates if i not in apart]
            elif not (len(candidates) == 1 and _honorific(m)):
                # "Trump" beside "Melania Trump" is someone else; "Dr Seager" beside "Sara Seager"
                # (the only one of that name, and only a title between them) is her
                candidates = []
        best = _one_that_fits(m, p, [(i, clusters[i]) for i in candidates])
        if best is not None:
            joined[best].append(m)
        else:
            orphans.setdefault(p.surname, []).append(m)
    return [c.members + extra for c, extra in zip(clusters, joined, strict=False)] \
        + [orphans[s] for s in sorted(orphans)]


# ---------------------------------------------------------------- the whole family

def _with_regnal_number(form: str, name: str) -> str:
    """A monarch's or pope's one name keeps its number ("Elizabeth II", "Benedict XVI"): without
    it the name is a bare first name. A surname's "II" ("John Smith II") is left out as before."""
    words = name.split()
    if " " not in form and len(words) >= 2 and re.fullmatch(r"[IVXL]+", words[-1]) \
            and norm(words[-2]) == norm(form):
        return f"{form} {words[-1]}"
    return form


def canonical_name(members: list[Member]) -> str:
    """The most common form among full names (people), ties to the longer then alphabetical."""
    person = bool(members) and looks_like_person(members[0].name, members[0].type)
    # a place is named as it speaks itself, not by those sent to speak for it
    members = [m for m in members if m.type != "GROUP" or not represented_place(m.name)] or members
    known = _known_full_names(members) if person else set()
    # a person's name without the role glued before it ("First Minister of Scotland Nicola Sturgeon")
    forms = Counter(_with_regnal_number(" ".join(_name_proper(m.name, m, known)), m.name)
                    if person and looks_like_person(m.name, m.type)
                    and _name_proper(m.name, m, known) else display_name(m.name, m.type) for m in members)
    if person and any(len(f.split()) >= 2 for f in forms):
        forms = Counter({f: n for f, n in forms.items() if len(f.split()) >= 2})
    # a spelled-out first name beats an initial ("Donald Trump" over "D. Trump"), then frequency
    return sorted(forms.items(), key=lambda fn: (len(fn[0].split()[0].rstrip(".")) == 1, -fn[1], -len(fn[0]),
                                                 fn[0]))[0][0]


def resolve_group(members: Iterable[Member], overrides: Iterable[Override] = (),
                  named: Optional[CountriesNamed] = None) -> list[Cluster]:
    """Cluster the members of one family group into entities, with their ids. ``named`` gives the
    countries an article's text names, for bodies whose country only the text tells
    (``orgs.cluster_orgs``)."""
    members = sorted(members, key=lambda m: m.order)
    persons = [m for m in members if looks_like_person(m.name, m.type)]  # not `people`: the module
    # bodies are resolved together, whatever their family: "AP" and "Associated Press" differ in name
    orgs = [m for m in members if not looks_like_person(m.name, m.type)
            and (family_of(m.name, m.type) or "").startswith("o:")]
    others: dict[tuple[str, str], list[Member]] = {}
    for m in members:
        family = family_of(m.name, m.type) or ""
        if not looks_like_person(m.name, m.type) and not family.startswith("o:"):
            # a place's speakers are one whatever typed them: "representatives from Zembla" (GROUP)
            others.setdefault(("GPE" if family.startswith("l:") else m.type, family), []).append(m)
    # a body named only by its office stays one per country, however its names were clustered
    bodies = cluster_orgs(orgs, named) + [others[k] for k in sorted(others)]
    groups = _cluster_people(persons) + [g for body in bodies for g in _bodies_by_country(body)]
    groups = _apply_overrides(groups, overrides)
    clusters = [Cluster(sorted(g, key=lambda m: m.order)) for g in groups if g]
    clusters.sort(key=lambda c: c.first)
    taken: Counter[str] = Counter()
    for c in clusters:
        base = ID_PREFIX[(family_of(c.members[0].name, c.members[0].type) or "u:")[:2]] + slug(c.name)
        taken[base] += 1
        c.id = base if taken[base] == 1 else f"{base}-{taken[base]}"
    return clusters


def _bodies_by_country(members: list[Member]) -> list[list[Member]]:
    """A body named only by its office ("Supreme Court") is one body per country: its speakers
    join across articles only where their country agrees (resolve/people.py)."""
    if not members or members[0].type not in ("ORG", "UNKNOWN") \
            or not people.generic_body(norm(display_name(members[0].name, members[0].type))):
        return [members]
    keys = [(m.article_id, people.country_of(m.affiliation, _places(m), norm) or dictionary_home(m))
            for m in members]
    return [[members[i] for i in group] for group in people.by_country(keys)]


def dictionary_home(member: Member) -> Optional[str]:
    """The country of a body named by an office of two words or more that the actor dictionaries
    give one country ("State Department", "Department of State": the United States), as its
    place key, where the speaker's article gives no affiliation and names no other place: a
    "Senate" (one word) or a "Health Ministry" (no country in the dictionaries) stays unknown, and
    so does the "State Department" of an article whose places are elsewhere, and a name the
    dictionaries write otherwise ("Department of Defence": Australia's, not the Pentagon)."""
    core = written_core(member.name)
    code = dictionary_country(core) if len(core.split()) >= 2 and not member.affiliation else None
    home = COUNTRY_NAME.get(code or "")
    places = {place_key(p) for p in _places(member)}
    return home if home and (not places or home in places) else None


def _has_name(member: Member, name: str) -> bool:
    return norm(display_name(member.name, member.type)) == norm(name) or norm(member.name) == norm(name)


def _apply_overrides(groups: list[list[Member]], overrides: Iterable[Override]) -> list[list[Member]]:
    for o in overrides:
        if o.kind == "merge" and o.name_b:
            a = [g for g in groups if any(_has_name(m, o.name_a) for m in g)]
            b = [g for g in groups if any(_has_name(m, o.name_b) for m in g)]
            if a and b:
                joined = [m for g in groups if g in a or g in b for m in g]
                groups = [g for g in groups if g not in a and g not in b] + [joined]
        elif o.kind == "split":
            result: list[list[Member]] = []
            for g in groups:
                out = [m for m in g if _has_name(m, o.name_a) and (not o.article_id or m.article_id == o.article_id)]
                rest = [m for m in g if m not in out]
                result.extend(x for x in (rest, out) if x)
            groups = result
    return groups


def linked_families(overrides: Iterable[tuple[Optional[str], Optional[str]]]) -> dict[str, str]:
    """Families joined by merges: family → the group's root (the smallest name, deterministic)."""
    parent: dict[str, str] = {}

    def find(f: str) -> str:
        while parent.get(f, f) != f:
            f = parent[f]
        return f

    for a, b in overrides:
        if a and b:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {f: find(f) for f in parent}
