"""Verbal events aimed at an actor: when a demand, a show of support, a rejection, a reproach or a
promise is a PLOVER event at all, and whom it is aimed at.

PLOVER drops plain statements (CAMEO's 01 and 02): a verbal event is one actor's act towards
another, a person, group, body or country. News of politics is full of words that look like
such acts and are not: a stance held ("she opposes the death penalty", "does not recognise the
republic"), an appeal to the general public ("urged voters to turn out", "urged residents to
evacuate"), an opinion on a policy, a value or a document that names no one behind it ("backed
term limits", "praised the report"), a question asked, a denial of what was said, a refusal to
comment, a feeling told ("I am deeply disturbed"), a disclosure ("revealed that"). A thing is no
target ("pushed for funding to avoid voter disenfranchisement"); an addressee the parse names is
("congratulated Pelosi", "endorsed his rival, Joe Biden"). The coder (``coder.find_events``)
asks ``retyped`` (verbs whose type is fixed: "accused X of", "encouraged X to", "mediated") and
then ``verbal_check`` of every event once its target is chosen; each rule is a function below.
Words are in ``data/event_words.txt``. These are rules in the coder rather than features of the
event gate: they say what an event is, and the gate's labels predate that reading (a gate
retrained on this coder, 2 min 10 s, kept more games and stances on the dev half: left out).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from onrecord import data
from onrecord.extract.events.countries import _SAYING
from onrecord.extract.events.tables import Tables, code_actor, word_key
from onrecord.extract.speakers.words import PERSON_HEADS, PERSON_NOUNS, ROLE_WORDS
from onrecord.extract.speech_acts import REFUSAL_VERBS, declined_comment

_WORDS = "event_words.txt"
# the event types that are acts in words: a demand, a promise, support, a reproach, a refusal,
# a concession or a threat (the acts of force and cooperation in deeds are left alone)
VERBAL = frozenset({"REQUEST", "SUPPORT", "REJECT", "ACCUSE", "AGREE", "CONCEDE", "THREATEN"})
# the verbal types an appeal to the public is mistaken for (an apology to the public is a
# concession PLOVER codes, a threat to "the people" is rare and real)
_APPEALS = frozenset({"REQUEST", "AGREE", "SUPPORT"})
# the verbal types that may be a mere opinion on a policy or a document ("backed the bill",
# "criticised the policy"); an accord on a plan, a bill withdrawn or a threat is an act
_OPINIONS = frozenset({"SUPPORT", "REJECT", "REQUEST", "ACCUSE"})
# the material type the verb table gives a verb of pressing ("pressure"): asked, not forced
_PRESSED = frozenset({"COERCE"})
_CALLING_VERBS = data.words(_WORDS, "calling_on_verbs")
_PUBLIC = data.words(_WORDS, "general_public")
_STANCE_VERBS = data.words(_WORDS, "stance_verbs")
_STANDING = data.words(_WORDS, "standing_adverbs")
_POSITIONS = data.words(_WORDS, "position_objects")
_STANCE_NOUNS = data.words(_WORDS, "stance_nouns")
_GROUPS = data.words(_WORDS, "group_nouns")
_PEOPLE = data.words(_WORDS, "people_nouns")
# endings of nouns of an act, a state or an idea ("assistance", "investigation", "disenfranchisement")
_ABSTRACT = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness")
_OWN = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_ADDRESS_PREPS = frozenset({"to", "with", "against", "on", "upon", "toward", "towards"})
_ACCUSATIONS = data.words(_WORDS, "accusation_verbs")
_EXHORTATIONS = data.words(_WORDS, "exhortation_verbs")
_OBJECT_NOT_ADDRESSEE = data.words(_WORDS, "object_not_addressee_verbs")
_DEMAND_MODALS = data.words(_WORDS, "demand_modals")
_FIRST_PERSON = frozenset({"i", "we"})
_WANTING = data.words(_WORDS, "wanting_verbs")
_RULE_NOUNS = data.words(_WORDS, "rule_nouns")
_REBUTTALS = data.words(_WORDS, "rebuttal_verbs")
_DENIED_FACTS = data.words(_WORDS, "denied_fact_nouns")
_CAMPAIGNS = data.words(_WORDS, "campaign_nouns")
STATEMENT_NOUNS = data.words(_WORDS, "statement_nouns")
_REGRETS = data.words(_WORDS, "regret_verbs")
_FAULTS = data.words(_WORDS, "fault_nouns")
_SELF_DEFENCE = data.words(_WORDS, "self_defence_verbs")
_FEELINGS = data.words(_WORDS, "feeling_verbs")
_MEDIATIONS = data.words(_WORDS, "mediation_verbs")
_DISCLOSURES = data.words(_WORDS, "disclosure_verbs")
_ASSERTIONS = data.words(_WORDS, "assertion_verbs")
_FUTURE_MODALS = data.words(_WORDS, "future_modals")  # not a demand ("must", "should")
_APPEAL_VERBS = data.words(_WORDS, "appeal_verbs")
_PRAISE_VERBS = data.words(_WORDS, "praise_verbs")
# what a stance may be taken on that is no actor: a measure, a decision, a pact, a proposal
_MEASURES = (_POSITIONS | data.words(_WORDS, "measure_nouns") | data.words(_WORDS, "decision_nouns")
             | data.words(_WORDS, "pact_nouns") | data.words(_WORDS, "proposal_nouns")
             | data.words(_WORDS, "accepted_terms") | data.words(_WORDS, "restriction_nouns"))
# a state recognised is an act done to it ("recognised Kosovo"); a view differing, ``differing_views``
_MEASURE_STANCES = _STANCE_VERBS - {"recognise", "recognize", "disagree"}
_VIEW_DIFFERENCES = data.words(_WORDS, "view_difference_verbs")
_AIMED_GERUNDS = data.words(_WORDS, "aimed_gerund_verbs")  # "backed arming the rebels" (``_aimed_gerund``)
_RELATIVES = frozenset({"which", "that"})
_BACKING = data.words(_WORDS, "backing_verbs")
_APPROVALS = data.words(_WORDS, "approval_verbs")
_SUPPORT_VOICING = data.words(_WORDS, "support_voicing_verbs")
_SUPPORT_NOUNS = data.words(_WORDS, "support_nouns")
# the types the verb table gives a verb of approval read as hostility to the victim of the act
# approved ("hailed the arrest": ACCUSE) or as a promise ("expressed support": AGREE, from "express for")
_APPROVAL_MISREAD = frozenset({"ACCUSE", "THREATEN", "AGREE"})
_THINGS = frozenset({"it", "this", "that", "these", "those"})  # pronouns of a thing, not of one backed
# acts between parties: a call for one, or praise of one, is aimed at them though none is named
_ACTS_BETWEEN = data.words(_WORDS, "conflict_words") | data.words(_WORDS, "aid_words")
_ASKING = data.words(_WORDS, "asking_verbs")
_GRANTING = data.words(_WORDS, "granting_verbs")
_CONCEDED_CONTESTS = data.words(_WORDS, "conceded_contests")
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OBJECTS = frozenset({"dobj", "obj", "dative"})
# question words ("how", "where", "which", "what"); "whether" and "if" are tagged IN
_WH_TAGS = frozenset({"WRB", "WDT", "WP", "WP$"})
# the possessives a subject's own fault takes ("we regret our mistake"); any other subject's,
# "its" or "their" (and a person's "his" or "her")
_OWN_POSSESSIVES = {"i": {"my"}, "we": {"our"}, "you": {"your"}, "he": {"his"}, "she": {"her"},
                    "it": {"its"}, "they": {"their"}}


def verbal_check(token: Token, kind: str, mode: Optional[str], target: Optional[Token],
                 tables: Tables) -> tuple[bool, Optional[Token]]:
    """(whether the verbal event is an event at all, its target) for the trigger ``token`` coded
    ``kind`` with the target the coder found (a thing is no target; a named addressee the coder
    missed is). Events of other types pass unchanged, but for a feeling told (``feeling``), an
    act someone did not say was done (``unsaid_act``) and an act refused (``refused_act``)."""
    if feeling(token) or unsaid_act(token) or refused_act(token):
        return False, None
    if kind not in VERBAL:
        return True, target
    if kind == "REQUEST" and (asked_question(token) or naming_call(token) or demand_of_no_actor(token, tables)
                              or asserted_fact(token) or unnamed_asker(token)):
        return False, None
    if kind in _APPEALS and public_addressee(token, target):
        return False, None
    if kind in ("CONCEDE", "REJECT") and granted_point(token):
        return False, None  # "conceded that he had touched her", "did not concede the election"
    if kind == "REJECT" and (unable_stance(token) or refused_no_one(token)):
        return False, None  # "is sure he can't support her", "are backing no one in the race": a position
    if standing_position(token) or standing_rule(token) or rebuttal(token) or declined_comment(token) \
            or defended_own(token) or enacted_law(token):
        return False, None
    if stance_on_measure(token) or differing_views(token):
        return False, None  # "opposed closing the depot", "the pact, which Roe backed", "differ on trade"
    if kind not in ("REQUEST", "THREATEN") and disclosure(token):
        return False, None
    if target is not None and thing_target(target, tables):
        target = None
    if target is None:
        target = named_addressee(token)
    if target is None and (kind == "REQUEST" and policy_call(token, tables)
                           or kind == "SUPPORT" and praised_thing(token, tables)):
        return False, None  # "pushed for extra funding", "hailed the agreements": a position, an opinion
    if target is None and kind in _OPINIONS and (kind != "ACCUSE" or mode in (None, "", "disapprove")) \
            and unaimed_position(token, tables):
        return False, None
    return True, target


def public_addressee(token: Token, target: Optional[Token]) -> bool:
    """"Urged voters to turn out", "urging viewers to vote", "called on residents to evacuate":
    a demand or promise addressed to the general public (``[general_public]``) and to no named
    actor is a campaign appeal or a public notice, which PLOVER drops with plain statements."""
    addressees = [a for c in token.children if c.dep_ in _OBJECTS for a in campaign_addressees(c)]
    # after the verb only: "On a new website, Microsoft launched ..." sets the scene
    addressees += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
                   and p.i > token.i for g in p.children if g.dep_ == "pobj"]
    if target is not None:
        addressees.append(target)
    if not addressees:
        return False
    return all(_public(a) for a in addressees)


def campaign_addressees(obj: Token) -> list[Token]:
    """Whom an object's own verb addresses: "launched a campaign to persuade users to ...", "ran
    ads urging voters to ..." address the users and the voters (an appeal to them), not the
    campaign; any other object is its own addressee. Only an object that is itself a campaign or
    an appeal (``[campaign_nouns]``) is looked through ("urged the platforms hosting users in
    China to resist" addresses the platforms)."""
    if obj.lemma_.lower() not in _CAMPAIGNS:
        return [obj]
    for verb in obj.children:
        if verb.dep_ == "acl" and verb.pos_ == "VERB":
            addressed = [g for g in verb.children if g.dep_ in _OBJECTS]
            if addressed:
                return addressed
    return [obj]


def _public(token: Token) -> bool:
    """A noun of the general public that names no one ("voters", "residents", "the public"; not
    "Iranian voters' representatives", not "Kenyan citizens' union")."""
    if token.ent_type_ in _ACTOR_ENTS and token.ent_type_ != "NORP":
        return False
    return token.lemma_.lower() in _PUBLIC or token.lower_ in _PUBLIC


def standing_position(token: Token) -> bool:
    """"She opposes the war", "the country does not recognise Kosovo", "he has long supported
    the plan", "continues to back the rebels": a stance verb (``[stance_verbs]``) in the simple
    present, or with a word of duration (``[standing_adverbs]``), states a position held, not an
    act done at a time; PLOVER codes acts ("recognised Kosovo on Monday"). A verb of preference
    or need (``[wanting_verbs]``: "would prefer", "favoured", "needs") is a position always."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in _WANTING:
        return True  # "would prefer", "favoured integration", "needs to be involved": never an act
    if token.lemma_.lower() not in _STANCE_VERBS:
        return False
    children = list(token.children)
    if any(c.lower_ in _STANDING for c in children if c.dep_ in ("advmod", "npadvmod")):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("continue", "remain"):
        return True
    if held_against(token):
        return True
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ in ("VBZ", "VBP"):  # "opposes", "support" (not "is supporting" now, nor "will")
        return not auxes
    if token.tag_ == "VB":  # "does not recognise": the present of "do" and the bare verb
        return bool(auxes) and all(a.lemma_.lower() == "do" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return False


def stance_on_measure(token: Token) -> bool:
    """"The senator has opposed closing the depot", "farmers endorsed making it easier to sell
    abroad", "the trade pact, which the minister vehemently opposed", "backed the tariff hike":
    a stance verb (``[stance_verbs]``) whose objects are all a measure, a decision or a pact
    (``_MEASURES``) or an act named by a gerund is a position on a policy, told at whatever
    time; PLOVER's SUPPORT and its disapproval are aimed at an actor, and a measure is none, even
    when it names the one it bears on ("closing the depot": the depot is not opposed). The
    antecedent of a relative clause stands for its "which" or "that". A measure with a possessor
    ("Lee's plan", "opposed the board's decision") is aimed at whose it is and left alone, as
    is a state recognised and any person or body backed ("endorsed him")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _MEASURE_STANCES:
        return False
    children = list(token.children)
    objects = [c for c in children if c.dep_ in _OBJECTS or c.dep_ == "xcomp" and c.tag_ == "VBG"]
    if token.dep_ == "relcl" and (not objects or all(o.lower_ in _RELATIVES for o in objects)):
        objects = [token.head]  # "the pact, which Roe opposed": the pact
    if not objects:
        return False
    objects += [cj for o in objects if o.pos_ == "NOUN" for cj in o.conjuncts]
    return all(_measure(o, token) for o in objects)


def _measure(word: Token, verb: Token) -> bool:
    """An act named by a gerund ("closing the depot", "raising the wage") or a noun of a
    measure, a decision or a pact (``_MEASURES``; not one of conflict or aid, ``_ACTS_BETWEEN``)
    that no possessor and no "of", "by", "between" or "with" phrase with a name or a pronoun ties
    to an actor ("Lee's plan", "the decision by the court", "a pact between them"), nor a
    relative clause with a subject of its own ("the decision that the governor took"; not the
    stance ``verb``'s own clause: "the pact, which Roe opposed"). A name or a nationality before
    the noun is its maker as a possessor is ("the Tarvian decision", "the League proposal", "the
    Vetland tariff hike"), and so is a "from" phrase ("the proposal from Vetland"); a gerund of
    aid or force done to a named party ("arming the Kurdish fighters") is aimed at that party
    (``_aimed_gerund``)."""
    if word.pos_ == "VERB":
        return word.tag_ == "VBG" and word.dep_ in ("xcomp", "dobj", "obj") and not _aimed_gerund(word)
    if word.pos_ != "NOUN" or word.lemma_.lower() not in _MEASURES or word.lemma_.lower() in _ACTS_BETWEEN:
        return False  # "backed the ceasefire": a measure between parties, left to the coder
    for child in word.children:
        if child.dep_ == "poss" and child.lower_ not in _OWN:
            return False
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in _ACTOR_ENTS:
            return False  # "the Tarvian decision", "the League proposal": whose it is
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from", "between", "among", "with") and any(
                g.ent_type_ in _ACTOR_ENTS or g.pos_ == "PRON" for g in child.subtree):
            return False  # "the decision by the court", "a pact between them": whose it is
        if child.dep_ in ("relcl", "acl") and child.i != verb.i and any(
                g.dep_ in ("nsubj", "agent") and g.lower_ not in _RELATIVES for g in child.children):
            return False  # "the decision that the governor took": its maker named
    return True


def _aimed_gerund(gerund: Token) -> bool:
    """Whether a gerund a stance takes is aid or force (``[aimed_gerund_verbs]``: "arming",
    "funding", "bombing") done to a named party ("backed arming the Kurdish fighters", "opposed
    bombing Vetland"): the stance is then on what is done to that party, and PLOVER's SUPPORT or
    disapproval is aimed at it; "backed raising the tariff" is a measure and no one's."""
    if gerund.lemma_.lower() not in _AIMED_GERUNDS:
        return False
    objects = [c for c in gerund.children if c.dep_ in _OBJECTS]
    return any(t.ent_type_ in _ACTOR_ENTS for o in objects for t in o.subtree)


def differing_views(token: Token) -> bool:
    """"The two candidates differ on trade", "they have differed on defense and immigration",
    "disagreed over the budget", "was contrasting his position with that of his rival": views
    that differ, or are set side by side, are a statement of where each stands, no act between
    actors (``[view_difference_verbs]``); PLOVER drops statements. A verb only: the noun
    ("their disagreement") is left to the coder."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _VIEW_DIFFERENCES


def unable_stance(token: Token) -> bool:
    """"He is fairly sure he can't support her", "I could never endorse him": a stance verb
    (``[stance_verbs]``) negated under "can" or "could" tells what the speaker is able to hold, a
    position, no refusal of anyone's request at a time (the coder turns a negated verb of
    cooperation into REJECT). Only a person's own stance (a pronoun or a person's name as the
    subject): "Vetland can't recognize the new government" is a state's refusal. "Refused to
    endorse him", "will not back him" are left alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _STANCE_VERBS:
        return False
    children = list(token.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PRON" or subject.ent_type_ == "PERSON"):
        return False  # "Vetland can't recognize the new government": a state's refusal
    return (any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in children)
            and any(c.dep_ == "neg" for c in children))


def refused_no_one(token: Token) -> bool:
    """"The unions add that they are not backing any nominee", "has not endorsed anyone": a stance
    verb negated whose object is anyone at all ("any candidate", "anyone") refuses no one in
    particular; a neutrality stated, no REJECT between actors. A decision announced for what is
    to come ("she will not endorse any candidate in the primary") is left a refusal, and so is
    an "any" phrase that names a party ("did not back any Tarvian nominee", "any resolution of
    the League": what that party put forward)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _STANCE_VERBS:
        return False
    if not any(c.dep_ == "neg" for c in token.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    # "did not back any Tarvian nominee": a refusal of what a named party put forward
    return bool(objects) and all(o.lower_ in ("anyone", "anybody") or (any(
        d.dep_ == "det" and d.lower_ == "any" for d in o.children) and not any(
        t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in o.subtree)) for o in objects)


def held_against(token: Token) -> bool:
    """"Most council members were opposed to the mayor", "she is opposed to the dam": "opposed
    to" as a participle of state (no one named doing it, no "by") is a position held, whatever
    its tense; "the party opposed the bill" (an object) is an act and is left to the rest."""
    return (token.lemma_.lower() == "oppose" and token.tag_ in ("VBN", "JJ")
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ in ("agent", "dobj", "obj") for c in token.children))


def thing_target(target: Token, tables: Tables) -> bool:
    """A target that is a thing, not an actor: "pushed for funding to avoid voter
    disenfranchisement", "endorsed the selection of a woman of colour", "offered military
    assistance". The coder's test of a phrase takes any actor word in it ("voter", "military");
    a verbal event is aimed at its head. A head that names an act, a state or an idea (a noun of
    ``_ABSTRACT`` ending, not a body's name: ``[group_nouns]``; or a policy, a plan, a value:
    ``[position_objects]``) is a thing, unless a possessor or modifier names whose it is
    ("Serbia's crackdown", "a Senegalese peace plan", "the proclamation by the president")."""
    if target.pos_ != "NOUN" or target.ent_type_ in _ACTOR_ENTS:
        return False
    lemma = target.lemma_.lower()
    if not (lemma in _POSITIONS or (lemma.endswith(_ABSTRACT) and lemma not in _GROUPS)):
        return False
    if any(code_actor([word_key(target.text)], tables)):
        return False  # "the administration", "the authorities"
    for child in target.children:
        if child.dep_ == "poss" and child.lower_ not in _OWN:
            return False  # "Hosni's creation": aimed at Hosni (his, her, its: the actor's own, often)
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_type_ in _ACTOR_ENTS:
            return False
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            if any(g.ent_type_ in _ACTOR_ENTS for g in child.subtree):
                return False  # "the proclamation of Golan Heights by the president"
    return True


def names_actor_alone(token: Token, tables: Tables) -> bool:
    """Whether the head word itself, with its compounds, names an actor ("the government",
    "government officials", "villagers", "the delegation"), not only a word beside it."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in _ACTOR_ENTS or token.pos_ in ("PRON", "PROPN") or lemma in _PEOPLE or lemma in _GROUPS:
        return True
    # its own words before it ("US and British forces"), not a possessor's ("the Capitol's flags")
    words = [t for c in token.lefts if c.dep_ not in ("poss", "det", "punct") for t in c.subtree] + [token]
    return any(code_actor([word_key(t.text) for t in words], tables))


def named_addressee(token: Token) -> Optional[Token]:
    """The actor a verbal event is addressed to when the coder found none (or only a thing) and
    the parse names one: a proper noun as the object ("congratulated Pelosi"), an object with a
    name in apposition ("endorsed his former rival, Joe Biden"), or a name after a preposition
    of address ("offered military assistance to Indonesia", "apologised to Brazil")."""
    for obj in (c for c in token.children if c.dep_ in _OBJECTS):
        if obj.pos_ == "PROPN" and obj.ent_type_ in ("", *_ACTOR_ENTS):
            return obj
        for appos in (c for c in obj.children if c.dep_ == "appos"):
            if appos.ent_type_ in _ACTOR_ENTS:
                return appos
    for prep in (c for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in _ADDRESS_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.ent_type_ in _ACTOR_ENTS:
                return pobj
    return None


def unaimed_position(token: Token, tables: Tables) -> bool:
    """"Backed term limits", "criticised the policy", "praised the report", "expressed interest
    in term limits", "signed the bill": a verbal event whose object is a policy, a value, an
    idea or a document (``[position_objects]``) that names no one behind it is an opinion, not an
    act towards an actor ("rejected a Senegalese peace plan" and "denounced Serbia's policy" are
    aimed at those who made them). Only when no target was found."""
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "to", "against")
                for g in p.children if g.dep_ == "pobj"]
    objects = _past_stance_nouns(objects)  # "expressed opposition to X": X
    if not objects:
        return False
    return all(_position(o, tables) for o in objects)


def _past_stance_nouns(objects: list[Token]) -> list[Token]:
    """The objects with each stance noun (``_STANCE_NOUNS``) replaced by its own prepositions'
    objects, put last: "expressed opposition to X", "voiced support for X": X."""
    for obj in list(objects):
        if obj.lemma_.lower() in _STANCE_NOUNS:
            objects.remove(obj)
            objects += [g for p in obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return objects


def _position(obj: Token, tables: Tables) -> bool:
    """A policy, value, idea or document that names no actor in its phrase: no person's or body's
    name, no possessor that is a name or a noun ("the government's policy"), no nationality
    ("a Senegalese plan"; "Congressional term limits" names no country)."""
    heads = [obj, *(c for c in obj.children if c.dep_ == "conj")]
    if not all(h.lemma_.lower() in _POSITIONS and h.pos_ == "NOUN" for h in heads):
        return False
    for h in heads:
        for t in h.subtree:
            if t.ent_type_ in ("PERSON", "ORG") or (t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN")):
                return False
            if t.ent_type_ in ("GPE", "NORP") and code_actor([word_key(t.text)], tables)[0]:
                return False
    return True


def _own_fault(fault: Token, verb: Token) -> bool:
    """Whether a fault regretted is the regretter's own: it has no possessor ("regrets this
    mistake") or one that is the subject's ("we regret our mistake", "the ministry regrets its
    error"); "the EU regretted Russia's mistake" reproaches another."""
    owners = [c for c in fault.children if c.dep_ == "poss"]
    if not owners:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    own = _OWN_POSSESSIVES.get(subject.lower_) or (
        {"its", "their", "his", "her"} if subject.ent_type_ == "PERSON" else {"its", "their"})
    return all(o.lower_ in own for o in owners)


def retyped(token: Token, kind: str, mode: Optional[str], target: Optional[Token] = None,
            approval: Optional[bool] = None) -> tuple[str, Optional[str]]:
    """The type of a verbal event its verb and its parse fix, whatever the model says: "accused
    X of", "condemned X" is ACCUSE/disapprove (``[accusation_verbs]``); "mediated an end to the
    conflict", "brokered a truce" is CONSULT/third-party (``[mediation_verbs]``); "encouraged the CIA to
    release the files", "pressed X to", "pressured X to" is a REQUEST (``pressed_to_act``, also
    from the verb table's COERCE); "regrets this mistake", read as a reproach, is CONCEDE, PLOVER's
    apology (``[regret_verbs]`` with a fault owned, ``[fault_nouns]``, ``_own_fault``); "supported X
    against Y" is SUPPORT (``backed_against_foe``), and so is approval the verb table reads as
    hostility or a promise ("hailed the arrest", "expressed support for": ``approved_act``; a
    caller that asked it already passes its answer as ``approval``)."""
    lemma = token.lemma_.lower()
    if kind in _PRESSED and pressed_to_act(token):
        return "REQUEST", None  # "tried to pressure the government to launch an inquiry": asked, not forced
    if kind not in VERBAL:
        return kind, mode
    if token.pos_ == "VERB" and lemma in _MEDIATIONS and kind != "CONSULT":
        return "CONSULT", "third-party"
    if token.pos_ == "VERB" and lemma in _REGRETS and kind == "ACCUSE" and any(
            c.dep_ in _OBJECTS and c.lemma_.lower() in _FAULTS and _own_fault(c, token) for c in token.children):
        return "CONCEDE", None  # "deeply regrets this disastrous mistake": an apology, no reproach
    if token.pos_ == "VERB" and lemma in _ACCUSATIONS and kind != "ACCUSE":
        return "ACCUSE", "disapprove"
    if kind == "ACCUSE" and backed_against_foe(token, target):
        return "SUPPORT", None  # "supported the government against the rebellion": backing, no reproach
    if (approved_act(token, kind) if approval is None else approval):
        return "SUPPORT", None  # "hailed the arrest", "welcomed the verdict against X": approval, no reproach
    if kind != "REQUEST" and (pressed_to_act(token) or called_on_to_act(token)):
        return "REQUEST", None
    return kind, mode


def called_on_to_act(token: Token) -> bool:
    """"Called on the navy to attack the pirate bases", "appealed to the council to act":
    calling on someone (``[calling_on_verbs]`` with "on"/"upon"/"to" and an addressee) to do an act
    is PLOVER's REQUEST made of them, whatever the act asked is: the violence named is asked of
    another, not threatened by the speaker."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CALLING_VERBS:
        return False
    children = list(token.children)
    addressed = [g for p in children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
                 for g in p.children if g.dep_ == "pobj"]
    acts = [c for c in (*children, *(a for g in addressed for a in g.children)) if c.dep_ in ("xcomp", "acl")]
    return bool(addressed) and any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in acts)


def backed_against_foe(token: Token, target: Optional[Token] = None) -> bool:
    """"Saudi Arabia began supporting the government against the rebellion", "backed the rebels
    against the regime": a verb of backing (``[backing_verbs]``) with a direct object, the one
    backed, and an "against" phrase, the common foe, is support given; the verb table's pattern
    "support against" (a reproach: support withheld, a stand against) fits only a verb with no
    one backed. Not when the target found is the foe, the object being a thing backed and no
    actor ("supported sanctions against Russia", "backed the war against Iraq": a stand against
    Russia, no support of it). The docstring of ``retyped`` says how the type is then fixed."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _BACKING or _under_against(target, token):
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    # the "against" phrase hangs on the verb or, as the parse often has it, on the one backed
    return bool(objects) and any(c.dep_ == "prep" and c.lower_ == "against"
                                 for h in (token, *objects) for c in h.children)


def approved_act(token: Token, kind: str) -> bool:
    """"The foreign minister hailed the arrest of the smuggling boss", "welcomed the verdict against
    the former dictator", "the mayor expressed support for the teachers' strike": a verb of approval
    (``[approval_verbs]``) or support voiced (``[support_voicing_verbs]`` with a noun of
    ``[support_nouns]`` for object) that the verb table or the model codes as a reproach, a threat
    or a promise (CAMEO reads approving a hostile act as hostility to its victim; "express for" as
    a promise) is PLOVER's SUPPORT: approving a policy, an action or an actor. Not when negated
    ("did not welcome the ruling": disapproval) nor a promise told of the future ("will back the
    sanctions": ``_FUTURE`` makes support to come a promise); the target is then the one backed,
    never the victim of the act approved (``approved_target``)."""
    if kind not in _APPROVAL_MISREAD or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children) or _told_later(token):
        return False  # "will back the sanctions": support to come, PLOVER's promise
    lemma = token.lemma_.lower()
    if lemma in _APPROVALS:
        return kind != "AGREE"  # "welcomed the invitation", "backed the talks": an offer taken up
    return lemma in _SUPPORT_VOICING and any(c.dep_ in _OBJECTS and c.lemma_.lower() in _SUPPORT_NOUNS
                                             for c in children)


def _told_later(token: Token) -> bool:
    """Whether a verb is told of what is to come ("will back", "would support", "plans to endorse")."""
    heads = [token] + ([token.head] if token.dep_ == "xcomp" else [])
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for h in heads for c in h.children) \
        or token.dep_ == "xcomp"


def approved_target(token: Token, target: Optional[Token]) -> Optional[Token]:
    """The target of an approval retyped SUPPORT (``approved_act``): the one approved when the
    object names an actor ("praised the police"), the maker of the act approved when the object
    has one ("the teachers' strike", "the court's verdict"), else none: the victim of the act
    approved ("the arrest of the boss", "the verdict against X") is no one supported."""
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    backed = [g for o in objects if o.lemma_.lower() in _SUPPORT_NOUNS
              for p in o.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    for thing in backed or objects:
        if thing.ent_type_ in _ACTOR_ENTS or thing.pos_ in ("PROPN", "PRON") and thing.lower_ not in _THINGS:
            return thing
        maker = next((c for c in thing.children if c.dep_ == "poss" and c.lower_ not in _OWN), None)
        if maker is not None:
            return maker
        if thing.lemma_.lower() in _PEOPLE or thing.lemma_.lower() in PERSON_NOUNS:
            return thing  # "praised the officers", "backed the protesters"
    if target is not None and not any(target.i == o.i for o in objects):
        return None  # a word inside the act approved ("of the boss", "against X")
    return target


def _under_against(word: Optional[Token], verb: Token) -> bool:
    """Whether a word stands in an "against" phrase of the verb's, on the verb or on its object."""
    while word is not None and word.i != verb.i and word.head.i != word.i:
        if word.dep_ == "pobj" and word.head.lower_ == "against":
            return True
        word = word.head
    return False


def pressed_to_act(token: Token) -> bool:
    """"Encouraged the CIA to release the files", "pressured the government to launch an inquiry":
    a verb of urging or pressing (``[exhortation_verbs]``) with an addressee and the act asked of
    them is PLOVER's REQUEST, a demand made of an actor, whether the verb table reads support
    ("encouraged") or coercion ("pressure": no force is used, the other is only pressed)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _EXHORTATIONS:
        return False
    children = list(token.children)
    return any(c.dep_ in _OBJECTS for c in children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in children)


def asked_question(token: Token) -> bool:
    """"Asked officials how the documents ended up on the street", "asked whether the plan was
    legal": asking a question (a clause opened by a question word or "whether", "if") is an
    inquiry, not PLOVER's request of an act ("asked the judge to delay his ruling")."""
    if token.lemma_.lower() != "ask":
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" for c in children) or any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    for clause in (c for c in children if c.dep_ in ("ccomp", "advcl")):
        first = clause.left_edge  # "how such documents ... wound up": the clause's first word
        if first.tag_ in _WH_TAGS or first.lower_ in ("whether", "if"):
            return True
    return False


def naming_call(token: Token) -> bool:
    """"Called Trump a national embarrassment", "the agency called Nevada for Biden", "pushed
    Biden to the far left": "call" or "push" with a direct object and no act asked of it (no
    "to" infinitive) names, declares or moves; a demand is "called for", "called on X to",
    "pushed X to resign"."""
    if token.lemma_.lower() not in _OBJECT_NOT_ADDRESSEE or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if not any(c.dep_ in ("dobj", "obj", "oprd") for c in children):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in children)


def demand_of_no_actor(token: Token, tables: Tables) -> bool:
    """"Democrats claimed the election should decide", "ordered the flags be lowered", "we must
    get Brexit done": a demand whose clause has a thing or the speakers themselves as subject asks
    no actor for anything (PLOVER's "X said the government must ..." names one). Of a demanding
    verb's own clause, only a passive one ("that the flags be lowered": no one named to act)."""
    subject: Optional[Token] = None
    if any(c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS for c in token.children) and token.dep_ == "ccomp":
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            if any(c.dep_ in ("dobj", "obj", "dative") for c in token.children):
                break  # "ordered the troops (that) ...": asked of the object
            # only a passive clause: "ordered (that) the flags be lowered" hides who is to act; in
            # "insists that the budget include ..." the budget stands for those who write it
            subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            break
    if subject is None:
        return False
    if subject.lower_ in _FIRST_PERSON:
        return True
    return subject.pos_ == "NOUN" and not names_actor_alone(subject, tables)


def standing_rule(token: Token) -> bool:
    """"The department maintains a policy of not charging a sitting president", "a tradition of
    not seeking a third term": an act named inside a policy, practice or tradition
    (``[rule_nouns]``) is a standing rule, not an act done."""
    child = token
    for _ in range(3):
        head = child.head
        if head.i == child.i:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in _RULE_NOUNS:
            return True
        if child.dep_ not in ("pcomp", "pobj", "acl", "prep", "xcomp"):
            return False
        child = head
    return False


def rebuttal(token: Token) -> bool:
    """"Trump countered that Biden would have lost", "Saudi Arabia denied all claims that ...",
    "rejected the allegations": denying, disputing or countering what was said (a "that" clause,
    or words: ``[statement_nouns]``) is a statement about a statement, no PLOVER event; a
    rejected offer, plan or appeal is one ("rejected calls by Belarus's rulers")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _REBUTTALS:
        return False
    children = list(token.children)
    objects = [c for c in children if c.dep_ in _OBJECTS]
    if objects:
        return all(o.lemma_.lower() in STATEMENT_NOUNS for o in objects) or denied_fact(token)
    return any(c.dep_ == "ccomp" for c in children)


def denied_fact(token: Token) -> bool:
    """"Trump denied the effect of climate change on the fires", "denied any involvement":
    "deny" with one object that is an act, a claim or a report (``[denied_fact_nouns]``) and no
    one it is denied to ("denied him entry") denies a fact, a statement about the world, not a
    refusal of anything an actor asked (PLOVER's REJECT). Anything else denied ("denied the
    injunction", "denied the loan to Sri Lanka", "denied bail") is a refusal."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "deny":
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    return len(objects) == 1 and objects[0].dep_ != "dative" and objects[0].pos_ == "NOUN" \
        and (objects[0].lemma_.lower() in _DENIED_FACTS or objects[0].lower_ in _DENIED_FACTS)


def defended_own(token: Token) -> bool:
    """"Trump defended his decision", "the ministry justified its actions": defending one's own
    act is a statement, not support given to another actor."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _SELF_DEFENCE:
        return False
    return any(o.dep_ in _OBJECTS and any(c.dep_ == "poss" and c.lower_ in _OWN for c in o.children)
               for o in token.children)


def feeling(token: Token) -> bool:
    """"I am deeply disturbed by what I saw", "I am honored by the trust", "left some experts
    disappointed": a feeling told (a verb of ``[feeling_verbs]`` as a participle of state) is a
    statement of how someone feels, whatever type the model reads in it; not an act."""
    if token.tag_ != "VBN" or token.lemma_.lower() not in _FEELINGS:
        return False
    return token.dep_ in ("oprd", "acomp", "amod") or any(c.dep_ == "auxpass" for c in token.children)


def disclosure(token: Token) -> bool:
    """"The broadcaster revealed that the prince accepted responsibility", "excerpts revealed Trump
    downplayed the virus": making something known (``[disclosure_verbs]``) is a statement, like a
    verb of saying; the coder keeps a demand or a threat made so."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _DISCLOSURES


def enacted_law(token: Token) -> bool:
    """"The president signed the bill into law": enacting a law at home is no act between actors
    (a treaty signed with another country is: "signed a treaty of friendship")."""
    if token.lemma_.lower() != "sign":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "into" and any(g.lemma_.lower() == "law" for g in p.children)
               for p in token.children)


def asserted_fact(token: Token) -> bool:
    """"Ware insists that Podliska himself asked the interns", "Clinton is very accessible to the
    media, Kaine insisted": insisting or maintaining (``[assertion_verbs]``) that something is or
    was so, a clause in the past or present indicative, states a fact, no demand of anyone.
    "Insisted that the prisoners be released", "insists the army must withdraw" (a bare verb, a
    modal) and "insisted on talks" are demands and are left alone; what one will do ("insisted
    they won't consider"), a present tense of "be" or "have" ("insisted they are prepared") and a
    quotation before the verb ("'I want ...,' he insisted") are assertions."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ASSERTIONS:
        return False
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children)
           for c in children):
        return False  # "insisted on talks" (not "on Thursday")
    clauses = [c for c in children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return False
    for clause in clauses:
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        finite = auxes[0] if auxes else clause  # "has been", "was asked": the first auxiliary is finite
        if finite.lower_ in _DEMAND_MODALS:
            return False
        if clause.i < token.i and finite.tag_ in ("VBP", "MD"):
            continue  # "'I want to be associated with ...,' Trump insisted": a quoted assertion
        if finite.tag_ == "MD" and finite.lower_ in _FUTURE_MODALS:
            continue  # "insisted they won't consider a nominee": what they will do, no demand
        if finite.tag_ == "VBP" and finite.pos_ == "AUX":
            continue  # "insisted they are prepared": "are", "have" are indicative, not a bare verb
        if finite.tag_ not in ("VBD", "VBZ"):
            return False
    return True


def policy_call(token: Token, tables: Tables) -> bool:
    """"Democrats pushed for extra funding", "she called for a redoubling of efforts", "called for
    increased regulation ... and for raising taxes": a call (``[appeal_verbs]``) for something whose
    words name no actor, with no one called on, is a position taken (CAMEO's appeals, which PLOVER
    drops), not a demand of an actor. A call for an act of conflict or its end (``[conflict_words]``:
    "called for a cessation of fighting", "called for the release of the hostages") asks the
    parties to it and stays a REQUEST, as does a call for aid (``[aid_words]``: "called for more
    weapons", which asks those who would give them) or one that names whom it concerns ("called for
    sanctions against Nigeria", "the resignation of the minister")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _APPEAL_VERBS:
        return False
    children = list(token.children)
    if any(c.dep_ in _OBJECTS for c in children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children):
        return False  # "called on Iran to", "pressed the minister": someone is asked
    preps = [c for c in children if c.dep_ == "prep" and c.lower_ == "for"]
    preps += [cj for p in preps for cj in p.conjuncts if cj.lower_ == "for"]  # "for X, and for Y"
    called = [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")]
    called += [cj for c in called for cj in c.conjuncts]
    return bool(called) and all(_unowned_thing(c, tables) for c in called)


def praised_thing(token: Token, tables: Tables) -> bool:
    """"Trump hailed the agreements as the dawn of a new era", "the minister praised the decision",
    "voiced support for the campaign": praise or backing (``[praise_verbs]``) of a thing whose words
    name no actor is an opinion told, not support given to an actor ("praised the army", "welcomed
    the EU's contribution", "endorsed his rival, Joe Biden" are). Praise of an act of conflict or
    its end (``[conflict_words]``: "backed the offensive") is left to the coder. Only when no
    target was found."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PRAISE_VERBS:
        return False
    objects = _past_stance_nouns([c for c in token.children if c.dep_ in _OBJECTS])  # "voiced support for X"
    return bool(objects) and all(_unowned_thing(o, tables) for o in objects)


def _unowned_thing(phrase: Token, tables: Tables) -> bool:
    """A common noun or a gerund whose words name no actor (no name, no possessor but the
    subject's own, no noun of people or of a body, no word the actor dictionaries code) and no
    act of conflict or its end, nor aid (``[conflict_words]``, ``[aid_words]``)."""
    if phrase.pos_ not in ("NOUN", "VERB") or phrase.ent_type_ in _ACTOR_ENTS:
        return False
    for t in phrase.subtree:
        lemma = t.lemma_.lower()
        if lemma in _ACTS_BETWEEN or t.lower_ in _ACTS_BETWEEN:
            return False
        if t.ent_type_ in _ACTOR_ENTS or t.pos_ == "PROPN":
            return False
        if t.dep_ == "poss" and t.lower_ not in _OWN:
            return False
        if t.pos_ == "NOUN" and (lemma in _PEOPLE or lemma in _GROUPS or lemma in _PUBLIC or lemma in PERSON_NOUNS
                                 or lemma in PERSON_HEADS or lemma in ROLE_WORDS
                                 or any(code_actor([word_key(t.text)], tables))):
            return False  # "back her candidate", "the selection of a woman", "the efforts of the volunteers"
    return True


def unnamed_asker(token: Token) -> bool:
    """"Trump, when asked to condemn them, said ...", "Asked about the plan, Christie blamed ...",
    "he was urged to resign": a passive verb of asking (``[asking_verbs]``) with no one named as
    the asker (no "by" agent) has the one asked as its subject or its sentence's; whoever asked
    is unknown, so there is no actor to code the request to."""
    if token.tag_ != "VBN" or token.lemma_.lower() not in _ASKING:
        return False
    children = list(token.children)
    if any(c.dep_ == "agent" for c in children):
        return False  # "was urged by the UN to resign"
    if any(c.dep_ == "auxpass" for c in children):
        return True  # "he was asked to leave"
    # "when asked ...", "Asked about ...": a bare participle of its own clause
    return token.dep_ in ("advcl", "acl", "ROOT") and not any(c.dep_ in ("nsubj", "aux") for c in children)


def unsaid_act(token: Token) -> bool:
    """"Did not say he had ordered it", "never said the army would attack": an act inside what
    someone did not say (the clause of a negated verb of saying, ``[saying_verbs]``) is reported
    by no one as done; the words tell only what was left unsaid, no event between actors. The
    first verb of saying above the act decides: "said he did not order it" is not this (its
    negation is the act's own, a refusal or a denial, read elsewhere); so does a question left
    unanswered of an act taken as done ("did not say how many protesters they arrested", "where it
    attacked"), unlike "whether" it was."""
    word = token
    while word.dep_ in ("ccomp", "xcomp", "conj") and word.head is not word:
        head = word.head
        if word.dep_ == "ccomp" and head.lemma_.lower() in _SAYING and head.pos_ in ("VERB", "AUX"):
            asked = word.left_edge.tag_ in _WH_TAGS  # the clause opened by a question word
            return not asked and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)
        word = head
    return False


def granted_point(token: Token) -> bool:
    """"Trump conceded that Lewandowski had touched her", "did not concede or admit defeat in the
    election": granting a fact (a verb of ``[granting_verbs]`` with a "that" clause) or a
    contest's result (an election, a race, a nomination: ``[conceded_contests]`` among the words
    of the verb or of the verbs joined to it) is a statement, or a candidate's acceptance of a
    count, not PLOVER's CONCEDE (a pardon, an apology, a truce declared, a withdrawal promised),
    and withholding it no refusal of anyone's demand. "Conceded the town to the rebels" is left
    alone."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _GRANTING:
        return False
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
           or c.dep_ == "ccomp" and token.lemma_.lower() == "concede" for c in token.children):
        return True  # "conceded that ...": a fact granted
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        verbs.append(token.head)
    return any(w.lemma_.lower() in _CONCEDED_CONTESTS for v in verbs for c in v.children
               if c.dep_ in ("dobj", "obj", "prep", "npadvmod") for w in c.subtree)


def refused_act(token: Token) -> bool:
    """"Trump refused to visit a cemetery", "declined to meet the envoy": the act a verb of
    refusal (``[refusal_verbs]``) governs was not done; the refusal itself is the event (REJECT,
    coded on its own verb), not the visit or the meeting refused."""
    return token.dep_ == "xcomp" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in REFUSAL_VERBS
