"""Targets read anew (issue 17): a building or spot after "at" is where the act was done
(``parties.spot_at``), a march's "from" is where it set off (``parties.march_start``), an act
aimed at a decision is aimed at its maker (``parties.decision_maker``), a thing named by its
owner's possessive bears on the owner (``parties.thing_possessor``), a condemned act's own noun
is no party (``parties.censured_act_doer``), forces deployed are no target and a delegation is
people met. Each on a small made-up sentence, with the cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.parties import spot_at, thing_possessor


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def test_a_spot_after_at_is_where_not_whom(nlp):
    doc = nlp("Senator Dana Holt arrived at Velmont International Airport on Tuesday.")
    assert spot_at(_word(doc, "Airport"))
    doc = nlp("Governor Roe promised to build a fence at the border.")
    assert spot_at(_word(doc, "border"))
    doc = nlp("Police fired at protesters at the stadium.")
    assert not spot_at(_word(doc, "protesters")) and spot_at(_word(doc, "stadium"))
    assert _target(nlp, "Police fired at protesters at the stadium.", "fired") == "protesters"


def test_a_march_does_not_target_where_it_set_off(nlp):
    assert _target(nlp, "Thousands of demonstrators marched from Orsk Square to the city hall on Friday.",
                   "marched") is None


def test_forces_deployed_are_no_target(nlp):
    e = at(nlp, "The governor of Velmont deployed the National Guard on Sunday.", "deployed")
    assert e.type == "MOBILIZE" and e.target is None


def test_a_delegation_is_met(nlp):
    assert _target(nlp, "The Tarvian minister met with the delegation from Chile on Monday.", "met") \
        == "the delegation"


def test_a_condemned_act_is_no_party_its_doer_is(nlp):
    assert _target(nlp, "Peru condemned the bombing of a Chilean school.", "condemned") is None
    assert _target(nlp, "Peru condemned the bombing of a Chilean school by rebels.", "condemned") == "rebels"


def test_a_decision_is_aimed_at_its_maker(nlp):
    assert _target(nlp, "Senator Roe criticized the ruling of the Supreme Court.", "criticized") \
        == "the Supreme Court"
    assert _target(nlp, "Senator Roe opposed the decision that the governor took.", "opposed") == "the governor"
    # a pronoun's decision names no maker
    assert _target(nlp, "Senator Roe criticized his remarks.", "criticized") is None


def test_a_thing_bears_on_its_named_owner(nlp):
    t = tables.load()
    doc = nlp("Senator Roe criticized the Zedco Corporation's advertising.")
    assert thing_possessor(_word(doc, "advertising"), "ACCUSE", t).text == "Corporation"
    doc = nlp("Senator Roe criticized his advertising.")
    assert thing_possessor(_word(doc, "advertising"), "ACCUSE", t).text == "advertising"
    doc = nlp("Rebels shelled the Zedco Corporation's warehouse.")
    assert thing_possessor(_word(doc, "warehouse"), "ASSAULT", t).text == "warehouse"
