"""Who the actor and the target of an event are, and how each is coded (``coder.find_events`` asks
each): a verb's doer or the victim of a passive (``_verb_actor``), a noun's actor, the target
(``_target``: a passive subject, an object of "against" or "on", one met on a trip, ...), what
the article says of its people (``_people``) and speakers (``_voices``), and the coded party of
a token (``_party``: country, sector, resolved entity). Country rules are ``countries``'.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract import doc_index
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.checks import MEDIATING_ROLES, MEETING_VERBS, TALK_NOUNS, TRIP_VERBS
from onrecord.extract.events.countries import (
    _PERSON_RELATIVES,
    _SAYING,
    _a_country,
    _a_person,
    _a_place,
    _country_counts,
    _last_country,
    _leader_country,
    _plainly_a_country,
    _spurious_name_country,
    _unsure_subject_pronoun,
    dependency_people,
    led_by_person,
    national_office_country,
    paragraph_countries,
    past_apposition,
    people_country,
    police_force,
    police_force_country,
    ruled_by_person,
    several_countries,
    surname_of_named,
    theatre_places,
    us_state_country,
    without_theatres,
)
from onrecord.extract.events.model import CONDITIONS, EVENT_NOUNS, REQUEST_VERBS, light_verb_event, reports_act
from onrecord.extract.events.phrases import (
    _COUNTRY_NOUNS,
    _PEOPLE,
    _PRONOUNS,
    _RELATIVE_PRONOUNS,
    _THING_RELATIVES,
    _actor_head,
    _named,
    _names_actor,
    _phrase,
    _subject,
    _words,
    bare_noun,
    body_noun,
)
from onrecord.extract.events.tables import Tables, code_actor, word_key
from onrecord.extract.speakers.first_names import name_opening_gender
from onrecord.extract.speakers.fullest_name import _whole_words
from onrecord.extract.speakers.words import (
    BODY_HEADS,
    NAME_TITLES,
    PARTITIVE_PRONOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    TITLE_MODIFIERS,
)
from onrecord.model import Entity, EventParty, Statement

_WORDS = "event_words.txt"
_TARGET_PREPS = data.words(_WORDS, "target_prepositions")
_OWN_POSSESSIVES = data.words(_WORDS, "own_possessives")
_AIMED_PREPS = data.words(_WORDS, "aimed_prepositions")  # those that name the target before an object
_OTHER_TARGET_PREPS = _TARGET_PREPS - _AIMED_PREPS
_DELEGATIONS = data.words(_WORDS, "delegation_nouns")  # "sent a delegation to X" (``delegation_destination``)
_DELEGATION_SENDING = data.words(_WORDS, "delegation_sending_verbs")
_SENDING_VERBS = frozenset({"send", "deploy", "dispatch"})  # their "with" names a partner (``light_verb_target``)
_POSSESSOR_PREPS = data.words(_WORDS, "possessor_prepositions")  # "agreed with Lee's remarks": Lee
_DESCRIBED_PEOPLE = data.words(_WORDS, "described_people_pronouns")  # "praised those who stayed"
_MEDIATION_PREPS = data.words(_WORDS, "mediation_prepositions")  # "between": a mediation's only
_MEDIATION_VERBS = data.words(_WORDS, "mediation_verbs")
_MEDIATION_NOUNS = data.words(_WORDS, "mediation_nouns")  # "launched a mediation effort between ..."
_GRIEVANCE_PREPS = data.words(_WORDS, "grievance_prepositions")
_SPEECH_MEDIA = data.words(_WORDS, "speech_media")  # "blamed the mayor on Twitter" (``medium_on``)
_BARE_ACTS = data.words(_WORDS, "bare_act_nouns")  # "to stop publication" (``bare_act_noun``)
_TOPIC_PREPS = data.words(_WORDS, "topic_prepositions")  # "talks on the programme" (``talk_topic``)
_MUNITIONS = data.words(_WORDS, "munition_nouns")  # "launched a Scud missile" (``instrument_target``)
_FIRING_VERBS = data.words(_WORDS, "munition_firing_verbs")  # "fired", "launched" (``instrument_target``)
_THING_PRONOUNS = _THING_RELATIVES | _RELATIVE_PRONOUNS | {"it", "this"}  # a passive subject naming no victim
_FIRST_PERSON = data.words(_WORDS, "first_person")
_SPEAKER_PRONOUNS = data.words(_WORDS, "speaker_pronouns")
_PERSONAL_PRONOUNS = data.words(_WORDS, "personal_pronouns")
# a subject pronoun and the gender of whom it stands for (``subject_antecedent``)
_SUBJECT_GENDER = {p: PRONOUN_GENDER[p] for p in ("he", "she")}
_HAPPENINGS = data.words(_WORDS, "happening_nouns")
_NUMBER_NOUNS = data.words(_WORDS, "counted_number_nouns")  # "killed dozens" (``counted_victims``)
_CLAIMING = data.words(_WORDS, "responsibility_verbs")  # "the attack, claimed by X" (``claimed_doer``)
_CUSTODIANS = data.words(_WORDS, "custody_nouns")
_PRESSING = data.words(_WORDS, "pressing_verbs")  # "was forced to work": no implied state (``pressed_by_no_one``)
_COURT_ACTS = data.words(_WORDS, "court_act_verbs")  # "was convicted in federal court" (``court_named_in``)
_SITTING_COURTS = data.words(_WORDS, "sitting_court_nouns")
_JUDICIAL_DISTRICTS = data.words(_WORDS, "judicial_district_words")  # "the Northern District of Ohio"
_INVERTING = data.words(_WORDS, "inverted_subject_verbs")  # "and then came X" (``object_read_as_subject``)
_CUSTODY_SECTORS = data.words(_WORDS, "custody_sectors")  # "Police said two men were arrested" (``custody_reporter``)
_CUSTODY_VERBS = data.words(_WORDS, "custody_verbs")
_CAPITALS = data.words(_WORDS, "capital_cities")
_DAY_WORDS = data.words(_WORDS, "day_words")
_UNDERGONE_NOUNS = data.words(_WORDS, "undergone_nouns")
_PROPOSALS = data.words(_WORDS, "proposal_nouns")
_ARMED_SECTORS = data.words(_WORDS, "armed_sectors")
_RECIPROCAL_VERBS = data.words(_WORDS, "reciprocal_verbs")  # "clashed with" names the other side
_MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})  # acts two parties do with each other
_TIES = data.words(_WORDS, "tie_nouns")  # "restored ties"
_PACTS = data.words(_WORDS, "pact_nouns")  # "signed a treaty"
_TWO_SIDED = data.words(_WORDS, "two_sided_modifiers")  # "a bilateral treaty"
_MANY_SIDED = data.words(_WORDS, "many_sided_modifiers")  # "a global pact"
_PACT_MAKING = data.words(_WORDS, "pact_making_verbs")  # "signed a treaty"
_CONFINEMENT = data.words(_WORDS, "confinement_nouns")
_AIMED_AT_NOUNS = data.words(_WORDS, "aimed_at_nouns")
_QUESTION_MARKS = data.words(_WORDS, "question_marks")
_DEMONSTRATIVES = data.words(_WORDS, "demonstratives")
_INQUIRIES = data.words(_WORDS, "inquiry_words")
_ACCUSATIONS = data.words(_WORDS, "accusation_verbs")
_BIDS = data.words(_WORDS, "bid_nouns")
_DECISIONS = data.words(_WORDS, "decision_nouns")  # "the ruling of the court": the court
_SPOTS = data.words(_WORDS, "spot_nouns")  # "arrived at the airport": where, not whom
_AIMED_AT_KINDS = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # "fired at the base": the aim (``spot_at``)
_BACKING = data.words(_WORDS, "backing_verbs")
_THREAT_ENDS = data.words(_WORDS, "threat_end_marks")  # "... until Sweden joined"
_CENSURED_ACTS = data.words(_WORDS, "censured_act_nouns")  # "condemned the crackdown on X" (``censured_act_doer``)
_HARMFUL_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
_CHARGE_PREPS = data.words(_WORDS, "charge_prepositions")  # "accused X of ...", "arrested X for ..."
_STATE_BODIES = data.words(_WORDS, "state_body_nouns")  # "the government" (``tied_body_country``)
_TIED_GROUPS = data.words(_WORDS, "tied_group_nouns")  # "the lawmakers" (``tied_body_country``)
_SETTLEMENT_TALKS = data.words(_WORDS, "settlement_talk_nouns")  # "after talks with X" (``talks_partner``)
_TALKS_PREPS = data.words(_WORDS, "talks_prepositions")
_TALKS_KINDS = data.words(_WORDS, "talks_partner_kinds")  # CONCEDE, RETREAT (``talks_partner``)
_MEDIATORS = data.words(_WORDS, "mediator_nouns")  # "talks with Qatari mediators" (``talks_partner``)
_TALKS_OWN = data.words(_WORDS, "talks_own_possessives")  # "a meeting with his cabinet" (``own_side``)
_INVITED_MEETINGS = data.words(_WORDS, "invited_meeting_nouns")  # "an invitation to a meeting of X"
_INVITATIONS = data.words(_WORDS, "invitation_nouns")  # "rejected an invitation" (``invitation_host``)
_CONTROL_NOUNS = data.words(_WORDS, "control_nouns")  # "until they gain control of X" (``sought_control``)
_RELATIVE_HARM = data.words(_WORDS, "bodily_harm_verbs") | data.words(_WORDS, "relative_harm_verbs")
# a relative pronoun in any role: the subject's, the object's ("whom") or the owner's ("whose")
_ANY_RELATIVE = _RELATIVE_PRONOUNS | _PERSON_RELATIVES | data.words(_WORDS, "owner_relatives")
# acts of force whose object is a person: a bare number after one counts people
_ACTS_ON_PEOPLE = data.words(_WORDS, "bodily_harm_verbs") | data.words(_WORDS, "custody_verbs")
# the sectors of the state's own bodies: those that may investigate or question someone
_AUTHORITY_SECTORS = {"GOV", "COP", "JUD", "LEG", "SPY", "MIL"}
_ARMED_OUTLAWS = {"REB", "UAF", "CRM"}  # rebels, militias, gangs: those a state's own forces fight at home
# acts that a passive with no agent reports of their victim ("X was arrested", "X was shot"):
# the victim is the target, the actor the state of the place (PLOVER codes the implied actor)
_STATE_ACTS = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE"}
_FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}  # the types a figure of speech borrows
# the acts of force a side seldom aims at its own country (``speaker_against_own_side``): not
# a coercion ("we arrested two Saudis" is most often the country's own police) nor a mobilization
_HOSTILE = _FORCE - {"COERCE", "MOBILIZE"}
# office words that may open a role ("Foreign Minister", "Deputy spokesperson"): no body's name
_TITLE_WORDS = NAME_TITLES | ROLE_WORDS | TITLE_MODIFIERS

# a person's entity in the record and the country the article's words give them
Person = tuple[Optional[str], Optional[str]]
_NEAR = 60  # the tokens back a "he" or "she" looks for the person it stands for


@dataclass
class People:
    """What the article says of its people (``_people``): by surname (lower case), and the
    surnames in text order (token index of each name's end, surname) for "he" and "she"."""
    by_surname: dict[str, Person] = field(default_factory=dict)
    order: list[tuple[int, str]] = field(default_factory=list)

    def get(self, surname: str) -> Person:
        return self.by_surname.get(surname.lower(), (None, None))

    def before(self, i: int) -> Optional[str]:
        """The surname of the person named last before token ``i``, if near enough."""
        n = bisect_left(self.order, (i, ""))
        return self.order[n - 1][1] if n and i - self.order[n - 1][0] <= _NEAR else None
# (start, end, speaker entity, speaker country, speaker's state sector: ``_state_role``, whether
# that country is only the one of the bodies their role's common noun names: ``role_noun_country``)
# of a statement's content
Voice = tuple[int, int, Optional[str], Optional[str], Optional[str], bool]


def entity_coding(entity: Entity, tables: Tables,
                  named: Optional[set[str]] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a resolved entity from what the article says of it: its affiliation
    and roles first, then its full name as the actor dictionary knows it (``named``: the
    countries the article names, ``_spurious_name_country``)."""
    country, sector = said_coding([entity.affiliation or "", *entity.roles], entity.affiliation, tables, named)
    if country is None:
        name = [word_key(w) for w in entity.name.split()]
        named_country, named_sector = code_actor(name, tables)
        if named_country is not None and named_country != _spurious_name_country(name, tables, named):
            country, sector = named_country, sector or named_sector
    return country, sector


def _named_in(name: str, words: str) -> bool:
    """Whether ``words`` name ``name`` as whole words (``fullest_name._whole_words``): "Niger" is
    not in "in Nigeria" (``said_coding``)."""
    return next(_whole_words(name, words), None) is not None


def said_coding(described: Sequence[str], affiliation: Optional[str], tables: Tables,
                named: Optional[set[str]] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a person from the words that describe them (their affiliation, roles,
    name), else, for the country, the US state their affiliation marks them with
    (``us_state_country``), else, given the countries the article names (``named``), the one an
    office among those words names ("Home Secretary": ``national_office_country``): shared by
    resolved entities (``entity_coding``) and speakers (``_voices``). A place of war or mission
    a role names ("a retired colonel who commanded troops in the wars in Zorbia and Vetland":
    ``countries.without_theatres``) says where they served, not whose they are, and an
    affiliation named only there is none."""
    # "commanded troops in the wars in Zorbia and Vetland": where they served, not whose
    # they are, nor is an affiliation the statements took from those words alone
    # as whole words: "Niger" is not in "in Nigeria"
    kept = [without_theatres(d) for d in described]
    if affiliation and any(_named_in(affiliation, theatre) for _, theatre in kept) \
            and not any(_named_in(affiliation, own) for own, _ in kept if own != affiliation):
        kept = [(own, theatre) for own, theatre in kept if own != affiliation]
        affiliation = None
    said = [word_key(w) for w in " ".join(own for own, _ in kept).split()]
    country, sector = code_actor(said, tables) if said else (None, None)
    country = country or us_state_country(affiliation)
    if country is None and named is not None:
        country = national_office_country(said, named)
    return country, sector


def role_body_country(roles: Iterable[str], bodies: Iterable[Entity], tables: Tables) -> Optional[str]:
    """The country of the body a person's role opens with, as the article describes that body:
    "Houthi military spokesperson" where the article names "the Yemen-based Houthi movement"
    (affiliation Yemen) speaks for Yemen's. The role's name (its leading capitalised words, up to
    an office or agent noun: not "Foreign", "Police", "Minister") must be the whole name of an
    organisation the article resolved with an affiliation that codes a country (its capitalised
    words, less a placing "Yemen-based"): "Human Rights Minister" is no "Human Rights Watch"
    researcher, nor "Republican Party spokesman" one of the "Republican Guard"'s. All such
    organisations must give the same country, else none."""
    keys = {word_key(w) for w in _role_name(roles, tables)}
    if not keys:
        return None
    found: set[str] = set()
    for body in bodies:
        if body.type != "ORG" or not body.affiliation:
            continue
        if any(keys == _capitalised_keys(name) for name in (body.name, *body.aliases)):
            country = said_coding([body.affiliation], body.affiliation, tables)[0]
            if country is not None:
                found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def role_noun_country(roles: Iterable[str], doc: Doc, tables: Tables) -> Optional[str]:
    """The country of the body a speaker's role names by its common noun alone ("ministry
    spokesperson", "department spokesman": a body's head noun, ``BODY_HEADS``), where every body
    the article names with that noun is of one country: "Kenya's Interior Ministry announced the
    arrests [...] “We arrested five smugglers,” ministry spokesperson Alice Wanjiru said" speaks
    for Kenya's ministry, not for the country the article names most. Each body is a word whose
    lemma is that noun, tagged as a name or not ("Uganda's foreign ministry" is a ministry too),
    of the country its own phrase codes; one of no country, or bodies of two countries, give none
    rather than a guess. A noun that only modifies another ("ministry spokesperson", "ministry
    officials") or "the ministry" alone refers to a body, names none, and counts only with a
    country of its own (``_body_mention_country``)."""
    noun = next((w for role in roles for w in role.split()[:1] if w.islower() and w in BODY_HEADS), None)
    return article_body_country(noun, doc, tables) if noun is not None else None


def served_body_country(roles: Sequence[str], doc: Doc, tables: Tables) -> Optional[str]:
    """The country of the body a person's role says they serve by its common noun: one it opens
    with ("ministry spokesperson", "Ministry spokesman": ``role_noun_country``) or a state's body
    after "for", "of" or "at" and "the" at its end ("a spokeswoman for the government",
    "adviser to the ministry" is not), where the article ties that noun to one country
    (``article_body_country``): in an article on "the Fijian government", "Jane Roe, a
    spokeswoman for the government" speaks for Fiji, not for the country it names most."""
    found = role_noun_country([r[:1].lower() + r[1:] for r in roles], doc, tables)
    if found is not None:
        return found
    for role in roles:
        words = role.split()
        if len(words) >= 3 and words[-3].lower() in ("for", "of", "at") and words[-2].lower() == "the" \
                and words[-1].lower() in _STATE_BODIES:
            return article_body_country(words[-1].lower(), doc, tables)
    return None


def article_body_country(noun: str, doc: Doc, tables: Tables, before: Optional[int] = None) -> Optional[str]:
    """The one country the article ties a body's common noun to (``role_noun_country``,
    ``tied_body_country``): every mention of the noun whose own phrase codes a country ("Fiji's
    government", "the Fijian government", "the government of Fiji") or whose own "in" phrase
    places it ("police in Nairobi": ``_placed_mention_country``) codes the same one; a mention
    of no country ("the central government") or bodies of two countries give none. With
    ``before``, only the mentions ahead of that word count."""
    found: set[str] = set()
    places = set(doc_index.lemma_positions(doc).get(noun, ())) | set(doc_index.lower_positions(doc).get(noun, ()))
    for i in sorted(places):  # the words written or lemmatized so, in text order
        if before is not None and i >= before:
            break
        word = doc[i]
        country = _body_mention_country(word, tables)
        if country is None:
            country = _placed_mention_country(word, tables)  # "police in Nairobi": Kenya's
        if country is None:
            continue
        if not _a_country(country):
            return None
        found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def tied_body_country(token: Token, tables: Tables) -> Optional[str]:
    """The country of a party named by a state body's common noun alone ("the government", "the
    police", "the ministry": ``[state_body_nouns]``, with no words of its own but a determiner)
    when the article ties that noun to one country (``article_body_country``): in an article on
    a small island state that names the United States more often, "the government rejected the
    offer" is the island's, which the article calls "the Fijian government", not the country
    named most or last; "the police" of an article on "Hong Kong police" are Hong Kong's. None
    where the article ties the noun to no country or to two, or the party says more of itself
    ("the central government", "police in Kampala") or, for a group's noun, its sentence places
    it ("In Kampala, officials ...": ``placed_clause``; a state body met abroad, "In Geneva, the
    government ...", stays the article's): the usual reading of its sentence and article then
    stands. Only mentions ahead of it tie it: in "Kenya's opposition criticised the government.
    The Chinese government declined to comment.", the government is Kenya's."""
    noun = token.lemma_.lower()
    if token.pos_ != "NOUN" or noun not in _STATE_BODIES | _TIED_GROUPS:
        return None
    if not bare_noun(token):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        return None  # "Police in Kampala": placed by its own words, not by the article's other police
    if noun in _TIED_GROUPS and placed_clause(token):
        return None  # "In Washington, officials accused ...": placed by its sentence
    return article_body_country(noun, token.doc, tables, before=token.i)


def placed_clause(token: Token) -> bool:
    """Whether the clause of a party's noun opens with an "in" phrase naming a place (a place the
    tagger finds: not "In January") before it ("In Washington, officials accused Tehran ...",
    "In Yemen, the rebels seized the port"): the
    sentence itself says where the party is, so the article's other mentions of the noun
    (``tied_body_country``) do not tie it; the usual reading of the sentence stands."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") else None
    if verb is None:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and p.i < token.i and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in p.children)
        for p in verb.children)


def _placed_mention_country(word: Token, tables: Tables) -> Optional[str]:
    """The country a body's mention is placed in by its own "in" phrase naming a place ("police
    in Ohio", "the government in Kabul"), so that police of two countries' places tie the noun to
    none; "" (no one country) for a place the tables and ISO do not code ("police in Nairobi"
    beside "British police in London" leaves "the police" untied). None with no such phrase."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for place in prep.children:
                if place.dep_ == "pobj" and (place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC")):
                    span = place.doc[place.left_edge.i:place.right_edge.i + 1]
                    return code_actor(_words(span), tables)[0] or iso_places.subdivision_country(span.text) or ""
    return None


def _body_mention_country(word: Token, tables: Tables) -> Optional[str]:
    """The country the phrase of a body's common noun codes ("Kenya's Interior Ministry": KEN;
    "the Interior Ministry": "" for a body of no country), or None where the noun only refers to
    a body named elsewhere: one modifying another noun ("ministry spokesperson") or "the
    ministry" alone, with no country of its own."""
    span = _phrase(word)
    country = code_actor(_words(span), tables)[0]
    if country is not None:
        return country
    anaphoric = word.dep_ == "compound" or all(t.i == word.i or t.pos_ == "DET" for t in span)
    return None if anaphoric else ""


def _role_name(roles: Iterable[str], tables: Tables) -> list[str]:
    """The leading capitalised words of the first role of more than one word, up to an office
    or agent noun ("Houthi" of "Houthi military spokesperson"; none of "Foreign Minister")."""
    for role in roles:
        words = role.split()
        if len(words) < 2:
            continue
        run: list[str] = []
        for w in words:
            if not w[:1].isupper() or word_key(w) in _TITLE_WORDS or word_key(w) in tables.agents:
                break
            run.append(w)
        return run
    return []


def _capitalised_keys(name: str) -> set[str]:
    """The capitalised words of a body's name, less "The" and a placing compound ("Yemen-based")."""
    return {word_key(w) for w in name.split()
            if w[:1].isupper() and w.lower() != "the" and w.split("-")[-1][:1].isupper()}


def _person_coding(span: Span, person: Span, tables: Tables, countries: Optional[set[str]] = None,
                   full: Optional[Span] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a phrase naming a person: what its other words say of them ("U.N.
    mediator Diego Cordovez", "a US senator") before the dictionary by name, and never a
    country the dictionary gives words of the name that say nothing of them
    (``_spurious_name_country``, with ``countries``, those the article names), nor the
    nationality a surname spells (``full``: the full name of a person named by surname alone,
    ``surname_of_named``; "Cuban" of "Mark Cuban")."""
    described = [t for t in span if not person.start <= t.i < person.end]
    country, sector = code_actor(_words(described), tables) if described else (None, None)
    named, named_sector = code_actor(_words(span), tables)
    if country is not None:
        # "Libyan leader Muammar Gaddafi": the name's sector, when the name is of that country
        return country, sector or (named_sector if named == country else None)
    if named is not None and named == _spurious_name_country(_words(person), tables, countries):
        return None, sector
    if named is not None and full is not None and _words(person)[-1:] == _words(full)[-1:] \
            and _words(person)[-1] in tables.countries:
        return None, sector  # "Cuban" of "Mark Cuban": a surname that spells a nationality
    return named, sector or named_sector


def _agentless_passive(token: Token) -> bool:
    """A passive verb that names no doer ("; around twenty more were injured"): the nearest actor
    before it is one it was done to (the parse often leaves it no subject), never its doer."""
    return (token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children)
            and not any(c.dep_ == "agent" for c in token.children))


def passive_victim(token: Token) -> Optional[Token]:
    """The subject of a passive verb with no agent ("Chirac was convicted", "two suspects were
    arrested"): the one the act was done to, never its doer."""
    if token.pos_ != "VERB" or any(c.dep_ == "agent" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None and gapped_passive(token):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = passive_after_active(token)
    return subject if subject is not None else shared_passive_victim(token)


def passive_after_active(token: Token) -> Optional[Token]:
    """The subject a passive shares with an active verb it is joined to ("Lee pleaded guilty and
    was sentenced", "the envoy returned home and was arrested at the airport"): the one the
    second act was done to, never its doer (the parse hangs the subject on the first verb only,
    so the doer read up the chain would be the defendant sentencing himself). Only a passive
    with its own "was" or "were" and no subject or "by" of its own, after its verb; a passive
    joined to a passive is ``shared_passive_victim``'s. The two must be joined by "and" or "but"
    on the first verb, with nothing but a comma or an adverb between it and the passive's "was":
    a noun there is the passive's own subject the parse lost ("X resigned and Y was sworn in"),
    and a verb joined with no "and" may be another clause's ("..., describing how jobs will be
    sent")."""
    if token.dep_ != "conj" or token.tag_ != "VBN" or token.head.i >= token.i \
            or not any(c.dep_ == "auxpass" for c in token.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
            or any(t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by"
                   for t in token.subtree):  # "arrested for X by police": a "by" hung lower
        return None
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in head.children):
        return None
    joiner = next((c for c in head.children if c.dep_ == "cc" and c.lower_ in ("and", "but")
                   and head.i < c.i < token.i), None)
    first_aux = min((c.i for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i), default=token.i)
    if joiner is None or any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ")) for t in token.doc[joiner.i + 1:first_aux]):
        return None
    if any(c.dep_ == "auxpass" for t in token.doc[head.i + 1:joiner.i] for c in t.children):
        return None  # "found a town where farmers were cheated and were ignored": that passive's
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return antecedent(subject) if subject is not None else None


def shared_passive_victim(token: Token) -> Optional[Token]:
    """The subject a participle shares with the passive it is joined to ("a supporter was shot and
    killed", "he was questioned and then arrested"): the one the second act was done to as well,
    never its doer (``shared_passive``: no doer of its own). Not where the first has a doer ("was
    beaten by police and later detained"): who did the second is ``custody_by_no_authority``'s."""
    if not shared_passive(token) or any(c.dep_ == "agent" for c in token.head.children):
        return None
    return next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)


def shared_passive(token: Token, own_doer: bool = False) -> bool:
    """A participle joined to a passive whose subject and "was" it shares, with no doer of its
    own ("he was questioned by reporters and then arrested"); ``own_doer``, also one with its
    own "by" ("they were attacked and beaten by police")."""
    return (token.dep_ == "conj" and token.tag_ == "VBN" and token.head.i < token.i
            and any(c.dep_ == "auxpass" for c in token.head.children)
            and any(c.dep_ == "nsubjpass" for c in token.head.children)
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") or c.dep_ == "agent" and not own_doer
                        for c in token.children))


def joined_agent_passive(token: Token) -> Optional[Token]:
    """The subject a passive with its own "was" and its own "by" shares with the verb it is joined
    to ("the mayor was booed by the crowd, was denounced by the bishop", "he was questioned by
    police and was later charged by prosecutors", "he won the primary; was denounced by the
    bishop"): the one it was done to, by its own doer. The parse hangs the subject on the first
    verb only (``shared_passive`` takes a participle that shares the "was" too,
    ``passive_after_active`` one with no "by"). None with a subject of its own, none with no
    "by" (who did it is not said), and none unless only "and", "but", a comma, a semicolon or an
    adverb stands before its "was": a noun there is its own subject, lost by the parse ("X
    resigned and Y was sworn in by the judge"). Nor when the verb it is joined to is a relative
    clause with a subject of its own ("the bill that Zorbia passed angered Vetland and was
    denounced": the parse joined the passive to the wrong verb; the bill was denounced) or the
    words of a speaker ("the president said Vetland lied and was criticized": the passive may be
    the president's or the speaker's sentence going on), ``misjoined_head``."""
    if token.dep_ != "conj" or token.tag_ != "VBN" or token.head.i >= token.i \
            or not any(c.dep_ == "auxpass" for c in token.children) \
            or not any(c.dep_ == "agent" for c in token.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
        return None
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or misjoined_head(head):
        return None
    first_aux = min((c.i for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i), default=token.i)
    before = token.doc[first_aux - 1] if first_aux > 0 else None
    while before is not None and before.pos_ == "ADV" and before.i > head.i:
        before = token.doc[before.i - 1]
    if before is None or not (before.dep_ == "cc" and before.lower_ in ("and", "but")
                              or before.is_punct and before.text in (",", ";")):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    return antecedent(subject) if subject is not None else None


def misjoined_head(head: Token) -> bool:
    """Whether the verb a passive is joined to is a relative clause whose subject is not its
    relative pronoun ("the bill that Zorbia passed": Zorbia did the passing, not what the passive
    says was done) or a clause of what a speaker said ("said Vetland lied"), neither of which
    shares its subject with the passive that follows it (``joined_agent_passive``)."""
    if head.dep_ == "relcl":
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is None or subject.lower_ not in _ANY_RELATIVE
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING


def custody_by_no_authority(token: Token, kind: str, tables: Tables) -> Optional[Token]:
    """The subject of a custody act joined to a passive whose doer holds no authority ("he was
    questioned by reporters and then arrested", "interviewed by the BBC and then detained"):
    the first act's doer is not said to have arrested anyone, and reporters, lawyers or a
    broadcaster arrest no one; the shared subject is the one it was done to, by the actor its
    place implies. "Beaten by police and arrested" keeps the police (``_custodian``)."""
    if kind != "COERCE" or not shared_passive(token):
        return None
    doer = _subject(token)
    if doer is None or _custodian(doer, tables):
        return None
    return next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)


def _custodian(actor: Token, tables: Tables) -> bool:
    """One that may take people into custody: a country, police, the military, intelligence or a
    government (not a court's lawyers: "a lawyer" is coded JUD but arrests no one)."""
    if actor.ent_type_ == "GPE" or actor.lemma_.lower() in _CUSTODIANS:
        return True
    sector = code_actor(_words(_phrase(actor)), tables)[1] or ""
    return sector[:3] in ("COP", "MIL", "SPY", "GOV")


def gapped_passive(token: Token) -> bool:
    """A participle joined to a passive whose "were" it shares ("offices were searched and their
    files seized"): the parse makes "files" its subject, but they were seized, not seizing."""
    return (token.dep_ == "conj" and token.tag_ == "VBN" and token.head.i < token.i
            and any(c.dep_ == "auxpass" for c in token.head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children))


def _verb_actor(token: Token, token_actor: Optional[Token], kind: str, sent: Span,
                tables: Tables) -> tuple[Optional[Token], Optional[Token]]:
    """(actor, victim) of a verb: its doer (``token_actor``, its subject, else the nearest actor
    before it in its sentence); but the subject of a passive with no agent ("X was arrested") is
    never its doer: it is the one the act was done to. An assault, coercion, sanction or
    accusation so told returns that subject, when it names an actor ("the toilet was stolen",
    "it was recaptured" do not), as the victim (coded first as a party, then made the
    target of the actor its place implies: ``implied_actor``), not the subject of a clause it is
    joined to ("X left, and he was arrested"); any other such passive has no actor named ("aid
    was sent", "the talks were held": no one's act to code)."""
    victim = (passive_victim(token) or custody_by_no_authority(token, kind, tables)) if token_actor is None else None
    if victim is None:
        late = object_read_as_subject(token)
        doer = token_actor or (_subject(token.head) if late is not None else _subject(token))
        if doer is not None:
            if charge_continued(token):
                return None, None
            doer = antecedent(doer)
            if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _ANY_RELATIVE for c in token.children):
                doer = described_subject(doer, tables)  # "X is a donor who sued": X; not "the best person to help"
            return (None if placeholder_subject(doer, token) else doer), None
        clause = _outer_clause(token)  # "of trying to pressure Nike": the clause the preposition takes
        if clause.dep_ == "pcomp":
            return _prepositional_doer(clause), None
        if not _agentless_passive(token):
            doer = _preceding_actor(token, sent, tables)
        return doer, None
    court = court_named_in(token)
    if court is not None:
        return court, None  # "was convicted in federal court": the court did it, to the victim (``_target``)
    reporter = custody_reporter(token, kind, tables)
    if reporter is not None:
        return reporter, None  # "Police said two suspects were arrested": by the police
    if kind in _STATE_ACTS and victim.lower_ not in _THING_PRONOUNS and _names_actor(victim, tables) \
            and not pressed_by_no_one(token):
        return victim, victim
    return None, None


def court_named_in(token: Token) -> Optional[Token]:
    """The court a passive of a court's own act names after "in" when no "by" names the doer:
    "Lee was convicted in federal court", "was sentenced in a Lyon court", "was indicted in the
    Southern District of New York" (a federal judicial district is its court, ``[judicial_district_words]``
    before "District"). Only the verbs of a court's act on a defendant (``[court_act_verbs]``)
    and only a court's own noun (``[sitting_court_nouns]``): "convicted in a hearing", "sentenced
    in March", "in Ohio" name no court (the place's state stays the implied actor)."""
    if token.lemma_.lower() not in _COURT_ACTS or not any(c.dep_ == "auxpass" for c in token.children) \
            or any(c.dep_ == "agent" for c in token.children):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        court = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if court is not None and court.lemma_.lower() in _SITTING_COURTS:
            return court
        # the parse may hang "the Southern District of New York" on the charge after it ("... of
        # fraud"): a district named right after "in" is the court all the same
        district = next((t for t in prep.subtree if t.text == "District" and t.left_edge.i == prep.i + 1), None)
        if district is not None and any(c.dep_ in ("compound", "amod") and c.lower_ in _JUDICIAL_DISTRICTS
                                        for c in district.children):
            return district
    return None


def custody_reporter(token: Token, kind: str, tables: Tables) -> Optional[Token]:
    """The police, troops or intelligence service that report an arrest told as a passive with no
    doer: "Police said two suspects were arrested", "a spokesman for the Kenyan police said three
    men were detained" (the force the spokesman speaks for). Those who take people into custody
    tell of their own arrests; the one reported is the one acted on (``_target``). Only an arrest
    or a detention (``[custody_verbs]``) in the clause of a verb of saying whose subject is coded
    police, military or intelligence (``[custody_sectors]``), or speaks "for" or "of" one:
    "officials said", "the ministry said", "Amnesty said" name no one who arrested anyone, nor do
    police who report a stabbing (a stabbing is no custody)."""
    if kind != "COERCE" or token.lemma_.lower() not in _CUSTODY_VERBS or token.dep_ != "ccomp" \
            or token.head.lemma_.lower() not in _SAYING or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    reporter = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.lower_ in _PRONOUNS or reported_elsewhere(token):
        return None
    speakers = [reporter, *(c for c in reporter.children if c.dep_ == "appos")]
    for speaker in speakers:
        force = speaker if _custody_force(speaker, tables) else None
        for prep in (c for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if force is None and body is not None and _custody_force(body, tables):
                force = body
        if force is not None:
            return None if _held_abroad(token, force, tables) else force
    return None


def reported_elsewhere(token: Token) -> bool:
    """A passive arrest a force reports that it did not make: the held are its own ("two of its
    soldiers were detained", "one of their officers was arrested": others held them), or it was
    made long before ("had been arrested", "was arrested in 2015": a past case recalled, not the
    force's act told now) (``custody_reporter``)."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and any(t.dep_ == "poss" and t.lower_ in ("its", "their", "our") for t in subject.subtree):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
        return True
    return any(t.ent_type_ == "DATE" and re.fullmatch(r"(1[89]|20)\d\d", t.text) is not None
               for c in token.children if c.dep_ == "prep" for t in c.subtree)


def _held_abroad(token: Token, force: Token, tables: Tables) -> bool:
    """Whether a passive arrest is placed ("in Tarvia", "at the Tarvian border") in a country other
    than the reporting force's own: that force made no arrest abroad (``custody_reporter``)."""
    own = code_actor([word_key(t.text) for t in _phrase(force)], tables)[0]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for place in (t for t in prep.subtree if t.ent_type_ in ("GPE", "NORP", "LOC")):
            country = code_actor([word_key(place.text)], tables)[0]
            if country and country != own:
                return True
    return False


def _custody_force(word: Token, tables: Tables) -> bool:
    """Police, troops or intelligence by the dictionaries' sector of the word's own phrase (not
    what hangs on it after "for": "a spokesman for the police" is coded by his office)."""
    words = [word_key(t.text) for t in _phrase(word) if t.i <= word.i or t.dep_ in ("compound", "flat")]
    return (code_actor(words, tables)[1] or "")[:3] in _CUSTODY_SECTORS


def object_read_as_subject(token: Token) -> Optional[Token]:
    """The object of a verb joined to an earlier one that the parse made its subject, set after it:
    "the minister landed in Addis Ababa on Sunday and on Monday met Prime Minister X" (X read as
    the subject of "met"). English sets a verb's subject after it only in inversions (quotes,
    questions, "so did X"), none of which a verb joined by "and" to an active verb with its own
    subject before it opens: the noun right after the verb is its object, and the doer is the
    first verb's subject (``_verb_actor``), whom it is done to the noun (``_target``). Only a
    verb with no object, no subject before it and no "was" of its own, and none of arrival,
    motion or taking no object (``[inverted_subject_verbs]``): "and on Tuesday arrived the
    Tarvian forces" sets the subject after its verb after a fronted phrase."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.head.i >= token.i or token.head.pos_ != "VERB" \
            or token.lemma_.lower() in _INVERTING \
            or any(c.dep_ in ("dobj", "obj", "auxpass", "nsubjpass", "expl") or c.dep_ == "nsubj" and c.i < token.i
                   for c in token.children):
        return None
    late = next((c for c in token.children if c.dep_ == "nsubj" and c.left_edge.i == token.i + 1), None)
    if late is None or late.lower_ in _PRONOUNS:
        return None
    first = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.head.i), None)
    return late if first is not None else None


def pressed_by_no_one(token: Token) -> bool:
    """A passive verb of pressing someone into an act with no doer named ("she was forced to work
    in the kitchen", "he was pressured into quitting", ``[pressing_verbs]``): it tells whom it was
    done to, but not, as an arrest or a conviction does, that a state did it: a family, an
    employer or a church presses people as often as a government. No actor is implied (an
    unnamed party of the place's country would be a guess); "was forced to resign" is the
    official's own resignation (``forced_resigner``)."""
    return token.lemma_.lower() in _PRESSING


def antecedent(word: Token) -> Token:
    """The noun a relative pronoun stands for, the head of the relative clause it opens: "masses
    of people who had been disarmed" (who: the masses), "a woman whose eye was injured" (whose:
    the woman), "a level that I believe demands action" (that: the level). Any other word is
    itself."""
    if word.lower_ not in _ANY_RELATIVE or word.dep_ in ("mark", "det"):
        return word
    clause = word.head
    for _ in range(3):  # the pronoun's verb, or the noun it owns, then the clause's verb
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return word


def described_subject(noun: Token, tables: Tables) -> Token:
    """The one a description says what they are, when a relative clause hangs on that description:
    "Lee is a banker and donor who has sued the city" was done by Lee, not by "donor"; "the
    senator is a critic who ..." by the senator. Only a description that is the complement of
    "be" (or one joined to it, or set beside it: "a banker, donor and activist who"), whose subject
    (or, for a "be" joined to a verb before it, that verb's subject: "X runs a firm and is a
    donor who ...") names an actor and is no thing's pronoun ("it", "this"); any other noun is
    itself."""
    attr = noun
    while attr.dep_ in ("conj", "appos") and attr.head.i != attr.i:
        attr = attr.head
    verb = attr.head
    if attr.dep_ != "attr" or verb.lemma_.lower() != "be":
        return noun
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "X runs a firm and is a donor who ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _THING_PRONOUNS or not _names_actor(subject, tables):
        return noun
    return subject


def placeholder_subject(subject: Token, token: Token) -> bool:
    """A subject that stands for no actor: a demonstrative on its own ("That didn't help him",
    "This shows ..."; not "those who marched"), or the "it" that holds the place of an infinitive
    put after an adjective ("it is hard to blame any one person": no one blames)."""
    if subject.lower_ in _DEMONSTRATIVES and subject.tag_ == "DT" \
            and not any(c.dep_ in ("relcl", "prep", "acl") for c in subject.children):
        return True
    head = subject.head
    return (subject.lower_ == "it" and head.lemma_ == "be" and token.head.i == head.i
            and token.dep_ in ("xcomp", "ccomp", "csubj")
            and any(c.dep_ in ("acomp", "attr") for c in head.children))


def _outer_clause(token: Token) -> Token:
    """The verb whose clause holds ``token`` and the infinitives it takes ("trying" of "trying to
    pressure"): what the clause hangs on is read from there."""
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
    return token


def charge_continued(token: Token) -> bool:
    """A participle clause with no subject of its own after an accusation that names the accused
    and what of: "accused Avenatti of trying to pressure Nike, threatening to give a news
    conference". It may go on with the accused's act or tell the accuser's own; the words do not
    say whose, so it names no doer (a wrong one is worse); nor does what it goes on to ("to give")."""
    token = _outer_clause(token)
    head = token.head
    return (token.dep_ == "advcl" and token.tag_ == "VBG" and head.i < token.i
            and head.lemma_.lower() in _ACCUSATIONS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
            and any(c.dep_ in ("dobj", "obj") for c in head.children)
            and any(c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS for c in head.children))


def counted_victims(token: Token) -> Optional[Token]:
    """A bare number as the object of an act of force done to people, which counts them: "went on
    a stabbing spree, killing four", "arrested 12", and a noun that counts by itself
    (``[counted_number_nouns]``: "killed dozens", "detained hundreds"). Not after another act
    ("fired 40", "destroyed 12", "seized 300"), whose number may count rockets, houses or goods."""
    if token.lemma_.lower() not in _ACTS_ON_PEOPLE:
        return None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.tag_ != "CD" and obj.lemma_.lower() not in _NUMBER_NOUNS \
            or any(c.dep_ in ("prep", "compound", "amod") and not _more_of_them(c) for c in obj.children):
        return None
    return obj


def _counted_people(target: Token) -> bool:
    """Whether ``target`` is the people its verb's act counts ("arrested hundreds"), as
    ``counted_victims`` reads them."""
    victims = counted_victims(target.head)
    return victims is not None and victims.i == target.i


def _more_of_them(modifier: Token) -> bool:
    """"More" after a number ("killed twelve and injured twelve more"): more of the same people,
    which names no other kind of thing ("12 more rockets" would be a compound noun, not this)."""
    return modifier.dep_ == "amod" and modifier.lower_ == "more" and modifier.i > modifier.head.i


def _misplaced_object(obj: Token, token: Token) -> bool:
    """A direct object the parse puts before both its verb and the verb's subject: English puts the
    object after the verb (a relative or question word aside), so this is a word of the subject's
    name misread ('" ...," Trump senior adviser Paul Manafort conceded': "Trump" is no object)."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and obj.i < subject.i < token.i
            and obj.lower_ not in _PRONOUNS and obj.tag_ not in ("WP", "WDT"))


def _ally_against_foe(token: Token, obj: Optional[Token], aimed: Token, tables: Tables) -> bool:
    """Backing someone against a foe ("supported the government against the Houthi rebellion"):
    aimed at the one backed, the direct object (``[backing_verbs]``); the foe is not the target."""
    return (token.lemma_.lower() in _BACKING and obj is not None and not _own(obj)
            and _names_actor(obj, tables) and aimed.head.lower_ == "against")


def _prepositional_doer(token: Token) -> Optional[Token]:
    """The doer of a verb that is a preposition's complement, which has no subject of its own: the
    subject of the verb the preposition hangs on ("police arrested him after shooting the man":
    the police), but its object after "of" or "for" ("accused Avenatti of trying to pressure
    Nike": Avenatti; "was arrested for stealing": the one arrested); none when it hangs on a noun
    ("a memorial for shooting victims": no one named shot, not the nearest name before it)."""
    holder = token.head.head if token.head.dep_ == "prep" else None
    if holder is None or holder.pos_ not in ("VERB", "AUX"):
        return None
    if token.head.lower_ in _CHARGE_PREPS:
        # "accused Avenatti of trying", "arrested him for stealing": the one the verb is aimed at did it
        charged = next((c for c in holder.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
        if charged is not None:
            return antecedent(charged)
    doer = _subject(holder)
    return antecedent(doer) if doer is not None else None


def aimed_at_subject(act: Token, tables: Tables) -> Optional[Token]:
    """Whom an act's noun was aimed at, named as the subject of the verb it belongs to: "He was
    killed by a U.S. airstrike" or "in a U.S. airstrike" (the passive's subject), "Abqaiq was the target of an al-Qaeda
    attack", "X became the subject of an investigation" (``[aimed_at_nouns]``). The passive's
    verb must be one done to a person (``[bodily_harm_verbs]``, ``[custody_verbs]``): "the
    president was angered by the attack on the embassy" was no target of it."""
    if act.dep_ != "pobj":
        return None
    prep = act.head
    if prep.dep_ == "agent" or prep.lower_ == "in" and prep.head.pos_ == "VERB" and any(
            c.dep_ == "auxpass" for c in prep.head.children):
        # "killed in a U.S. drone strike" tells the same as "killed by" one
        if prep.head.lemma_.lower() not in _ACTS_ON_PEOPLE:
            return None
        subject = next((c for c in prep.head.children if c.dep_ == "nsubjpass"), None)
    elif prep.lower_ == "of" and prep.head.dep_ == "attr" and prep.head.lemma_.lower() in _AIMED_AT_NOUNS:
        subject = next((c for c in prep.head.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if subject is None or prep.lower_ == "in" and subject.lower_ in _ANY_RELATIVE:
        return None  # "X, who was killed in a U.S. strike": the clause's words are not X's own
    subject = antecedent(subject)
    return subject if subject.lower_ not in _THING_PRONOUNS and _names_actor(subject, tables) else None


def inquiry_subject(inquiry: Token, tables: Tables) -> Optional[Token]:
    """Whom an inquiry's noun looks into, named after "of" or "into": "the FBI investigation of
    Senator Vale" is aimed at Vale, and so is "its probe into Vale's finances" (the owner of the
    thing looked into, by a possessive that names an actor and is no pronoun). Not the owner of
    what befell them (``[undergone_nouns]``: "the inquiry into Tom Vale's death in a Tarvian
    jail" looks for who caused the death, not at Vale; the owner of an act done to someone named
    after "of" is its doer and stays: "the probe into Tarvia's killing of Vale"). Only the nouns of an inquiry
    (``[inquiry_words]``); "a study of rainfall" names no one."""
    if inquiry.lemma_.lower() not in _INQUIRIES:
        return None
    for prep in (c for c in inquiry.children if c.dep_ == "prep" and c.lower_ in ("of", "into")):
        for looked in (g for g in prep.children if g.dep_ == "pobj"):
            if looked.lower_ in _PRONOUNS:
                continue
            if _actor_head(looked, tables):
                return looked
            if looked.lemma_.lower() in _UNDERGONE_NOUNS and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in looked.children):
                continue  # "into Vale's death": whom it befell; "into Tarvia's killing of Vale" keeps Tarvia
            owner = next((c for c in looked.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ not in _PRONOUNS and _actor_head(owner, tables):
                return owner
    return None


def _undergoer(subject: Token, tables: Tables) -> Optional[Token]:
    """The one a passive's subject says the act was done to: its owner when the subject is a thing
    of theirs ("a woman whose eye was injured by police": the woman; "Berlin's pledge was
    welcomed": Berlin), else the subject when it names an actor ("a camp for Congolese refugees
    was attacked"; not "the bill was suspended")."""
    subject = antecedent(subject)
    owner = next((antecedent(c) for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and not _actor_head(subject, tables) and owner.lower_ not in _PRONOUNS \
            and _names_actor(owner, tables):
        return owner
    return subject if _names_actor(subject, tables) or _named(subject, within=True) else None


def _raised_subject(token: Token) -> Optional[Token]:
    """The subject of a passive that a reporting passive holds: "whose eye was said to have been
    injured by police" (the parse hangs the subject on "said")."""
    if token.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in token.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)


def fronted_participle_subject(token: Token) -> Optional[Token]:
    """The one a participle put before its clause was done to: "Challenged by the senator on her
    fees, the governor said ...", "Backed by the army, the rebels took the town" tell of the
    governor and the rebels, the subject of the clause the participle opens (the parse gives
    the participle no subject of its own, so its act had no target). Only a past participle
    with its own "by" and no "was" (a passive clause has its own subject), before the subject
    of the verb it hangs on ("..., the governor said": not a participle after it, "the
    governor said, backed by ...", which may tell of another)."""
    if token.tag_ != "VBN" or token.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children) \
            or not any(c.dep_ == "agent" for c in token.children):
        return None
    subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and token.i < subject.i < token.head.i else None


def subject_on_auxiliary(token: Token) -> Optional[Token]:
    """The subject of a passive that the parse hangs on its "was" instead of the verb: "she was
    never pressured by any official" ("she" the subject of "was", itself the verb's auxiliary).
    Only when the verb has no subject of its own and the subject comes before the "was"."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubjpass") for c in token.children):
        return None
    aux = next((c for c in token.children if c.dep_ == "auxpass" and c.i < token.i), None)
    if aux is None:
        return None
    subject = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < aux.i), None)
    return subject


def _noun_actor(token: Token) -> Optional[Token]:
    """Who did what a noun names: "Israel's strike", "a U.S. airstrike", "attacks by rebels";
    not when and where it happened (``place_or_time_name``: "the Benghazi attack", "Sunday's
    massacre", "the Paris agreement" name no doer)."""
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ not in _THING_RELATIVES and not place_or_time_name(child, False):
            return child
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
                and not place_or_time_name(child, True):
            return child
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return light_verb_doer(token) or claimed_doer(token)


def _undergone_owner(act: Token) -> Optional[Token]:
    """The possessive of a noun of what was done to someone (``[undergone_nouns]``) with no "of"
    after it: "the editor's arrest", "the minister's assassination" name whom it was done to;
    with an "of" the possessive is the doer ("Tarvia's release of the prisoners"), and so is a
    plural's ("the junta's arrests in Kelvo": acts the junta made, not one it underwent)."""
    if act.lemma_.lower() not in _UNDERGONE_NOUNS or act.tag_ == "NNS" \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in act.children):
        return None
    return next((c for c in act.children if c.dep_ == "poss" and c.lower_ not in _THING_RELATIVES), None)


def act_noun_doer(act: Token) -> Optional[Token]:
    """Who did what a noun trigger names (``_noun_actor``), except the one it was done to: "the
    editor's arrest by the police" was the police's, not the editor's, and "the editor's arrest"
    alone names no doer (``_undergone_owner``; the editor is the target,
    ``act_noun_undergoer``). Else as ``_noun_actor``: "Tarvia's release of the prisoners"."""
    owner = _undergone_owner(act)
    if owner is None:
        return _noun_actor(act)
    return next((g for p in act.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj"), None)


def act_noun_undergoer(act: Token, tables: Tables) -> Optional[Token]:
    """Whom an act a noun trigger names was done to, told in its own phrase: the "of" phrase of a
    noun of what is done to someone (``[undergone_nouns]``: "the arrest of the editor by police",
    "the assassination of the governor", "the kidnapping of two engineers") or its possessive with
    no "of" after it ("the editor's arrest", ``_undergone_owner``). The first reading looked only
    at the prepositions that aim a verb ("an attack on the camp"), so such an act had no target.
    Only a word that names an actor and is no pronoun ("its release", "the release of funds": no
    one); the "of" of any other act noun may name its doer ("the protest of the workers", "the
    visit of the king") and is left alone."""
    if act.lemma_.lower() not in _UNDERGONE_NOUNS:
        return None
    owner = _undergone_owner(act)
    undergoer = owner if owner is not None else next(
        (g for p in act.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
        None)
    if undergoer is None or undergoer.lower_ in _PRONOUNS or not _names_actor(undergoer, tables):
        return None
    return undergoer


def light_verb_doer(act: Token) -> Optional[Token]:
    """Who did what a noun names, told by the light verb of the clause hung on it
    (``model.reports_act``): the "by" of its participle ("the sanctions imposed by the union",
    "an attack carried out by rebels") or the subject of a relative clause whose object it is
    ("the raid the army launched", "the talks that both sides held"). Not any verb's doer: "the
    attack condemned by the council" was not the council's, so only a verb that says the act was
    done names its doer; a relative pronoun is no doer ("the raid that killed six")."""
    for clause in act.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and reports_act(clause, act):
            doer = next((g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if doer is not None:
                return doer
        if clause.dep_ == "relcl" and reports_act(clause, act) \
                and all(c.lower_ in _ANY_RELATIVE for c in clause.children if c.dep_ in ("dobj", "obj")):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.lower_ not in _ANY_RELATIVE:
                return doer
    return None


def claimed_doer(act: Token) -> Optional[Token]:
    """Who owned an act a noun names by claiming it (``[responsibility_verbs]``): the "by" of a
    passive clause on it, "the attack, claimed by the Zorb Front", "the bombing that was claimed
    by X". A group claims its own act, so the claimant is its doer, as news coders take it;
    "blamed on" or "attributed to" another is someone else's word and names no doer here, nor
    does an active clause ("the attack that claimed six lives"). The parse often hangs the
    relative clause on the act's victim ("the killing of a police officer that was claimed by
    X"): a person is not claimed, so a passive relative clause on the "of" phrase of the act that
    names an actor is the act's (not an acl: "the seizure of islands claimed by Zorbia" is a claim
    to the islands), nor a clause that says what the act was ("claimed by officials to be the
    army's work": the officials' word about it). "X claimed responsibility for the attack" is
    left out: coding the attack beside the claim moved the top event of a held-out CAMEO
    sentence the wrong way and changed nothing on the sentences read (round 21)."""
    victims = [g for p in act.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj" and g.ent_type_ in ("", "PERSON", "NORP")
               and any(c.dep_ == "relcl" and c.lemma_.lower() in _CLAIMING for c in g.children)]
    if victims:
        tables = event_tables.load()
        victims = [v for v in victims if _actor_head(v, tables)]
    clauses = [*act.children, *(c for v in victims for c in v.children if c.dep_ == "relcl")]
    for clause in clauses:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in _CLAIMING or clause.tag_ != "VBN" \
                or clause.dep_ == "relcl" and not any(c.dep_ == "auxpass" for c in clause.children) \
                or any(c.dep_ in ("xcomp", "ccomp") for c in clause.children):
            continue  # "the attack, claimed by officials to be the army's work": a statement about it
        doer = next((g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if doer is not None and doer.lower_ not in _ANY_RELATIVE and doer.lower_ not in _PRONOUNS \
                and _claims_own_act(doer):
            return doer
    return None


def _claims_own_act(doer: Token) -> bool:
    """Whether one an act is "claimed by" owns it: an armed group or force (``[armed_sectors]``:
    "claimed by the Zorb Front", "claimed by rebels") or a named group the tables leave uncoded.
    "Claimed by" also means "alleged by": "claimed by witnesses", "claimed by opposition
    activists", "claimed by the Syrian Observatory" (civilians, an opposition, monitors, media)
    say what happened and did none of it."""
    code, sector = code_actor(_words(_phrase(doer)), event_tables.load())
    if sector is not None:
        return sector[:3] in _ARMED_SECTORS
    return code is None and doer.ent_type_ in ("ORG", "NORP")


def happening_doer(actor: Token) -> bool:
    """An act or a weapon the parse makes the doer of a verb: "a mass stabbing killed three", "the
    attack had killed", "hit by drone strikes", "the bomb killed". Neither does anything itself: the
    doer is the one its own
    words name ("an Israeli airstrike killed": Israel, ``_noun_actor``), else no one named; the
    event keeps an unnamed actor of the place's country rather than the act's words. A named
    one ("Operation Desert Storm") is left alone."""
    return actor.pos_ == "NOUN" and actor.ent_type_ == "" and actor.lemma_.lower() in _HAPPENINGS


def _acting_modifier(act: Token, tables: Tables) -> Optional[Token]:
    """The word before an act's noun that names its doer by itself: a name ("a Taliban attack")
    or an armed or public force ("a police raid", "an army offensive"); not "drone strikes" or "a
    mass stabbing", nor where it happened or whom it hit ("a school shooting", "a refugee camp
    attack", "a prison riot")."""
    return next((c for c in act.children if c.dep_ in ("compound", "amod", "nmod") and _actor_head(c, tables)
                 and not place_or_time_name(c, True) and _armed_or_named(c, tables)), None)


def _armed_or_named(word: Token, tables: Tables) -> bool:
    if word.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    sector = code_actor([word_key(word.text)], tables)[1]
    return sector in _ARMED_SECTORS and word.lemma_.lower() not in _CONFINEMENT


def thing_target(target: Optional[Token], kind: str, tables: Tables) -> bool:
    """A target that is a thing whose words only name a kind of actor ("signed a government
    decree", "a religious garment was banned", "extended the national state of emergency"): no
    party; the act is aimed at whoever the thing bears on, which its words do not say. No name
    (nor a word the parse takes for one), no country and a common noun that names no actor
    itself. An attack's object is left alone ("shelled a police station" is aimed at the
    police), and so is a thing with an owner ("sanctions on the country's entities" bear on the
    country), and a noun that counts the people an act was done to ("police detained hundreds",
    ``counted_victims``)."""
    if target is None or kind == "ASSAULT" or target.pos_ != "NOUN" or _actor_head(target, tables) \
            or _counted_people(target) \
            or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not faith_adjective(t, tables)
                   for t in target.subtree) \
            or any(t.pos_ == "PROPN" for t in target.subtree) \
            or any(c.dep_ == "poss" for c in target.children):
        return False
    return code_actor(_words(_phrase(target)), tables)[0] is None


def faith_adjective(word: Token, tables: Tables) -> bool:
    """A creed's adjective before a thing ("an Islamic garment", "a Christian emblem"): the tagger
    marks it as a group's word (NORP), but it names no party the act is done to, only what kind
    the thing is (``thing_target``). An adjective the country table does not code, before a
    singular noun (a plural may be people: "Islamic fundamentalists"); a nationality ("a Turkish
    ship") names its country and is no such word."""
    return word.ent_type_ == "NORP" and word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.tag_ == "NN" \
        and code_actor([word_key(word.text)], tables)[0] is None


def bare_act_noun(target: Optional[Token]) -> bool:
    """A noun that the actor tables read as a kind of body but that, with no article, possessive
    or modifier, names an act (``[bare_act_nouns]``): "sued to stop publication", "halted
    publication" stop the publishing, not "a publication" (a journal). With any word before it,
    or an "of" after it ("halted publication of the Zorb Front's newspaper": whose journal it is),
    it is left to the other rules."""
    return target is not None and target.pos_ == "NOUN" and target.lower_ in _BARE_ACTS \
        and not any(c.i < target.i for c in target.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in target.children)


def named_owner(target: Optional[Token], kind: str, tables: Tables) -> Optional[Token]:
    """The body or person a thing's name before it names, when the thing is the target: "a tax on
    Zedco products", "sanctions on Acme shipments", "criticised the Lee campaign" bear on Zedco,
    Acme and Lee, not on "products" (whose phrase codes by the words of its name: a "Navy" or
    "Police" brand). Only a common noun that names no actor itself, with a name the parser tags as a
    body's or a person's before it (a place's is where: "the Paris agreement"); any other target
    is itself, and so is what an attack hit ("shelled Islamic State positions", as in
    ``thing_target``), which its words code already, and a body's own head noun after its name
    ("the Zorb party", ``[body_heads]``), which is the body."""
    if target is None or kind == "ASSAULT" or target.pos_ != "NOUN" or target.lemma_.lower() in BODY_HEADS \
            or target.ent_type_ or _actor_head(target, tables):
        return target
    owner = next((c for c in target.children if c.dep_ == "compound" and c.i < target.i
                  and c.ent_type_ in ("ORG", "PERSON") and c.pos_ == "PROPN"), None)
    return owner if owner is not None else target


def thing_possessor(target: Optional[Token], kind: str, tables: Tables) -> Optional[Token]:
    """The person or body whose words or deeds a target names through a possessive: "rejected
    several of Lee's comments", "alleged that the company's marketing misled buyers" bear on Lee
    and the company, not on the comments or the marketing. Only a common noun that names no actor
    itself (reached through a partitive's "of": "several of", "some of"), whose possessive is a
    name the parser tags as a person's or a body's, or a noun that names an actor by itself ("the
    company's"); a pronoun's ("his remarks") and "the country's" (coded by the whole phrase:
    "sanctions on the country's entities") are left as they are, and so is what an attack hit and
    the target of a request (whom it was put to: "urged the mayor to drop Zedco's permit")."""
    if target is None or kind in ("ASSAULT", "REQUEST"):
        return target  # a request is aimed at whom it was put to, not at whose thing it asks about
    thing = target
    if thing.lower_ in PARTITIVE_PRONOUNS:  # "several of Lee's remarks"
        thing = next((g for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), thing)
    if thing.pos_ != "NOUN" or thing.ent_type_ or _actor_head(thing, tables) or thing.lemma_.lower() in BODY_HEADS:
        return target
    owner = next((c for c in thing.children if c.dep_ == "poss"), None) or owner_through_of(thing, tables)
    if owner is None or owner.lower_ in _PRONOUNS or owner.pos_ == "PRON":
        return target
    named = owner.pos_ == "PROPN" and owner.ent_type_ in ("ORG", "PERSON")
    body = owner.pos_ == "NOUN" and owner.lower_ not in _COUNTRY_NOUNS and _actor_head(owner, tables)
    return owner if named or body else target


def owner_through_of(thing: Token, tables: Tables) -> Optional[Token]:
    """The possessive of a thing named in another thing's "of" phrase, when the first has none of
    its own: "challenged the legality of the senator's candidacy", "criticized the timing of
    Lee's announcement" bear on the senator and Lee (``thing_possessor`` then asks what it asks
    of any possessive). Only an "of" object that is a common noun naming no actor itself ("the
    legality of the council's members" is left alone)."""
    inner = next((g for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    if inner is None or inner.pos_ != "NOUN" or inner.ent_type_ or _actor_head(inner, tables):
        return None
    return next((c for c in inner.children if c.dep_ == "poss"), None)


def undergone_act_target(target: Optional[Token], kind: str, tables: Tables) -> Optional[Token]:
    """Whom an act the target names was done to, when the target is that act's noun: "police
    announced the arrest of the editor", "the court ordered the release of two activists" are
    aimed at the editor and the activists, not at the act's whole phrase (whose country is then
    the phrase's last one). Not of a condemnation or a protest, aimed at the act's doer, not its
    victim (``censured_act_doer``: "condemned the arrest of two journalists in Egypt" is left to
    the place's state), nor of a demand, aimed at whoever is asked to act, not at the one to be
    freed ("demanded the release of the jailed journalist"); any other target is itself
    (``act_noun_undergoer``)."""
    if target is None or kind in ("ACCUSE", "PROTEST", "REQUEST"):
        return target
    return act_noun_undergoer(target, tables) or target


def place_or_time_name(modifier: Token, compound: bool) -> bool:
    """A noun's modifier that says when or where its event happened, not who did it: a day or
    other span of time (``day_words``: "Sunday's massacre", not "May's deal"), or, as a
    compound, a place the dictionaries know as a town of a country and as no actor ("the
    Orlando attack", "the Benghazi attack", "the Paris agreement": a city's name, not a
    country's or nationality's as in "a U.S. airstrike", nor a body's as in "a Hamas attack";
    a capital in the possessive, "Moscow's strike", often stands for its government). A national
    capital (``capital_cities``) stands for its government as a compound too when the noun is
    aimed at a target ("a Damascus offensive on Idlib", "a Kyiv drone strike on Belgorod"; not
    "the Paris attacks", attacks in Paris); a place the dictionaries code as a country of its
    own ("a Hong Kong crackdown": HKG, not China) always does: both are doers."""
    if modifier.ent_type_ in ("DATE", "TIME") and word_key(modifier.text) in _DAY_WORDS:
        return True
    if not compound:
        return False
    words = [word_key(t.text) for t in _phrase(modifier) if t.i <= modifier.i and not t.is_punct and t.dep_ != "det"]
    tables = event_tables.load()
    spans = _spans(words)
    # a place the country table knows as a country-level actor of its own, anywhere in the
    # phrase ("hong kong": HKG); single words are among the spans
    if not words or any(s in tables.countries for s in spans):
        return False
    if spans & _CAPITALS:
        return not _aimed_noun(modifier)  # whatever sector the dictionary gives "Moscow"
    country, sector = code_actor(words, tables)
    return _a_country(country) and sector is None


def _spans(words: list[str]) -> set[str]:
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def _aimed_noun(modifier: Token) -> bool:
    """The noun a compound modifies ("Kyiv" in "a Kyiv drone strike") names its target, a place or
    a people, with an aimed preposition ("on Belgorod", ``aimed_prepositions``)."""
    noun = modifier
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    # aimed at a place or a people ("on Belgorod"), not at a building in the capital itself ("the
    # Moscow attack on a concert hall" was an attack in Moscow)
    return any(c.dep_ == "prep" and c.lower_ in _AIMED_PREPS
               and any(g.dep_ == "pobj" and _a_place(g) for g in c.children) for c in noun.children)


def victim_key(victim: EventParty) -> str:
    """What tells apart the victims of agentless passives ("three officers were stabbed", "the
    woman was killed"): their words as well as their country, which two victims of one attack
    share; two such acts are two events, not one told twice. A known entity is itself."""
    return victim.entity or f"{victim.country or ''} {re.sub(r'[^a-z0-9]+', ' ', victim.text.lower()).strip()}"


def _party_key(party: Optional[EventParty]) -> Optional[str]:
    if party is None:
        return None
    return party.entity or party.country or re.sub(r"\W+", " ", party.text.lower()).strip()


def _preceding_actor(token: Token, sent: Span, tables: Tables) -> Optional[Token]:
    """When the parse gives no subject: the nearest noun phrase before the verb, in its
    sentence, that names an actor and is not the object of a preposition."""
    for chunk in reversed([c for c in doc_index.noun_chunks_in(sent) if c.end <= token.i]):
        head = chunk.root
        if head.dep_ in ("pobj", "dobj") or head.lower_ in _PRONOUNS:
            continue
        if head.dep_ == "nsubjpass" and head.head.i == token.i:  # "Robert was killed": the victim
            continue
        if _names_actor(head, tables):
            return head
    return None


def _target(token: Token, tables: Tables, depth: int = 0, mediation: bool = False) -> Optional[Token]:
    """Whom the event is done to: a passive subject (or the one a joined participle shares); an
    object named by "against" or "on"; a
    direct object that names an actor (not "missiles" or "a factory"); an object named by another
    preposition ("talks with Iran"); whose act the object is ("denounced Serbia's crackdown");
    else the target of the act the verb introduces ("threatened to cut ties with Russia",
    "demanded that the US cancel ..."); of a ``mediation`` (``_mediation``) only, the first
    party a "between" names ("mediated an agreement between Japan and Russia")."""
    # "two soldiers were captured by rebels and killed": the passive subject it shares (``shared_passive``)
    if token.pos_ == "NOUN":
        aimed_at = (aimed_at_subject(token, tables) or inquiry_subject(token, tables)  # "killed by a U.S. airstrike"
                    or act_noun_undergoer(token, tables))  # "the arrest of the editor", "the editor's arrest"
        if aimed_at is not None:
            return aimed_at
    subjects: list[Token] = [*token.children, *(token.head.children if shared_passive(token, own_doer=True) else ())]
    raised = (_raised_subject(token) or subject_on_auxiliary(token) or passive_after_active(token)
              or joined_agent_passive(token) or fronted_participle_subject(token))
    for child in subjects + ([raised] if raised is not None else []):
        if child.dep_ == "nsubjpass" or child is raised:
            undergoer = _undergoer(child, tables)
            if undergoer is not None:
                return undergoer
    stray = stray_passive_subject(token, tables) or object_read_as_subject(token)
    if stray is not None:
        return stray
    obj = (next((c for c in token.children if c.dep_ in ("dobj", "obj", "dative") and not _misplaced_object(c, token)),
                None) or _shared_object(token) or _shifted_object(token) or object_before_day(token)
           or counted_after_up_to(token) or gapped_relative_object(token, tables))
    obj = (_partitive_whole(relative_object(name_after_place(hyphen_whole(obj)), tables), tables)
           if obj is not None else None)
    holders = [token] + ([obj] if obj is not None else [])
    aimed = _prep_target(holders, tables, _AIMED_PREPS)
    if aimed is not None and not _topic_after_addressee(obj, aimed, tables) \
            and not _ally_against_foe(token, obj, aimed, tables):
        return aimed
    if obj is not None and (_names_actor(obj, tables) or people_described(obj)) \
            and not (_own(obj) and not owned_by_joined_object(token, obj)) and not actor_beyond_of(obj, tables):
        # "denounced Serbia's suppression": the doer of the act, not the act's whole phrase
        # (whose last country is "... in Montenegro"); "arrested Trump's lawyer": the lawyer
        # "attacked the proclamation of the heights as Israeli land by Trump": the act's doer
        # after a misplaced "by" (``doer_on_verb``), not an actor the act's phrase names
        done = _possessed_act(obj, tables) or (not _actor_head(obj, tables) and doer_on_verb(obj) is not None)
        return (_act_of(obj, tables) if done else None) or bidder(obj, tables) or decision_maker(obj, tables) \
            or _apposed_name(obj)
    other = _prep_target(holders, tables, _OTHER_TARGET_PREPS | _MEDIATION_PREPS if mediation else _OTHER_TARGET_PREPS)
    if other is not None:
        return other
    if mediation and obj is not None:
        between = mediated_between(obj, tables)
        if between is not None:
            return between
    if obj is not None:
        whose = _act_of(obj, tables)
        if whose is not None:
            return whose
    return _complement_target(token, tables, depth)


def gapped_relative_object(token: Token, tables: Tables) -> Optional[Token]:
    """The noun a relative clause with no relative word is told of, when the clause's verb has a
    subject of its own and no object: "the judge she had accused of bias", "the rival Roe
    criticized in May" are aimed at the judge and the rival, as "the judge whom she accused"
    is (``relative_object``); English leaves the object's relative word out. Only a noun that
    names an actor by itself ("the plan Lee announced" is a thing, left to the other rules), a
    clause whose subject is no relative word ("the senator who accused her": the senator acts),
    a verb that takes no clause or infinitive that the object could belong to ("the senator
    she wanted to accuse", "the aide she said had lied"), and no relative word at all ("the
    people that you competed with", "the institute where he assisted": the gap is elsewhere)."""
    if token.dep_ != "relcl" or token.pos_ != "VERB" or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in _ANY_RELATIVE:
        return None
    if any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd")
           or c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
           for c in token.children):
        return None  # an object of its own, a clause the gap may be in, or a stranded "with"
    if any(t.lower_ in _ANY_RELATIVE or t.tag_ == "WRB" for t in token.subtree):
        # "the people that you competed with", "the institute where he assisted": the relative
        # word says where the gap is, and a place's or a time's is no object
        return None
    noun = token.head
    return noun if relative_party(noun, tables) else None


def relative_party(noun: Token, tables: Tables) -> bool:
    """Whether a noun a relative clause is told of names a party by itself: a name the tagger
    marks, a noun of people ("rival", "aide", "woman") or a state's word ("senator"). Not a
    body's common noun, which is as often what the clause's subject made or runs ("the
    organization I founded"), nor a word the dictionaries code only as civilians or unknown
    ("settlement" is coded as settlers'), nor a pronoun."""
    if noun.lower_ in _PRONOUNS:
        return False
    if noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or noun.lemma_.lower() in _PEOPLE \
            or noun.lemma_.lower() in PERSON_NOUNS:
        return True
    if body_noun(noun):
        return False
    country, sector = code_actor([word_key(noun.text)], tables)
    return bool(country) or (sector or "")[:3] not in ("", "CVL", "UNK")


def addressed_at(token: Token, target: Optional[Token]) -> bool:
    """Whether the target read is named by the verb's own "at" or "against" phrase, or by "at"
    after its "back" ("fired back at Governor Lee over the budget", "shot back at Roe"): the one
    the words were aimed at, whom an "over" phrase's act does not replace
    (``_grievance_doer``)."""
    if target is None:
        return False
    holders = [token, *_backs(token)]
    return any(p.dep_ == "prep" and p.lower_ in ("at", "against") and any(g.i == target.i for g in p.children)
               for h in holders for p in h.children)


def back_at(token: Token, tables: Tables) -> Optional[Token]:
    """Whom a reply is aimed at when the parse hangs the "at" on "back", not the verb: "Lee shot
    back at Roe in a statement" is aimed at Roe. Only a party that names an actor."""
    for back in _backs(token):
        for prep in (p for p in back.children if p.dep_ == "prep" and p.lower_ == "at"):
            aimed = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if aimed is not None and _names_actor(aimed, tables):
                return aimed
    return None


def _backs(token: Token) -> list[Token]:
    """The "back" of a reply's verb ("shot back", "fired back"), where the parse may hang its "at"."""
    return [c for c in token.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")]


def actor_beyond_of(obj: Token, tables: Tables) -> bool:
    """An object that is a thing which names an actor only in a clause describing its "of"
    object: "destroyed statues of figures associated with the Confederacy", "burned pictures of
    men who served the junta" are aimed at no one the words name (the statues are what was hit;
    the body in the clause is what they show). A thing's head that names no actor itself, whose
    "of" object is a common noun that names no actor itself either and has a participle or
    relative clause after it; the phrase without that clause names no actor ("part of an aid
    program for Bosnia" bears on Bosnia, "the files of the police" on the police, and
    "Serbia's suppression of ..." on Serbia: all left alone)."""
    if obj.pos_ != "NOUN" or obj.ent_type_ or _actor_head(obj, tables):
        return False
    inner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    if inner is None or inner.pos_ != "NOUN" or inner.ent_type_ or _actor_head(inner, tables):
        return False
    clauses = [c for c in inner.children if c.dep_ in ("acl", "relcl")]
    if not clauses:
        return False
    cut = {t.i for c in clauses for t in c.subtree}
    rest = [t for t in _phrase(obj) if t.i not in cut]
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN" for t in rest):
        return False
    return code_actor(_words(rest), tables) == (None, None)


def stray_passive_subject(token: Token, tables: Tables) -> Optional[Token]:
    """The subject of a passive verb that the parser joined to the phrase opening its sentence:
    in "On Monday in Peru, Ana Ruiz, a teacher, was arrested" the name is parsed as a second
    object of "in", and the verb is left with no subject. A passive verb with no subject of its
    own takes the name whose phrase ends just before its auxiliary (a comma between), when that
    name is parsed as joined ("and"-less, "conj") to the object of a preposition of the verb's
    opening phrase and names an actor. Any other passive verb is left alone."""
    aux = next((c for c in token.children if c.dep_ == "auxpass"), None)
    if aux is None or any(c.dep_ in ("nsubj", "nsubjpass", "csubjpass") for c in token.children):
        return None
    end = aux.i - 1
    while end >= token.sent.start and token.doc[end].is_punct:
        end -= 1
    for word in token.doc[token.sent.start:end + 1]:
        if word.dep_ == "conj" and word.right_edge.i == end and word.head.dep_ == "pobj" \
                and not any(c.dep_ == "cc" for c in word.head.children) \
                and word.head.head.dep_ == "prep" and word.ent_type_ in ("PERSON", "ORG", "NORP") \
                and _names_actor(word, tables) and token in list(word.head.head.ancestors) + [word.head.head.head]:
            return word
    return None


def object_before_day(token: Token) -> Optional[Token]:
    """The object of a verb followed by a bare day's name, which the parser took for the first
    word of that day ("Hale endorsed Dorn Tuesday" parsed as "Dorn Tuesday", a date said of the
    verb): the name before the day (a person, a body or a place) is the verb's object. Only
    where the verb has no object of its own and the day is a day word (``[day_words]``)."""
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return None
    for day in token.children:
        if day.dep_ in ("npadvmod", "obl", "tmod") and day.lower_ in _DAY_WORDS and day.i > token.i:
            names = [c for c in day.children
                     if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
            if names:
                return names[-1]
    return None


def counted_after_up_to(token: Token) -> Optional[Token]:
    """The object of a verb counted with "up to" ("kidnapped up to 16 foreign advisers",
    "arrested up to 30 students"), which the parser may read as the verb's particle "up" and a
    "to" phrase (on "up" or on the verb), so that the verb has no object and a later phrase
    ("from a town market") was taken for its target. The "to" phrase's noun is the object when
    it comes right after "up to" and carries a number. Only where the verb has no object of its
    own."""
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return None
    for up in (c for c in token.children if c.dep_ == "prt" and c.lower_ == "up" and c.i == token.i + 1):
        # the "to" hung on "up" or on the verb itself
        for to in (c for c in [*up.children, *token.children] if c.dep_ == "prep" and c.lower_ == "to"
                   and c.i == up.i + 1):
            counted = next((g for g in to.children if g.dep_ == "pobj"
                            and any(n.dep_ == "nummod" for n in g.children)), None)
            if counted is not None:
                return counted
    return None


def name_after_place(obj: Token) -> Token:
    """The titled person an object's place name stands before, when the parser split the two into
    objects of one verb ("dismissed Wisconsin Gov. Amy Lund as ...", "backed Ohio Senator Ray
    Fenn": "Wisconsin" and "Lund" both objects): the act is aimed at the person, whose state the
    place only says. The person's phrase must start right after the place with a title
    (``NAME_TITLES``) and be the verb's (or the place's) other object. Any other object is itself."""
    if obj.ent_type_ != "GPE" or obj.i + 1 >= len(obj.doc):
        return obj
    title = obj.nbor()
    if title.lower_.rstrip(".") not in NAME_TITLES:
        return obj
    siblings = [*(c for c in obj.head.children if c.i > obj.i), *obj.children] if obj.head.i != obj.i else []
    return next((n for n in siblings if n.ent_type_ == "PERSON" and n.left_edge.i == title.i
                 and n.dep_ in ("dobj", "obj", "npadvmod", "appos", "dative")), obj)


def hyphen_whole(obj: Token) -> Token:
    """The whole of an object the tokenizer split at its hyphen into two objects of one verb
    ("opposed the re-nomination of X": "re", "-", "nomination"): the last part, which holds the
    phrase's own words ("of X"). Any other object is itself."""
    word = obj
    while word.i + 2 < len(word.doc) and word.nbor().text == "-" and word.nbor().whitespace_ == "" \
            and word.whitespace_ == "" and word.nbor(2).head.i == obj.head.i and word.nbor(2).dep_ == obj.dep_:
        word = word.nbor(2)
    return word


def _topic_after_addressee(obj: Optional[Token], aimed: Token, tables: Tables) -> bool:
    """A direct object that is an actor itself, before an "on" phrase that names one only through
    its words: "pressed Priebus on the subject of Trump's taxes" is aimed at Priebus, the phrase
    is the topic ("launched rockets against Georgia", "sanctions on Iran" keep theirs)."""
    return (obj is not None and _actor_head(obj, tables) and not _own(obj)
            and obj.lower_ not in _PRONOUNS and not _actor_head(aimed, tables))


def met_on_trip(token: Token, tables: Tables) -> Optional[Token]:
    """"He traveled to Tarvia to meet with Brask", "flew to Paris to hold talks with the
    president": a trip (``[trip_verbs]``) made for a meeting is aimed at the one met, not at the
    place gone to (which is where it happened); the one met must be named, not a pronoun nor a
    place."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TRIP_VERBS:
        return None
    for clause in token.children:
        if clause.dep_ not in ("xcomp", "advcl") or clause.pos_ != "VERB":
            continue
        if clause.lemma_.lower() in MEETING_VERBS or any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in TALK_NOUNS
                                                       for o in clause.children):
            met = _target(clause, tables, depth=1)
            if met is not None and met.lower_ not in _PRONOUNS and met.ent_type_ not in ("GPE", "LOC", "FAC"):
                return met
    return None


def town_destination(token: Token, target: Optional[Token], tables: Tables) -> bool:
    """A trip's end that is a town or a region, not a state: "traveled to Lyon for a summit",
    "flew to New York for the General Assembly" went where the place is, and met whoever was
    there, which the place does not say (PLOVER keeps it as the location). A country's name
    ("visited Chile") or a national capital (``[capital_cities]``, "flew to Beijing": its
    government) stands for a state and stays the target, as do a body and a person. Only a
    trip verb (``[trip_verbs]``) whose target is a place's name (GPE, LOC, FAC) the dictionaries
    know as no country of its own; or a name the tagger took for a person's that the actor
    dictionaries know only as a town of a country ("traveled to Lyon": a bare country code, no
    sector)."""
    if target is None or token.lemma_.lower() not in TRIP_VERBS:
        return False
    name = doc_index.entity_at(target.doc, target.i) or target.doc[target.i:target.i + 1]
    words = [word_key(t.text) for t in name if not t.is_punct and t.dep_ != "det"]
    spans = _spans(words)
    if spans & _CAPITALS or any(s in tables.countries for s in spans):
        return False
    if target.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    town = tables.names.get(" ".join(words), "")
    return target.pos_ == "PROPN" and len(words) == 1 and len(town) == 3 and _a_country(town)


def talk_topic(target: Optional[Token]) -> bool:
    """A target named after "on", "about", "over" (``[topic_prepositions]``) of a talk noun or a
    meeting verb (``[talk_nouns]``, ``[meeting_verbs]``): "held talks on the Iranian nuclear
    programme", "met about the budget" name what was talked about, not with whom (whom the
    talks were with is found apart: "with Iran", or the other of "Israel and Iran held talks")."""
    if target is None or target.dep_ != "pobj" or target.head.lower_ not in _TOPIC_PREPS:
        return False
    holder = target.head.head
    return holder.lemma_.lower() in TALK_NOUNS or holder.lower_ in TALK_NOUNS \
        or holder.pos_ == "VERB" and holder.lemma_.lower() in MEETING_VERBS


def instrument_target(target: Optional[Token]) -> bool:
    """A target that is a weapon or a munition (``[munition_nouns]``), the head of its phrase or
    the noun a name before it heads, that a firing or using verb (``[munition_firing_verbs]``)
    has as its object, or that follows "with": "launched an Iranian-made missile", "fired Kalibr
    cruise missiles", "deployed Patriot missiles" name what the act was done with, not to whom,
    whoever made or owned it ("fired Iranian missiles" hit no Iran). What was destroyed, seized,
    shot down or intercepted ("destroyed Hezbollah rockets", "shot down a Somali drone") was the
    other side's and stays the target, as does a name the tagger types ("attacked Shell": a
    company)."""
    if target is None:
        return False
    head = target.head if target.dep_ == "compound" and target.head.i > target.i else target
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in _MUNITIONS:
        return False
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head  # "fired rockets and mortars"
    if first.dep_ == "pobj":
        return first.head.lower_ == "with"  # "attacked the town with rockets"
    return first.dep_ in ("dobj", "obj", "nsubjpass") and first.head.lemma_.lower() in _FIRING_VERBS


def fired_from(kind: str, target: Optional[Token]) -> bool:
    """A place named after "from" of an attack ("fired a rocket from Gaza", "shelled the town from
    across the border") is where the act came from, never whom it hit."""
    return kind == "ASSAULT" and target is not None and target.dep_ == "pobj" and target.head.lower_ == "from" \
        and target.ent_type_ in ("GPE", "LOC", "FAC")


def spot_at(target: Optional[Token], kind: str = "") -> bool:
    """A target named after "at" that is a building or a spot, where the act was done and not
    whom it was done to: "landed at Kelso Regional Airport", "taught a class at the
    college", "set up a checkpoint at the border" (a place's name, FAC or LOC, or a noun
    of ``[spot_nouns]``). People or a body after "at" ("fired at the police", "shouted at the
    mayor") and an embassy (its state) stay the target; so does a body's name the parser tags
    (ORG: "spoke at the Zedco Center"), a proper noun no FAC or LOC, and whatever an attack, a
    coercion or a protest is "at" (``_AIMED_AT_KINDS``: "fired rockets at the army base",
    "protested at the Carter Center": there "at" is the aim)."""
    if target is None or target.dep_ != "pobj" or target.head.lower_ != "at" or kind in _AIMED_AT_KINDS:
        return False
    if target.ent_type_ == "ORG" or target.pos_ == "PROPN" and target.ent_type_ not in ("FAC", "LOC"):
        return False
    return target.ent_type_ in ("FAC", "LOC") or target.lemma_.lower() in _SPOTS


def march_start(token: Token, kind: str, target: Optional[Token]) -> bool:
    """Where a protest march set off, named after "from" on the protest's own verb ("marched
    from the stadium to City Hall", "walked from Orsk Square"): the place it started from, never
    whom it was against. A "from" on another word ("protesters from Chile") is left alone."""
    return kind == "PROTEST" and target is not None and target.dep_ == "pobj" and target.head.lower_ == "from" \
        and target.head.head.i == token.i


def _mediation(token: Token, kind: str, actor: Token) -> bool:
    """Whether the event is a mediation, the one act a "between" phrase names the target of: a
    verb of mediation ("mediated an agreement between Japan and Russia", ``[mediation_verbs]``,
    which ``verbal.retyped`` makes CONSULT), or a CONSULT by a mediating role ("the mediator
    hosted talks between ...", "acted as a go-between", ``[mediating_roles]``). "Condemned the
    clashes between police and protesters" is aimed at neither."""
    if token.lemma_.lower() in _MEDIATION_VERBS and token.pos_ == "VERB" or mediation_named(token):
        return True
    roles = [actor, *(g for p in token.children if p.dep_ == "prep" and p.lower_ == "as"
                      for g in p.children if g.dep_ == "pobj")]
    return kind == "CONSULT" and any(r.lemma_.lower() in MEDIATING_ROLES for r in roles)


def mediation_named(token: Token) -> bool:
    """A mediation told by its noun (``[mediation_nouns]``): the event's own noun ("her mediation
    between the two parties") or its verb's object, alone or before another noun ("launched a
    mediation effort between Ruritania and Borduria", "began mediation"): as with a verb of
    mediation, its "between" names the target."""
    def mediating(word: Token) -> bool:
        return word.lemma_.lower() in _MEDIATION_NOUNS or any(
            c.dep_ == "compound" and c.lemma_.lower() in _MEDIATION_NOUNS for c in word.children)
    if token.pos_ == "NOUN":
        return mediating(token)
    return any(o.dep_ in ("dobj", "obj") and mediating(o) for o in token.children)


def mediated_between(obj: Token, tables: Tables) -> Optional[Token]:
    """The first party of a mediation named by the "between" phrase of what the mediated accord
    did, in the relative clause on the mediation's object: "mediating the Abraham Accords that
    normalized relations between Israel and the United Arab Emirates" is aimed at Israel (and
    the others joined to it), as "mediated an agreement between Japan and Russia" is. Only the
    clause's own object ("relations"), of a clause opened by a relative pronoun."""
    for clause in (c for c in obj.children if c.dep_ == "relcl"):
        for done in (c for c in clause.children if c.dep_ in ("dobj", "obj")):
            between = _prep_target([done], tables, _MEDIATION_PREPS)
            if between is not None:
                return between
    return None


def _apposed_name(obj: Token) -> Token:
    """The name an object is given beside it, when it names none itself: "endorsed his former
    rival, Joe Biden" is aimed at Joe Biden (whose record the name links to)."""
    if obj.ent_type_:
        return obj
    return next((a for a in obj.children if a.dep_ == "appos" and a.ent_type_ in ("PERSON", "ORG", "GPE")), obj)


def _partitive_whole(obj: Token, tables: Tables) -> Token:
    """The thing a quantity word stands for, when it names no actor by itself: "support some of
    her opponents' plans" is aimed at the plans (so at their doer, the opponents), not at
    "some"; "arrested some of the protesters" keeps its whole phrase (the protesters are actors)."""
    if obj.lower_ not in PARTITIVE_PRONOUNS:
        return obj
    whole = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    return whole if whole is not None and not _actor_head(whole, tables) else obj


def _threatened(token: Token, tables: Tables) -> Optional[Token]:
    """Whom a threat is aimed at when it names no one else: the subject of its condition ("Russia
    threatened to stop the talks if the United States deploys missiles"; "... unless the Kremlin
    closed its base") or of the clause it lasts until ("promised protests every week until Sweden
    joined the agreement", ``[threat_end_marks]``), on the threat's verb or the act it threatens."""
    acts = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    for act in acts:
        for clause in act.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS | _THREAT_ENDS
                                              for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.lower_ not in _PRONOUNS and _names_actor(subject, tables):
                    return subject
                sought = sought_control(clause, subject)
                if sought is not None:
                    return sought
    return None


def sought_control(clause: Token, subject: Optional[Token]) -> Optional[Token]:
    """What a threat to fight on "until" the threatener holds something is aimed at: "the rebels
    swore to keep fighting until they take control of the hill towns" threatens the towns (and
    the state they belong to), as "until Sweden joined" threatens Sweden (``_threatened``). Only
    an "until" clause (``[threat_end_marks]``) whose subject is a pronoun (the threatener
    itself) and whose object is a hold (``[control_nouns]``: "control of", "hold on/over"); the
    thing held is its "of" (or "on", "over") phrase."""
    if subject is None or subject.lower_ not in _PRONOUNS \
            or not any(c.dep_ == "mark" and c.lower_ in _THREAT_ENDS for c in clause.children):
        return None
    for hold in (c for c in clause.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CONTROL_NOUNS):
        # the "of" phrase is the hold's, or hung on the clause's verb just after it ("take control of")
        preps = [*hold.children, *(p for p in clause.children if p.i == hold.right_edge.i + 1)]
        held = next((g for p in preps if p.dep_ == "prep" and p.lower_ in ("of", "on", "over")
                     for g in p.children if g.dep_ == "pobj"), None)
        if held is not None and held.lower_ not in _PRONOUNS:
            return held
    return None


def talks_partner(token: Token, tables: Tables, kind: str = "CONCEDE",
                  actor: Optional[Token] = None) -> Optional[Token]:
    """The other side of the talks a concession or a retreat was done after or through, when the
    act names no target: "the union called off its strike after talks with the government",
    "released the hostages following negotiations with the rebels" are concessions to the one
    talked with. Only a CONCEDE or a RETREAT (``[talks_partner_kinds]``): one who agrees or
    refuses "after talks with Egypt" may have talked with a mediator or an ally, not the other
    side. Only a "with" phrase that names an actor, and no pronoun, on a talks noun
    (``[settlement_talk_nouns]``: no "meeting" or "consultation", which are as often held with
    one's own side) that a placing preposition of the verb, or of the noun the verb takes, names
    (``[talks_prepositions]``: "after", "following", "through"). Not a go-between
    (``[mediator_nouns]``: "talks with Qatari mediators"), nor the actor's own (``own_side``)."""
    if kind not in _TALKS_KINDS:
        return None
    # the act's noun too: "agreed to a ceasefire following talks with X", where the parser hangs
    # "following" (a verb in "-ing") on the noun
    holders = [token, *(g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"),
               *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    for prep in (c for h in holders for c in h.children):
        placing = prep.dep_ == "prep" or prep.dep_ in ("acl", "advcl") and prep.tag_ == "VBG"
        if not placing or prep.lower_ not in _TALKS_PREPS:
            continue
        for talk in (g for g in prep.children if g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _SETTLEMENT_TALKS):
            partner = next((g for p in talk.children if p.dep_ == "prep" and p.lower_ == "with"
                            for g in p.children if g.dep_ == "pobj"), None)
            if partner is not None and partner.lower_ not in _PRONOUNS and _names_actor(partner, tables) \
                    and partner.lemma_.lower() not in _MEDIATORS and not own_side(partner, actor):
                return partner
    return None


def own_side(partner: Token, actor: Optional[Token]) -> bool:
    """Whether the one talked with is the actor's own side (``talks_partner``): named with a
    possessive ("a meeting with his finance minister", "consultations with its ally Russia";
    ``[talks_own_possessives]``), or the same body by its head word as the actor ("the
    government ... after talks with the government")."""
    if any(c.dep_ == "poss" and c.lower_ in _TALKS_OWN for c in partner.children):
        return True
    return actor is not None and actor.lemma_.lower() == partner.lemma_.lower()


def invitation_host(token: Token, tables: Tables) -> Optional[Token]:
    """Whom refusing (or taking up) an invitation to talks answers, when no one else is named:
    the party the talks are of or with ("turned down an invitation to join a meeting of the
    opposition parties", "accepted an invitation to talks with Ruritania"). Only a verb's object
    that is an invitation (``[invitation_nouns]``), whose infinitive's object or "to" phrase is
    a talks noun (``[settlement_talk_nouns]``) with an "of" or "with" phrase that names an
    actor and is no pronoun. An invitation's own "from X" or owner ("Norway's invitation") wins
    (``invitation_sender``): the talks are with another."""
    for invitation in (c for c in token.children if c.dep_ in ("dobj", "obj")
                       and c.lemma_.lower() in _INVITATIONS):
        talks = [o for acl in invitation.children if acl.dep_ == "acl"
                 for o in acl.children if o.dep_ in ("dobj", "obj")]
        talks += [g for p in invitation.children if p.dep_ == "prep" and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj"]
        inviter = invitation_sender(invitation, tables)
        if inviter is not None:
            return inviter  # "an invitation from Russia to a meeting with X": Russia's invitation
        for talk in (t for t in talks if t.lemma_.lower() in _SETTLEMENT_TALKS | _INVITED_MEETINGS):
            host = next((g for p in talk.children if p.dep_ == "prep" and p.lower_ in ("of", "with")
                         for g in p.children if g.dep_ == "pobj"), None)
            if host is not None and host.lower_ not in _PRONOUNS and _names_actor(host, tables):
                return host
    return None


def invitation_answered(token: Token, tables: Tables) -> Optional[Token]:
    """The sender of the invitation a verb takes up or refuses (its object, ``[invitation_nouns]``;
    ``invitation_sender``): "rejected an invitation from Russia to a meeting with the Syrian
    government" answers Russia, whatever phrase of the talks the parser hangs on the verb."""
    return next((s for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _INVITATIONS
                 for s in [invitation_sender(c, tables)] if s is not None), None)


def invitation_sender(invitation: Token, tables: Tables) -> Optional[Token]:
    """Who sent an invitation (``invitation_host``): its "from X" ("an invitation from Russia to
    talks with Y") or its owner ("Norway's invitation"), when that names an actor and is no
    pronoun. Taking up or refusing it answers the sender, whoever the talks are with."""
    senders = [g for p in invitation.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pobj"]
    senders += [c for c in invitation.children if c.dep_ == "poss"]
    return next((s for s in senders if s.lower_ not in _PRONOUNS and s.lower_ not in _TALKS_OWN
                 and _names_actor(s, tables)), None)


def struck_by_relative(token: Token, tables: Tables) -> Optional[Token]:
    """The target of an attack told by its noun, which a relative clause says whom it struck:
    "in response to the airstrike that killed General Voss", "the raid which wounded two
    soldiers" are aimed at the general and the soldiers. The noun is the trigger itself or the
    event noun of its light verb ("carried out an attack that killed ..."); the clause is
    opened by a subject relative ("that", "which"), its verb one of harm (``[bodily_harm_verbs]``,
    ``[relative_harm_verbs]``), and its object must name an actor (the name beside it when it
    gives one: ``_apposed_name``)."""
    light = light_verb_event(token)
    noun = light[0] if light is not None else token
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _RELATIVE_HARM):
        if not any(c.dep_ == "nsubj" and c.lower_ in _THING_RELATIVES | _RELATIVE_PRONOUNS for c in clause.children):
            continue
        struck = next((c for c in clause.children if c.dep_ in ("dobj", "obj")), None)
        if struck is not None and struck.lower_ not in _PRONOUNS and _names_actor(struck, tables):
            return _apposed_name(struck)
    return None


def _partner(actor: Token, tables: Tables) -> Optional[Token]:
    """The other party of an act two do with or against each other, named beside the actor
    ("Armenia and Azerbaijan clashed", "Bolton and I disagreed"; not "Cruz and Rooney proposed",
    who acted together): the actor's first conjunct that names an actor. Only for the verbs of
    ``[reciprocal_verbs]``."""
    joined = [c for c in actor.children if c.dep_ == "conj"]
    # the parse sometimes gives the verb two subjects instead: "Bolton and I disagreed"
    if actor.dep_ == "nsubj":
        joined += [c for c in actor.head.children if c.dep_ == "nsubj" and c.i > actor.i
                   and any(t.dep_ == "cc" for t in actor.doc[actor.i + 1:c.i])]  # not an apposition
    return next((c for c in joined if _names_actor(c, tables)), None)


def mutual_act(token: Token, kind: str) -> bool:
    """An act two parties do with each other, so that a party named beside the actor is its
    other side (``_partner``): talks and material cooperation (PLOVER codes "all parties" of
    such acts as actors of one another, "Zorbia and Vetland held talks"), and an agreement to or
    backing of their ties ("Zorbia and Vetland restored ties"), of a pact the words make theirs
    (``_pact_between``: "... signed a treaty", "... backed a pact between them"), or of each
    other ("backed each other"). Not an act two parties only do alike ("Zorbia and Vetland
    praised the plan", "... denounced the treaty"), nor their backing of a pact of many ("...
    backed the global climate pact": neither backs the other)."""
    if kind in _MUTUAL_TYPES:
        return True
    if kind not in ("AGREE", "SUPPORT"):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    withs = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"]
    if any(_each_other(o) for o in objects + withs):
        return True  # "backed each other", "agreed with one another"
    # ties are had with someone, the other party named beside the actor where no "with" names one
    # ("Zorbia and Vetland restored ties"); a pact may be of many, so it must be said to be theirs
    return any(o.lemma_.lower() in _TIES or (o.lemma_.lower() in _PACTS and _pact_between(o, token))
               for o in objects)


def _each_other(word: Token) -> bool:
    """"each other", "one another" (parsed with either word as the head): the parties of the
    clause acting on one another."""
    pair = {word.lower_, *(c.lower_ for c in word.children if c.dep_ == "det")}
    return pair >= {"each", "other"} or pair >= {"one", "another"}


def _pact_between(obj: Token, verb: Token) -> bool:
    """Whether a pact is that of the clause's parties with each other: theirs ("their pact"),
    two-sided ("a bilateral treaty": ``[two_sided_modifiers]``), said to be "between"
    parties ("a pact between them"), or a new pact the parties sign (a signing verb,
    ``[pact_making_verbs]``, of a pact with "a", "signed a treaty"; not one of many:
    ``[many_sided_modifiers]``, "signed a global pact"). "Backed the climate pact" names none."""
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children):
        return True
    modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
    if modifiers & _TWO_SIDED:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in obj.children):
        return True
    return (verb.lemma_.lower() in _PACT_MAKING and not modifiers & _MANY_SIDED
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children))


def _shared_object(token: Token) -> Optional[Token]:
    """The object a verb shares with the verb it is joined to: "surrounded and threatened the
    senator" (the parse hangs "the senator" on "surrounded" alone), "arrested and questioned the
    student" (on "questioned" alone: the verb right after it, when that has no subject of its
    own; not "broke with Trump and urged him", whose first verb has its own words)."""
    if token.dep_ == "conj" and token.head.i < token.i:
        shared = next((c for c in token.head.children if c.dep_ in ("dobj", "obj") and c.i > token.i), None)
        if shared is not None or not any(c.dep_ == "conj" for c in token.children):
            return shared
        # a verb in the middle of a list: "arresting, imprisoning and executing dissidents"
    if any(c.dep_ not in ("cc", "conj", "punct") for c in token.children if c.i > token.i):
        return None
    for joined in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            return (next((c for c in joined.children if c.dep_ in ("dobj", "obj")), None)
                    or _listed_object(joined))
    return None


def _listed_object(verb: Token) -> Optional[Token]:
    """The object at the end of a list of verbs that share it, through the bare verbs between
    ("began arresting, imprisoning and executing dissidents": "imprisoning" has no word of its
    own); each verb after must have no subject, and each one passed nothing after it but a comma,
    "and" or the next verb."""
    for _ in range(4):
        if any(c.dep_ not in ("cc", "conj", "punct") for c in verb.children if c.i > verb.i):
            return None
        joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if joined is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            return None
        obj = next((c for c in joined.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None:
            return obj
        verb = joined
    return None


def _grievance_doer(token: Token, tables: Tables) -> Optional[Token]:
    """Whom an accusation or protest is about: the doer of the act its "over" or "about" phrase
    names ("Lebanon complained to the United Nations over two Israeli air raids": Israel, not the
    body complained to)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _GRIEVANCE_PREPS:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and not _actor_head(pobj, tables):
                return _act_of(pobj, tables)
    return None


def censured_act_doer(token: Token, kind: str, target: Optional[Token], tables: Tables) -> Optional[Token]:
    """Whom a condemnation or a protest of a harmful act is aimed at: the act's doer, not its
    victim. "Russia condemned the Israeli strike on Syria" and "China criticized the American
    sanctions on Huawei" accuse Israel and the United States; "students marched in protest
    against the killings of activists by police" protest against the police. A party the
    act's own phrase names after "on", "against" or "of", or by a possessive, is whom the act
    hit, not whom the accusation or protest is aimed at, and so is an attack's noun itself taken
    for a party ("condemned the bombing of a Chilean school": Chile's school, no Chile accused;
    "condemned the arrest of journalists in Egypt" is left to the place's state):
    where the act's words name no doer ("condemned the attack on its embassy") the event has no
    target rather than the victim.
    Only an act that harms (``EVENT_NOUNS`` of force, coercion, sanction or threat, or
    ``[censured_act_nouns]``): "filed a lawsuit against the city" names the accusation itself,
    and its "against" is its target. A protest also takes the doer of the act it is against
    when no target was found ("in protest against the violations by the army")."""
    if kind not in ("ACCUSE", "PROTEST"):
        return target
    for act, verb in _censured_acts(token, tables):
        harmful = act.lemma_.lower() in _CENSURED_ACTS or (
            EVENT_NOUNS.get(act.lemma_.lower(), ("",))[0] in _HARMFUL_TYPES)
        if not harmful or _actor_head(act, tables):
            continue
        doer = _harmful_act_doer(act, verb, tables)
        # an attack's own noun taken for a party through its "of" ("condemned the bombing of a
        # Chilean school"); not an arrest or a sanction, which a state does where it is told
        itself = target is not None and target.i == act.i and EVENT_NOUNS.get(act.lemma_.lower(), ("",))[0] == "ASSAULT"
        if target is not None and act.left_edge.i <= target.i <= act.right_edge.i and (target.i != act.i or itself):
            if doer is None or target.i != doer.i:
                return doer  # the victim named inside the act's phrase: the doer, or no one
        elif target is None and kind == "PROTEST" and doer is not None:
            return doer
    return target


def _censured_acts(token: Token, tables: Tables) -> list[tuple[Token, Token]]:
    """The nouns that may name the act a condemnation or protest is about, each with the verb
    it hangs on: the verb's object and the object of its "against", "over" or "about", when the
    verb is itself one of condemning or protesting ("condemned", "criticized", "protested"; not
    a light verb that names the act it does, "unleashed an attack on his rival", nor "blamed
    the attack on the rebels", whose "on" names the one blamed); and, after any verb, the
    object of "in protest against/over/of ..." ("marched in protest against the killings") or
    of an infinitive "to protest ..." said of the verb or of its object ("blocked roads to
    protest the arrests", "gathered for a rally to protest the arrests")."""
    lemma = token.lemma_.lower()
    censuring = lemma != "blame" and (tables.verbs.get(lemma) or ("",))[0] in ("ACCUSE", "PROTEST")
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    acts = [(o, token) for o in objects] if censuring else []
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            objects.append(pobj)
            if prep.lower_ in ("against", "over", "about") and censuring:
                acts.append((pobj, token))
            elif prep.lower_ == "in" and pobj.lemma_.lower() == "protest":
                acts += [(g, token) for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("against", "over", "of")
                         for g in p.children if g.dep_ == "pobj"]
    for holder in (token, *objects):
        for clause in (c for c in holder.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                       and c.lemma_.lower() == "protest" and c.pos_ == "VERB"):
            acts += [(c, clause) for c in clause.children if c.dep_ in ("dobj", "obj")]
    return acts


def _harmful_act_doer(act: Token, verb: Token, tables: Tables) -> Optional[Token]:
    """Who did a harmful act its noun names: its "by" phrase (also "carried out by", or a "by"
    after it the parser hung on the active verb: "marched in protest against the killings by
    police", an active verb takes no doer after "by"), else (but for what befalls someone,
    ``[undergone_nouns]``: "Voss's arrest" names whom it befell) its possessive or the name or
    nationality before it (``_act_of``)."""
    by = next((g for p in act.children if p.dep_ == "prep" and p.lower_ == "by"
               for g in p.children if g.dep_ == "pobj"), None)
    if by is None:
        by = next((g for acl in act.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj"), None)
    if by is None and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        by = next((g for p in verb.children if p.dep_ in ("agent", "prep") and p.lower_ == "by" and p.i > act.i
                   for g in p.children if g.dep_ == "pobj"), None)
    if by is not None:
        return by if by.lower_ not in _PRONOUNS and _names_actor(by, tables) else None
    return _act_of(act, tables)


def _shifted_object(token: Token) -> Optional[Token]:
    """The object a verb names after what it calls it, which the parse hangs on the "as" phrase
    as an apposition: "denounced as an ugly crime Serbia's suppression of the unrest"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                shifted = next((a for a in pobj.children if a.dep_ == "appos" and a.i > pobj.i), None)
                if shifted is not None:
                    return shifted
    return None


def _stranded_object(prep: Token) -> Optional[Token]:
    """The object of a preposition the parse leaves empty, having made the noun after it the
    subject of the clause that follows: "granted asylum to five officers holed up in a
    residence" ("officers" is parsed as the subject of "holed")."""
    if any(True for _ in prep.children):
        return None
    after = [t for t in prep.doc[prep.i + 1:prep.sent.end] if t.left_edge.i == prep.i + 1
             and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
    return after[0] if after else None


def _demanded_of(token: Token, tables: Tables) -> Optional[Token]:
    """Of whom a demand asks ("X said the Sudanese government must reach an agreement"): the
    subject of the verb the demand's modal hangs on, or the "by" of a passive ("X said Vetland should
    be sanctioned by the League": the League)."""
    agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent if _names_actor(agent, tables) else None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and _names_actor(subject, tables) else None


def refused_asker(token: Token, tables: Tables) -> Optional[Token]:
    """Whom a refusal that names nothing refused answers: the asker of the request the clause it
    is joined to reports, when the refuser is the one asked ("the government asked Judge Miller
    to delay his ruling, but he declined": the government; "The union asked the mayor to reopen
    the talks, but she refused": the union). The refusal must be that clause's joined verb, with
    no object or clause of its own (not "but she refused the offer"), its subject a pronoun
    (``[speaker_pronouns]``) or the asked one's own last word, and the asker must name an actor."""
    request = token.head
    if token.dep_ != "conj" or request.i >= token.i or request.lemma_.lower() not in REQUEST_VERBS \
            or any(c.dep_ in ("dobj", "obj", "dative", "xcomp", "ccomp", "prep") for c in token.children):
        return None
    asked = next((c for c in request.children if c.dep_ in ("dobj", "obj", "dative")), None)
    refuser = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if asked is None or refuser is None or not (refuser.lower_ in _SPEAKER_PRONOUNS or refuser.lower_ == asked.lower_):
        return None
    asker = next((c for c in request.children if c.dep_ == "nsubj"), None)
    return asker if asker is not None and asker.lower_ not in _PRONOUNS and _names_actor(asker, tables) else None


def own_force_instrument(token: Token, target_tok: Optional[Token], actor: EventParty,
                         target: Optional[EventParty]) -> bool:
    """A "with" phrase naming the actor's own armed force, the means of its act and not whom it
    is aimed at: "Saudi Arabia ... providing airstrikes with the Royal Saudi Air Force", "the
    government struck the rebels' bases with its army". Only a military target (MIL: not a
    government or police met with) of the actor's own country, and not after a verb two sides do
    with each other ("the police clashed with soldiers", ``[reciprocal_verbs]``) nor on a verb
    with no object of its own ("Iraqi police cooperated with the Iraqi army", "coordinated with
    the army"), where "with" names the other side."""
    if target_tok is None or target is None or target_tok.dep_ != "pobj" or target_tok.head.lower_ != "with":
        return False
    if token.lemma_.lower() in _RECIPROCAL_VERBS:
        return False
    if target_tok.head.head.i == token.i and not any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False  # "cooperated with the army": the partner, no means
    return target.sector == "MIL" and actor.country is not None and target.country == actor.country


def meeting_purpose(token: Token, target: Optional[Token]) -> bool:
    """A target found in what a meeting was for, not among those who met: "the ministers met in
    Oslo to discuss sanctions against Iran" met among themselves, not with Iran, which the talks
    were about (``MEETING_VERBS``; "met with the mayor to discuss ..." names the one met before the
    clause)."""
    if target is None or token.lemma_.lower() not in MEETING_VERBS or token.pos_ != "VERB":
        return False
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    return any(c.left_edge.i <= target.i <= c.right_edge.i for c in clauses)


def meeting_venue(token: Token, target: Optional[Token]) -> bool:
    """A meeting's "at" phrase says where it was held, not whom it met: "the negotiators met at a
    university in Oslo", "the ministers met at the embassy" (``MEETING_VERBS``); whom one meets
    is the object or follows "with"."""
    return target is not None and token.lemma_.lower() in MEETING_VERBS and target.dep_ == "pobj" \
        and target.head.lower_ == "at" and target.head.head.i == token.i


def object_it(target: Optional[Token]) -> bool:
    """A target that is "it" as an object ("Bolton tendered it", "did not give it any credence"):
    most often a thing the sentence before named (a resignation, a trial), which the words do not
    tie to any actor; no target rather than a wrong one. "It" as a passive's subject is left to
    ``_undergoer``."""
    return target is not None and target.lower_ == "it" and target.dep_ in ("dobj", "obj", "dative", "pobj")


def _own(obj: Token) -> bool:
    """An object the actor owns ("withdraw its troops from Lebanon", "recalled their
    ambassador"): the actor's own people, not whom the act is aimed at."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children)


def owned_by_joined_object(token: Token, obj: Token) -> bool:
    """Whether an object's "its" or "their" stands for the object of the verb this one is joined
    to, not for the actor: "seized a tanker and detained its crew", "banned the movement and
    arrested its leaders", "raided the villages and killed their elders" hold the tanker's crew and
    the movement's leaders, whom the act is done to (``_own`` would take them for the actor's own
    people, as in "recalled its ambassador"). Only an act done to people against their will
    (``[bodily_harm_verbs]``, ``[custody_verbs]``: not "entered the town and withdrew its
    troops"), joined ("and") to a verb whose own object is a noun, not a pronoun nor one of the
    actor's own ("recalled its envoy and expelled their diplomats" is left alone), and whose
    number the possessive agrees with ("its" a singular noun, "their" a plural one)."""
    if token.dep_ != "conj" or token.lemma_.lower() not in _ACTS_ON_PEOPLE or token.head.pos_ != "VERB":
        return False
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES), None)
    earlier = next((c for c in token.head.children if c.dep_ in ("dobj", "obj")), None)
    if owner is None or earlier is None or earlier.pos_ not in ("NOUN", "PROPN") or _own(earlier):
        return False
    plural = earlier.tag_ in ("NNS", "NNPS")
    return (owner.lower_ == "its" and not plural) or (owner.lower_ == "their" and plural)


def light_verb_target(token: Token, target: Optional[Token], tables: Tables) -> Optional[Token]:
    """The target of an act a light verb reports through its object (``model.light_verb_event``:
    "sent troops to Syria", "conducted a bombing of rebel camps"): the object names the act, or
    the forces sent, never whom it is aimed at. A target read as that object (or as the noun of
    many acts holding it: "a series of raids") gives way to the actor an "against" or "on"
    names, on the noun or on the verb, else one another target preposition names ("to", "with";
    not "with" after "send", "deploy", "dispatch": "sent troops with the United States" names a partner),
    else, of an act of force, the "of" phrase of its noun ("a bombing of rebel camps"); else no
    target. Any other target (or trigger) is kept."""
    light = light_verb_event(token)
    if light is None or target is None:
        return target
    noun = light[0]
    objects = {noun.i, noun.head.i} | {c.i for c in token.children if c.dep_ in ("dobj", "obj")}
    if target.i not in objects:
        return target
    holders = [noun, token]
    others = _OTHER_TARGET_PREPS
    if token.lemma_.lower() in _SENDING_VERBS:
        others = others - {"with"}  # "sent troops with the United States": a partner, no target
    found = _prep_target(holders, tables, _AIMED_PREPS) or _prep_target(holders, tables, others)
    if found is None and light[1][0] == "ASSAULT":
        found = _prep_target([noun], tables, frozenset({"of"}))
    return found


def delegation_destination(token: Token, target: Optional[Token], tables: Tables) -> Optional[Token]:
    """Whom a delegation was sent or led to, when the target read is the delegation itself, the
    verb's object: "Kenya sent a delegation to Uganda", "the minister led a delegation to Tarvia"
    are aimed at Uganda and Tarvia (the visit's host), not at the delegation, which is the actor's
    own people. Only a verb of ``[delegation_sending_verbs]`` with a noun of
    ``[delegation_nouns]`` for object; the "to" phrase on the verb or the noun, else no target.
    "Met with the delegation from Chile" is left as it is."""
    if target is None or target.dep_ not in ("dobj", "obj") or target.head.i != token.i \
            or target.lemma_.lower() not in _DELEGATIONS or token.lemma_.lower() not in _DELEGATION_SENDING:
        return target
    return _prep_target([token, target], tables, frozenset({"to"}))


def _prep_target(holders: Sequence[Token], tables: Tables, preps: frozenset[str]) -> Optional[Token]:
    """The actor a preposition of ``preps`` names after the verb or its object, or inside the
    phrase it names ("called for sanctions against Nigeria"); of something put forward named by
    its proposer's possessive, the proposer ("acceded to the protesters' demands", "agreed to
    Pelosi's plan": ``[proposal_nouns]``, ``_act_of``); "sanctions on the country's entities"
    keeps its phrase."""
    for holder in holders:
        for prep, word in map(out_of, holder.children):
            if prep.dep_ in ("prep", "dative") and word in preps and not _scene_setting(prep) \
                    and not route_end(prep):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) or _stranded_object(prep)
                if medium_on(prep, pobj):
                    continue
                if pobj is not None and prep.lower_ == "for" and not _actor_head(pobj, tables) \
                        and _names_actor(pobj, tables):
                    asked = asked_of(pobj, tables)  # "pressed for the addition of a clause": none
                    if asked is not None:
                        return asked
                    continue
                if pobj is not None and _names_actor(pobj, tables):
                    proposed = pobj.lemma_.lower() in _PROPOSALS and _possessed_act(pobj, tables)
                    return (_act_of(pobj, tables) if proposed else None) or pobj
                owner = possessor_after_preposition(prep, pobj, tables) or (
                    bidder(pobj, tables) if pobj is not None else None)  # "opposition to the swearing-in of Lee"
                if owner is not None:
                    return owner
                # "mediated an end to the conflict between Israel and Egypt": a mediation's "between" within
                inner = _prep_actor(pobj, tables, preps & _MEDIATION_PREPS) if pobj is not None else None
                if inner is not None:
                    return inner
    return None


def medium_on(prep: Token, pobj: Optional[Token]) -> bool:
    """A medium of words named after "on" (``[word_venues]``): "blamed city officials on
    Twitter", "attacked the senator on Facebook", "denounced the ruling on television" say where
    the words were put, not whom they were aimed at; "on" names the target first
    (``_prep_target``'s aimed prepositions: "sanctions on Iran"), so the platform, which the
    tagger takes for a body, came before the verb's own object. Only "on" and the medium's own
    head word ("on the Twitter account of the mayor" is left to the other rules), and only a
    channel itself (``[speech_media]``), not a speech or the press, which may be what the words
    are aimed at ("blamed the violence on the governor's speech", "cracked down on the media");
    "media" only as "social media"."""
    if pobj is None or prep.lower_ != "on":
        return False
    if pobj.lemma_.lower() in ("media", "medium"):
        return any(c.dep_ in ("amod", "compound") and c.lower_ == "social" for c in pobj.children)
    return pobj.lemma_.lower() in _SPEECH_MEDIA or pobj.lower_ in _SPEECH_MEDIA


def asked_of(thing: Token, tables: Tables) -> Optional[Token]:
    """What a "for" phrase names when it names a thing ("pressed for the addition of a clause to
    the party's charter", "called for duties on Peruvian steel", "apologized for the Iranian
    remarks"): the thing asked for or answered for, whose words do not make the party's
    country or name its target. The one it is asked of or done to, when the thing's own phrase
    names them by an actor after "of" or "from" ("called for the removal of the police chief",
    "asked for funds from the central bank") or by a possessive that names an actor and is no
    pronoun ("called for Lee's resignation"); else no target."""
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in _PRONOUNS and _names_actor(owner, tables) \
            and thing.lemma_.lower() not in _UNDERGONE_NOUNS:
        return owner
    # "of" an actor by itself ("of the police chief"), not a thing of theirs ("for a quarter
    # of the island's homes")
    return next((g for p in thing.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for g in p.children if g.dep_ == "pobj" and _names_actor(g, tables)
                 and (p.lower_ == "from" or _actor_head(g, tables))), None)


def out_of(prep: Token) -> tuple[Token, str]:
    """A preposition and the word ``_prep_target`` reads it as: the "of" of "out of" says what
    "from" says ("backed out of its supply deal with the union", "walked out of the talks with
    the owners"); any other word is itself."""
    if prep.lower_ == "out" and prep.dep_ in ("prep", "prt"):
        of = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return of, "from"
    return prep, prep.lower_


def possessor_after_preposition(prep: Token, pobj: Optional[Token], tables: Tables) -> Optional[Token]:
    """Whom a "with" or "against" phrase (``[possessor_prepositions]``) names through the
    possessive of a thing that is theirs: "agreed with Lee's remarks", "protested against the
    mayor's plan" are aimed at Lee and the mayor. Only a possessive that names an actor, not a
    pronoun (most often the actor's own: "with its allies' help"), a place or a time
    (``_noun_actor``: "Sunday's vote")."""
    if pobj is None or prep.lower_ not in _POSSESSOR_PREPS or _names_actor(pobj, tables):
        return None
    owner = _noun_actor(pobj)
    if owner is None or owner.dep_ != "poss" or owner.lower_ in _PRONOUNS or not _names_actor(owner, tables):
        return None
    return owner


def people_described(obj: Token) -> bool:
    """An object that names people through the "who" clause after it: "praised those who stayed",
    "arrested anyone who resisted" (``[described_people_pronouns]``) are aimed at them, though the
    pronoun alone names no actor ("those of the committee", "everyone knows" are left alone)."""
    return obj.lower_ in _DESCRIBED_PEOPLE and any(
        c.dep_ == "relcl" and any(w.lower_ in _PERSON_RELATIVES for w in c.children) for c in obj.children)


def relative_object(obj: Token, tables: Tables) -> Token:
    """The noun a relative pronoun stands for when it is the verb's object: "the militia, which the
    minister blamed for the attacks" is aimed at the militia, "the aide whom police arrested" at
    the aide (``antecedent``), when that noun names an actor itself or by a name before it ("the
    al-Qaeda offshoot"); not a thing a common word ties to one ("the government services that he
    demanded"); the one a description says what they are, of a description ("Lee was the one
    judge whom they voted to remove": Lee, ``described_subject``). Any other object is itself."""
    if obj.dep_ not in ("dobj", "obj") or obj.lower_ not in _ANY_RELATIVE:
        return obj
    noun = antecedent(obj)
    named_before = any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                       for c in noun.children)
    if noun is not obj and (_actor_head(noun, tables) or named_before or relative_person(obj, noun)
                            or relative_owned(noun, tables)):
        return described_subject(noun, tables)
    return obj


def relative_person(relative: Token, noun: Token) -> bool:
    """A relative "whom" stands for a person whatever its noun ("a self-described socialist whom
    she has accused of lying", "the novelist whom the regime jailed"): the noun is the target,
    though the actor dictionaries know no such word. Only "whom" (``[person_relatives]``, an
    object's form) and a common noun (a thing's relative is "which" or "that")."""
    return relative.lower_ == "whom" and noun.pos_ == "NOUN"


def relative_owned(noun: Token, tables: Tables) -> bool:
    """A relative object whose noun is a thing of someone named by a possessive: "Lee's victory,
    which Roe conceded", "the mayor's plan, which the council rejected" are aimed at Lee and
    the mayor, the noun's doer (``_act_of`` reads it, as for "conceded Lee's victory"). Only a
    possessive that names an actor and is no pronoun ("its plan, which ..." may be the actor's
    own)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ not in _PRONOUNS and _names_actor(owner, tables)


def route_end(prep: Token) -> bool:
    """"Move its embassy from Tel Aviv to Jerusalem", "flew from Paris to Rome": the places a
    route goes from and to are where the act went, not whom it is aimed at ("withdrew from
    Syria", with no route, is left alone)."""
    other = {"from": "to", "to": "from"}.get(prep.lower_)
    if other is None:
        return False
    ends = [prep] + [p for p in prep.head.children if p.dep_ == "prep" and p.lower_ == other]
    if len(ends) < 2:
        return False
    return all(g.ent_type_ in ("GPE", "LOC", "FAC") for p in ends for g in p.children if g.dep_ == "pobj")


def _scene_setting(prep: Token) -> bool:
    """A phrase put before its verb's subject, which sets the scene (where, when, in what) rather
    than naming whom the act is aimed at: "On a new website, Microsoft launched a campaign";
    "With the issue of race at the forefront, Klobuchar withdrew"."""
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and prep.i < subject.i < prep.head.i


def _act_of(obj: Token, tables: Tables) -> Optional[Token]:
    """The doer of the act a verb's object names, when it is the one the verb is aimed at:
    "denounced Serbia's suppression", "rejected calls by Belarus's rulers", "prevented the
    demonstration staged by students" (not a pronoun, which is most often the actor's own:
    "suspended its talks"), nor of what befell the one it names ("mourned Leonov's passing",
    "condemned Voss's arrest": ``[undergone_nouns]``)."""
    if obj.lemma_.lower() in _UNDERGONE_NOUNS:
        return None
    doer = _noun_actor(obj) or bidder(obj, tables)
    if doer is None:  # "prevented the demonstration staged by students"
        doer = next((g for acl in obj.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
                     for g in a.children if g.dep_ == "pobj"), None)
    if doer is None:  # "opposed the annexation of the island by Chile", its "by" hung on the verb
        doer = doer_on_verb(obj)
    if doer is None:  # "criticized the ruling of the court", "the strategy the mayor announced"
        doer = decision_maker(obj, tables)
    if doer is None or doer.lower_ in _PRONOUNS or not (_names_actor(doer, tables) or _proposer(obj, doer)):
        return None
    return doer


def doer_on_verb(obj: Token) -> Optional[Token]:
    """The doer of the act a verb's object names when the parser hung its "by" phrase on the
    active verb ("attacked the annexation of the island by Chile"): an active verb does not take
    its own doer after "by", so a "by" after an object that names an act through an "of" phrase
    ("the annexation of the island") names that act's doer, and so does one hung on the "as"
    complement after the object ("the annexation of the island as Chilean land by Chile").
    Not on a passive verb (there "by" is the verb's own doer), nor after an object with no "of"
    phrase ("won the seat by a margin"); the caller asks that the word names an actor ("cut the
    price of oil by half")."""
    verb = obj.head
    if obj.dep_ not in ("dobj", "obj") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None
    # or on the last word of the verb's "as" complement ("proclaimed the annexation of the island
    # as Chilean land by Chile"): a role named after "as" has no doer of its own
    hosts = [verb, *(g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
                     for g in p.children if g.dep_ == "pobj")]
    return next((g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > obj.i
                 for g in p.children if g.dep_ == "pobj"), None)


def bidder(obj: Token, tables: Tables) -> Optional[Token]:
    """Whose run for an office an object names through "of" (``[bid_nouns]``): "supported the
    candidacy of Senator Lee", "opposed the nomination of the judge" are aimed at Lee and the
    judge. Only an "of" phrase that names an actor. A word split at its hyphen is read whole
    ("the swearing-in of Lee", parsed as "in" with "swearing" before it: ``hyphen_joined``)."""
    if obj.lemma_.lower() not in _BIDS and hyphen_joined(obj) not in _BIDS:
        return None
    return next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and _names_actor(g, tables)), None)


def decision_maker(obj: Token, tables: Tables) -> Optional[Token]:
    """Who made the decision or measure an object names (``[decision_nouns]``): its "of" phrase
    ("criticized the ruling of the Supreme Court", "opposed the policy of the government") or the
    subject of a clause that describes it and has no object of its own ("criticized the strategy
    the mayor announced", "the decision that the council took"). An act aimed at a decision is
    aimed at its maker, not at the decision. Only a word that names an actor, never a pronoun
    ("the plan they made" may be the actor's own)."""
    if obj.lemma_.lower() not in _DECISIONS:
        return None
    makers = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]
    makers += [s for c in obj.children if c.dep_ == "relcl" and not any(o.dep_ in ("dobj", "obj") for o in c.children
                                                                         if o.lower_ not in _RELATIVE_PRONOUNS)
               for s in c.children if s.dep_ == "nsubj"]
    return next((m for m in makers if m.lower_ not in _PRONOUNS and m.lower_ not in _RELATIVE_PRONOUNS
                 and _names_actor(m, tables)), None)


def hyphen_joined(word: Token) -> str:
    """A word's lower-case text joined with the part before its hyphen when the tokenizer split
    a hyphenated word there ("swearing-in" of "swearing", "-", "in"); else its own text."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ \
            and not doc[word.i - 2].whitespace_:
        return f"{doc[word.i - 2].lower_}-{word.lower_}"
    return word.lower_


def _proposer(obj: Token, doer: Token) -> bool:
    """"Rejected Pelosi's suggestion", "backed Okafor's plan": the name in the possessive of a
    noun of something put forward (``[proposal_nouns]``) is one who proposed it, an actor, even
    where the parser tags the name as no person (an event, a work of art)."""
    return (obj.lemma_.lower() in _PROPOSALS and doer.dep_ == "poss" and doer.pos_ == "PROPN"
            and doer.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"))


def _complement_target(token: Token, tables: Tables, depth: int) -> Optional[Token]:
    """The target of the act a verb introduces: the object of its infinitive ("threatened to ban
    opposition candidates", "opened fire to disperse demonstrators"), of the verb that describes
    its object ("issued a declaration demanding that Turkey ...") or the subject of its "that"
    clause ("demanded that the US cancel ..."), when it names an actor other than a pronoun; two
    such steps at most."""
    if depth > 1:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    # the object's describing verb in "-ing" only: "a declaration demanding", "missiles targeting";
    # not "an attack ascribed to the Taliban" (its doer) nor "a resolution to establish rules"
    for child in [*token.children, *(a for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBG")]:
        asked = subject_after_for(child, tables)
        if asked is not None:
            return asked
        purpose = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if (child.dep_ in ("xcomp", "acl") or purpose) and child.pos_ in ("VERB", "AUX"):
            found = _target(child, tables, depth + 1)
            if found is not None and found.lower_ not in _PRONOUNS:
                return found
        # "investigate whether Pompeo used ...": an inquiry looks into its question's subject
        opener = {"that"} | (_QUESTION_MARKS if token.lemma_.lower() in _INQUIRIES else set())
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in opener for c in child.children):
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ not in _PRONOUNS and _names_actor(subject, tables):
                return subject
    return None


def subject_after_for(clause: Token, tables: Tables) -> Optional[Token]:
    """The subject of an infinitive clause opened by "for", which names whom the act asks or
    wants something of: "called for the mayor to resign", "argued for Lee to step down" are aimed
    at the mayor and Lee (not "called for reforms", a position). Only a subject that names an
    actor, and no pronoun (which the words do not tie to anyone)."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp") or not any(c.dep_ == "mark" and c.lower_ == "for"
                                                                for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _PRONOUNS or not _names_actor(subject, tables):
        return None
    return subject


def _prep_actor(token: Token, tables: Tables, also: frozenset[str] = frozenset()) -> Optional[Token]:
    """The actor an event noun is aimed at: "sanctions against Nigeria", "talks with Iran"; and by
    the prepositions ``also`` ("between", of a mediation: ``_target``)."""
    for prep in token.children:
        if prep.dep_ == "prep" and (prep.lower_ in _TARGET_PREPS and prep.lower_ not in ("for", "from")
                                    or prep.lower_ in also):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and _names_actor(pobj, tables):
                return pobj
    return None


def _possessed_act(obj: Token, tables: Tables) -> bool:
    """An object that names an act by its doer's possessive: "Serbia's suppression", "Obama's
    citizenship"; not "Trump's lawyer" (an actor itself) nor "a Ukrainian jet" (no possessive)."""
    return not _actor_head(obj, tables) and any(c.dep_ == "poss" for c in obj.children)


def _voices(statements: Iterable[Statement], tables: Tables, people: Optional[People] = None,
            bodies: Sequence[Entity] = (), doc: Optional[Doc] = None,
            named: Optional[set[str]] = None) -> list[Voice]:
    """(start, end, speaker entity, speaker country) of each quoted content: "we" in a quote
    is its speaker, of the country their affiliation, roles or name give, else the one the
    article describes them with (``_people``), else that of the body their role opens with
    (``role_body_country``: "Houthi military spokesperson"), else that of the bodies the article
    names by the common noun their role opens with (``role_noun_country``: "ministry spokesperson")."""
    out: list[Voice] = []
    for s in statements:
        speaker = s.speaker
        if speaker is None:
            continue
        country = said_coding([speaker.affiliation or "", *speaker.roles, speaker.name or ""],
                              speaker.affiliation, tables, named)[0]
        if country is None and speaker.name and people:
            country = people.get(speaker.name.split()[-1])[1]
        if country is None:
            country = role_body_country(speaker.roles, bodies, tables)
        by_noun = False
        if country is None and doc is not None:
            country = served_body_country(speaker.roles, doc, tables)  # "ministry spokesperson"
            by_noun = country is not None
        out.append((s.content.start, s.content.end, speaker.entity, country, _state_role(speaker.roles, tables),
                    by_noun))
    return out


def _state_role(roles: Iterable[str], tables: Tables) -> Optional[str]:
    """The state sector of a speaker's role that begins with a state body's noun ("army spokesman",
    "police chief": MIL, COP); None for a role that first names a group of its own ("Houthi
    military spokesperson": a militia's, not the state's)."""
    for role in roles:
        first = word_key(role.split()[0]) if role.split() else ""
        if tables.agents.get(first) in _AUTHORITY_SECTORS:
            return tables.agents[first]
    return None


def leader_described_country(name: Span, tables: Tables, named: set[str], people: Optional[People],
                             known: Optional[dict[str, Entity]]) -> Optional[str]:
    """The country of a person a body is named after (``countries.led_by_person``): the one the
    dictionary gives the name, unless only words that say nothing of the person give it
    (``_spurious_name_country``), else the one the article describes them with (``_people``: the
    words around the name, else their resolved entity's roles and affiliation); None if none."""
    words = _words(name)
    country = code_actor(words, tables)[0]
    if country is not None and country != _spurious_name_country(words, tables, named):
        return country
    if people is None:
        return None
    known_id, said = people.get(name[-1].text)
    record = (known or {}).get(known_id or "")
    if said is None and record is not None:
        said = entity_coding(record, tables, named)[0]
    return said


def _people(doc: Doc, tables: Tables, entities: Iterable[Entity], named: Optional[set[str]] = None) -> People:
    """What the article says of each person, by surname: the resolved entity of that name (none
    when two share it), and the country the words around the name give where the article first
    describes them ("Swedish activist Greta Thunberg", "Greta Thunberg, a Swedish activist").
    Read once an article."""
    ids: dict[str, Optional[str]] = {}
    for e in entities:
        if e.type == "PERSON":
            for name in {e.name, *e.aliases}:
                key = name.split()[-1].lower() if name.split() else ""
                ids[key] = e.id if ids.get(key, e.id) == e.id else None
    said: dict[str, Optional[str]] = {}
    order: list[tuple[int, str]] = []
    seen: set[str] = set()
    for ent in doc_index.ents(doc):
        key = ent[-1].text.lower()
        if ent.label_ != "PERSON" or any(c.isdigit() for c in ent.text):
            continue  # "COVID-19" taken for a person is none
        first = key not in seen
        seen.add(key)
        order.append((ent.end - 1, key))
        if said.get(key):
            continue
        root = ent.root
        words = [t for t in _phrase(root) if not (ent.start <= t.i < ent.end)]
        for appos in (c for c in root.children if c.dep_ == "appos" and not past_apposition(c)):
            words += list(_phrase(appos))  # not "formerly a Ruritanian church": its past
        words += _home_place(root)
        words += _copula_description(root)
        words += _apposed_title(root)
        words += _next_description(ent) if first else []
        theatres = theatre_places(root)  # "a top general in the war in Iraq": not Iraqi
        words = [t for t in words if not any(start <= t.idx < end for start, end in theatres)]
        country = code_actor(_words(words), tables)[0] if words else None
        country = country or legislator_state(ent)
        if country is None and named is not None:  # "Home Secretary Ann Roe": Britain's
            country = national_office_country(_words(words), named, paragraph_countries(doc, root, named))
        said[key] = country if country is not None and (_a_country(country) or country == "IGO") else None
    return People({key: (ids.get(key), said.get(key)) for key in set(ids) | set(said)}, order)


def legislator_state(name: Span) -> Optional[str]:
    """USA for a person's name followed right away by the bracketed party and US state news marks
    a legislator with ("Sens. Ann Roe (D-N.J.), Joe Poe (R-Fla.) and ...", "Rep. Jane Doe
    (D-Texas)": ``us_state_country``), wherever the article so names them: such a person is of
    the United States, not of the country the article is about (a senator in an article on Iran
    sanctions is no Iranian). The resolver gives no affiliation to a name in a list; a bracket
    that is no such affiliation ("(AP)", "(Ind.)") says nothing."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != "(":
        return None
    close = next((t for t in doc[name.end + 1:name.end + 8] if t.text == ")"), None)
    if close is None:
        return None
    return us_state_country(doc_index.text(doc)[doc[name.end].idx + 1:close.idx])


def _home_place(name: Token) -> list[Token]:
    """The country a person's name says they are from: "Eliud Kipchoge from Kenya". Only a place
    that is unambiguously a country (``_plainly_a_country``: not "Jane Roe from Georgia", also a
    US state; not a city, "John Simpson from Baghdad", more often where a reporter files from),
    the first place after "from", and only when no place follows it ("from Lebanon, Pennsylvania"
    is a town); not "a letter from Congress", which is no place."""
    doc = name.doc
    for p in name.children:
        if p.dep_ != "prep" or p.lower_ != "from":
            continue
        place = next((g for g in p.children if g.dep_ == "pobj"), None)
        ent = doc_index.entity_at(doc, place.i) if place is not None and place.ent_type_ == "GPE" else None
        if ent is None or ent.start != p.i + 1 + (doc[p.i + 1].lower_ == "the"):
            return []
        after = doc[ent.end:ent.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].ent_type_ in ("GPE", "LOC"):
            return []  # "from Lebanon, Pennsylvania": a town of that state
        return list(ent) if _plainly_a_country(ent.text) else []
    return []


def _next_description(name: Span) -> list[Token]:
    """How the sentence right after the first one naming a person describes them by nationality:
    its subject is "the", a word saying which one, and a singular people's noun ("... activist
    Greta Thunberg [...]. The sixteen-year-old Swede is ..."), when the sentence naming them names
    no other person. None otherwise: "The Swedish government said" is no description of anyone,
    nor a people ("The Chinese proposed a deal", "The French welcomed her"), nor a bare "The Dane
    scored twice", as often someone else the sentence spoke of."""
    doc, sent = name.doc, name.sent
    if sent.end >= len(doc) or sum(e.label_ == "PERSON" for e in doc_index.ents_in(sent)) != 1:
        return []
    subject = next((t for t in doc[sent.end].sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "NORP" or subject.tag_ not in ("NN", "NNP") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or not any(c.dep_ in ("amod", "nummod", "compound") and c.i < subject.i for c in subject.children):
        return []
    return [subject]


def _apposed_title(name: Token) -> list[Token]:
    """The words before the common noun a person's name stands beside as its apposition: "met
    Uganda's foreign minister Joe Poe", "the Chilean president, Ann Roe" (the parse hangs the
    name on "minister", "president", so the name's own phrase holds none of them). They say who
    the person is as "Foreign Minister Joe Poe" would. Only the words up to the noun: "a critic
    of Russia, Ann Roe" is no Russian; nor is the first part of a compound of origin ("Sweden's
    Turkish-born minister", "a Somali-Swedish minister": ``_origin_part``)."""
    head = name.head
    if name.dep_ != "appos" or head.pos_ != "NOUN" or head.i > name.i:
        return []
    return [t for t in name.doc[head.left_edge.i:head.i + 1] if not _origin_part(t)]


def _origin_part(word: Token) -> bool:
    """A nationality that opens a hyphened compound of origin ("Turkish" of "Turkish-born", of
    "Turkish-Swedish"): where someone comes from, not the country they serve."""
    doc = word.doc
    if word.ent_type_ != "NORP" and word.tag_ != "JJ" or word.i + 2 >= len(doc) or word.whitespace_:
        return False
    hyphen, after = doc[word.i + 1], doc[word.i + 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and (after.lower_ == "born" or after.text[:1].isupper())


def _copula_description(name: Token) -> list[Token]:
    """What a sentence says a person is, when they are its subject: "Hatice Cengiz is a Turkish
    national" (the words up to the head of "a Turkish national"; not "of Russia" in "was a
    critic of Russia"); none for another verb."""
    if name.dep_ != "nsubj" or name.head.lemma_ != "be":
        return []
    return [t for a in name.head.children if a.dep_ == "attr" for t in name.doc[a.left_edge.i:a.i + 1]]


def speaker_against_own_side(token: Token, kind: str, actor: EventParty, target_country: Optional[str],
                             voices: Sequence[Voice], target_sector: Optional[str] = None) -> bool:
    """A speaker's "we" of no known country (``_voices``) that took the article's main country
    (``_party``) in an attack or threat (``_HOSTILE``; not an arrest: "we arrested two Saudis" is
    most often the police of the country) while its target's own words name that same country (``target_country``, not
    the one a target of no named country is given: "we will attack the rebels"): the speaker stands
    against that side, so is not of it ("“We will strike the Saudis,” said a Houthi spokesman"
    in an article mostly on Saudi Arabia). Such a speaker is given no country rather than a guess.
    Not a country's own forces against the rebels, gangs or militants of that country ("the
    Nigerian Boko Haram fighters", "the Mexican gangs": ``target_sector``), nor a speaker whose role is
    of the state ("army spokesman", "police chief"): that is home-front security news, and the
    "we" is the country's."""
    if kind not in _HOSTILE or token.lower_ not in _FIRST_PERSON or actor.country is None \
            or target_country != actor.country:
        return False
    if target_sector in _ARMED_OUTLAWS:
        return False
    voice = next((v for v in voices if v[0] <= token.idx < v[1]), None)
    return voice is not None and voice[3] is None and voice[4] is None


def speaker_against_role_body(token: Token, actor: EventParty, target_country: Optional[str],
                              voices: Sequence[Voice]) -> bool:
    """A speaker's "we" given only the country of the bodies their role names by its common noun
    (``role_noun_country``: "ministry spokesperson") in an event whose target's own words name
    that same country: a country's ministry does not condemn, threaten or back that country as
    another party, so the speaker is most likely another country's ministry the article did not
    name as such ("Kenya's ministry arrested ... “We condemn Kenya,” ministry spokesperson Jo
    Okello said"). Such a speaker is given no country rather than a guess."""
    if token.lower_ not in _FIRST_PERSON or actor.country is None or target_country != actor.country:
        return False
    voice = next((v for v in voices if v[0] <= token.idx < v[1]), None)
    return voice is not None and voice[5]


def said_by_force_country(token: Token, doc: Doc, tables: Tables,
                          named: set[str]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The country and sector of the police force (``police_force``) whose "they" or "it" a
    pronoun is, as the subject of what the force said ("Kent Police said they had arrested a
    man"): the force's own country (``police_force_country``, None where it has none), not the
    country the article names most, and the sector its words are coded to (police), which the
    pronoun keeps; None for any other speaker and for a first-person pronoun in a quote."""
    if token.lower_ in _FIRST_PERSON or token.head.dep_ != "ccomp":
        return None
    speaker = _subject(token.head.head)
    if speaker is None or not police_force(speaker):
        return None
    return (police_force_country(speaker, doc, tables, named), code_actor(_words(_phrase(speaker)), tables)[1])


def _speaker_pronoun(token: Token) -> bool:
    """A pronoun that stands for the speaker of the statement it is in: "we" or "I" in a quote,
    or the subject of what was said ("One senator, X, said he intended to sue")."""
    if token.lower_ in _FIRST_PERSON:
        return True
    return (token.lower_ in _SPEAKER_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.dep_ == "ccomp" and token.head.head.lemma_.lower() in _SAYING
            and not quoted_apart(token, token.head.head))


def quoted_apart(token: Token, verb: Token) -> bool:
    """Whether a quotation mark stands between a word and the speech verb whose clause holds it:
    '"It is changing our plans," he said' quotes the speaker's own words, whose "it"
    (or "he", "she") is someone or something they speak of, never the speaker."""
    low, high = sorted((token.i, verb.i))
    return any(t.is_quote for t in token.doc[low + 1:high])


def _known_person(token: Token, people: Optional[People]) -> bool:
    """A party that stands for a person (``_a_person``) the article has named: a pronoun only when
    a person was named shortly before it (``People.before``); else it may stand for anything."""
    if not _a_person(token):
        return False
    return token.lower_ not in _PERSONAL_PRONOUNS or (people is not None and people.before(token.i) is not None)


def subject_antecedent(token: Token) -> int:
    """The token index before which to look for the person a subject "he" or "she" stands for
    (``People.before``): the subject of a clause it hangs from, when that is the same pronoun or
    a person whose first name is of the pronoun's gender (``name_opening_gender``), and so the
    person named as an object between them is not. In "She visited Kenya's president Ann Roe in
    Nairobi, where she met reporters" (or "..., and she then criticized the police"; "After she
    met Ann Roe, she said ...") the second "she" goes on with the first, not with the person she
    visited; in "Lena Roe met Ann Poe, and she ..." it is Lena Roe. The first subject met going
    up that is none of these ("She met the minister, who said she ...": "who"; "Tom Poe said she
    ...") leaves the nearest person, as before: the token's own index."""
    form = token.lower_
    if form not in _SUBJECT_GENDER or token.dep_ not in ("nsubj", "nsubjpass"):
        return token.i
    verb = token.head
    for clause in verb.children:  # "After she met Ann Roe, she said": the same subject before
        if clause.dep_ == "advcl" and clause.i < token.i:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ == form:
                return subject_antecedent(subject)
    node = verb
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is None:
            continue
        if subject.lower_ == form:
            return subject_antecedent(subject)
        name = doc_index.entity_at(token.doc, subject.i) if subject.ent_type_ == "PERSON" else None
        if name is not None and name_opening_gender(name[0].text) == _SUBJECT_GENDER[form]:
            return name.end  # "Lena Roe met Ann Poe in Nairobi, where she ...": Lena Roe
        break
    return token.i


def _party(token: Token, doc: Doc, tables: Tables, countries: list[tuple[int, str]], named_countries: set[str],
           mentions: list[tuple[int, int, str]], voices: Sequence[Voice] = (),
           known: Optional[dict[str, Entity]] = None, people: Optional[People] = None,
           main_country: Optional[str] = None) -> tuple[EventParty, Optional[str]]:
    """The coded party of an actor's or a target's token, and the country it has without guessing
    from places; ``countries`` are the article's country mentions in text order
    (``_country_mentions``) and ``named_countries`` their set, both read once an article by
    ``find_events``. The party's own country guesses from places (what the event gate was trained
    on): a person's pronoun takes the country named last before it and several countries the
    first named; the country without guessing takes neither (``unguessed_party``)."""
    span = _phrase(token)
    person = doc_index.entity_at(doc, token.i) if token.ent_type_ == "PERSON" else None
    full = surname_of_named(token)
    if person is None and full is not None:
        person = doc[token.i:token.i + 1]  # "Mark Cuban ... Cuban also complained": the person, not Cuba
    words = _words(span)
    country, sector = (_person_coding(span, person, tables, named_countries, full) if person is not None
                       else code_actor(words, tables))
    if country is None:  # "the Foreign Secretary", "the Taoiseach": where the article names that country
        country = national_office_country(words, named_countries, paragraph_countries(doc, token, named_countries))
    ruler = ruled_by_person(token)
    if country is None and ruler is not None:  # "the government of Ann Roe": her country, else none
        country = code_actor(_words(ruler), tables)[0] or (people.get(ruler[-1].text)[1] if people else None)
    leader = led_by_person(token) if country is None and ruler is None else None
    if leader is not None:  # "Ann Roe's government": hers where the name or the article says it
        country = leader_described_country(leader, tables, named_countries, people, known)
    if country and any(w in event_tables.dependency_peoples() for w in words):  # "Samoan": Samoa's or the USA's
        country = dependency_people(words, country, _country_counts(countries))
    entity_id = next((eid for s, e, eid in mentions if s < span.end_char and span.start_char < e), None)
    record = (known or {}).get(entity_id or "")
    if record is not None and not any(w in tables.countries for w in words):
        # a resolved speaker: what the article says of them ("a U.S. senator", "Iran's foreign
        # minister") before any dictionary by surname
        said_country, said_sector = entity_coding(record, tables, named_countries)
        said_country = said_country or role_body_country(record.roles, (known or {}).values(), tables) \
            or served_body_country(record.roles, doc, tables)  # "a spokeswoman for the government"
        country, sector = said_country or country, sector or said_sector
    voice = next((v for v in voices if v[0] <= token.idx < v[1]), None) if _speaker_pronoun(token) else None
    if voice and (token.lower_ in _FIRST_PERSON or voice[2] or voice[3]):
        # a speaker of no known country speaks for the article's main one where one clearly leads
        # (``_leading_country``), not the one named last before the quote ("we are not prepared
        # to risk no deal": not Ireland)
        # (none where the article names a territory of it coded apart: ``people_country``)
        force = said_by_force_country(token, doc, tables, named_countries)
        country = voice[3] or (force[0] if force else None) or people_country(main_country, named_countries)
        if force is not None:  # "Kent Police said they had arrested": the force's sector too
            sector = sector or force[1]
    else:
        voice = None
    ethnic = next((t.nbor() for t in span if t.lower_ == "ethnic" and t.i + 1 < len(doc)), None)
    if country and ethnic is not None and code_actor(_words([ethnic]), tables)[0] == country:
        # "ethnic Albanians" near Macedonia's border are Macedonia's: the country they live in,
        # named by their own words ("in Croatia") or else by the sentence
        others = [c for o, c in countries if c != country and token.sent.start_char <= o < token.sent.end_char]
        inside = [c for o, c in countries if c != country and token.left_edge.idx <= o <= token.right_edge.idx]
        country = (inside or others or [country])[0]
    # a surname alone is often left untagged after the full name: "Dahlqvist said"
    surname = person[-1].text if person is not None else token.text if token.pos_ == "PROPN" else None
    if country is None and surname is not None and people:
        # "Callamard", "Thunberg": a person the article named and described before, as a
        # resolved speaker ("UN rapporteur") or with the words around the name ("Swedish
        # activist Greta Thunberg"), before any dictionary by surname
        known_id, said = people.get(surname)
        record = (known or {}).get(known_id or "")
        if record is not None:
            entity_id = entity_id or known_id
            said_country, said_sector = entity_coding(record, tables, named_countries)
            country, sector = said_country, sector or said_sector
        country = country or said
    if country is None and token.ent_type_ == "PERSON":
        # "Kagame", "Carlos Menem": a leader the dictionaries know by another form of the name
        last = person[-1].text if person is not None else token.text
        country, sector2 = _leader_country(last, tables, named_countries)
        sector = sector or sector2
    if country is None and people is not None and token.lower_ in _PERSONAL_PRONOUNS:
        # "she" after "Kamala Harris": the person named just before, as the article describes them
        named = people.before(subject_antecedent(token))
        country = people.get(named)[1] if named else None
        if country is None and named:
            record = (known or {}).get(people.get(named)[0] or "")
            country = entity_coding(record, tables, named_countries)[0] if record is not None else None
    guessed_for_person = False  # a known person's country guessed from the place named last
    if country is None and ruler is None:
        head = token.lower_
        if head in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ccomp", "advcl"):
            # "the Iranian military announced that it had built ...": "it" is the announcer
            outer = _subject(token.head.head)
            if outer is not None and outer.i != token.i:
                outer_span = _phrase(outer)
                country, sector2 = code_actor(_words(outer_span), tables)
                sector = sector or sector2
                # "Kent Police said they had arrested ...": the force's country
                country = country or police_force_country(outer, doc, tables, named_countries)
        if country is None and voice is None \
                and (head in _PRONOUNS or any(t.lower_ in _COUNTRY_NOUNS for t in span)):
            # not a speaker's "we": one of no known country is not of the country named last
            # (without guessing, a known person is not either)
            guessed_for_person = _known_person(token, people)
            country = _last_country(countries, span.start_char)
            if _unsure_subject_pronoun(token, countries, main_country, country):
                country = None
    unguessed = None if guessed_for_person else country
    if several_countries(token) and iso_places.country_code(unguessed or "") is not None:
        unguessed = None  # "All three nations", "the nations of Serbia and Kosovo": not the first named
    start, end = span.start_char, span.end_char
    entity = voice[2] if voice else entity_id
    return EventParty(span.text, start, end, entity=entity, country=country, sector=sector), unguessed
