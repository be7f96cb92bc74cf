"""Issue 17, round 17: a past act denied is no refusal, a filing in a case is no REQUEST, captives
set free are RETREAT/release, and a blow dealt "for" what someone did, or carried by a "he" or a
"she", is an attack in words; a share of voters backing someone is a poll, and "whipping" a rival
among voters a result (made-up sentences, the real model)."""
from __future__ import annotations

from event_lookup import events_before_gate as events_of
from onrecord.extract.events.checks import counted_electorate
from onrecord.extract.events.non_events import (
    attack_on_rival,
    blamed_for_conduct,
    court_motion,
    denied_fact,
    electoral_defeat,
)
from statement_lookup import token


def _types_at(nlp, text, trigger):
    return [(e.type, e.mode) for e in events_of(nlp, text) if e.trigger.text == trigger]


def test_a_past_act_denied_in_what_someone_says_is_no_refusal(nlp):
    doc = nlp("Rourke insisted that he never met with the envoy.")
    assert denied_fact(token(doc, "met"))
    assert _types_at(nlp, doc.text, "met") == []
    doc = nlp("Ms. Pike said she did not endorse any candidate in the primary.")
    assert denied_fact(token(doc, "endorse"))
    assert _types_at(nlp, doc.text, "endorse") == []
    doc = nlp("I never thanked the mayor for that.")
    assert denied_fact(token(doc, "thanked"))


def test_an_intent_refused_stays_a_refusal(nlp):
    doc = nlp("Ms. Pike said she will not endorse any candidate in the primary.")
    assert not denied_fact(token(doc, "endorse"))
    assert _types_at(nlp, doc.text, "endorse") == [("REJECT", None)]
    doc = nlp("The ministry did not accept the offer from the rebels.")
    assert not denied_fact(token(doc, "accept"))
    assert _types_at(nlp, doc.text, "accept") == [("REJECT", None)]


def test_asking_a_court_or_a_judge_is_a_filing(nlp):
    doc = nlp("The ministry asked Judge Harlow to delay his ruling until March.")
    assert court_motion(token(doc, "asked"))
    assert _types_at(nlp, doc.text, "asked") == []
    doc = nlp("Lawyers for the city asked the court to block the order.")
    assert court_motion(token(doc, "asked"))
    assert _types_at(nlp, doc.text, "asked") == []


def test_asking_anyone_else_stays_a_request(nlp):
    doc = nlp("The ministry asked the governor to delay the vote until March.")
    assert not court_motion(token(doc, "asked"))
    assert _types_at(nlp, doc.text, "asked") == [("REQUEST", None)]


def test_captives_set_free_are_released(nlp):
    assert _types_at(nlp, "The rebels freed the hostages after talks.", "freed") == [("RETREAT", "release")]


def test_a_blow_for_what_someone_did_is_in_words(nlp):
    doc = nlp("Senator Dahl has hit Governor Pike for backing the tax plan.")
    assert blamed_for_conduct(token(doc, "hit"))
    assert _types_at(nlp, doc.text, "hit") == [("ACCUSE", "disapprove")]


def test_a_blow_for_no_conduct_stays_a_blow(nlp):
    doc = nlp("Senator Dahl hit Governor Pike outside the hall.")
    assert not blamed_for_conduct(token(doc, "hit"))
    doc = nlp("Police hit the protesters for refusing to leave.")
    assert _types_at(nlp, doc.text, "hit") == [("ASSAULT", None)]


def test_a_pronoun_carrying_an_attack_on_a_named_rival_attacks_in_words(nlp):
    doc = nlp("He continued his assault on Governor Pike at the rally.")
    assert attack_on_rival(token(doc, "continued"), token(doc, "He"))
    assert _types_at(nlp, doc.text, "continued") == [("ACCUSE", "disapprove")]


def test_a_pronoun_carrying_an_armed_attack_stays_a_blow(nlp):
    doc = nlp("She launched an attack on the rebel camp with drones.")
    assert not attack_on_rival(token(doc, "launched"), token(doc, "She"))
    assert _types_at(nlp, doc.text, "launched") == [("ASSAULT", None)]


def test_a_share_of_voters_backing_someone_is_a_poll(nlp):
    doc = nlp("She was endorsed by 41% of Green voters in a new poll.")
    assert counted_electorate(token(doc, "%"))
    assert _types_at(nlp, doc.text, "endorsed") == []


def test_a_share_of_officials_backing_something_stays(nlp):
    doc = nlp("Half of the senators backed the governor's plan.")
    assert not counted_electorate(token(doc, "Half"))
    assert _types_at(nlp, doc.text, "backed") == [("SUPPORT", None)]


def test_whipping_a_rival_among_voters_is_a_result(nlp):
    doc = nlp("Mayor Quill whipped Governor Pike among young voters in Iowa.")
    assert electoral_defeat(token(doc, "whipped"))
    assert _types_at(nlp, doc.text, "whipped") == []


def test_whipping_prisoners_stays_a_blow(nlp):
    doc = nlp("The army whipped the prisoners with cables.")
    assert not electoral_defeat(token(doc, "whipped"))
    assert _types_at(nlp, doc.text, "whipped") == [("ASSAULT", None)]


def test_an_offer_said_not_taken_up_stays_a_refusal(nlp):
    doc = nlp("The minister said he did not accept the offer from the rebels.")
    assert not denied_fact(token(doc, "accept"))
    assert _types_at(nlp, doc.text, "accept") == [("REJECT", None)]
