"""Targets the first reading (``parties._target`` and the steps after it in ``coder.find_events``)
misses or clears, where the grammar still gives one: an event with no target is left out of the
record (``coder.dyadic_or_one_sided``), so each rule here keeps an event that would be dropped.
Each asks only what it needs of the parse and names an actor only where its words name one.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from onrecord import data
from onrecord.extract.events.parties import _partner, _threatened
from onrecord.extract.events.phrases import _PRONOUNS, _actor_head
from onrecord.extract.events.tables import Tables

_WORDS = "event_words.txt"
_QUANTITIES = data.words(_WORDS, "quantity_nouns")  # "dozens of activists" (``counted_whole``)
_MEASURES = data.words(_WORDS, "lifted_measure_nouns")  # "lifted the ban on X" (``measure_target``)
_HELD_OF = data.words(_WORDS, "held_of_measure_nouns")  # "ended its blockade of X"
# the prepositions of a measure's phrase that name whom it holds ("a ban on X", "its blockade of X")
_MEASURE_PREPS = frozenset({"on", "upon", "against"})
_RECIPROCAL = data.words(_WORDS, "reciprocal_verbs")  # (``joint_act_partner``)
_PACTS = data.words(_WORDS, "pact_nouns")
_JOINT = data.words(_WORDS, "joint_modifiers")
_MANY_SIDED = data.words(_WORDS, "many_sided_modifiers")  # "a global pact" is no pact with each other
# the acts on a measure that are aimed at whom the measure holds: lifting it, refusing to, or
# imposing it ("refused to ease the ban placed on the firm": on the firm)
_MEASURE_KINDS = frozenset({"RETREAT", "CONCEDE", "REJECT", "AGREE", "SANCTION", "COERCE", "THREATEN"})
_YIELDED = data.words(_WORDS, "yielded_acts")  # "until Russia withdraws its troops" (``refusal_condition``)
# the pronouns that stand for a person only ("threatened to sue him": ``threatened_person``);
# "it" and "them" are as often things ("threatened to veto them")
_PERSON_OBJECTS = frozenset({"him", "her"})


def _with_infinitives(verb: Token) -> list[Token]:
    """A verb and the infinitives it takes ("refused to ease", "agreed to hold"): where the act on a
    measure or the joint act may be written."""
    return [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]


def counted_whole(target: Optional[Token], tables: Tables) -> Optional[Token]:
    """The people a count stands for when the target is the count itself: "freed dozens of
    activists", "detained hundreds of students" are aimed at the activists and students, not at
    "dozens", a word that names no actor by itself (so ``parties.thing_target`` would take the
    count for a thing and drop the target). Only a count noun (``[quantity_nouns]``), not a
    number ("accused one of the reporters, Ann Roe" is aimed at her, not at the reporters), whose
    "of" phrase names an actor by its own head noun ("hundreds of students", not "dozens of
    rounds"); any other target is itself."""
    if target is None or not (target.lemma_.lower() in _QUANTITIES or target.lower_ in _QUANTITIES):
        return target
    whole = next((g for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    return whole if whole is not None and _actor_head(whole, tables) else target


def measure_target(token: Token, kind: str, tables: Tables) -> Optional[Token]:
    """Whom a restrictive measure holds, when the event acts on that measure and names no one
    else: "ended its naval blockade of Tarvia's ports", "refused to ease the export ban placed on
    the firm", "agreed to relax the embargo it set on Borduria" are aimed at Tarvia, the firm and
    Borduria, as
    PLOVER codes an act on sanctions as aimed at the sanctioned. The measure
    (``[lifted_measure_nouns]``) is the object of the verb or of the infinitive it takes
    ("refused to ease the ban ..."); the one held is named after "on", "against" or "of" in its
    own phrase ("of" only of a blockade or a siege, ``[held_of_measure_nouns]``: "the
    sanctions of the council" names who imposed them) or in the participle or relative clause
    that tells it was imposed ("imposed on X"). Only for the acts on a measure that bear on whom
    it holds (``_MEASURE_KINDS``: not "backed the ban on X", which is no backing of X) and a
    party whose own head noun names an actor ("restrictions on the movement of aid workers" name
    none) and is no pronoun."""
    if kind not in _MEASURE_KINDS:
        return None
    verbs = _with_infinitives(token)
    for verb in verbs:
        for measure in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _MEASURES):
            told = [measure, *(c for c in measure.children if c.dep_ in ("acl", "relcl"))]
            for holder in told:
                preps = _MEASURE_PREPS | ({"of"} if holder is measure and measure.lemma_.lower() in _HELD_OF else set())
                for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in preps):
                    held = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if held is not None and held.lower_ not in _PRONOUNS and _actor_head(held, tables):
                        return held
    return None


def refusal_condition(token: Token, kind: str, tables: Tables) -> Optional[Token]:
    """Whom a refusal is aimed at when it names no one else: the party whose act it waits for
    ("refused to reopen the border until Borduria hands over the suspects", "refused to sign unless the
    union withdrew its claim") is the one refused, as the subject of a threat's condition is the
    one threatened (``parties._threatened``, whose reading of the condition it shares). Only a
    REJECT, a subject that names an actor and is no pronoun, and an act of giving way
    (``[yielded_acts]``: "withdraws", "hands over", "lifts"): a ruling, a vote or a third
    party's help waited for ("until the court rules", "until parliament approves the budget",
    "until the UN sends monitors") is no act of the one refused."""
    if kind != "REJECT":
        return None
    waited = _threatened(token, tables)
    return waited if waited is not None and waited.head.lemma_.lower() in _YIELDED else None


def joint_act_partner(token: Token, kind: str, actor: Token, tables: Tables) -> Optional[Token]:
    """The other party of an agreement or a failed one about an act the two do together, named
    beside the actor, when no target is left: "Tarvia and Borduria agreed to hold joint naval
    drills", "the union and the employers failed to reach an agreement" (PLOVER codes both sides
    of such an act; the record makes the second the target, as ``parties._partner`` does for
    "clashed", "met"). The first reading takes "drills" or "an agreement" for the target and then
    drops it as a thing (``parties.thing_target``), so the partner was never asked for. Only an
    AGREE or REJECT whose verb or infinitive is itself two-sided (``[reciprocal_verbs]``: "agreed
    to negotiate") or has an object that is a pact (``[pact_nouns]``, not one of many: "a global pact") or is joint
    (``[joint_modifiers]``: "joint exercises", "a bilateral visit"); "Tarvia and Borduria agreed to
    cut taxes" did not agree with each other."""
    if kind not in ("AGREE", "REJECT"):
        return None
    verbs = _with_infinitives(token)
    joint = any(v.i != token.i and v.lemma_.lower() in _RECIPROCAL for v in verbs) or any(
        o.lemma_.lower() in _PACTS and not any(m.lemma_.lower() in _MANY_SIDED for m in o.children)
        or any(m.dep_ == "amod" and m.lemma_.lower() in _JOINT for m in o.children)
        for v in verbs for o in v.children if o.dep_ in ("dobj", "obj"))
    return _partner(actor, tables) if joint else None


def purpose_target(token: Token, kind: str, tables: Tables) -> Optional[Token]:
    """Whom material aid is for, named by the infinitive that says what it is for: "donated
    a shipment of medical equipment to assist Tarvia", "sent engineers to help the Borduran
    army" are aimed at Tarvia and the army. The first reading takes the aid itself for the
    target where its words name a kind of actor ("medical equipment") and then drops it as a
    thing (``parties.thing_target``), so the purpose was never read. Only AID and COOPERATE (a
    purpose of force, "sent troops to fight X", is read by the rules of force), a purpose clause
    ("to", "in order to") of the verb itself, and an object that names an actor by its own head
    noun and is no pronoun ("to fund the projects" names no one)."""
    if kind not in ("AID", "COOPERATE"):
        return None
    for clause in token.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB" and clause.i > token.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            helped = next((c for c in clause.children if c.dep_ in ("dobj", "obj")), None)
            if helped is not None and helped.lower_ not in _PRONOUNS and _actor_head(helped, tables):
                return helped
    return None


def threatened_person(token: Token, kind: str) -> Optional[Token]:
    """Whom a threat is aimed at when the act it threatens has a person's pronoun for its object:
    "prosecutors threatened to charge him with fraud", "the gang threatened to kill her" are aimed
    at him and her (the first reading, ``parties._complement_target``, takes no pronoun from the
    threatened act, as "threatened to scrap it" names a thing). Only a THREATEN, the
    infinitive it takes, and "him" or "her" (``_PERSON_OBJECTS``), whom the record's parties then
    resolve as any pronoun."""
    if kind != "THREATEN":
        return None
    for act in (c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        person = next((o for o in act.children if o.dep_ in ("dobj", "obj") and o.lower_ in _PERSON_OBJECTS), None)
        if person is not None:
            return person
    return None
