"""The event-type classifier: a multinomial logistic model over a verb's features, trained by
``tools/train_event_model.py`` on ConfliBERT's CAMEO train sentences and shipped as
``data/event_model.json`` (classes, biases and per-feature weights; no pickle).

``is_candidate(token, tables)`` says which words may be an event: verbs, and nouns that name one
("the strike on", "sanctions against") unless a verb already reads them ("imposed sanctions") or
they are what someone asks for ("called for sanctions"). ``trigger_features(token, tables)``
describes one candidate; the model turns that into a probability per PLOVER type and ``NONE``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from onrecord import data
from onrecord.extract.events.tables import Coded, Tables, verb_event, word_key

NONE = "NONE"
_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative", "xcomp", "acomp"}
_PREP_DEPS = {"prep", "agent"}
_WORDS = "event_words.txt"
# "going to / willing to / plans to X": X has not happened yet
_INTENT = data.words(_WORDS, "intent")
_LIGHT_VERBS = data.words(_WORDS, "light_verbs")
_MODALS = data.words(_WORDS, "modals")
CONDITIONS = data.words(_WORDS, "conditions")
_FUTURE_AUXILIARIES = data.words(_WORDS, "future_auxiliaries")
# noun lemma -> [PLOVER type, mode] it proposes
EVENT_NOUNS: dict[str, Coded] = {k: (v.split("\t") + [""])[:2] for k, v in data.mapping(_WORDS, "event_nouns").items()}
REQUEST_VERBS = data.words(_WORDS, "request_verbs")
_STRIKE_ARMS = data.words(_WORDS, "armed_modifiers_of_strike")
_BATCH_NOUNS = data.words(_WORDS, "event_batch_nouns")
_UNARMED = data.words(_WORDS, "unarmed_act_modifiers")
_GUARDS = data.words(_WORDS, "guard_nouns")  # a force only when named or armed (``armed_guard``)
_GUARD_FORCES = data.words(_WORDS, "guard_force_modifiers")
_STRIKE_FORCE_VERBS = data.words(_WORDS, "strike_force_verbs")
# a request verb that takes what it asks for as its direct object ("urged sanctions"); the others
# only with "for" ("pressed for talks": "pressed the offensive" goes on with it)
_ASKING_OBJECT_VERBS = frozenset({"urge", "demand", "ask", "seek", "request"})


def _light_verb_table() -> dict[tuple[str, str], Coded]:
    """(verb lemma, noun lemma) -> [type, mode] from ``[light_verb_events]``."""
    table: dict[tuple[str, str], Coded] = {}
    for line in data.sections(_WORDS)["light_verb_events"]:
        verbs, nouns, kind, *mode = line.split("\t")
        for noun in nouns.split():
            own = EVENT_NOUNS.get(noun, ["", ""])
            coded = [kind, (mode[0] if mode else "") or (own[1] if own[0] == kind else "")]
            for verb in verbs.split():
                table.setdefault((verb, noun), coded)
    return table


_LIGHT_VERB_EVENTS = _light_verb_table()
_NOUN_DEPS_READ_BY_VERB = {"dobj", "obj", "attr", "oprd"}


def is_candidate(token: Token, tables: Tables) -> bool:
    """A verb that does something (not a description: "entities associated with"), or an event
    noun that no verb reads as its object and that is not what a request asks for."""
    if token.pos_ == "VERB":
        return token.dep_ not in ("amod", "acl")
    if token.pos_ != "NOUN" or token.lemma_.lower() not in EVENT_NOUNS:
        return False
    if token.dep_ in _NOUN_DEPS_READ_BY_VERB and token.head.pos_ in ("VERB", "AUX"):
        return False  # "imposed sanctions", "carried out an attack": the verb is the trigger
    return not asked_for(token)


def asked_for(token: Token) -> bool:
    """``token`` is what a request asks for: "called for sanctions", "urged new talks"."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if token.dep_ == "conj":
        return asked_for(head)
    return head.pos_ == "VERB" and head.lemma_.lower() in REQUEST_VERBS


def _event_objects(token: Token) -> list[Token]:
    """The nouns a verb's direct object names as acts: the object itself, and for a noun of many
    acts (``[event_batch_nouns]``) the acts it holds ("a series of airstrikes", "a bombing
    campaign"), and the nouns joined to them ("raids and airstrikes")."""
    found: list[Token] = []
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        found.append(obj)
        if obj.lemma_.lower() in _BATCH_NOUNS:
            # the word right before it only: "a bombing campaign", not "an attack ad campaign"
            found += [c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1]
            found += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
    found += [c for o in found for c in o.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return found


def light_verb_event(token: Token) -> Optional[tuple[Token, Coded]]:
    """The act a light verb reports through its object, and its PLOVER [type, mode]: "carried out
    airstrikes on X", "conducted a strike", "launched an offensive", "staged a raid" (ASSAULT),
    "imposed sanctions" (SANCTION), "gave aid", "provided assistance" (AID), "sent troops"
    (MOBILIZE), "held talks" (CONSULT). The verb says only that the act was done; the noun says
    which act (``[light_verb_events]``), whatever the verb's own table entry ("conduct" is
    COOPERATE there); not a noun whose modifier says it is no such act (``[unarmed_act_modifiers]``:
    "a charm offensive", "a verbal attack"). A "strike" is an act of force only when armed ("a drone strike") or aimed
    "on" or "against" someone ("launched strikes on the camp": ``armed_strike``), not a walkout; a noun its verb
    reads as an event does so for the verb alone, not for a word hanging on it ("sent a letter
    about the raid"). None if the verb is no light verb of its object."""
    if token.pos_ != "VERB":
        return None
    lemmas = _verb_lemmas(token)
    for noun in _event_objects(token):
        if any(c.lower_ in _UNARMED for c in noun.children if c.dep_ in ("compound", "amod")):
            continue  # "waged a charm offensive", "a rhetorical attack": no force
        coded = next((_LIGHT_VERB_EVENTS[(v, noun.lemma_.lower())] for v in lemmas
                      if (v, noun.lemma_.lower()) in _LIGHT_VERB_EVENTS), None)
        if coded is None:
            continue
        if noun.lemma_.lower() == "strike" and not armed_strike(noun, token):
            continue
        if noun.lemma_.lower() in _GUARDS and not armed_guard(noun):
            continue  # "sent a guard of honour", "sent its guards to protect the exhibition"
        return noun, coded
    return None


def armed_guard(noun: Token) -> bool:
    """Whether a "guard" sent or deployed is a force (``[guard_nouns]``): a name ("the National
    Guard", "the Republican Guard": a proper noun, or a proper noun before it) or one a word of
    ``[guard_force_modifiers]`` makes armed ("military guards", "border guards"). "A guard of
    honour" greets, and a museum's or a firm's guards ("sent its guards") are no troops."""
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
        return False  # "a guard of honour"
    return noun.pos_ == "PROPN" or any(
        c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.lower_ in _GUARD_FORCES) for c in noun.children)


def reports_act(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` is a light verb of the act ``noun`` names (``[light_verb_events]``): "carried
    out" an attack, "imposed" sanctions, "held" talks, whichever way the parse joins the two
    ("the sanctions imposed by X", "the raid the army launched")."""
    return any((v, noun.lemma_.lower()) in _LIGHT_VERB_EVENTS for v in _verb_lemmas(verb))


def _verb_lemmas(token: Token) -> list[str]:
    """A verb's lemma, and its text less a regular ending ("-d", "-ed", "-s", "-ing"), which the
    tagger sometimes lemmatises wrongly ("staged" as "stag", "waged" as "wag")."""
    text = token.lower_
    return [token.lemma_.lower()] + [text[:-len(end)] for end in ("d", "ed", "s", "ing") if text.endswith(end)]


def armed_strike(noun: Token, verb: Token) -> bool:
    """Whether a "strike" is one of force: armed by a word before it (``[armed_modifiers_of_strike]``:
    "a drone strike"), or aimed "on" someone (on the noun or on its verb: "launched strikes on the
    camp"), or "against" someone by a verb of force alone (``[strike_force_verbs]``: "carried out a
    strike against the base"; "began a strike against the reform" is a walkout). A "hunger" strike,
    or a day ("a strike on Monday"), never makes one."""
    if any(c.lower_ == "hunger" for c in noun.children):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _STRIKE_ARMS for c in noun.children):
        return True
    forceful = verb.lemma_.lower() in _STRIKE_FORCE_VERBS
    for word in (noun, verb):
        for prep in (c for c in word.children if c.dep_ == "prep" and (c.lower_ == "on" or
                                                                        c.lower_ == "against" and forceful)):
            if any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in prep.children):
                return True
    return False


def requested_act(token: Token) -> Optional[Token]:
    """The event noun a request verb asks for ("urged sanctions against X", "demanded talks",
    "pressed for an embargo"): asking for an act is a REQUEST (PLOVER), whatever the verb's own
    table says with that word ("urge sanctions" reads as a threat there). Only "urge", "demand",
    "ask", "seek" and "request" take it as their object; every request verb takes it after
    "for". None if the verb asks for no event noun."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in REQUEST_VERBS:
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and lemma in _ASKING_OBJECT_VERBS and child.lemma_.lower() in EVENT_NOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ == "for":
            noun = next((g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS), None)
            if noun is not None:
                return noun
    return None


def dependent_words(token: Token) -> list[str]:
    """The words a verb pattern may name: its particle, objects and the objects of its
    prepositions (and of its object's prepositions), nearest first."""
    out: list[str] = []
    for child in token.children:
        if child.dep_ == "prt":
            out.append(word_key(child.text))
        if child.dep_ in _OBJECT_DEPS:
            out.append(child.lemma_.lower())
            out.append(word_key(child.text))
            out += [word_key(c.text) for c in child.children if c.dep_ in ("compound", "amod")]
            for p in child.children:
                if p.dep_ == "prep":
                    out.append(word_key(p.text))
        if child.dep_ in _PREP_DEPS:
            out.append(word_key(child.text))
            out += [g.lemma_.lower() for g in child.children if g.dep_ == "pobj"]
    return out


def trigger_features(token: Token, tables: Tables) -> tuple[dict[str, float], Optional[Coded], str]:
    """Features of ``token`` as an event trigger, with the pattern's (event, mode) and how found."""
    lemma = token.lemma_.lower()
    words = dependent_words(token)
    if token.pos_ == "NOUN":
        return _noun_features(token, lemma, words)
    particle = next((word_key(c.text) for c in token.children if c.dep_ == "prt"), None)
    coded, how = (None, "")
    light = light_verb_event(token)
    if light is not None:
        coded, how = light[1], "phrase"  # "conducted a strike": the noun's act, a verb + object pattern
    elif requested_act(token) is not None:
        coded, how = ["REQUEST", ""], "phrase"  # "urged sanctions": asking for the act
    if particle and coded is None:
        coded, how = verb_event(f"{lemma} {particle}", words, tables)
    if coded is None:
        coded, how = verb_event(lemma, words, tables)
    if coded is None and lemma in _LIGHT_VERBS:
        # "staged a hunger strike", "launched an attack": the noun says what was done
        obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and tables.verbs.get(obj.lemma_.lower()):
            coded, how = tables.verbs[obj.lemma_.lower()], "noun"
    f: dict[str, float] = {"lemma=" + lemma: 1.0, "dep=" + token.dep_: 1.0, "tag=" + token.tag_: 1.0,
                           # the verb it hangs on: "said it will", "prepared to", "willing to"
                           "head=" + (token.head.lemma_.lower() if token.head is not token else "ROOT"): 1.0}
    if coded:
        f[f"lex={coded[0]}"] = 1.0
        f[f"lex_{how}={coded[0]}"] = 1.0
    else:
        f["lex=none"] = 1.0
    for w in words[:4]:
        f["word=" + w] = 1.0
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None:
        f[f"lemma_obj={lemma}_{obj.lemma_.lower()}"] = 1.0
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children):
        f["has_subject"] = 1.0
    flags = event_flags(token)
    for name, on in flags.items():
        if on:
            f[name] = 1.0
    return f, coded, how


def _noun_features(token: Token, lemma: str, words: list[str]) -> tuple[dict[str, float], Optional[Coded], str]:
    coded = EVENT_NOUNS.get(lemma)
    f: dict[str, float] = {"noun=" + lemma: 1.0, "noun_dep=" + token.dep_: 1.0, "pos=NOUN": 1.0,
                           "noun_head=" + token.head.lemma_.lower(): 1.0}
    if coded:
        f[f"lex={coded[0]}"] = 1.0
        f[f"lex_noun={coded[0]}"] = 1.0
    for w in words[:4]:
        f["word=" + w] = 1.0
    if any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
           for c in token.children):
        f["noun_has_actor"] = 1.0
    return f, coded, "noun" if coded else ""


def event_flags(token: Token) -> dict[str, bool]:
    """negated / hypothetical / future, read from the verb's own auxiliaries and markers."""
    children = list(token.children)
    head_aux = children + (list(token.head.children) if token.dep_ in ("xcomp", "conj") else [])
    lowers = {c.lower_ for c in head_aux if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod")}
    negated = any(c.dep_ == "neg" for c in children) or "never" in lowers
    future = bool(lowers & _FUTURE_AUXILIARIES) or (
        token.dep_ == "xcomp" and token.head.lemma_.lower() in _INTENT and any(c.lower_ == "to" for c in children))
    hypothetical = bool(lowers & (_MODALS | CONDITIONS))
    return {"negated": negated, "hypothetical": hypothetical, "future": future}


@dataclass(frozen=True)
class EventModel:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, list[float]]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        scores = list(self.bias)
        weights = self.weights
        for name, value in features.items():
            row = weights.get(name)
            if row:  # the same sums in the same order as a loop over the classes, built at once
                scores = [s + w * value for s, w in zip(scores, row, strict=False)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=False)}


def load() -> EventModel:
    """The shipped model (its weights are read once, by ``onrecord.data``)."""
    weights = data.json_data("event_model.json")
    return EventModel(tuple(weights["classes"]), tuple(weights["bias"]), weights["weights"])
