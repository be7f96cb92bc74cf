"""A concrete act told as done between two named political parties vouches for itself past the
event gate (``non_events.realised_dyad``); acts not done, of one to come, on a thing, in a side
clause or by no named party do not."""
from __future__ import annotations

from onrecord.extract.events import gate
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import realised_dyad

_SUSPENDED = "King Aldo suspended parliament at the behest of the prime minister, Ann Roe, on May 3."
_DONE = {"negated": False, "hypothetical": False, "future": False}


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _kept(nlp, text):
    return [(e.type, e.trigger.text) for e in find_events(nlp(text), "t", "2022-06-07")]


def test_a_sanction_done_by_a_state_body_on_one_passes_the_gate(nlp):
    assert ("SANCTION", "suspended") in _kept(nlp, _SUSPENDED)
    # the gate alone would drop it: "suspended" is mostly no act on anyone in general news
    shipped = gate.load()
    log: list = []
    find_events(nlp(_SUSPENDED), "t", "2022-06-07", gated=False, gate_log=log)
    assert all(shipped.probability(f) < shipped.threshold for e, f in log if e.trigger.text == "suspended")


def test_the_rule_asks_for_a_main_verb_told_as_done(nlp):
    doc = nlp(_SUSPENDED)
    verb, target = _token(doc, "suspended"), _token(doc, "parliament")
    assert realised_dyad(verb, "SANCTION", _DONE, False, True, target, True, True)
    assert not realised_dyad(verb, "SANCTION", {**_DONE, "negated": True}, False, True, target, True, True)
    assert not realised_dyad(verb, "SANCTION", {**_DONE, "future": True}, False, True, target, True, True)
    assert not realised_dyad(verb, "SANCTION", _DONE, True, True, target, True, True)  # inside what one said
    assert not realised_dyad(verb, "SANCTION", _DONE, False, False, target, True, True)  # no named actor
    assert not realised_dyad(verb, "COOPERATE", _DONE, False, True, target, True, True)  # no concrete type


def test_side_clauses_and_passives_are_not_vouched_for(nlp):
    doc = nlp("King Aldo, who suspended parliament last year, spoke on Monday.")
    assert not realised_dyad(_token(doc, "suspended"), "SANCTION", _DONE, False, True,
                             _token(doc, "parliament"), True, True)
    doc = nlp("Parliament was suspended by King Aldo on Monday.")
    assert not realised_dyad(_token(doc, "suspended"), "SANCTION", _DONE, False, True,
                             _token(doc, "Parliament"), True, True)
    doc = nlp("King Aldo may suspend parliament on Monday.")
    assert not realised_dyad(_token(doc, "suspend"), "SANCTION", _DONE, False, True,
                             _token(doc, "parliament"), True, True)


def test_a_thing_named_after_a_place_is_no_target(nlp):
    doc = nlp("The Kenyan ministry withheld a key Mombasa report in 2014.")
    report = _token(doc, "report")
    # its words give it Kenya's code, but it is no party
    assert not realised_dyad(_token(doc, "withheld"), "COERCE", _DONE, False, True, report, True, False)
    assert not any(t == "withheld" for _, t in _kept(nlp, "The Kenyan ministry withheld a key Mombasa report in 2014."))


def test_acts_not_done_stay_out(nlp):
    for text in ("King Aldo did not suspend parliament at the behest of the prime minister, Ann Roe.",
                 "King Aldo, who suspended parliament at the behest of the prime minister, spoke on May 3.",
                 "Ann Roe said King Aldo might suspend parliament at the behest of the prime minister."):
        assert not any(k == "SANCTION" for k, _ in _kept(nlp, text)), text


def test_a_party_beside_the_thing_acted_on_is_no_target(nlp):
    # r22-fix1: the party must be what the verb acts on, not one named in a phrase beside it
    for text in ("The Karvian president forced a smile at the Zorbian prime minister during the photo session.",
                 "The Karvian president suspended his speech for the Zorbian prime minister's arrival.",
                 "The Karvian government suspended flights to Zorbia's capital because of the storm.",
                 "Karvia's president cut his visit to the Zorbian parliament short because of illness."):
        assert not any(k == "SANCTION" for k, _ in _kept(nlp, text)), text


def test_a_party_the_verb_acts_on_is_still_vouched_for(nlp):
    text = "The Karvian government expelled the Zorbian ambassador on Friday."
    assert ("SANCTION", "expelled") in _kept(nlp, text)
    doc = nlp("The Karvian president suspended his speech for the Zorbian prime minister's arrival.")
    assert not realised_dyad(_token(doc, "suspended"), "SANCTION", _DONE, False, True,
                             _token(doc, "minister"), True, True)
