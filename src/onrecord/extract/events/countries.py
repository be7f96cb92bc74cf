"""The countries of an event's parties and place (``coder.find_events`` asks each): the countries
an article names in text order (``_country_mentions``), the one it clearly leads with, the one a
party's own words or its sentence name (``_country_within``), a name's country that is no
evidence of the person (``_spurious_name_country``), a body's base or a flag carried that
names no country of the article (``based_place``, ``emblem_phrases``), a people's word of a state
and of another's dependency (``dependency_people``), plural people of several countries or met
abroad (``described_as_several``, ``guests_at_meeting``) or a surname that spells a nationality
(``surname_of_named``), a US state's legislator or a US state named like a country
(``state_not_country``), a state or county counted for its country (``subdivision_mentions``),
a government named by its ruler or after its leader (``ruled_by_person``, ``led_by_person``), what
a party was (``past_descriptions``), where a person was (``whereabouts``),
who is a person (``_a_person``) or several countries
(``several_countries``), where the event happened (``_location``) and the actor a passive with
no agent implies (``implied_actor``).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional, Sequence, TypeGuard

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract import doc_index
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.phrases import _after_dateline, _phrase, _words, bare_noun
from onrecord.extract.events.tables import (
    _TERRITORIES,
    NO_COUNTRY,
    US_STATES,
    Tables,
    code_actor,
    code_surname,
    word_key,
)
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.words import BODY_HEADS
from onrecord.model import EventParty, EventPlace

_WORDS = "event_words.txt"
# how many times as often as any other the article must name its main country for a party no
# words place to be taken as of it (``_leading_country``): read on the Wikinews dev half, the
# fallback was most often wrong where two countries were named about as often (a US senator's
# "I" in an article naming Turkey 18 times and Syria 16; a Kenyan runner where Austria and Kenya
# are named twice each) and right where one led by half again or more
MAIN_COUNTRY_LEAD = 1.5
_PLACE_NOUNS = data.words(_WORDS, "place_nouns")  # "a Syrian border town" (_a_place_description)
_PLACE_PREPS = data.words(_WORDS, "place_prepositions")
_UNSURE_STATES = data.words(_WORDS, "unsure_state_abbreviations")
_SCENE_KINDS = frozenset({"ASSAULT", "PROTEST"})  # acts whose place is where, not whom (``scene_of_act``)
_WORLDWIDE = data.words(_WORDS, "worldwide_modifiers")  # "world leaders", "international dignitaries"
_FOREIGN = data.words(_WORDS, "foreign_modifiers")  # "foreign dignitaries"
_PEOPLE = data.words(_WORDS, "people_nouns")
_SAYING = data.words(_WORDS, "saying_verbs")
_PERSONAL_PRONOUNS = data.words(_WORDS, "personal_pronouns")
_PERSON_RELATIVES = data.words(_WORDS, "person_relatives")
_STATE_NOUNS = data.words(_WORDS, "state_nouns")  # "nations", "governments": several countries
_COUNTERPARTS = data.words(_WORDS, "counterpart_nouns")  # "her counterpart" (``counterpart_country``)
_PRESS_STAFF = data.words(_WORDS, "press_staff_nouns")  # "a Reuters reporter" (``outlet_staff``)
_BASED = data.words(_WORDS, "base_participles")  # "London-based" (``based_place``)
_EMBLEMS = data.words(_WORDS, "emblem_nouns")  # "waving Kenyan flags" (``emblem_phrases``)
_PAST = data.words(_WORDS, "past_adverbs")  # "formerly a Greek church" (``past_descriptions``)
_THEATRES = data.words(_WORDS, "theatre_nouns")  # "a general in the war in Iraq" (``theatre_places``)
_RULED = data.words(_WORDS, "ruled_body_nouns")  # "the government of Ann Roe" (``ruled_by_person``)
_POLICE_HEADS = data.words(_WORDS, "police_force_heads")  # "Kent Police" (``police_force_country``)
_POLICE_BODIES = data.words(_WORDS, "police_body_nouns")  # "the Police Department"
# clauses that describe rather than report: a verb there is less likely the sentence's event
_SIDE_CLAUSES = {"relcl", "advcl", "acl", "pcomp", "csubj"}
_CLAUSES = _SIDE_CLAUSES | {"ccomp", "xcomp"}  # the clauses of a sentence (``_asides``, ``vote_shares``)


_OFFICES = data.mapping("national_offices.tsv")  # "foreign secretary": GBR (``national_office_country``)
_OFFICE_SIZE = max((len(k.split()) for k in _OFFICES), default=1)
# "foreign secretary": the other countries whose own office bears the title (``shared_office_sure``)
_SHARED_OFFICES = {k: frozenset(v.split()) for k, v in data.mapping("shared_offices.tsv").items()}


class ArticleCountries(set[str]):
    """The countries an article names (``_country_mentions``), as the set every party's coding
    asks (``named``), that also keeps the mentions in text order, so that an office's country
    can be weighed against the others that share its title (``national_office_country``)."""
    mentions: list[tuple[int, str]]

    def __init__(self, mentions: Sequence[tuple[int, str]]) -> None:
        super().__init__(c for _, c in mentions)
        self.mentions = list(mentions)


def national_office_country(words: Sequence[str], named: Optional[set[str]] = None,
                            near: Optional[set[str]] = None) -> Optional[str]:
    """The country an office or state body in a party's word keys (``tables.word_key``) names by
    itself (``national_offices.tsv``): "Foreign Secretary Ann Roe" and "the Home Secretary" are
    Britain's, "the Taoiseach" Ireland's, "the Riksdag" Sweden's, whatever country the article
    names most. With ``named`` (the countries the article names, ``_country_mentions``), only one
    of them; and a title a few countries give their own office ("Foreign Secretary" is also an
    Indian, a Pakistani, a Bangladeshi civil servant's: ``shared_offices.tsv``) only as
    ``shared_office_sure`` allows (``near``: the countries named in the holder's paragraph). The
    longest office phrase wins; None if none."""
    for size in range(min(_OFFICE_SIZE, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i:i + size])
            country = _OFFICES.get(key)
            if country is None:
                continue
            if named is None:
                return country
            if country not in named:
                return None
            sharers = _SHARED_OFFICES.get(key)
            return country if sharers is None or shared_office_sure(country, sharers, named, near) else None
    return None


def shared_office_sure(country: str, sharers: frozenset[str], named: set[str], near: Optional[set[str]]) -> bool:
    """Whether a holder of a title several countries use ("the Home Secretary": Britain's, India's,
    Pakistan's, ...) is of the country the office table gives (``national_office_country``): that
    country must be the article's clear lead (``_leading_country``) or be named in the holder's
    own paragraph (``near``), and no country sharing the title may be named as often as it. An
    India–Pakistan story that says both "were once ruled by Britain", or a Bangladesh story where
    "Britain urged restraint", names Britain in passing: its Foreign or Home Secretary is no
    Briton. Without the article's mentions (a bare set) nothing is sure."""
    if not isinstance(named, ArticleCountries):
        return False
    counts = _country_counts(list(named.mentions))
    if any(counts.get(other, 0) >= counts.get(country, 0) for other in sharers):
        return False
    return _leading_country(list(named.mentions)) == country or (near is not None and country in near)


def paragraph_countries(doc: Doc, token: Token, named: Optional[set[str]]) -> Optional[set[str]]:
    """The countries the article names (``ArticleCountries``) within the paragraph of ``token``
    (paragraphs end at a line break): where an office holder's country may be named beside them
    (``shared_office_sure``)."""
    if not isinstance(named, ArticleCountries):
        return None
    text = doc_index.text(doc)  # joined once a Doc: ``doc.text`` joins every token on each call
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    return {c for _, c in _countries_between(named.mentions, start, end)}


def office_ruled_out(words: Sequence[str], guessed: Optional[str], tables: Tables) -> bool:
    """Whether a party's words (its phrase, its resolved entity's roles and affiliation) name an
    office of another country than the one it was given (``national_office_country`` without the
    article's countries), and no other words of theirs name a country (``code_actor``): "the Home
    Secretary" in an article that names the United States most and Britain never is still no
    American, so the article's country is a wrong guess; "the Indian Foreign Secretary" is
    India's by its own words. Such a party is given no country rather than the guess; but not
    where the guessed country also uses the title (``office_shared_by``: "the Home Secretary" in
    an India story stays India's)."""
    office = national_office_country(words)
    return office is not None and _a_country(guessed) and office != guessed \
        and not office_shared_by(words, guessed) and code_actor(list(words), tables)[0] is None


def office_shared_by(words: Sequence[str], country: Optional[str]) -> bool:
    """Whether an office title among a party's word keys is one the given country also uses for
    its own office (``shared_offices.tsv``): "the Home Secretary" in an India
    story is India's as readily as Britain's, so India, given by the article, is not ruled out
    (``office_ruled_out``)."""
    return country is not None and any(
        country in sharers and key.split() == list(words[i:i + len(key.split())])
        for key, sharers in _SHARED_OFFICES.items() for i in range(len(words)))


def worldwide(party: Token) -> bool:
    """"Met with world leaders", "appealed to world powers", "to meet international dignitaries": a
    party the words place in the whole world, of many countries (``[worldwide_modifiers]``),
    takes none from the article (not its leading country); nor do people said to be of another
    country ("met foreign dignitaries in Nairobi": not Kenya's, ``[foreign_modifiers]``)."""
    foreign = _WORLDWIDE | (_FOREIGN if party.lemma_.lower() in _PEOPLE else frozenset())
    if any(t.lower_ in foreign and t.dep_ in ("compound", "amod", "poss") and t.ent_type_ == ""
           for t in party.children):  # not a name's "World" ("the World Trade Center", "the World Bank")
        return True
    return sent_by_many(party)


def sent_by_many(party: Token) -> bool:
    """People said to come from the whole world or from several countries: "envoys from six
    world powers", "delegates of many nations" (``worldwide``, ``several_countries`` of the
    object of their "from" or "of"): of no one country, not of the place they meet in ("met in
    Vienna with envoys from six world powers" is not Austria's)."""
    return any(p.dep_ == "prep" and p.lower_ in ("from", "of") and (worldwide(g) or several_countries(g))
               for p in party.children for g in p.children if g.dep_ == "pobj")


def described_as_several(party: Token, countries: list[tuple[int, str]]) -> bool:
    """A plural party named by a common noun alone ("the ministers", "the delegates") that the
    article last named with the words of several countries ("foreign ministers from Peru, Chile
    and Ghana met in Lima. [...] The ministers condemned ..."): people of several countries,
    which no one country codes; never the country they met in, which their sentence or the
    article may name more often than any of theirs. The last earlier mention of the same noun
    whose own words name a country decides: one that names a single country ("the Peruvian
    ministers") gives them that reading, not this one."""
    if party.tag_ != "NNS" or party.pos_ != "NOUN":
        return False
    if not bare_noun(party):
        return False
    places = doc_index.lemma_positions(party.doc).get(party.lemma_.lower(), [])
    for i in reversed(places[:bisect_left(places, party.left_edge.i)]):  # the same noun before it
        word = party.doc[i]
        if word.tag_ != "NNS":
            continue
        named = {c for _, c in _countries_between(countries, word.left_edge.idx,
                                                   word.right_edge.idx + len(word.right_edge))}
        if named:
            return len(named) > 1
    return False


def unknown_place_party(party: Token, tables: Tables) -> bool:
    """A party named after a place the dictionaries do not know: a capitalised modifier before
    its noun that codes no country and is tagged no person, body or work ("Azerbaijan claimed to
    have killed about 2,300 Artsakh soldiers"; not "Trump supporters", "Texas police"). Such a
    party is of that place, which may lie in any country: it is given none rather than the
    article's leading country (an article mostly on the United States does not make the soldiers
    of a war in the Caucasus American)."""
    return any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < party.i
               and c.ent_type_ in ("", "GPE", "LOC", "NORP") and c.text[:1].isupper()
               and code_actor(_words(party.doc[c.left_edge.i:c.i + 1]), tables)[0] is None for c in party.children)


def ruled_by_person(party: Token) -> Optional[Span]:
    """The person whose government a party is named as: "the government of Ann Roe", "the regime
    of Joe Poe" (``[ruled_body_nouns]`` with "of" and a person's name); None otherwise. Such a
    body is of that person's country, which the name's dictionary entry or the article's
    description of the person gives (``parties._party``); never the country its sentence or
    the article names most, which is as often the side that backs or fights that government
    ("Ruritania backed the government of Ann Roe against the rebels" is no Ruritanian
    government): where the person's country is unknown, none."""
    if party.lemma_.lower() not in _RULED:
        return None
    for prep in party.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            name = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if name is not None and name.ent_type_ == "PERSON":
                return doc_index.entity_at(party.doc, name.i)
    return None


def led_by_person(party: Token) -> Optional[Span]:
    """The person a body is named after as its head: "Ann Roe's government", "the Roe
    administration" (``[ruled_body_nouns]`` with a person's name as its possessive or
    compound); None otherwise. Such a body is of that person's country, which the name's
    dictionary entry or the article's description of the person gives (``parties._party``).
    Unlike "the government of Ann Roe" (``ruled_by_person``), a person the article does not
    place leaves the usual reading of the party: "the Roe administration" of a state's governor
    is as often the article's own country."""
    if party.lemma_.lower() not in _RULED:
        return None
    for child in party.children:
        if child.dep_ not in ("poss", "compound") or child.i > party.i:
            continue
        if child.ent_type_ == "PERSON":
            return doc_index.entity_at(party.doc, child.i)
        if child.pos_ == "PROPN" and any(len(e) > 1 and e[-1].lower_ == child.lower_
                                         for e in doc_index.ents_labelled(party.doc, "PERSON")):
            return party.doc[child.i:child.i + 1]  # "Roe's government" tagged a body after "Ann Roe"
    return None


def counterpart(party: Token) -> bool:
    """A party named as the actor's opposite number: "met her counterpart", "talks with their
    counterparts" (``[counterpart_nouns]``)."""
    return party.lower_ in _COUNTERPARTS


def counterpart_country(party: Token, countries: list[tuple[int, str]]) -> Optional[str]:
    """The country of the actor's opposite number, taken only from the counterpart's own words:
    a word before it ("her Brazilian counterpart", "Peru's counterpart"), the object of its
    "from" or "of" ("her counterpart from Brazil") or its apposition ("his counterpart, Peru's
    Ana Lima"); not from a clause on it ("who flew in from Seoul"), nor from anything else in the
    sentence: the place of the meeting ("met his counterpart in Manila"), the topic of the talks
    ("a conference on Sudan") and the other parties met ("and with Spanish officials") say
    nothing of whose counterpart it is. Else no country: a counterpart is of another side than
    the actor's, so the sentence's or the article's leading country, most often the actor's,
    would be a wrong guess (``coder`` sets no other country on it)."""
    own: list[Token] = []
    for child in party.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            own += list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("from", "of"):
            own += [t for g in child.children if g.dep_ == "pobj" for t in _own_words(g)]
        elif child.dep_ == "appos":
            own += _own_words(child)
    spans = [(t.idx, t.idx + len(t)) for t in own]
    return next((code for at, code in countries if any(a <= at < b for a, b in spans)), None)


def _own_words(head: Token) -> list[Token]:
    """A noun's phrase without the clauses, further parties and places hung on it ("Brazil,
    who is visiting Lisbon", "Brazil and Spanish officials"): the words that say who it is."""
    out = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "conj", "cc", "prep", "appos", "punct", "advcl"):
            out += _own_words(child)
    return out


def other_met_parties(verb: Token, met: Token) -> list[tuple[int, int]]:
    """The offsets of the parties a verb of meeting names beside the one it is coded with: "met
    with her counterpart from Brazil and with Spanish officials" also met Spanish officials,
    who say nothing of whose minister met them (the actor is no Spaniard for all the sentence
    says). Another "with" of the verb, or a party joined to ``met`` by "and"."""
    others = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
              for q in (p, *p.conjuncts) for g in q.children if g.dep_ == "pobj" and g is not met]
    others += list(met.conjuncts)
    return [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in others]


def outlet_staff(party: Token, tables: Tables) -> bool:
    """A party named as the staff of a news outlet its words name by a name the dictionaries do
    not place ("a Wirelane reporter", "two Channel Nine journalists", "Daily Post photographer Ann
    Roe": ``[press_staff_nouns]`` with a capitalised name before them). The press report from
    abroad as often as at home: the country their sentence names or the article is about is
    where they work, no evidence of their own, and they are given none rather than that guess.
    Not a party whose own words name a country ("a Kenyan reporter", "a Radio Moscow
    correspondent"), which keeps it."""
    span = _phrase(party)
    for word in span:
        if word.lemma_.lower() in _PRESS_STAFF and any(
                c.dep_ in ("compound", "poss", "nmod") and c.i < word.i and c.pos_ == "PROPN"
                and c.text[:1].isupper() and c.ent_type_ not in ("GPE", "NORP", "LOC") for c in word.children):
            return code_actor(_words(span), tables)[0] is None
    return False


def us_state_country(affiliation: Optional[str]) -> Optional[str]:
    """USA for an affiliation that is a US state as news marks a legislator ("R-Ky.", "D-S.C.",
    "R-Texas", "D-CA": ``tables.US_STATES``): "Sen. Rand Paul (R-Ky.)" is of the United States, not of
    the country the sentence names ("released a plan on Syria"). Only the whole affiliation
    counts. Any form with a party letter; without one (the speaker reader keeps "Calif." of
    "R-Calif.") only a news abbreviation with its dot, and not one that is also another word's
    (``unsure_state_abbreviations``: "Ind." is an independent lawmaker of any country); "SD" or
    "Texas" alone says nothing of anyone."""
    if not affiliation:
        return None
    raw = affiliation.strip().strip("()")
    party, dash, state = word_key(raw).partition("-")
    if not dash:
        party, state = "", party
        if not raw.endswith(".") or state in _UNSURE_STATES:
            return None
    return "USA" if state.strip() in US_STATES and party.strip() in ("", "r", "d", "i") else None


def _spurious_name_country(name: list[str], tables: Tables, named: Optional[set[str]] = None) -> Optional[str]:
    """The country the dictionary gives a person's name by words that say nothing of the person:
    its given names alone ("Albert" is Monaco's prince, not every Albert), one word it knows as
    a place or country only, with no sector ("Valeska Paris", "Michael Jordan"), or, where the
    countries the article names are known (``named``), one word it knows as a leader of a
    country the article does not name ("Gov. Maggie Hassan" is not Jordan's King Hassan: a
    surname is shared by many, as for ``_leader_country``); None if none."""
    if len(name) < 2:
        return None  # a name of one word may be a place the parse took for a person: "Azerbaijan"
    given = code_actor(name[:-1], tables)[0]
    if given is not None:
        return given
    country, sector = code_actor(name, tables)
    if country is None:
        return None
    multiword = any(" ".join(name[i:j]) in tables.names for i in range(len(name)) for j in range(i + 2, len(name) + 1))
    if multiword:
        return None
    if sector is None:
        return country
    return country if named is not None and _a_country(country) and country not in named else None


def implied_actor(token: Token, doc: Doc, tables: Tables, countries: list[tuple[int, str]],
                  fallback: Optional[str]) -> Optional[EventParty]:
    """The actor PLOVER codes for an agentless passive ("X was arrested in Cairo"): the state of
    the place it happened in (the place's words), else of the country the victim's sentence or
    article gives (``fallback``); None when no country is known."""
    place = _location(token, None, doc, tables, countries)
    if place is not None and _a_country(place.country):
        return EventParty(place.text, place.start, place.end, country=place.country)
    if _a_country(fallback):
        return EventParty("", token.idx, token.idx, country=fallback)
    return None


def _implied_country(victim: Token, sent: Span, countries: list[tuple[int, str]],
                     victim_country: Optional[str]) -> Optional[str]:
    """The state that most likely acted on the victim of an agentless passive, when no place is
    named. A victim whose own words name a country: a country its sentence names outside them,
    else the one the article names most outside them, never that nationality ("a British tanker
    was seized" was not seized by Britain; "two Iranian diplomats were arrested, German police
    said"); any other keeps the country it was coded to ("Aristide was accused": most often by
    his own country)."""
    own = (victim.left_edge.idx, victim.right_edge.idx + len(victim.right_edge))
    if not any(t.ent_type_ in ("GPE", "NORP") for t in victim.subtree):  # not a person's own name
        return victim_country
    for offset, country in _countries_between(countries, sent.start_char, sent.end_char):
        if not own[0] <= offset < own[1]:
            return country
    outside = [(o, c) for o, c in countries if not own[0] <= o < own[1]]
    return _main_country(outside) if outside else None


def _a_place(word: Token) -> bool:
    """A place or a people: so tagged, or a name the dictionaries give a country ("Belgorod",
    which the tagger may read as a body); not a date nor a building ("Crocus City Hall")."""
    if word.ent_type_ in ("GPE", "LOC", "NORP"):
        return True
    if word.pos_ != "PROPN" or word.ent_type_ in ("DATE", "TIME", "FAC"):
        return False
    return _a_country(_code_up_to(word)[0])


def _code_up_to(word: Token) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) the dictionaries give the words of ``word``'s phrase up to ``word``
    ("the UN", "Belgorod"), leaving out what follows it ("of the city")."""
    return code_actor([word_key(t.text) for t in _phrase(word) if t.i <= word.i], event_tables.load())


def _plainly_a_country(place: str) -> bool:
    """A place name ISO 3166 (pycountry) knows as a country and not also as a state or province
    ("Kenya"; not "Georgia"), as the resolver asks of "representatives from X"."""
    return _iso_country(place) and not iso_places.subdivision(place)


def _a_country(code: Optional[str]) -> TypeGuard[str]:
    """A country's code, not that of a kind of actor that has none (IGO, NGO, IMG, MNC)."""
    return code is not None and code.isalpha() and code not in NO_COUNTRY


def _unsure_subject_pronoun(token: Token, countries: list[tuple[int, str]], main_country: Optional[str],
                            last: Optional[str]) -> bool:
    """Whether a "he" or "she" of no said country, the subject of its clause, after a place its
    own sentence names, has no country to take: the place named last ("Obama's press conference
    in Turkey, when he refused"; "Speaking in Kenya's parliament, he criticized") and the
    country the article is about (``_leading_country``) disagree, and either may be wrong. Not
    "him" or "her" ("Syrian troops later freed him" keeps the country named last)."""
    return (token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass") and main_country is not None
            and last is not None and last != main_country
            and bool(_countries_between(countries, token.sent.start_char, token.idx)))


def _country_mentions(doc: Doc, tables: Tables) -> list[tuple[int, str]]:
    """(offset, ISO3) of every country named in the text, in order: places ("curfew in Algiers"
    is often tagged LOC), nationalities, bodies, and leaders the dictionaries know by surname
    when the article names their country otherwise (``_leader_country``)."""
    named: list[tuple[int, str]] = []
    places: dict[int, str] = {}  # the names of places among them, by offset (``state_not_country``)
    sentences: dict[int, tuple[int, int]] = {}  # and the (start, end) offsets of their sentences
    surnames: list[tuple[int, str]] = []
    peoples: dict[int, list[str]] = {}  # the words of mentions by a people's word of two readings
    towns, inside = _place_surnames(doc, tables)
    ents = [e for e in doc_index.ents(doc) if e.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON")
            and not (e.label_ in ("GPE", "LOC") and (e.start in inside or e.text.lower() in towns))
            and not (e.label_ == "NORP" and surname_of_named(e.root) is not None) and not based_place(e)]
    # ("Valeska [Paris] ... Paris claims"; not "Rep. Steve Israel ... Israel's cabinet")
    # the countries named other than by a person's name, which a name's word is checked against
    words = [_words(e) for e in ents]  # each entity's words and coding, read once
    coded = [code_actor(w, tables) for w in words]
    others = {c for e, (c, _) in zip(ents, coded, strict=True) if e.label_ != "PERSON" and c}
    for ent, ent_words, (country, sector) in zip(ents, words, coded, strict=True):
        if ent.label_ == "PERSON" and country == _spurious_name_country(ent_words, tables, others):
            country = None  # "Albert Sufianov", "Valeska Paris", "Gov. Maggie Hassan" name no country
        if ent.label_ == "PERSON" and sector is None and surname_of_named(ent.root) is not None:
            country = None  # "Michael Jordan ... Jordan said": a surname alone, not the country it spells
        if _a_country(country):
            named.append((ent.start_char, country))
            if any(w in event_tables.dependency_peoples() for w in ent_words):
                peoples[ent.start_char] = list(ent_words)
            if ent.label_ in ("GPE", "LOC"):
                places[ent.start_char] = ent.text
                sentences[ent.start_char] = (ent.sent.start_char, ent.sent.end_char)
        elif country is None and ent.label_ == "PERSON":
            surnames.append((ent.start_char, ent[-1].text))
    emblems = emblem_phrases(doc)  # "waving Kenyan flags"
    named = [(o, c) for o, c in named if not any(start <= o < end for start, end in emblems)]
    counts = _country_counts(named)  # "Samoan" in an article on the United States: American Samoa's
    named = [(o, (dependency_people(peoples[o], c, counts) if o in peoples else None) or c) for o, c in named]
    named = state_not_country(named, places, sentences)
    found = {c for _, c in named}
    leaders = [(o, c) for o, s in surnames for c in [_leader_country(s, tables, found)[0]] if _a_country(c)]
    return sorted(named + leaders)


def subdivision_mentions(doc: Doc, tables: Tables) -> list[tuple[int, str]]:
    """(offset, ISO3) of the states, provinces and counties the article names that the actor
    dictionaries give no country and ISO gives one (``iso_places.named_subdivision_country``:
    "Oxfordshire" is Britain's, "Ontario" Canada's; "Punjab", of India and of Pakistan, none).
    An article on an arrest in an English county names the county and not always its country,
    and may name another country more often (an artwork's title, a newspaper, a past visit):
    counted as mentions of their country only where the article's leading country is decided
    (``find_events``), never as a country a party's sentence names, since a state says nothing
    of who a party is ("a senator from Ohio" is coded by the dictionaries; "Ohio" alone names no
    actor); how they count is ``article_leading_country``'s."""
    out = []
    towns, inside = _place_surnames(doc, tables)
    for ent in doc_index.ents(doc):
        if ent.label_ not in ("GPE", "LOC") or ent.start in inside or ent.text.lower() in towns:
            continue  # "Valeska Paris": a person's surname, no place
        if code_actor(_words(ent), tables)[0] is not None:
            continue  # a country or a place the dictionaries know: counted by ``_country_mentions``
        country = iso_places.named_subdivision_country(ent.text)
        if country is not None:
            out.append((ent.start_char, country))
    return out


def police_force(party: Token) -> bool:
    """Whether ``party`` heads a police force: "police", "Kent Police", "the constabulary", "the
    Metro Police Department", "the Police Service" (not "a police officer", one person, nor
    "police reform", a thing)."""
    if party.lower_ in _POLICE_HEADS:
        return party.dep_ != "compound"
    return party.lemma_.lower() in _POLICE_BODIES and any(t.lower_ == "police" for t in _phrase(party))


def police_force_country(party: Token, doc: Doc, tables: Tables, named: set[str]) -> Optional[str]:
    """The country of a police force (``police_force``) its own words name no country for. A force
    is named for the place it serves ("Kent Police", "Victoria Police", "the Ontario Provincial
    Police"): a state, province or county ISO gives to one country (``named_subdivision_country``)
    is that country's, unless the article places it elsewhere (``_force_name_holds``: towns
    across the world share those names). Else a force works where it is based, in the article's
    own events: where every state, province or county the article names (``subdivision_mentions``,
    besides the force's own name) is of one country, and the article names that country too
    (``named``; towns share names with subdivisions elsewhere), the force is of it ("a palace in
    Oxfordshire, England ... Police arrested a man" is an English force, whatever other
    countries an artwork's title, a newspaper or a price names). None otherwise: no guess from
    the country the article names most."""
    if not police_force(party):
        return None
    words = [t for t in _phrase(party) if t.i < party.i and t.text[:1].isupper() and t.lower_ not in _POLICE_HEADS
             and t.pos_ == "PROPN"]
    name = " ".join(t.text for t in words)
    text = doc_index.text(doc)
    elsewhere = [(o, c) for o, c in subdivision_mentions(doc, tables) if not name or text[o:o + len(name)] != name]
    own = iso_places.named_subdivision_country(name) if name else None
    if own is not None and _force_name_holds(party, own, elsewhere, named, tables):
        return own
    places = {country for _, country in elsewhere}
    if len(places) == 1 and next(iter(places)) in named:
        return next(iter(places))
    return None


def _force_name_holds(party: Token, own: str, elsewhere: list[tuple[int, str]], named: set[str],
                      tables: Tables) -> bool:
    """Whether a force is of the country its name's place is in (``own``): not where the article
    names a state, province or county of another country (``elsewhere``: "a man in Kent,
    Washington", "York, Pennsylvania"), nor where the force's own sentence names another country
    ("arrested a man in Victoria, British Columbia, Canada"); and a "Police Department", a form
    of North America's, only where the article names that country (``named``)."""
    if party.lemma_.lower() == "department" and own not in named:
        return False
    if any(country != own for _, country in elsewhere):
        return False
    sentence = [code_actor(_words(e), tables)[0] for e in doc_index.ents_in(party.sent) if e.label_ in ("GPE", "LOC")]
    return not any(_a_country(c) and c != own for c in sentence)


def dependency_people(words: Sequence[str], country: Optional[str], counts: dict[str, int]) -> Optional[str]:
    """The country of a party or mention coded by a people's word that is both an independent
    state's and a dependency's (``tables.dependency_peoples``: "Samoan" of Samoa and of American
    Samoa): the dependency's sovereign where the article names it more often than the state
    ("the Samoan delegate to Congress" in an article on the United States' territories), as a
    state's name is read in ``state_not_country``; else the state's."""
    peoples = event_tables.dependency_peoples()
    for word in words:
        sovereign = peoples.get(word)
        if sovereign is not None and country != sovereign and counts.get(sovereign, 0) > counts.get(country or "", 0):
            return sovereign
    return country


def based_place(name: Span) -> bool:
    """A place named as where a body sits: "the London-based Syrian monitor", "a Geneva-based
    rights group" (``[base_participles]`` after a hyphen). It says where the body works from,
    not whom it serves, and nothing of the other parties its sentence names: "a London-based
    monitor said the army shelled the town" is no British town, nor does the city a source
    reports from make the article about that country. Left out of the countries an article
    names; the body's own words are coded on their own (``code_actor``). Not a country's name
    ("a US-based software company"): that is the body's nationality, as "an American company"."""
    doc = name.doc
    return name.end + 1 < len(doc) and doc[name.end].text == "-" and doc[name.end + 1].lower_ in _BASED \
        and not _iso_country(name.text)


def guests_at_meeting(party: Token, kind: str, token: Token, target: Optional[Token], doc: Doc,
                      tables: Tables, countries: list[tuple[int, str]]) -> bool:
    """Plural people of no named country who meet somewhere the words name: "Foreign ministers of
    the Gulf states met in Riyadh", "Delegates gathered in Vienna for talks" (a meeting, CONSULT,
    whose place, ``_location``, is of a known country). The place is the host's; the guests
    are as often of other countries, and are given none rather than the host's, which their
    sentence or article may name more than any of theirs. Not one person, nor a group whose
    own words place it ("Saudi ministers")."""
    if kind != "CONSULT" or party.tag_ != "NNS" or party.pos_ != "NOUN" or _a_person(party):
        return False
    place = _location(token, target, doc, tables, countries)
    return place is not None and _a_country(place.country)


def state_not_country(named: list[tuple[int, str]], places: dict[int, str],
                      sentences: Optional[dict[int, tuple[int, int]]] = None) -> list[tuple[int, str]]:
    """The countries named (offset, code), with a name that is both a country's and another
    country's state (``places``: the name at each offset; "Georgia" is a country and a US state)
    read as that state's country where the article names that country more often than the other
    ("the primary debate in Georgia" in an article on American politics is the state, not the
    country of Tbilisi). Not where its sentence (``sentences``: its offsets, by the name's)
    names a third country: "Russian troops attacked soldiers in Georgia" is news between
    countries, of the country, however often the article names the United States."""
    counts = _country_counts(named)
    out = []
    for offset, country in named:
        name = places.get(offset)
        state_of = iso_places.subdivision_country(name) if name else None
        if state_of is not None and state_of != country and iso_places.country_code(name) is not None \
                and counts.get(state_of, 0) > counts.get(country, 0) \
                and not _third_country_beside(named, (sentences or {}).get(offset), {state_of, country}):
            country = state_of
        out.append((offset, country))
    return out


def _third_country_beside(named: list[tuple[int, str]], sentence: Optional[tuple[int, int]],
                          either: set[str]) -> bool:
    """Whether a sentence (its offsets) names a country other than ``either`` of the two a name
    may be read as (``state_not_country``)."""
    if sentence is None:
        return False
    return any(code not in either for _, code in _countries_between(named, *sentence))


def _place_surnames(doc: Doc, tables: Tables) -> tuple[set[str], set[int]]:
    """Places the article uses as a person's surname: (the words, lower case, of towns and cities
    so used; the first tokens of the places the parse tagged inside a person's name). A place
    used so is the last word of a person's name that the dictionaries know as a place only
    ("Valerie Paris"), or a place of one word the parse tagged right after a given name
    ("Valeska Paris", "Eliza Jordan"), one in no entity or itself taken for a place the
    dictionaries know nothing of. A town's or city's mentions alone ("Paris claims") are most
    often that person again: an article on Valeska Paris names no French actor. A country's
    ("Rep. Steve Israel ... Israel's cabinet met") are the country: only the words inside the
    person's name are discounted (``_iso_country``)."""
    words: set[str] = set()
    inside: set[int] = set()
    for ent in doc_index.ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            country, sector = code_actor([word_key(ent[-1].text)], tables)
            if _a_country(country) and sector is None and not _iso_country(ent[-1].text):
                words.add(ent[-1].text.lower())
        if ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent.start > 0:
            given = doc[ent.start - 1]
            alone = given.ent_iob_ == "O" or (given.ent_iob_ == "B"
                                              and code_actor([word_key(given.text)], tables) == (None, None))
            if alone and given.pos_ == "PROPN" and given.is_title and gender_of(given.text):
                inside.add(ent.start)
                if not _iso_country(ent.text):
                    words.add(ent.text.lower())
    return words, inside


def _iso_country(place: str) -> bool:
    """A name ISO 3166 (pycountry) knows as a country ("Israel", "Jordan"; not "Paris")."""
    return iso_places.country_code(place) is not None


def _leader_country(surname: str, tables: Tables, named: set[str]) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a leader the dictionaries know by surname ("Kagame"), when the
    article names that country otherwise: a surname is shared by many ("Ginsburg" is not Costa
    Rica's, nor "De La Fuente" Peru's), an article on a leader names their country."""
    country, sector = code_surname(surname, tables)
    if _a_country(country) and country not in named:
        return None, None
    return country, sector


def _country_within(token: Token, countries: list[tuple[int, str]], sent: Span,
                    target: Optional[EventParty], skipped: Sequence[tuple[int, int]] = (),
                    beside: Optional[Token] = None, own_only: bool = False) -> Optional[str]:
    """The country a party's own words name, else (unless ``own_only``: a person, ``_a_person``)
    the first its sentence names outside the other party (``target``, and the parties joined to
    it, ``beside``: "mediated an agreement between Japan and Russia" names no country of the
    mediator) and outside the ``skipped`` offsets (the reporter's words, ``_reporter``; clauses
    that say nothing of the party, ``_asides``)."""
    # ``countries`` is in text order: bisection finds the ones in a range without scanning
    # every country of the article for every event
    inside = _countries_between(countries, token.left_edge.idx, token.right_edge.idx + 1)
    past = past_descriptions(token) + dateline(sent) + (whereabouts(token) + theatre_places(token)
                                                        + doers_on_party(token) if own_only else [])
    inside = [(o, c) for o, c in inside if not any(start <= o < end for start, end in past)]
    if inside:
        return inside[0][1]
    if own_only:
        return None
    others = [(target.start, target.end), *skipped] if target else list(skipped)
    if beside is not None:
        others.append((beside.idx, beside.right_edge.idx + len(beside.right_edge)))
    others += _descriptions_of_others(sent, token)
    for offset, country in _countries_between(countries, sent.start_char, sent.end_char):
        if not any(start <= offset < end for start, end in others):
            return country
    return None


def whereabouts(person: Token) -> list[tuple[int, int]]:
    """The offsets of the phrases that say where a person was, hung on their name by a place's
    preposition (``[place_prepositions]``: "killed General Ivo Roe in Mali", "Ann Roe at the
    summit in Lima"): the parse often attaches the event's place to the name, and that place is
    where the person was struck, met or spoke, not their country. Left out of a person's own
    words (``_country_within`` with ``own_only``); "of" and "from" ("Ann Roe of Ghana") still
    say whose they are."""
    return [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in person.children
            if p.dep_ == "prep" and p.i > person.i and p.lower_ in _PLACE_PREPS]


def past_apposition(appos: Token) -> bool:
    """An apposition that says what its noun was, not what it is: its head modified by a
    ``[past_adverbs]`` word ("formerly a Ruritanian church"; ``past_descriptions``)."""
    return any(a.dep_ == "advmod" and a.lower_ in _PAST for a in appos.children)


def past_descriptions(party: Token) -> list[tuple[int, int]]:
    """The offsets of what a party's apposition says it was, not what it is: "Hagia Roe,
    formerly a Ruritanian church and now a museum", "the hall, once a Freedonian embassy" (an
    apposition whose noun a ``[past_adverbs]`` word modifies). The country those words name is
    the building's or body's past, not its country now: left out of the party's own words
    (``_country_within``), which then name none."""
    out = []
    for appos in (c for c in party.children if c.dep_ == "appos"):
        if past_apposition(appos):
            # the noun and what hangs on it, not what it is now ("and now a museum")
            words = [appos, *(t for c in appos.children if c.dep_ not in ("cc", "conj", "punct") for t in c.subtree)]
            last = max(words, key=lambda t: t.i)
            out.append((min(t.idx for t in words), last.idx + len(last)))
    return out


def theatre_places(party: Token) -> list[tuple[int, int]]:
    """The offsets of the places a party's words name as where a war or a mission it served in
    was fought (``[theatre_nouns]`` followed by "in": "David Roe, who led troops through the wars
    in Zorbia and Vetland", "a veteran of the war in Syria", "commander of the mission in
    Mali"): the theatre is where they served, not whose they are; left out of a party's own
    words (``_country_within``) and of how the article describes a person (``parties._people``).
    "A minister in the Iraqi government", "a colonel in Iran's Quds Force" still say whose."""
    out = []
    for word in party.subtree:
        if word.pos_ == "NOUN" and word.lemma_.lower() in _THEATRES:
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "in"):
                out.append((prep.idx, prep.right_edge.idx + len(prep.right_edge)))
    return out


def doers_on_party(party: Token) -> list[tuple[int, int]]:
    """The offsets of the "by" phrases of the passive clauses hung on a party that tell what
    someone did to it: "Ulla Brek, who was kidnapped by Vetland's rebels in 2019", "Ivo Brek,
    shot by a Zorbian sniper", "a cleric who was arrested by Zorbian police". The doer is another
    party, and the country its words name is the doer's, not the person's: left out of a
    person's own words (``_country_within`` with ``own_only``), as a place they were at is
    (``whereabouts``). What the clause says they are or do stays ("who heads Zorbia's
    border guard")."""
    out = []
    for clause in (c for c in party.children if c.dep_ in ("relcl", "acl")):
        for verb in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                out.append((agent.idx, agent.right_edge.idx + len(agent.right_edge)))
    return out


def dateline(sent: Span) -> list[tuple[int, int]]:
    """The offsets of the dateline a wire story's first sentence opens with ("ROME - Senator Ann
    Roe met the pope": ``phrases._after_dateline``), or none: the city is where the story was
    filed, never a party's own words (``_country_within``), though the tagger often takes it
    into the name that follows ("ROME - Ann Roe" as one name): an American senator met in Rome
    is no Italian. As a place the sentence names it still counts: there it says the event was
    abroad, and a person the article does not describe then takes no country of the article's
    (``_person_country``)."""
    after = _after_dateline(sent)
    return [(sent.start_char, after.start_char)] if after.start != sent.start else []


def name_after_dateline(token: Token) -> bool:
    """A person's name the tagger took together with the dateline before it as one body's name
    ("ROME - Ann Roe met the pope" tagged as an organisation): the words after the dateline
    (``dateline``) are capitalised and end at the token, and either open with a given name the
    name lists know or end with a surname the tagger reads as a person's elsewhere in the
    article ("Sanders said"). Such a party is a person (``_a_person``), whose country the city
    does not give. "WASHINGTON - The State Department" is none, nor is a body named after a
    person ("GENEVA - Marie Curie Hospital": its last word heads a body's name, ``BODY_HEADS``)."""
    if token.lower_ in BODY_HEADS or token.lemma_.lower() in BODY_HEADS:
        return False
    doc = token.doc
    ent = doc_index.entity_at(doc, token.i)
    if ent is None or ent.label_ == "PERSON" or ent.start != token.sent.start:
        return False
    filed = dateline(token.sent)
    rest = [t for t in ent if filed and t.idx >= filed[0][1]]
    if len(rest) < 2 or rest[-1].i != token.i or not all(t.is_title for t in rest):
        return False
    return gender_of(rest[0].text) is not None \
        or any(e[-1].text == token.text for e in doc_index.ents_labelled(doc, "PERSON"))


def without_theatres(described: str) -> tuple[str, str]:
    """A description split where a place of war or mission begins (``theatre_places`` for the
    words of a role as the statements record them: "a retired colonel who commanded troops in the
    wars in Zorbia and Vetland" -> the words up to "wars", and from its "in" on): (what says whose
    the person is, the theatre)."""
    words = described.split()
    for n, word in enumerate(words[:-1]):
        if word.lower().strip(",") in _THEATRES and words[n + 1].lower() == "in":
            return " ".join(words[:n + 1]), " ".join(words[n + 1:])
    return described, ""


def emblem_phrases(doc: Doc) -> list[tuple[int, int]]:
    """The offsets of the phrases of an article that name a flag, banner or other emblem
    (``[emblem_nouns]``): "protesters carrying European Union flags", "crowds waving Kenyan
    flags" name what the people stand for, not where they are from nor whom they act on: left
    out of the countries an article names (``_country_mentions``), as a body's base is. The
    emblems' words are found by their lemmas (``doc_index.lemma_positions``), in text order."""
    places = doc_index.lemma_positions(doc)
    nouns = (doc[i] for i in sorted(i for lemma in _EMBLEMS for i in places.get(lemma, ())))
    phrases = []
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        wording = _emblem_wording(noun)
        if noun.left_edge.i < noun.i or wording is not None:
            # the phrase ends with the noun, or with the clause that says what it reads
            last = wording.right_edge if wording is not None else noun
            phrases.append((noun.left_edge.idx, last.idx + len(last)))
    return phrases


def _emblem_wording(emblem: Token) -> Optional[Token]:
    """The clause that says what an emblem reads, hung on its noun: "placards asking the
    government to revoke the EU treaty", "banners saying Kenya must pay" (a participle, ``acl``,
    or a relative clause, ``relcl``). Its words are the bearers' message, no country of theirs nor
    of where they are (``emblem_phrases``); None if the noun has no such clause."""
    return next((c for c in emblem.children if c.dep_ in ("acl", "relcl") and c.i > emblem.i), None)


def _descriptions_of_others(sent: Span, token: Token) -> list[tuple[int, int]]:
    """The offsets of what a sentence says someone other than a party is: an apposition headed
    by a common noun that does not hold the party ("another, a Polish chef named Łukasz, harried
    him": not the country of the man who struck him; "Valeska Paris, an Australian woman, claimed
    the church imprisoned her": not the church's). Not a place's name ("the capital, Kabul") nor
    a place's description (``_a_place_description``: "in Tal Zawiya, a Syrian border town"),
    which says where the event was and still counts."""
    out = []
    for t in sent:
        if t.dep_ == "appos" and t.pos_ == "NOUN" and not t.left_edge.i <= token.i <= t.right_edge.i \
                and not _a_place_description(t):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return out


def _a_place_description(appos: Token) -> bool:
    """An apposition describing a place: headed by a place's common noun ("a Syrian border town",
    "Aleppo, the country's largest city"). Not one beside a name the parse took for a place
    ("Valeska Paris, an Australian woman"), which is a person's."""
    return appos.lemma_.lower() in _PLACE_NOUNS


def _a_person(token: Token) -> bool:
    """A party that names one person: a person's name, "he", "she", "him" or "her", a "who" said
    of a person ("Gilad Shalit, who had been held"), or a noun beside a person's name ("ABC's
    host, George Stephanopoulos"). A person's country is what the article says of them (their own
    words, their roles, how it describes them: ``_people``), not a place their sentence names:
    "Kipchoge set the record in Berlin, Germany" is no German, nor is "she" after "moved her to
    the United Kingdom" British."""
    if token.ent_type_ == "PERSON" or token.lower_ in _PERSONAL_PRONOUNS or surname_of_named(token) is not None \
            or untagged_surname(token) or name_after_dateline(token):
        return True
    if token.lower_ in _PERSON_RELATIVES and token.head.dep_ == "relcl":
        return token.head.head.ent_type_ == "PERSON"
    return token.tag_ == "NN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def surname_of_named(token: Token) -> Optional[Span]:
    """The full name of the person a one-word name stands for, when it is the last word of a
    person's name of two or more words the article gives ("Mark Cuban ... Cuban also complained",
    where the parse takes the second "Cuban" for a nationality); None otherwise, and for a word
    that describes a noun ("Cuban exiles")."""
    if token.pos_ != "PROPN" or token.dep_ in ("amod", "compound") or token.ent_type_ not in ("PERSON", "NORP"):
        return None
    ent = doc_index.entity_at(token.doc, token.i)
    if ent is None or len(ent) != 1:
        return None
    people = doc_index.ents_labelled(token.doc, "PERSON")
    return next((e for e in people if len(e) > 1 and e[-1].lower_ == token.lower_), None)


def untagged_surname(token: Token) -> bool:
    """A capitalised name the tagger left outside any name, which is the last word of a person's
    name of two or more words the article gives ("Wendy Mok condemned the law. [...] Mok
    criticised the leaders"): that person (``_a_person``), not a body or place of no country
    named. Not a word describing a noun ("the Mok family")."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ in ("amod", "compound"):
        return False
    return any(len(e) > 1 and e[-1].lower_ == token.lower_ for e in doc_index.ents_labelled(token.doc, "PERSON"))


def unguessed_party(token: Token) -> bool:
    """Whether a party is recorded with the country ``parties._party`` gives it without guessing
    from places (its second value): a person (``_a_person``: "she" is not British for "her
    parents moved her to the United Kingdom" before it) or several countries
    (``several_countries``: "All three nations" are not Singapore's). Any other party keeps the
    country the event gate saw."""
    return _a_person(token) or several_countries(token)


def several_countries(token: Token) -> bool:
    """A common plural of a country's or a government's noun ("All three nations", "the nations
    of Serbia and Kosovo", "Governments in east Asia", "Tunisia's neighbouring ... countries"): a
    party of several countries, which no one country codes (``_party`` gives it none, and no
    country of its sentence or article is taken for it)."""
    return token.tag_ == "NNS" and token.lemma_.lower() in _STATE_NOUNS


def against_named_country(guessed: Optional[str], target: Optional[Token], target_country: Optional[str],
                          tables: Tables) -> bool:
    """An actor whose own words name no country, given one by its sentence or article
    (``guessed``), acting on a country named as such ("Archbishop Desmond Tutu called for
    sanctions against Nigeria", "a bill making it easier for families of 9/11 victims to sue
    Saudi Arabia"): the guess is that very country, which one acts on from outside it, so the
    actor is given none rather than the country it acts on. A target that is the country's people
    or body ("Turkish police", "the Nigerian government") or a state ("Texas") says nothing of the kind."""
    if not _a_country(guessed) or target is None or guessed != target_country or target.ent_type_ != "GPE":
        return False
    name = doc_index.entity_at(target.doc, target.i)
    if name is None or not _plainly_a_country(name.text):
        return False  # "backed Texas Senator Ted Cruz": a state, no country acted on
    country, sector = code_actor(_words(_phrase(target)), tables)
    return country == guessed and sector is None


def _name_ruled_out(token: Token, tables: Tables, named: set[str]) -> Optional[str]:
    """The country the dictionary gives a person's name that ``_spurious_name_country`` rules no
    evidence of them ("Moamer Gaddafi" in an article naming no Libya), else None. Such a person
    takes no other country by default either (the article's leading one, ``_person_country``):
    the evidence disagrees, and no country is given rather than a guess; the same country
    ("President Vladimir Putin" in an article on Russia) stands. A country the given names alone
    give ("Tara" of "CNN's Tara Setmayer") is no evidence either way: None."""
    person = doc_index.entity_at(token.doc, token.i) if token.ent_type_ == "PERSON" else None
    if person is None:
        return None
    name = _words(person)
    if len(name) > 1 and code_actor(name[:-1], tables)[0] is not None:
        return None
    country = code_actor(name, tables)[0]
    return country if country is not None and country == _spurious_name_country(name, tables, named) else None


def people_country(main_country: Optional[str], named: set[str]) -> Optional[str]:
    """The article's leading country (``_leading_country``) as the one a person it does not
    describe is of (``_person_country``): none where the article also names a territory of that
    country that is coded apart (``[territories]``: Hong Kong of China, Puerto Rico of the United
    States). There a local politician, activist or official is as likely the territory's as the
    country's ("pro-democracy lawmaker Ann Roe" in an article on a law China passed for Hong
    Kong): no country rather than the wrong one."""
    if main_country is not None and any(_TERRITORIES.get(code) == main_country for code in named):
        return None
    return main_country


def _person_country(near: Optional[str], main_country: Optional[str]) -> Optional[str]:
    """The country of a person the article says nothing of: the one it is about where one
    clearly leads (``_leading_country``), unless their sentence names another (``near``): then
    the evidence disagrees ("Thunberg began her protest outside the Swedish Parliament" in an
    article mostly on the United States) and no country is given rather than a guess."""
    return main_country if near is None or near == main_country else None


def _asides(sent: Span, kept: Sequence[Token]) -> list[tuple[int, int]]:
    """The offsets of the clauses of a sentence that hold neither the event's verb nor its party
    (``kept``): "prevented the demonstration staged by students [...] to protest the decision of
    sending troops to Iraq" says nothing of where the students are from."""
    out = []
    for clause in sent:
        if clause.dep_ in _CLAUSES and not any(clause.left_edge.i <= k.i <= clause.right_edge.i for k in kept):
            out.append((clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)))
    return out


def noun_clause_asides(sent: Span, kept: Sequence[Token]) -> list[tuple[int, int]]:
    """The offsets of the clauses of a sentence that describe a noun (a relative or participial
    clause, ``relcl``, ``acl``) and hold neither the event's verb nor the actor (``kept``): "began
    investigating complaints that Ruritania had dumped steel", "withdraw a bill that would have
    let Borduria extradite suspects" say what the act is about, not whose the actor is. Unlike
    ``_asides``, not a clause of the verb ("Speaking in Kenya's parliament, he ..."), which may
    say where the actor is."""
    return [(start, end) for clause in sent if clause.dep_ in ("relcl", "acl")
            and not any(clause.left_edge.i <= k.i <= clause.right_edge.i for k in kept)
            for start, end in [(clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))]]


def other_party_descriptions(party: Token, kept: Sequence[Token]) -> list[tuple[int, int]]:
    """The offsets of the appositions of the other party, which say who that party is, not who
    this one is: in "The Kenyan foreign minister, Paul Otieno, met officials in London" the
    minister's name (which a dictionary may tie to a country) says nothing of the officials,
    who are of the place named after them. Not an apposition that holds the event's verb or
    this party (``kept``)."""
    out = []
    for appos in (c for c in party.children if c.dep_ == "appos"):
        if not any(appos.left_edge.i <= k.i <= appos.right_edge.i for k in kept):
            out.append((appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge)))
    return out


def _reporter(token: Token) -> list[tuple[int, int]]:
    """The offsets (none or one pair) of who reports the event, when its verb is what a saying verb's subject says
    after it ("the government criticized X, ABC of Australia reported"; "..., Thai military
    sources said"): the country the reporter's words name is theirs, not an actor's. Not a
    speaker named before ("representatives from Iran acknowledged their government had shot
    down ..."), who most often speaks of their own side."""
    event, seen = token, 0
    while token.dep_ in ("ccomp", "conj") and token.head.i != token.i and seen < 3:
        token = token.head
        seen += 1
        if token.lemma_.lower() in _SAYING:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.i < event.i:
                return []
            return [(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))]
    return []


def _countries_between(countries: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """The countries named at offsets ``start`` <= o < ``end``, in order."""
    return countries[bisect_left(countries, (start, "")):bisect_left(countries, (end, ""))]


def _country_counts(countries: list[tuple[int, str]]) -> dict[str, int]:
    """How many times the article names each country, in the order first named."""
    counts: dict[str, int] = {}
    for _, country in countries:
        counts[country] = counts.get(country, 0) + 1
    return counts


def _main_country(countries: list[tuple[int, str]]) -> Optional[str]:
    """The country the article names most often (the first named of those named as often)."""
    counts = _country_counts(countries)
    return max(counts, key=counts.__getitem__) if counts else None  # dicts keep the first named first


def _leading_country(countries: list[tuple[int, str]]) -> Optional[str]:
    """The country the article names most often (``_main_country``) when it clearly leads: named
    at least ``MAIN_COUNTRY_LEAD`` times as often as any other. A party no words place is most
    often of the country an article is about, but an article that names two about as often is
    about both ("Trump withdraws troops from Syria" quoting a US senator, in an article naming
    Turkey a little more): there no party is given either country (no country before a wrong one)."""
    counts = _country_counts(countries)  # counted once
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] < MAIN_COUNTRY_LEAD * ranked[1]:
        return None
    return max(counts, key=counts.__getitem__) if counts else None  # the first named of the most named


def article_leading_country(countries: list[tuple[int, str]], subdivisions: list[tuple[int, str]],
                            named: set[str]) -> Optional[str]:
    """The country the article is about (``_leading_country``), its states, provinces and counties
    (``subdivision_mentions``) counted for their country. Many towns share such a name with a
    subdivision elsewhere ("Victoria" in Canada, "Portsmouth" in Virginia, "Canterbury" in
    England), so a subdivision of a country the article never names (``named``) never makes that
    country the leader; where counting it would change the leader, no country leads (no country
    before a wrong one)."""
    known = [m for m in subdivisions if m[1] in named]
    leader = _leading_country(sorted(countries + known))
    if len(known) < len(subdivisions) and _leading_country(sorted(countries + subdivisions)) != leader:
        return None
    return leader


def _last_country(countries: list[tuple[int, str]], before: int) -> Optional[str]:
    """The country named last before ``before`` (the list is in text order, as above)."""
    n = bisect_left(countries, (before, ""))
    return countries[n - 1][1] if n else None


def _location(token: Token, target_tok: Optional[Token], doc: Doc, tables: Tables,
              countries: list[tuple[int, str]]) -> Optional[EventPlace]:
    """Where the event happened: a named place after "in", "near", ... of the verb, its object,
    the act its infinitive names or its target; its country from the actor dictionaries, else
    from what its own phrase names (``_place_country``)."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj")]
    for act in (c for c in token.children if c.dep_ == "xcomp"):  # "refused to deploy troops in Iraq"
        holders += [act] + [c for c in act.children if c.dep_ in ("dobj", "obj")]
    if target_tok is not None:
        holders.append(target_tok)
        if target_tok.dep_ == "compound":  # "a tax on Zedco products in France": the thing named
            holders.append(target_tok.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                    span = doc_index.entity_at(doc, pobj.i) or doc[pobj.i:pobj.i + 1]
                    country, _ = code_actor(_words(span), tables)
                    if not _a_country(country):
                        country = _place_country(pobj, countries)
                    return EventPlace(span.text, span.start_char, span.end_char, country=country)
    return None


def scene_of_act(kind: str, token: Token, actor_country: Optional[str] = None,
                 place_country: Optional[str] = None) -> bool:
    """Whether an act's place is only where it happened, never whom it was done to, for an act
    of no other target: an attack or a protest told with no object ("gunmen attacked in
    Baghdad", "students demonstrated in Hong Kong", "the protests in Lima") hits or protests
    whoever was there, which the place does not say; PLOVER keeps the place as the location.
    One with an object the rules read as no party ("attacked a crowded market in Baghdad",
    "attacked a radio station in Mogadishu") hit what stands in the place, and keeps the place's
    country; so does a measure on a place ("lifted a curfew in Montenegro", "suspended aid
    deliveries in Baghdad": the people of the place, whose state is the target; ``find_events``).
    Only for a doer of no country or of the place's own ("Iraqi gunmen attacked in Mosul"): a
    foreign force's attack inside a country ("Turkish warplanes bombed inside Iraq") is aimed
    at that country."""
    if actor_country and place_country and actor_country != place_country:
        return False
    return kind in _SCENE_KINDS and not any(c.dep_ in ("dobj", "obj") for c in token.children)


def _place_country(place: Token, countries: list[tuple[int, str]]) -> Optional[str]:
    """The country of a place the dictionaries do not know, when its own phrase names it ("a
    hall in London", "Multan, Pakistan"); not its sentence's ("Iranian forces shelled
    Kalakand" says nothing of where Kalakand is)."""
    inside = _countries_between(countries, place.left_edge.idx, place.right_edge.idx + len(place.right_edge))
    return inside[0][1] if inside else None


def place_named_elsewhere(place: Token, countries: list[tuple[int, str]]) -> Optional[str]:
    """The country of a place the dictionaries do not know, from a mention of the same name in
    the article whose own words place it: "Kenosha, Wisconsin" (this mention or an earlier one;
    then "Biden visited Kenosha"). News gives a town's state or country once, at its first
    mention, and names it bare after. The name must be the same entity text, followed at once by
    a comma and a place the article codes to a country (``countries``) or a state or province
    ISO gives one country (``iso_places.subdivision_country``: "Wisconsin" is USA, a name of
    two countries' states none); None otherwise."""
    doc = place.doc
    span = doc_index.entity_at(doc, place.i)
    if span is None or span.label_ not in ("GPE", "LOC", "FAC"):
        return None
    at = dict(countries)
    for other in doc_index.ents_named(doc, span.text):
        if other.end + 1 >= len(doc) or doc[other.end].text != ",":
            continue
        after = doc[other.end + 1]
        if after.idx in at:
            return at[after.idx]
        state = doc_index.entity_at(doc, after.i)
        if state is not None and state.start == after.i and state.label_ == "GPE" \
                and not iso_places.subdivision_kind(state.text):
            country = iso_places.subdivision_country(state.text)
            if country is not None:
                return country
    return None
