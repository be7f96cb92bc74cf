"""Who did what to whom: PLOVER events read from the parsed article.

Every candidate of every sentence (a verb, or a noun that names an event: ``event_model.is_candidate``)
is described (``event_model.trigger_features``) and scored by the event model; a candidate whose
best PLOVER type is likely enough becomes an event, unless it is a figure of speech ("fighting
corruption"), a verb of saying or what its subject underwent ("died"), a game ("defeated South
Korea 1 – 0": ``sports_context``) or at the polls ("Renk defeated President Daly":
``electoral_defeat``), a casualty told with no attacker ("three soldiers were killed":
``casualty_report``), a private journey or a return home ("refugees travelled to Malta", "the
delegation returned to Nairobi": ``private_trip``, ``homecoming``), harm of no one's will ("the
typhoon killed": ``natural_cause``), a declared state of emergency, a fire caught (``caught_hazard``), or the event gate
(``gate.py``) judges it no event at all ("served", "founded" in general news) unless the grammar
vouches for it: people let go by the verb's subject ("released two hostages": ``freed_captives``)
or aid or money handed to a recipient its words place in a country (``aid_delivered``) or a
concrete act told as done between two parties named as political actors ("Jakarta forced the
agency out": ``realised_dyad``). Some types
are set by what the verb is, whatever the model says: a light verb takes its event noun's type
("carried out airstrikes", "sent troops", "gave aid": ``model.light_verb_event``; the gate judges
the noun, and the target is whom the act is aimed at, never the object: ``light_verb_target``),
asking for an act is REQUEST ("urged sanctions": ``model.requested_act``),
a named person's "attack" in words is ACCUSE (``verbal_attack``), and so is a politician's in a
campaign's sentence or "took on"/"took aim at" a rival (``campaign_attack``, ``taken_on``); a set
phrase of a light verb takes the phrase's type or none ("hit the phones", "offered his
congratulations": ``set_phrase``), a lawsuit ACCUSE/allege,
a verdict or a prison term SANCTION/convict (``prison_sentence``, ``sentence_passed``: "imposed a life
sentence"), a person held still no arrest (``bodily_restraint``), a state declared into being or a
feeling held no event (``declared_independence``, ``felt_attitude``), approving an act SUPPORT
(``verbal.approved_act``: "hailed the arrest"), a person grabbed
ASSAULT/beat, abuse told as sexual ASSAULT/sexual, websites blocked COERCE/censor
(``grabbed_person``, ``sexual_abuse``, ``censored_content``), an arrest COERCE/arrest, a
call on someone to act REQUEST (``called_on_to_act``); an act only avoided or meant ("avoided
criticizing", "his pledges to expel the traders": ``unrealised_act``) is none; a meeting held CONSULT, sanctions imposed
SANCTION, a protest joined or a protest crowd's violence PROTEST, a resignation or troops leaving
RETREAT (``act_type``), and a protest crowd's demands are no REQUEST. An assault, coercion, sanction or accusation
told in the passive with no agent ("X was arrested") has its subject as target and the state of
its place (else of its country) as actor (``implied_actor``). Its actor is the verb's
subject (the agent of a passive, the subject of the clause it depends on, the one charged in
"accused X of trying to ..."; a noun's possessor, national adjective or "by" phrase; never a
lone "that" or the "it" of "it is hard to ..."; a relative pronoun is the noun it stands for),
its target (``_target``) the passive subject (its owner when it is a thing of theirs: "a woman
whose eye was injured"; the subject of "X was killed by an airstrike", "X was the target of an
attack"), the object of
"against" or "on", a direct object that names an actor (not the actor's own: "its troops"), the
object of another preposition ("with", "to", ..., also inside an event noun's phrase), the doer
of the act the object names ("denounced Serbia's crackdown") or else the target of the act the
verb introduces ("threatened to cut ties with Russia", "demanded that the US cancel ...") or a
threat's condition ("... if the United States deploys missiles") or the hold it fights for
(``sought_control``), whom an attack noun's relative clause says it struck ("the airstrike that
killed General X": ``struck_by_relative``), the other side of the talks a concession or refusal
followed ("called off the strike after talks with the government": ``talks_partner``) or the
party an invitation to talks is of (``invitation_host``); an act on a place with no
other target is aimed at the place's country, but not an attack or a protest told with no
object (``scene_of_act``: "attacked in Baghdad"). A place, a topic or an instrument is no
target: a town a trip went to (``town_destination``, kept as the location), what talks were on
(``talk_topic``), a weapon (``instrument_target``), where an attack came from (``fired_from``),
a bare act noun (``bare_act_noun``), a building or spot after "at" (``spot_at``), where a march
set off (``march_start``); a decision stands for its maker (``decision_maker``) and a thing named
by its owner's possessive for the owner (``thing_possessor``). Both are coded to a
country and sector with ``event_tables``; a party that is a resolved speaker, or the subject of
what a speaker said ("X said he would sue"), takes that entity and what the article says of it
(``entity_coding``), and a person the article describes ("Swedish activist Greta Thunberg")
that country before any dictionary by surname. Pronouns and "the country" take the country last
named before them; any other actor that names no country takes its sentence's (else the one
the article names most, else its target's), a target its sentence's other than the actor's (else
the article's, else the actor's); a state body named by its bare noun ("the government") first
takes the one country the article ties that noun to (``parties.tied_body_country``), and plural
people the article named with several countries, or met where the words place the meeting, take
none, never the host's (``countries.described_as_several``, ``guests_at_meeting``); a named forum
or association is an NGO and an "ethnic" group the country it lives in. A person (their name,
their "he" or "who", a noun beside their name) is recorded with what the article says of them,
never the place named last, several countries ("all three nations") with none, and an actor
whose country is only guessed never with the country it acts on ("Tutu called for sanctions
against Nigeria": ``countries.against_named_country``). The place's country is the
dictionaries' or one its own phrase names.
The same event reported twice in one article (same type, actor, target and date) is kept once,
and an event goes in the record only with a target, unless its type is one-sided (a protest,
forces moved, a resignation: ``dyadic_or_one_sided``) or it is a sure event of a type PLOVER codes
with no recipient whose actor is the verb's own doer (``one_party_event``, ``subject_doer``).

This module proposes the events and asks the rules, which live by job: ``parties`` (who the actor
and the target are), ``kept_targets`` (a target the first reading misses or clears where the grammar
gives one: the people counted, whom a lifted measure holds, a refusal's condition, a joint act's
partner, aid's purpose), ``countries`` (their countries and the event's place), ``non_events`` (what
is no event, or takes another type), ``checks`` (a coded event's parties and sense), ``verbal``
(acts in words), all on the parse helpers of ``phrases``.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.dates import statement_date
from onrecord.extract.events import gate as event_gate
from onrecord.extract.events import model as event_model
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.checks import (
    abstract_actor,
    address_place,
    alleged_party,
    continued_saying,
    custody_country,
    demand_partner,
    dismissed_holder,
    disowned_stance,
    held_occasion,
    no_political_act,
    ordered_thing,
    own_country_demand,
    played_match,
    reporting_outlet,
    time_target,
    unaimed_allegation,
)
from onrecord.extract.events.countries import (
    _SAYING,
    _SIDE_CLAUSES,
    ArticleCountries,
    _a_country,
    _a_person,
    _asides,
    _countries_between,
    _country_mentions,
    _country_within,
    _implied_country,
    _last_country,
    _location,
    _name_ruled_out,
    _person_country,
    _reporter,
    _unsure_subject_pronoun,
    against_named_country,
    article_leading_country,
    counterpart,
    counterpart_country,
    described_as_several,
    guests_at_meeting,
    implied_actor,
    noun_clause_asides,
    office_ruled_out,
    other_met_parties,
    other_party_descriptions,
    outlet_staff,
    people_country,
    police_force_country,
    ruled_by_person,
    scene_of_act,
    several_countries,
    subdivision_mentions,
    unguessed_party,
    unknown_place_party,
    worldwide,
)
from onrecord.extract.events.gate import EventGate
from onrecord.extract.events.kept_targets import (
    counted_whole,
    joint_act_partner,
    measure_target,
    purpose_target,
    refusal_condition,
    threatened_person,
)
from onrecord.extract.events.model import (
    NONE,
    EventModel,
    event_flags,
    is_candidate,
    light_verb_event,
    trigger_features,
)
from onrecord.extract.events.non_events import (
    NO_EVENT,
    abused_office,
    act_in_the_abstract,
    act_type,
    agreed_with_view,
    aid_delivered,
    attacked_idea,
    backed_work,
    bodily_restraint,
    campaign_attack,
    casualty_report,
    caught_hazard,
    claimed_act,
    contest_result,
    court_motion,
    crowd_violence,
    declared_independence,
    electoral_defeat,
    emergency_declaration,
    ended_protest,
    felt_attitude,
    figurative,
    fired_from_post,
    forced_resigner,
    fought_for_people,
    freed_captives,
    headline_case,
    hinted_demand,
    home_trip,
    homecoming,
    hypothetical_effect,
    inanimate_actor,
    inquiry_without_suspect,
    inverted_condition,
    legal_act,
    legal_charge,
    mood_participle,
    moved_home,
    natural_cause,
    nominal_participle,
    non_event_sense,
    nor_negated,
    opinion_agreement,
    own_resolve,
    passive_demand,
    phone_as_thing,
    placed_casualty,
    plain_warning,
    pledged_policy,
    police_interview,
    police_questioning,
    prison_sentence,
    private_trip,
    protest_demand,
    question_asked,
    questioned,
    race_for_office,
    rallied_public,
    realised_dyad,
    rejected_notion,
    removed_thing,
    retort,
    sentence_passed,
    set_phrase,
    shot_down_proposal,
    social_encounter,
    space_launch,
    sports_context,
    staged_protest,
    swearing_in,
    taken_on,
    unagented_casualty,
    unasserted_relative,
    unnamed_critics,
    unrealised_act,
    unrealised_noun,
    unrefused_negation,
    unsaid_casualty_doer,
    unwilled_harm,
    verbal_attack,
    worded_attack,
    worded_protest,
    words_aimed_at_no_one,
    writer_contact,
    writing_attacks,
)
from onrecord.extract.events.parties import (
    _FIRST_PERSON,
    _FORCE,
    _acting_modifier,
    _demanded_of,
    _grievance_doer,
    _mediation,
    _noun_actor,
    _partner,
    _party,
    _party_key,
    _people,
    _target,
    _threatened,
    _verb_actor,
    _voices,
    act_noun_doer,
    addressed_at,
    back_at,
    bare_act_noun,
    censured_act_doer,
    counted_victims,
    court_named_in,
    delegation_destination,
    fired_from,
    happening_doer,
    instrument_target,
    invitation_answered,
    invitation_host,
    light_verb_target,
    march_start,
    meeting_purpose,
    meeting_venue,
    met_on_trip,
    mutual_act,
    named_owner,
    object_it,
    own_force_instrument,
    refused_asker,
    speaker_against_own_side,
    speaker_against_role_body,
    spot_at,
    struck_by_relative,
    talk_topic,
    talks_partner,
    thing_possessor,
    thing_target,
    tied_body_country,
    town_destination,
    undergone_act_target,
    victim_key,
)
from onrecord.extract.events.phrases import (
    _PRONOUNS,
    _civil_body,
    _named,
    _names_actor,
    _phrase,
    _subject,
    _words,
    party_body,
)
from onrecord.extract.events.tables import Tables, word_key
from onrecord.extract.events.verbal import approved_act, approved_target, retyped, verbal_check
from onrecord.model import Entity, Event, EventParty, EventPlace, Extent, Statement, TextSpan

_WORDS = "event_words.txt"
THRESHOLD = 0.5  # the least probability of a PLOVER type that makes a verb an event
LEXICON_WEIGHT = 0.5
DEMAND_CONFIDENCE = 0.6
UNPATTERNED_THRESHOLD = 0.55  # a verb no pattern knows needs the model to be surer
SIDE_WEIGHT = 0.6  # a verb of a describing clause is less likely the sentence's event
SURE = 0.8  # an event this likely needs no named actor: its place gives the actor's country
_DEMAND_MODALS = data.words(_WORDS, "demand_modals")
_RECIPROCAL = data.words(_WORDS, "reciprocal_verbs")
_UNDERGONE = data.words(_WORDS, "undergone_verbs")
# the types (and modes) of an act that is the actor's own, aimed at no other party
# (``dyadic_or_one_sided``)
ONE_SIDED = frozenset({"PROTEST", "MOBILIZE"})
ONE_SIDED_MODES = frozenset({("RETREAT", "resign"), ("RETREAT", "disarm")})
# the types PLOVER codes with an actor alone ("Recipient required: no"), and the least gate
# probability that lets one of them in with no target read (``one_party_event``)
RECIPIENT_OPTIONAL = data.words("plover_codes.txt", "recipient_optional")
# chosen on the ConfliBERT CAMEO train sentences: the target-less events kept above it have the
# sentence's quad about 0.8 of the time (as above 0.7, 0.8 and 0.9), those between 0.5 and 0.6
# 0.67, and below 0.5 at most 0.6
ONE_PARTY_CONFIDENCE = 0.6
# acts done on a place (not talks or statements made at one): with no other target, the place's
# country is the target, as PLOVER codes them
_PLACE_TARGETED = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "RETREAT", "CONCEDE", "AID", "REJECT",
                   "THREATEN", "PROTEST"}
# future cooperation is a promise, future retreat a concession, future force a threat (PLOVER)
_FUTURE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
           "RETREAT": "CONCEDE", "ASSAULT": "THREATEN", "SANCTION": "THREATEN", "COERCE": "THREATEN",
           "PROTEST": "THREATEN"}
# acts of give and take that answer the other side of talks held before them (``parties.talks_partner``)
# or the host of an invitation (``parties.invitation_host``)
_SETTLED = frozenset({"AGREE", "CONCEDE", "RETREAT", "COOPERATE", "REJECT"})
# what a refusal of each cooperative event is
_REFUSED = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}


def find_events(doc: Doc, article_id: str, published: Optional[str] = None, statements: Sequence[Statement] = (),
                entities: Iterable[Entity] = (), model: Optional[EventModel] = None, tables: Optional[Tables] = None,
                threshold: float = THRESHOLD, gate: Optional[EventGate] = None, gated: bool = True,
                gate_log: Optional[list[tuple[Event, dict[str, float]]]] = None,
                url: Optional[str] = None, dyadic: bool = True) -> list[Event]:
    """The events of a parsed article, in text order (their JSON form: docs/json.md).

    Each coded event passes the gate (``gate.py``, the shipped one unless ``gate`` is given)
    unless ``gated`` is false; ``gate_log`` collects every event before the gate with the
    features it saw (to train it). Each has a target or is one-sided (``dyadic_or_one_sided``)
    unless ``dyadic`` is false (the coder's whole reading, as the rules' tests see it). ``url``,
    the article's address, names its own outlet, whose newsgathering is no event
    (``checks.newsgathering``)."""
    outlet = reporting_outlet(url)
    model = model or event_model.load()
    tables = tables or event_tables.load()
    gate = (gate or event_gate.load()) if gated else None
    contents = [(s.content.start, s.content.end) for s in statements]
    countries = _country_mentions(doc, tables)
    named_countries = ArticleCountries(countries)  # once an article: every party's coding asks it
    # an English county names Britain in the count of what the article is about, not in any
    # party's sentence (``subdivision_mentions``)
    main_country = article_leading_country(countries, subdivision_mentions(doc, tables), named_countries)
    # an article that names countries, none of which clearly leads: a party no words place takes
    # neither the main country nor the other party's ("Protesters [with] European Union flags
    # marched to Parliament": not the EU's parliament)
    undecided = main_country is None and bool(countries)
    # a person the article does not describe: not of the leading country where it names a territory
    # of that country coded apart ("lawmaker Ann Roe" in an article on China and Hong Kong)
    person_main = people_country(main_country, named_countries)
    cues = [(s.cue.start, s.cue.end, s.id) for s in statements if s.cue is not None]
    entities = list(entities)
    mentions = [(m[0], m[1], e.id) for e in entities for m in (e.mentions or [])]
    known = {e.id: e for e in entities}
    people = _people(doc, tables, entities, named_countries)
    voices = _voices(statements, tables, people, entities, doc, named_countries)
    found: dict[tuple[str, Optional[str], Optional[str], Optional[str], bool], Event] = {}
    poses = doc_index.pos(doc)
    for sent in doc.sents:
        if headline_case(sent):
            continue  # "Senator Roe Accuses Governor Lee Of Lying": a title, told in full below it
        for i in range(sent.start, sent.end):
            if poses[i] not in ("VERB", "NOUN"):
                continue  # no candidate (``is_candidate``): no Token made of the word
            token = doc[i]
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
                    hinted_demand(token) or inverted_condition(token) or own_resolve(token)
                    or passive_demand(token)):
                # "X said Y must ...": a demand by X
                kind, confidence, token_actor = "REQUEST", max(confidence, DEMAND_CONFIDENCE), _subject(token.head)
            if confidence < threshold and staged_protest(token):
                kind, confidence = "PROTEST", max(threshold, UNPATTERNED_THRESHOLD)  # its object names the act
            if confidence < (threshold if coded else UNPATTERNED_THRESHOLD):
                continue
            flags = event_flags(token)
            flags["negated"] = flags["negated"] or nor_negated(token)  # "nor has the ministry threatened the union"
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
            if token.lemma_.lower() in _SAYING and kind not in ("REQUEST", "THREATEN") and not ended_protest(token) \
                    and not staged_protest(token):  # "went on strike": "go" of speech ("goes like") no more
                continue  # "claimed", "called the move ...": saying so is no event (PLOVER drops statements)
            if token.lemma_.lower() in _UNDERGONE:
                continue  # "two victims died": what its subject underwent, done by no actor named
            if kind in _FORCE and figurative(token) or abused_office(token) or space_launch(token):
                continue  # "fighting corruption": a figure of speech, no event between actors
            if fought_for_people(token):
                continue  # "I will fight for you": a politician's promise, no force nor demand
            if kind == "REJECT" and rejected_notion(token):
                continue  # "rejected the notion that ...": disputing a view, no refusal
            if kind == "AGREE" and (opinion_agreement(token) or agreed_with_view(token, tables)):
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
            if declared_independence(token):
                continue  # "declared independence": a claim of statehood, no REQUEST of anyone
            if kind in _FORCE and sports_context(sent, token):
                continue  # "Sweden defeated South Korea 1 – 0": a game's result, no assault
            if claimed_act(token, tables):
                continue  # "Tamim claimed the Houthis attacked journalists": on one side's word only
            if unasserted_relative(token) or act_in_the_abstract(token):
                continue  # "name any groups who endorsed him": no one said to have done it
            if unrealised_act(token) or unrealised_noun(token) or pledged_policy(token):
                continue  # "avoided criticizing him", "his pledges to expel them", "pledged to ban all X": not done
            if nominal_participle(token) or mood_participle(token):
                continue  # "visiting the wounded", "the accused denied", "he was strangely subdued": no act
            if felt_attitude(token):
                continue  # "is distrusted by voters", "the remark upset fans": a feeling, no act
            if non_event_sense(token, kind):
                continue  # "took his stepfather's name", "joined the party", "failed to mention"
            if social_encounter(token, kind):
                continue  # "met his wife at a party", "attended a concert", "traveled for work"
            if kind == "MOBILIZE" and rallied_public(token):
                continue  # "identify and mobilize voters": a campaign's work, no forces raised
            if kind in _FORCE and fired_from_post(token):
                continue  # "whom Trump fired as campaign manager": a dismissal, no shot
            if kind in _FORCE and (contest_result(token) or electoral_defeat(token) or race_for_office(token)):
                continue  # "defeated Jones in the election", "hurt his chances", "beat Daly in Ohio": no force
            if token.dep_ == "xcomp" and forced_resigner(token.head) is not None:
                continue  # "Parliament forced the president to resign": coded on "forced", by the president
            mode = coded[1] if coded and coded[0] == kind and coded[1] else None
            phrase = set_phrase(token)
            if phrase == NO_EVENT:
                continue  # "hit the phones", "poured money into the race": a campaign's work, no blow
            if phrase is not None:  # "offered his congratulations": praise (SUPPORT), no offer
                kind, mode = _FUTURE.get(phrase[0], phrase[0]) if flags["future"] else phrase[0], phrase[1]
            victim = None
            if token.pos_ == "NOUN":
                actor_tok = act_noun_doer(token)  # "the editor's arrest by police": the police's
            else:
                actor_tok, victim = _verb_actor(token, token_actor, kind, sent, tables)
                resigner = forced_resigner(token)
                if resigner is not None and flags["negated"]:
                    continue  # "was not forced to resign": no resignation forced
                if resigner is not None:  # "was forced to resign": the official's resignation
                    later = flags["future"] or flags["hypothetical"]  # a resignation to come: PLOVER's CONCEDE
                    kind, mode = ("CONCEDE", None) if later else ("RETREAT", "resign")
                    actor_tok, victim = resigner, None
            # "Khashoggi was murdered": the victim is coded as a party first (its country), then
            # made the target of an actor the place implies (``implied_actor``)
            if actor_tok is None:
                continue  # PLOVER events have an actor
            if kind == "ASSAULT" and victim is not None and casualty_report(token):
                continue  # "three soldiers were killed on Tuesday": a casualty, no attacker told
            if unagented_casualty(token) and (kind != "ASSAULT" or crowd_violence(token, kind, actor_tok)):
                continue  # "three protesters were killed when police dispersed a rally": no PROTEST
            if kind == "REQUEST" and question_asked(token):
                continue  # "a reporter asked the mayor a question": a question put, no act asked for
            if kind == "REQUEST" and court_motion(token):
                continue  # "asked the court to block the order": a filing in a case, no act asked for
            if kind == "REQUEST" and protest_demand(token, actor_tok):
                continue  # "protesters' demands include ...": the topic of a protest, no REQUEST
            if writer_contact(token, kind, actor_tok, contents):
                continue  # "officials I interviewed said": the writer's newsgathering
            if kind in _FORCE and attacked_idea(token, actor_tok):
                continue  # "Mayor's budget plan assailed": the plan was attacked, by no one named
            if natural_cause(actor_tok):
                continue  # "the typhoon killed 6,000 people": harm done by no one's will
            if no_political_act(token, kind, actor_tok, outlet) or ordered_thing(token, kind, tables):
                continue  # "It also blocked roads" (a storm), "while studying at", "ordered a review"
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
            if social_encounter(token, kind):
                continue  # a meeting the model typed otherwise, private all the same ("met her sister for lunch")
            if held_occasion(token, kind) or continued_saying(token) or dismissed_holder(token, kind) \
                    or played_match(token, kind) and (token.lemma_.lower() != "meet" or sports_context(sent, token)):
                continue  # "a military funeral was held": an occasion, no one in custody
            if kind == "CONSULT" and phone_as_thing(token, mode):
                continue  # "Apple launched a new phone": a product, no call
            if kind == "COERCE" and mode == "deport" and removed_thing(token):
                continue  # "it was removed by the burglars": a thing taken, no one deported
            if kind == "COERCE" and caught_hazard(token):
                continue  # "the hotel caught fire": what befell it, no seizure
            took = taken_on(token, actor_tok) if victim is None else None
            if took == NO_EVENT:
                continue  # "took on debt", "took on the role": a load taken, no seizure
            if took is not None:
                kind, mode = took  # "Trump took on Clinton", "took direct aim at Rubio": in words
            if kind == "ASSAULT" and victim is None and campaign_attack(token, actor_tok):
                kind, mode = "ACCUSE", "disapprove"  # "hammered Bush throughout the campaign": in words
            if kind == "ASSAULT" and victim is None and verbal_attack(token, actor_tok):
                kind, mode = "ACCUSE", "disapprove"  # "Harris attacked Biden": in words
            if kind in _FORCE | {"REJECT"} and victim is None and (worded_attack(token) or retort(token)
                                                                   or writing_attacks(token, actor_tok)):
                kind, mode = "ACCUSE", "disapprove"  # "ripped her on social media", "continued his attacks"
            if kind == "PROTEST" and worded_protest(token):
                kind, mode = "ACCUSE", "disapprove"  # "protested that the aides were ...": in words
            if kind in _FORCE and shot_down_proposal(token):
                kind, mode = "REJECT", None  # "shot down the proposal": rejected, no blow
            kind, mode = legal_act(token, kind) or (kind, mode)  # "sued", "was sentenced", "arrested"
            if prison_sentence(token, kind) or sentence_passed(token):
                kind, mode = "SANCTION", "convict"  # "a court jailed him for ten years", "imposed a life sentence"
            if legal_charge(token):
                kind, mode = "ACCUSE", "allege"  # "was charged with murder": a charge, not an arrest
            if bodily_restraint(token, kind):
                continue  # "officers restrained the man", "held him on the ground": no arrest
            if victim is not None and (unnamed_critics(token, kind, mode) or flags["negated"]):
                continue  # "he was criticized", "was never forced": by no one named, or not done at all
            target_tok = ((_demanded_of(token, tables) if token_actor is not None else None)
                          or _target(token, tables, mediation=_mediation(token, kind, actor_tok)))
            target_tok = target_tok or back_at(token, tables)  # "shot back at Roe in a statement"
            target_tok = light_verb_target(token, target_tok, tables)  # "sent troops to Syria": Syria
            target_tok = delegation_destination(token, target_tok, tables)  # "sent a delegation to X": X
            if talk_topic(target_tok) or instrument_target(target_tok) or fired_from(kind, target_tok) \
                    or march_start(token, kind, target_tok) or spot_at(target_tok, kind):
                target_tok = None  # "talks on the programme", "launched a missile", "fired from Gaza": no party
            if kind in ("ACCUSE", "PROTEST"):
                if not addressed_at(token, target_tok):  # "fired back at Lee over the budget": Lee
                    target_tok = _grievance_doer(token, tables) or target_tok  # not the UN complained to
                target_tok = censured_act_doer(token, kind, target_tok, tables)  # "condemned Israel's strike on Syria"
            if kind in ("CONSULT", "AGREE"):
                target_tok = met_on_trip(token, tables) or target_tok  # "traveled to Florida to meet X"
            if target_tok is None and kind == "THREATEN":
                target_tok = _threatened(token, tables)
            if target_tok is None and kind in ("ASSAULT", "COERCE"):
                target_tok = counted_victims(token)  # "killing four": people counted
            if target_tok is None and kind == "ASSAULT":
                target_tok = struck_by_relative(token, tables)  # "the airstrike that killed General X"
            if kind in _SETTLED:
                target_tok = invitation_answered(token, tables) or target_tok  # "an invitation from X to ..."
            if target_tok is None and kind in _SETTLED and (kind, mode) not in ONE_SIDED_MODES:
                # "called off the strike after talks with the government"; "rejected an
                # invitation to a meeting of the factions"; not a resignation ("resigned after a
                # meeting with the president": his own act, aimed at no one)
                target_tok = talks_partner(token, tables, kind, actor_tok) or invitation_host(token, tables)
            if target_tok is None and (token.lemma_.lower() in _RECIPROCAL or mutual_act(token, kind)):
                target_tok = _partner(actor_tok, tables)
            if police_questioning(token, actor_tok, tables) or police_interview(token, actor_tok) \
                    or victim is not None and questioned(token):
                kind, mode = "ACCUSE", "investigate"  # "police questioned him": an investigation
            approval = approved_act(token, kind)  # "hailed the arrest of X": SUPPORT, and X no target
            # "accused X of": ACCUSE; "encouraged X to": REQUEST (the approval asked once, passed on)
            kind, mode = retyped(token, kind, mode, target_tok, approval)
            if approval:
                target_tok = approved_target(token, target_tok)
            if target_tok is None and kind == "REJECT":
                target_tok = refused_asker(token, tables)  # "X asked Y to ..., but he declined": X
            aimed, target_tok = verbal_check(token, kind, mode, target_tok, tables)
            target_tok = named_owner(target_tok, kind, tables)  # "a tax on Zedco products": Zedco
            target_tok = thing_possessor(target_tok, kind, tables)  # "rejected several of Lee's remarks": Lee
            target_tok = counted_whole(target_tok, tables)  # "freed dozens of activists": the activists
            if not approval:  # "hailed the arrest of X" backs the arrest's doer, not X (``approved_target``)
                target_tok = undergone_act_target(target_tok, kind, tables)  # "announced the arrest of X": X
            if time_target(target_tok) or thing_target(target_tok, kind, tables) or object_it(target_tok) \
                    or bare_act_noun(target_tok) \
                    or meeting_venue(token, target_tok) or meeting_purpose(token, target_tok):
                target_tok = None  # "at 12:20 p.m.": when, not whom; "signed a government decree", "tendered it": what
            if target_tok is None:
                # "ended its blockade of Tarvia's ports", "refused to reopen the border until Borduria
                # ...": whom the measure holds, or whose act the refusal waits for
                target_tok = (measure_target(token, kind, tables) or refusal_condition(token, kind, tables)
                              or joint_act_partner(token, kind, actor_tok, tables)  # "X and Y agreed to joint drills"
                              or purpose_target(token, kind, tables)  # "donated equipment to assist Tarvia"
                              or threatened_person(token, kind))  # "threatened to charge him"
            if aimed and target_tok is None:
                target_tok = alleged_party(token, kind, tables)  # "alleged the government is hiding ..."
            if aimed and (disowned_stance(token, kind, target_tok) or unaimed_allegation(token, kind, target_tok)):
                aimed = False  # "said he did not support those things", "was suspected to have it"
            if not aimed:
                continue  # a stance, an appeal to the public, an opinion on a policy: no act between actors
            if words_aimed_at_no_one(token, kind, target_tok):
                continue  # "shot back in a press release, arguing ...", "expressed frustration": only what was said
            actor, actor_unguessed = _party(actor_tok, doc, tables, countries, named_countries, mentions, voices,
                                            known, people, main_country)
            target, target_unguessed = (_party(target_tok, doc, tables, countries, named_countries, mentions,
                                               voices, known, people, main_country)
                                        if target_tok is not None else (None, None))
            if actor.sector is None and court_named_in(token) == actor_tok:
                actor.sector = "JUD"  # "convicted in the Southern District of New York": the court
            if target and actor and target.start == actor.start:
                target = None
            if own_force_instrument(token, target_tok, actor, target):
                target, target_tok = None, None  # "airstrikes with the Royal Saudi Air Force": the means
            if kind == "ACCUSE" and victim is None and inquiry_without_suspect(token, actor_tok, actor, tables,
                                                                               known.get(actor.entity or "")):
                continue  # "scientists examine the reason", "looking into a fix": no one accused
            own_countries = (actor.country, target.country if target else None)  # from their own words
            political = (actor.country or actor.sector or actor.entity or _named(actor_tok)
                         or actor_tok.lower_ in _PRONOUNS or several_countries(actor_tok))
            # the record codes a person by what the article says of them and several countries
            # by none (``unguessed_party``); the gate was trained on the first guesses
            if unguessed_party(actor_tok):
                actor.country = actor_unguessed
            if target is not None and target_tok is not None and unguessed_party(target_tok):
                target.country = target_unguessed
            settled = (actor.country, target.country if target else None)
            # "..., ABC of Australia reported": the reporter's words name no party's country
            reporter = _reporter(token)
            # "met with world leaders": of many countries, none to give (``worldwide``)
            # nor are the staff of a news outlet of where they report from (``outlet_staff``)
            far = target_tok is not None and (worldwide(target_tok) or several_countries(target_tok)
                                              or outlet_staff(target_tok, tables)
                                              or described_as_several(target_tok, countries)
                                              or ruled_by_person(target_tok) is not None)
            person_target = target_tok is not None and _a_person(target_tok)
            if target and target_tok is not None and target.country is None and counterpart(target_tok):
                # "met her counterpart from Brazil": of another side than the actor's, or of none
                target.country, far = counterpart_country(target_tok, countries), True
            if target and target_tok is not None and target.country is None and not far:
                # "the government" of an article on "the Fijian government": that one country
                target.country = tied_body_country(target_tok, tables)
            if target and target_tok is not None and target.country is None and not far:  # a target has its token
                target.country = _country_within(target_tok, countries, sent, actor,
                                                 skipped=[*_asides(sent, (token, target_tok)), *reporter,
                                                          *other_party_descriptions(actor_tok, (token, target_tok))])
                if person_target:
                    # "Hamas held Gilad Shalit, who ...": a person's country is what the article
                    # says of them, not the country their sentence names (``_a_person``)
                    own = _country_within(target_tok, countries, sent, actor, own_only=True)
                    target.country = own or _person_country(target.country, person_main)
            if actor.country is None and _civil_body(actor_tok):
                actor.country = "NGO"  # "The Third World Water Forum", "a human rights group"
            for party, party_tok in ((actor, actor_tok), (target, target_tok)):
                if party is not None and party_tok is not None and party.sector is None and party_body(party_tok):
                    party.sector = "PTY"  # "the Democratic National Committee": the party's own body
            rulers = ruled_by_person(actor_tok) is not None  # "the government of Ann Roe": hers or none
            if actor.country is None and not rulers:
                actor.country = tied_body_country(actor_tok, tables)  # "the government": see the target's
            if actor.country is None and not rulers and not several_countries(actor_tok) \
                    and not outlet_staff(actor_tok, tables) \
                    and not described_as_several(actor_tok, countries) \
                    and not guests_at_meeting(actor_tok, kind, token, target_tok, doc, tables, countries):
                # not "the ministers" of three countries, nor ministers met in Riyadh (not the host's)
                # "Security forces in Guinea", "Judge X ... Chilean officials": the country the
                # actor's own words or else its sentence names first, else the one the article
                # names most where it clearly leads (``_leading_country``; not the last named:
                # "Democrats" after a paragraph on China), else
                # the target's: an actor of no named country is most often a local one
                # a person's country is what the article says of them, never a place their
                # sentence names ("set the record in Berlin, Germany") nor the other party's
                # (``_person_country``)
                met_others = other_met_parties(token, target_tok) if target_tok is not None \
                    and counterpart(target_tok) else []  # "met her counterpart and Spanish officials"
                if _a_person(actor_tok) and victim is None:  # a victim stands for an implied actor
                    near = _country_within(actor_tok, countries, sent, target, skipped=[*reporter, *met_others],
                                           beside=target_tok)
                    own = _country_within(actor_tok, countries, sent, target, own_only=True)
                    fallback = _person_country(near, person_main)
                    ruled = _name_ruled_out(actor_tok, tables, named_countries)
                    if ruled is not None and fallback != ruled:
                        fallback = None  # "Moamer Gaddafi" in an article on Syria: no country
                    actor.country = own or fallback
                elif _unsure_subject_pronoun(actor_tok, countries, main_country,
                                             _last_country(countries, actor_tok.idx)):
                    actor.country = None  # "press conference in Turkey, when he refused": not TUR
                else:
                    # nor a clause describing another noun ("began investigating complaints that
                    # Ruritania had dumped steel": not Ruritania's; ``noun_clause_asides``)
                    near = _country_within(actor_tok, countries, sent, target,
                                           skipped=[*reporter, *met_others,
                                                    *noun_clause_asides(sent, (token, actor_tok))],
                                           beside=target_tok)
                    # a speaker's "we" is a person's too: no guess past their sentence where the
                    # article names a territory of its leading country (``people_country``)
                    spoken = actor_tok.lower_ in _FIRST_PERSON and any(s <= actor_tok.idx < e for s, e in contents)
                    # a police force works where the article's states and counties are
                    # (``police_force_country``) before the country it names most
                    actor.country = near if spoken and person_main != main_country else (
                        near or police_force_country(actor_tok, doc, tables, named_countries) or main_country
                        or (target.country if target and not undecided else None))
            if target and target_tok is not None and target.country is None and not far and not person_target \
                    and not unknown_place_party(target_tok, tables):  # "Artsakh soldiers": of no known country
                # "Police arrested a 66-year-old man", "the government ordered the opposition
                # newspaper to close": a target no country is named for is a local one, of the
                # country the article names most (not the actor's: "Iran backed the rebels"),
                # else the actor's
                # where no country leads, the actor's only when its own words name it ("Turkish
                # police prevented the demonstration": Turkey's)
                target.country = (custody_country(kind, mode, actor.country) or main_country
                                  or (actor.country if _a_country(actor.country)
                                      and (not undecided or own_countries[0] is not None) else None))
            if settled[0] is None and against_named_country(actor.country, target_tok, settled[1], tables):
                actor.country = None  # "Tutu called for sanctions against Nigeria": not Nigerian
            if token_actor is not None and own_country_demand(kind, target_tok, actor.country,
                                                              target.country if target else None,
                                                              actor.sector, actor_tok):
                partner = demand_partner(target_tok) if target_tok is not None else None
                if partner is None:
                    continue  # "Roe said Vetland has to move": a position at home, no one else asked
                target_tok = partner  # "X said Kenya and Uganda must reopen the border": of Uganda
                target, target_unguessed = _party(partner, doc, tables, countries, named_countries, mentions,
                                                  voices, known, people, main_country)
                if target.country in (None, actor.country):
                    continue
            if home_trip(token, kind, actor.country, target_tok, target.country if target else None, doc, tables,
                         countries):
                continue  # "Sanders visited Missouri", "made stops in Ohio": a trip at home, no meeting
            destination = None
            if target is not None and town_destination(token, target_tok, tables):
                # "traveled to New York for the Assembly": where the trip went, not whom it met
                destination, target, target_tok = target, None, None
            if homecoming(token, actor.country, doc, tables):
                continue  # "the delegation returned to New Delhi": home again, no act on anyone
            if private_trip(token, kind, actor_tok, actor.sector):
                continue  # "refugees travelled to Greece": a private journey, no host met
            if speaker_against_own_side(actor_tok, kind, actor, own_countries[1], voices,
                                        target.sector if target else None) \
                    or speaker_against_role_body(actor_tok, actor, own_countries[1], voices):
                actor.country = None  # "“We will strike the Saudis,” said a Houthi spokesman": not Saudi
                own_countries = (None, own_countries[1])
            if victim is None and office_ruled_out(_office_words(actor_tok, actor, known), actor.country, tables):
                actor.country = None  # "the Home Secretary" in an article naming the US most, never Britain
            if target is not None and target_tok is not None \
                    and office_ruled_out(_office_words(target_tok, target, known), target.country, tables):
                target.country = None
            if not political and not (confidence >= SURE and actor.country):
                # "her skin broke", "the only thing": no political actor, no event; but "a
                # roadside bombing near Samarra killed ..." is one, coded to where it happened
                continue
            # "the rebels released two hostages", "Zorbia sent medical supplies to Velmora": the
            # grammar vouches for the act, which the gate, weighing the verb of news, would drop
            vouched = victim is None and (freed_captives(token, kind, flags)
                                          or aid_delivered(token, kind, flags, own_countries[1], target_tok, actor_tok))
            if vouched:
                kind, mode = ("RETREAT", "release") if kind == "RETREAT" else ("AID", None)
            # "Zorbia forced the agency out of the country": a concrete act told as done between two
            # named political parties vouches for itself too
            if not vouched and victim is None and target is not None:
                named = event_gate.party_features("target", own_countries[1], target.sector)
                vouched = realised_dyad(token, kind, flags, any(s <= token.idx < e for s, e in contents),
                                        bool(event_gate.party_features("actor", own_countries[0], actor.sector)),
                                        target_tok, "target_coded" in named, "target_state" in named)
            gate_features: dict[str, float] = {}
            if gate is not None or gate_log is not None:
                gate_features = {
                    **event_gate.event_features(
                        token, kind, model_probs.get(kind, 0.0), model_probs.get(NONE, 0.0),
                        coded[0] if coded else None, how, confidence, flags,
                        len(_countries_between(countries, sent.start_char, sent.end_char)),
                        any(s <= token.idx < e for s, e in contents), _act_noun(token)),
                    **event_gate.party_features("actor", own_countries[0], actor.sector),
                    **event_gate.party_features("target", own_countries[1], target.sector if target else None)}
            if gate is not None:
                # the gate's probability that this is a real event of this type is what a user
                # can filter on (``onrecord events --min-confidence``)
                confidence = gate.probability(gate_features)
                if confidence < gate.threshold and not vouched:
                    continue  # no event after all: "served", "founded", "took place" in general news
                confidence = max(confidence, gate.threshold)  # a vouched act: as sure as the least kept
            if unnamed_doer:
                actor = EventParty("", token.idx, token.idx, country=actor.country)  # only where it was
            parties_key = (_party_key(actor), _party_key(target))  # the same act told twice: as before
            if victim is not None:
                parties_key = (victim_key(actor), parties_key[1])  # two victims of one attack: two acts
                implied = implied_actor(token, doc, tables, countries,
                                        _implied_country(actor_tok, sent, countries, actor.country))
                if implied is None:
                    continue  # "he was arrested" where no country is known: no actor to code
                casualty = placed_casualty(token, kind)
                if implied.text and casualty:
                    implied = EventParty("", token.idx, token.idx)  # "killed in the United States": no doer
                elif casualty and unsaid_casualty_doer(token, actor_tok, countries, implied.country):
                    implied = EventParty("", token.idx, token.idx)  # "the minister was injured": no doer said
                # "a religious garment was banned": a thing undergoes the act, no party (``thing_target``)
                actor, target = implied, (target or (None if thing_target(actor_tok, kind, tables) else actor))
            when = statement_date(sent.text, token.idx - sent.start_char, published)
            location = _location(token, target_tok, doc, tables, countries)
            if location is None and destination is not None:
                location = EventPlace(destination.text, destination.start, destination.end, country=destination.country)
            if target is None and kind in _PLACE_TARGETED and location is not None and location.country \
                    and not scene_of_act(kind, token, actor.country, location.country) and destination is None:
                # "Serbia lifted a curfew in Montenegro", "suspended aid deliveries in Baghdad":
                # an act on a place of no other target is aimed at that place's country; not an
                # attack or a protest there ("attacked in Baghdad": where, not whom)
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
            if dyadic and not (dyadic_or_one_sided(event)
                               or one_party_event(event) and subject_doer(token, actor_tok)):
                continue  # "the vote was held", "criticized the decision": aimed at no one named
            if dyadic and unaimed_inquiry(event, token, tables):
                continue  # "began investigations of the crash": no one investigated
            if dyadic and denied_act(event, token):
                continue  # "was never pressured by any official": told as not done
            key = (kind, *parties_key, when.date, flags["negated"])
            if key not in found or found[key].confidence < event.confidence:
                found[key] = event
    events = sorted(found.values(), key=lambda e: e.trigger.start if e.trigger else 0)  # all have a trigger
    for n, e in enumerate(events):
        e.id = f"{article_id}#v{n + 1}"  # numbered once the repeats are gone
    return events


def _act_noun(token: Token) -> Optional[str]:
    """The lemma of the event noun a light verb reports ("carried out airstrikes": "airstrike"),
    which the gate judges in the verb's place (``gate.event_features``); None for any other
    trigger."""
    light = light_verb_event(token)
    return light[0].lemma_.lower() if light is not None else None


def unaimed_inquiry(event: Event, token: Token, tables: Tables) -> bool:
    """Whether an investigation told by a light verb ("launched an investigation", "opened an
    inquiry": ``model.light_verb_event``) names no one investigated ("began investigations of the
    crash", "started its investigation by hiring a law firm"): PLOVER's ACCUSE/investigate is an
    inquiry into someone's wrongdoing, and one into an accident or a company's own affairs accuses
    no one. One whose target was read stays ("launched an investigation into the mayor"), and so
    does one "against" anyone, or whose "into" or "of" names an actor, the target reading missed
    (on the noun or its verb: "opened fraud investigations yesterday against 15 executives")."""
    if event.mode != "investigate" or event.target is not None:
        return False
    light = light_verb_event(token)
    if light is None:
        return False
    return not any(p.dep_ == "prep" and (p.lower_ == "against" or p.lower_ in ("into", "of") and any(
        _names_actor(w, tables) for w in p.subtree if w.pos_ in ("NOUN", "PROPN", "PRON")))
        for p in (*light[0].children, *token.children))


def denied_act(event: Event, token: Token) -> bool:
    """Whether a coded event is told as not done ("did not endorse her", "was never pressured by
    any official", "nor have they warned him"): PLOVER codes what happened, so the record leaves
    it out. A refusal is no negated event: "will not accept the offer" is coded REJECT, and its
    flag cleared, before this is asked; ``find_events(dyadic=False)`` still gives the negated
    reading (its flag set) for the rules' tests. Only the trigger's own negation counts (its own
    "not" or "never", or a "nor" before it): the flag also takes a "never" of the verb it hangs
    on, and "never hesitated to attack" or "never retreated and shelled the town" tell an
    attack done."""
    return event.negated and (any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)
                              or nor_negated(token))


def dyadic_or_one_sided(event: Event) -> bool:
    """Whether a coded event goes in the record: it has an actor and a target, or it is of a
    one-sided type. Coders in the PETRARCH/CAMEO line code dyadic events only, a source acting
    on a target, and so does the record: an event of a directed type read with no target is
    most often no event at all (an accident, a death, an election held, an act denied) or an
    act whose target was missed, half read ("criticized the decision": whose?). One-sided are
    a protest (PLOVER codes its place, not a recipient), forces raised or moved (MOBILIZE), and
    of RETREAT an official resigning or a party laying down its own arms (``ONE_SIDED``,
    ``ONE_SIDED_MODES``). Any target the coder kept counts, a place acted on too (it stands for
    its state, as PLOVER codes it): a stricter test of the target's own words ("names an actor")
    also dropped attacks on towns and bases and victims counted ("killed twelve"). No event is
    let off for its confidence: the gate's probability vouches for the type, not for a target
    read, and the surest target-less events were as often half read (docs/record.md, Events); a
    sure target-less event of a type PLOVER codes with its actor alone goes in by
    ``one_party_event`` instead, with a higher bar."""
    if event.actor is None:
        return False
    return event.target is not None or event.type in ONE_SIDED or (event.type, event.mode) in ONE_SIDED_MODES


def one_party_event(event: Event) -> bool:
    """Whether an event read with an actor and no target still goes in the record: PLOVER codes
    most types with no recipient required (``RECIPIENT_OPTIONAL``: "Russia called for a
    ceasefire", "Turkey agreed to a truce", "the senator criticized the decision"; only
    COOPERATE, AID and SANCTION need one), while the record's dyadic rule
    (``dyadic_or_one_sided``) dropped them all, about one in seven of the CAMEO training
    sentences with an event and a third of the PLOVER gold sentences left uncoded. A target-less
    reading is more often half read than a dyadic one (an accident, a view shared, an act whose
    target was missed), so it must be more likely an event than not by the gate's probability
    (``ONE_PARTY_CONFIDENCE``, its ``confidence`` here), not the gate's low threshold alone."""
    return (event.actor is not None and event.target is None and event.type in RECIPIENT_OPTIONAL
            and event.confidence >= ONE_PARTY_CONFIDENCE)


def subject_doer(token: Token, actor_tok: Token) -> bool:
    """Whether the actor of a verb trigger is its grammatical doer: its own active subject, the
    "by" phrase of its passive, or the subject of the verb it completes ("Vetland agreed to
    lift", "Zorbia is willing to withdraw"). An event with no target keeps only such an actor
    (``one_party_event``): where the coder took the actor from a relative clause's antecedent
    ("Ann Roe, whom the party had backed"), a noun's possessor ("Roe's arrest") or a passive's
    subject, the one named is as often the one acted on, and the missing target a sign of it."""
    if token.pos_ != "VERB":
        return False
    if any(c.dep_ == "auxpass" for c in token.children):  # "may be sued": only its "by" phrase acts
        return any(c.dep_ == "agent" and any(g.i == actor_tok.i for g in c.children) for c in token.children)
    verb = token
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i == actor_tok.i:
                return True
            if child.dep_ == "agent" and any(g.i == actor_tok.i for g in child.children):
                return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _office_words(token: Token, party: EventParty, known: dict[str, Entity]) -> list[str]:
    """The word keys that say what office a party holds (``countries.office_ruled_out``): its own
    phrase, and the roles and affiliation of the entity it was resolved to ("she" said by the
    Home Secretary, "Priti Patel" whom the article calls the Home Secretary)."""
    words = _words(_phrase(token))
    record = known.get(party.entity or "")
    if record is not None:
        words += [word_key(w) for w in " ".join([record.affiliation or "", *record.roles]).split()]
    return words
