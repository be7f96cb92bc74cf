"""Targets read anew (issue 17): a building or spot after "at" is where the act was done
(``parties.spot_at``), a march's "from" is where it set off (``parties.march_start``), an act
aimed at a decision is aimed at its maker (``parties.decision_maker``), a thing named by its
owner's possessive bears on the owner (``parties.thing_possessor``), a condemned act's own noun
is no party (``parties.censured_act_doer``), forces deployed are no target and a delegation is
people met. Each on a small made-up sentence, with the cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.coder import find_events
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


def test_what_an_attack_or_a_protest_is_at_is_its_aim(nlp):
    assert _target(nlp, "Gunmen fired rockets at the Tarvian army base on Monday.", "fired") \
        == "the Tarvian army base"
    doc = nlp("Gunmen fired rockets at the Tarvian army base on Monday.")
    assert not spot_at(_word(doc, "base"), "ASSAULT") and spot_at(_word(doc, "base"), "CONSULT")
    doc = nlp("Students protested at the stadium on Friday.")
    assert not spot_at(_word(doc, "stadium"), "PROTEST") and not spot_at(_word(doc, "stadium"), "COERCE")


def test_a_body_named_after_at_is_no_spot(nlp):
    doc = nlp("Senator Roe spoke at Zedco Corporation on Friday.")
    body = _word(doc, "Corporation")
    assert body.ent_type_ == "ORG" and not spot_at(body, "CONSULT")


def test_a_delegation_sent_is_aimed_where_it_goes(nlp):
    assert _target(nlp, "Peru sent a delegation to Chile last week.", "sent") == "Chile"


def test_a_request_is_aimed_at_whom_it_was_put_to(nlp):
    t = tables.load()
    doc = nlp("Senator Roe urged the Zedco Corporation's lawyers to settle.")
    assert thing_possessor(_word(doc, "lawyers"), "REQUEST", t).text == "lawyers"
    doc = nlp("Senator Roe criticized the Zedco Corporation's advertising.")
    assert thing_possessor(_word(doc, "advertising"), "REQUEST", t).text == "advertising"


def test_guards_of_honour_or_of_a_museum_are_no_troops(nlp):
    for text in ("The palace sent a guard of honour to greet the Tarvian king.",
                 "The Velmont museum sent its guards to protect the paintings."):
        events = find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)
        assert not any(e.type == "MOBILIZE" for e in events), text
    e = at(nlp, "The Tarvian army deployed border guards along the river.", "deployed")
    assert e.type == "MOBILIZE"
