"""Checks of a coded event's parties and sense, read once its trigger, actor and target are chosen
(``coder.find_events`` asks each): a stance disowned, a suspicion naming no one, the one an
allegation accuses, an occasion "held", a post holder fired, claims repeated, a situation or the
place of an address as actor, a time as target, the country of one arrested; and news with no
political act at all (``no_political_act``): a storm, a disease, an animal, a crash, a game, a
biography, a candidacy, a vote, a celebration, a paper issued, an act only aimed at or asked about.

Each is a small rule on the parse, true of news English; words are in ``data/event_words.txt``.
"""
from __future__ import annotations

from typing import Optional

import courlan
from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.events.phrases import _actor_head, _named
from onrecord.extract.events.tables import Tables
from onrecord.extract.events.verbal import STATEMENT_NOUNS, VERBAL, names_actor_alone
from onrecord.extract.speakers.words import PERSON_NOUNS, PERSON_PRONOUNS, ROLE_WORDS

_WORDS = "event_words.txt"
_DISOWNED = data.words(_WORDS, "disowned_stance_verbs")
_ALLEGATIONS = data.words(_WORDS, "allegation_verbs")
_SUSPICIONS = data.words(_WORDS, "suspicion_verbs")
_OCCASIONS = data.words(_WORDS, "occasion_nouns")
_HELD_STATES = data.words(_WORDS, "held_states")
_ABSTRACT_ACTORS = data.words(_WORDS, "abstract_actor_nouns")
DISMISSALS = data.words(_WORDS, "dismissal_verbs")  # read by the coder too
_POST_HOLDERS = data.words(_WORDS, "post_holders")
_MATCHES = data.words(_WORDS, "match_nouns")
_MEETINGS = frozenset({"face", "meet", "play"})
_RESUMPTIONS = data.words(_WORDS, "resumption_verbs")
_PERSONAL = frozenset({"he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "us", "me"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG"})
_TIME_ENTS = frozenset({"TIME", "DATE"})
HAZARDS = data.words(_WORDS, "hazard_nouns")  # read by the coder too
VEHICLES = data.words(_WORDS, "vehicle_nouns")  # read by the coder too
COLLISIONS = data.words(_WORDS, "collision_verbs")  # read by the coder too
_ANIMALS = data.words(_WORDS, "animal_nouns")
_SCHOOLS = data.words(_WORDS, "school_nouns")
_SCHOOLING = data.words(_WORDS, "schooling_verbs")
_HONOURS = data.words(_WORDS, "honour_nouns")
_RECEIVING = data.words(_WORDS, "receiving_verbs")
_CANDIDACIES = data.words(_WORDS, "candidacy_verbs")
_SOUGHT_POSTS = data.words(_WORDS, "sought_posts")
_CELEBRATED = data.words(_WORDS, "celebrated_nouns")
_CELEBRATING = data.words(_WORDS, "celebration_verbs")
_PAPERS = data.words(_WORDS, "issued_papers")
_REASONS = data.words(_WORDS, "reason_verbs")
_SERVED = data.words(_WORDS, "served_posts") | _POST_HOLDERS
MEDIATING_ROLES = data.words(_WORDS, "mediating_roles")  # read by the coder too
_MINDS = data.words(_WORDS, "state_of_mind_verbs")
_FIRES = data.words(_WORDS, "fire_nouns")  # set, opened or fought: "opened fire"
_OBJECTS = ("dobj", "obj")
_GAMES = _MATCHES - {"stadium", "arena"}  # what is played, not where
_SHOWN_FEELINGS = data.words(_WORDS, "feeling_shown_verbs")
_REQUIREMENTS = data.words(_WORDS, "requirement_modals")
_CONDITIONS = data.words(_WORDS, "condition_marks")
_EXPRESSED_STATES = data.words(_WORDS, "expressed_states")
_ASPECTS = data.words(_WORDS, "aspect_verbs")
_ATTEMPTS = data.words(_WORDS, "attempt_verbs")
_BEGUN_OR_TRIED = _ASPECTS | _ATTEMPTS  # the verbs whose act is coded on the verb they govern
_CARE_PLACES = data.words(_WORDS, "care_places")
_AILING = data.words(_WORDS, "ailing_words")
_CARED_FOR = data.words(_WORDS, "cared_for_nouns")
_HOSTLESS_PLACES = data.words(_WORDS, "hostless_places")
_CARRYING = data.words(_WORDS, "carrying_verbs")
_AIMS = data.words(_WORDS, "aim_nouns")
_ALERTS = data.words(_WORDS, "alert_nouns")
_HAZARD_ALERTS = data.words(_WORDS, "hazard_alert_nouns")
_WEATHER = data.words(_WORDS, "weather_words") | HAZARDS
_PLACING = data.words(_WORDS, "placing_verbs")
_FORMER = data.words(_WORDS, "former_aim_modifiers")
_AIM_POSSESSIVES = data.words(_WORDS, "aim_possessives")
_PARTY_CONTESTS = data.words(_WORDS, "party_contests")
_PERSON_WORDS = PERSON_NOUNS | ROLE_WORDS | PERSON_PRONOUNS  # "the senator", "she": a person
_PROTESTERS = data.words(_WORDS, "protester_nouns") | frozenset(data.mapping(_WORDS, "protest_nouns"))
_PROTEST_ACTS = frozenset(data.mapping(_WORDS, "protest_nouns")) | data.words(_WORDS, "protest_gatherings")
_ASKED_OF = (data.words(_WORDS, "asking_verbs") | data.words(_WORDS, "exhortation_verbs")
             | data.words(_WORDS, "inviting_verbs"))
_SHOWING = data.words(_WORDS, "showing_verbs")
_SHOWN_STANCES = data.words(_WORDS, "shown_stances")  # "demonstrated their anger": a protest
_CROWD_COUNTS = data.words(_WORDS, "crowd_counts")
_SITE_PREPS = data.words(_WORDS, "protest_site_prepositions")
_OWN_POSSESSIVES = data.words(_WORDS, "own_possessives")
_BUILDING = data.words(_WORDS, "building_verbs")
_ORDERS = data.words(_WORDS, "order_verbs")
_WORKS = data.words(_WORDS, "works_nouns")
_ARMS_MARKS = (data.words(_WORDS, "arms_marks") | data.words(_WORDS, "armed_words")
               | data.words(_WORDS, "munition_nouns"))
TROOPS = data.words(_WORDS, "troop_nouns")  # read by the coder too
_RIVALLING = data.words(_WORDS, "rivalling_verbs")  # "taking on", "running against"
_RIVAL_MARKS = data.words(_WORDS, "electoral_rival_marks")
_ELECTORAL = data.words(_WORDS, "electoral_contests")
_FOLLOWERS = data.words(_WORDS, "rallied_followers")
_CAMPAIGN_ARTICLE = data.words(_WORDS, "campaign_article_words")
_FORCE_DOERS = data.words(_WORDS, "force_doer_nouns") | data.words(_WORDS, "troop_nouns")
GATHERING_VERBS = data.words(_WORDS, "gathering_verbs")  # read by the coder too
_CANDIDATE_PRONOUNS = data.words(_WORDS, "candidate_pronouns")
_CANDIDATE_POSSESSIVES = data.words(_WORDS, "candidate_possessives")
_WISHING_MODALS = data.words(_WORDS, "wishing_modals")
_PREFERRING = data.words(_WORDS, "preferring_verbs")
_HABITUAL = data.words(_WORDS, "habitual_adverbs")
_TIME_MARKS = data.words(_WORDS, "time_clause_marks")
_STATE_SECTORS = frozenset({"GOV", "LEG", "MIL"})  # who speak for their state (``own_country_demand``)
_UNREALISED_MODALS = data.words(_WORDS, "unrealised_modals")
_STANDARDS = data.words(_WORDS, "standard_nouns")
_CONTESTS_LEFT = data.words(_WORDS, "contests_left") | _SOUGHT_POSTS | _PARTY_CONTESTS
_CONTEST_LEAVING = data.words(_WORDS, "contest_leaving_verbs")
_CANDIDACY_HALTING = data.words(_WORDS, "candidacy_halting_verbs")
_ACTIVITY_HALTING = data.words(_WORDS, "activity_halting_verbs")
_OWN_ACTIVITIES = data.words(_WORDS, "own_activity_nouns")
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})  # a party a halt may be aimed at
_PARTNER_PREPS = frozenset({"with", "against"})  # "its work with the government": a party, named or not
_HALTED_CANDIDACIES = data.words(_WORDS, "halted_candidacies")
_LIKINGS = data.words(_WORDS, "liking_verbs")
_LEAD_MEASURES = data.words(_WORDS, "lead_measures")
_FIGHTING = data.words(_WORDS, "fighting_verbs")
_DRIVERS = data.words(_WORDS, "vehicle_drivers") | VEHICLES
_STANDING = data.words(_WORDS, "standing_adverbs")
COURTS = data.words(_WORDS, "court_nouns")  # read by the coder too
_HAZARD_NAMES_KEY = "onrecord.events.hazard_names"  # Doc.user_data: the names of storms and diseases, read once
_NAMED_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # spaCy's labels of names that act
_OCCASION_ACTORS = data.words(_WORDS, "occasion_actor_nouns")
_CONTEST_WINS = data.words(_WORDS, "contest_win_verbs")
_RIVALS = data.words(_WORDS, "rival_nouns")
_CAMPAIGN_WORDS = data.words(_WORDS, "campaign_words")
TRIP_VERBS = data.words(_WORDS, "trip_verbs")  # read by the coder too (``parties.met_on_trip``)
_TRIP_MAKING = data.words(_WORDS, "trip_making_verbs")
_TRIP_NOUNS = data.words(_WORDS, "trip_nouns")
LOCAL_TRIP_PLACES = data.words(_WORDS, "local_trip_places")
_TRIP_PLACES = data.words(_WORDS, "trip_places") | LOCAL_TRIP_PLACES
TALK_NOUNS = data.words(_WORDS, "talk_nouns")  # read by the coder too
MEETING_VERBS = data.words(_WORDS, "meeting_verbs")  # read by the coder too
_TALKING = MEETING_VERBS | frozenset({"discuss", "negotiate"})
_TOPIC_TALK = data.words(_WORDS, "topic_talk_verbs")
_PLACE_NAMES = frozenset({"GPE", "LOC", "FAC"})
_ELECTORATE = data.words(_WORDS, "electorate_nouns")
_SHARES = data.words(_WORDS, "electorate_shares")  # "34% of voters" (``counted_electorate``)
_POLL_PERCENTS = data.words(_WORDS, "poll_percents")  # "31 percent of voters" (``polled_share``)
_POLLS = data.words(_WORDS, "poll_words")
_POLL_LINKS = data.words(_WORDS, "poll_links")  # "according to a poll" (``_poll_over``)
_BALLOTS = data.words(_WORDS, "ballot_nouns")
_ELECTORATE_STANCES = frozenset({"SUPPORT", "AGREE", "ACCUSE", "CONSULT", "AID"})  # no act of an electorate


def disowned_stance(token: Token, kind: str, target: Optional[Token]) -> bool:
    """"He said he did not support those things", "did not back the policies": a position verb
    negated with no actor as target states a view, not a refusal of any actor's request; the
    coder turns a negated verb of cooperation into REJECT, which needs someone refused."""
    return (kind == "REJECT" and target is None and token.lemma_.lower() in _DISOWNED
            and any(c.dep_ == "neg" for c in token.children))


def unaimed_allegation(token: Token, kind: str, target: Optional[Token]) -> bool:
    """"The man was suspected to have the virus": a suspicion that names no one accused tells of
    an illness or a guess, no accusation of an actor (PLOVER's ACCUSE is aimed at someone). An
    allegation with no accused named ("alleged he was poisoned") is left alone: the hand labels
    count it an accusation by an unnamed target."""
    return kind == "ACCUSE" and target is None and token.lemma_.lower() in _SUSPICIONS


def alleged_party(token: Token, kind: str, tables: Tables) -> Optional[Token]:
    """"Hotak alleged the central government are hiding the figures": the one an allegation
    accuses is the doer of the act alleged, the subject of its clause, when that subject names
    an actor itself. A pronoun is left alone ("alleged he drank poisoned tea": the victim), as is
    the subject of a passive clause ("alleged Navalny was poisoned": done to him), and a clause
    opened by a word other than "that" ("After the reporter asked whether ..., Trump alleged the
    media ...": when, not what was alleged, though the parse may hang it on the verb)."""
    if kind != "ACCUSE" or token.lemma_.lower() not in _ALLEGATIONS:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in _PERSONAL and names_actor_alone(subject, tables):
            return subject
    return None


def continued_saying(token: Token) -> bool:
    """"Trump continued his claims about postal voting", "repeated the allegation": going on with
    a statement is saying it again; PLOVER drops statements."""
    return token.lemma_.lower() in _RESUMPTIONS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STATEMENT_NOUNS for c in token.children)


def dismissed_holder(token: Token, kind: str) -> bool:
    """"Called for CNN to fire Lockhart", "the club sacked its coach": firing a named person or
    the holder of a post lets them go from a job, no force (the model reads "fire" as ASSAULT);
    firing shots, rockets or at someone is left alone."""
    if kind != "ASSAULT" or token.lemma_.lower() not in DISMISSALS or token.pos_ != "VERB":
        return False
    aimed = [p for p in token.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "upon", "into")]
    if any(o.ent_type_ not in _TIME_ENTS for p in aimed for o in p.children if o.dep_ == "pobj"):
        return False  # "fired on the protesters" (not "on Monday")
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(o.ent_type_ == "PERSON" or (o.pos_ == "PROPN" and o.ent_type_ in ("", "ORG"))
               or o.lemma_.lower() in _POST_HOLDERS for o in objects)


def own_country_demand(kind: str, target: Optional[Token], actor_country: Optional[str],
                       target_country: Optional[str], actor_sector: Optional[str] = None,
                       actor: Optional[Token] = None) -> bool:
    """"Premier Roe said Vetland must do more to stop the floods", "Minister Poe, who
    thinks Vetland and its neighbours ought to share the dam's water": a "must"/"should" clause whose
    subject is the speaker's own country by name, said by one who speaks for that state (a
    government, a legislature or an army: ``_STATE_SECTORS``; or the country itself), tells the
    speaker's view of their country's policy, a position, no demand made of another actor
    (PLOVER's REQUEST is asked of someone; it drops statements). A demand of another country
    ("Roe said Vetland must withdraw"), one of a person or body at home ("said the governor must
    resign") and one made of the state by those outside it ("opposition leader Poe said Vetland
    must free the reporters", a rights group's) are left alone; so is one of the own country
    joined to a foreign one ("Vetland and Tarvia must reopen the border": ``demand_partner``)."""
    if not (kind == "REQUEST" and target is not None and target.ent_type_ == "GPE"
            and actor_country is not None and target_country == actor_country):
        return False
    if actor is not None and actor.ent_type_ == "GPE" and not actor_sector:
        return True  # "Vetland said Vetland must act"
    return (actor_sector or "")[:3] in _STATE_SECTORS


def demand_partner(target: Token) -> Optional[Token]:
    """A country joined by "and" to the own country a demand names ("Vetland and Tarvia must reopen
    the border", "Tarvia and Vetland"): the demand is made of that foreign one too."""
    heads = [target, *(c for c in target.children if c.dep_ == "conj")]
    if target.dep_ == "conj":
        heads.append(target.head)
    return next((h for h in heads if h.i != target.i and h.ent_type_ == "GPE"), None)


def custody_country(kind: str, mode: Optional[str], actor_country: Optional[str]) -> Optional[str]:
    """The country of one taken into custody whose own country the article does not give: the
    arresting actor's ("Thames Valley Police arrested a 66-year-old man": a man in England), as
    police hold people where they work; None when the actor has no country code (an IGO, an NGO)
    or the event is no arrest."""
    if kind != "COERCE" or mode != "arrest" or not actor_country or len(actor_country) != 3 \
            or actor_country in ("IGO", "NGO", "MNC", "IMG", "UNK"):
        return None
    return actor_country


def played_match(token: Token, kind: str) -> bool:
    """"In the first game of the day, Sweden faced South Korea at the stadium", "Tunisia faced
    England at the Arena" (the coder asks it only of a sentence about a game): two sides that
    face or meet each other there play, no consultation between actors (news of sports reports no
    PLOVER event); "the presidents met at the stadium in Kigali" is a meeting."""
    if kind != "CONSULT" or token.lemma_.lower() not in _MEETINGS:
        return False
    places = [g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _MATCHES for g in places)


def held_occasion(token: Token, kind: str) -> bool:
    """"A military funeral was held for Mubarak", "talks were held in Doha": "held" of an
    occasion is its taking place, not anyone held in custody; the model reads "held" as
    COERCE/arrest. So is holding a feeling, a view or a post ("holds little hope", "held the seat";
    ``[held_states]``)."""
    if kind != "COERCE" or token.lemma_.lower() != "hold":
        return False
    held = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":
        held.append(token.head)  # "the rally held on Sunday"
    return any(h.lemma_.lower() in _OCCASIONS or h.lemma_.lower() in _HELD_STATES for h in held)


def abstract_actor(actor: Token) -> bool:
    """"Any acts that threaten the country's sovereignty", "the amount of positive feedback
    helped": a situation, an act or an amount is the verb's grammatical subject but does nothing
    itself; PLOVER's actors are people, groups, bodies and countries. A named one ("the Issue
    Committee") is left alone. A conflict that "erupted into violence" is left to the model: the
    violence is real though its actors are not named there."""
    return actor.lemma_.lower() in _ABSTRACT_ACTORS and actor.ent_type_ == "" and actor.pos_ == "NOUN"


def address_place(actor: Token) -> bool:
    """"Arnav Gupta of Bethesda, Maryland, set himself on fire", "X of the University of
    California, Los Angeles disagreed": a place named after a comma behind another place or body
    is part of an address (a state after its town, a campus after its university), not who
    acted. Lists of countries ("Iran, Syria and Iraq") are left alone."""
    if actor.ent_type_ != "GPE" or actor.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in actor.children):
        return False
    start = min((t.i for t in actor.subtree), default=actor.i)
    doc = actor.doc
    if start < 2 or doc[start - 1].text != ",":
        return False
    before = doc[start - 2]
    if before.ent_type_ not in _PLACE_ENTS or before.pos_ != "PROPN":
        return False
    while before.dep_ == "compound" and before.head.i != before.i:
        before = before.head
    if not (before.dep_ == "pobj" and before.head.head.pos_ not in ("VERB", "AUX")):
        return False  # "In Washington, the United States accused ...": a scene set, no address
    after = doc[actor.i + 1] if actor.i + 1 < len(doc) else None
    return not (after is not None and after.dep_ == "cc")  # "Iran, Syria and Iraq"


def time_target(target: Optional[Token]) -> bool:
    """"At around 12:20 p.m. ... set himself on fire": a time or a date is when the act was done,
    never whom it was done to."""
    return target is not None and target.ent_type_ in _TIME_ENTS


def no_political_act(token: Token, kind: str, actor: Token, outlet: Optional[str] = None) -> bool:
    """Whether the verb reports something other than an act between political actors, whatever
    type the model reads in it: harm by a named storm or a disease told as "it"
    (``hazard_actor``), a fight with a disease (``hazard_target``), an animal's doing
    (``animal_doer``), harm that follows a crash (``crash_aftermath``), play in a game
    (``game_play``), schooling (``schooling``), a distinction or a vote count received
    (``honour_received``), a candidacy (``candidacy``), one's own work halted
    (``halted_own_activity``) or a rival for office (``electoral_rival``), a
    politician's own rally (``own_rally``),
    a vote (``vote``), a day celebrated (``celebration``), a ruling or a report issued
    (``issued_paper``), a post served in (``service``), a retirement (``retirement``), a court's
    ruling (``court_ruling``), a source cited (``according_to``), a wish or a lesson learned
    (``state_of_mind``), a feeling shown (``feeling_shown``) or a state expressed
    (``expressed_state``), a start of an act coded on its own verb (``aspect_verb``), a lead in
    the polls or a cause (``lead_not_led``), the outlet's own newsgathering (``newsgathering``), a
    festival or a show as actor (``occasion_actor``), a standing state (``standing_state``), one
    carried to hospital (``taken_for_care``), a retreat from one's own aim (``abandoned_aim``), a
    place put under a storm warning (``alert_issued``), a requirement met (``met_standard``), an
    act one likes doing (``liked_act``), a win over a rival at the polls (``won_over_rival``), the
    stance of voters or of those a poll asked (``electorate_actor``), an act done as a habit
    (``habitual_act``), support told as a standing relation (``standing_backing``); and
    acts not reported as done: an act in a time clause of one to come (``future_time_clause``),
    a purpose (``purpose_clause``), a question (``embedded_question``,
    ``direct_question``),
    a requirement, a possibility or a condition (``modal_act``, ``conditional_clause``), an act
    asked of someone (``asked_act``); a start of no protest read as one (``begun_without_protest``),
    a quality shown read as a protest (``shown_quality``), a works built read as arms
    (``civil_works``). PLOVER codes acts of governments,
    groups, bodies and people in public life on one another; news of weather, sport, careers and campaigns is none."""
    return (hazard_actor(actor) or hazard_target(token) or animal_doer(token, actor) or crash_aftermath(token)
            or game_play(token, kind) or schooling(token) or honour_received(token) or candidacy(token)
            or halted_own_activity(token)
            or electoral_rival(token) or own_rally(token, kind, actor) or vote(token) or celebration(token)
            or issued_paper(token) or direct_question(token)
            or according_to(token) or service(token) or retirement(token) or court_ruling(token)
            or state_of_mind(token) or purpose_clause(token) or embedded_question(token)
            or feeling_shown(token) or modal_act(token, kind) or standing_state(token, kind)
            or expressed_state(token) or aspect_verb(token) or lead_not_led(token)
            or newsgathering(actor, outlet) or occasion_actor(actor) or taken_for_care(token)
            or abandoned_aim(token, kind) or alert_issued(token) or met_standard(token)
            or liked_act(token) or won_over_rival(token) or rallied_followers(token)
            or electorate_actor(kind, actor, token) or care_visit(token, kind) or asked_act(token)
            or begun_without_protest(token, kind) or shown_quality(token, kind) or civil_works(token, kind)
            or habitual_act(token) or future_time_clause(token) or standing_backing(token, kind))


def _acted_on(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """What a verb acts on: its objects, then the objects of its prepositions ``preps``
    ("studied at the institute", "fought against the virus")."""
    return [c for c in verb.children if c.dep_ in _OBJECTS] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _is_hazard(word: Token) -> bool:
    return word.lemma_.lower() in HAZARDS or word.lower_ in HAZARDS


def _hazard_names(doc: Doc) -> set[str]:
    """The names the article gives a storm or a disease ("Typhoon Phanfone": "phanfone"): a
    proper noun next to a hazard noun that is part of the same name. Read once per Doc."""
    known: Optional[set[str]] = doc.user_data.get(_HAZARD_NAMES_KEY)
    if known is not None:
        return known
    names: set[str] = set()
    doc.user_data[_HAZARD_NAMES_KEY] = names
    for i in doc_index.positions_of_dep(doc, "compound"):
        t = doc[i]
        # a hazard word compounded to a proper noun: "Typhoon" of "Typhoon Phanfone" (read from
        # the hazard word's side only: a proper noun with such a child is the same pair)
        if _is_hazard(t) and t.head.pos_ == "PROPN":
            names.add(t.head.lower_)
    return names


def _last_subject(pronoun: Token) -> Optional[Token]:
    """The subject of the sentence before a pronoun's own ("The virus first appeared in Wuhan.
    Officials said it has killed three": the virus), the noun "it" most likely stands for."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    return next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                 and t.pos_ in ("NOUN", "PROPN")), None)


def hazard_actor(actor: Token) -> bool:
    """"Phanfone impacted the islands. It also blocked roads", "The SARS-like virus appeared in
    Wuhan. Officials said it has killed three": a storm the article has named ("Typhoon
    Phanfone") or a disease, called by its bare name or by "it", harms by no one's will
    (``non_events.natural_cause`` reads the hazard word itself). "It" standing for a country or a
    group is left alone."""
    if actor.pos_ != "PROPN" and actor.lower_ != "it":
        return False
    names = _hazard_names(actor.doc)
    if actor.pos_ == "PROPN" and actor.lower_ in names:
        return True
    if actor.lower_ != "it":
        return False
    subject = _last_subject(actor)
    return subject is not None and (_is_hazard(subject) or subject.lower_ in names)


def _doer(token: Token) -> Optional[Token]:
    """The noun whose act a verb reports when it has no subject of its own: the noun a clause
    describes ("rats not wanting to hurt others": the rats), or the subject of the verb it
    depends on ("the bear tried to attack")."""
    verb = token
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    return verb.head if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" else None


def animal_doer(token: Token, actor: Token) -> bool:
    """"Rats not wanting to hurt other members of the same species", "the dog bit a postman": an
    animal does no act between political actors; a common noun only (not "the Tamil Tigers")."""
    doers: list[Optional[Token]] = [actor]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        doers.append(_doer(token))
    return any(d is not None and d.pos_ == "NOUN" and d.ent_type_ == "" and d.lemma_.lower() in _ANIMALS
               for d in doers)


def crash_aftermath(token: Token) -> bool:
    """"The driver struck a group of motorcycles, killing seven riders": the harm a crash did,
    told in a clause on the verb of the collision whose object is a vehicle and whose subject is
    a vehicle or its driver, is no one's will (``non_events.unwilled_harm`` drops the collision
    itself); "a missile struck a bus, killing 20" is an attack."""
    head = token.head
    if token.dep_ not in ("advcl", "conj") or head.lemma_.lower() not in COLLISIONS:
        return False
    doer = head.head if head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children) else head
    subjects = [c for c in doer.children if c.dep_ == "nsubj"]  # "a truck crossed the road and struck"
    driving = doer is not head and any(c.dep_ in _OBJECTS and c.lemma_.lower() in VEHICLES for c in doer.children)
    if subjects and not driving and not any(c.lemma_.lower() in _DRIVERS for c in subjects):
        return False  # "was driving a pickup truck and struck": the one driving
    objects = [c for c in head.children if c.dep_ in _OBJECTS]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "a group of motorcycles"
    return any(o.lemma_.lower() in VEHICLES for o in objects)


def game_play(token: Token, kind: str) -> bool:
    """"Belgium started the game with attacking style": a verb of force in a clause whose verb
    plays a game or a match (its object) is play, no assault (news of sports reports no PLOVER
    event); "war games" are left alone, and so is force at a stadium ("attacked fans at the
    stadium")."""
    if kind not in ("ASSAULT", "COERCE", "THREATEN"):
        return False
    for verb in (token, *token.ancestors):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        things = [c for c in verb.children if c.dep_ in _OBJECTS]  # the game played, not where
        if any(t.lemma_.lower() in _GAMES and t.ent_type_ == "" and not any(
                c.lower_ == "war" for c in t.children) for t in things):
            return True
    return False


def schooling(token: Token) -> bool:
    """"She met him while studying at the Institute of Technology", "he attended law school":
    studying, teaching or enrolling at a school is a biography, no inquiry or visit between
    actors."""
    if token.lemma_.lower() not in _SCHOOLING:
        return False
    return any(p.lemma_.lower() in _SCHOOLS for p in _acted_on(token, ("at", "in", "from")))


def honour_received(token: Token) -> bool:
    """"He received the "Hero of the Soviet Union", the country's highest honor", "received 400
    votes", "received treatment at the clinic": a distinction, a vote count or care received is
    no aid, visit or support between actors."""
    if token.lemma_.lower() not in _RECEIVING or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    # the object or what an apposition calls it ("the Order of Merit, the highest honour")
    return any(w.lemma_.lower() in _HONOURS for o in objects
               for w in (o, *(a for a in o.subtree if a.dep_ == "appos")))


def halted_candidacy(token: Token) -> bool:
    """"They will suspend their campaigns", "Smith ended his bid": halting one's own campaign,
    bid or candidacy (the object owned by "his", "their", ...) ends a contest, no sanction,
    threat or retreat before anyone. Another's ("suspended the group's campaign of attacks",
    "ended the bombing campaign") is not read here."""
    if token.lemma_.lower() not in _CANDIDACY_HALTING or token.pos_ != "VERB":
        return False
    return any(o.lemma_.lower() in _HALTED_CANDIDACIES
               and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children)
               for o in token.children if o.dep_ in _OBJECTS)


def halted_own_activity(token: Token) -> bool:
    """"The league suspended its season due to the virus", "the band cancelled their tour":
    halting one's own work (``[activity_halting_verbs]`` with an object of
    ``[own_activity_nouns]`` owned by "its", "their", ...) stops what the actor does itself, no
    sanction nor retreat before anyone. Halting it in, to or with a named other party
    ("suspended its flights to China", "halted its operations in Russia"), with or against any
    party, named or not ("suspended its work with the government", "ended its operation against
    the rebels"), and halting another's ("suspended the league's season") are left to the model."""
    if token.lemma_.lower() not in _ACTIVITY_HALTING or token.pos_ != "VERB":
        return False
    own = [o for o in token.children if o.dep_ in _OBJECTS and o.lemma_.lower() in _OWN_ACTIVITIES
           and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children)]
    if not own:
        return False
    # a party it is halted in, to or with: possibly a measure against it
    preps = [p for w in (token, *own) for p in w.children if p.dep_ == "prep" and p.lower_ != "due"]
    return not any(g.ent_type_ in _PARTY_ENTS or p.lower_ in _PARTNER_PREPS
                   for p in preps for g in p.children if g.dep_ == "pobj")


def candidacy(token: Token) -> bool:
    """"Johnson competed for the role against Jeremy Hunt", "she ran for governor", "sought the
    presidential nomination": standing for a post or a prize is a contest, no accusation,
    request or force between actors; and so is leaving it ("withdrew her name from
    consideration", "dropped out of the race"), no retreat before anyone. Out of an election or
    a ballot (``[party_contests]``) only a person pulls as a candidate: "the opposition pulled
    out of the election" is a boycott, left to the model."""
    if halted_candidacy(token):
        return True
    if token.lemma_.lower() == "seek" and token.pos_ == "VERB":
        return any(o.lemma_.lower() in _SOUGHT_POSTS for o in token.children if o.dep_ in _OBJECTS)
    if token.lemma_.lower() in _CONTEST_LEAVING and token.pos_ == "VERB":
        # "withdrew her name from consideration", "dropped out of the race": a candidacy ended
        # "from" on the verb, or "of" on its "out" (a particle or, in the parse, a preposition)
        holders = [token, *(c for c in token.children if c.lower_ == "out")]
        left = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                for g in p.children if g.dep_ == "pobj"]
        return any(g.lemma_.lower() in _CONTESTS_LEFT
                   and (g.lemma_.lower() not in _PARTY_CONTESTS or _person_subject(token)) for g in left)
    if token.lemma_.lower() not in _CANDIDACIES or token.pos_ != "VERB":
        return False
    if any(c.dep_ in _OBJECTS for c in token.children):
        return False  # "ran the campaign", "runs the ministry"
    return any(c.dep_ == "prep" and c.lower_ in ("for", "against") for c in token.children)


def electoral_rival(token: Token) -> bool:
    """"She will be challenging incumbent Rep. John Culberson", "who is battling Rep. Joe Heck in
    Nevada for the seat", "will now face Democrat Ryan Greene in November": standing against a
    rival for office is a contest (``candidacy``), no accusation, assault or meeting. The rival
    is a person marked as one who holds or seeks an office ("incumbent", "Rep.", "Sen.", a party:
    ``[electoral_rival_marks]``) or the verb's own "for" or "in" names the contest ("for the
    seat", "in the race"; ``[electoral_contests]``): an election elsewhere in the sentence ("fought
    Hamas in Gaza ahead of the election") makes no fight a contest. A challenge "on" or "over"
    something is a reproach, and one "to" do something ("challenged Rep. Jones to release his
    tax returns") a demand: both are left alone."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _RIVALLING:
        return False
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return False  # "challenged him to release his returns": a demand
    if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in children):
        return False
    rivals = [c for c in children if c.dep_ in _OBJECTS]
    if any(c.dep_ == "prep" and c.lower_ in ("on", "over", "about") for h in (token, *rivals) for c in h.children):
        return False  # "challenged Sanders on health care": a reproach
    rivals += [g for p in children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children
               if g.dep_ == "pobj"]
    rivals = [r for r in rivals if r.ent_type_ == "PERSON" or r.pos_ == "PROPN"]
    if not rivals:
        return False
    if any(t.lower_ in _RIVAL_MARKS for r in rivals for t in r.subtree):
        return True
    return any(g.lemma_.lower() in _ELECTORAL for p in children if p.dep_ == "prep" and p.lower_ in ("for", "in")
               for g in p.children if g.dep_ == "pobj")


def _person_subject(token: Token) -> bool:
    """Whether the subject of ``token`` is a person: a person's name or a noun of one ("the
    senator", "the candidate", "she"; ``PERSON_NOUNS``, ``ROLE_WORDS``, ``PERSON_PRONOUNS``)."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _PERSON_WORDS


def own_rally(token: Token, kind: str, actor: Token) -> bool:
    """"Trump held his first indoor rally in three months": one person holding a rally or an event
    holds a campaign meeting; PLOVER's PROTEST is a collective action of civilians ("protesters
    held a rally outside parliament" is left alone). So is the rally named with its holder
    ("at Clinton's Southern California rally"), and rallying around or behind someone ("donors
    who had rallied around Rubio"), which is support, no protest."""
    if kind != "PROTEST":
        return False
    if token.lemma_.lower() == "rally" and token.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ in ("around", "behind") for c in token.children)
    if campaign_stop(token, actor) or candidate_rally(token):
        return True
    if actor.ent_type_ != "PERSON" and actor.lower_ not in _CANDIDATE_PRONOUNS:
        return False
    if token.pos_ == "NOUN" and token.lemma_.lower() in _OCCASIONS:
        return actor.dep_ in ("poss", "compound") and actor.head.i == token.i  # "Clinton's rally"
    if token.lemma_.lower() not in ("hold", "host", "stage"):
        return False
    return any(o.lemma_.lower() in _OCCASIONS for o in token.children if o.dep_ in _OBJECTS)


def campaign_stop(token: Token, actor: Token) -> bool:
    """"Trump said it on Wednesday at a Florida rally", "punches were thrown at Trump rallies",
    "tickets to an Iowa rally", "after his rally in San Jose": a rally named by a name or a
    possessive on it ("Florida", "Trump", "his") that is where or when something else happened
    (the object of "at", "to", "after", ...) is a campaign stop, a venue, no protest reported; the
    coder would take the place or the name on it for the actor. A rally against or for something
    ("a Capitol Hill rally against the deal"), one people gathered or marched at ("thousands of
    people gathered at a Navalny rally"; ``[gathering_verbs]``), or in a sentence of protesters,
    is left alone: there the rally itself is the news. A protester only as the object of a verb
    ("during a Vance rally a supporter shoved a protester") is someone acted on at the stop, no
    sign of a protest (``_protesters_acting``)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "rally" or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in ("at", "to", "after", "before", "during", "from", "outside"):
        return False
    if prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in GATHERING_VERBS:
        return False  # "people gathered at a Navalny rally": the rally is what they did
    holder = actor.dep_ in ("poss", "compound") and actor.head.i == token.i and (
        actor.pos_ == "PROPN" or actor.lower_ in _CANDIDATE_POSSESSIVES)
    if not holder or any(c.dep_ == "prep" and c.lower_ in ("against", "for", "over") and c.i > token.i
                         for c in token.children):
        return False
    return not _protesters_acting(token.sent)


def candidate_rally(token: Token) -> bool:
    """"A man was arrested at one of Henley's rallies", "a plane flew above a Henley rally",
    "Henley's big rally drew a small crowd": a rally named by a person's name or a "his"/"her"
    on it, in an article about an election campaign (``[campaign_article_words]``: "candidate",
    "primary", "nomination"), is a candidate's campaign meeting, wherever it stands in the
    sentence; PLOVER's PROTEST is a collective action of civilians. ``campaign_stop`` reads such
    a rally only as the venue of something else; this reads it in any place. A rally against,
    for or over something ("Henley's rally against the dam"), one people gathered or marched at,
    one in a sentence of protesters or of police or troops ("police dispersed Henley's rally":
    a rally of the opposition met by force) and one named by a place ("an Ohio rally", not a
    person) are left alone."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "rally":
        return False
    holders = [c for c in token.children if c.dep_ in ("poss", "compound")]
    if not any(_person_word(h) or h.lower_ in _CANDIDATE_POSSESSIVES for h in holders):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "for", "over") for c in token.children):
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX") \
            and token.head.head.lemma_.lower() in GATHERING_VERBS:
        return False  # "thousands gathered at a Navalny rally"
    sent = token.sent
    if _protesters_acting(sent) or any(t.lemma_.lower() in _FORCE_DOERS for t in sent):
        return False
    return any(t.lemma_.lower() in _CAMPAIGN_ARTICLE for t in token.doc)


def _person_word(word: Token) -> bool:
    """A proper noun of a person: typed PERSON, or a word of a PERSON name the article gives
    elsewhere ("Trump" typed ORG, "a Henley rally" typed GPE, beside "Daniel Henley")."""
    if word.ent_type_ == "PERSON":
        return True
    if word.pos_ != "PROPN" or word.ent_type_ in ("FAC", "NORP"):
        return False
    return any(word.text in (t.text for t in e) for e in doc_index.ents_labelled(word.doc, "PERSON") if len(e) > 1)


def _protesters_acting(sent: Span) -> bool:
    """Whether a sentence names protesters other than as the object of a verb: "protesters
    marched", "thousands of protesters", not "shoved a protester"."""
    return any(t.lemma_.lower() in _PROTESTERS and t.dep_ not in ("dobj", "obj") for t in sent)


def rallied_followers(token: Token) -> bool:
    """"Her aide rallied supporters", "sought to rally older, rural Democrats": rallying one's
    own supporters or voters (``[rallied_followers]``; "thousands of supporters" through the
    "of") is campaigning, no protest and no threat. Anyone else rallied ("rallied thousands of
    protesters", troops) is left to the model."""
    if token.lemma_.lower() != "rally" or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "thousands of supporters"
    return any(o.lemma_.lower() in _FOLLOWERS or o.lower_ in _FOLLOWERS for o in objects) and not any(
        o.lemma_.lower() in TROOPS or o.lemma_.lower() in _PROTESTERS for o in objects)


def hazard_target(token: Token) -> bool:
    """"The ministers have challenged corona", "having battled and overcome leukemia": what is
    fought, challenged or beaten is a disease or a storm, no actor; a figure of speech. A fire
    as object is left alone: one set or opened ("rioters set fire to the church", "police
    opened fire") is an act."""
    if token.lemma_.lower() not in _FIGHTING:
        return False  # "criticised China on the virus", "examined the crash": acts about a hazard
    fought = _acted_on(token, ("against", "on", "with"))
    if not fought:  # "battled and overcome leukemia": the object the parse hangs on the verb joined
        fought = [o for v in token.children if v.dep_ == "conj" and v.pos_ == "VERB"
                  and v.lemma_.lower() in _FIGHTING for o in _acted_on(v, ("against", "on", "with"))]
    return any(_is_hazard(o) and o.lemma_.lower() not in _FIRES for o in fought)


def vote(token: Token) -> bool:
    """"He was among the Representatives who voted against the Iraq War", "Parliament voted
    against a no-deal Brexit": a vote is how a body or an electorate decides, no act on an actor;
    what it decides is coded on its own verb ("voted to extend the state of emergency": extend)."""
    return token.lemma_.lower() == "vote" and token.pos_ == "VERB"


def celebration(token: Token) -> bool:
    """"The city celebrated the quarter century anniversary of the convention", "interrupted its
    coverage to mourn his passing": a day or a milestone celebrated or marked is an occasion, no
    support or protest aimed at an actor."""
    if token.lemma_.lower() not in _CELEBRATING or token.pos_ != "VERB":
        return False
    return any(o.lemma_.lower() in _CELEBRATED for o in token.children if o.dep_ in _OBJECTS)


def issued_paper(token: Token) -> bool:
    """"The court issued a ruling on the suspension", "the county issued an evacuation order": a
    ruling, an opinion, a report or a notice issued is a paper made public, a statement, no act
    on an actor (a verdict or a warrant is not among them)."""
    if token.lemma_.lower() != "issue" or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    return any(w.lemma_.lower() in _PAPERS for o in objects
               for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod"))))


def purpose_clause(token: Token) -> bool:
    """"Russians were paying bounties to the Taliban to kill American soldiers", "traveled to
    Florida to meet with him": an act given as the purpose of another ("to" + verb in a clause
    of purpose) is aimed at, not reported as done; PLOVER codes what happened (the verb it
    depends on is coded on its own). After a verb of a reason or a means ("cited security
    concerns to impose bans") the act is told as done and is left alone."""
    return (token.dep_ == "advcl" and token.tag_ == "VB" and token.head.pos_ in ("VERB", "AUX")
            and token.head.lemma_.lower() not in _REASONS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def embedded_question(token: Token) -> bool:
    """"Biden would not say whether he supported court packing", "questioned whether the U.S.
    allied with the correct side": an act asked about ("whether", "if" after a verb) is not
    reported as done."""
    children = list(token.children)
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or c.lower_ == "if" and token.dep_ == "ccomp")
               for c in children)


def direct_question(token: Token) -> bool:
    """"Why's he attacking me?", "Will China invade Taiwan?": the main verb of a sentence asked,
    not told, reports no act (a question in quotes is a speaker's, the act only its topic). Only
    the clause asked: in "Russia invaded Ukraine, and who can blame them?" the question is the
    last clause with its own subject, and the invasion before it is told."""
    start, end = doc_index.sentence_bounds(token.doc, token.i)
    sent = token.doc[start:end]  # ``token.sent``, found by bisection
    last = next((t for t in reversed(sent) if not t.is_quote and not t.is_space), None)
    if last is None or last.text != "?":
        return False
    clause = token
    while clause.head.i != clause.i and (clause.dep_ == "xcomp"
                                         or (clause.dep_ == "conj" and not _own_subject(clause))):
        clause = clause.head  # "will China invade Taiwan and attack Japan?": both asked
    root = sent.root
    if clause.i != root.i and not (clause.dep_ == "conj" and clause.head.i == root.i):
        return False
    asked = max((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _own_subject(c)),
                key=lambda c: c.i, default=root)
    return clause.i == asked.i


def _own_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (a clause, not a verb sharing another's)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def according_to(token: Token) -> bool:
    """"According to the fire service", "according to a statement": the words name a source of
    the news, never an act (the model reads "according" as cooperation)."""
    return token.lower_ == "according"


def service(token: Token) -> bool:
    """"He served eight years as the mayor of London", "served in the US Army in World War Two",
    "the drug served as a control", "served on the board of the bank": a post, a term or a body
    served is a career, no cooperation between actors. "Served as a mediator between the two
    sides" is left alone (a mediator is no post of [served_posts])."""
    if token.lemma_.lower() != "serve" or token.pos_ != "VERB":
        return False
    served = _acted_on(token, ("as", "in", "on"))
    if any(w.head.lower_ == "as" and w.lemma_.lower() not in MEDIATING_ROLES for w in served):
        return True  # "served as one of the advisors": any part but a mediator's is a post
    # a body served in or on is a career too ("served in the CNDD-FDD", "served on the board")
    return any(w.lemma_.lower() in _SERVED or w.ent_type_ == "ORG" for w in served)


def retirement(token: Token) -> bool:
    """"Stevens retired from the court in 2010", "he retired in 1982": leaving work at the end of
    a career is no resignation under pressure nor a concession between actors."""
    return token.lemma_.lower() == "retire" and token.pos_ == "VERB"


def court_ruling(token: Token) -> bool:
    """"The Court of Session ruled the prorogation was unlawful", "the Supreme Court ruled on the
    appeal": a court's ruling on the law is no act on an actor (a conviction or a sentence is
    coded on its own verb); "ruled out talks" is a refusal and is left alone."""
    return (token.lemma_.lower() == "rule" and token.pos_ == "VERB"
            and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
            and any(c.dep_ == "nsubj" and (c.lemma_.lower() in COURTS or any(
                w.lower_ in COURTS for w in c.subtree)) for c in token.children))  # "the junta ruled": no court


def state_of_mind(token: Token) -> bool:
    """"The Taliban wants foreign forces to leave", "we have learned a lot from the game", "a
    fourth offender remains wanted": a wish, a hope or a lesson is a state of mind, no act between
    actors (what is wanted is coded, as future, on its own verb)."""
    return token.lemma_.lower() in _MINDS


def feeling_shown(token: Token) -> bool:
    """"Her mother wept on hearing the verdict": a feeling shown is no act between actors,
    whatever type the model reads in it (a feeling told is ``verbal.feeling``)."""
    return token.lemma_.lower() in _SHOWN_FEELINGS and token.pos_ == "VERB"


def modal_act(token: Token, kind: str) -> bool:
    """"For the budget to pass, it must be approved by the Senate", "the government could be
    shut down", "if the President and Vice President are both killed": an act required, possible
    or supposed is not reported as done; PLOVER codes what happened. "Would" and "will" tell a
    future act and are left to the coder's future mode. A demand reported ("the UN said Israel
    must withdraw") is the very form of a REQUEST and is left alone."""
    if kind == "REQUEST" and token.dep_ == "ccomp":
        return False
    return any(c.dep_ == "aux" and c.lower_ in _REQUIREMENTS
               or c.dep_ == "mark" and c.lower_ in _CONDITIONS and token.dep_ == "advcl"
               for c in token.children) or conditional_clause(token)


def conditional_clause(token: Token) -> bool:
    """"If the union is going to drop its suit and back the mayor, ...", "unless the army agrees to withdraw":
    an act in a clause of condition is supposed, not reported, even when the "if" stands on a
    verb above it (the act joined to it, or the infinitive it governs: "going to back",
    "wants to attack"). The parse's own words are climbed, the first clause of its own (a subject
    or a "that") stops the climb: "if he wins, he said the army will attack" is not under "if"."""
    word = token
    while True:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in word.children):
            return word.dep_ == "advcl" and word is not token
        if word.dep_ not in ("conj", "xcomp") or word.head is word or word.head.pos_ not in ("VERB", "AUX"):
            return False
        if word.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            return False  # "if they win, and they attack": a clause of its own
        word = word.head


def asked_act(token: Token) -> bool:
    """"Pressed the minister to sack the police chief", "when asked to condemn them", "invited the
    inspectors to visit the dam": the act named as an infinitive under a verb of asking or urging
    (``[asking_verbs]``, ``[exhortation_verbs]``, ``[inviting_verbs]``) is what was asked, not done; the asking is
    coded on its own verb (PLOVER's REQUEST), and the act asked of someone is no second event."""
    head = token.head
    return (token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp") and head is not token
            and head.lemma_.lower() in _ASKED_OF and token.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def begun_without_protest(token: Token, kind: str) -> bool:
    """"The fund started April with nine million euros", "began the season in debt": a verb of
    starting (``[aspect_verbs]``) read as PROTEST is one only when what it starts is a protest
    action ("began her climate protest", "started a hunger strike", ``[protest_nouns]``,
    ``[protest_gatherings]``); starting anything else protests nothing."""
    if kind != "PROTEST" or token.lemma_.lower() not in _ASPECTS:
        return False
    started = [c for c in token.children if c.dep_ in _OBJECTS]
    started += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # a date is no action started, whatever its word: "started March" is a month
    return not any((w.lemma_.lower() in _PROTEST_ACTS or w.lower_ in _PROTEST_ACTS) and w.ent_type_ != "DATE"
                   for w in started)


def ordered_thing(token: Token, kind: str, tables: Tables) -> bool:
    """"The mayor ordered an audit of the water board", "ordered up a survey of the harbour": a
    thing ordered (an object that names no actor, with no act asked of anyone after it) is a
    task set at home, no demand made of an actor; PLOVER's REQUEST asks something of someone
    ("ordered the troops to withdraw", "ordered Zorbia to pay" are left to the rest)."""
    if kind != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() not in _ORDERS:
        return False
    children = list(token.children)
    if any(c.dep_ in ("xcomp", "ccomp", "dative") for c in children):
        return False
    things = [c for c in children if c.dep_ in _OBJECTS]
    return bool(things) and not any(names_actor_alone(t, tables) or acted_on_actor(t, tables) for t in things)


def acted_on_actor(thing: Token, tables: Tables) -> bool:
    """"Ordered a withdrawal of Zorbian troops", "the expulsion of the envoys": a thing whose "of"
    phrase has an actor for its head word (``phrases._actor_head``) is an act done by or to that
    actor, no task set at home ("an audit of the water board", "a review of the police files":
    the head is a thing)."""
    return any(_actor_head(g, tables) for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj")


def civil_works(token: Token, kind: str) -> bool:
    """"Two carmakers built plants in the valley", "opened a steel mill": a works built
    (``[works_nouns]``) arms no one unless its words say it makes arms ("a missile factory", "a
    nuclear facility", "a plant for weapons", ``[arms_marks]``); PLOVER's MOBILIZE is forces or
    weapons readied, not industry."""
    if kind != "MOBILIZE" or token.lemma_.lower() not in _BUILDING:
        return False
    works = [c for c in token.children if c.dep_ in _OBJECTS + ("nsubjpass",) and c.lemma_.lower() in _WORKS]
    return bool(works) and not any(w.lemma_.lower() in _ARMS_MARKS or w.lower_ in _ARMS_MARKS
                                   for o in works for w in o.subtree)


def shown_quality(token: Token, kind: str) -> bool:
    """"The envoy demonstrated great skill in the talks", "demonstrated that the dam was sound":
    "demonstrate" (``[showing_verbs]``) with an object or a "that" clause is to show; a protest is
    demonstrated without one ("demonstrated outside the embassy", "against the law"), or with an
    object when the sentence marks a protest (``marked_protest``)."""
    if kind != "PROTEST" or token.lemma_.lower() not in _SHOWING:
        return False
    children = list(token.children)
    if any(c.dep_ == "ccomp" for c in children):
        return True
    things = [c for c in children if c.dep_ in _OBJECTS]
    return bool(things) and not marked_protest(token, things)


def marked_protest(token: Token, things: list[Token]) -> bool:
    """"Farmers demonstrated their anger", "thousands demonstrated their support outside the
    ministry", "demonstrated their fury at Vetland": a "demonstrate" with an object is still a
    protest when the object is a group's own stance (``[shown_stances]`` after "their", "its",
    "our"), a grievance is aimed "against" someone or (the object's) "at" an actor named, the act
    has a site (``[protest_site_prepositions]``: "outside the embassy") or its doers are a crowd
    (protesters, ``[crowd_counts]``, a number of people)."""
    if any(t.lemma_.lower() in _SHOWN_STANCES and any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES
                                                    for c in t.children) for t in things):
        return True
    for word in [token, *things]:
        for prep in (c for c in word.children if c.dep_ == "prep"):
            if prep.lower_ == "against" or prep.lower_ in _SITE_PREPS:
                return True
            # "their anger at Vetland"; not the verb's "at" ("demonstrated the device at Tolvia Motors")
            if prep.lower_ == "at" and word is not token and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for g in prep.children):
                return True
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _PROTESTERS or c.lemma_.lower() in _CROWD_COUNTS
                                      or any(n.dep_ == "nummod" for n in c.children))
               for c in token.children)


def standing_state(token: Token, kind: str) -> bool:
    """"The PKK is banned in Turkey", "the separatist republic currently occupies it", "the
    government is partly shut down", "Thai law forbids it": an act verb in the simple present
    tells a standing state, no act that happened — unless a named actor does it with no
    "currently" or "still", as a lead or headline tells an act ("Israel strikes Gaza"). Verbal
    events are left alone: "we condemn the attack" is the act itself, said."""
    if kind in VERBAL or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ == "aux" for c in children):
        return False  # "has banned", "is banning", "will occupy": a tense of an act
    if token.tag_ in ("VBZ", "VBP"):  # "Israel strikes Gaza" may be a lead's act: a named actor's is left
        subjects = [c for c in children if c.dep_ == "nsubj"]
        return (any(c.dep_ == "advmod" and c.lower_ in _STANDING for c in children)
                or not any(s.ent_type_ in _NAMED_ACTORS for s in subjects))
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children)


def standing_backing(token: Token, kind: str) -> bool:
    """"The rebels are backed by Iran", "the bill is supported by forty senators": support told in
    the simple present passive ("is/are" and the participle, no other auxiliary) is a standing
    relation, no act of support that happened; "were backed", "has been backed by", "Iran backs
    the rebels" (a lead's act, left to ``standing_state``'s reading) are left alone."""
    if kind != "SUPPORT" or token.pos_ != "VERB" or token.tag_ != "VBN":
        return False
    children = list(token.children)
    return (not any(c.dep_ == "aux" for c in children)
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children))


def habitual_act(token: Token) -> bool:
    """"The prime minister frequently meets with members of Congress", "police routinely detain
    them", "she often criticizes the board": an act verb in the simple present with an adverb of
    habit (``[habitual_adverbs]``) tells what is done as a rule, no act that happened at a time;
    PLOVER codes events, not habits. Verbal acts too ("often criticizes" is no criticism on a
    day). A past or perfect tense is left alone ("often met", "has twice vowed": acts
    that happened), and so is a noun ("the frequent raids")."""
    if token.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in token.children):
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ in ("VBZ", "VBP"):
        return not auxes
    if token.tag_ == "VB":  # "does not often meet": the present of "do" and the bare verb
        return bool(auxes) and all(a.lemma_.lower() == "do" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    # "is often criticized by", "are routinely detained": a present passive
    return token.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP")
                                                        for a in auxes)


def future_time_clause(token: Token) -> bool:
    """"She's going to lose when she faces Poe", "we hope to decide once we talk to her",
    "he will decide once he visits the border": an act in the present tense in a clause of time
    (``[time_clause_marks]``) on a verb that is yet to happen — a modal of the future or of a
    possibility (``[unrealised_modals]``), "going to", or an infinitive another verb takes — is
    itself to come, no act reported as done (English puts the future of a time clause in the
    present). A clause on a verb told as done ("she left when he arrived") or a past-tense clause
    is left alone, and so is a headline's "Kenya to recall envoy when ..." (a root "to" is the
    headline's future, not an infinitive) and any "after" clause, whose present in news tells a
    past act ("X will review ties after Y arrests a journalist")."""
    if token.pos_ != "VERB" or token.dep_ != "advcl" or token.tag_ not in ("VBZ", "VBP"):
        return False
    children = list(token.children)
    if any(c.dep_ in ("aux", "auxpass") for c in children):
        return False  # "when he has met", "until he is arrested": left to the tense rules
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < token.i for c in children):
        return False
    head = token.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    head_auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _UNREALISED_MODALS for a in head_auxes):
        return True  # "she will leave when he arrives", "I'd go once he meets me"
    if head.lemma_.lower() == "go" and head.tag_ == "VBG" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in head.children):
        return True  # "she's going to go down when he debates her"
    # "hope to decide once we talk": an infinitive another verb takes, never a headline's "X to do"
    return head.tag_ == "VB" and head.dep_ == "xcomp" and any(a.lower_ == "to" for a in head_auxes)


def expressed_state(token: Token) -> bool:
    """"The director expressed interest in further donations", "expressed hope for peace": a
    wish or a hope said is a state of mind, no act between actors; "expressed concern" and the
    like are left to the verbal rules, which ask whom they are aimed at."""
    return (token.lemma_.lower() == "express"
            and any(c.dep_ in _OBJECTS and c.lemma_.lower() in _EXPRESSED_STATES for c in token.children))


def aspect_verb(token: Token) -> bool:
    """"Saudi Arabia started supporting the government", "began attacking the town": the verb of
    starting takes the type of the act begun, which is coded on its own verb; the start itself
    is no second event. So does a verb of an attempt ("sought to tie the number of justices to
    age", "tried to block the bill", ``[attempt_verbs]``): the trying is no request of anyone.
    "Started a war", "sought asylum" (an object, no clause) are left alone, and so is
    "continued to attack", which the coder may code on "continued" alone."""
    return (token.lemma_.lower() in _BEGUN_OR_TRIED and token.pos_ == "VERB"
            and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children))


def taken_for_care(token: Token) -> bool:
    """"He was taken ill on Saturday and taken to hospital", "was rushed to a clinic": one carried
    to a place of care, or "taken ill", is ill, not seized by anyone (the model reads "taken" as
    COERCE/seize). "Taken to a police station", "taken into custody" are left alone, and so is
    an active verb with an object ("rebels took hostages to a clinic"): only the one carried,
    a passive subject or no object at all, is in care."""
    if token.lemma_.lower() not in _CARRYING or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in _OBJECTS for c in children) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ in _AILING for c in token.children):
        return True
    return any(w.lemma_.lower() in _CARE_PLACES for w in _acted_on(token, ("to", "into")) if w.dep_ == "pobj")


def abandoned_aim(token: Token, kind: str) -> bool:
    """"The United States, which has retreated from a previous goal of ousting Assad", "backed
    away from its pledge": a retreat from one's own aim or position is a change of mind, no
    material retreat before another actor (PLOVER's RETREAT is a withdrawal, a release, a
    resignation). "Retreated from the city" is left alone, and so is an aim not said to be one's
    own, by its possessive or a word of what one held before ("its", "previous"; ``[aim_possessives]``,
    ``[former_aim_modifiers]``): "the US withdrew from the nuclear plan" leaves an agreement."""
    if kind not in ("RETREAT", "CONCEDE"):
        return False
    return any(w.lemma_.lower() in _AIMS and w.ent_type_ == "" and _held_aim(w)
               for w in _acted_on(token, ("from",)) if w.dep_ == "pobj")


def _held_aim(aim: Token) -> bool:
    """Whether an aim is said to be the actor's own: "its pledge", "a previous goal"."""
    return any((c.dep_ == "poss" and c.lower_ in _AIM_POSSESSIVES) or (c.dep_ == "amod" and c.lower_ in _FORMER)
               for c in aim.children)


def alert_issued(token: Token) -> bool:
    """"After the hurricane centre placed the county under a tropical storm warning": a county
    put under a warning, a watch or an advisory is told of a hazard, not taken into custody (the
    verb table reads "placed under" as COERCE/arrest). "Placed under arrest" is left alone, and
    so is a watch no word of weather or hazard is put to ("placed the dissident under close
    watch" is surveillance; ``[hazard_alert_nouns]``, ``[weather_words]``)."""
    if token.lemma_.lower() not in _PLACING or token.pos_ != "VERB":
        return False
    # "under a tropical storm warning": the parse may read "warning" as a verb (its word, not its
    # lemma "warn"), or hang it on "storm"
    return any(_hazard_alert(w) for w in _acted_on(token, ("under",)) if w.dep_ == "pobj")


def _hazard_alert(under: Token) -> bool:
    """Whether what one is placed "under" is a forecaster's alert: "a storm warning", "an
    advisory", "a hurricane watch" (a watch only with a word of weather or hazard before it)."""
    for alert in (under, *under.children):
        if alert.lower_ in _ALERTS or alert.lemma_.lower() in _ALERTS:
            return True
        if alert.lemma_.lower() in _HAZARD_ALERTS and any(
                t.i < alert.i and t.lemma_.lower() in _WEATHER for t in under.subtree):
            return True
    return False


def met_standard(token: Token) -> bool:
    """"She does not meet the requirement", "the plan met its target": a requirement, a standard
    or a deadline met is a thing measured up to, no meeting between actors (CONSULT), nor,
    negated, a refusal of anyone (REJECT). "Met the premier" is left alone."""
    return (token.lemma_.lower() == "meet" and token.pos_ == "VERB"
            and any(c.dep_ in _OBJECTS and c.lemma_.lower() in _STANDARDS for c in token.children))


def liked_act(token: Token) -> bool:
    """"Bolton likes dropping bombs on people, and killing them", "loves to provoke his rivals":
    an act governed by a verb of taste is a habit one is given to, no act that happened (the act
    joined to it, "and killing them", too). A wish is left alone: "would like to meet the premier"
    (``[wishing_modals]``), "prefers to negotiate" (``[preferring_verbs]`` with "to")."""
    if token.pos_ != "VERB":
        return False
    act = token.head if token.dep_ == "conj" else token
    if act is not token and token.tag_ == "VBG" and act.lemma_.lower() in _LIKINGS:
        return True  # "likes dropping bombs, and killing them": the parse joins the gerund to "likes"
    if act.dep_ != "xcomp" or act.head.lemma_.lower() not in _LIKINGS:
        return False
    liking = act.head
    if any(c.dep_ == "aux" and c.lower_ in _WISHING_MODALS for c in liking.children):
        return False  # "would like to meet": a wish
    preferred = liking.lemma_.lower() in _PREFERRING
    return not (preferred and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children))  # "prefers to"


def lead_not_led(token: Token) -> bool:
    """"Biden led in the polls", "led the race by five points", "the talks led to a ceasefire":
    a lead in a count or a cause is no leadership of anyone; "led the protest" is left alone."""
    if token.lemma_.lower() != "lead" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in children) and not any(c.dep_ in _OBJECTS for c in children):
        return True  # "led to a ceasefire": a cause
    return any(w.lemma_.lower() in _LEAD_MEASURES for w in _acted_on(token, ("in", "by")))


def reporting_outlet(url: Optional[str]) -> Optional[str]:
    """The name of the outlet that published an article, from its address: the first label of
    its registered domain ("https://en.wikinews.org/wiki/..." -> "wikinews", "bbc.co.uk" -> "bbc";
    courlan reads the domain). None without an address."""
    if not url:
        return None
    domain = courlan.extract_domain(url) or ""
    return domain.split(".")[0].lower() or None


def newsgathering(actor: Token, outlet: Optional[str]) -> bool:
    """"Wikinews contacted the candidates", "after inquiry from Wikinews" in a Wikinews article:
    the reporting outlet's own newsgathering is how the news was got, no act between political
    actors. The outlet is the article's own (``reporting_outlet``); another outlet acting is news."""
    return outlet is not None and actor.lower_ == outlet


def occasion_actor(actor: Token) -> bool:
    """"Toronto Comicon 2019 returned to the city", "the festival drew crowds": a festival, a
    show or a fair (a noun of ``[occasion_actor_nouns]``, an EVENT name, or a name with its
    year as an edition's number) is an occasion, no actor."""
    if actor.ent_type_ == "EVENT" or actor.lemma_.lower() in _OCCASION_ACTORS:
        return True
    return actor.pos_ == "PROPN" and any(c.dep_ in ("appos", "nummod", "npadvmod") and c.like_num
                                         and len(c.text) == 4 and c.text[:2] in ("19", "20")
                                         for c in actor.children)  # "Comicon 2019", not "the 2011 government"


def won_over_rival(token: Token) -> bool:
    """"He was the candidate best suited to beat Hillary Clinton", "hopes of upsetting his rival
    in the most populous state", "the only campaign that can beat Trump": a verb of winning
    (``[contest_win_verbs]``) over a person, a pronoun or a rival (``[rival_nouns]``) in a sentence
    about a campaign (``[campaign_words]``) is a win at the polls, no force nor protest between
    actors. "Police beat the protesters" (no campaign in the sentence) is left alone, and so is a
    win over a contest itself, which ``non_events.contest_result`` reads."""
    if token.lemma_.lower() not in _CONTEST_WINS or token.pos_ != "VERB":
        return False
    beaten = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not any(b.ent_type_ == "PERSON" or b.lower_ in _PERSONAL or b.lemma_.lower() in _RIVALS for b in beaten):
        return False
    return any(t.lemma_.lower() in _CAMPAIGN_WORDS for t in token.sent)


def electorate_actor(kind: str, actor: Token, trigger: Token) -> bool:
    """"Voters will support the senator", "those voters view her with skepticism", "56% of
    voters want action": what an electorate or a poll's respondents (``[electorate_nouns]``, the
    actor's own head word) back, blame or think is an opinion counted, no act between political
    actors. Backing, agreeing, blaming, meeting, aid and a rejection not cast in a ballot are
    dropped ("voters rejected the senator's plan"); voters who reject something in a
    referendum (``[ballot_nouns]``), demand, protest or riot are left alone. A share of an
    electorate ("34% of voters", "most respondents") is that electorate (``counted_electorate``)."""
    if actor.lemma_.lower() not in _ELECTORATE and not counted_electorate(actor):
        return False
    if kind == "REJECT":  # "voters rejected the constitution in a referendum": a vote, an act
        return not any(t.lemma_.lower() in _BALLOTS for t in trigger.subtree)
    return kind in _ELECTORATE_STANCES


def counted_electorate(actor: Token) -> bool:
    """"34% of voters", "40 percent of likely voters", "a majority of respondents": a number or a
    share (a number, ``[electorate_shares]``) "of" an electorate (``[electorate_nouns]``) is the
    part of it a poll counted, whose stance is an opinion as the whole electorate's is."""
    if not (actor.like_num or actor.pos_ == "NUM" or actor.lemma_.lower() in _SHARES):
        return False
    groups = [g for p in actor.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _ELECTORATE for g in groups) or bool(groups) and polled_share(actor)


def polled_share(actor: Token) -> bool:
    """"A survey showed that 31 percent of registered voters backed Mr. Oduya", "exit polls showed
    55 percent of farmers favoured the levy", "was backed by 37 percent of the Greens
    polled", "according to a survey, 40 percent of adults ...": a percentage of any group
    (``[poll_percents]``) that a poll or a survey (``[poll_words]``) counted is the share a poll
    counted, an opinion (``counted_electorate``). The poll counts it when the group is the one
    "surveyed" or "polled", or when the poll word governs the share's clause (``_poll_over``).
    "40 percent of the senators backed the bill" in a sentence of no poll is a vote, and stays,
    and so it does "after a survey of flood damage": a survey of things, before the vote."""
    if actor.lemma_.lower() not in _POLL_PERCENTS:
        return False
    groups = [g for p in actor.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]
    if any(c.lemma_.lower() in _POLLS and c.pos_ == "VERB" for g in groups for c in g.children):
        return True  # "37 percent of the Greens polled"
    verb = actor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clauses = {verb.i, *(t.i for t in verb.ancestors)}
    return any(_poll_over(t, clauses) for t in actor.sent if t.lemma_.lower() in _POLLS and t.pos_ == "NOUN")


def _poll_over(poll: Token, clauses: set[int]) -> bool:
    """Whether a poll noun governs a share's clause (``clauses``: the indices of its verb and of the
    verbs above it): as the subject of one ("a poll found that ...", "the results of the poll
    showed ...") or through "in", "according to" or "from" ("in the survey, 55 percent ..."). A
    survey "of" a thing ("a survey of flood damage") counts no one and governs nothing."""
    if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NN" and g.lemma_.lower() not in _ELECTORATE
           for p in poll.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
        return False
    node = poll
    while node.dep_ in ("pobj", "prep", "compound", "poss") and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ not in _POLL_LINKS:
            return False  # "after a survey", "despite the poll": no source of the count
        node = node.head
    if node.i in clauses:
        return node.i != poll.i
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.i in clauses


def meeting_on_trip(children: list[Token]) -> bool:
    """Whether a trip's own words (the ``children`` of its verb, and of its trip noun) name a
    meeting on it: a verb of meeting or talks under it ("traveled to Florida to meet with
    Brask"), talks as its purpose ("for talks with Halvorsen", "to hold talks with local
    leaders") or company on it ("toured the devastation with the governor")."""
    if any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in _TALKING and discussed_with(c)
           for c in children):
        return True
    if any(g.lemma_.lower() in TALK_NOUNS for c in children for g in c.children
           if c.dep_ == "prep" and c.lower_ == "for" and g.dep_ == "pobj"
           or c.dep_ in ("xcomp", "advcl") and g.dep_ in ("dobj", "obj")):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children)


def discussed_with(verb: Token) -> bool:
    """Whether a verb of talks under a trip meets someone: a verb of meeting does by itself ("to
    meet Brask", "to confer"), "discuss" (``[topic_talk_verbs]``) only with a partner ("to discuss
    the fires with the governor"): "visited California to discuss the wildfires" names a topic,
    not anyone met, and the trip stays a trip."""
    if verb.lemma_.lower() not in _TOPIC_TALK:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def trip_destination(token: Token, kind: str) -> Optional[Token]:
    """"Sanders visited Missouri on Saturday", "Clinton visited the St. Louis area to campaign",
    "he will head to New Hampshire", "made stops in Ohio": the place a trip goes to (a GPE, LOC
    or FAC name, or a place noun of ``[trip_places]``, as the verb's own object or the object
    of its "to" or "in") when the verb (``[trip_verbs]``, or "made"/"took" with a noun of a trip)
    is read as CONSULT or as AGREE (a meeting to come). The coder drops the event when the place
    is in the traveller's own country: a campaign stop or a tour at home meets no one. A trip
    with a meeting in the verb's own words ("to meet with Brask", "toured the damage with the
    governor") or one to a person ("visited the family") gives no place: left to the model."""
    if kind not in ("CONSULT", "AGREE") or token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    holders = [token]
    if lemma in _TRIP_MAKING:
        trips = [o for o in token.children if o.dep_ in _OBJECTS and o.lemma_.lower() in _TRIP_NOUNS]
        if not trips:
            return None
        holders += trips
    elif lemma not in TRIP_VERBS:
        return None
    children = [c for h in holders for c in h.children]
    if meeting_on_trip(children):
        return None
    places = [c for c in children if c.dep_ in _OBJECTS and c.i != holders[-1].i or c.dep_ == "npadvmod"
              and c.ent_type_ in _PLACE_NAMES]
    places += [g for p in children if p.dep_ == "prep" and p.lower_ in ("to", "in", "across", "through")
               for g in p.children if g.dep_ == "pobj"]
    places = [c for c in places if c.ent_type_ not in ("DATE", "TIME")]
    if not places or any(c.ent_type_ in ("PERSON", "ORG", "NORP") and c.ent_type_ not in _PLACE_NAMES
                         or c.lemma_.lower() in _PERSON_WORDS for c in places):
        return None  # "visited the family of Jacob Blake", "visited Wiranto"
    if all(c.ent_type_ in _PLACE_NAMES or c.lemma_.lower() in _TRIP_PLACES for c in places):
        return places[0]
    return None


def visited_with_host(token: Token) -> bool:
    """"Visited the Peace Memorial with Prime Minister Taro Sato", "toured the hospital with the
    Valdor health minister": a visit's "with" phrase that names a person, a body or a country (an
    entity, or a word under it that is one: "with Japanese officials") is a host met there, so
    the visit is a meeting (``care_visit`` leaves it alone). "With his wife" names no entity."""
    return any(_named(g, within=True)
               for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
               for g in p.children if g.dep_ == "pobj")


def care_visit(token: Token, kind: str) -> bool:
    """"Visiting the wounded in hospital", "the President's visit to Walter Reed Hospital",
    "refused to visit the hospital": a visit (a verb of ``[trip_verbs]`` or a noun of
    ``[trip_nouns]``) to a place of care (``[care_places]``, also the last word of its name) or to
    the sick and the hurt (``[cared_for_nouns]``), or to a place of the dead or of the past
    (``[hostless_places]``: "refused to visit a cemetery", "visited the war memorial") has no
    host: PLOVER's visit is a political actor's to another actor who hosts it, so it is no
    CONSULT, no meeting promised (AGREE) and, refused, no meeting refused (REJECT). A visit that
    meets someone named ("visited the mayor at the hospital", "with Prime Minister X":
    ``visited_with_host``) is left alone."""
    if kind not in ("CONSULT", "AGREE", "REJECT"):
        return False
    lemma = token.lemma_.lower()
    if not (token.pos_ == "VERB" and lemma in TRIP_VERBS or token.pos_ == "NOUN" and lemma in _TRIP_NOUNS):
        visits = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in TRIP_VERBS]
        return kind == "REJECT" and any(care_visit(v, "CONSULT") for v in visits)  # "refused to visit"
    def cared(word: Token) -> bool:  # "the wounded" (lemma "wound"), "wounded soldiers", "a hospital"
        # a plural only: "the sick king", "the injured minister" is one whom the visit meets
        return bool({word.lemma_.lower(), word.lower_} & (_CARE_PLACES | _CARED_FOR | _HOSTLESS_PLACES)) \
            or word.tag_ == "NNS" and any(
            a.dep_ == "amod" and a.lower_ in _CARED_FOR for a in word.children)

    if visited_with_host(token):
        return False  # "visited the memorial with Prime Minister X": met by a host
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    if objects:  # "visited the minister at the hospital": a meeting; "visiting the wounded": none
        return all(cared(o) for o in objects)
    return any(cared(g) for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "at")
               for g in p.children if g.dep_ == "pobj")
