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
    if particle:
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
        for name, value in features.items():
            row = self.weights.get(name)
            if row:
                for i, w in enumerate(row):
                    scores[i] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=False)}


def load() -> EventModel:
    """The shipped model (its weights are read once, by ``onrecord.data``)."""
    weights = data.json_data("event_model.json")
    return EventModel(tuple(weights["classes"]), tuple(weights["bias"]), weights["weights"])
