"""The second look at a coded event: is it an event at all?

The trigger model (``model.py``) was trained mostly on sentences that all report an
international event, and a verb the dictionary knows is an event whatever the model says
(``coder.LEXICON_WEIGHT``), so in general news ordinary verbs ("served", "founded", "took
place") come out as cooperation. The gate sees the coded event whole: the trigger model's own
probability of the type and of no event, whether the dictionary proposed the type by the verb
alone or with its object, the verb's tense and voice ("is banned" describes a state), the
clause it is in and the verb that clause hangs on ("wants to", "said that"), the type, whether
the sentence names a country, whether the event is what someone said, and whether its actor and
target are named as political actors by their own words. A binary logistic model
over those features, trained by ``tools/train_event_gate.py`` on hand-labelled Wikinews events of
the dev half and the PLOVER dev-half gold triggers, shipped as ``data/event_gate.json`` (plain
weights and the threshold chosen by cross-validation). Its probability is the stored event's
``confidence``: the threshold keeps 93% of the real PLOVER events in cross-validation (a stricter
one would lose the example digest's events), and a user who wants only the surest asks for
more (``onrecord events --min-confidence``). Finer actor and target features
and ranking a sentence's events by the gate were tried and left out: no gain in cross-validation.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from onrecord import data

_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "xcomp", "advcl", "relcl", "pcomp", "acl"})
# the sectors that make an actor a state's own (PLOVER's government, military, police, ...)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def party_features(side: str, own_country: Optional[str], sector: Optional[str]) -> dict[str, float]:
    """Whether the actor (or target) is named as a political actor by its own words: a country
    or an organisation code, a state's sector ("police", "the army", "ministers")."""
    f: dict[str, float] = {}
    if own_country:
        f[side + "_coded"] = 1.0
    if (sector or "")[:3] in _STATE_SECTORS:
        f[side + "_state"] = 1.0
    return f


def event_features(token: Token, kind: str, model_probability: float, none_probability: float,
                   pattern: Optional[str], how: str, confidence: float, flags: dict[str, bool],
                   sentence_countries: int, in_statement: bool, lemma: Optional[str] = None) -> dict[str, float]:
    """What the trigger says: the trigger model's own probabilities, whether a dictionary pattern
    proposed this type (the verb alone, or with its object), the trigger's clause, tense and part
    of speech (a present tense describes a state: "is banned"), the event's type and flags,
    whether the sentence names any country and whether it is what someone said. ``lemma`` is the
    word that names the act when it is not the trigger's own: the event noun of a light verb
    ("carried out airstrikes", "gave aid": ``model.light_verb_event``), whose act the verb only
    says was done."""
    dep = token.dep_ if token.dep_ in _CLAUSES else "other"
    f = {"p_type": model_probability, "p_none": none_probability, "confidence": confidence,
         "type=" + kind: 1.0, "dep=" + dep: 1.0, "pos=" + token.pos_: 1.0, "tag=" + token.tag_: 1.0,
         "lemma=" + (lemma or token.lemma_.lower()): 1.0}
    if pattern is None:
        f["pattern=none"] = 1.0
    else:
        f["pattern=" + ("same" if pattern == kind else "other")] = 1.0
        f["pattern_by=" + (how or "none")] = 1.0
    if any(c.dep_ == "auxpass" for c in token.children):
        f["passive"] = 1.0
    if token.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
        f["head=" + token.head.lemma_.lower()] = 1.0  # "said that", "want to", "plans to"
    for name, on in flags.items():
        if on:
            f["flag=" + name] = 1.0
    f["sentence_countries=" + ("0" if not sentence_countries else "1" if sentence_countries == 1 else "2+")] = 1.0
    if in_statement:
        f["in_statement"] = 1.0
    return f


@dataclass(frozen=True)
class EventGate:
    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-score)) if score > -60 else 0.0


def load() -> Optional[EventGate]:
    """The shipped gate, or None when none has been trained."""
    try:
        weights = data.json_data("event_gate.json")
    except FileNotFoundError:
        return None
    return EventGate(float(weights["bias"]), weights["weights"], float(weights["threshold"]))
