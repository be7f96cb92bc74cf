"""The event gate: ordinary verbs of general news are no event, events between actors pass."""
from __future__ import annotations

from onrecord.extract.events import gate
from onrecord.extract.events.coder import find_events


def types(nlp, text, **kw):
    return [(e.type, e.trigger.text) for e in find_events(nlp(text), "t", "2020-01-01", **kw)]


def test_ordinary_verbs_are_no_event(nlp):
    for text, verb in (("He served the town for ten years.", "served"),
                       ("The party was founded by the former minister in 1998.", "founded"),
                       ("She left the company in 2015.", "left")):
        assert any(t == verb for _, t in types(nlp, text, gated=False, dyadic=False))  # the trigger model codes it
        assert not any(t == verb for _, t in types(nlp, text, dyadic=False)), text  # the gate drops it


def test_events_between_actors_pass(nlp):
    assert ("COERCE", "arrested") in types(nlp, "Police arrested the opposition leader on Monday.")
    assert ("ASSAULT", "launched") in types(nlp, "The army launched missiles against rebel positions in the north.")


def test_gate_log_collects_every_event_before_the_gate(nlp):
    log: list = []
    find_events(nlp("He served the town for ten years."), "t", gated=False, gate_log=log)
    (event, features), = [(e, f) for e, f in log if e.trigger.text == "served"]
    assert features["lemma=serve"] == 1.0 and 0.0 <= features["p_none"] <= 1.0


def test_event_features_read_voice_tense_and_the_verb_above(nlp):
    doc = nlp("The minister said the rebels were arrested.")
    arrested = next(t for t in doc if t.text == "arrested")
    f = gate.event_features(arrested, "COERCE", 0.4, 0.5, "COERCE", "verb", 0.7,
                            {"negated": False, "hypothetical": False, "future": False}, 0, True)
    assert f["passive"] == 1.0 and f["tag=VBN"] == 1.0 and f["head=say"] == 1.0
    assert f["pattern=same"] == 1.0 and f["pattern_by=verb"] == 1.0 and f["in_statement"] == 1.0
    assert f["sentence_countries=0"] == 1.0


def test_party_features_and_probability():
    assert gate.party_features("actor", "IRN", "GOVMIL") == {"actor_coded": 1.0, "actor_state": 1.0}
    assert gate.party_features("target", None, None) == {}
    g = gate.EventGate(bias=-1.0, weights={"a": 2.0}, threshold=0.5)
    assert abs(g.probability({"a": 0.5}) - 0.5) < 1e-9
    assert g.probability({"b": 1.0}) < 0.5
