"""A sending verb's "with" names a partner, not a target (``parties.light_verb_target``), and a
killing in the passive with no agent is never coded a protest (``non_events.unagented_casualty``),
each on a small made-up text."""
from __future__ import annotations

from onrecord.extract.events.coder import find_events


def events(nlp, text):
    return find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)


def test_troops_sent_with_an_ally_have_no_target_but_troops_sent_to_a_country_do(nlp):
    sent = [e for e in events(nlp, "Ghana sent troops with Canada to fight the rebels in 2014.")
            if e.trigger.text == "sent"]
    assert all(e.target is None or e.target.country != "CAN" for e in sent)
    sent = [e for e in events(nlp, "Ghana sent troops to Mali in 2014.") if e.trigger.text == "sent"]
    assert sent and sent[0].target is not None and sent[0].target.country == "MLI"


def test_protesters_killed_when_police_broke_up_a_rally_are_no_protest(nlp):
    found = events(nlp, "Four protesters were killed when police dispersed a rally in Accra on Tuesday.")
    assert not [e for e in found if e.trigger.text == "killed" and e.type == "PROTEST"]
