"""Who did what to whom: PLOVER events read from the parsed article.

Every candidate of every sentence (a verb, or a noun that names an event: ``event_model.is_candidate``)
is described (``event_model.trigger_features``) and scored by the event model; a candidate whose
best PLOVER type is likely enough becomes an event, unless it is a figure of speech ("fighting
corruption"), a verb of saying or what its subject underwent ("died"), a game ("defeated South
Korea 1 – 0": ``sports_context``), harm of no one's will ("the typhoon killed": ``natural_cause``),
a declared state of emergency, a fire caught (``caught_hazard``), or the event gate
(``gate.py``) judges it no event at all ("served", "founded" in general news). Some types
are set by what the verb is, whatever the model says:
a named person's "attack" in words is ACCUSE (``verbal_attack``), a lawsuit ACCUSE/allege,
a verdict SANCTION/convict, an arrest COERCE/arrest; a meeting held CONSULT, sanctions imposed
SANCTION, a protest joined or a protest crowd's violence PROTEST, a resignation or troops leaving
RETREAT (``act_type``), and a protest crowd's demands are no REQUEST. An assault, coercion, sanction or accusation
told in the passive with no agent ("X was arrested") has its subject as target and the state of
its place (else of its country) as actor (``implied_actor``). Its actor is the verb's
subject (the agent of a passive, the subject of the clause it depends on; a noun's possessor,
national adjective or "by" phrase), its target (``_target``) the passive subject, the object of
"against" or "on", a direct object that names an actor (not the actor's own: "its troops"), the
object of another preposition ("with", "to", ..., also inside an event noun's phrase), the doer
of the act the object names ("denounced Serbia's crackdown") or else the target of the act the
verb introduces ("threatened to cut ties with Russia", "demanded that the US cancel ...") or a
threat's condition ("... if the United States deploys missiles"); an act on a place with no
other target is aimed at the place's country. Both are coded to a
country and sector with ``event_tables``; a party that is a resolved speaker, or the subject of
what a speaker said ("X said he would sue"), takes that entity and what the article says of it
(``entity_coding``), and a person the article describes ("Swedish activist Greta Thunberg")
that country before any dictionary by surname. Pronouns and "the country" take the country last
named before them; any other actor that names no country takes its sentence's (else the one
the article names most, else its target's), a target its sentence's other than the actor's (else
the article's, else the actor's); a named forum or association is an NGO and an "ethnic" group
the country it lives in. The place's country is the dictionaries' or one its own phrase names.
The same event reported twice in one article (same type, actor, target and date) is kept once.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence, TypeGuard

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract import doc_index
from onrecord.extract.dates import statement_date
from onrecord.extract.events import gate as event_gate
from onrecord.extract.events import model as event_model
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.checks import (
    DISMISSALS,
    LOCAL_TRIP_PLACES,
    abstract_actor,
    address_place,
    alleged_party,
    continued_saying,
    custody_country,
    dismissed_holder,
    disowned_stance,
    held_occasion,
    no_political_act,
    played_match,
    reporting_outlet,
    time_target,
    trip_destination,
    unaimed_allegation,
)
from onrecord.extract.events.gate import EventGate
from onrecord.extract.events.model import CONDITIONS, NONE, EventModel, event_flags, is_candidate, trigger_features
from onrecord.extract.events.tables import Tables, code_actor, code_surname, word_key
from onrecord.extract.events.verbal import STATEMENT_NOUNS, retyped, verbal_check
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.words import NAME_TITLES, PARTITIVE_PRONOUNS
from onrecord.model import Entity, Event, EventParty, EventPlace, Extent, Statement, TextSpan

THRESHOLD = 0.5  # the least probability of a PLOVER type that makes a verb an event
LEXICON_WEIGHT = 0.5
DEMAND_CONFIDENCE = 0.6
UNPATTERNED_THRESHOLD = 0.55  # a verb no pattern knows needs the model to be surer
SIDE_WEIGHT = 0.6  # a verb of a describing clause is less likely the sentence's event
SURE = 0.8  # an event this likely needs no named actor: its place gives the actor's country
# how many times as often as any other the article must name its main country for a party no
# words place to be taken as of it (``_leading_country``): read on the Wikinews dev half, the
# fallback was most often wrong where two countries were named about as often (a US senator's
# "I" in an article naming Turkey 18 times and Syria 16; a Kenyan runner where Austria and Kenya
# are named twice each) and right where one led by half again or more
MAIN_COUNTRY_LEAD = 1.5
_WORDS = "event_words.txt"
_DEMAND_MODALS = data.words(_WORDS, "demand_modals")
_HINTS = data.words(_WORDS, "hinting_verbs")
_PLACE_NOUNS = data.words(_WORDS, "place_nouns")  # "a Syrian border town" (_a_place_description)
_TARGET_PREPS = data.words(_WORDS, "target_prepositions")
_OWN_POSSESSIVES = data.words(_WORDS, "own_possessives")
_AIMED_PREPS = data.words(_WORDS, "aimed_prepositions")  # those that name the target before an object
_OTHER_TARGET_PREPS = _TARGET_PREPS - _AIMED_PREPS
_MEDIATION_PREPS = data.words(_WORDS, "mediation_prepositions")  # "between": a mediation's only
_MEDIATION_VERBS = data.words(_WORDS, "mediation_verbs")
_MEDIATING_ROLES = data.words(_WORDS, "mediating_roles")
_PLACE_PREPS = data.words(_WORDS, "place_prepositions")
_GRIEVANCE_PREPS = data.words(_WORDS, "grievance_prepositions")
_PRONOUNS = data.words(_WORDS, "pronouns")
_THING_RELATIVES = data.words(_WORDS, "thing_relatives")  # pronouns that do not name an actor alone
_RELATIVE_PRONOUNS = data.words(_WORDS, "relative_pronouns")
_THING_PRONOUNS = _THING_RELATIVES | _RELATIVE_PRONOUNS | {"it", "this"}  # a passive subject naming no victim
_ACTOR_PRONOUNS = _PRONOUNS - _THING_RELATIVES
_FIRST_PERSON = data.words(_WORDS, "first_person")
_SPEAKER_PRONOUNS = data.words(_WORDS, "speaker_pronouns")
_PERSONAL_PRONOUNS = data.words(_WORDS, "personal_pronouns")
_AGREED_PRONOUNS = data.words(_WORDS, "agreed_pronouns")
_PEOPLE = data.words(_WORDS, "people_nouns")
_HAPPENINGS = data.words(_WORDS, "happening_nouns")
_CUSTODIANS = data.words(_WORDS, "custody_nouns")
_INTENTIONS = data.words(_WORDS, "unrefused_intentions")  # "does not plan to", "did not want"
_RECIPROCAL = data.words(_WORDS, "reciprocal_verbs")
_COUNTRY_NOUNS = data.words(_WORDS, "country_nouns")
_US_STATES = data.words(_WORDS, "us_states")
_UNSURE_STATES = data.words(_WORDS, "unsure_state_abbreviations")
_CAPITALS = data.words(_WORDS, "capital_cities")
_DAY_WORDS = data.words(_WORDS, "day_words")
_CIVIL_NOUNS = data.words(_WORDS, "civil_nouns")
_RIGHTS_GROUPS = data.words(_WORDS, "rights_groups")
_FIGURATIVE = data.words(_WORDS, "figurative_objects")
_SAYING = data.words(_WORDS, "saying_verbs")
_UNDERGONE = data.words(_WORDS, "undergone_verbs")
_UNDERGONE_NOUNS = data.words(_WORDS, "undergone_nouns")
_SPORTS = data.words(_WORDS, "sports_words")
_HAZARDS = data.words(_WORDS, "hazard_nouns")
_VERBAL_ATTACKS = data.words(_WORDS, "verbal_attack_verbs")
_WORD_VENUES = data.words(_WORDS, "word_venues")
_WORD_MARKERS = data.words(_WORDS, "word_attack_markers") | _WORD_VENUES
_ATTACK_NOUNS = data.words(_WORDS, "attack_nouns")
_ATTACK_CARRIERS = data.words(_WORDS, "attack_carrying_verbs")
_ATTACK_VERBS = data.words(_WORDS, "attack_verbs") | _VERBAL_ATTACKS
_CARRIED_CAUSES = data.words(_WORDS, "carried_causes")
_OFFERED_WORDS = data.words(_WORDS, "offered_words")
_FOUGHT_CAUSES = data.words(_WORDS, "fought_causes")
_TROOPS = data.words(_WORDS, "troop_nouns")
# Acts of the law the model types wrongly (``legal_act``), in the order they are tried: the word
# list, the model's types it corrects, whether the word must be a verb, and PLOVER's (type, mode)
_LEGAL_ACTS = (
    (data.words(_WORDS, "lawsuit_verbs"), ("COERCE", "SANCTION"), False, ("ACCUSE", "allege")),
    (data.words(_WORDS, "conviction_verbs"), ("COERCE",), True, ("SANCTION", "convict")),
    (data.words(_WORDS, "custody_verbs"), ("ASSAULT",), True, ("COERCE", "arrest")),
)
_EMERGENCIES = data.words(_WORDS, "emergency_nouns")
_MEETING_VERBS = data.words(_WORDS, "meeting_verbs")
_HOLDING_VERBS = data.words(_WORDS, "holding_verbs")
_TALKS = data.words(_WORDS, "talk_nouns")
_IMPOSING = data.words(_WORDS, "imposing_verbs")
_SANCTIONS = data.words(_WORDS, "sanction_nouns")
_RESTRICTIONS = data.words(_WORDS, "restriction_nouns")
_PROTESTERS = data.words(_WORDS, "protester_nouns")
_PROTEST_ACTIONS = data.mapping(_WORDS, "protest_nouns")  # noun -> PLOVER mode
_PROTEST_TAKING = data.words(_WORDS, "protest_taking_verbs")
_PROTEST_GATHERINGS = data.words(_WORDS, "protest_gatherings")
_PROTEST_BLOCKING = data.words(_WORDS, "protest_blocking_verbs")
_PROTEST_ENDING = data.words(_WORDS, "protest_ending_verbs")
_ORDERING = data.words(_WORDS, "order_verbs")
_GATHERING = data.words(_WORDS, "gathering_verbs")
_CLOSURES = data.words(_WORDS, "closure_verbs")
_OUTLETS = data.words(_WORDS, "outlet_nouns")
_RESIGNING = data.words(_WORDS, "resignation_verbs")
_PROMISES = data.words(_WORDS, "promise_verbs")
_DECREES = data.words(_WORDS, "decree_nouns")
_DECREE_VERBS = data.words(_WORDS, "decree_verbs")
_BANS = data.words(_WORDS, "ban_verbs")
_BRINGING = data.words(_WORDS, "charge_bringing_verbs")
_VANDALISM = data.words(_WORDS, "vandalism_verbs")
_MEDIA = data.words(_WORDS, "medium_nouns")
_TIE_OPENING = data.words(_WORDS, "tie_opening_verbs")
_TIES = data.words(_WORDS, "tie_nouns")
_ECONOMIC = data.words(_WORDS, "economic_words")
_CHARGE_NOUNS = data.words(_WORDS, "charge_nouns")
_LEAVING = data.words(_WORDS, "leaving_verbs")
_VEHICLES = data.words(_WORDS, "vehicle_nouns")
_DEVICES = data.words(_WORDS, "device_nouns")
_UNINTENDED = data.words(_WORDS, "unintended_adverbs")
_RETORTS = data.words(_WORDS, "retort_verbs")
_SHARES = data.words(_WORDS, "share_nouns")
_INERT_PHRASALS = data.words(_WORDS, "inert_phrasal_verbs")
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``", "'"})
_PETITION_VERBS = data.words(_WORDS, "petition_verbs")
_ARMED = data.words(_WORDS, "armed_words")
_ARMED_GROUPS = data.words(_WORDS, "armed_group_nouns") | _TROOPS  # who can harm on purpose as a body
_COLLISIONS = data.words(_WORDS, "collision_verbs")
_OBSTACLES = data.words(_WORDS, "obstacle_nouns")
_CRASHED_INTO = _VEHICLES | _OBSTACLES  # what a vehicle or a driver hits in a crash
_INQUIRIES = data.words(_WORDS, "inquiry_words")
# what can be attacked only in words: an inquiry, a policy or a text ("attacked the inquiry")
_WORDED_TARGETS = _INQUIRIES | data.words(_WORDS, "position_objects") | STATEMENT_NOUNS
_AUTHORITIES = data.words(_WORDS, "authority_nouns")
_QUESTIONING = data.words(_WORDS, "questioning_verbs")
_UNSEIZED = data.words(_WORDS, "unseized_objects")
_TAKING = data.words(_WORDS, "taking_verbs")
_MEMBERSHIPS = data.words(_WORDS, "membership_objects")
_CHARGES = data.words(_WORDS, "charge_verbs")
_COURTS = data.words(_WORDS, "court_nouns")
_FAILURES = data.words(_WORDS, "failure_verbs")
_OMISSIONS = data.words(_WORDS, "omitted_acts")
_CONTESTS = data.words(_WORDS, "contest_words")
_ACHIEVEMENTS = data.words(_WORDS, "achievement_objects")
_ACHIEVING = data.words(_WORDS, "achieving_verbs")
_POSTS = data.words(_WORDS, "post_nouns")
_ELECTORAL = data.words(_WORDS, "electoral_words")
_WARLIKE = data.words(_WORDS, "warlike_words")
_TRIPS = data.words(_WORDS, "trip_verbs")
_STAFF = data.words(_WORDS, "staff_nouns")
_PUBLIC = data.words(_WORDS, "general_public")
_ANYONE = frozenset({"anyone", "anybody", "anything", "nobody", "none", "whoever"})
_PROPOSALS = data.words(_WORDS, "proposal_nouns")
_RELOCATIONS = data.words(_WORDS, "relocation_verbs")
_ARMED_SECTORS = data.words(_WORDS, "armed_sectors")
_CONFINEMENT = data.words(_WORDS, "confinement_nouns")
# the sectors of the state's own bodies: those that may investigate or question someone
_AUTHORITY_SECTORS = {"GOV", "COP", "JUD", "LEG", "SPY", "MIL"}
_ARMED_OUTLAWS = {"REB", "UAF", "CRM"}  # rebels, militias, gangs: those a state's own forces fight at home
# acts that a passive with no agent reports of their victim ("X was arrested", "X was shot"):
# the victim is the target, the actor the state of the place (PLOVER codes the implied actor)
_STATE_ACTS = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE"}
# shares of a vote or a poll: "51% to 36%", "48 percent to 45 percent" (``vote_shares``)
_VOTE_SHARES = re.compile(r"(?<!from )(?<![\d.])\d+(?:\.\d+)? ?(?:%|percent) to \d+(?:\.\d+)? ?(?:%|percent)")
# the dependents that open a clause of their own: shares told there are not the verb's (``vote_shares``)
_CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "parataxis", "csubj", "csubjpass", "cc", "mark"}
# a game's score: "1 – 0;", "won 3-2 in ..." (not a range or a model: "15–25 million", "737-800 jet")
_SCORE = re.compile(r"(?<![\d.,:/])\d{1,2} ?[–-] ?\d{1,2}(?=[;,.)]|$| (?:in|on|at|to|with|after|win|victory)\b)")
_NO_COUNTRY = {"IGO", "NGO", "IMG", "MNC"}  # the codes of actors of no country
# acts done on a place (not talks or statements made at one): with no other target, the place's
# country is the target, as PLOVER codes them
_PLACE_TARGETED = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "RETREAT", "CONCEDE", "AID", "REJECT",
                   "THREATEN", "PROTEST"}
_FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}  # the types a figure of speech borrows
# the acts of force a side seldom aims at its own country (``speaker_against_own_side``): not
# a coercion ("we arrested two Saudis" is most often the country's own police) nor a mobilization
_HOSTILE = _FORCE - {"COERCE", "MOBILIZE"}
# future cooperation is a promise, future retreat a concession, future force a threat (PLOVER)
_FUTURE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
           "RETREAT": "CONCEDE", "ASSAULT": "THREATEN", "SANCTION": "THREATEN", "COERCE": "THREATEN",
           "PROTEST": "THREATEN"}
# what a refusal of each cooperative event is
_REFUSED = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# clauses that describe rather than report: a verb there is less likely the sentence's event
_SIDE_CLAUSES = {"relcl", "advcl", "acl", "pcomp", "csubj"}
_CLAUSES = _SIDE_CLAUSES | {"ccomp", "xcomp"}  # the clauses of a sentence (``_asides``)

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
# (start, end, speaker entity, speaker country, speaker's state sector: ``_state_role``) of a
# statement's content
Voice = tuple[int, int, Optional[str], Optional[str], Optional[str]]


def find_events(doc: Doc, article_id: str, published: Optional[str] = None, statements: Sequence[Statement] = (),
                entities: Iterable[Entity] = (), model: Optional[EventModel] = None, tables: Optional[Tables] = None,
                threshold: float = THRESHOLD, gate: Optional[EventGate] = None, gated: bool = True,
                gate_log: Optional[list[tuple[Event, dict[str, float]]]] = None,
                url: Optional[str] = None) -> list[Event]:
    """The events of a parsed article, in text order (their JSON form: docs/json.md).

    Each coded event passes the gate (``gate.py``, the shipped one unless ``gate`` is given)
    unless ``gated`` is false; ``gate_log`` collects every event before the gate with the
    features it saw (to train it). ``url``, the article's address, names its own outlet, whose
    newsgathering is no event (``checks.newsgathering``)."""
    outlet = reporting_outlet(url)
    model = model or event_model.load()
    tables = tables or event_tables.load()
    gate = (gate or event_gate.load()) if gated else None
    contents = [(s.content.start, s.content.end) for s in statements]
    countries = _country_mentions(doc, tables)
    main_country = _leading_country(countries)
    # an article that names countries, none of which clearly leads: a party no words place takes
    # neither the main country nor the other party's ("Protesters [with] European Union flags
    # marched to Parliament": not the EU's parliament)
    undecided = main_country is None and bool(countries)
    cues = [(s.cue.start, s.cue.end, s.id) for s in statements if s.cue is not None]
    entities = list(entities)
    mentions = [(m[0], m[1], e.id) for e in entities for m in (e.mentions or [])]
    known = {e.id: e for e in entities}
    people = _people(doc, tables, entities)
    voices = _voices(statements, tables, people)
    found: dict[tuple[str, Optional[str], Optional[str], Optional[str], bool], Event] = {}
    for sent in doc.sents:
        for token in sent:
            if not is_candidate(token, tables):
                continue
            features, coded, how = trigger_features(token, tables)
            probs = model.probabilities(features)
            model_probs = probs
            if coded and coded[0] in probs:
                # the dictionary pattern has its say beside the model (rare types have few examples)
                probs = {c: (1 - LEXICON_WEIGHT) * p + (LEXICON_WEIGHT if c == coded[0] else 0.0)
                         for c, p in probs.items()}
            kind = max((c for c in probs if c != NONE), key=probs.__getitem__)
            confidence = probs[kind]
            aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
            token_actor: Optional[Token] = None
            if aux & _DEMAND_MODALS and token.dep_ == "ccomp" and not (
                    hinted_demand(token) or inverted_condition(token) or own_resolve(token)):
                # "X said Y must ...": a demand by X
                kind, confidence, token_actor = "REQUEST", max(confidence, DEMAND_CONFIDENCE), _subject(token.head)
            if confidence < threshold and staged_protest(token):
                kind, confidence = "PROTEST", max(threshold, UNPATTERNED_THRESHOLD)  # its object names the act
            if confidence < (threshold if coded else UNPATTERNED_THRESHOLD):
                continue
            flags = event_flags(token)
            if (flags["future"] or "would" in aux) and kind in _FUTURE:
                kind = _FUTURE[kind]
            if flags["negated"] and kind in _REFUSED:
                if unrefused_negation(token):
                    continue  # "has not yet passed", "did not want": not done, and no refusal reported
                if not flags["hypothetical"]:
                    kind, flags["negated"] = "REJECT", False  # "will not accept refugees" is a refusal
            if flags["negated"] or flags["hypothetical"]:
                confidence *= 0.5  # reported as not (or not surely) happening
            if token.dep_ in _SIDE_CLAUSES or (token.dep_ == "xcomp" and token.head.pos_ == "VERB"):
                confidence *= SIDE_WEIGHT  # "agreed to allow access": the agreeing is the event
            if token.lemma_.lower() in _SAYING and kind not in ("REQUEST", "THREATEN") and not ended_protest(token):
                continue  # "claimed", "called the move ...": saying so is no event (PLOVER drops statements)
            if token.lemma_.lower() in _UNDERGONE:
                continue  # "two victims died": what its subject underwent, done by no actor named
            if kind in _FORCE and figurative(token):
                continue  # "fighting corruption": a figure of speech, no event between actors
            if kind == "AGREE" and opinion_agreement(token):
                continue  # "Hataman agreed, saying ...": sharing an opinion, no accord between actors
            if kind == "THREATEN" and plain_warning(token):
                continue  # "warned of flash floods", "issued a warning": no act threatened by the speaker
            if hypothetical_effect(token, tables):
                continue  # "a law that would allow ...", "it would prevent voting": a thing's possible effect
            if kind == "SUPPORT" and backed_work(token, tables):
                continue  # "the study was supported by a foundation": funding of a work, no act between actors
            if swearing_in(token):
                continue  # "was sworn in as governor": taking an office, no event between actors
            if emergency_declaration(token):
                continue  # "declared a state of emergency": a measure at home, no event between actors
            if kind in _FORCE and sports_context(sent, token):
                continue  # "Sweden defeated South Korea 1 – 0": a game's result, no assault
            if unasserted_relative(token):
                continue  # "name any groups who endorsed him": no one said to have done it
            if nominal_participle(token):
                continue  # "visiting the wounded", "the accused denied": people, not an act
            if non_event_sense(token, kind):
                continue  # "took his stepfather's name", "joined the party", "failed to mention"
            if kind == "MOBILIZE" and rallied_public(token):
                continue  # "identify and mobilize voters": a campaign's work, no forces raised
            if kind in _FORCE and fired_from_post(token):
                continue  # "whom Trump fired as campaign manager": a dismissal, no shot
            if kind in _FORCE and contest_result(token):
                continue  # "defeated Jones in the election", "hurt his chances": no force
            mode = coded[1] if coded and coded[0] == kind and coded[1] else None
            victim = None
            if token.pos_ == "NOUN":
                actor_tok = _noun_actor(token)
            else:
                actor_tok, victim = _verb_actor(token, token_actor, kind, sent, tables)
            # "Khashoggi was murdered": the victim is coded as a party first (its country), then
            # made the target of an actor the place implies (``implied_actor``)
            if actor_tok is None:
                continue  # PLOVER events have an actor
            if kind == "REQUEST" and protest_demand(token, actor_tok):
                continue  # "protesters' demands include ...": the topic of a protest, no REQUEST
            if natural_cause(actor_tok):
                continue  # "the typhoon killed 6,000 people": harm done by no one's will
            if no_political_act(token, kind, actor_tok, outlet):
                continue  # "It also blocked roads" (a storm), "while studying at", "received the award"
            if kind == "ASSAULT" and unwilled_harm(token, actor_tok):
                continue  # "the truck struck a car", "killed in the crash": no one's will
            # the checks of a doer are not asked of a victim standing in for an implied actor
            # ("a British tanker was seized": the tanker is acted on, not acting)
            if victim is None and moved_home(token, actor_tok):
                continue  # "Harris moved to Montreal with her mother": a person's new home, no act
            if victim is None and inanimate_actor(actor_tok):
                continue  # "the armoured vehicle was used to breach": a vehicle does no act itself
            if victim is None and (abstract_actor(actor_tok) or address_place(actor_tok)):
                continue  # "a longstanding conflict erupted", "of Bethesda, Maryland, set": no doer
            unnamed_doer = False
            if victim is None and happening_doer(actor_tok):
                # "a mass stabbing killed three": the act is no doer; the one its words name
                # ("an Israeli airstrike killed"), else an actor left unnamed
                doer = _noun_actor(actor_tok) or _acting_modifier(actor_tok, tables)
                actor_tok, unnamed_doer = doer or actor_tok, doer is None
            kind, mode = act_type(token, actor_tok, kind, flags) or (kind, mode)  # "met with": CONSULT, ...
            if held_occasion(token, kind) or continued_saying(token) or dismissed_holder(token, kind) \
                    or played_match(token, kind) and (token.lemma_.lower() != "meet" or sports_context(sent, token)):
                continue  # "a military funeral was held": an occasion, no one in custody
            if kind == "COERCE" and caught_hazard(token):
                continue  # "the hotel caught fire": what befell it, no seizure
            if kind == "ASSAULT" and victim is None and verbal_attack(token, actor_tok):
                kind, mode = "ACCUSE", "disapprove"  # "Harris attacked Biden": in words
            if kind in _FORCE | {"REJECT"} and victim is None and (worded_attack(token) or retort(token)):
                kind, mode = "ACCUSE", "disapprove"  # "ripped her on social media", "continued his attacks"
            kind, mode = legal_act(token, kind) or (kind, mode)  # "sued", "was sentenced", "arrested"
            if legal_charge(token):
                kind, mode = "ACCUSE", "allege"  # "was charged with murder": a charge, not an arrest
            if victim is not None and (unnamed_critics(token, kind, mode) or flags["negated"]):
                continue  # "he was criticized", "was never forced": by no one named, or not done at all
            target_tok = ((_demanded_of(token, tables) if token_actor is not None else None)
                          or _target(token, tables, mediation=_mediation(token, kind, actor_tok)))
            if kind in ("ACCUSE", "PROTEST"):
                target_tok = _grievance_doer(token, tables) or target_tok  # not the UN complained to
            if kind in ("CONSULT", "AGREE"):
                target_tok = met_on_trip(token, tables) or target_tok  # "traveled to Florida to meet X"
            if target_tok is None and kind == "THREATEN":
                target_tok = _threatened(token, tables)
            if target_tok is None and token.lemma_.lower() in _RECIPROCAL:
                target_tok = _partner(actor_tok, tables)
            if police_questioning(token, actor_tok, tables) or victim is not None and questioned(token):
                kind, mode = "ACCUSE", "investigate"  # "police questioned him": an investigation
            kind, mode = retyped(token, kind, mode)  # "accused X of": ACCUSE; "encouraged X to": REQUEST
            aimed, target_tok = verbal_check(token, kind, mode, target_tok, tables)
            if time_target(target_tok) or thing_target(target_tok, kind, tables):
                target_tok = None  # "at 12:20 p.m.": when, not whom; "signed a government decree": what
            if aimed and target_tok is None:
                target_tok = alleged_party(token, kind, tables)  # "alleged the government is hiding ..."
            if aimed and (disowned_stance(token, kind, target_tok) or unaimed_allegation(token, kind, target_tok)):
                aimed = False  # "said he did not support those things", "was suspected to have it"
            if not aimed:
                continue  # a stance, an appeal to the public, an opinion on a policy: no act between actors
            actor = _party(actor_tok, doc, tables, countries, mentions, voices, known, people, main_country)
            target = (_party(target_tok, doc, tables, countries, mentions, voices, known, people, main_country)
                      if target_tok is not None else None)
            if target and actor and target.start == actor.start:
                target = None
            if kind == "ACCUSE" and victim is None and inquiry_without_suspect(token, actor_tok, actor, tables,
                                                                               known.get(actor.entity or "")):
                continue  # "scientists examine the reason", "looking into a fix": no one accused
            own_countries = (actor.country, target.country if target else None)  # from their own words
            political = (actor.country or actor.sector or actor.entity or _named(actor_tok)
                         or actor_tok.lower_ in _PRONOUNS)
            # "..., ABC of Australia reported": the reporter's words name no party's country
            reporter = _reporter(token)
            # "met with world leaders": of many countries, none to give (``worldwide``)
            far = target_tok is not None and worldwide(target_tok)
            if target and target_tok is not None and target.country is None and not far:  # a target has its token
                target.country = _country_within(target_tok, countries, sent, actor,
                                                 skipped=[*_asides(sent, (token, target_tok)), *reporter])
            if actor.country is None and _civil_body(actor_tok):
                actor.country = "NGO"  # "The Third World Water Forum", "a human rights group"
            if actor.country is None:
                # "Security forces in Guinea", "Judge X ... Chilean officials": the country the
                # actor's own words or else its sentence names first, else the one the article
                # names most where it clearly leads (``_leading_country``; not the last named:
                # "Democrats" after a paragraph on China), else
                # the target's: an actor of no named country is most often a local one
                # a person's country is what the article says of them, never a place their
                # sentence names ("set the record in Berlin, Germany") nor the other party's
                # (``_person_country``)
                near = _country_within(actor_tok, countries, sent, target, skipped=reporter, beside=target_tok)
                if _a_person(actor_tok) and victim is None:  # a victim stands for an implied actor
                    own = _country_within(actor_tok, countries, sent, target, own_only=True)
                    fallback = _person_country(near, main_country)
                    ruled = _name_ruled_out(actor_tok, tables, {c for _, c in countries})
                    if ruled is not None and fallback != ruled:
                        fallback = None  # "Moamer Gaddafi" in an article on Syria: no country
                    actor.country = own or fallback
                elif _unsure_subject_pronoun(actor_tok, countries, main_country,
                                             _last_country(countries, actor_tok.idx)):
                    actor.country = None  # "press conference in Turkey, when he refused": not TUR
                else:
                    actor.country = (near or main_country
                                     or (target.country if target and not undecided else None))
            if target and target.country is None and not far:
                # "Police arrested a 66-year-old man", "the government ordered the opposition
                # newspaper to close": a target no country is named for is a local one, of the
                # country the article names most (not the actor's: "Iran backed the rebels"),
                # else the actor's
                # where no country leads, the actor's only when its own words name it ("Turkish
                # police prevented the demonstration": Turkey's)
                target.country = (custody_country(kind, mode, actor.country) or main_country
                                  or (actor.country if _a_country(actor.country)
                                      and (not undecided or own_countries[0] is not None) else None))
            if home_trip(token, kind, actor.country, target_tok, target.country if target else None, doc, tables,
                         countries):
                continue  # "Sanders visited Missouri", "made stops in Ohio": a trip at home, no meeting
            if speaker_against_own_side(actor_tok, kind, actor, own_countries[1], voices,
                                        target.sector if target else None):
                actor.country = None  # "“We will strike the Saudis,” said a Houthi spokesman": not Saudi
                own_countries = (None, own_countries[1])
            if not political and not (confidence >= SURE and actor.country):
                # "her skin broke", "the only thing": no political actor, no event; but "a
                # roadside bombing near Samarra killed ..." is one, coded to where it happened
                continue
            gate_features: dict[str, float] = {}
            if gate is not None or gate_log is not None:
                gate_features = {
                    **event_gate.event_features(
                        token, kind, model_probs.get(kind, 0.0), model_probs.get(NONE, 0.0),
                        coded[0] if coded else None, how, confidence, flags,
                        len(_countries_between(countries, sent.start_char, sent.end_char)),
                        any(s <= token.idx < e for s, e in contents)),
                    **event_gate.party_features("actor", own_countries[0], actor.sector),
                    **event_gate.party_features("target", own_countries[1], target.sector if target else None)}
            if gate is not None:
                # the gate's probability that this is a real event of this type is what a user
                # can filter on (``onrecord events --min-confidence``)
                confidence = gate.probability(gate_features)
                if confidence < gate.threshold:
                    continue  # no event after all: "served", "founded", "took place" in general news
            if unnamed_doer:
                actor = EventParty("", token.idx, token.idx, country=actor.country)  # only where it was
            parties_key = (_party_key(actor), _party_key(target))  # the same act told twice: as before
            if victim is not None:
                implied = implied_actor(token, doc, tables, countries,
                                        _implied_country(actor_tok, sent, countries, actor.country))
                if implied is None:
                    continue  # "he was arrested" where no country is known: no actor to code
                actor, target = implied, (target or actor)
            when = statement_date(sent.text, token.idx - sent.start_char, published)
            location = _location(token, target_tok, doc, tables, countries)
            if target is None and kind in _PLACE_TARGETED and location is not None and location.country:
                # "Serbia lifted a curfew in Montenegro", "suspended aid deliveries in Baghdad":
                # an act on a place of no other target is aimed at that place's country
                target = EventParty(location.text, location.start, location.end, country=location.country)
            event = Event(
                id=None, type=kind, mode=mode, actor=actor, target=target,
                location=location,
                date=when.date,
                trigger=TextSpan(token.idx, token.idx + len(token), token.text),
                sentence=Extent(sent.start_char, sent.end_char),
                negated=flags["negated"], hypothetical=flags["hypothetical"], future=flags["future"],
                statement=next((sid for s, e, sid in cues if s <= token.idx < e), None),
                confidence=round(confidence, 4),
            )
            if gate_log is not None:
                gate_log.append((event, gate_features))
            key = (kind, *parties_key, when.date, flags["negated"])
            if key not in found or found[key].confidence < event.confidence:
                found[key] = event
    events = sorted(found.values(), key=lambda e: e.trigger.start if e.trigger else 0)  # all have a trigger
    for n, e in enumerate(events):
        e.id = f"{article_id}#v{n + 1}"  # numbered once the repeats are gone
    return events


def worldwide(party: Token) -> bool:
    """"Met with world leaders", "appealed to world powers": a party the words place in the
    whole world, of many countries, takes none from the article (not its leading country)."""
    return any(t.lower_ == "world" and t.dep_ in ("compound", "amod", "poss") and t.ent_type_ == ""
               for t in party.children)  # not a name's "World" ("the World Trade Center", "the World Bank")


def hinted_demand(token: Token) -> bool:
    """"He implied that the leaders should be punished", "hinted that Y must go": a "should"
    clause under a verb that only hints (``[hinting_verbs]``) is an opinion let slip, not the
    demand "X said Y must ..." makes (PLOVER's REQUEST is asked of someone)."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in _HINTS


def inverted_condition(token: Token) -> bool:
    """"Should Rubio win Florida, ...", "should they fail": a "should" put before its subject
    opens a condition (an "if"), no demand of anyone."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "aux" and c.lower_ == "should" and c.i < subject.i
                                       for c in token.children)


def own_resolve(token: Token) -> bool:
    """""We must get it done", "I must go on": a "must" or "should" clause whose subject is the
    speakers themselves ("I", "we", a quote's "[W]e") tells their own resolve, not a demand of
    another actor."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_.replace("[", "").replace("]", "") in ("i", "we")


def entity_coding(entity: Entity, tables: Tables,
                  named: Optional[set[str]] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a resolved entity from what the article says of it: its affiliation
    and roles first, then its full name as the actor dictionary knows it (``named``: the
    countries the article names, ``_spurious_name_country``)."""
    country, sector = said_coding([entity.affiliation or "", *entity.roles], entity.affiliation, tables)
    if country is None:
        name = [word_key(w) for w in entity.name.split()]
        named_country, named_sector = code_actor(name, tables)
        if named_country is not None and named_country != _spurious_name_country(name, tables, named):
            country, sector = named_country, sector or named_sector
    return country, sector


def said_coding(described: Sequence[str], affiliation: Optional[str],
                tables: Tables) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a person from the words that describe them (their affiliation, roles,
    name), else, for the country, the US state their affiliation marks them with
    (``us_state_country``): shared by resolved entities (``entity_coding``) and speakers (``_voices``)."""
    said = [word_key(w) for w in " ".join(described).split()]
    country, sector = code_actor(said, tables) if said else (None, None)
    return country or us_state_country(affiliation), sector


def us_state_country(affiliation: Optional[str]) -> Optional[str]:
    """USA for an affiliation that is a US state as news marks a legislator ("R-Ky.", "D-S.C.",
    "R-Texas", "D-CA": ``us_states``): "Sen. Rand Paul (R-Ky.)" is of the United States, not of
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
    return "USA" if state.strip() in _US_STATES and party.strip() in ("", "r", "d", "i") else None


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


def _person_coding(span: Span, person: Span, tables: Tables,
                   countries: Optional[set[str]] = None) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a phrase naming a person: what its other words say of them ("U.N.
    mediator Diego Cordovez", "a US senator") before the dictionary by name, and never a
    country the dictionary gives words of the name that say nothing of them
    (``_spurious_name_country``, with ``countries``, those the article names)."""
    described = [t for t in span if not person.start <= t.i < person.end]
    country, sector = code_actor(_words(described), tables) if described else (None, None)
    named, named_sector = code_actor(_words(span), tables)
    if country is not None:
        # "Libyan leader Muammar Gaddafi": the name's sector, when the name is of that country
        return country, sector or (named_sector if named == country else None)
    if named is not None and named == _spurious_name_country(_words(person), tables, countries):
        return None, sector
    return named, sector or named_sector


def figurative(token: Token) -> bool:
    """A verb or noun of conflict whose object is no actor but a figure of speech: "fighting
    corruption", "the war on drugs", "attacking the problem", "had stolen Christie's thunder",
    "grabbed the headlines", "took just 6 percent of the vote" (a share, ``[share_nouns]``, read
    through its "of": "took 30 percent of the territory" stays a seizure)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for g in p.children if g.dep_ == "pobj"]
    # "took just 6 percent of the vote": a share is of what its "of" names
    objects += [g for o in objects if o.lemma_.lower() in _SHARES for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _FIGURATIVE and o.ent_type_ == "" for o in objects)


def sports_context(sent: Span, token: Optional[Token] = None) -> bool:
    """A sentence about a game: it gives a score ("1 – 0") or names a sport, a tournament or a
    player's position in the clause of ``token`` (or of a verb it hangs on: not "jailed 52 men
    for playing in a football tournament"). There "defeated", "attacking", "beat" are play, not
    force between actors (news of sports reports no PLOVER event)."""
    if _SCORE.search(sent.text):
        return True
    above = {token.i, *(a.i for a in token.ancestors)} if token is not None else None
    for t in sent:
        if t.lower_ in _SPORTS and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if above is None or verb is None or verb.i in above:
                return True
    return False


def verbal_attack(token: Token, actor: Token) -> bool:
    """"Harris attacked Biden", "Erdogan attacked the proclamation": one named person who
    "attacks" or "blasts" another person or a thing, with no weapon ("with a knife"), does so in
    words, which PLOVER codes ACCUSE/disapprove. Not a group ("Houthis attacked") nor an attack
    on people in the plural ("started attacking people", "attacked journalists"): those are blows.
    Anyone who attacks an inquiry, a policy or a text (``_WORDED_TARGETS``), and a text or a
    medium that attacks (``[medium_nouns]``), does so in words."""
    if token.lemma_.lower() not in _VERBAL_ATTACKS:
        return False
    if any(o.lemma_.lower() in _WORDED_TARGETS for o in token.children if o.dep_ in ("dobj", "obj")):
        return True  # "Republicans attacked the impeachment inquiry": a process or a text takes no blows
    if actor.lemma_.lower() in _MEDIA and actor.pos_ in ("NOUN", "PROPN"):
        return True  # "Freedom Magazine attacked defectors": a text deals no blows
    if actor.ent_type_ != "PERSON" or actor.tag_ == "NNPS":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return not any(o.tag_ == "NNS" for o in objects)


def worded_attack(token: Token) -> bool:
    """An attack in words whoever makes it, which PLOVER codes ACCUSE/disapprove, not ASSAULT: one
    made in a medium of words, the verb's or the noun's own preposition ("ripped her on social
    media", "attacked him in a tweet", "in ads"; ``[word_venues]``), one over what was said or
    proposed ("fired back at Trump over the proposal"; ``_WORDED_TARGETS``), an attack noun its
    words call so ("his rhetorical onslaught", "Twitter attacks", "an attack ad campaign";
    ``[word_attack_markers]``), and attacks "lodged". What is attacked says nothing of how ("a
    missile hit a TV tower", "gunmen attacked a radio station": blows). A light
    verb carrying an attack noun ("continued his attacks against Curiel", "unleashed an
    onslaught"; ``[attack_carrying_verbs]``) is read through the noun. Blows stay ASSAULT: a
    prepositional phrase of time or place ("during the speech") marks nothing."""
    lemma = token.lemma_.lower()
    carried = []
    if token.pos_ == "VERB" and lemma in _ATTACK_CARRIERS:
        objects = [o for o in token.children if o.dep_ in ("dobj", "obj")]
        if token.dep_ == "relcl":
            objects.append(token.head)  # "attacks that Trump lodged"
        # "his attacks", "an attack ad campaign": the noun, or a word on it
        carried = [o for o in objects if o.lemma_.lower() in _ATTACK_NOUNS or any(
            t.dep_ == "compound" and t.lemma_.lower() in _ATTACK_NOUNS for t in o.subtree)]
    if carried and lemma == "lodge":
        return True  # "attacks that Trump lodged against Cruz": one lodges words
    if carried:
        heads = carried
    elif (token.pos_ == "VERB" and lemma in _ATTACK_VERBS) or (token.pos_ == "NOUN" and lemma in _ATTACK_NOUNS):
        heads = [token]
    else:
        return False
    for head in heads:
        # the words on an attack noun ("his rhetorical onslaught", "an attack ad campaign"); the
        # words on what a verb attacks ("hit a TV tower", "attacked his personal bodyguards") say
        # what was hit, not how
        if head.pos_ == "NOUN" and any(t.lemma_.lower() in _WORD_MARKERS for t in head.children
                                       if t.dep_ in ("compound", "amod", "nmod")):
            return True
        for prep in (c for c in (*head.children, *token.children) if c.dep_ == "prep"):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ in ("on", "in", "via", "through", "with") and any(
                    g.lemma_.lower() in _WORD_VENUES for g in objects):
                return True  # "on social media", "in a tweet", "in a radio interview"; not "on a TV station"
            if prep.lower_ in ("over", "for") and any(g.lemma_.lower() in _WORDED_TARGETS | _WORD_VENUES
                                                      for g in objects):
                return True  # "fired back at Trump over the proposal"
    return False


def retort(token: Token) -> bool:
    """"Clinton fired back that the people of New York voted for her", "Sanders shot back,
    "Secretary Clinton called them out."": a verb of a blow with "back" (``[retort_verbs]``) whose
    own words carry what was said (a "that" clause or a quotation it is set beside) is a reply
    in words, PLOVER's ACCUSE/disapprove, no ASSAULT. "Rebels fired back at the soldiers" (no
    words said) stays a blow."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _RETORTS:
        return False
    children = list(token.children)
    if not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in children):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in children):
        return False  # "hit back the ball"
    if any(c.dep_ == "ccomp" for c in children):
        return True  # "fired back that ..."
    # "Sanders shot back, "...": the parse hangs the verb on the quoted clause's verb
    quoted = token.dep_ in ("ccomp", "parataxis") and token.head.i > token.i
    return quoted and any(t.text in _QUOTES for t in token.doc[token.i + 1:token.head.i])


def carried_cause(token: Token) -> bool:
    """"We will take this fight state by state", "I will take that strength of conviction to
    Washington", "take our fight to Philadelphia": taking a cause or a quality somewhere
    (``[carried_causes]``) seizes nothing and threatens no one; but a fight or a battle
    (``[fought_causes]``) taken by troops or "to" an enemy ("the army will take the fight to ISIS")
    is one. And "what will it take", "it took him months": the "it" of a cost, no actor; "it took
    them hostage" (a person taken, no one it costs) is a seizure."""
    if token.lemma_.lower() != "take" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children) and any(
            (c.dep_ in ("dobj", "obj", "dative") and (c.tag_ == "WP" or c.lower_ == "what"))
            or (c.dep_ == "dative" and c.tag_ == "PRP") for c in children):
        return True
    objects = [c for c in children if c.dep_ in ("dobj", "obj")]
    carried = [o for o in objects if o.lemma_.lower() in _CARRIED_CAUSES and o.ent_type_ == ""]
    # "this fight state by state": the parse may make "fight" a compound of "state", and only
    # there ("took the campaign headquarters" is a seizure of a building)
    carried += [c for o in objects if _repeated_noun(token, o) for c in o.children
                if c.dep_ == "compound" and c.lemma_.lower() in _CARRIED_CAUSES and c.ent_type_ == ""]
    if carried and all(c.lemma_.lower() in _FOUGHT_CAUSES for c in carried) and _fight_on_an_enemy(token):
        return False
    return bool(carried)


def _repeated_noun(verb: Token, noun: Token) -> bool:
    """"state by state", "door to door": ``noun`` repeated after "by" or "to" on ``verb``."""
    return any(p.dep_ == "prep" and p.lower_ in ("by", "to") and g.dep_ == "pobj" and g.lower_ == noun.lower_
               for p in verb.children for g in p.children)


def _fight_on_an_enemy(verb: Token) -> bool:
    """A fight taken by troops ("the army will take the fight") or "to" a group, a people or a
    person ("to ISIS", "to them"): war, not a campaign."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lemma_.lower() in _TROOPS for s in subjects):
        return True
    return any(g.ent_type_ in ("ORG", "NORP", "PERSON") or g.tag_ == "PRP"
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj")


def offered_words(token: Token) -> bool:
    """"Trump offered an emotional defense of the city", "offered his opinion on who will not be
    the nominee": an offer of words (``[offered_words]``) is a statement, no PLOVER offer (AGREE)
    of an act or a thing."""
    if token.lemma_.lower() != "offer" or token.pos_ != "VERB":
        return False
    return any(o.lemma_.lower() in _OFFERED_WORDS for o in token.children if o.dep_ in ("dobj", "obj"))


def cannot_help(token: Token) -> bool:
    """"You can't help but see it as a sign", "many can't help but worry": the idiom of what one
    cannot keep from doing; no aid, and no refusal (the model reads the negated "help" as REJECT)."""
    if token.lemma_.lower() != "help" or token.pos_ != "VERB":
        return False
    negated = any(c.dep_ == "neg" for c in token.children)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return negated and following is not None and following.lower_ == "but"


def helped_along(token: Token) -> bool:
    """"Fences have only helped push smugglers underground", "voters will help determine which
    party controls the Senate": "help" with a verb of what it brings about, and no one helped as
    its object nor as that verb's subject, is a cause or a share in an outcome, no aid to anyone
    (the model reads AID, or AGREE when it is to come); the act, if any, is coded on its own verb.
    "The Red Cross helped the flood victims" (an object), "the US helped Ukraine rebuild its
    army" (the one helped as the verb's subject) and help by a state, an armed force or a public
    body ("Iran helped arm Hezbollah", "the UN helped deliver food") are left alone; a company's
    ("Zorbsoft helped develop the software") is no aid."""
    if token.lemma_.lower() != "help" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in ("dobj", "obj", "dative") for c in children):
        return False
    helper = _subject(token)
    if helper is not None and (helper.ent_type_ in ("GPE", "NORP") or _armed_or_national(helper)
                               or _public_body(helper)):
        return False  # "Iran helped arm Hezbollah", "French forces helped retake the town": aid
    done = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return bool(done) and not any(g.dep_ in ("nsubj", "nsubjpass") for d in done for g in d.children
                                  if g.i < d.i and g.i > token.i)


def _public_body(word: Token) -> bool:
    """A body the dictionaries code as a state's, an intergovernmental or a non-governmental
    one ("the UN", "the Red Cross"), not a company (MNC) nor an unknown."""
    if word.ent_type_ != "ORG":
        return False
    country, sector = _code_up_to(word)
    return country is not None and country != "MNC" and sector != "BUS"


def inert_phrasal(token: Token) -> bool:
    """"Her campaign blasted out an email to supporters", "Rubio has rung up endorsements", "the
    plan has not yet kicked in": a verb of force with its own particle (``[inert_phrasal_verbs]``,
    "verb particle") in a sense that sends, gathers or starts, no blow (the model reads the verb
    alone as ASSAULT). "Police blasted the crowd with water cannon" (no particle) is left alone."""
    if token.pos_ != "VERB":
        return False
    return any(c.dep_ == "prt" and f"{token.lemma_.lower()} {c.lower_}" in _INERT_PHRASALS for c in token.children)


def hard_going(token: Token) -> bool:
    """"Clinton has struggled to hit upon a clear rationale", "who has often struggled while
    talking about the issue": struggling to do something is difficulty, no fight with anyone (the
    model reads ASSAULT); a struggle "with" or "against" someone ("struggled with police"), or
    one beside another clause ("protesters struggled as police dragged them away"), is left
    alone: only what one struggles to do ("to", an xcomp) or while doing (a participle) is
    difficulty."""
    if token.lemma_.lower() != "struggle" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in children):
        return False
    return any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VBG") for c in children)


def legal_act(token: Token, kind: str) -> Optional[tuple[str, str]]:
    """PLOVER's (type, mode) of an act of the law the model (of ``kind``) types wrongly, else
    None (``_LEGAL_ACTS``). "Three residents sued to be allowed to vote": a lawsuit is a charge,
    ACCUSE/allege, not the COERCE/arrest the verb table gives it. "A court convicted him", "he
    was sentenced to life": a verdict, SANCTION/convict (convictions reduce relations), not
    COERCE/arrest. "Police arrested two men", "was detained at the airport": custody,
    COERCE/arrest, which the model, seeing violence nearby, sometimes makes ASSAULT."""
    lemma = token.lemma_.lower()
    return next((coded for words, wrong, verb, coded in _LEGAL_ACTS
                 if lemma in words and kind in wrong and (token.pos_ == "VERB" or not verb)), None)


def act_type(token: Token, actor: Token, kind: str, flags: dict[str, bool]) -> Optional[tuple[str, Optional[str]]]:
    """PLOVER's (type, mode) of an act whose verb, object or actor fix its type, whatever the
    model or the verb table says, else None: a meeting held (``meeting_held``), a measure imposed
    (``imposed_measure``) or decreed (``decree_ban``), economic ties opened (``economic_ties``), a
    protest joined or staged (``protest_action``), promised (``promised_protest``), gathered for
    (``gathered_to_protest``), stopped (``blocked_protest``) or called off (``ended_protest``), force
    vowed (``vowed_force``) or prepared (``prepared_force``), a news outlet ordered shut
    (``ordered_closure``), a crowd's violence (``crowd_violence``), a resignation (``resignation``), troops leaving
    (``troop_withdrawal``), a finding of contempt (``contempt_finding``) or charges brought
    (``charges_brought``), a warrant issued (``warrant_issued``), a petition made (``petition_made``)."""
    # a retreat to come is a concession (PLOVER's future RETREAT), as ``_FUTURE`` says
    later = flags["future"] or flags["hypothetical"]
    if meeting_held(token, kind, flags):
        return "CONSULT", None
    measure = imposed_measure(token)
    if measure is not None:
        return measure
    if decree_ban(token):
        return "COERCE", "restrict"
    if kind == "SUPPORT" and economic_ties(token):
        return "COOPERATE", None
    action = protest_action(token)
    if action is not None:
        return ("THREATEN", None) if later else ("PROTEST", action)
    if not later and gathered_to_protest(token):
        return "PROTEST", "demo"
    riot = crowd_violence(token, kind, actor)
    if riot is not None:
        return "PROTEST", riot
    if kind == "AGREE" and promised_protest(token):
        return "THREATEN", None
    if vowed_force(token):
        return "THREATEN", None
    if not later and prepared_force(token):
        return "MOBILIZE", "troops"
    if blocked_protest(token):
        return "COERCE", "restrict"
    if ended_protest(token):
        return "CONCEDE", None
    if ordered_closure(token):
        return "COERCE", "censor"
    # a withdrawal as a condition ("will withdraw its force unless ...") is a threat: kept so
    leaving = kind not in ("RETREAT", "CONCEDE", "THREATEN")
    if leaving and resignation(token):
        return ("CONCEDE", None) if later else ("RETREAT", "resign")
    if leaving and troop_withdrawal(token, actor):
        return ("CONCEDE", None) if later else ("RETREAT", "withdraw")
    if kind == "COERCE" and contempt_finding(token) or kind != "ACCUSE" and charges_brought(token):
        return "ACCUSE", "allege"
    if warrant_issued(token):
        return "ACCUSE", "allege"
    if petition_made(token):
        return "REQUEST", None
    return None


def warrant_issued(token: Token) -> bool:
    """"Police issued an arrest warrant for the former minister", "a court issued a warrant":
    a warrant is an authority's formal accusation (PLOVER's ACCUSE/allege), no request (the model
    reads "issued ... for" as REQUEST) and no arrest yet; the arrest, when made, is coded on its
    own verb."""
    if token.lemma_.lower() != "issue" or token.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() == "warrant" for c in token.children)


def petition_made(token: Token) -> bool:
    """"Residents launched a petition against the new mall", "thousands signed a petition calling
    for his resignation": a petition is an appeal to whoever decides (PLOVER's REQUEST), no
    refusal (the model reads "against" as REJECT) and no protest in the street. Only a verb
    of starting, signing or handing one in (``[petition_verbs]``) with "petition" as its own
    object."""
    if token.lemma_.lower() not in _PETITION_VERBS or token.pos_ != "VERB":
        return False
    petitions = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(g.lemma_.lower() in _COURTS for h in [token, *petitions] for p in h.children
           if p.dep_ == "prep" for g in p.subtree):
        return False  # "filed a petition with the International Court of Justice against Russia": a suit
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() == "petition" for c in token.children)


def decree_ban(token: Token) -> bool:
    """"The prime minister signed a decree banning face veils", "issued an order that bars
    protests": the decree's ban is the act, COERCE/restrict as PLOVER's ban; the model reads
    the order as a REQUEST."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _DECREE_VERBS:
        return False
    decrees = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _DECREES]
    return any(a.dep_ in ("acl", "relcl") and _verb_in(a, _BANS) for d in decrees for a in d.children)


def economic_ties(token: Token) -> bool:
    """"Serbia and Kosovo opened economic ties", "restored trade relations": economic ties are
    PLOVER's material COOPERATE; diplomatic ties opened stay SUPPORT."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TIE_OPENING:
        return False
    ties = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TIES]
    return any(m.lower_ in _ECONOMIC for t in ties for m in t.children if m.dep_ in ("amod", "compound"))


def promised_protest(token: Token) -> bool:
    """"Thunberg promised protests every week", "the union vowed a strike": a protest promised is
    PLOVER's future PROTEST, a THREATEN, not the AGREE of a promise to cooperate."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PROMISES:
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROTEST_ACTIONS for c in token.children)


def vowed_force(token: Token) -> bool:
    """"Rebels have sworn to fight until ...", "the army vowed to crush the revolt": a vow of force
    to come is PLOVER's THREATEN (its future ASSAULT or COERCE), not the ACCUSE the verb table
    reads for "swear" nor the AGREE of a promise to cooperate. The force is the verb the vow
    governs, as the verb table codes it; "vowed to fight corruption" is a figure of speech."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PROMISES:
        return False
    return _governs_force(token)


def prepared_force(token: Token) -> bool:
    """"The army prepared to resume shelling the hills": getting ready for force is PLOVER's
    MOBILIZE, not the AGREE the model reads for "prepared to"; "is prepared to lift the ban"
    (willing, with "be") is an offer, left as it is."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "prepare":
        return False
    if any(c.dep_ in ("auxpass", "aux") and c.lemma_.lower() == "be" for c in token.children):
        return False
    return _governs_force(token)


def _governs_force(token: Token) -> bool:
    """Whether the verb ``token`` governs ("to fight", "to resume shelling") an act of force the
    verb table codes ASSAULT or COERCE, not a figure of speech nor negated."""
    tables = event_tables.load()
    # the governed verb: "sworn to fight" is parsed as xcomp, or as an advcl with its "to";
    # "resume shelling": the verb the resuming governs
    acts = [c for c in token.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    acts += [g for a in acts for g in a.children if g.dep_ == "xcomp" and g.pos_ == "VERB"]
    for act in acts:
        coded = tables.verbs.get(act.lemma_.lower())
        if coded and coded[0] in ("ASSAULT", "COERCE") and not figurative(act) \
                and not any(c.dep_ == "neg" for c in act.children):
            return True
    return False


def blocked_protest(token: Token) -> bool:
    """"Police prevented the demonstration", "blocked the march": stopping a protest action is
    PLOVER's COERCE/restrict, not the ACCUSE/disapprove the verb table gives "prevent"."""
    if token.pos_ != "VERB" or not _verb_in(token, _PROTEST_BLOCKING):
        return False
    return any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in _PROTEST_ACTIONS
                                              or c.lemma_.lower() in _PROTEST_GATHERINGS)
               for c in token.children)


def ended_protest(token: Token) -> bool:
    """"The union called off the strike", "students ended their boycott": ending a protest action
    is PLOVER's CONCEDE (easing dissent), not the SANCTION the verb table gives "call off", nor
    the saying of "called"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PROTEST_ENDING:
        return False
    if token.lemma_.lower() == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _PROTEST_ACTIONS
               for c in token.children)


def ordered_closure(token: Token) -> bool:
    """"The government ordered the opposition newspaper to suspend publication", "forced the
    station to close": shutting a news outlet by order is PLOVER's COERCE/censor, not the REQUEST
    the verb table reads for "order". The outlet is the one ordered, or what is closed."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ORDERING:
        return False
    ordered = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for act in (c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _CLOSURES):
        closed = [c for c in act.children if c.dep_ in ("dobj", "obj", "nsubj")]
        if any(o.lemma_.lower() in _OUTLETS for o in ordered + closed):
            return True
    return False


def gathered_to_protest(token: Token) -> bool:
    """"Thousands were converging for a rally", "crowds gathered to protest the law": a crowd
    coming together for a protest is PLOVER's PROTEST/demo, not the CONSULT of a meeting the model
    reads for a gathering. The protest is the purpose: "for" a protest action, or "to protest"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _GATHERING:
        return False
    aims = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
            if g.dep_ == "pobj"]
    if any(a.lemma_.lower() in _PROTEST_ACTIONS or a.lemma_.lower() in _PROTEST_GATHERINGS for a in aims):
        return True
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "protest" and c.pos_ == "VERB"
               for c in token.children)


def staged_protest(token: Token) -> bool:
    """"Sidhoum staged a 24-hour hunger strike": a protest action a verb joins or stages
    (``protest_action``) is an event whatever the model makes of the verb, which the tagger may
    lemmatise wrong ("staged" as "stag") so that no pattern reads its object."""
    return protest_action(token) is not None


def troop_withdrawal(token: Token, actor: Token) -> bool:
    """"U.S. troops left Iraq in 2011", "Russia withdrew its soldiers from Syria": armed forces
    leaving a place is PLOVER's RETREAT/withdraw; the verb table reads "leave" as the CONSULT of a
    visit. The troops are the actor or the object."""
    if token.pos_ != "VERB" or not (token.lemma_.lower() in _LEAVING or token.lemma_.lower() == "pull" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in token.children)):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return any(t.lemma_.lower() in _TROOPS and t.pos_ == "NOUN" for t in (actor, *objects))


def meeting_held(token: Token, kind: str, flags: dict[str, bool]) -> bool:
    """"The Taliban met with the US envoy", "held talks with Iran": a meeting that took place is
    PLOVER's CONSULT; the verb table (CAMEO's "express intent to meet") and the model read AGREE,
    or COERCE for "held". A meeting to come ("will meet", "agreed to meet", "plans to meet") is
    left as it is: PLOVER's future CONSULT is AGREE."""
    if kind not in ("AGREE", "COERCE") or flags["future"] or flags["hypothetical"] or flags["negated"]:
        return False
    if token.pos_ != "VERB" or token.dep_ == "xcomp" or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    lemma = token.lemma_.lower()
    if lemma in _MEETING_VERBS:
        return kind == "AGREE"
    return lemma in _HOLDING_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALKS for c in token.children)


def imposed_measure(token: Token) -> Optional[tuple[str, Optional[str]]]:
    """"The US imposed sanctions on Iran", "levied tariffs on steel": putting on a measure that
    cuts existing relations is PLOVER's SANCTION/discontinue; "imposed a ban on rallies" restricts
    people at home, COERCE/restrict. The verb table gives "impose" COERCE for both."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _IMPOSING:
        return None
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        lemma = obj.lemma_.lower()
        if lemma in _SANCTIONS:
            return "SANCTION", "discontinue"
        if lemma in _RESTRICTIONS:
            return "COERCE", "restrict"
    return None


def protest_action(token: Token) -> Optional[str]:
    """The PLOVER mode of a protest action the verb joins, stages or starts ("thousands joined the
    protest", "workers staged a strike", "began a boycott"): the act is PROTEST, which the model
    sometimes reads as ACCUSE; None when the object is no protest action."""
    if token.pos_ != "VERB" or not _verb_in(token, _PROTEST_TAKING):
        return None
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        lemma = obj.lemma_.lower()
        if lemma == "strike" and any(c.lower_ == "hunger" for c in obj.children):
            return "hunger"
        if lemma in _PROTEST_ACTIONS:
            return _PROTEST_ACTIONS[lemma]
    return None


def _verb_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a verb's lemma is in ``lemmas``, also when the tagger's lemma is wrong: "staged" is
    lemmatised "stag", so its text less a regular ending ("-d", "-ed", "-s", "-ing") is tried."""
    if token.lemma_.lower() in lemmas:
        return True
    text = token.lower_
    return any(text.endswith(end) and text[:-len(end)] in lemmas for end in ("d", "ed", "s", "ing"))


def resignation(token: Token) -> bool:
    """"Resigned as governor", "resigning in protest", "stepped down": leaving an office is
    PLOVER's RETREAT/resign; "in protest" makes the model read PROTEST."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return False
    return lemma in _RESIGNING or (lemma == "step" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                           for c in token.children))


def contempt_finding(token: Token) -> bool:
    """"The House held the attorney general in contempt of Congress": a finding of contempt is a
    charge (ACCUSE/allege), not the arrest the verb table reads in "held"; PLOVER's arrest takes
    someone into custody."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(g.lemma_.lower() == "contempt" for g in p.children)
               for p in token.children)


def charges_brought(token: Token) -> bool:
    """"Prosecutors filed charges against the mayor", "the family brought a lawsuit": bringing a
    charge is PLOVER's ACCUSE/allege ("allege, charge, sue"); an arrest takes someone into custody."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _BRINGING:
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CHARGE_NOUNS for c in token.children)


def protest_demand(token: Token, actor: Token) -> bool:
    """"Protesters' demands include new elections", "their demands have expanded" (after
    "Protesters have ..."): the demands of a protest's crowd are its topic, which PLOVER does not
    code apart from the protest as a REQUEST. Only the noun: protesters who "called on the
    minister to resign" address an actor."""
    return token.pos_ == "NOUN" and protest_crowd(actor)


def protest_crowd(actor: Token) -> bool:
    """Whether the actor is a protest's crowd: "protesters", "a group of rioters" (``[protester_nouns]``),
    or "they", "their" right after a sentence whose subject is one ("Rioters tore down statues.
    They vandalized ...")."""
    if actor.lemma_.lower() in _PROTESTERS:
        return True
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lemma_.lower() in _PROTESTERS for g in p.children)
           for p in actor.children):
        return True  # "a group of protesters"
    if actor.lower_ not in ("their", "they") or actor.sent.start == 0:
        return False
    before = actor.doc[actor.sent.start - 1].sent
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _PROTESTERS for t in before)


def crowd_violence(token: Token, kind: str, actor: Token) -> Optional[str]:
    """The PLOVER mode of violence done by a protest's crowd (``protest_crowd``): "rioters
    vandalized statues", "protesters surrounded the senator" is PROTEST (vandalize for damage to
    property, ``[vandalism_verbs]``, else riot), not the ASSAULT of armed violence; else None."""
    if kind != "ASSAULT" or not protest_crowd(actor):
        return None
    return "vandalize" if _verb_in(token, _VANDALISM) else "riot"


def emergency_declaration(token: Token) -> bool:
    """"The governor declared a state of emergency": a measure a government takes at home
    (before a storm, for a budget fight) that news reports as no act between actors; the model
    codes "declared" a REQUEST."""
    if token.lemma_.lower() != "declare":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(w.lemma_.lower() in _EMERGENCIES for o in objects for w in o.subtree)


def unrefused_negation(token: Token) -> bool:
    """A negated verb that reports what has not (yet) happened or what someone does not intend,
    not a refusal of what was asked: "Congress has not passed the budget", "had not yet decided",
    "does not plan to run", "did not want". PLOVER's REJECT is a refusal; these are no event."""
    children = list(token.children)
    if any(c.lower_ == "yet" for c in children):
        return True
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
        return True
    return token.lemma_.lower() in _INTENTIONS


def opinion_agreement(token: Token) -> bool:
    """"The governor agreed, saying ...", "not everyone agreed there should be a vote", "a judge
    agreed the book may have ...": agreeing with a view (a clause, or nothing at all after the
    verb) is an opinion; PLOVER's AGREE is an accord or a promise ("agreed to", "agreed on")."""
    if token.lemma_.lower() != "agree" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if agreed_with_person(token):
        return True
    if any(c.dep_ in ("xcomp", "dobj", "obj", "prep", "prt") for c in children):
        return False
    return any(c.dep_ in ("ccomp", "advcl") for c in children) or not any(
        c.dep_ == "conj" or c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") or
        any(g.dep_ == "conj" for g in c.children) for c in children)


def agreed_with_person(token: Token) -> bool:
    """"Manafort said he agreed with Mr. Cruz", "everything I say, he agrees with me": agreeing
    with a person (a name, one with a title of ``[titles]`` before it, "me", "him", "her"), with
    nothing agreed to or on, is sharing a view; a country or a body agreed with ("Iran agreed
    with Russia") may be an accord and is left alone."""
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "dobj", "obj", "ccomp") or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
           for c in children):
        return False
    people = [g for p in children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in _AGREED_PRONOUNS or g.ent_type_ == "PERSON"
               or (g.pos_ == "PROPN" and g.ent_type_ == ""
                   and any(c.lower_.rstrip(".") in NAME_TITLES for c in g.children))
               for g in people)


def plain_warning(token: Token) -> bool:
    """"The weather service warned of flash floods", "Democrats warned the delay could be a
    threat", "issued a hurricane warning": a warning addressed to no one, of nothing the speaker
    will do, is no PLOVER threat (which is made BY an actor AGAINST a target)."""
    lemma = token.lemma_.lower()
    if lemma == "issue":
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        return any(o.lemma_.lower() in ("warning", "watch", "alert", "advisory") for o in objects)
    if lemma != "warn" or token.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("dobj", "obj") for c in token.children)


def hypothetical_effect(token: Token, tables: Tables) -> bool:
    """"A bill that would allow police to ...", "saying it would prevent many from voting", "his
    placement would upset the balance": what a thing (a law, a measure, "it", "which") might
    bring about is no act between actors; PLOVER codes what actors do or threaten to do."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None:
        return False
    if subject.lower_ in ("it", "which", "that", "this"):
        return True
    return subject.pos_ == "NOUN" and not _names_actor(subject, tables)


def backed_work(token: Token, tables: Tables) -> bool:
    """"The study was supported by a foundation", "the festival is sponsored by the city": a work
    or a project backed by someone is a standing relationship told in the passive, not support
    given to an actor; PLOVER's SUPPORT is aimed at an actor ("France backed the resolution's
    sponsors" names one)."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return (subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == ""
            and not _names_actor(subject, tables))


def swearing_in(token: Token) -> bool:
    """"X was sworn in as governor": taking an office, no act between actors."""
    return token.lemma_.lower() == "swear" and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in token.children)


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
    return subject


def shared_passive(token: Token, own_doer: bool = False) -> bool:
    """A participle joined to a passive whose subject and "was" it shares, with no doer of its
    own ("he was questioned by reporters and then arrested"); ``own_doer``, also one with its
    own "by" ("they were attacked and beaten by police")."""
    return (token.dep_ == "conj" and token.tag_ == "VBN" and token.head.i < token.i
            and any(c.dep_ == "auxpass" for c in token.head.children)
            and any(c.dep_ == "nsubjpass" for c in token.head.children)
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") or c.dep_ == "agent" and not own_doer
                        for c in token.children))


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
        doer = token_actor or _subject(token)
        if doer is None and not _agentless_passive(token):
            doer = _preceding_actor(token, sent, tables)
        return doer, None
    if kind in _STATE_ACTS and victim.lower_ not in _THING_PRONOUNS and _names_actor(victim, tables):
        return victim, victim
    return None, None


def unnamed_critics(token: Token, kind: str, mode: Optional[str]) -> bool:
    """"He was criticized for ...", "is widely suspected of ...": disapproval told in the passive
    with no one named comes from critics, the press or the public, not from the state that
    ``implied_actor`` would make its actor. ("X was accused of fraud" is left to it: an
    accusation so told is most often the authorities'.)"""
    return (kind, mode) == ("ACCUSE", "disapprove") and token.lemma_.lower() != "accuse"


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


def caught_hazard(token: Token) -> bool:
    """"The cathedral caught fire", "caught the virus": a verb of taking whose object is a
    fire or a disease reports what befell its subject; the model reads the verb as COERCE/seize.
    (Setting fire to something is an ASSAULT and is left alone.)"""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return token.pos_ == "VERB" and any(o.lemma_.lower() in _HAZARDS for o in objects)


def natural_cause(actor: Token) -> bool:
    """An actor that is a force of nature, a disease or a vehicle ("Typhoon Haiyan, which killed
    ...", "the virus killed three", "the truck struck a car"): harm done by no one's will is no
    PLOVER event, which needs a political actor."""
    if actor.lower_ in _RELATIVE_PRONOUNS and actor.head.dep_ == "relcl":
        actor = actor.head.head  # "Typhoon Haiyan, which killed": the typhoon
    # the head word, and the kind a name is of ("Typhoon Haiyan"), not what a noun is made with
    # ("a car bombing" is an attack)
    words = [actor, *(c for c in actor.children if c.dep_ == "compound" and actor.pos_ == "PROPN")]
    return any(w.lemma_.lower() in _HAZARDS or w.lower_ in _HAZARDS for w in words)


def unasserted_relative(token: Token) -> bool:
    """"Challenged Biden to name any groups who endorsed him", "anyone who attacks us", "no
    country that backed the plan": a relative clause on "any", "no" or "anyone" says who would
    fit, not that anyone did it (PLOVER codes what happened)."""
    if token.dep_ != "relcl":
        return False
    heads = [token.head] + ([token.head.head] if token.head.dep_ == "conj" else [])
    return any(h.lower_ in _ANYONE or any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in h.children)
               for h in heads)


def nominal_participle(token: Token) -> bool:
    """A participle used as a noun for people: "visiting the wounded in hospital", "the accused
    denied the charges", "treated the injured". It names those to whom something happened, not
    an act reported there."""
    return (token.tag_ == "VBN" and token.dep_ in ("dobj", "obj", "pobj", "nsubj", "nsubjpass", "conj")
            and any(c.dep_ == "det" and c.i < token.i for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "dobj", "agent") for c in token.children))


def non_event_sense(token: Token, kind: str) -> bool:
    """A verb in a sense that does nothing to anyone: what one takes as one's own
    (``taken_as_own``), what one joins as a member (``joined_membership``), a defendant's
    appearance in court (``court_appearance``), what one failed to do (``failed_act``), a
    dismissal from a post read as a condemnation (``dismissal``), a cause carried somewhere
    (``carried_cause``), an offer of words (``offered_words``), "can't help but" (``cannot_help``),
    a struggle to do something (``hard_going``), a help to bring something about (``helped_along``),
    a verb with a particle that makes it no act (``inert_phrasal``), a record or a title won
    (``achievement``), a medium or a stage turned to (``took_to``)."""
    return ((kind == "COERCE" and (taken_as_own(token) or took_to(token))) or joined_membership(token)
            or court_appearance(token) or failed_act(token) or (kind == "ACCUSE" and dismissal(token))
            or carried_cause(token) or offered_words(token) or cannot_help(token) or hard_going(token)
            or helped_along(token) or inert_phrasal(token) or achievement(token))


def achievement(token: Token) -> bool:
    """"She set the world record for the race in Berlin", "won the title", "took the gold medal":
    a record or a title set or won is a feat in a sport or a contest, no act between actors;
    the verb's patterns read "set ... for" as a trip (CONSULT) and "took" as a seizure. Only a
    verb of winning (``[achieving_verbs]``: win, set, break, claim, take ...) with the record or
    the title as its object, singular, naming no one and not another's ("criticized Biden's
    record", "seized gold", "police seized records" are left alone)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ACHIEVING:
        return False
    if any(p.dep_ == "prep" and p.lower_ == "from" for p in token.children):
        return False  # "took gold from the vault": taken from someone
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(o.lemma_.lower() in _ACHIEVEMENTS and o.tag_ == "NN" and o.ent_type_ == ""
               and not any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in o.children)
               for o in objects)


def taken_as_own(token: Token) -> bool:
    """"She took her stepfather's name", "took up residence in Paris", "assumed office": taking a
    name, a home or a post as one's own seizes nothing from anyone; the model reads "took" and
    "assumed" as COERCE/seize. ("Rebels took the town", "seized power" are left alone.)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TAKING:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(o.lemma_.lower() in _UNSEIZED and o.ent_type_ == "" for o in objects)


def took_to(token: Token) -> bool:
    """"Clinton took to Twitter to say thanks", "took to the talk shows to defend his praise":
    turning to a medium or a stage, with no object taken, seizes nothing ("took to the streets",
    a protest, is left to the other rules)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "take":
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in token.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "to" and not any(g.lemma_.lower() == "street" for g in p.children)
               for p in token.children)


def joined_membership(token: Token) -> bool:
    """"She joined the Labour Party in 1990", "joined the team": becoming a member is no talks
    with anyone (PLOVER's CONSULT) nor cooperation between actors."""
    if token.lemma_.lower() != "join" or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in _MEMBERSHIPS or (o.ent_type_ == "ORG" and any(
        t.lemma_.lower() in _MEMBERSHIPS for t in _phrase(o))) for o in objects)


def court_appearance(token: Token) -> bool:
    """"The former minister appeared in court on Tuesday": a defendant's step in a trial, no act
    of an actor on another (the charge, the verdict are coded where they are told); the model
    reads it as COERCE/arrest."""
    if token.lemma_.lower() != "appear":
        return False
    return any(g.lemma_.lower() in _COURTS for p in token.children if p.dep_ == "prep"
               and p.lower_ in ("in", "before", "at") for g in p.children if g.dep_ == "pobj")


def failed_act(token: Token) -> bool:
    """"He failed to mention the payments", "neglected to disclose his income": failing to say
    or to do one's own part reports nothing that happened between actors (PLOVER drops what did
    not happen) and no refusal of anything asked. Failing to reach a deal or to heed a warning
    is left alone: a breakdown between parties is PLOVER's REJECT."""
    if token.lemma_.lower() in _FAILURES:
        failed = [c for c in token.children if c.dep_ == "xcomp"]
    elif token.dep_ == "xcomp" and token.head.lemma_.lower() in _FAILURES:
        failed = [token]
    else:
        return False
    return any(f.lemma_.lower() in _SAYING or f.lemma_.lower() in _OMISSIONS for f in failed)


def dismissal(token: Token) -> bool:
    """"The president dismissed the minister for health reasons", "a judge dismissed the
    lawsuit": putting someone out of a post or a case out of court is no condemnation (the model
    reads "dismissed" as ACCUSE/disapprove); "dismissed the claims as lies" (with "as") is left
    to it."""
    if token.lemma_.lower() not in DISMISSALS or token.pos_ != "VERB":
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


def rallied_public(token: Token) -> bool:
    """"Needed to identify and mobilize voters", "mobilized supporters to vote": raising the
    general public (``[general_public]``) to vote or to turn out is a campaign's work, not
    PLOVER's MOBILIZE (forces or a population raised against another actor). The sentence must
    tell an electoral purpose (``[electoral_words]``: voters, a vote, the polls, an election) and
    nothing "against" anyone nor of war (``[warlike_words]``: "mobilized citizens to defend the
    country against Ukraine" is MOBILIZE)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    objects += [g for o in objects for g in o.conjuncts]
    if token.dep_ == "conj":  # "identify and mobilize voters": the object of the first verb
        objects += [c for c in token.head.children if c.dep_ in ("dobj", "obj")]
    if not any(o.lemma_.lower() in _PUBLIC and o.ent_type_ == "" for o in objects):
        return False
    sent = token.sent
    if any(t.lower_ == "against" or t.lemma_.lower() in _WARLIKE for t in sent):
        return False  # "mobilized citizens to defend the country against Ukraine": forces raised
    # the electoral purpose: voters as the object, or a vote, the polls, an election in the sentence
    return any(t.lemma_.lower() in _ELECTORAL or t.lower_ in _ELECTORAL for t in [*objects, *sent])


def fired_from_post(token: Token) -> bool:
    """"Whom Trump fired as campaign manager", "I was going to fire everybody", "sacked his
    aide": firing or sacking a person (a name, a pronoun, a word of ``[staff_nouns]``) as its
    direct object, or firing someone "from" a post (``[post_nouns]``), dismisses them, no force
    ("fired on protesters", "fired as a last resort on the crowd", "fired rockets" are left
    alone)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("fire", "sack"):
        return False
    if any(g.lemma_.lower() in _POSTS for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
           for g in p.children if g.dep_ == "pobj"):
        return True  # "was fired from his job"
    return any(o.dep_ in ("dobj", "obj") and (o.ent_type_ == "PERSON" or o.lemma_.lower() in _STAFF
                                              or o.lower_ in _STAFF) for o in token.children)


def contest_result(token: Token) -> bool:
    """"Ruto defeated Odinga in the election", "the scandal hurt his chances", "damaged the
    economy": a verb of force whose object, or the contest it happened in, is an election, a
    prospect or a standing is a figure of speech, no force between actors; so is putting a
    rival "out of the race", and a relative clause on a contest ("a race that had been dominated
    by Teachout")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "on")
                for g in p.children if g.dep_ == "pobj"]
    # "knocking Cruz out of the race": the contest one is put out of
    objects += [g for p in token.children if p.lower_ == "out" for q in p.children
                if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
    if token.dep_ == "relcl" and any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in ("that", "which")
                                     for c in token.children):
        objects.append(token.head)  # "a race that had been dominated by Teachout": the race itself
    return any(o.lemma_.lower() in _CONTESTS and o.ent_type_ == "" for o in objects) or vote_shares(token)


def vote_shares(token: Token) -> bool:
    """"Sanders beat her 51% to 36% in West Virginia", "won 48 percent to 45 percent": shares of a
    vote or a poll told among the verb's own dependents are a contest's result, no force. Shares
    in another clause under the verb ("bombed ..., as a poll showed ... 60% to 30%") and a change
    "from 42% to 45%" are not."""
    own: list[Token] = []
    stack = [token]
    while stack:  # the verb's own words: not those of another clause under it ("..., as a poll showed ...")
        t = stack.pop()
        own.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    words = "".join(t.text_with_ws for t in sorted(own, key=lambda t: t.i))
    return _VOTE_SHARES.search(words) is not None


def unwilled_harm(token: Token, actor: Token) -> bool:
    """An ASSAULT by no one's will: a vehicle that "struck" or "hit" something ("the truck
    struck a bus", "the plane hit the ocean"), a blow whose object is a vehicle or an obstacle
    ("he struck a guard rail"), harm "in the crash", "in the earthquake", or harm the verb's own
    words say was not meant ("a hunter accidentally shot a hiker", "by accident";
    ``[unintended_adverbs]``) by one who is no state's agent nor a group: a state's force used in
    error ("the government unintentionally shot down a passenger jet", police) and a group's
    ("militants inadvertently killed two children") are still force. PLOVER's
    ASSAULT is deliberate harm by an actor that can act on purpose; an armed force's vehicles ("Israeli
    planes", "military aircraft") or a weapon ("a missile hit a bus") are left alone."""
    actor = _antecedent(actor)
    if _unmeant(token) and not (actor.ent_type_ in ("GPE", "NORP", "ORG") or _armed_or_national(actor)
                                or actor.lemma_.lower() in _ARMED_GROUPS  # "militants inadvertently killed"
                                or any(_authority_word(t.lower_) for t in _phrase(actor))):
        return True  # "a hunter accidentally shot a hiker", not "the army unintentionally shot down a jet"
    if any(g.lemma_.lower() in _HAZARDS for p in token.children if p.dep_ == "prep"
           and p.lower_ in ("in", "during", "after", "from") for g in p.children if g.dep_ == "pobj"):
        return True  # "killed in the crash", "injured in the earthquake"
    if _armed_or_national(actor):
        return False
    if actor.lemma_.lower() in _VEHICLES:
        return True
    if token.lemma_.lower() not in _COLLISIONS or actor.ent_type_ in ("GPE", "NORP", "ORG") \
            or actor.tag_ in ("NNS", "NNPS"):
        return False  # "Israel struck a building", "rebels hit the bridge": force, not a crash
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("into", "with")
                for g in p.children if g.dep_ == "pobj"]
    # the object's head, or what a group of it holds ("struck a group of motorcycles")
    heads = objects + [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _CRASHED_INTO for o in heads)


def _unmeant(token: Token) -> bool:
    """Whether the verb's own words say its harm was not meant: "accidentally", "by accident"."""
    return any(c.dep_ == "advmod" and c.lower_ in _UNINTENDED for c in token.children) or any(
        g.lemma_.lower() == "accident" for p in token.children if p.dep_ == "prep" and p.lower_ == "by"
        for g in p.children if g.dep_ == "pobj")


def inanimate_actor(actor: Token) -> bool:
    """A vehicle as the doer of any event ("whose armoured vehicle was used to breach the
    defences", "the ferry blocked the harbour"), or a device or a recording (``[device_nouns]``:
    "CCTV captured the attacker", "these tools helped investigators track"): a vehicle acts for
    whoever drives it, a camera or a tool for whoever uses it, and PLOVER's
    actors are people, groups, bodies and countries. An armed force's vehicles ("Israeli planes",
    "military aircraft") are left alone, as in ``unwilled_harm``."""
    actor = _antecedent(actor)
    return actor.lemma_.lower() in _VEHICLES | _DEVICES and not _armed_or_national(actor)


def _antecedent(actor: Token) -> Token:
    """The noun a relative pronoun stands for ("the truck, which struck": the truck), else the actor."""
    if actor.lower_ in _RELATIVE_PRONOUNS and actor.head.dep_ == "relcl":
        return actor.head.head
    return actor


def _armed_or_national(actor: Token) -> bool:
    """Whether an actor's words make it an armed force's ("military aircraft") or a nation's in the
    plural ("Israeli planes": its forces'; "a Kenyan truck" is one vehicle)."""
    words = list(_phrase(actor))
    national = actor.tag_ in ("NNS", "NNPS") and any(t.ent_type_ in ("NORP", "GPE") for t in words)
    return national or any(t.lower_ in _ARMED for t in words)


def moved_home(token: Token, actor: Token) -> bool:
    """"Harris moved to Montreal with her mother", "he relocated to Berlin": a named person who
    moves to a place, with nothing moved, changes home; no visit, support or deployment between
    actors ("Russia moved troops to the border" has an object, troops moving are no person)."""
    if token.lemma_.lower() not in _RELOCATIONS or token.pos_ != "VERB" or actor.ent_type_ != "PERSON":
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("to", "into") for p in token.children)


def legal_charge(token: Token) -> bool:
    """"He was charged with murder", "prosecutors indicted 20 journalists", "prosecuted for
    fraud": bringing a charge is ACCUSE/allege in PLOVER ("allege, charge, sue"), not the
    COERCE/arrest (or anything else) the model gives it. "Charge" only with what is charged
    ("with murder", "over the deaths", "for fraud"): "police charged the crowd" is force, "charged
    a fee" no event."""
    lemma = token.lemma_.lower()
    if lemma not in _CHARGES or token.pos_ != "VERB":
        return False
    if lemma != "charge":
        return True
    # "police charged the protesters with batons" is force: "with" names a charge only in the passive
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    return any(c.dep_ == "prep" and (c.lower_ in ("over", "for") or c.lower_ == "with" and passive)
               for c in token.children)


def police_questioning(token: Token, actor: Token, tables: Tables) -> bool:
    """"Police questioned the suspect", "was interrogated by investigators": questioning by an
    authority is an investigation (PLOVER's ACCUSE/investigate), not the talks of CONSULT."""
    return questioned(token) and _authority(actor, tables)


def questioned(token: Token) -> bool:
    """A verb of questioning ("questioned", "interrogated"): with no questioner named ("the
    suspect was questioned") the state the place implies asks, an authority."""
    return token.lemma_.lower() in _QUESTIONING and token.pos_ == "VERB"


def _authority_word(word: str) -> bool:
    """An authority's noun, in the singular or the plural ("police", "prosecutors",
    "authorities", "agencies"); not str.rstrip("s"), which makes "congress" "congre"."""
    word = word.strip(".,")
    return word in _AUTHORITIES or word.removesuffix("s") in _AUTHORITIES \
        or word.endswith("ies") and word[:-3] + "y" in _AUTHORITIES


def inquiry_without_suspect(token: Token, actor: Token, party: EventParty, tables: Tables,
                            record: Optional[Entity] = None) -> bool:
    """An inquiry that accuses no one: "scientists examine the reason for the decline", "the
    company is looking into a fix", "the airline's investigation". PLOVER's ACCUSE/investigate is
    an authority (police, prosecutors, a court, a government or an international body) looking
    into wrongdoing: an inquiry that is no authority's is no event. ``party`` is the actor as
    coded, ``record`` the resolved entity it is ("we" in a police spokesman's quote: what the
    article says of the speaker)."""
    lemma = token.lemma_.lower()
    if lemma not in _INQUIRIES:
        return False
    if lemma == "look" and not any(c.lower_ == "into" for c in token.children):
        return False  # "look" is an inquiry only as "look into"
    if party.sector and party.sector[:3] in _AUTHORITY_SECTORS or party.country in ("IGO", "UNO", "EUR"):
        return False
    if record is not None:
        said = " ".join([record.affiliation or "", *record.roles, record.name]).lower().split()
        _, sector = code_actor([word_key(w) for w in said], tables)
        if (sector and sector[:3] in _AUTHORITY_SECTORS) or any(_authority_word(w) for w in said):
            return False
    return not _authority(actor, tables)


def _authority(actor: Token, tables: Tables) -> bool:
    """An actor that may investigate or question someone as the state: a country, one the actor
    dictionary codes to a state sector or an international body, or whose head is an authority
    ("police", "prosecutors", "the commission"); a pronoun is the body named last before it
    (``_body_before``)."""
    if actor.lower_ in _PRONOUNS:
        body = _body_before(actor)  # "encouraged the CIA to release files from their investigation"
        if body is None:
            return False
        actor = body.root
    if actor.ent_type_ == "GPE":
        return True
    country, sector = code_actor(_words(_phrase(actor)), tables)
    if (sector and sector[:3] in _AUTHORITY_SECTORS) or country in ("IGO", "UNO", "EUR"):
        return True
    return actor.lemma_.lower() in _AUTHORITIES


def _body_before(pronoun: Token) -> Optional[Span]:
    """The body a "their" or "it" most likely stands for: the last organisation or country named
    before it in its sentence ("Callamard encouraged the CIA to release the files from their
    investigation"), if any."""
    sent = pronoun.sent
    return next((e for e in reversed(pronoun.doc.ents) if sent.start <= e.start and e.end <= pronoun.i
                 and e.label_ in ("ORG", "GPE", "NORP")), None)


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
    return None


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
    itself. An attack's object is left alone ("shelled
    a police station" is aimed at the police), and so is a thing with an owner ("sanctions on
    the country's entities" bear on the country)."""
    if target is None or kind == "ASSAULT" or target.pos_ != "NOUN" or _actor_head(target, tables) \
            or _named(target, within=True) or any(t.pos_ == "PROPN" for t in target.subtree) \
            or any(c.dep_ == "poss" for c in target.children):
        return False
    return code_actor(_words(_phrase(target)), tables)[0] is None


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


def _party_key(party: Optional[EventParty]) -> Optional[str]:
    if party is None:
        return None
    return party.entity or party.country or re.sub(r"\W+", " ", party.text.lower()).strip()


def _subject(token: Token) -> Optional[Token]:
    """The doer of ``token``: its subject, the agent of a passive, or that of the verb it hangs on."""
    seen = 0
    while token is not None and seen < 4:
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj"):
                if token.dep_ == "relcl" and child.lower_ in _RELATIVE_PRONOUNS:
                    return token.head  # "forces that attacked": the forces
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if token.dep_ == "relcl":
            return token.head
        if token.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and token.head.i != token.i:
            token = token.head
            seen += 1
            continue
        return None
    return None


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
    subjects: list[Token] = [*token.children, *(token.head.children if shared_passive(token, own_doer=True) else ())]
    for child in subjects:
        if child.dep_ == "nsubjpass" and (_names_actor(child, tables) or _named(child, within=True)):
            return child  # "a camp for Congolese refugees was attacked"; not "the bill was suspended"
    obj = (next((c for c in token.children if c.dep_ in ("dobj", "obj", "dative")), None) or _shared_object(token)
           or _shifted_object(token))
    obj = _partitive_whole(obj, tables) if obj is not None else None
    holders = [token] + ([obj] if obj is not None else [])
    aimed = _prep_target(holders, tables, _AIMED_PREPS)
    if aimed is not None:
        return aimed
    if obj is not None and _names_actor(obj, tables) and not _own(obj):
        # "denounced Serbia's suppression": the doer of the act, not the act's whole phrase
        # (whose last country is "... in Montenegro"); "arrested Trump's lawyer": the lawyer
        return (_act_of(obj, tables) if _possessed_act(obj, tables) else None) or _apposed_name(obj)
    other = _prep_target(holders, tables, _OTHER_TARGET_PREPS | _MEDIATION_PREPS if mediation else _OTHER_TARGET_PREPS)
    if other is not None:
        return other
    if obj is not None:
        whose = _act_of(obj, tables)
        if whose is not None:
            return whose
    return _complement_target(token, tables, depth)


def met_on_trip(token: Token, tables: Tables) -> Optional[Token]:
    """"He traveled to Florida to meet with Devocht", "flew to Paris to hold talks with the
    president": a trip (``[trip_verbs]``) made for a meeting is aimed at the one met, not at the
    place gone to (which is where it happened); the one met must be named, not a pronoun nor a
    place."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TRIPS:
        return None
    for clause in token.children:
        if clause.dep_ not in ("xcomp", "advcl") or clause.pos_ != "VERB":
            continue
        if clause.lemma_.lower() in _MEETING_VERBS or any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _TALKS
                                                       for o in clause.children):
            met = _target(clause, tables, depth=1)
            if met is not None and met.lower_ not in _PRONOUNS and met.ent_type_ not in ("GPE", "LOC", "FAC"):
                return met
    return None


def _mediation(token: Token, kind: str, actor: Token) -> bool:
    """Whether the event is a mediation, the one act a "between" phrase names the target of: a
    verb of mediation ("mediated an agreement between Japan and Russia", ``[mediation_verbs]``,
    which ``verbal.retyped`` makes CONSULT), or a CONSULT by a mediating role ("the mediator
    hosted talks between ...", "acted as a go-between", ``[mediating_roles]``). "Condemned the
    clashes between police and protesters" is aimed at neither."""
    if token.lemma_.lower() in _MEDIATION_VERBS and token.pos_ == "VERB":
        return True
    roles = [actor, *(g for p in token.children if p.dep_ == "prep" and p.lower_ == "as"
                      for g in p.children if g.dep_ == "pobj")]
    return kind == "CONSULT" and any(r.lemma_.lower() in _MEDIATING_ROLES for r in roles)


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
    closed its base"), on the threat's verb or the act it threatens."""
    acts = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    for act in acts:
        for clause in act.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.lower_ not in _PRONOUNS and _names_actor(subject, tables):
                    return subject
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


def _shared_object(token: Token) -> Optional[Token]:
    """The object a verb shares with the verb it is joined to: "surrounded and threatened the
    senator" (the parse hangs "the senator" on "surrounded" alone), "arrested and questioned the
    student" (on "questioned" alone: the verb right after it, when that has no subject of its
    own; not "broke with Trump and urged him", whose first verb has its own words)."""
    if token.dep_ == "conj" and token.head.i < token.i:
        return next((c for c in token.head.children if c.dep_ in ("dobj", "obj") and c.i > token.i), None)
    if any(c.dep_ not in ("cc", "conj", "punct") for c in token.children if c.i > token.i):
        return None
    for joined in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            return next((c for c in joined.children if c.dep_ in ("dobj", "obj")), None)
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
    subject of the verb the demand's modal hangs on."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and _names_actor(subject, tables) else None


def _own(obj: Token) -> bool:
    """An object the actor owns ("withdraw its troops from Lebanon", "recalled their
    ambassador"): the actor's own people, not whom the act is aimed at."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children)


def _prep_target(holders: Sequence[Token], tables: Tables, preps: frozenset[str]) -> Optional[Token]:
    """The actor a preposition of ``preps`` names after the verb or its object, or inside the
    phrase it names ("called for sanctions against Nigeria")."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in preps and not _scene_setting(prep) \
                    and not route_end(prep):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) or _stranded_object(prep)
                if pobj is not None and _names_actor(pobj, tables):
                    return pobj
                # "mediated an end to the conflict between Israel and Egypt": a mediation's "between" within
                inner = _prep_actor(pobj, tables, preps & _MEDIATION_PREPS) if pobj is not None else None
                if inner is not None:
                    return inner
    return None


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
    "condemned Karlov's arrest": ``[undergone_nouns]``)."""
    if obj.lemma_.lower() in _UNDERGONE_NOUNS:
        return None
    doer = _noun_actor(obj)
    if doer is None:  # "prevented the demonstration staged by students"
        doer = next((g for acl in obj.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
                     for g in a.children if g.dep_ == "pobj"), None)
    if doer is None or doer.lower_ in _PRONOUNS or not (_names_actor(doer, tables) or _proposer(obj, doer)):
        return None
    return doer


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
        purpose = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if (child.dep_ in ("xcomp", "acl") or purpose) and child.pos_ in ("VERB", "AUX"):
            found = _target(child, tables, depth + 1)
            if found is not None and found.lower_ not in _PRONOUNS:
                return found
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ not in _PRONOUNS and _names_actor(subject, tables):
                return subject
    return None


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


def _named(token: Token, within: bool = False) -> bool:
    """Whether the phrase of ``token`` (or, ``within``, anything hanging on it) names an actor."""
    tokens = token.subtree if within else _phrase(token)
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tokens)


def _civil_body(token: Token) -> bool:
    """A named association, forum or committee, or a rights group, that names no country:
    PLOVER codes such bodies NGO rather than by the countries around them."""
    span = _phrase(token)
    words = {t.lower_ for t in span}
    named = any(t.ent_type_ == "ORG" for t in span)
    return (named and bool(words & _CIVIL_NOUNS)) or ("rights" in words and token.lower_ in _RIGHTS_GROUPS)


def _names_actor(token: Token, tables: Tables) -> bool:
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lower_ in _ACTOR_PRONOUNS:
        return True
    if token.lemma_.lower() in _PEOPLE:  # "stabbed several people", "shelled villagers"
        return True
    country, sector = code_actor(_words(_phrase(token)), tables)
    return bool(country or sector) or any(t.lower_ in _COUNTRY_NOUNS for t in _phrase(token))


def _possessed_act(obj: Token, tables: Tables) -> bool:
    """An object that names an act by its doer's possessive: "Serbia's suppression", "Obama's
    citizenship"; not "Trump's lawyer" (an actor itself) nor "a Ukrainian jet" (no possessive)."""
    return not _actor_head(obj, tables) and any(c.dep_ == "poss" for c in obj.children)


def _actor_head(token: Token, tables: Tables) -> bool:
    """Whether a noun names an actor by itself, without its modifiers: "lawyer", "Iran",
    "villagers", "they"; not "suppression" or "decision" (which name one only through "Serbia's")."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lower_ in _ACTOR_PRONOUNS:
        return True
    country, sector = code_actor([word_key(token.text)], tables)
    return token.lemma_.lower() in _PEOPLE or bool(country or sector) or token.lower_ in _COUNTRY_NOUNS


def _phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``: its left dependents, compounds and "of ..." after it."""
    doc = token.doc
    start, end = token.left_edge.i, token.i + 1
    for child in token.children:
        if child.i > token.i and (child.dep_ in ("compound", "flat", "nmod")
                                  or (child.dep_ == "prep" and child.lower_ == "of")):
            end = max(end, child.right_edge.i + 1)
    if token.ent_iob_ != "O":  # the whole name, when the head is inside one
        ent = doc_index.entity_at(doc, token.i)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    span = doc[start:end]
    while len(span) > 1 and (span[0].dep_ in ("cc", "punct", "prep", "mark") or span[0].pos_ == "ADV"
                             or _leading_date(span[0], token)):
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _leading_date(word: Token, head: Token) -> bool:
    """A day or time the parse hangs before an actor ("At a rally Tuesday Trump attacked", "Early
    Monday police arrested"): when, not part of who; a possessive ("Monday's attack") is left
    alone, and so is a phrase that is all date."""
    return (word.ent_type_ in ("DATE", "TIME") and head.ent_type_ not in ("DATE", "TIME")
            and word.dep_ not in ("poss", "case") and not any(c.dep_ == "case" for c in word.children))


def _words(span: Iterable[Token]) -> list[str]:
    return [word_key(t.text) for t in span if not t.is_punct]


def _voices(statements: Iterable[Statement], tables: Tables, people: Optional[People] = None) -> list[Voice]:
    """(start, end, speaker entity, speaker country) of each quoted content: "we" in a quote
    is its speaker, of the country their affiliation, roles or name give, else the one the
    article describes them with (``_people``)."""
    out: list[Voice] = []
    for s in statements:
        speaker = s.speaker
        if speaker is None:
            continue
        country = said_coding([speaker.affiliation or "", *speaker.roles, speaker.name or ""],
                              speaker.affiliation, tables)[0]
        if country is None and speaker.name and people:
            country = people.get(speaker.name.split()[-1])[1]
        out.append((s.content.start, s.content.end, speaker.entity, country, _state_role(speaker.roles, tables)))
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


def _people(doc: Doc, tables: Tables, entities: Iterable[Entity]) -> People:
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
    for ent in doc.ents:
        key = ent[-1].text.lower()
        if ent.label_ != "PERSON":
            continue
        first = key not in seen
        seen.add(key)
        order.append((ent.end - 1, key))
        if said.get(key):
            continue
        root = ent.root
        words = [t for t in _phrase(root) if not (ent.start <= t.i < ent.end)]
        for appos in (c for c in root.children if c.dep_ == "appos"):
            words += list(_phrase(appos))
        words += _home_place(root)
        words += _copula_description(root)
        words += _next_description(ent) if first else []
        country = code_actor(_words(words), tables)[0] if words else None
        said[key] = country if country is not None and (_a_country(country) or country == "IGO") else None
    return People({key: (ids.get(key), said.get(key)) for key in set(ids) | set(said)}, order)


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


def _plainly_a_country(place: str) -> bool:
    """A place name ISO 3166 (pycountry) knows as a country and not also as a state or province
    ("Kenya"; not "Georgia"), as the resolver asks of "representatives from X"."""
    return _iso_country(place) and not iso_places.subdivision(place)


def _next_description(name: Span) -> list[Token]:
    """How the sentence right after the first one naming a person describes them by nationality:
    its subject is "the", a word saying which one, and a singular people's noun ("... activist
    Greta Thunberg [...]. The sixteen-year-old Swede is ..."), when the sentence naming them names
    no other person. None otherwise: "The Swedish government said" is no description of anyone,
    nor a people ("The Chinese proposed a deal", "The French welcomed her"), nor a bare "The Dane
    scored twice", as often someone else the sentence spoke of."""
    doc, sent = name.doc, name.sent
    if sent.end >= len(doc) or sum(e.label_ == "PERSON" for e in sent.ents) != 1:
        return []
    subject = next((t for t in doc[sent.end].sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "NORP" or subject.tag_ not in ("NN", "NNP") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or not any(c.dep_ in ("amod", "nummod", "compound") and c.i < subject.i for c in subject.children):
        return []
    return [subject]


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
    '"It is challenging our assumptions," he said' quotes the speaker's own words, whose "it"
    (or "he", "she") is someone or something they speak of, never the speaker."""
    low, high = sorted((token.i, verb.i))
    return any(t.is_quote for t in token.doc[low + 1:high])


def _party(token: Token, doc: Doc, tables: Tables, countries: list[tuple[int, str]],
           mentions: list[tuple[int, int, str]], voices: Sequence[Voice] = (),
           known: Optional[dict[str, Entity]] = None, people: Optional[People] = None,
           main_country: Optional[str] = None) -> EventParty:
    span = _phrase(token)
    person = doc_index.entity_at(doc, token.i) if token.ent_type_ == "PERSON" else None
    named_countries = {c for _, c in countries}
    country, sector = (_person_coding(span, person, tables, named_countries) if person is not None
                       else code_actor(_words(span), tables))
    entity_id = next((eid for s, e, eid in mentions if s < span.end_char and span.start_char < e), None)
    record = (known or {}).get(entity_id or "")
    if record is not None and not any(w in tables.countries for w in _words(span)):
        # a resolved speaker: what the article says of them ("a U.S. senator", "Iran's foreign
        # minister") before any dictionary by surname
        said_country, said_sector = entity_coding(record, tables, named_countries)
        country, sector = said_country or country, sector or said_sector
    voice = next((v for v in voices if v[0] <= token.idx < v[1]), None) if _speaker_pronoun(token) else None
    if voice and (token.lower_ in _FIRST_PERSON or voice[2] or voice[3]):
        # a speaker of no known country speaks for the article's main one where one clearly leads
        # (``_leading_country``), not the one named last before the quote ("we are not prepared
        # to risk no deal": not Ireland)
        country = voice[3] or main_country
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
        country, sector2 = _leader_country(last, tables, {c for _, c in countries})
        sector = sector or sector2
    if country is None and people is not None and token.lower_ in _PERSONAL_PRONOUNS:
        # "she" after "Kamala Harris": the person named just before, as the article describes them
        named = people.before(token.i)
        country = people.get(named)[1] if named else None
        if country is None and named:
            record = (known or {}).get(people.get(named)[0] or "")
            country = entity_coding(record, tables, named_countries)[0] if record is not None else None
    if country is None:
        head = token.lower_
        if head in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ccomp", "advcl"):
            # "the Iranian military announced that it had built ...": "it" is the announcer
            outer = _subject(token.head.head)
            if outer is not None and outer.i != token.i:
                outer_span = _phrase(outer)
                country, sector2 = code_actor(_words(outer_span), tables)
                sector = sector or sector2
        if country is None and voice is None and (head in _PRONOUNS or any(t.lower_ in _COUNTRY_NOUNS for t in span)):
            # not a speaker's "we": one of no known country is not of the country named last
            country = _last_country(countries, span.start_char)
            if _unsure_subject_pronoun(token, countries, main_country, country):
                country = None
    start, end = span.start_char, span.end_char
    entity = voice[2] if voice else entity_id
    return EventParty(span.text, start, end, entity=entity, country=country, sector=sector)


def _a_country(code: Optional[str]) -> TypeGuard[str]:
    """A country's code, not that of a kind of actor that has none (IGO, NGO, IMG, MNC)."""
    return code is not None and code.isalpha() and code not in _NO_COUNTRY


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
    surnames: list[tuple[int, str]] = []
    towns, inside = _place_surnames(doc, tables)
    ents = [e for e in doc.ents if e.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON")
            and not (e.label_ in ("GPE", "LOC") and (e.start in inside or e.text.lower() in towns))]
    # ("Valeska [Paris] ... Paris claims"; not "Rep. Steve Israel ... Israel's cabinet")
    # the countries named other than by a person's name, which a name's word is checked against
    others = {c for e in ents if e.label_ != "PERSON" for c in [code_actor(_words(e), tables)[0]] if c}
    for ent in ents:
        country, _ = code_actor(_words(ent), tables)
        if ent.label_ == "PERSON" and country == _spurious_name_country(_words(ent), tables, others):
            country = None  # "Albert Sufianov", "Valeska Paris", "Gov. Maggie Hassan" name no country
        if _a_country(country):
            named.append((ent.start_char, country))
        elif country is None and ent.label_ == "PERSON":
            surnames.append((ent.start_char, ent[-1].text))
    found = {c for _, c in named}
    leaders = [(o, c) for o, s in surnames for c in [_leader_country(s, tables, found)[0]] if _a_country(c)]
    return sorted(named + leaders)


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
    for ent in doc.ents:
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
    """A party that is a named person. A person's country is what the article says of them
    (their own words, their roles, how it describes them: ``_people``), not a place their
    sentence names: "Kipchoge set the record in Berlin, Germany" is no German."""
    return token.ent_type_ == "PERSON"


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


def home_trip(token: Token, kind: str, actor_country: Optional[str], target_tok: Optional[Token],
              target_country: Optional[str], doc: Doc, tables: Tables, countries: list[tuple[int, str]]) -> bool:
    """"Sanders visited Missouri on Saturday", "Clinton visited the St. Louis area to campaign",
    "he will head to New Hampshire": a trip (``checks.trip_destination``) to a place in the
    traveller's own country meets no one; PLOVER's CONSULT (and a future one, AGREE) is a
    meeting, and a visit abroad ("the president visited China") stays one. The place's country
    is, for a name, what the dictionaries or its own phrase say (a person the parse takes for a
    place, "visit Wiranto", is so never coded as one), and for a place noun the target's; a
    building or an area of no named country ("visited the restaurant") is a local one, whatever
    the traveller's country. A place named whose country is unknown is left alone."""
    place = trip_destination(token, kind)
    if place is None:
        return False
    local = place.lemma_.lower() in LOCAL_TRIP_PLACES  # "visited the restaurant": local wherever it is
    if not _a_country(actor_country):
        return local and place.ent_type_ not in ("GPE", "LOC")
    country: Optional[str] = None
    if place.ent_type_ in ("GPE", "LOC", "FAC"):  # a name: its country only from what is known of it
        span = doc_index.entity_at(doc, place.i) or doc[place.i:place.i + 1]
        country, _ = code_actor(_words(span), tables)
        if not _a_country(country):
            country = _place_country(place, countries)
    elif target_tok is not None and target_tok.i == place.i and _a_country(target_country):
        country = target_country  # "visited the state": the country the coder gave it
    if country is None:
        return local  # "traveled to the region": abroad, for all the sentence says
    return country == actor_country


def _place_country(place: Token, countries: list[tuple[int, str]]) -> Optional[str]:
    """The country of a place the dictionaries do not know, when its own phrase names it ("a
    hall in London", "Multan, Pakistan"); not its sentence's ("Iranian forces shelled
    Kalakand" says nothing of where Kalakand is)."""
    inside = _countries_between(countries, place.left_edge.idx, place.right_edge.idx + len(place.right_edge))
    return inside[0][1] if inside else None
