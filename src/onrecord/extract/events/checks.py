"""Checks of a coded event's parties and sense, read once its trigger, actor and target are chosen
(``coder.find_events`` asks each): a stance disowned, a suspicion naming no one, the one an
allegation accuses, an occasion "held", a post holder fired, claims repeated, a situation or the
place of an address as actor, a time as target, the country of one arrested.

Each is a small rule on the parse, true of news English; words are in ``data/event_words.txt``.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from onrecord import data
from onrecord.extract.events.tables import Tables
from onrecord.extract.events.verbal import STATEMENT_NOUNS, names_actor_alone

_WORDS = "event_words.txt"
_DISOWNED = data.words(_WORDS, "disowned_stance_verbs")
_ALLEGATIONS = data.words(_WORDS, "allegation_verbs")
_SUSPICIONS = data.words(_WORDS, "suspicion_verbs")
_OCCASIONS = data.words(_WORDS, "occasion_nouns")
_ABSTRACT_ACTORS = data.words(_WORDS, "abstract_actor_nouns")
DISMISSALS = data.words(_WORDS, "dismissal_verbs")  # read by the coder too
_POST_HOLDERS = data.words(_WORDS, "post_holders")
_MATCHES = data.words(_WORDS, "match_nouns")
_MEETINGS = frozenset({"face", "meet", "play"})
_RESUMPTIONS = data.words(_WORDS, "resumption_verbs")
_PERSONAL = frozenset({"he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "us", "me"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG"})
_TIME_ENTS = frozenset({"TIME", "DATE"})


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
    the subject of a passive clause ("alleged Navalny was poisoned": done to him)."""
    if kind != "ACCUSE" or token.lemma_.lower() not in _ALLEGATIONS:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
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
    COERCE/arrest."""
    if kind != "COERCE" or token.lemma_.lower() != "hold":
        return False
    held = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":
        held.append(token.head)  # "the rally held on Sunday"
    return any(h.lemma_.lower() in _OCCASIONS for h in held)


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
