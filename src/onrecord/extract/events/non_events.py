"""Rules that say a candidate is no event, or not the event the verb first suggests
(``coder.find_events`` asks each): figures of speech, games, saying, harm of no one's will, an
occasion held, a trip at home, verbs in a sense that acts on no one; and the types some acts
take whatever the model says (``act_type``, ``legal_act``: a meeting held is CONSULT, a lawsuit
ACCUSE, an attack in words ACCUSE). The checks of a coded event's parties are in ``checks``.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.checks import (
    _RIVAL_MARKS,
    _SCHOOLS,
    COLLISIONS,
    COURTS,
    DISMISSALS,
    GATHERING_VERBS,
    HAZARDS,
    LOCAL_TRIP_PLACES,
    MEETING_VERBS,
    TALK_NOUNS,
    TRIP_VERBS,
    TROOPS,
    VEHICLES,
    meeting_on_trip,
    schooling,
    trip_destination,
)
from onrecord.extract.events.countries import (
    _CLAUSES,
    _SAYING,
    _a_country,
    _code_up_to,
    _countries_between,
    _place_country,
    place_named_elsewhere,
)
from onrecord.extract.events.model import EVENT_NOUNS, armed_strike
from onrecord.extract.events.parties import _AUTHORITY_SECTORS, _INQUIRIES, _PROPOSALS, _own, hyphen_joined
from onrecord.extract.events.phrases import (
    _PRONOUNS,
    _RELATIVE_PRONOUNS,
    _actor_head,
    _names_actor,
    _phrase,
    _subject,
    _words,
)
from onrecord.extract.events.tables import Tables, code_actor, word_key
from onrecord.extract.events.verbal import _PUBLIC, STATEMENT_NOUNS
from onrecord.extract.speakers.words import BODY_HEADS, NAME_TITLES, PARTITIVE_PRONOUNS, PERSON_HEADS, PERSON_NOUNS
from onrecord.model import Entity, EventParty

_WORDS = "event_words.txt"
_HINTS = data.words(_WORDS, "hinting_verbs")
_AGREED_PRONOUNS = data.words(_WORDS, "agreed_pronouns")
_INTENTIONS = data.words(_WORDS, "unrefused_intentions")  # "does not plan to", "did not want"
_FIGURATIVE = data.words(_WORDS, "figurative_objects")
_SPORTS = data.words(_WORDS, "sports_words")
_VERBAL_ATTACKS = data.words(_WORDS, "verbal_attack_verbs")
_PERSON_ATTACKS = data.words(_WORDS, "person_attack_verbs")
_BODY_PARTS = data.words(_WORDS, "struck_body_parts")
_REASON_VERBS = data.words(_WORDS, "reason_verbs")  # "did not ..., citing the risk" (``denied_fact``)
_PUT_TO = _PROPOSALS | data.words(_WORDS, "put_to_nouns")  # "did not heed the call" (``untaken_act``)
_ANSWERING = data.words(_WORDS, "answering_verbs")  # "did not recognize the result" (``untaken_act``)
_ABSTAINING = data.words(_WORDS, "abstaining_verbs")  # "did not support it, abstaining" (``untaken_act``)
_DECLINING = _REASON_VERBS | _ABSTAINING  # a reason or a refusal told beside a negated act (``untaken_act``)
# "stabbing him", "police said": a report of blows or of a crime (``bodily_violence``)
_BODILY_BLOWS = data.words(_WORDS, "bodily_blow_words") | data.words(_WORDS, "bodily_harm_verbs")
_CRIME_TELLERS = data.words(_WORDS, "crime_tellers")
_TELLING_VERBS = frozenset({"say", "tell", "report", "allege"})
_WORD_VENUES = data.words(_WORDS, "word_venues")
_WORD_MARKERS = data.words(_WORDS, "word_attack_markers") | _WORD_VENUES
_ATTACK_NOUNS = data.words(_WORDS, "attack_nouns")
_ATTACK_CARRIERS = data.words(_WORDS, "attack_carrying_verbs")
_ATTACK_VERBS = data.words(_WORDS, "attack_verbs") | _VERBAL_ATTACKS
_CARRIED_CAUSES = data.words(_WORDS, "carried_causes")
_OFFERED_WORDS = data.words(_WORDS, "offered_words")
_FOUGHT_CAUSES = data.words(_WORDS, "fought_causes")
_AVOIDING = data.words(_WORDS, "avoiding_verbs")
_INTENT_NOUNS = data.words(_WORDS, "intent_nouns")
_CAPABILITIES = data.words(_WORDS, "capability_nouns")
_VAGUE_AGREED = data.words(_WORDS, "vague_agreed_objects")
_VIEW_TOPICS = data.words(_WORDS, "view_topics")  # "agreed with Mr. Roe on the issue"
_NOTIONS = data.words(_WORDS, "notion_nouns")
_OPINION_VERBS = data.words(_WORDS, "opinion_verbs")
_SEIZING_ON = data.words(_WORDS, "seizing_on_verbs")
_UNREALISED_MODIFIERS = data.words(_WORDS, "unrealised_modifiers")
_ATTACKED_IDEAS = data.words(_WORDS, "attacked_ideas") | _NOTIONS
# Acts of the law the model types wrongly (``legal_act``), in the order they are tried: the word
# list, the model's types it corrects, whether the word must be a verb, and PLOVER's (type, mode)
_LEGAL_ACTS = (
    (data.words(_WORDS, "lawsuit_verbs"), ("COERCE", "SANCTION"), False, ("ACCUSE", "allege")),
    (data.words(_WORDS, "conviction_verbs"), ("COERCE",), True, ("SANCTION", "convict")),
    (data.words(_WORDS, "custody_verbs"), ("ASSAULT",), True, ("COERCE", "arrest")),
)
_EMERGENCIES = data.words(_WORDS, "emergency_nouns")
_EMERGENCY_VERBS = data.words(_WORDS, "emergency_verbs")
_EMERGENCY_HEADS = data.words(_WORDS, "emergency_state_heads")  # "a state of emergency" (``declared_state``)
_CLAIMING = data.words(_WORDS, "claiming_verbs")
_HOLDING_VERBS = data.words(_WORDS, "holding_verbs")
_IMPOSING = data.words(_WORDS, "imposing_verbs")
_SANCTIONS = data.words(_WORDS, "sanction_nouns")
_RESTRICTIONS = data.words(_WORDS, "restriction_nouns")
_PROTESTERS = data.words(_WORDS, "protester_nouns")
_PROTEST_ACTIONS = data.mapping(_WORDS, "protest_nouns")  # noun -> PLOVER mode
_PROTEST_TAKING = data.words(_WORDS, "protest_taking_verbs")
_PROTEST_GOING = data.words(_WORDS, "protest_going_verbs")
_FREEING = data.words(_WORDS, "freeing_verbs")
_FREED_PEOPLE = (data.words(_WORDS, "freed_people_nouns") | data.words(_WORDS, "people_nouns")
                 | data.words(_WORDS, "held_people_nouns"))
_AID_GIVING = data.words(_WORDS, "aid_giving_verbs")
_AID_GOODS = data.words(_WORDS, "aid_goods") | data.words(_WORDS, "aid_words")
_FREED_PRONOUNS = frozenset({"him", "her", "them"})
_PROTEST_GATHERINGS = data.words(_WORDS, "protest_gatherings")
_PROTEST_BLOCKING = data.words(_WORDS, "protest_blocking_verbs")
_PROTEST_ENDING = data.words(_WORDS, "protest_ending_verbs")
_ORDERING = data.words(_WORDS, "order_verbs")
_CLOSURES = data.words(_WORDS, "closure_verbs")
_OUTLETS = data.words(_WORDS, "outlet_nouns")
_RESIGNING = data.words(_WORDS, "resignation_verbs")
_RESIGNATION_NOUNS = data.words(_WORDS, "resignation_nouns")
_HANDING_IN = data.words(_WORDS, "handing_in_verbs")
_FORCING = data.words(_WORDS, "forcing_verbs")
_SUPPLYING = data.words(_WORDS, "supplying_verbs")
_BEGUN = data.words(_WORDS, "aspect_verbs")  # "began providing airstrikes": the act is done
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
_DEVICES = data.words(_WORDS, "device_nouns")
_UNINTENDED = data.words(_WORDS, "unintended_adverbs")
_RETORTS = data.words(_WORDS, "retort_verbs")
_SHARES = data.words(_WORDS, "share_nouns")
_INERT_PHRASALS = data.words(_WORDS, "inert_phrasal_verbs")
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``", "'"})
# the parts of speech prose writes small inside a sentence, and a title capitalises (``headline_case``)
_SMALL_IN_PROSE = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "VERB"})
_VOICING = frozenset({"express", "voice"})  # "expressed frustration", "voiced anger" (``words_aimed_at_no_one``)
_PETITION_VERBS = data.words(_WORDS, "petition_verbs")
_ARMED = data.words(_WORDS, "armed_words")
_ARMED_GROUPS = data.words(_WORDS, "armed_group_nouns") | TROOPS  # who can harm on purpose as a body
_OBSTACLES = data.words(_WORDS, "obstacle_nouns")
_CRASHED_INTO = VEHICLES | _OBSTACLES  # what a vehicle or a driver hits in a crash
# what can be attacked only in words: an inquiry, a policy or a text ("attacked the inquiry")
_WORDED_TARGETS = _INQUIRIES | data.words(_WORDS, "position_objects") | STATEMENT_NOUNS
_AUTHORITIES = data.words(_WORDS, "authority_nouns")
_QUESTIONING = data.words(_WORDS, "questioning_verbs")
_INVESTIGATORS = data.words(_WORDS, "investigator_nouns")  # "police interviewed him" (``police_interview``)
_INTERVIEWING = data.words(_WORDS, "interview_verbs")
_OFFICIAL_PARTNERS = data.words(_WORDS, "official_partner_nouns")  # "spoke with officials" (``police_interview``)
_OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "COP", "JUD", "ELI"})
_LEFT_BODIES = data.words(_WORDS, "pact_nouns") | data.words(_WORDS, "left_bodies")  # ``left_pact``
_CONFERRED = data.words(_WORDS, "conferred_honours")  # "awarded him a medal" (``honour_given``)
_QUALIFIED_HONOURS = data.words(_WORDS, "qualified_honours")  # "the title of ..." (``honour_given``)
_HONOURING = data.words(_WORDS, "honouring_verbs")
_PACT_MEMBERS = data.words(_WORDS, "pact_member_nouns") | BODY_HEADS  # who leaves a pact (``left_pact``)
_CONFERRING = data.words(_WORDS, "conferring_verbs")
_ACCIDENTS = data.words(_WORDS, "accident_verbs")  # "the plane crashed, killing ..." (``accident_harm``)
_EXPLODING = data.words(_WORDS, "exploding_structures")  # "the plant exploded" (``exploded_craft``)
_ROAD_VEHICLES = data.words(_WORDS, "road_vehicles")  # "a car exploded": as often a car bomb
# what makes an exploding craft a weapon ("a truck packed with explosives"); "gas" is a munition
# word (tear gas) but a gas pipeline is a works
_BOMB_WORDS = frozenset({"bomb", "bombs", "device", "explosive", "explosives", "ied", "bomber"})
_WEATHER = data.words(_WORDS, "weather_nouns")  # "winds from the storm delayed" (``natural_cause``)
# what comes "from" or "of" a hazard and acts by no one's will (``natural_cause``)
_FORCES = _WEATHER | data.words(_WORDS, "hazard_forces")
_UNSEIZED = data.words(_WORDS, "unseized_objects")
_TAKING = data.words(_WORDS, "taking_verbs")
_MISUSING = data.words(_WORDS, "misusing_verbs")
_OFFICE_OBJECTS = data.words(_WORDS, "office_objects")
_THING_PRONOUNS = frozenset({"it", "this", "that"})
_SPACECRAFT = data.words(_WORDS, "spacecraft_nouns")
_SPACE_PLACES = data.words(_WORDS, "space_places")
_LAUNCHING = data.words(_WORDS, "launching_verbs")
_RAMMING = data.words(_WORDS, "ramming_verbs")
_PHONES = data.words(_WORDS, "phone_nouns")
_DRIVERS = data.words(_WORDS, "driver_nouns")
_ROAD_BLOWS = data.words(_WORDS, "road_blow_verbs")
_ROAD_USERS = data.words(_WORDS, "road_user_nouns")
_DELIBERATE = data.words(_WORDS, "deliberate_adverbs")
_SOCIAL_VENUES = data.words(_WORDS, "social_venues")
_ACQUAINTANCES = data.words(_WORDS, "acquaintance_nouns")
_SOCIAL_OCCASIONS = data.words(_WORDS, "social_occasions")
_SOCIAL_MEALS = data.words(_WORDS, "social_meals")
_PRIVATE_PURPOSES = data.words(_WORDS, "private_trip_purposes")
_PRIVATE_ROLES = data.words(_WORDS, "private_trip_roles")
_OFFICIAL_MODIFIERS = data.words(_WORDS, "official_trip_modifiers")
_MEMBERSHIPS = data.words(_WORDS, "membership_objects")
_CHARGES = data.words(_WORDS, "charge_verbs")
_FAILURES = data.words(_WORDS, "failure_verbs")
_OMISSIONS = data.words(_WORDS, "omitted_acts")
_CONTESTS = data.words(_WORDS, "contest_words")
_CONTEST_HOLDS = data.words(_WORDS, "contest_holds")
_ACHIEVEMENTS = data.words(_WORDS, "achievement_objects")
_ACHIEVING = data.words(_WORDS, "achieving_verbs")
_POSTS = data.words(_WORDS, "post_nouns")
_ELECTORAL = data.words(_WORDS, "electoral_words")
_WARLIKE = data.words(_WORDS, "warlike_words")
_STAFF = data.words(_WORDS, "staff_nouns")
_MUNITIONS = data.words(_WORDS, "munition_nouns")
_BLAST_MUNITIONS = _MUNITIONS - {"gas"}  # a gas pipeline may blow up by accident (``exploded_craft``)
# a shot aimed: "fired at the crowd", "fired rockets into Israel", "fired on protesters"
_AIMING_PREPOSITIONS = frozenset({"at", "on", "upon", "into", "toward", "towards", "across", "over", "in"})
_FIRED_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})  # "he was fired"
_ABSTRACT_ACTS = data.words(_WORDS, "abstract_act_nouns")
_UNHELD_VISITS = frozenset({"visit", "tour", "attend"})  # with [meeting_verbs]: "did not visit"
_ANYONE = data.words(_WORDS, "anyone_pronouns")
_RELOCATIONS = data.words(_WORDS, "relocation_verbs")
_BUSINESS_SEATS = data.words(_WORDS, "business_seats")
_CONTEST_CHALLENGES = data.words(_WORDS, "contest_challenges")
_DEFEATING = data.words(_WORDS, "defeat_verbs")
_VOTE_CONTEST = data.words(_WORDS, "vote_contest_words")
_VOTE_ROLES = data.words(_WORDS, "vote_role_words")
_BLOWS = data.words(_WORDS, "blow_defeat_verbs")
_RACE_SIDES = data.words(_WORDS, "race_side_nouns")  # "beat her rival" (``electoral_defeat``)
_RACE_FIGHTS = data.words(_WORDS, "race_fight_verbs")  # "battled to replace him" (``race_for_office``)
_RACE_PRIZES = data.words(_WORDS, "race_prizes")  # "fought to win the seat" (``race_for_office``)
_OFFICE_TAKING = data.words(_WORDS, "office_taking_verbs")
_RACE_PHRASES = data.words(_WORDS, "race_phrase_words")  # "beat him by 22 points" (``electoral_defeat``)
_CASUALTY_VERBS = data.words(_WORDS, "casualty_verbs")
# "killed in a firefight", "the army said" (``unsaid_casualty_doer``)
_FIGHTING = data.words(_WORDS, "fighting_nouns") | _ARMED_GROUPS
_VIOLENCE = data.words(_WORDS, "violence_words") | _ATTACK_NOUNS | data.words(_WORDS, "armed_group_nouns") | frozenset(
    noun for noun, coded in EVENT_NOUNS.items() if coded[0] == "ASSAULT")
_KILLINGS = data.words(_WORDS, "killing_nouns")  # "a targeted killing" (``casualty_report``)
_FORCE_DOERS = data.words(_WORDS, "force_doer_nouns")  # "police" (``casualty_report``)
_JAILING = data.words(_WORDS, "jailing_verbs")
_CONVICTING = data.words(_WORDS, "conviction_verbs")
_TERMS = data.words(_WORDS, "term_words")
_SENTENCE_NOUNS = data.words(_WORDS, "sentence_nouns")
_PRISON_TERMS = data.words(_WORDS, "prison_term_modifiers")
_SENTENCE_PASSING = data.words(_WORDS, "sentence_passing_verbs")
_INDEPENDENCE_DECLARING = data.words(_WORDS, "independence_declaring_verbs")
_INDEPENDENCE = data.words(_WORDS, "independence_words")
_NEW_STATES = data.words(_WORDS, "declared_state_nouns")
_RESTRAINING = data.words(_WORDS, "restraining_verbs")
_RESTRAINT_SURFACES = data.words(_WORDS, "restraint_surfaces")
_ATTITUDES = data.words(_WORDS, "attitude_verbs")
_PRIVATE_TRAVELLERS = data.words(_WORDS, "private_travellers")
# "agreed with the plan", "with the terms of the truce": accepted, no view shared
_ACCEPTED = _PROPOSALS | data.words(_WORDS, "pact_nouns") | data.words(_WORDS, "accepted_terms")
# shares of a vote or a poll: "51% to 36%", "48 percent to 45 percent" (``vote_shares``)
_VOTE_SHARES = re.compile(r"(?<!from )(?<![\d.])\d+(?:\.\d+)? ?(?:%|percent) to \d+(?:\.\d+)? ?(?:%|percent)")
# a game's score: "1 – 0;", "won 3-2 in ..." (not a range or a model: "15–25 million", "737-800 jet")
_SCORE = re.compile(r"(?<![\d.,:/])\d{1,2} ?[–-] ?\d{1,2}(?=[;,.)]|$| (?:in|on|at|to|with|after|win|victory)\b)")


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


def passive_demand(token: Token) -> bool:
    """"He said the group must be destroyed", "Poe said the aide should be fired": a "must" or
    "should" clause in the passive asks nothing of its subject, who is the one acted on, and
    names no one asked to act; a position on what ought to be done, not the demand "X said Y
    must ..." makes of Y (PLOVER's REQUEST is asked of an actor). The act itself, required and
    not done, is then no event either (``checks.modal_act``). A passive with its "by" ("said Vetland
    should be sanctioned by the League") names the one asked to act, and is left a demand of it
    (``parties._demanded_of``)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) and not any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in token.children)


def own_resolve(token: Token) -> bool:
    """""We must get it done", "I must go on": a "must" or "should" clause whose subject is the
    speakers themselves ("I", "we", a quote's "[W]e") tells their own resolve, not a demand of
    another actor."""
    return first_person_subject(token)


def first_person_subject(token: Token) -> bool:
    """Whether a verb's subject is the speakers themselves ("I", "we", a quote's "[W]e"): words
    only someone quoted says of themselves (``own_resolve``, ``denied_fact``)."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_.replace("[", "").replace("]", "") in ("i", "we")


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


_CHAMPIONING = data.words(_WORDS, "championing_verbs")
_CHAMPIONED = data.words(_WORDS, "championed_people")


def fought_for_people(token: Token) -> bool:
    """"I will fight for you", "she has battled for working families": fighting "for" the
    people one serves (you, us, or a noun of ``[championed_people]``), with no enemy named
    (no object, no "against"), is a politician's promise or figure, no force nor demand. An
    armed doer ("troops fought for the villagers", a state's force or an armed group) is left
    alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CHAMPIONING:
        return False
    children = list(token.children)
    if any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ == "against" for c in children):
        return False
    served = [g for p in children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    if not any(g.lower_ in ("you", "us") or g.lemma_.lower() in _CHAMPIONED for g in served):
        return False
    doers = [_antecedent(c) for c in children if c.dep_ == "nsubj"]
    return not any(_armed_or_national(d) or d.lemma_.lower() in _ARMED_GROUPS for d in doers)


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
    medium that attacks (``[medium_nouns]``), does so in words; so does a body that blasts a
    person or a party (``body_blasts_rival``). A light verb that carries an attack noun ("made
    an attack on Carson") is read through the noun (``attack_on_rival``)."""
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)  # "with a knife"
    if token.lemma_.lower() not in _VERBAL_ATTACKS:
        if token.pos_ == "VERB" and token.lemma_.lower() in _PERSON_ATTACKS and not armed:
            # "Governor Lee fired at Grant over his vote"; "he fired at Hill twice" may be shots
            return blamed_for_conduct(token) and person_attacks_person(token, actor)
        return attack_on_rival(token, actor)  # the carrying verbs are none of the attacking verbs
    if any(o.lemma_.lower() in _WORDED_TARGETS for o in token.children if o.dep_ in ("dobj", "obj")):
        return True  # "Republicans attacked the impeachment inquiry": a process or a text takes no blows
    if actor.lemma_.lower() in _MEDIA and actor.pos_ in ("NOUN", "PROPN"):
        return True  # "Freedom Magazine attacked defectors": a text deals no blows
    if armed:
        return False
    if person_attacks_person(token, actor):
        return True  # "she attacked Governor Mills", "Palmer's attack on Dunn"
    if actor.ent_type_ == "PERSON" and actor.tag_ != "NNPS":
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        return not any(o.tag_ == "NNS" for o in objects)
    return body_blasts_rival(token, actor)


_PERSON_PRONOUNS = frozenset({"he", "she"})
_NOT_PERSONS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def named_person(token: Token) -> bool:
    """A person named by a single proper name: a PERSON entity, or a proper noun the parser
    left untyped or typed otherwise ("Palmer" tagged ORG) whose word is part of a PERSON named
    elsewhere in the article ("Donald Palmer" earlier, then "Palmer"). Not a place, a people
    or a plural ("the Mills" of a family), and not a title alone."""
    if token.tag_ in ("NNS", "NNPS") and token.ent_type_ != "PERSON":
        return False
    if token.ent_type_ == "PERSON":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in _NOT_PERSONS:
        return False
    return token.text in person_name_words(token.doc)


_PERSON_NAME_WORDS = "onrecord_person_name_words"


def person_name_words(doc: Doc) -> frozenset[str]:
    """The words of the article's PERSON names of more than one word ("Donald" and "Palmer" of
    "Donald Palmer"), gathered once per article for ``named_person``."""
    found: frozenset[str] | None = doc.user_data.get(_PERSON_NAME_WORDS)
    if found is None:
        found = doc.user_data[_PERSON_NAME_WORDS] = frozenset(
            t.text for e in doc_index.ents_labelled(doc, "PERSON") if len(e) > 1 for t in e)
    return found


def person_attacks_person(token: Token, actor: Token) -> bool:
    """"She has started to attack Governor Mills", "Palmer's attack on Dunn": a person
    (``named_person``, or "he"/"she") who attacks, as a verb or as the possessor of an attack
    noun, only named persons (``named_person``, singular) attacks them in words, as the
    campaigns of political news do (ACCUSE/disapprove): blows between persons come with a
    weapon ("with a knife", refused before) or fall on people not named ("attacked a guard").
    The parser types many a surname ORG or nothing, so the person is read from the article's
    names, and a pronoun only counts when what it attacks is named."""
    pronoun = actor.pos_ == "PRON" and actor.lower_ in _PERSON_PRONOUNS
    if not (pronoun or named_person(actor)) or actor.lemma_.lower() in _ARMED_GROUPS:
        return False
    if token.pos_ == "NOUN" and token.lemma_.lower() not in _ATTACK_NOUNS:
        return False
    targets = _attacked(token)
    if targets and all(t.pos_ == "NOUN" and t.lemma_.lower() in _WORD_VENUES | _WORDED_TARGETS for t in targets):
        return True  # "assailed Grant's campaign speeches": what was said, not a body
    return bool(targets) and all(named_person(t) for t in targets)


def blamed_for_conduct(token: Token) -> bool:
    """A blow that names what it is dealt for, a person's conduct or words: "Lee fired at Grant
    over his vote on the budget", "Lopez hit Ward for her handling of the strike" (an "over" or
    "for" phrase on something of someone's, a position or a text, ``_WORDED_TARGETS``), or what
    they did, told by a verb in "-ing" ("Lopez hit Ward for skipping the debate": one is hit
    "for" an act in words, not in blows, unless its sentence tells blows or a crime:
    ``bodily_violence``). Without one, "hit", "fire at" or "target" between
    named persons may be blows ("Smith hit Jones outside the bar", "he fired at Hill twice"),
    so they are not read as words; nor is a part of the body ("hit him over the head",
    ``[struck_body_parts]``)."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("over", "for")):
        if prep.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children):
            # "for skipping the debate": a conduct blamed; not in a report of blows or a crime
            # ("police said Pike hit Ruiz for refusing to hand over his wallet")
            return not bodily_violence(token.sent)
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if g.lemma_.lower() in _BODY_PARTS:
                continue
            if g.lemma_.lower() in _WORDED_TARGETS | _WORD_VENUES or any(c.dep_ == "poss" for c in g.children):
                return True
    return False


def _attacked(head: Token) -> list[Token]:
    """Whom a verb or an attack noun attacks: its object, or the noun's "on"/"against" ("an
    attack on Carson"), with those joined to it by "and" ("Clinton and Rubio")."""
    if head.pos_ == "VERB":
        first = [c for c in head.children if c.dep_ in ("dobj", "obj")] or [
            g for p in head.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children
            if g.dep_ == "pobj"]  # "fired at Grant"
    else:
        first = [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                 for g in p.children if g.dep_ == "pobj"]
    return first + [c for o in first for c in o.conjuncts]


def _political_party(token: Token) -> bool:
    """"Republicans", "the Democrats", "the GOP": a party or its members named as one side."""
    return token.ent_type_ in ("NORP", "ORG") and token.lower_.rstrip("s") in _RIVAL_MARKS


def body_blasts_rival(token: Token, actor: Token) -> bool:
    """"The White House blasted Republicans", "the campaign slammed Clinton": a body that is no
    armed group (``_ARMED_GROUPS``), with a verb said only of words ("blast", "slam"; not the
    "attack" of blows), against a named person or a party: an attack in words, ACCUSE."""
    if token.lemma_.lower() in _ATTACK_NOUNS or actor.ent_type_ not in ("ORG", "FAC"):
        return False  # not a country: "Israel blasted Gaza" may be shelling
    if actor.lemma_.lower() in _ARMED_GROUPS or actor.tag_ in ("NNS", "NNPS"):
        return False
    targets = _attacked(token)
    return bool(targets) and all(t.ent_type_ == "PERSON" and t.tag_ != "NNS" or _political_party(t)
                                 for t in targets)


def attack_on_rival(token: Token, actor: Token) -> bool:
    """"Trump unleashed a harsh attack on Carson", "Bush continued his assault on Mr. Rubio": a
    named person who makes, through a light verb (``[attack_carrying_verbs]``), an attack
    on other named persons, with no weapon ("with drones"), no place or troops hit and no
    blows or crime told in its sentence (``bodily_violence``: "stabbing him"), does so in
    words: ACCUSE/disapprove as ``verbal_attack`` reads "Trump attacked Carson"; so does a "he"
    or a "she" ("she kept up her assault on Senator Vale"), as ``person_attacks_person`` reads
    them."""
    person = actor.ent_type_ == "PERSON" or actor.pos_ == "PRON" and actor.lower_ in _PERSON_PRONOUNS
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ATTACK_CARRIERS or not person:
        return False
    if actor.tag_ == "NNPS":
        return False
    nouns = [o for o in token.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _ATTACK_NOUNS]
    if not nouns or any(p.dep_ == "prep" and p.lower_ == "with" for n in (token, *nouns) for p in n.children):
        return False
    targets = [t for n in nouns for t in _attacked(n)]
    if not targets or not all(t.ent_type_ == "PERSON" and t.tag_ != "NNS" for t in targets):
        return False
    return not bodily_violence(token.sent)  # "launched an attack on Lee, stabbing him": blows


def bodily_violence(sent: Span) -> bool:
    """Whether a sentence reports blows or a crime: a verb of bodily harm or a word of blows or
    wounds (``[bodily_harm_verbs]``, ``[bodily_blow_words]``: "stabbing him ten times",
    "punched"), or the police telling of it ("police said", ``[crime_tellers]`` as the subject of
    a verb of saying; the police only spoken of, "over his handling of the police", are no sign).
    There an attack on a named person, or a blow dealt "for" what they did, is one of the body
    (ASSAULT), not of words (``blamed_for_conduct``, ``attack_on_rival``); asked only once the
    rest of those rules holds."""
    return any(t.lemma_.lower() in _BODILY_BLOWS
               or t.lemma_.lower() in _CRIME_TELLERS and t.dep_ == "nsubj" and t.head.lemma_ in _TELLING_VERBS
               for t in sent)


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
    in words, PLOVER's ACCUSE/disapprove, no ASSAULT; and so is one "back at" what was said
    ("shot back at the president's remarks", ``STATEMENT_NOUNS``). "Rebels fired back at the soldiers"
    and "troops fired back at Taliban positions" (no words said) stay blows."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _RETORTS:
        return False
    children = list(token.children)
    if not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in children):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in children):
        return False  # "hit back the ball"
    if any(c.dep_ == "ccomp" for c in children):
        return True  # "fired back that ..."
    if any(g.lemma_.lower() in STATEMENT_NOUNS for p in children if p.dep_ == "prep" and p.lower_ == "at"
           for g in p.children if g.dep_ == "pobj"):
        return True  # "shot back at the president's remarks": at words, in words (not "at rebel positions")
    if retort_in_words(token, children):
        return True  # "shot back in a press release, arguing ...", "fired back at Lee in an interview"
    # "Sanders shot back, "...": the parse hangs the verb on the quoted clause's verb
    quoted = token.dep_ in ("ccomp", "parataxis") and token.head.i > token.i
    return quoted and any(t.text in _QUOTES for t in token.doc[token.i + 1:token.head.i])


def headline_case(sent: Span) -> bool:
    """Whether a sentence is written as a headline, in title case: "Senator Roe Accuses Governor
    Lee Of Lying About Taxes", "Zorbia Sends Troops To The Border". A headline tells in a few
    words, often without its auxiliary ("X Accused Of ...", whose subject the parse takes for the
    accuser), what the article then tells in full, where its events are read; in the title
    itself it is no event of its own. At least five words, nearly all capitalised, and at least
    two of them words that prose writes small inside a sentence (a preposition, a determiner, a
    conjunction, a pronoun, an auxiliary or a verb: ``_SMALL_IN_PROSE``), after the first word and
    outside a name the tagger marks ("the Bank of Zorbia" in prose keeps its "of" small)."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 5:
        return False
    capitalised = [t for t in words if t.text[0].isupper()]
    if len(capitalised) < 0.8 * len(words):
        return False
    small = [t for t in capitalised[1:] if t.pos_ in _SMALL_IN_PROSE and not t.ent_type_]
    return len(small) >= 2


def words_aimed_at_no_one(token: Token, kind: str, target: Optional[Token]) -> bool:
    """Whether an act in words read with no target is only what was said: a reply ("Roe shot
    back in a statement, saying ...", "fired back, "..."", ``retort``) or a feeling voiced ("the
    minister expressed frustration that the allies ...", "voiced anger at the coverage"). The
    record already holds the words as a statement, and an ACCUSE that names no one it is aimed at
    adds nothing to it. Aimed at someone ("shot back at Senator Roe", "expressed dissatisfaction
    with the governor") it stays an act, and so does a feeling voiced over an act its words name
    ("voiced dismay over the arrest of two fishermen": a protest at an act, whose doer the
    sentence leaves unnamed, ``voiced_over_act``)."""
    if kind != "ACCUSE" or target is not None or token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in _VOICING:
        return not voiced_over_act(token)
    return retort(token)


def voiced_over_act(token: Token) -> bool:
    """Whether a feeling voiced is about an act the coder knows as an event's noun ("voiced
    dismay over the arrest", "expressed anger at the strikes", ``model.EVENT_NOUNS``), not about
    words or a state of things ("at the news coverage", "that the allies pay too little")."""
    return any(p.dep_ == "prep" and p.lower_ in ("over", "about", "at", "against")
               and any(g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS for g in p.children)
               for holder in (token, *(c for c in token.children if c.dep_ in ("dobj", "obj", "xcomp")))
               for p in holder.children)


def retort_in_words(token: Token, children: list[Token]) -> bool:
    """Whether a blow's verb with "back" (``retort``) tells of words by where they went or by the
    saying beside it: "shot back in a statement", "fired back at the senator in an interview",
    "hit back on Twitter" (a medium of words after "in", "on", "via", ``[word_venues]``), "shot
    back in an article stating ...", "fired back, saying the mayor had lied" (a participle of
    saying, ``[saying_verbs]``, on the verb or on the writing). "Troops fired back at the
    gunmen from the roof" and "rebels shot back in the dark" say nothing of words and stay
    blows."""
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in ("in", "on", "via")):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.lemma_.lower() in _WORD_VENUES:
                return True
            if any(a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in _SAYING for a in place.children):
                return True  # "in an article stating that ...": a writing that says
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _SAYING for c in children)


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
    if any(s.lemma_.lower() in TROOPS for s in subjects):
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
    (``charges_brought``), a warrant issued (``warrant_issued``), a petition made (``petition_made``),
    a person's body seized (``grabbed_person``), sexual abuse (``sexual_abuse``), what people read
    shut out (``censored_content``), a pact or a body left (``left_pact``), an honour conferred
    (``honour_given``)."""
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
    if leaving and (resignation(token) or handed_in_resignation(token)):
        return ("CONCEDE", None) if later else ("RETREAT", "resign")
    if not later and kind != "THREATEN" and left_pact(token, actor):
        return "SANCTION", "withdraw"
    if honour_given(token):
        return "SUPPORT", None
    if leaving and troop_withdrawal(token, actor):
        return ("CONCEDE", None) if later else ("RETREAT", "withdraw")
    if kind == "COERCE" and contempt_finding(token) or kind != "ACCUSE" and charges_brought(token):
        return "ACCUSE", "allege"
    if warrant_issued(token):
        return "ACCUSE", "allege"
    if petition_made(token):
        return "REQUEST", None
    supplied = supplied_force(token)
    if supplied is not None:
        return supplied
    if not later and grabbed_person(token):
        return ("ASSAULT", "abduct") if carried_off(token) else ("ASSAULT", "beat")
    if not later and sexual_abuse(token):
        return "ASSAULT", "sexual"
    if not later and censored_content(token):
        return "COERCE", "censor"
    return None


_BODILY_SEIZING = data.words(_WORDS, "bodily_seizing_verbs")
_SEXUAL_ABUSE = data.words(_WORDS, "sexual_abuse_verbs")
_SEXUAL_BY_ITSELF = data.words(_WORDS, "sexual_by_itself_verbs")
_CENSORING = data.words(_WORDS, "censoring_verbs")
_CENSORED = data.words(_WORDS, "censored_things")
_SPOT_NOUNS = data.words(_WORDS, "spot_nouns")  # "sent equipment to the border": a place (``aid_delivered``)
_BUSINESSES = data.words(_WORDS, "business_nouns")  # "the firm Zedco supplied": a sale (``aid_delivered``)
_SALES = data.words(_WORDS, "sale_nouns")
_CENSORED_IF_ONLINE = data.words(_WORDS, "censored_if_online")  # "news sites", not "the construction site"
_ONLINE = data.words(_WORDS, "online_modifiers")
# the pronouns of one whose body is seized (``grabbed_person``)
_BODY_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "me", "us", "you", "i", "we"})
_PEOPLE_NOUNS = data.words(_WORDS, "people_nouns") | PERSON_NOUNS
# whose body may be grabbed: people, and the crowd of a protest ("grabbed the protester")
_SEIZABLE_PEOPLE = _PEOPLE_NOUNS | data.words(_WORDS, "protester_nouns")
_CARRYING_OFF = data.words(_WORDS, "carrying_off_verbs")  # "grabbed him and drove him away" (``carried_off``)
# counts of people let go ("dozens of detainees", "some of the hostages": ``freed_captives``)
_FREED_COUNTS = (data.words(_WORDS, "freed_counts") | data.words(_WORDS, "quantity_nouns")
                 | PARTITIVE_PRONOUNS)


def _seized(token: Token) -> list[Token]:
    """What a verb acts on: its object, or its passive subject."""
    return [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]


def grabbed_person(token: Token) -> bool:
    """"The reporter was grabbed by a man in his entourage", "shoved her", "grabbed her arm":
    laying hold of someone's body (``[bodily_seizing_verbs]`` with a person, "her", a noun of
    people or a part of someone's body for object) is a blow, PLOVER's ASSAULT/beat, not the
    seizure of goods (COERCE/seize) the verb table gives "grab" (an abduction when the one grabbed
    is carried off: ``carried_off``); "grabbed the microphone", "grabbed the headlines" are left
    alone. People are those of ``[people_nouns]``, the person nouns and ``[protester_nouns]``."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _BODILY_SEIZING:
        return False
    return any(o.lower_ in _BODY_PRONOUNS or o.ent_type_ == "PERSON" or o.lemma_.lower() in _SEIZABLE_PEOPLE
               or o.lemma_.lower() in _BODY_PARTS and any(c.dep_ == "poss" for c in o.children)
               for o in _seized(token))


def carried_off(token: Token) -> bool:
    """A person grabbed (``grabbed_person``) and taken away: "grabbed the opposition leader from
    his home", "grabbed him and drove him away", "seized her and bundled her into a van" is an
    abduction, PLOVER's ASSAULT/abduct, no blow. The grab's own "from" a place (a noun: not "from
    behind"), or a verb joined to it of carrying off (``[carrying_off_verbs]``) with "away" or
    "off" or an "into"."""
    if any(p.dep_ == "prep" and p.lower_ == "from" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                                                          for g in p.children) for p in token.children):
        return True
    return any(v.dep_ == "conj" and v.pos_ == "VERB" and v.lemma_.lower() in _CARRYING_OFF and any(
        c.dep_ == "prt" and c.lower_ in ("away", "off") or c.dep_ == "prep" and c.lower_ == "into"
        or c.dep_ == "advmod" and c.lower_ in ("away", "off") for c in v.children) for v in token.children)


def sexual_abuse(token: Token) -> bool:
    """"A clerk sexually harassed at the depot", "groped a passenger": abuse told as
    sexual ("sexually" with ``[sexual_abuse_verbs]``) or a verb that is sexual violence by itself
    (``[sexual_by_itself_verbs]``) is PLOVER's ASSAULT/sexual, not the protest or coercion the
    model reads in "harassed". "Harassed by police" with no "sexually" is left alone."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma in _SEXUAL_BY_ITSELF:
        return True
    return lemma in _SEXUAL_ABUSE and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in token.children)


def censored_content(token: Token) -> bool:
    """"The Vellan regulator blocked two gambling websites", "the ministry banned the app":
    shutting out what people read or post (``[censoring_verbs]`` with ``[censored_things]`` as
    object or passive subject) is PLOVER's COERCE/censor, no protest's obstruction (the verb
    table's "blocked"). A site, a page or a channel (``[censored_if_online]``) is one only
    with a word of the web or the news before it (``[online_modifiers]``: "blocked news sites",
    "banned the TV channel"; not "blocked the construction site"). Blocking roads, a bill or a
    deal is left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CENSORING:
        return False
    return any(o.lemma_.lower() in _CENSORED or o.lemma_.lower() in _CENSORED_IF_ONLINE and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _ONLINE for c in o.children) for o in _seized(token))


def handed_in_resignation(token: Token) -> bool:
    """"Bolton tendered his resignation", "submitted her resignation to the king", "asked for his
    resignation, and he tendered it": handing in one's resignation (``[handing_in_verbs]`` with
    ``[resignation_nouns]`` as object, or "it" just after that noun) is leaving office, PLOVER's
    RETREAT/resign; the verb table reads "tender" as an economic tender, COOPERATE. An offer of
    resignation is not handed in and is left alone."""
    if token.pos_ != "VERB" or not _verb_in(token, _HANDING_IN):
        return False
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        if obj.lemma_.lower() in _RESIGNATION_NOUNS:
            return True
        if obj.lower_ == "it":  # "... Bolton's resignation Monday night, and that Bolton tendered it"
            before = [t for t in token.sent if t.i < token.i and t.pos_ == "NOUN"]
            return bool(before) and before[-1].lemma_.lower() in _RESIGNATION_NOUNS
    return False


def forced_resigner(token: Token) -> Optional[Token]:
    """"Maxime Bernier was forced to resign as minister", "the scandal forced the minister to
    step down": the one forced out of office (the passive subject, or the object) when a verb of
    forcing (``[forcing_verbs]``) governs a resignation (``resignation``). The act reported is
    the resignation, PLOVER's RETREAT/resign by that official, not a coercion: the coder codes it
    so, with that official as its actor."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _FORCING:
        return None
    if not any(c.dep_ == "xcomp" and resignation(c) for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "obj")), None)


def supplied_force(token: Token) -> Optional[tuple[str, Optional[str]]]:
    """"Saudi Arabia supported the government, providing airstrikes": a verb of supplying
    (``[supplying_verbs]``) whose object is an act of force (an event noun the table types
    ASSAULT, ``[event_nouns]``) reports that act, carried out by the supplier, not AID; the
    noun gives the type and mode. "Provided weapons", "supplied troops" (no act) stay AID; a supply
    only offered, agreed or refused ("offered to provide airstrikes") is not done."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _SUPPLYING:
        return None
    if token.dep_ == "xcomp" and token.head.lemma_.lower() not in _BEGUN:
        return None  # "agreed to provide airstrikes": the agreeing is the event; "began providing" is done
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        coded = EVENT_NOUNS.get(obj.lemma_.lower())
        if coded and coded[0] == "ASSAULT":
            return "ASSAULT", coded[1] or None
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
    if any(g.lemma_.lower() in COURTS for h in [token, *petitions] for p in h.children
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
    if token.pos_ != "VERB" or token.lemma_.lower() not in GATHERING_VERBS:
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


def left_pact(token: Token, actor: Optional[Token] = None) -> bool:
    """"The United States withdrew from the nuclear agreement", "Venezuela pulled out of the
    trade pact", "Britain left the European Union", "the party quit the coalition": a party
    leaving a pact or a body it belonged to reduces its relations, PLOVER's SANCTION/withdraw
    ("a country withdraws itself from an organization, treaty, or group"); the verb table gives
    the RETREAT of troops leaving or the CONSULT of a visit. What is left is the object of
    "leave", "quit" or "exit", or the "from"/"of" of "withdraw", "exit", "pull out" (the "out"
    a particle or a preposition), its head a pact (``[pact_nouns]``) or a body
    (``[left_bodies]``). Troops withdrawn "from" a coalition are left to ``troop_withdrawal``;
    "withdrew from the race" is a candidacy, no pact; "withdrew $500 from the credit union"
    takes something out, and leaves nothing. A leaving in the infinitive ("voted to leave the
    union", "plans to quit the pact") is only aimed at, not done, and is left to the rest. Only
    a state or a body leaves (``_pact_member``): families who "left the Soviet Union", a minister
    who "left the council" meeting, a player who "left the league" cut no ties."""
    if token.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if actor is not None and not _pact_member(actor):
        return False
    lemma = token.lemma_.lower()
    outs = [c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    if lemma not in _LEAVING and not (lemma == "pull" and outs):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    # an amount the parse hangs as a modifier ("withdrew $300 from") is what is taken out too
    taken = objects + [c for c in token.children if c.ent_type_ in ("MONEY", "QUANTITY")]
    if taken and lemma not in ("leave", "quit", "exit"):
        return False  # "withdrew its troops from ..." (a retreat), "withdrew $500 from ...": no pact left
    left = list(objects)
    left += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
             for g in p.children if g.dep_ == "pobj"]
    # "pulled out of": "of" hangs on the "out", a particle or a preposition
    left += [g for out in outs for p in out.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _LEFT_BODIES for g in left)


def _pact_member(actor: Token) -> bool:
    """Whether an actor can be a member of a pact or a body, and so leave one: a state's or a
    body's name (a GPE or ORG name at its head), "it", or a noun of a state or a body
    (``[pact_member_nouns]``, the heads of bodies' names). A count "of" some group is the group
    ("dozens of families"); a person, people ("refugees", "families") and the pronouns of people
    are no member."""
    actor = _antecedent(actor)
    if _count_of(actor):
        actor = next((g for p in actor.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), actor)
    if actor.lower_ == "it" or actor.ent_type_ in ("GPE", "ORG"):
        return True
    return actor.pos_ in ("NOUN", "PROPN") and actor.lemma_.lower() in _PACT_MEMBERS


def honour_given(token: Token) -> bool:
    """"The president awarded the soldier a medal", "the king presented the writer with the
    national prize", "bestowed the Legion of Honour on the singer", "was awarded a gold medal": an
    honour (``[conferred_honours]``) handed over (``[conferring_verbs]``) is praise, PLOVER's
    SUPPORT, not the material AID nor the cooperation the verb table gives a verb of giving.
    The honour is the verb's object, its passive subject or its "with" ("presented ... with").
    A title is an honour only as "the title of" a rank ("the title of People's Artist"; "the
    title to the farm" is a deed), a citation only when awarded or bestowed (``[honouring_verbs]``;
    "police gave the driver a citation" is a ticket): ``[qualified_honours]``."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _CONFERRING:
        return False
    things = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
    things += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
               for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _CONFERRED or _qualified_honour(t, lemma) for t in things)


def _qualified_honour(thing: Token, verb: str) -> bool:
    """Whether a title or a citation (``[qualified_honours]``) handed over by ``verb`` is an
    honour: a title with its "of" ("the title of Hero"), a citation awarded or bestowed."""
    word = thing.lemma_.lower()
    if word not in _QUALIFIED_HONOURS:
        return False
    if word == "title":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children)
    return verb in _HONOURING


def troop_withdrawal(token: Token, actor: Token) -> bool:
    """"U.S. troops left Iraq in 2011", "Russia withdrew its soldiers from Syria": armed forces
    leaving a place is PLOVER's RETREAT/withdraw; the verb table reads "leave" as the CONSULT of a
    visit. The troops are the actor or the object."""
    if token.pos_ != "VERB" or not (token.lemma_.lower() in _LEAVING or token.lemma_.lower() == "pull" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in token.children)):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return any(t.lemma_.lower() in TROOPS and t.pos_ == "NOUN" for t in (actor, *objects))


def freed_captives(token: Token, kind: str, flags: dict[str, bool]) -> bool:
    """"The rebels released two hostages", "Zorbia freed the journalist Ann Roe", "the army released
    dozens of detainees": people let go by the verb's own subject are PLOVER's RETREAT/release, an
    event whatever the event gate makes of the verb (in news "release" is most often of a thing:
    "released a statement", "released the album", so the gate weighs the lemma down). Only an
    active verb, told as done, whose direct object names people (a person's or a people's name,
    a noun of people held or let go: ``[freed_people_nouns]``, a "him" or "them"), or a count
    "of" such people (``_count_of``); not "released a report", "released the names of the
    victims", "released a video of the hostages", nor "was released from hospital" (no one
    named letting go)."""
    if kind != "RETREAT" or token.pos_ != "VERB" or token.lemma_.lower() not in _FREEING:
        return False
    if flags["negated"] or flags["hypothetical"] or flags["future"]:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or not any(
            c.dep_ == "nsubj" for c in token.children):
        return False
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        people = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj" and _count_of(obj)]
        if any(_freed_person(p) for p in people):
            return True
    return False


def _count_of(word: Token) -> bool:
    """Whether a word counts the people its "of" names ("two of the hostages", "dozens of
    detainees", "a group of workers", "some of them"): a number, or a word of ``[freed_counts]``
    (``[quantity_nouns]`` beside it). "A video of the hostages", "photos of the journalist", "a
    list of journalists" are things."""
    return word.pos_ == "NUM" or word.lower_ in _FREED_COUNTS or word.lemma_.lower() in _FREED_COUNTS


def _freed_person(word: Token) -> bool:
    """Whether a noun (or pronoun) names people one can hold: a person's or a people's name ("Ann
    Roe", "19 Christians"), a noun of people (``[freed_people_nouns]``), "him", "her", "them"."""
    if word.ent_type_ in ("PERSON", "NORP") or word.lower_ in _FREED_PRONOUNS:
        return True
    return word.pos_ == "NOUN" and word.lemma_.lower() in _FREED_PEOPLE


def aid_delivered(token: Token, kind: str, flags: dict[str, bool], target_country: Optional[str],
                  target: Optional[Token] = None, actor: Optional[Token] = None) -> bool:
    """"Zorbia sent medical supplies to Velmora", "Japan provided $5 million in aid to Kenya": aid or
    money handed over to a recipient the words name as a state or a people is PLOVER's AID, an event
    whatever the event gate makes of a general verb ("provided", "sent", "gave" of news). Only an
    active verb told as done (``[aid_giving_verbs]``), whose direct object is aid or goods of aid
    (``[aid_goods]``, ``[aid_words]``) or a sum of money, and whose target names its own country
    (``target_country``: the target's country read from its own words, not guessed). Not "provided
    information to police", "gave a speech", nor a gift to a campaign or a person the words place
    in no country. What a business sells or a contract or deal hands over is trade, no aid
    (``_sale``: "the firm Zedco supplied equipment to the police under a contract"); a target
    that is a place or a spot, not a recipient ("sent equipment to the border": a place's name,
    LOC or FAC, or a noun of ``[spot_nouns]``), vouches for nothing."""
    if kind not in ("AID", "COOPERATE", "AGREE") or token.pos_ != "VERB" or token.lemma_.lower() not in _AID_GIVING:
        return False
    if flags["negated"] or flags["hypothetical"] or flags["future"] or not target_country:
        return False
    if target is not None and (target.ent_type_ in ("LOC", "FAC") or target.lemma_.lower() in _SPOT_NOUNS):
        return False
    if _sale(token, actor):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or not any(
            c.dep_ == "nsubj" for c in token.children):
        return False
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        words = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                        for g in p.children if g.dep_ == "pobj")]
        if any(w.ent_type_ == "MONEY" or w.lemma_.lower() in _AID_GOODS for w in words):
            return True
    return False


def _sale(token: Token, actor: Optional[Token]) -> bool:
    """Whether goods handed over are a sale: the giver a business (its head or a noun before it
    of ``[business_nouns]``: "the firm Zedco", "Chinese firm Zedco") or the verb's own phrases
    naming a contract or a deal (``[sale_nouns]``: "under a $20 million contract")."""
    if actor is not None and any(t.lemma_.lower() in _BUSINESSES for t in (actor, *actor.children)
                                 if t is actor or t.dep_ in ("compound", "appos", "amod")):
        return True
    return any(t.lemma_.lower() in _SALES for p in token.children if p.dep_ == "prep" for t in p.subtree)


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
    if lemma in MEETING_VERBS:
        return kind == "AGREE"
    return lemma in _HOLDING_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in TALK_NOUNS for c in token.children)


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
    if token.pos_ != "VERB" or not (_verb_in(token, _PROTEST_TAKING) or _verb_in(token, _PROTEST_GOING)):
        return None
    for obj in (c for c in _protest_objects(token) if c.ent_type_ != "DATE"):
        lemma = obj.lemma_.lower()  # "started March with a surplus": a month, no march
        if lemma == "strike" and any(c.lower_ == "hunger" for c in obj.children):
            return "hunger"
        if lemma == "strike" and obj.dep_ != "pobj" and armed_strike(obj, token):
            continue  # "launched air strikes against the militants": force, no walkout ("went on strike" is one)
        if lemma in _PROTEST_ACTIONS:
            return _PROTEST_ACTIONS[lemma]
        if lemma in _PROTEST_GATHERINGS and gathering_against(obj, token):
            return "demo"
    return None


def gathering_against(gathering: Token, verb: Token) -> bool:
    """"Staged rallies against the party's leader", "held a march against the reform": a rally or
    a march (``[protest_gatherings]``) aimed "against" someone or something, in the noun's phrase or
    the verb's own prepositions ("staged a rally in the capital against the reform", however the
    parse hangs the "against") is a protest; a rally held with no "against" is as often a
    campaign's ("held a rally in Ohio") and is left to the model."""
    words = [*gathering.subtree, *(w for c in verb.children if c.dep_ == "prep" for w in c.subtree)]
    return any(c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pobj" for g in c.children)
               for c in words)


def _protest_objects(token: Token) -> list[Token]:
    """What a protest-taking verb takes part in: the object of "staged a strike", or the "on"
    of a verb of going ("workers went on strike", "has gone on hunger strike": ``protest_going_verbs``),
    whose subject is the one protesting; "went on a tour" or "went on television" names no
    protest action (``protest_action`` reads the noun)."""
    if _verb_in(token, _PROTEST_GOING):
        return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children if g.dep_ == "pobj"]
    return [c for c in token.children if c.dep_ in ("dobj", "obj")]


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
    """"The governor declared a state of emergency", "parliament voted to extend the state of
    emergency" (``[emergency_verbs]``): a measure a government takes at home
    (before a storm, for a budget fight) that news reports as no act between actors; the model
    codes "declared" a REQUEST."""
    if token.lemma_.lower() not in _EMERGENCY_VERBS:  # also "voted to extend the state of emergency"
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(declared_state(o) for o in objects)


def declared_state(obj: Token) -> bool:
    """Whether a declared or extended thing is a state of emergency itself (``emergency_declaration``):
    its head word is an emergency noun ("a national emergency", ``[emergency_nouns]``) or a state or
    rule of one (``[emergency_state_heads]``: "the state of emergency", "emergency rule"). "Extended
    emergency aid to Sudan", "renewed disaster relief" name an emergency only to say what the aid
    is for: aid given, an event."""
    head = obj.lemma_.lower()
    if head in _EMERGENCIES or obj.lower_ in _EMERGENCIES:
        return True
    return head in _EMERGENCY_HEADS and any(w.lemma_.lower() in _EMERGENCIES for w in obj.subtree if w is not obj)


def unrefused_negation(token: Token) -> bool:
    """A negated verb that reports what has not (yet) happened or what someone does not intend,
    not a refusal of what was asked: "Congress has not passed the budget", "had not yet decided",
    "does not plan to run", "did not want". PLOVER's REJECT is a refusal; these are no event. Nor
    is a meeting or a visit told as not held (``meeting_not_held``), nor a past act denied
    (``denied_fact``)."""
    children = list(token.children)
    if any(c.lower_ == "yet" for c in children):
        return True
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
        return True
    return token.lemma_.lower() in _INTENTIONS or meeting_not_held(token) or denied_fact(token) \
        or untaken_act(token)


def untaken_act(token: Token) -> bool:
    """A past act the writer tells as not done, by the verb's own "did not" or "never": "the
    party did not endorse a candidate", "Zorbia did not sign the accord", "Vetland never backed
    the bid". PLOVER codes what happened, and the negation says only that the act did not take
    place, not that anyone refused what was put to them, so it is no REJECT. The refusal stays
    where the negation is itself the act: a refusal verb ("refused to extradite", coded on
    "refused", not on this verb), a verb of answering what is asked ("did not recognize the
    result", "never recognized its independence", "did not grant visas": ``[answering_verbs]``),
    an intent ("will not", "would not": any auxiliary but "do"),
    something put to the actor and not taken up ("did not accept the offer", "did not accede to
    the protesters' demands", "did not heed the call": ``[proposal_nouns]``, ``[put_to_nouns]``,
    as the object or the object of its preposition: "did not support the resolution"), or a
    reason or a turning down given beside it ("did not extradite him, citing the risk of
    torture", "did not support it, abstaining in the vote": ``[reason_verbs]``,
    ``[abstaining_verbs]``). Told in what someone says, ``denied_fact`` reads it first."""
    if token.pos_ != "VERB" or token.dep_ == "xcomp":
        return False  # "did not agree to meet": the agreeing is what is negated
    if token.lemma_.lower() in _ANSWERING:
        return False  # "did not recognize the result": not answering what was asked is the refusal
    children = list(token.children)
    aux = [c for c in children if c.dep_ == "aux"]
    if any(a.lemma_.lower() != "do" for a in aux):
        return False  # "will not", "could not", "has not": an intent, a capacity, or ``unrefused_negation``
    if any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in children):
        if not any(a.tag_ == "VBD" for a in aux):
            return False  # "does not support": a stance held, not a past act
    elif not (any(c.lower_ == "never" for c in children) and token.tag_ == "VBD" and not aux):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(o.lemma_.lower() in _PUT_TO for o in objects):
        return False
    return not any(c.dep_ == "advcl" and c.lemma_.lower() in _DECLINING for c in children)


def denied_fact(token: Token) -> bool:
    """"The aide insisted that he never met the envoy", "Ms. Roe said she did not endorse anyone",
    "I never thanked him": a past act told as not done, "never" with a simple past or "did not"
    in what someone says, denies a fact; PLOVER's REJECT is the refusal of what was asked or
    offered, and a denial is a statement (no event). An intent refused ("said it will not
    attend", "would not endorse", "refused to meet") is left alone, as is "did not accept the
    offer" told by the writer, which may be the refusal itself, and a proposal, an offer or a
    demand not taken up in what someone says ("said he did not accept the offer": ``[proposal_nouns]``),
    which is the refusal told. Both readings hold only in what someone says (a clause of a verb of
    saying or of "deny", or a speaker's own "I"/"we"): told by the writer, "the junta never
    released the prisoners" may be the refusal itself. Nor is a "not" with its reason given
    ("said it did not extradite him, citing the risk of torture": ``[reason_verbs]``) a denial."""
    if token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROPOSALS for c in children):
        return False
    aux = [c for c in children if c.dep_ == "aux"]
    if any(a.lemma_.lower() != "do" for a in aux):
        return False  # "will not", "would not", "can not": an intent or a capacity
    if any(c.dep_ == "advcl" and c.lemma_.lower() in _REASON_VERBS for c in children):
        return False  # "did not extradite him, citing the risk of torture": a refusal and its reason
    said = token.dep_ == "ccomp" and token.head.lemma_.lower() in _SAYING | {"deny"}
    if any(c.lower_ == "never" for c in children) and token.tag_ == "VBD" and not aux:
        return said or first_person_subject(token)  # "insisted that he never met the envoy", "I never thanked him"
    past = token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)
    return past and said


def opinion_agreement(token: Token) -> bool:
    """"The governor agreed, saying ...", "not everyone agreed there should be a vote", "a judge
    agreed the book may have ...": agreeing with a view (a clause, or nothing at all after the
    verb) is an opinion; PLOVER's AGREE is an accord or a promise ("agreed to", "agreed on")."""
    if token.lemma_.lower() != "agree" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if agreed_with_person(token) or agreed_on_little(token):
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark":
        return True  # "agreed that the court has little room to ...": a clause the parse hung elsewhere
    if any(c.dep_ in ("xcomp", "dobj", "obj", "prep", "prt") for c in children):
        return False
    return any(c.dep_ in ("ccomp", "advcl") for c in children) or not any(
        c.dep_ == "conj" or c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") or
        any(g.dep_ == "conj" for g in c.children) for c in children)


def agreed_with_view(token: Token, tables: Tables) -> bool:
    """"Most residents agree with the harsh verdict on the plan", "agreed with the assessment",
    "agrees with Lee's remarks": agreeing "with" a thing said or thought (a noun
    that names no actor by itself, ``phrases._actor_head``) shares a view; "Iran agreed with the
    EU", "agreed with the government on a truce" name the other side of an accord, and a
    proposal, a pact or its terms agreed with ("agreed with Lee's plan", "with the terms of the
    truce", ``[proposal_nouns]``, ``[pact_nouns]``, ``[accepted_terms]``) are accepted; those
    are left alone, as is anything agreed to or on."""
    if token.lemma_.lower() != "agree" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "dobj", "obj") or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
           for c in children):
        return False
    partners = [g for c in children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(partners) and all(g.pos_ == "NOUN" and not _actor_head(g, tables)
                                  and g.lemma_.lower() not in _ACCEPTED for g in partners)


def question_asked(token: Token) -> bool:
    """"A reporter asked the mayor a question", "'Will you run?' she asked the senator", "asked him
    about the plan": "ask" with no act asked for (no "to" infinitive, no "for", no "that" clause) and
    no thing asked for (an object other than a question or a person) puts a question, no PLOVER
    REQUEST; "asked the court to delay", "asked for asylum", "asked the UN's help" are left alone."""
    if token.lemma_.lower() != "ask" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in children):
        return False  # "asked that the vote be delayed"
    things = [c for c in children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
              and c.lemma_.lower() not in ("question", "query")]
    return not things


def court_motion(token: Token) -> bool:
    """"The ministry asked Judge Harlow to delay his ruling", "lawyers for the city asked the court
    to block the order", "petitioned the tribunal": a party to a case asking a court or a judge
    (``[court_nouns]``, or a name titled "Judge") for a ruling makes a filing, a step of the
    procedure, no PLOVER REQUEST between political actors (the suit itself is ACCUSE, the
    ruling the court's). Asking anyone else ("asked the governor to veto it") is left alone."""
    if token.pos_ != "VERB":
        return False
    addressees = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    addressees += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                   for g in p.children if g.dep_ == "pobj"]  # "called on the court to ..."
    return bool(addressees) and all(_court_or_judge(a) for a in addressees)


def _court_or_judge(word: Token) -> bool:
    """A court or a judge: its noun ("the court", "a federal judge") or a name titled "Judge"."""
    if word.lemma_.lower() in COURTS:
        return True
    return word.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ == "judge" for c in word.children)


def agreed_on_little(token: Token) -> bool:
    """"The two rivals agree on little", "they agree on nothing else": what is agreed "on"
    is a vague quantity (``[vague_agreed_objects]``), so views are shared, no matter settled;
    "agreed on a ceasefire" stays an accord."""
    return any(g.dep_ == "pobj" and g.lower_ in _VAGUE_AGREED for p in token.children
               if p.dep_ == "prep" and p.lower_ in ("on", "upon") for g in p.children)


def agreed_with_person(token: Token) -> bool:
    """"Manafort said he agreed with Mr. Cruz", "everything I say, he agrees with me": agreeing
    with a person (a name, one with a title of ``[titles]`` before it, "me", "him", "her"), with
    nothing agreed to or on but a view's topic ("agreed with Mr. Cruz on the issue": ``_on_a_view``),
    is sharing a view; a country or a body agreed with ("Iran agreed with Russia") may be an accord
    and is left alone."""
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "dobj", "obj", "ccomp") or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
           and not _on_a_view(c) for c in children):
        return False
    people = [g for p in children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in _AGREED_PRONOUNS or g.ent_type_ == "PERSON"
               or (g.pos_ == "PROPN" and g.ent_type_ == ""
                   and any(c.lower_.rstrip(".") in NAME_TITLES for c in g.children))
               for g in people)


def _on_a_view(prep: Token) -> bool:
    """An "on" phrase whose object is the topic of a view (``[view_topics]``: "on the issue", "on
    that point"), not a matter settled ("on a ceasefire"), nor a topic its "of" names ("on the
    question of joint patrols": the patrols are the matter)."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "upon") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _VIEW_TOPICS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children) for g in prep.children)


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
    """"X was sworn in as governor", "the judge swore in the new cabinet", "was sworn into
    office", "was sworn as president": taking an office (or seating another in one) is no act
    between actors; the verb table reads "swore" as the ACCUSE of a curse. The "in" may be parsed
    as a particle or as a preposition ("swore in the cabinet"), so both are read; as a
    preposition with an object, only one that can be sworn in (``_sworn_in``): "swore in
    frustration", "swore in front of the referee", "swore in English" are curses or oaths, and
    "swore at the referee" is left alone."""
    if token.lemma_.lower() not in ("swear", "sworn"):
        return False
    for c in token.children:
        if c.lower_ == "in" and c.dep_ in ("prt", "prep", "advmod"):
            sworn = [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ != "prep" or not sworn or any(_sworn_in(g) for g in sworn):
                return True
        if c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "office" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(c.children):
            return True  # "was sworn as the first female president"
    return False


def _sworn_in(word: Token) -> bool:
    """Whether the object of "swore in" names who takes an office: a person's or a body's name, a
    pronoun of people, or a noun that names an actor (``_names_actor``: "the new cabinet", "five
    judges"); not a language, nor a bare singular noun of a feeling or a place ("in frustration",
    "in front of", "in court")."""
    if word.ent_type_ == "LANGUAGE":
        return False
    if word.ent_type_ in ("PERSON", "ORG", "NORP") or word.lower_ in ("him", "her", "them"):
        return True
    if word.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in word.children):
        return False
    return _names_actor(word, event_tables.load())


def unnamed_critics(token: Token, kind: str, mode: Optional[str]) -> bool:
    """"He was criticized for ...", "is widely suspected of ...": disapproval told in the passive
    with no one named comes from critics, the press or the public, not from the state that
    ``implied_actor`` would make its actor. ("X was accused of fraud" is left to it: an
    accusation so told is most often the authorities'.)"""
    return (kind, mode) == ("ACCUSE", "disapprove") and token.lemma_.lower() != "accuse"


def caught_hazard(token: Token) -> bool:
    """"The cathedral caught fire", "caught the virus": a verb of taking whose object is a
    fire or a disease reports what befell its subject; the model reads the verb as COERCE/seize.
    (Setting fire to something is an ASSAULT and is left alone.)"""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return token.pos_ == "VERB" and any(o.lemma_.lower() in HAZARDS for o in objects)


def natural_cause(actor: Token) -> bool:
    """An actor that is a force of nature, a disease or a vehicle ("Typhoon Haiyan, which killed
    ...", "the virus killed three", "the truck struck a car"): harm done by no one's will is no
    PLOVER event, which needs a political actor."""
    actor = _antecedent(actor)  # "Typhoon Haiyan, which killed": the typhoon
    # the head word, and the kind a name is of ("Typhoon Haiyan"), not what a noun is made with
    # ("a car bombing" is an attack)
    words = [actor, *(c for c in actor.children if c.dep_ == "compound" and actor.pos_ == "PROPN")]
    if any(w.lemma_.lower() in HAZARDS or w.lower_ in HAZARDS for w in words):
        return True
    # weather ("heavy rain forced ...", ``[weather_nouns]``), and what comes "from" or "of" a
    # hazard ("winds from the storm delayed a rally", "the heat of the fire")
    if actor.pos_ == "NOUN" and actor.ent_type_ == "" \
            and (actor.lemma_.lower() in _WEATHER or actor.lower_ in _WEATHER):
        return True  # a common noun: not a person or a body named so ("Tony Snow accused ...")
    # people of a disaster ("survivors of the flood", "victims of the fire") are no force of it
    return actor.pos_ == "NOUN" and actor.ent_type_ == "" and actor.lemma_.lower() in _FORCES and any(
        g.lemma_.lower() in HAZARDS for p in actor.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
        for g in p.children if g.dep_ == "pobj")


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
    (``achievement``), a medium or a stage turned to (``took_to``), an opinion held of someone
    (``held_opinion``), an idea seized on (``seized_on``), a firm's seat or work moved
    (``moved_business``), a rival challenged to a debate (``challenged_to_contest``), a contest's
    prize taken (``contest_prize``: "captured the delegates"), a march to a goal
    (``march_to_goal``: "marching toward November")."""
    if contest_prize(token) or (kind == "PROTEST" and march_to_goal(token)):
        return True
    return ((kind == "COERCE" and (taken_as_own(token) or took_to(token))) or joined_membership(token)
            or court_appearance(token) or failed_act(token) or (kind == "ACCUSE" and dismissal(token))
            or carried_cause(token) or offered_words(token) or cannot_help(token) or hard_going(token)
            or helped_along(token) or inert_phrasal(token) or achievement(token) or held_opinion(token)
            or (kind == "COERCE" and seized_on(token)) or moved_business(token) or challenged_to_contest(token))


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
    return any(g.lemma_.lower() in COURTS for p in token.children if p.dep_ == "prep"
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
    alone). Any other person fired, read from what is fired, is ``fired_person``'s."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("fire", "sack"):
        return False
    if any(g.lemma_.lower() in _POSTS for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
           for g in p.children if g.dep_ == "pobj"):
        return True  # "was fired from his job"
    return any(o.dep_ in ("dobj", "obj") and (o.ent_type_ == "PERSON" or o.lemma_.lower() in _STAFF
                                              or o.lower_ in _STAFF) for o in token.children) \
        or fired_person(token)


def fired_person(token: Token) -> bool:
    """"The president fired the special prosecutor", "fired two deputies", "the prosecutor was
    fired": "fire" whose object (or, told in the passive, whose subject) is a common noun or a
    personal pronoun that is no munition nor weapon (``[munition_nouns]``, also as a compound:
    "tear gas", or as what a count is "of": "dozens of rockets") puts someone out of a post, no
    shot. ``fired_from_post`` knows the staff it names; this reads the sense from what is fired,
    so a prosecutor, a deputy or a coach is dismissed too. A shot aimed at anyone ("fired rubber
    bullets at protesters", "fired on the crowd", "fired into the air"), fired "back" or "off",
    and a name the parse takes for a thing ("fired two Tomahawks") are left to the model."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "fire":
        return False
    children = list(token.children)
    if any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _AIMING_PREPOSITIONS
           and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in children):
        return False  # "fired on the crowd", "was fired upon" (not "fired him on Friday")
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "away", "up") for c in children):
        return False  # "fired back at critics", "fired off a letter": left to ``retort`` and the model
    fired = [c for c in children if c.dep_ in ("dobj", "obj")]
    if not fired and any(c.dep_ == "auxpass" for c in children):
        fired = [c for c in children if c.dep_ == "nsubjpass"]
    if not fired:
        return False

    def dismissed(word: Token) -> bool:
        if word.pos_ == "PRON":
            return word.lower_ in _FIRED_PRONOUNS or word.lower_ in _STAFF
        if word.pos_ != "NOUN" or word.lemma_.lower() == "time":
            return False  # "fired three times": how often, not whom
        # what a count or a mass is "of" is what is fired: "dozens of rockets", "a hail of bullets"
        heads = [word, *(g for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")]
        words = [*heads, *(c for h in heads for c in h.children if c.dep_ == "compound")]
        return not any(w.lemma_.lower() in _MUNITIONS or w.lower_ in _MUNITIONS for w in words)

    return all(dismissed(w) for w in fired)


def meeting_not_held(token: Token) -> bool:
    """"The prime minister did not meet the opposition leader", "the president did not visit
    the region": a meeting, a talk or a visit told as not done ("did not", "does not") reports
    what did not happen, no refusal (PLOVER's REJECT is a refusal: "refused to meet", "will not
    meet with the rebels" stay REJECT, and "has not met" is ``unrefused_negation``'s). A demand
    or a proposal not met ("did not meet the demands") is a refusal and stays."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in MEETING_VERBS | _UNHELD_VISITS:
        return False
    aux = {c.lemma_.lower() for c in token.children if c.dep_ == "aux"}
    if aux != {"do"}:
        return False  # "will not meet", "would not visit": an intent refused; "has not met": elsewhere
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return not any(o.lemma_.lower() in _PROPOSALS for o in objects)


def act_in_the_abstract(token: Token) -> bool:
    """"There is precedent for the President mediating disputes", "warned of the possibility of
    Russia invading", "the group has a history of attacking police stations": an act told as a
    gerund on a noun of a kind of act, a chance or a habit (``[abstract_act_nouns]``, through
    "of" or "for") is spoken of in the abstract, no act reported as done. "Accused him of
    attacking" (no such noun) is left alone."""
    if token.tag_ != "VBG":
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for"):
        noun = token.head.head  # "the possibility of Russia invading"
    else:
        # "precedent for the President mediating": the parse hangs the clause on the verb by "for"
        mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in ("of", "for")), None)
        if mark is None or mark.i == 0:
            return False
        noun = token.doc[mark.i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ABSTRACT_ACTS


def _under_without(token: Token) -> bool:
    """The verb sits in a "without" phrase, through the non-finite words between them ("without
    being afraid of being robbed"); a finite verb ends the search."""
    node = token
    for _ in range(6):
        if node.dep_ not in ("pcomp", "pobj", "prep", "acomp", "xcomp") or node.head is node:
            return False
        node = node.head
        if node.pos_ == "ADP" and node.lower_ == "without":
            return True
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return False


def unrealised_act(token: Token) -> bool:
    """An act the sentence says was kept from happening or only meant: a gerund or infinitive
    on a verb of avoiding ("avoided criticizing the governor during the visit", "refrained
    from attacking"; ``[avoiding_verbs]``), one after "without" ("sleep at night without being
    threatened"), one that a promise or a plan names ("his pledges to close the port and expel
    the traders"; ``[intent_nouns]``, also as verbs for the acts listed after the first: "plans
    to arrest the leaders and deport the migrants"), and one a group is "bent on" ("militants
    bent on attacking the border posts"), one only expected (``expected_act``) or weighed
    (``deliberated_act``). None is
    reported as done: PLOVER records none. The
    verb of promising itself stays an event ("promised to expel them": the promise is coded)."""
    if token.pos_ != "VERB":
        return False
    unmarked = not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    bare = token.tag_ == "VB" and unmarked
    climbed = False
    # a conjunct told in a tense of its own ("its plan to deport them, and deported 200") was done
    while token.dep_ == "conj" and token.head.pos_ == "VERB" and token.head is not token \
            and unmarked and token.tag_ in ("VB", "VBG", "VBN"):
        token, climbed = token.head, True  # "to close the port and expel them": the first verb says how both hang
    if climbed and bare and (token.lemma_.lower() in _INTENT_NOUNS or (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in _INTENT_NOUNS)):
        # "plans to arrest the leaders and deport the migrants", "is promising to raise taxes,
        # cut grants and expel traders": the promise is the event, each act it lists only meant
        return True
    head = token.head
    if unwanted_act(token) or capable_of_act(token):
        return True  # "does not want the guard to shoot", "the means to invade"
    if token.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in _AVOIDING:
        return True  # "avoided criticizing"
    if token.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in _AVOIDING:
        return True  # "refrained from attacking"
    if _under_without(token):
        return True  # "without being threatened", "without being afraid of being robbed"
    if token.dep_ == "pcomp" and head.lower_ == "on" and head.head.lower_ in ("bent", "intent"):
        return True  # "bent on attacking the posts"
    if expected_act(token) or deliberated_act(token):
        return True  # "had been expected to visit Congress", "long considered using his past"
    return token.dep_ in ("acl", "relcl") and token.tag_ == "VB" and head.pos_ == "NOUN" \
        and head.lemma_.lower() in _INTENT_NOUNS and any(c.lower_ == "to" for c in token.children)


_POLICY_MEASURES = data.words(_WORDS, "policy_measure_verbs")
_POLICY_PLEDGES = data.words(_WORDS, "policy_pledge_words") | _INTENT_NOUNS
_CAMPAIGNERS = data.words(_WORDS, "campaigner_nouns")
_PLEDGER_OFFICES = data.words(_WORDS, "pledger_office_words")  # "the mayor", "President Kesh" (``_office_holder``)
# nouns of a private person ("the businessman", "a farmer"); an office's ("mayor", "lawmaker") is not one
_PRIVATE_PERSONS = (PERSON_NOUNS | PERSON_HEADS) - _PLEDGER_OFFICES
_PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you", "who"})
# a pledger's own words: a personal pronoun or the possessive of one ("his plan to ...")
_PLEDGER_WORDS = _PERSONAL_PRONOUNS | {"his", "her", "their"}
_PLEDGING_PEOPLE = _PRIVATE_PERSONS | _CAMPAIGNERS
# a pronoun that points at the pledger, as subject or possessor (``_office_holder``)
_PLEDGER_PRONOUNS = _PERSONAL_PRONOUNS - {"who"} | {"his", "her", "their"}


def pledged_policy(token: Token) -> bool:
    """"The candidate has often vowed to expel all Zentrists from the valley", "her calls to
    bar street vendors", "hints that he would deport every seasonal worker": a person
    promising, calling for or saying they would take a measure (``[policy_measure_verbs]``)
    against a whole class of people (a plural noun or group's name with no possessor, no
    person, body or country) puts forward a policy — a campaign promise, a statement — and does
    nothing to an actor; PLOVER's THREATEN is made against an actor, and the measure is not
    done. Coded on the pledge (``[policy_pledge_words]``, ``[intent_nouns]``) or on the measure
    under it or under "would"/"will". A state or a body that says it will expel a named group
    ("the ministry will deport the 40 crew members"), an office holder named by the office ("the
    president promised to deport them": a government's word), is left alone, as is a measure done."""
    if token.lemma_.lower() in _POLICY_PLEDGES:
        if _addressed(token):
            return False  # "called on the council to ban them": a demand of the council
        measures = [c for c in token.children if c.dep_ in ("xcomp", "acl", "ccomp")
                    and c.lemma_.lower() in _POLICY_MEASURES]
        return bool(measures) and _personal_pledger(token) and all(_class_measure(m) for m in measures)
    if token.pos_ != "VERB" or token.lemma_.lower() not in _POLICY_MEASURES or not _class_measure(token):
        return False
    head = token.head
    if token.dep_ in ("xcomp", "acl", "ccomp") and head.lemma_.lower() in _POLICY_PLEDGES:
        return _personal_pledger(head) and not _addressed(head)
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in token.children) \
        and _personal_pledger(token)


def _addressed(word: Token) -> bool:
    """Whether a pledge or a call has someone it is made to ("urged the council", "called on
    the council", "promised the union"): then it is a demand or a promise to that actor."""
    return any(c.dep_ in ("dobj", "obj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
               for c in word.children)


def _personal_pledger(word: Token) -> bool:
    """Whether whoever pledges (the verb's subject, the noun's possessor) is a person who holds no
    office: a person's name with no office before or beside it, a noun of a private person or of
    one running for office ("the candidate", ``PERSON_HEADS``, ``[campaigner_nouns]``, "the
    businessman") or a personal pronoun ("who" stands for a person); a government or a body
    pledging a measure is left alone, and so is an office holder ("Prime Minister Oskar Thell
    said he will expel ...", ``[pledger_office_words]``: a government's word), named or told by
    the pronoun that stands for them (``_office_holder``)."""
    pledgers = [c for c in word.children if c.dep_ in ("nsubj", "poss")]
    return bool(pledgers) and all(not _office_holder(p, word) and (
        p.ent_type_ == "PERSON" or p.lower_ in _PLEDGER_WORDS
        or p.pos_ == "NOUN" and p.lemma_.lower() in _PLEDGING_PEOPLE) for p in pledgers)


def _office_holder(pledger: Token, word: Token) -> bool:
    """Whether a pledger holds an office: an office noun ("the mayor"), or a name with an office
    among its words or set beside it ("President Maro Kesh", "Kesh, the interior minister"), unless
    what they run for is told ("presidential candidate Rona Vesk"); a personal pronoun stands for
    the subject of the saying or pledging verb its clause hangs on ("Governor Ulm said she would
    ...": the governor)."""
    if pledger.pos_ == "PRON" and pledger.lower_ in _PLEDGER_PRONOUNS:
        verb = word
        while verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if teller is not None and teller.pos_ != "PRON":
                return _office_holder(teller, verb)
        return False
    words = [pledger] + [t for c in pledger.children if c.dep_ in ("compound", "appos", "amod", "nmod")
                         for t in c.subtree]
    lemmas = {t.lemma_.lower().rstrip(".") for t in words} | {t.lower_.rstrip(".") for t in words}
    return bool(lemmas & _PLEDGER_OFFICES) and not lemmas & _CAMPAIGNERS


def _class_measure(verb: Token) -> bool:
    """Whether a measure's objects are all a whole class of people: a plural common noun or a
    group's name ("all Zentrists", "the seasonal workers", "street vendors"), with no possessor
    and no person's, body's or country's name. A class named by its nationality ("all Russian
    diplomats", "the Russians") is a state's people: a measure against them is aimed at that
    state (``_national_word``)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [cj for o in objects for cj in o.conjuncts]
    return bool(objects) and all(
        o.tag_ in ("NNS", "NNPS") and o.ent_type_ not in ("PERSON", "ORG", "GPE") and not _national_word(o)
        and not any(c.dep_ == "poss" or c.ent_type_ in ("PERSON", "ORG", "GPE") or _national_word(c)
                    for c in o.children)
        for o in objects)


def _national_word(word: Token) -> bool:
    """A nationality word (a NORP that the country table knows: "Russian", "Mexicans"), not a
    religion's or a movement's ("Buddhists", "Zentrists")."""
    return word.ent_type_ == "NORP" and word_key(word.text) in event_tables.load().countries


_EXPECTING = data.words(_WORDS, "expecting_verbs")


def expected_act(token: Token) -> bool:
    """"Roe had been expected to visit the capital next week", "analysts expect the army to
    withdraw", "is predicted to sign": an infinitive under a verb of expecting
    (``[expecting_verbs]``) is what others foresee, no act done nor promised by its doer (PLOVER's
    AGREE is a promise); "agreed to visit", "plans to visit" are left to their own rules."""
    return token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in _EXPECTING \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


_DELIBERATING = data.words(_WORDS, "deliberating_verbs")
_MOOD_PARTICIPLES = data.words(_WORDS, "mood_participles")
_MOOD_ADVERBS = data.words(_WORDS, "mood_adverbs")


def deliberated_act(token: Token) -> bool:
    """"Republicans have long considered using his past against her", "the ministry is weighing
    imposing tariffs": a verb of weighing (``[deliberating_verbs]``) with a gerund for object
    tells an act only thought of; neither the weighing (no talks: the model's CONSULT) nor the
    gerund's act is an event. "Considered the proposal" (a noun) is left alone."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in _DELIBERATING:
        return any(c.dep_ in ("xcomp", "ccomp", "dobj", "obj") and c.tag_ == "VBG" for c in token.children)
    return token.tag_ == "VBG" and token.dep_ in ("xcomp", "ccomp", "dobj", "obj") \
        and token.head.lemma_.lower() in _DELIBERATING


def mood_participle(token: Token) -> bool:
    """"As for Roe, he was strangely subdued": a participle that also names a mood
    (``[mood_participles]``) told with an adverb of how one seemed (``[mood_adverbs]``) and no
    agent is how someone was, no one subdued by force; "the gunman was quickly subdued" and
    "subdued by guards" are left alone."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.lemma_.lower() not in _MOOD_PARTICIPLES:
        return False
    children = list(token.children)
    return not any(c.dep_ == "agent" for c in children) and any(
        c.dep_ == "advmod" and c.lower_ in _MOOD_ADVERBS for c in children)


def _to_infinitive(token: Token) -> bool:
    """A bare verb with its own "to" right before it: "to fight", "to challenge"."""
    return token.tag_ == "VB" and token.i > 0 and token.doc[token.i - 1].lower_ == "to" \
        and token.doc[token.i - 1].head.i == token.i


def unwanted_act(token: Token) -> bool:
    """"He does not want the national guard to shoot at the strikers", "does not plan to attack": an act told
    as the infinitive of a negated verb of intention (``[unrefused_intentions]``) is one nobody
    means to do, none done; PLOVER records none. The verb's own negation is read ("not",
    "never"), whichever way the parse hangs the infinitive (``xcomp`` or ``ccomp``)."""
    head = token.head
    if token.dep_ not in ("xcomp", "ccomp") or head.i == token.i or not _to_infinitive(token):
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _INTENTIONS and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in head.children)


def capable_of_act(token: Token) -> bool:
    """"The coalition lacks the military means to invade the island", "has the power to
    stop it": an act told as an infinitive right after a noun of being able (``[capability_nouns]``)
    is only possible, none done. The parse may hang the infinitive on another noun, so the word
    before "to" is read."""
    if not _to_infinitive(token) or token.i < 2:
        return False
    noun = token.doc[token.i - 2]
    # "the military means to invade": the tagger may read "means" as a verb, its place tells
    return (noun.pos_ == "NOUN" or noun.dep_ in ("dobj", "obj", "pobj", "attr")) and (
        noun.lemma_.lower() in _CAPABILITIES or noun.lower_ in _CAPABILITIES)


def rejected_notion(token: Token) -> bool:
    """"The coach dismissed the claim that the referee had been bribed", "rejected the idea that
    the vote was rigged": rejecting a view or a claim (``[notion_nouns]``) that a "that" clause spells out
    disputes a fact, an opinion; PLOVER's REJECT is the refusal of what an actor asked or
    offered. "Rejected the idea of a ceasefire" (no clause: a proposal) is left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("reject", "dismiss", "dispute"):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in _NOTIONS and any(
        c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        for c in o.children) for o in objects)


def held_opinion(token: Token) -> bool:
    """"Many farmers deem the tariff a betrayal", "considered her a fraud", "regards it as a mistake":
    holding someone or something to be something (``[opinion_verbs]`` with a predicate: a small
    clause, an object predicate, or "as") is an opinion, no act; "the council considered the
    proposal" (no predicate) is left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _OPINION_VERBS:
        return False
    if sum(1 for c in token.children if c.dep_ in ("dobj", "obj")) >= 2:
        return True  # "deem the tariff a betrayal": the parse's two objects
    for c in token.children:
        if c.dep_ == "oprd":
            return True
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "ADJ", "PROPN") and not any(
                m.dep_ == "mark" for m in c.children):
            return True  # "considered her a fraud": the parse's small clause
        if c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ in ("dobj", "obj") for o in token.children):
            return True  # "regards it as a mistake"
    return False


def seized_on(token: Token) -> bool:
    """"The opposition leader seized upon the minister's gaffe", "latched on to the remark": a verb of taking
    (``[seizing_on_verbs]``) with "on"/"upon" and no object takes up an idea or a chance, no
    seizure of anything; "troops seized the town" (an object) stays."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _SEIZING_ON:
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in token.children):
        return False
    return any(c.lower_ in ("on", "upon", "onto") and c.dep_ in ("prep", "prt") for c in token.children)


def unrealised_noun(token: Token) -> bool:
    """"The proposed ban on imports", "police foiled a planned attack", "possible sanctions": an
    act told as a noun that a word on it (``[unrealised_modifiers]``) says has not happened is
    no event; PLOVER records none."""
    return token.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in _UNREALISED_MODIFIERS
                                        for c in token.children)


def attacked_idea(token: Token, actor: Token) -> bool:
    """"Governor's school plan assailed", "budget plan blasted": a headline's passive without its
    "was", which the parse reads with the plan as the doer. A plan, a stance or a claim
    (``[attacked_ideas]``, ``[position_objects]``, ``[proposal_nouns]``) attacks no one; with
    nothing attacked after the verb it is what was attacked, in words, by no one named: no event.
    ("The report blasted the agency": a writing that attacks someone, ``writing_attacks``.)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ATTACK_VERBS:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children) or actor.dep_ != "nsubj" or actor.head.i != token.i:
        return False
    return actor.pos_ == "NOUN" and actor.lemma_.lower() in _ATTACKED_IDEAS | _WORDED_TARGETS | _PROPOSALS


def writing_attacks(token: Token, actor: Token) -> bool:
    """"A scathing editorial that targeted the governor", "the column blasted the mayor": an attack whose
    doer is a writing or a speech (``[word_venues]``; through a relative pronoun, the noun it
    stands for) is made in words, ACCUSE, not ASSAULT."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ATTACK_VERBS | _PERSON_ATTACKS:
        return False
    doer = token.head if actor.tag_ in ("WDT", "WP") and token.dep_ == "relcl" else actor
    if doer is actor and actor.lower_ in ("that", "which") and actor.i > 0:
        doer = actor.doc[actor.i - 1]  # a relative clause the parse hung elsewhere: the noun before it
    if doer.pos_ in ("NOUN", "PROPN") and hyphen_joined(doer) in _WORD_VENUES:
        return True  # "an op-ed that slammed him": the tokenizer splits the word at its hyphen
    return doer.pos_ == "NOUN" and doer.lemma_.lower() in _WORD_VENUES


def nor_negated(token: Token) -> bool:
    """"Nor has the ministry threatened the union with fines", "nor did the army attack": a verb led by "nor" with its
    auxiliary put before its subject is negated as "not" would negate it (``event_flags`` reads
    only the verb's own "not" and "never")."""
    nor = next((c for c in token.children if c.lower_ == "nor" and c.dep_ in ("cc", "preconj") and c.i < token.i), None)
    if nor is None:
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ in ("aux", "auxpass") and nor.i < c.i < subject.i
                                       for c in token.children)


def writer_contact(token: Token, kind: str, actor: Token, contents: list[tuple[int, int]]) -> bool:
    """"Two officials I interviewed this week said ...", "when I talked to him": a talk whose doer is
    "I" outside anyone's quoted words is the writer's own newsgathering, no consultation between
    political actors (as ``checks.newsgathering`` for the outlet named)."""
    if kind != "CONSULT" or actor.lower_ != "i":
        return False
    return not any(s <= actor.idx < e for s, e in contents)


def shot_down_proposal(token: Token) -> bool:
    """"The senator shot down the proposal", "shot down the idea": shooting down a proposal, a
    plan or a claim (``[proposal_nouns]``, ``_WORDED_TARGETS``) is rejecting it, PLOVER's
    REJECT, no blow. "Shot down a drone", "shot down the jet" stay force."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "shoot":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return False
    return any(o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() in _PROPOSALS | _WORDED_TARGETS
               for o in token.children)


def met_at_school(token: Token) -> bool:
    """"A national whom she met while studying at the Institute of Technology", "the couple met
    in college": a meeting told as happening while one studied (``checks.schooling`` of the clause
    hung on the verb, or any "while studying") or at school as a time of life ("in college", "at
    university": a bare ``[school_nouns]``) with no one named as met is how two people came to
    know each other, a biography, no consultation between actors. "The minister met the students
    at the university" (someone named as met at a school) and "the negotiators met at a
    university in Oslo" (a school as the venue) are left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in MEETING_VERBS:
        return False
    if any(c.dep_ == "advcl" and (schooling(c) or c.lemma_.lower() == "study") for c in token.children):
        return True  # "met while studying at the institute", "while studying in Paris"
    met = [c for c in token.children if c.dep_ in ("dobj", "obj")
           and c.tag_ not in ("WP", "WDT")]  # "whom she met": the relative stands for the one met
    at_school = any(g.lemma_.lower() in _SCHOOLS and _bare_noun(g) for p in token.children if p.dep_ == "prep"
                    and p.lower_ in ("at", "in") for g in p.children if g.dep_ == "pobj")
    return at_school and not met and not any(
        p.lower_ == "with" for p in token.children if p.dep_ == "prep")


def _bare_noun(noun: Token) -> bool:
    """A common noun told with no determiner, possessor or name on it: "in college", "at law
    school" (a kind, a time of life), not "at a university", "at the military academy" or "at
    Oxford University" (a place)."""
    return noun.ent_type_ == "" and not any(c.dep_ in ("det", "poss") or c.pos_ == "PROPN" for c in noun.children)


def contest_result(token: Token) -> bool:
    """"Ruto defeated Odinga in the election", "the scandal hurt his chances", "damaged the
    economy": a verb of force whose object, or the contest it happened in, is an election, a
    prospect or a standing is a figure of speech, no force between actors; so is putting a
    rival "out of the race", and a relative clause on a contest ("a race that had been dominated
    by Teachout"); so is a hold on one ("wrested back control of the race")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "on")
                for g in p.children if g.dep_ == "pobj"]
    # "knocking Cruz out of the race": the contest one is put out of
    objects += [g for p in token.children if p.lower_ == "out" for q in p.children
                if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
    if token.dep_ == "relcl" and any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in ("that", "which")
                                     for c in token.children):
        objects.append(token.head)  # "a race that had been dominated by Teachout": the race itself
    # "wrested back control of the race": a hold on a contest is read through its "of"
    objects += [g for o in objects if o.lemma_.lower() in _CONTEST_HOLDS for p in o.children
                if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children if g.dep_ == "pobj"]
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


def electoral_defeat(token: Token) -> bool:
    """"Renk defeated President Daly", "Brand beat Fiel in Ohio, the first Democrat to carry the
    state", "the party was routed in Sunday's municipal vote": a verb of beating a rival
    (``[defeat_verbs]``) in a contest of votes is its result, no force (PLOVER's ASSAULT is
    physical harm). For "defeat" and the like the contest is read from the sentence: a word of a
    race or its count anywhere in it (``[vote_contest_words]``: "election", "runoff",
    "percent"), a named person beaten by a named person ("Renk defeated Daly": armies defeat
    forces, not people by name), or a word of a race's roles (``[vote_role_words]``:
    "incumbent", "Democrat"). The verbs that also tell blows (``[blow_defeat_verbs]``: "beat",
    "crush") are a result only by their own words (``_race_on_verb``: "beat the incumbent in the
    runoff", "crushed its rivals at the polls") or between two named people: "a mob beat a
    reporter who was covering the vote count" is a beating. Force stays force when the doer or
    the beaten are armed ("the army defeated the rebels before the election", "police beat a
    candidate": a state's force, ``_armed_or_national``, or a group of ``[armed_group_nouns]``),
    when a weapon or a blow is named ("beat him with batons", "beaten to death"; "with 58 percent"
    is a share of the vote, ``_share_with``) and when one
    side is of one's own people or a private person (``[acquaintance_nouns]``: "accused of
    beating his ex-wife" in a story of a Senate race)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _DEFEATING:
        return False
    sides = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
    sides += [g for p in token.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    if token.dep_ in ("relcl", "acl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        sides.append(token.head)  # "Renk, who defeated Daly": the one the clause is on
    sides = [_antecedent(s) for s in sides]
    if any(_armed_or_national(s) or s.lemma_.lower() in _ARMED_GROUPS for s in sides):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "with" and not _share_with(p) for p in token.children) or _to_death(token):
        return False  # "beat protesters with batons", "beaten to death": a weapon, a blow
    if any(s.lemma_.lower().removeprefix("ex-") in _ACQUAINTANCES for s in sides):
        return False  # "claims he beat his former partner": a blow at home, whatever the race
    blow = token.lemma_.lower() in _BLOWS
    if blow and _race_on_verb(token, sides):
        return True  # "beat the incumbent in Sunday's runoff", "was routed at the polls"
    if not blow and any(t.lemma_.lower() in _VOTE_CONTEST or t.lower_ in _VOTE_CONTEST for t in token.sent):
        return True  # "won the runoff, defeating Daly", "defeated her by 4 percent"
    people = [s for s in sides if named_person(s)]
    if len(sides) >= 2 and len(people) == len(sides):
        return True  # "Renk defeated Daly", "Brand beat Fiel in Ohio"
    # a candidate's role tells a race only for verbs that tell no blow: "supporters beat an
    # opposition candidate" is an assault
    return not blow and any(t.lemma_.lower() in _VOTE_ROLES or t.lower_ in _VOTE_ROLES for t in token.sent)


def _share_with(prep: Token) -> bool:
    """A "with" phrase of a verb of beating that tells a share of a vote or a poll, no weapon:
    "beat out Roe by a point, with 47 percent to her 46" (its object a word of the count,
    ``[vote_contest_words]`` or ``[race_phrase_words]``); "with batons" is a weapon."""
    race = _VOTE_CONTEST | _RACE_PHRASES
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in race or g.lower_ in race) for g in prep.children)


def race_for_office(token: Token) -> bool:
    """"Roe and Senator Pell battled to replace him", "three ministers vie to succeed the
    premier": a verb of struggle (``[race_fight_verbs]``) whose infinitive takes an office or a
    seat (``[office_taking_verbs]``) tells a race for it, no force between the rivals. Armed
    sides ("rebels fought to replace the regime": a state's force or an armed group) are left
    to fight, and so is a fight with an opponent ("battled the gunmen to win back their land",
    "fought with police to become the first ...": an object, or a "with" or "against" phrase).
    "Win" tells a race only with an office, a seat or a race for object (``[race_prizes]``: "win
    the seat", not "win the return of the seized boats"). A nationality makes no rivals armed
    ("Kenyan senators battled to succeed him"): only words of arms do."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _RACE_FIGHTS:
        return False
    if any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in ("with", "against") for c in token.children):
        return False  # "battled the gunmen", "fought with police": an opponent fought

    def taking_office(verb: Token) -> bool:
        if verb.lemma_.lower() not in _OFFICE_TAKING or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                                 for a in verb.children):
            return False
        return verb.lemma_.lower() != "win" or any(
            o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _RACE_PRIZES for o in verb.children)
    # "battled to replace him": the infinitive as the parse hangs it, a complement or a purpose
    if not any(c.dep_ in ("xcomp", "advcl") and taking_office(c) for c in token.children):
        return False
    sides = [_antecedent(c) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    sides += [g for s in sides for g in s.children if g.dep_ == "conj"]
    return bool(sides) and not any(any(t.lower_ in _ARMED for t in _phrase(s)) or s.lemma_.lower() in _ARMED_GROUPS
                                   for s in sides)


def _race_on_verb(token: Token, sides: list[Token]) -> bool:
    """Whether a verb that also tells blows ("beat", "crush") is put in a race of votes by its own
    words, not by a word anywhere in its sentence ("a mob beat a reporter who was covering the
    vote count" is a beating): a phrase of its own whose object is a word of the race or its
    count or its voters ("in the election", "at the polls", "by 4 percent", "by 22 points",
    "among young voters": ``[race_phrase_words]`` beside ``[vote_contest_words]``), a win it is
    told with ("won the runoff, beating Daly"), or sides that are all the race's own (a
    candidate, a rival, a party: "the challenger beat the incumbent"; a crowd that beats a
    candidate is no side of the race)."""
    race = _VOTE_CONTEST | _RACE_PHRASES
    if any(p.dep_ == "prep" and p.lower_ in ("in", "at", "by", "among") and (g.lemma_.lower() in race
                                                                              or g.lower_ in race)
           for p in token.children for g in p.children if g.dep_ == "pobj"):
        return True
    if token.dep_ in ("advcl", "conj", "xcomp") and token.head.lemma_.lower() in ("win", "lose"):
        return True
    return len(sides) >= 2 and all(s.lemma_.lower() in _VOTE_ROLES | _RACE_SIDES for s in sides)


def _to_death(token: Token) -> bool:
    """"Beaten to death", "beat him up": the words of a blow on a verb of beating."""
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) or any(
        p.dep_ == "prep" and p.lower_ == "to" and any(g.lower_ == "death" for g in p.children)
        for p in token.children)


def casualty_report(token: Token) -> bool:
    """"Three soldiers were killed in Mali on Tuesday", "the local police chief was also
    injured", "a man was found dead in his home", "40 people were killed as floods swept the
    region": a death or an injury told in the passive with no agent (``[casualty_verbs]``) and
    no violence named in its sentence or the one before (``[violence_words]``, the attack
    nouns, armed groups: "killed in the attack", "a gunman opened fire. Two were wounded") is
    a casualty report. PLOVER's ASSAULT is deliberate harm by an actor; the coder would make
    the state of the place its doer, which it most often is not. A hazard in the verb's own
    words ("as floods swept the region") makes it harm of no one's will whatever else is
    named, unless violence is named there too ("killed in a hail of gunfire"). A doer who bears
    arms in a clause on the verb ("five protesters were killed when security forces dispersed
    a rally", "as police fired on the crowd": ``_armed_doer``) tells an act of force, which
    PLOVER codes as such. Verbs that tell the deliberate act itself ("shot dead", "stabbed",
    "murdered") are not casualty verbs and stay."""
    if not unagented_casualty(token):
        return False
    if any(_armed_doer(g) for c in token.children if c.dep_ == "advcl"
           for g in c.children if g.dep_ in ("nsubj", "agent")):
        return False  # "killed when security forces dispersed a rally": force, its doer told
    if any(t.lemma_.lower() in HAZARDS for t in token.subtree) and not any(_violent(t) for t in token.subtree):
        return True  # "killed as floods swept the region"; not "killed in a hail of gunfire"
    sent = token.sent
    words = list(sent)
    if sent.start > 0:
        words += list(token.doc[sent.start - 1].sent)
    return not any(_violent(t) for t in words)


def unagented_casualty(token: Token) -> bool:
    """A death or an injury told in the passive with no agent ("three protesters were killed",
    "a man was found dead"; ``[casualty_verbs]``): what ``casualty_report`` reads further. Of
    any type but ASSAULT it is no event at all: "three protesters were killed when police
    dispersed a rally" is a killing, never the protest its words suggest to the model."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _CASUALTY_VERBS:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children) and token.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False  # "killed by militants": the doer is named
    return not (lemma == "find" and not any(c.lower_ == "dead" for c in token.children))  # "found guilty"


def placed_casualty(token: Token, kind: str) -> bool:
    """"At least seven people were killed in the United States yesterday, when ...": the place a
    death or an injury told in the passive with no agent (``unagented_casualty``) happened in is
    no doer of it, though the coder makes the state of an agentless passive's place its actor
    ("X was arrested in Cairo": Egypt, ``countries.implied_actor``); the actor of such harm stays
    empty. Other passives ("was arrested in Cairo", "was shot dead by police") keep theirs."""
    return kind == "ASSAULT" and unagented_casualty(token)


def unsaid_casualty_doer(token: Token, victim: Token, countries: list[tuple[int, str]],
                         country: Optional[str]) -> bool:
    """"Yesterday, the Zorbian minister Ann Roe was injured": a death or an injury told in the
    passive with no agent and no place (``placed_casualty``, which the caller has found true) is
    given the country the article is about, or the victim's own, as its doer's
    (``countries._implied_country``), though nothing says that state or anyone of it struck: a death
    in a stabbing spree or a blast by no one named is no act of the victim's country. Its actor
    stays empty unless its own sentence names that country outside the victim's words ("two Zorbian
    soldiers were killed in a Blandian air strike" keeps Blandia) or it, or a sentence beside it,
    tells of fighting or violence among armed sides or of armed forces (``[fighting_nouns]``,
    ``_ARMED_GROUPS``: "three gunmen were killed in a firefight", "300,000 people were killed in the
    conflict", "injured during violent incidents", "five rebels were killed, the military said",
    "Zorbia's army pressed its offensive. Ten civilians were killed"), where that country's forces
    are as often a side."""
    if not _a_country(country):
        return False
    sent = token.sent
    doc = sent.doc
    before = list(doc[sent.start - 1].sent) if sent.start > 0 else []  # "Zorbia's army pressed on. Ten were killed"
    told = before + list(sent) + (list(doc[sent.end].sent) if sent.end < len(doc) else [])  # "... its army said"
    if any(t.lemma_.lower() in _FIGHTING for t in told):
        return False
    own = (victim.left_edge.idx, victim.right_edge.idx + len(victim.right_edge))
    return not any(c == country and not own[0] <= o < own[1]
                   for o, c in _countries_between(countries, sent.start_char, sent.end_char))


def _violent(word: Token) -> bool:
    """A word that names violence done by someone (``[violence_words]``, the attack nouns, armed
    groups) or a killing as a noun ("in what police called a targeted killing";
    ``[killing_nouns]``: the verb "killing" is as often a flood's)."""
    return word.lemma_.lower() in _VIOLENCE or word.lower_ in _VIOLENCE or (
        word.pos_ == "NOUN" and (word.lower_ in _KILLINGS or word.lemma_.lower() in _KILLINGS))


def _armed_doer(doer: Token) -> bool:
    """A doer who bears arms for a state or a group: "security forces", "police", "gunmen",
    "Kenyan troops" (``[armed_group_nouns]``, ``[troop_nouns]``, ``[force_doer_nouns]``)."""
    if doer.dep_ == "agent":
        doer = next((g for g in doer.children if g.dep_ == "pobj"), doer)
    doer = _antecedent(doer)
    return _armed_or_national(doer) or doer.lemma_.lower() in _ARMED_GROUPS | _FORCE_DOERS


def prison_sentence(token: Token, kind: str) -> bool:
    """"A Kenyan court jailed the former minister for ten years", "the activist was imprisoned
    for life": putting someone in prison (``[jailing_verbs]``) by a court (``checks.COURTS`` as
    the doer), or for a term (a "for" or "to" whose object is a span of time, ``[term_words]``,
    or a date) with no doer named, or joined to a verdict ("was convicted and jailed"), is a
    sentence passed, PLOVER's SANCTION/convict, not the COERCE/arrest the verb table gives it.
    "Police jailed two protesters overnight" is custody, and "the sect imprisoned her for twelve
    years" confinement by its doer: both stay."""
    if kind != "COERCE" or token.pos_ != "VERB" or token.lemma_.lower() not in _JAILING:
        return False
    if any(v.lemma_.lower() in _CONVICTING for v in token.conjuncts):
        return True  # "was convicted and jailed": the verdict's sentence
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for p in token.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    if any(d.lemma_.lower() in COURTS for d in doers):
        return True
    if doers:
        return False  # "the church imprisoned her for twelve years": held by someone, no sentence
    spans = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
             for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _TERMS or g.ent_type_ == "DATE" and any(c.like_num for c in g.subtree)
               for g in spans)


def sentence_passed(token: Token) -> bool:
    """"The judge imposed a life sentence on the killer", "a court handed down a ten-year sentence",
    "gave the smuggler a nine-year prison term", "the appeals court upheld his sentence": a verb that
    passes or confirms a sentence (``[sentence_passing_verbs]``) with a prison sentence for object
    (``[sentence_nouns]``; a "term" only with a word of prison, ``[prison_term_modifiers]``, never
    "a second term" in office) is a verdict's punishment, PLOVER's SANCTION/convict, not the
    COERCE/arrest or ACCUSE the verb table gives "give term", "uphold sentence", "impose
    sentence". "Is serving a life sentence" (no verb of passing) is left to ``checks.service``."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _SENTENCE_PASSING:
        return False
    return any(_prison_sentence_noun(c) for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass"))


def _prison_sentence_noun(noun: Token) -> bool:
    """A noun of a sentence passed (``sentence_passed``): "sentence", or a "term" that a word of
    prison ("prison", "jail", "life") modifies."""
    lemma = noun.lemma_.lower()
    if lemma not in _SENTENCE_NOUNS:
        return False
    return lemma != "term" or any(c.lower_ in _PRISON_TERMS for c in noun.children
                                  if c.dep_ in ("compound", "amod", "nmod"))


def declared_independence(token: Token) -> bool:
    """"The regional parliament declared independence", "proclaimed an independent republic",
    "declared itself independent of Serbania": declaring a new state (``[independence_declaring_verbs]``
    with a word of ``[independence_words]`` for its object or a predicate, or modifying a noun of a
    state, ``[declared_state_nouns]``)
    is a claim of statehood, no act between actors; the verb table reads "declare independence"
    as CAMEO's demand for change (REQUEST), which PLOVER's REQUEST (asking another for an act) is
    not. "Declared war", "declared the strike illegal", "announced an independent inquiry" are left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _INDEPENDENCE_DECLARING:
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "oprd", "acomp", "xcomp", "ccomp", "nsubjpass"):
            if child.lemma_.lower() in _INDEPENDENCE:
                return True  # "declared independence", "declared itself independent"
            if child.lemma_.lower() in _NEW_STATES and any(
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in _INDEPENDENCE for c in child.children):
                return True  # "proclaimed an independent republic"; not "an independent inquiry"
    return False


# one person whose body is held still (``bodily_restraint``): a singular person noun, pronoun or name
_RESTRAINED_ONE = data.words(_WORDS, "restrained_person_nouns") | PERSON_NOUNS | PERSON_HEADS
_ONE_BODY_PRONOUNS = frozenset({"he", "him", "she", "her", "me", "i", "you"})


def one_person_held(token: Token) -> bool:
    """"restrained the man", "subdued the suspect", "held him down", "Ana Pell was pinned": what
    the verb acts on is one person, a singular person noun (``[restrained_person_nouns]``, the
    person nouns of the speaker lists), a pronoun of one or a person's name, not joined to others.
    "Subdued the demonstrators", "subdued the uprising", "the opposition press" are not."""
    held = _seized(token)
    if len(held) != 1 or held[0].conjuncts:
        return False
    one = held[0]
    if one.lower_ in _ONE_BODY_PRONOUNS:
        return True
    if one.ent_type_ == "PERSON" and one.tag_ == "NNP":
        return True
    return one.tag_ == "NN" and one.lemma_.lower() in _RESTRAINED_ONE


def bodily_restraint(token: Token, kind: str) -> bool:
    """"Officers restrained the man on the platform", "two passengers subdued the attacker",
    "police held him down", "held the suspect on the ground", "held her by the arm": holding a
    person's body still (``[restraining_verbs]``, or "hold" with "down" or "back", "by" a part of
    them or on a surface, ``[restraint_surfaces]``) in an incident is no arrest, PLOVER's
    COERCE/arrest is taking someone into custody; the verb table codes "restrain", "subdue" and
    "hold" COERCE. Only one person held so (``one_person_held``): "riot police subdued the
    demonstrators", "troops subdued the uprising", "the junta subdued the opposition press" are
    repression and stay. "Police held the reporter for questioning", "was held in custody"
    (custody) are left alone."""
    if kind != "COERCE" or token.pos_ != "VERB" or not one_person_held(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in _RESTRAINING:
        return True
    if lemma != "hold":
        return False
    children = list(token.children)
    if any(c.dep_ == "prt" and c.lower_ in ("down", "back") for c in children):
        return True
    for prep in (c for c in children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "by" and objects and objects[0].lemma_.lower() in _BODY_PARTS:
            return True  # "held her by the arm"
        if prep.lower_ in ("on", "to", "against") and any(g.lemma_.lower() in _RESTRAINT_SURFACES for g in objects):
            return True  # "held him on the ground"
    return False


def felt_attitude(token: Token) -> bool:
    """"Mr. Roe is distrusted by most voters", "dismayed by the ruling, he left the party", "the
    remark upset the club's fans", "she has long admired the senator": a verb of a feeling held
    toward someone or stirred in them (``[attitude_verbs]``) tells an attitude, no act between
    actors (PLOVER codes disapproval or praise expressed, and drops stances); the verb table
    codes "distrust", "dismay", "disappoint" ACCUSE, "upset", "annoy" PROTEST, "admire",
    "respect" SUPPORT, and a passive would make the one who feels the target. "Expressed
    disappointment", "voiced its dismay" (a verb of saying with a noun) are left to the coder."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _ATTITUDES


def private_trip(token: Token, kind: str, actor: Token, sector: Optional[str]) -> bool:
    """"Hundreds of migrants travelled to Malta by boat", "a girl and her mother will travel to
    the United Nations", "her brother flew to Geneva": a trip with no meeting
    in the verb's own words (``checks.meeting_on_trip``) by private travellers
    (``[private_travellers]``, or a person the record gives no public sector) meets no host;
    PLOVER's CONSULT is a meeting or a visit between political actors. A traveller whose own
    words or coding name a public role ("the French president", a minister, a party) and a trip
    with a meeting ("traveled to Florida to meet X") stay."""
    if kind not in ("CONSULT", "AGREE") or token.lemma_.lower() not in TRIP_VERBS - {"visit", "tour"}:
        return False
    if meeting_on_trip(list(token.children)):
        return False  # "traveled to Florida to meet with X": a meeting on the way
    actor = _antecedent(actor)
    travellers = [actor, *actor.conjuncts]
    # "thousands of refugees", "a group of students": the ones counted
    counted = [g for t in travellers for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in _PRIVATE_TRAVELLERS and not _public_body(t) for t in travellers + counted):
        return True
    public = sector is not None and sector[:3] not in ("CVL", "UNK", "REF", "EDU")
    return not public and all(t.ent_type_ == "PERSON" for t in travellers) and not any(
        w.lower_ in NAME_TITLES or w.ent_type_ in ("NORP", "GPE", "ORG") for t in travellers for w in _phrase(t))


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
    if crash_consequence(token, actor) or accident_harm(token):
        return True  # "struck a group of motorcycles, killing seven riders": the crash's harm
    if exploded_craft(token) or harm_when_accident(token) and not any(c.dep_ == "nsubj" for c in token.children):
        # "seven were killed when a bomber crashed", "the shuttle exploded"; not "gunmen killed
        # five when their convoy crashed", a killing with its doer (review of r21-evacc)
        return True
    if _unmeant(token) and not (actor.ent_type_ in ("GPE", "NORP", "ORG") or _armed_or_national(actor)
                                or actor.lemma_.lower() in _ARMED_GROUPS  # "militants inadvertently killed"
                                or any(_authority_word(t.lower_) for t in _phrase(actor))):
        return True  # "a hunter accidentally shot a hiker", not "the army unintentionally shot down a jet"
    if any(g.lemma_.lower() in HAZARDS for p in token.children if p.dep_ == "prep"
           and p.lower_ in ("in", "during", "after", "from") for g in p.children if g.dep_ == "pobj"):
        return True  # "killed in the crash", "injured in the earthquake"
    if _armed_or_national(actor):
        return False
    if road_accident(token, actor):
        return True  # "the driver hit a pedestrian": a traffic accident
    if actor.lemma_.lower() in VEHICLES:
        return True
    if token.lemma_.lower() not in COLLISIONS or actor.ent_type_ in ("GPE", "NORP", "ORG") \
            or actor.tag_ in ("NNS", "NNPS"):
        return False  # "Israel struck a building", "rebels hit the bridge": force, not a crash
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("into", "with")
                for g in p.children if g.dep_ == "pobj"]
    # the object's head, or what a group of it holds ("struck a group of motorcycles")
    heads = objects + [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _CRASHED_INTO for o in heads)


def road_accident(token: Token, actor: Token) -> bool:
    """"The driver hit a pedestrian and fled", "a cyclist was struck by a motorist": a driver's
    (``[driver_nouns]``) blow (``[road_blow_verbs]``) on one on the road (``[road_user_nouns]``) is a
    traffic accident, no assault. A ramming or a drive into a crowd or a group ("the driver rammed
    the crowd", "plowed into protesters") and a blow the verb's words say was meant ("deliberately
    hit a cyclist", ``[deliberate_adverbs]``) stay force."""
    if actor.lemma_.lower() not in _DRIVERS or token.lemma_.lower() not in _ROAD_BLOWS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _DELIBERATE for c in token.children):
        return False
    hit = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    hit += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("over", "down")
            for g in p.children if g.dep_ == "pobj"]  # "ran over a pedestrian" parsed as a preposition
    hit += [c for h in hit for c in h.conjuncts]
    return bool(hit) and all(h.lemma_.lower() in _ROAD_USERS for h in hit)


def social_encounter(token: Token, kind: str) -> bool:
    """Private life read as a meeting (PLOVER's CONSULT is meetings, visits and talks between
    political actors): meeting one's own people at a place of private company ("met his future
    wife at a party", "met voters at a pub", "met her sister for lunch": a verb of
    ``[meeting_verbs]``, a place of ``[social_venues]`` or a meal of ``[social_meals]``, and all
    those met of ``[acquaintance_nouns]``, kin among them), attending an occasion
    as one of the public ("attended a concert", "attended the rally": ``[social_occasions]``),
    and a private trip ("traveled to Ohio for work", "as a salesman": ``[private_trip_purposes]``,
    ``[private_trip_roles]``). A meeting with anyone else ("the minister met the ambassador at a
    restaurant"), one with no one named as met, an occasion attended "with" someone or named,
    and a trip on official business stay."""
    if kind != "CONSULT" or token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    preps = [c for c in token.children if c.dep_ == "prep"]
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if lemma in MEETING_VERBS:
        if met_at_school(token):
            return True  # "whom she met while studying at the institute"
        met = objects + [g for p in preps if p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
        met += [c for m in met for c in m.conjuncts]
        venue = any(g.lemma_.lower() in _SOCIAL_VENUES and g.ent_type_ == "" for p in preps
                    if p.lower_ in ("at", "in", "during") for g in p.children if g.dep_ == "pobj") or any(
            g.lemma_.lower() in _SOCIAL_MEALS for w in (token, *objects) for p in w.children
            if p.dep_ == "prep" and p.lower_ in ("for", "over")
            for g in p.children if g.dep_ == "pobj")  # "met her sister for lunch" (on the verb or the one met)
        return venue and bool(met) and all(m.lemma_.lower() in _ACQUAINTANCES and m.ent_type_ == "" for m in met)
    if lemma == "attend":
        if any(p.lower_ == "with" for p in preps):
            return False  # "attended a dinner with the president": a meeting
        return any(o.lemma_.lower() in _SOCIAL_OCCASIONS and o.ent_type_ == "" for o in objects)
    if lemma in TRIP_VERBS:
        purposes = [g for p in preps if p.lower_ in ("for", "on") for g in p.children if g.dep_ == "pobj"]
        roles = [g for p in preps if p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
        return any(g.lemma_.lower() in _PRIVATE_PURPOSES and not any(
            c.lower_ in _OFFICIAL_MODIFIERS for c in g.children) for g in purposes) or any(
            g.lemma_.lower() in _PRIVATE_ROLES for g in roles)
    return False


def accident_harm(token: Token) -> bool:
    """"A military plane crashed in the desert, killing 39 soldiers", "the ferry capsized,
    drowning ...", "the train derailed, injuring forty": harm told by a participle hung on an
    accident of a craft or a vehicle (``[accident_verbs]``: crashed, derailed, capsized,
    collided, sank) with no object of its own is the accident's, whoever owns the craft: an
    armed force's plane that crashes attacks no one (PLOVER's ASSAULT is deliberate harm). A
    crash with an object ("rammed a car into ...", "crashed a truck into the crowd") and a
    weapon that "crashed" (``[munition_nouns]``: a drone strike) are left to the other rules."""
    clause = token
    while clause.dep_ == "conj" and clause.head.tag_ == "VBG":
        clause = clause.head
    if token.tag_ != "VBG" or clause.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    crash = clause.head
    if crash.i == token.i or crash.pos_ != "VERB":
        return False
    return _accident(crash) or exploded_craft(crash)


def _accident(crash: Token) -> bool:
    """Whether a verb tells an accident of a craft by itself (``[accident_verbs]``, no object,
    no munition as its subject: a drone strike that "crashed" is left alone)."""
    if crash.lemma_.lower() not in _ACCIDENTS or any(c.dep_ in ("dobj", "obj") for c in crash.children):
        return False
    subjects = [c for c in crash.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(s.lemma_.lower() in _MUNITIONS for s in subjects)


def harm_when_accident(token: Token) -> bool:
    """"At least seven people were killed when a vintage bomber crashed at an airport", "two
    died after the ferry capsized": harm told in a main clause whose "when" or "after" clause is
    an accident of a craft (``_accident``, ``exploded_craft``) is that accident's, no assault. A
    clause of an attack ("killed when gunmen opened fire") is no accident and stays."""
    clauses = [c for c in token.children if c.dep_ in ("advcl", "relcl")]
    # "killed in the United States yesterday, when a plane crashed": the clause hung on the date
    clauses += [g for c in token.children if c.dep_ == "npadvmod" for g in c.children if g.dep_ == "relcl"]
    return any(c.pos_ == "VERB" and any(m.lower_ in ("when", "after") for m in c.children
                                        if m.dep_ in ("advmod", "mark"))
               and (_accident(c) or exploded_craft(c)) for c in clauses)


# what may blow up by accident: crafts, works, vehicles off the road (``exploded_craft``)
_CRAFTS = (VEHICLES - _ROAD_VEHICLES) | _SPACECRAFT | _EXPLODING


def exploded_craft(token: Token) -> bool:
    """"The spacecraft was lost when it exploded shortly after launch", "a gas pipeline
    exploded": a craft, a vehicle or a works (``[vehicle_nouns]``, ``[spacecraft_nouns]``,
    ``[exploding_structures]``) that explodes meets an accident; the model reads the verb as a
    bombing. "It" is read as the subject of the clause it hangs on. A bomb, a device, a munition or
    a bomber that explodes ("a car bomb exploded", "a suicide bomber blew himself up") is no craft
    and is left to the other rules, as is an explosion with an object or a doer ("exploded a bomb"),
    and so is a road vehicle's (``[road_vehicles]``: "a car exploded near a checkpoint, killing
    five" is as often a car bomb's work as a fault's)."""
    if token.lemma_.lower() != "explode" or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "obj", "agent") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 1 and subjects[0].lower_ == "it" and token.dep_ in ("advcl", "conj"):
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "it": the craft
    return bool(subjects) and all(s.lemma_.lower() in _CRAFTS and not any(
        w.lemma_.lower() in _BLAST_MUNITIONS or w.lower_ in _BOMB_WORDS for w in s.subtree)
        for s in subjects)


def crash_consequence(token: Token, actor: Token) -> bool:
    """"The driver struck a group of motorcycles, killing seven riders and injuring three": the
    killing and injuring told by a participle hung on a crash (a collision verb that
    ``unwilled_harm`` reads as no one's will) are that crash's harm, no assault of their own.
    A participle on an attack ("the rebels struck the convoy, killing four soldiers") stays force,
    as the attack does, and so does one on a ramming, done on purpose (``[ramming_verbs]``: "a man
    rammed his car into a crowd, killing five")."""
    clause = token
    while clause.dep_ == "conj" and clause.head.tag_ == "VBG":
        clause = clause.head  # "killing seven riders and injuring three": the first participle
    if token.tag_ != "VBG" or clause.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    crash = clause.head
    return crash.i != token.i and crash.pos_ == "VERB" and crash.lemma_.lower() in COLLISIONS - _RAMMING \
        and unwilled_harm(crash, actor)


def abused_office(token: Token) -> bool:
    """"Members of Congress have abused their power", "misused his authority": a charge of
    misconduct in office (``[misusing_verbs]`` with an object of ``[office_objects]``), told
    as an opinion; the verb table reads "abused" as force, but no one is harmed in body."""
    if token.lemma_.lower() not in _MISUSING:
        return False
    return any(c.lemma_.lower() in _OFFICE_OBJECTS for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass"))


def removed_thing(token: Token) -> bool:
    """"When it was removed by the burglars", "the thieves removed it": a removal (PLOVER's
    COERCE/deport is of people) of what a neuter pronoun stands for, "it", "this" or "that", is a
    theft or a move of an object, no deportation. A common noun is left alone: nothing in the
    word lists tells a thing ("the statue") from a person ("the legislators") well enough."""
    patients = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not patients and token.dep_ == "conj":  # "was stolen and removed": the first verb's subject
        patients = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return bool(patients) and all(p.lower_ in _THING_PRONOUNS for p in patients)


def space_launch(token: Token) -> bool:
    """"SpaceX launched a rocket carrying sixty satellites into orbit", "launched the telescope
    from French Guiana", "China launched a probe to the far side of the Moon": a launch whose object
    holds a craft sent to space (``[spacecraft_nouns]``) or that goes to space (``[space_places]``,
    after "into", "to" or "toward") is a flight, no attack, aid or inquiry between actors. "Launched
    a missile into the sea", "launched a probe into the deaths" are left alone."""
    if token.lemma_.lower() not in _LAUNCHING or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    # the craft is the object's head or what it carries ("a rocket carrying sixty satellites"),
    # not a word of a modifier ("launched an attack near the satellite station")
    carried = [g for o in objects for v in o.children if v.dep_ == "acl" or v.tag_ == "VBG"
               for g in v.children if g.dep_ in ("dobj", "obj")]
    if any(t.lemma_.lower() in _SPACECRAFT for t in (*objects, *carried)):
        return True
    heads = [token, *objects, *(t for o in objects for t in o.subtree if t.tag_ == "VBG")]  # "a rocket carrying ..."
    # "to the far side of the Moon": the place's own phrase
    return any(t.lemma_.lower() in _SPACE_PLACES for h in heads for p in h.children
               if p.dep_ == "prep" and p.lower_ in ("into", "to", "toward", "towards") for g in p.children
               if g.dep_ == "pobj" for t in g.subtree)


def phone_as_thing(token: Token, mode: Optional[str]) -> bool:
    """"Apple launched a new phone", "the firm sold phones": a phone that is the object of a
    verb is a thing made, sold or taken, not a phone call (PLOVER's CONSULT/phone is a call:
    "spoke by phone", "phoned the minister", "held phone talks")."""
    return mode == "phone" and token.lemma_.lower() not in _PHONES and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _PHONES for c in token.children)


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
    return actor.lemma_.lower() in VEHICLES | _DEVICES and not _armed_or_national(actor)


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


def challenged_to_contest(token: Token) -> bool:
    """"Challenged the mayor to a televised debate", "dared him to a rematch": a challenge to a
    debate or a match (``[contest_challenges]``) invites a rival to a contest, a campaign's or a
    sport's news; no accusation, and no demand PLOVER codes. A challenge of a claim or in court
    ("challenged the ruling", "challenged her to explain") is left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("challenge", "dare"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _CONTEST_CHALLENGES for o in p.children) for p in token.children)


def moved_business(token: Token) -> bool:
    """"The brewer moved its production to Poland", "relocated its headquarters to Lisbon": a
    firm's seat or work moved (``[business_seats]``) is a business decision, no support, visit
    or deployment between actors ("moved its embassy to the city" is an act of state and is left
    alone: an embassy is no business seat). What an army or the police move is a deployment
    ("the army moved its units to the border"): their moves are left alone."""
    if token.lemma_.lower() not in _RELOCATIONS or token.pos_ != "VERB":
        return False
    mover = _subject(token)
    sector = code_actor(_words(_phrase(mover)), event_tables.load())[1] if mover is not None else None
    if sector and sector[:3] in ("MIL", "COP"):
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _BUSINESS_SEATS
               for c in token.children)


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


def worded_protest(token: Token) -> bool:
    """"His campaign protested that the aides were being disingenuous", "the embassy protested
    that the arrest broke the treaty": a protest told with the clause of what was said is an
    objection in words, PLOVER's ACCUSE/disapprove (as a diplomatic protest is), not the PROTEST
    of a crowd's action. The clause is one of what was said: opened by "that", or by no
    question word ("protested what they called unfair fees" names what was protested, and the
    protest may be a crowd's)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "protest":
        return False
    return any(c.dep_ == "ccomp" and _said_clause(c) for c in token.children)


def _said_clause(clause: Token) -> bool:
    """Whether a clause under a verb is one of what was said: it opens with "that", or with no
    question word ("what", "which", "how", "why")."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return clause.left_edge.tag_ not in ("WP", "WDT", "WRB", "WP$")


def police_interview(token: Token, actor: Token) -> bool:
    """"Police spoke with the driver after the crash", "the suspect was interviewed by
    detectives", "investigators talked to witnesses": police, detectives, investigators or
    prosecutors (``[investigator_nouns]``, the actor's head word) who talk with someone
    (``[interview_verbs]``) are questioning them, an investigation (PLOVER's ACCUSE/investigate),
    not the CONSULT of talks between political actors. A minister or an official who "spoke
    with" someone is left to the talks, and so are police who speak with an official, a judge,
    other police or their counterparts (``_official_partner``): talks between authorities."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _INTERVIEWING:
        return False
    doer = _antecedent(actor)
    if not (doer.lemma_.lower() in _INVESTIGATORS or doer.lower_ in _INVESTIGATORS):
        return False
    partners = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                for g in p.children if g.dep_ == "pobj"]
    partners += [c for g in partners for c in g.conjuncts]
    return not any(_official_partner(g) for g in partners)


def _official_partner(partner: Token) -> bool:
    """Whether one that investigators talk with is an authority in their own right: a noun of an
    official, a judge or a peer (``[official_partner_nouns]``), investigators
    (``[investigator_nouns]``), or a phrase the actor dictionary codes to a state sector
    (government, legislature, police, judiciary, elite: "Mayor Lena Ortz", "the foreign
    minister")."""
    head = partner.lemma_.lower()
    if head in _OFFICIAL_PARTNERS or head in _INVESTIGATORS or partner.lower_ in _INVESTIGATORS:
        return True
    sector = code_actor(_words(_phrase(partner)), event_tables.load())[1]
    return sector is not None and sector[:3] in _OFFICIAL_SECTORS


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
    return next((e for e in reversed(doc_index.ents(pronoun.doc)) if sent.start <= e.start and e.end <= pronoun.i
                 and e.label_ in ("ORG", "GPE", "NORP")), None)


def home_trip(token: Token, kind: str, actor_country: Optional[str], target_tok: Optional[Token],
              target_country: Optional[str], doc: Doc, tables: Tables, countries: list[tuple[int, str]]) -> bool:
    """"Sanders visited Missouri on Saturday", "Clinton visited the St. Louis area to campaign",
    "he will head to New Hampshire": a trip (``checks.trip_destination``) to a place in the
    traveller's own country meets no one; PLOVER's CONSULT (and a future one, AGREE) is a
    meeting, and a visit abroad ("the president visited China") stays one. The place's country
    is, for a name, what the dictionaries or its own phrase say (a person the parse takes for a
    place, "visit Wiranto", is so never coded as one), and for a place noun the target's; a
    building or an area of no named country ("visited the restaurant") is a local one, whatever
    the traveller's country. A name its own phrase does not place takes the country of another
    mention of it that does ("Kenosha, Wisconsin" earlier: ``place_named_elsewhere``). A place
    named whose country is unknown is left alone."""
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
            country = _place_country(place, countries) or place_named_elsewhere(place, countries)
    elif target_tok is not None and target_tok.i == place.i and _a_country(target_country):
        country = target_country  # "visited the state": the country the coder gave it
    if country is None:
        return local  # "traveled to the region": abroad, for all the sentence says
    return country == actor_country


def homecoming(token: Token, actor_country: Optional[str], doc: Doc, tables: Tables) -> bool:
    """"The delegation returned to New Delhi after the talks", "the minister returned home": a
    return to the traveller's own country (a place the dictionaries give that country, or
    "home") meets no one and expels no one, whatever type the verb table gives a return
    ("return after" is read as an expulsion). A return of something ("returned fire",
    "returned the artwork") and one abroad ("returned to Kabul" by a US envoy) are left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "return":
        return False
    if any(c.dep_ in ("dobj", "obj", "dative") for c in token.children):
        return False  # "returned fire", "returned the artwork": a thing given back
    if any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "prt") for c in token.children):
        return True
    if not _a_country(actor_country):
        return False
    for place in (g for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")):
        span = doc_index.entity_at(doc, place.i) or doc[place.i:place.i + 1]
        if code_actor(_words(span), tables)[0] == actor_country:
            return True
    return False


def claimed_act(token: Token, tables: Optional[Tables] = None) -> bool:
    """"Tamim claimed the rebels have attacked journalists", "she alleges that the church held
    her": an act told only in the clause of a verb of claiming (``[claiming_verbs]``), with its
    doer named, is what the claimant says another did, the claim's words marking it as disputed;
    the record would code it as done on one side's word (the statement keeps the claim). An act
    told with no doer ("claimed 790 soldiers had been killed") is left alone: its implied actor
    is the claimant's foe, as in a casualty report, and a claim of one's own act ("claimed to
    have shot down the drone", an xcomp) is one's own record. Only clauses that the claim verb
    governs directly, or through a conjoined verb of the same clause, count. A claim of the
    claimant's own act or its own forces' ("police claimed they arrested 40 suspects") is
    left alone (``own_claimed_doer``)."""
    clause = token
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "claimed they beat and robbed him": the second verb too
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _CLAIMING:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
    if token.pos_ != "VERB" or not subjects:
        return False
    if any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
        return False  # "claimed soldiers had been killed": no doer named
    claimants = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return not any(own_claimed_doer(d, c, tables) for d in subjects for c in claimants)


def own_claimed_doer(doer: Token, claimant: Token, tables: Optional[Tables] = None) -> bool:
    """Whether the doer of a claimed act is the claimant itself (``claimed_act``): "police claimed
    they arrested 40 suspects", "the army claimed it destroyed three bases" (a pronoun that can
    stand for the claimant: "it" for no person, "they" for a plural or a body, "he"/"she" for a
    person, "we" always), "the ministry claimed its forces killed 30 rebels" (the claimant's own,
    ``[own_possessives]``), "the Indian Home Ministry claimed Indian troops killed ..." (armed
    forces, ``_armed_doer``, whose words name the claimant's country). Such a claim is the
    claimant's account of its own act, which news reports as done; only another's act (the
    rebels', a church's) told on the claimant's word alone is no event."""
    if doer.dep_ == "agent":
        doer = next((g for g in doer.children if g.dep_ == "pobj"), doer)
    pronoun = doer.lower_
    person = claimant.ent_type_ == "PERSON" or claimant.lower_ in _PERSON_PRONOUNS
    if pronoun == "we" or pronoun in _PERSON_PRONOUNS and person:
        return True
    if pronoun == "it" and not person and claimant.tag_ not in ("NNS", "NNPS") and claimant.lower_ != "they":
        return True
    if pronoun == "they" and not person and claimant.lower_ not in ("it",):
        return True
    if _own(doer):  # "its forces", "their troops" ([own_possessives])
        return True
    if tables is None or not _armed_doer(doer):
        return False
    theirs = code_actor(_words(_phrase(doer)), tables)[0]
    return theirs is not None and theirs == code_actor(_words(_phrase(claimant)), tables)[0]


# -- figures of a campaign and set phrases (issue 17) --------------------------------------------

_SET_PHRASES: dict[tuple[str, str], str] = {
    (verb, noun): coded for verb, noun, coded in (line.split("\t") for line in data.sections(_WORDS)["set_phrases"])}
_PARTICLE_PHRASES = frozenset(tuple(line.split("\t")) for line in data.sections(_WORDS)["objectless_particle_phrases"])
_TAKING_ON = data.words(_WORDS, "taking_on_verbs")
_AIM_NOUNS = data.words(_WORDS, "aim_taking_nouns")
_CAMPAIGN_SENTENCE = data.words(_WORDS, "campaign_words") | data.words(_WORDS, "campaign_attack_words")
_CAMPAIGN_ATTACKS = _ATTACK_VERBS | data.words(_WORDS, "campaign_attack_verbs")
_CAMPAIGN_BODIES = data.words(_WORDS, "campaign_bodies")
_PRIZE_TAKING = data.words(_WORDS, "prize_taking_verbs")
_PRIZES = data.words(_WORDS, "contest_prizes") | _CONTESTS
_MARCH_GOALS = data.words(_WORDS, "march_goals")
_ATTACKED_PRONOUNS = frozenset({"he", "she", "him", "her", "whom", "who"})
_VIOLENT_SCENE = (data.words(_WORDS, "violent_scene_words") | _BODILY_BLOWS
                  | data.words(_WORDS, "armed_group_nouns"))  # "Gunmen stormed ... They attacked X"
_ATTACKED_PROPERTY = data.words(_WORDS, "attacked_property_nouns") | data.words(_WORDS, "place_nouns")
NO_EVENT = ("", None)  # what ``set_phrase`` and ``taken_on`` give for a phrase that is no event


def set_phrase(token: Token) -> Optional[tuple[str, Optional[str]]]:
    """A light verb whose object makes a set phrase (``[set_phrases]``): "hit the phones", "hit the
    campaign trail", "poured money into the race" are a campaign's work, no blow nor protest;
    "offered his congratulations to Cruz" is praise, PLOVER's SUPPORT as "congratulated" is, not
    an offer (AGREE); "poured scorn on the plan" is disapproval (ACCUSE). And a verb of force
    with a particle and no object (``[objectless_particle_phrases]``: "the odds shot up"). Gives
    the (type, mode) the phrase has, ``NO_EVENT`` for none, None where the verb is in no such
    phrase. Money poured "into" a named party ("poured money into the Zorb Front") is AID
    (``_funded_party``)."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    # "the amounts of money that Americans have poured into it": the relative's noun, and its "of"
    heads = [_antecedent(o) if o.tag_ in ("WDT", "WP") else o for o in objects]
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    for obj in heads:
        coded = _SET_PHRASES.get((lemma, obj.lemma_.lower()))
        if coded is not None:
            if coded == "-":
                return ("AID", None) if _funded_party(token) else NO_EVENT
            kind, _, mode = coded.partition("/")
            return kind, mode or None
    # "backed away from the claim": the parse may hang the particle as an adverb, and a relative
    # pronoun of a stranded preposition as the object ("the claim, which she backed away from")
    if all(o.tag_ in ("WDT", "WP") for o in objects) and any(
            c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in _PARTICLE_PHRASES for c in token.children):
        return NO_EVENT  # "the odds have shot up"
    return None


def _funded_party(token: Token) -> bool:
    """"Tarvia poured money into the Zorb Front": money poured "into" a named body, a state or a
    person (a name the parser types so) is aid to it, not a campaign's spending on a race
    (a set phrase of no event, ``set_phrase``, with "into" a party)."""
    return any(
        g.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for p in token.children
        if p.dep_ == "prep" and p.lower_ == "into" for g in p.children if g.dep_ == "pobj")


def _campaign_actor(actor: Token) -> bool:
    """Whether an actor is one who fights a campaign in words: a person named or told as "he" or
    "she", a party or its members ("Republicans"), or a body of a campaign ("the Sanders
    campaign", "a pro-Rubio super PAC", "Clinton's aides": ``[campaign_bodies]``); never an armed
    group, troops or a state's force."""
    if _political_party(actor):
        return True  # "Republicans" (a people's word to ``_armed_or_national``)
    if actor.is_title and actor.text in person_name_words(actor.doc):
        return True  # "Trump" tagged a common noun, of "Donald Trump" named before
    if actor.lemma_.lower() in _ARMED_GROUPS or _armed_or_national(actor):
        return False
    if actor.pos_ == "PRON" or actor.tag_ in ("WP", "WDT"):
        if actor.lower_ in _PERSON_PRONOUNS:
            return True
        said = _they_antecedent(actor) if actor.lower_ == "they" else _antecedent(actor)
        return said is not actor and said is not None and said.pos_ != "PRON" and _campaign_actor(said)
    return named_person(actor) or _political_party(actor) or actor.lemma_.lower() in _CAMPAIGN_BODIES


def _they_antecedent(actor: Token) -> Optional[Token]:
    """The plural subject "they" stands for: the nearest plural noun or party subject before it,
    in its sentence or the one before ("Gunmen stormed a polling station. They attacked X":
    the gunmen); None where there is none, and "they" is then no one known to campaign."""
    sent = actor.sent
    start = actor.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for word in reversed(actor.doc[start:actor.i]):
        if word.dep_ in ("nsubj", "nsubjpass") and word.pos_ != "PRON" \
                and (word.tag_ in ("NNS", "NNPS") or _political_party(word)):
            return word
    return None


def _violent_scene_before(token: Token) -> bool:
    """Whether the sentence before an attack's tells armed violence (``[violent_scene_words]``,
    armed groups, blows: "Gunmen stormed a polling station."): an attack told after it by a
    pronoun is one of the same scene, a blow."""
    start = token.sent.start
    if start == 0:
        return False
    return any(t.lemma_.lower() in _VIOLENT_SCENE or t.lower_ in _VIOLENT_SCENE for t in token.doc[start - 1].sent)


def _attacked_person(word: Token) -> bool:
    """Whether what is attacked is a person or a party, or a thing of a named person's ("Governor
    Castell's budget", "Ole's links to the timber lobby"): a campaign's target."""
    if named_person(word) or _political_party(word) or word.lower_ in _ATTACKED_PRONOUNS:
        return True
    if word.lemma_.lower() in _ATTACKED_PROPERTY:
        return False  # "bombarded Senator Ole's hometown", "attacked his house": a place hit
    return word.pos_ == "NOUN" and any(c.dep_ == "poss" and named_person(c) for c in word.children)


def campaign_attack(token: Token, actor: Token) -> bool:
    """"Ms. Ole, whom she savaged all through the race", "Castell has pounded Ole
    for months on the stump", "to use the forums to batter Governor Poe's plan", "if they choose
    to open fire on Castell" in a primary: an attack (a verb of
    ``[attack_verbs]``, ``[verbal_attack_verbs]``, ``[campaign_attack_verbs]``, an attack noun,
    or one a light verb carries) by one who campaigns (``_campaign_actor``) on a person, a party
    or a named person's thing (``_attacked_person``), in a sentence about an election campaign
    (``[campaign_words]``, ``[campaign_attack_words]``: "campaign", "primary", "debate", "ads"),
    is made in words: PLOVER's ACCUSE/disapprove, not ASSAULT. A weapon ("with a knife"), blows
    or a crime told in the sentence (``bodily_violence``), or an armed doer keep it a blow; so
    do "they" or "who" that stand for no one who campaigns ("Gunmen stormed a polling station.
    They attacked Governor Musa"), armed violence in the sentence before a pronoun's attack,
    and a place, a building or a vehicle of a person's hit ("bombarded Senator Ole's
    hometown", ``[attacked_property_nouns]``)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _ATTACK_CARRIERS:
        heads = [o for o in token.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _ATTACK_NOUNS]
    elif (token.pos_ == "VERB" and lemma in _CAMPAIGN_ATTACKS) or (token.pos_ == "NOUN" and lemma in _ATTACK_NOUNS):
        heads = [token]
    else:
        return False
    if not heads or not _campaign_actor(actor):
        return False
    if actor.pos_ == "PRON" and _violent_scene_before(token):
        return False  # "Gunmen stormed a polling station. They attacked Governor Musa"
    if any(p.dep_ == "prep" and p.lower_ == "with" for h in (token, *heads) for p in h.children):
        return False  # "attacked him with a knife"
    targets = [t for h in heads for t in _attacked(h)]
    if token.dep_ == "relcl" and not targets:
        targets = [token.head]  # "Mr. Bush, whom he attacked": the relative's noun
    targets = [_antecedent(t) if t.tag_ in ("WP", "WDT") else t for t in targets]
    if not targets or not all(_attacked_person(t) for t in targets):
        return False
    sent = token.sent
    if not any(t.lemma_.lower() in _CAMPAIGN_SENTENCE for t in sent):
        return False
    return not bodily_violence(sent)


def taken_on(token: Token, actor: Token) -> Optional[tuple[str, Optional[str]]]:
    """"Castell took on Ms. Ole at the fair", "the mayor takes on Governor Poe", "took
    direct aim at Senator Roe", "took a swipe at the governor": taking on, or taking aim at
    (``[aim_taking_nouns]``), a person or a party by one who campaigns (``_campaign_actor``) is
    an attack in words, ACCUSE/disapprove; the parser's "took" is otherwise read as a seizure.
    Told in the base form ("demanding that they take him on", "vowed to take on Castell") it is
    only asked or meant: no event.
    Taking on anything else ("took on debt", "took on the role") is no event. An armed doer, a
    weapon, or blows told in the sentence ("a gunman took aim at the guard") are left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TAKING_ON:
        return None
    children = list(token.children)
    objects = [c for c in children if c.dep_ in ("dobj", "obj")]
    if any(c.dep_ == "prt" and c.lower_ == "on" for c in children):
        aimed = objects
    else:
        aims = [o for o in objects if o.lemma_.lower() in _AIM_NOUNS]
        if not aims:
            return None
        aimed = [g for h in (token, *aims) for p in h.children if p.dep_ == "prep" and p.lower_ == "at"
                 for g in p.children if g.dep_ == "pobj"]
    if not aimed:
        return None
    armed = (actor.lemma_.lower() in _ARMED_GROUPS or _armed_or_national(actor) or bodily_violence(token.sent)
             or any(p.dep_ == "prep" and p.lower_ == "with" for p in children))
    if armed:
        return None
    if _campaign_actor(actor) and all(_attacked_person(a) or a.lemma_.lower() in _PROTESTERS for a in aimed):
        # "demanding that they take him on", "to take on Clinton": asked or meant, not done
        return NO_EVENT if token.tag_ == "VB" else ("ACCUSE", "disapprove")
    if any(c.dep_ == "prt" for c in children) and not any(a.ent_type_ or a.pos_ in ("PROPN", "PRON") for a in aimed):
        return NO_EVENT  # "took on debt", "took on a bigger role"
    return None


def contest_prize(token: Token) -> bool:
    """"He captured the delegates in Ohio", "swept the primaries", "clinched the nomination",
    "Her slate was ... swept by Poe 21 delegates to two": a verb of taking or sweeping
    (``[prize_taking_verbs]``) whose object, passive subject or count is what a contest gives
    or counts (``[contest_prizes]``, ``[contest_words]``: delegates, the nomination, a campaign
    swept) is a result at the polls, whatever type the verb has (a seizure, a police sweep). A
    town, a base or people taken are left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PRIZE_TAKING:
        return False
    taken = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    taken += [g for t in taken for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "most of the delegates"
    # "swept by Poe 21 delegates to two": the count set beside the winner
    taken += [a for p in token.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"
              for a in g.children if a.dep_ == "appos"]
    if token.dep_ in ("acl", "relcl", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "Her bid was routed in Tarvia, swept by Poe": what the clause is on
        taken += [token.head, *(c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(t.lemma_.lower() in _PRIZES and t.ent_type_ in ("", "CARDINAL") for t in taken)


def march_to_goal(token: Token) -> bool:
    """"She is marching toward November", "marched on to the nomination": a march "to" or
    "toward" a time (a date's name) or a contest's prize (``[march_goals]``) is a campaign's
    progress, no protest march."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "march":
        return False
    goals = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards")
             for g in p.children if g.dep_ == "pobj"]
    return any(g.ent_type_ == "DATE" or g.lemma_.lower() in _MARCH_GOALS for g in goals)



# the types whose realised act between two named political parties vouches for itself (``realised_dyad``)
_REALISED_DYAD_TYPES = data.words("plover_codes.txt", "realised_dyad_types")
_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def verb_acts_on(verb: Token, target: Token) -> bool:
    """"expelled the Zorbian ambassador", "expelled the consul and the ambassador": the target is
    the verb's own object (or the subject of its passive), headed by the party itself. A party in a
    prepositional phrase ("forced a smile at the prime minister", "cut his visit to the
    parliament short") or owning the thing acted on ("suspended his speech for the minister's
    arrival", "suspended the embassy's visa service") is not what the verb acts on."""
    while target.dep_ == "conj" and target.head.i != target.i:
        target = target.head
    return target.head.i == verb.i and target.dep_ in ("dobj", "obj", "nsubjpass")


def realised_dyad(token: Token, kind: str, flags: dict[str, bool], in_statement: bool, actor_named: bool,
                  target: Optional[Token], target_coded: bool, target_state: bool) -> bool:
    """"Jakarta forced the aid agency out of the country", "the government expelled the ambassador":
    a concrete act (``[realised_dyad_types]`` of ``plover_codes.txt``: sanctions, coercion,
    concessions, attacks) told as done, by the verb's own subject on a target, both named as
    political actors by their own words, is an event whatever the event gate makes of its verb (the
    gate weighs the verbs of general news, where "forced" and "suspended" are mostly no act on
    anyone). The actor is named so when its words give it a country, an organisation's code or a
    state's sector (``actor_named``, ``gate.party_features``); the target when it is a state's body
    (``target_state``: "parliament", "the ambassador") or a name (``_PARTY_ENTITIES``) its words
    give a country or a code (``target_coded``), not a thing a place's name is part of ("withheld a
    key Benghazi email"). Only a main verb (the sentence's root or one joined to it) in the simple
    past or the perfect, active, not negated, not hypothetical, not of one to come and not inside
    what someone said; people let go are ``freed_captives``' to judge. The target must be what the
    verb acts on (``verb_acts_on``): "forced a smile at the prime minister", "suspended flights to
    Zorbia's capital" act on a smile and flights, not on the party named beside them."""
    if kind not in _REALISED_DYAD_TYPES or not actor_named or in_statement or target is None:
        return False
    if not verb_acts_on(token, target):
        return False
    if not (target_state or (target_coded and target.ent_type_ in _PARTY_ENTITIES)):
        return False
    if flags["negated"] or flags["hypothetical"] or flags["future"]:
        return False
    if token.pos_ != "VERB" or token.dep_ not in ("ROOT", "conj"):
        return False
    if token.dep_ == "conj" and token.head.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in token.children}
    if deps & {"auxpass", "nsubjpass", "mark"} or "nsubj" not in deps:
        return False
    aux = [c for c in token.children if c.dep_ == "aux"]
    if token.tag_ == "VBD":
        return not aux
    return token.tag_ == "VBN" and bool(aux) and all(a.lemma_.lower() == "have" for a in aux)
