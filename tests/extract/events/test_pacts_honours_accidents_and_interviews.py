"""Leaving a pact, an honour given, an accident's harm, a swearing-in, police talk, a protest in
words and a poll's shares (made-up sentences, the real model)."""
from __future__ import annotations

from event_lookup import events_before_gate as events_of
from onrecord.extract.events.checks import counted_electorate, polled_share
from onrecord.extract.events.non_events import (
    accident_harm,
    honour_given,
    left_pact,
    police_interview,
    swearing_in,
    worded_protest,
)
from statement_lookup import token


def _typed(nlp, text, trigger):
    return [(e.type, e.mode) for e in events_of(nlp, text) if e.trigger.text == trigger]


def test_leaving_a_pact_or_a_body_is_a_sanction_withdraw(nlp):
    doc = nlp("Vetland withdrew from the fishing agreement with Zorbia in May.")
    assert left_pact(token(doc, "withdrew"))
    assert _typed(nlp, doc.text, "withdrew") == [("SANCTION", "withdraw")]
    doc = nlp("Tarvia left the European Union last year.")
    assert left_pact(token(doc, "left"))


def test_troops_leaving_are_still_a_retreat(nlp):
    doc = nlp("Vetland withdrew its troops from the border region.")
    assert not left_pact(token(doc, "withdrew"))
    doc = nlp("Ms. Halvard withdrew from the race on Friday.")
    assert not left_pact(token(doc, "withdrew"))


def test_an_honour_handed_over_is_praise(nlp):
    doc = nlp("The Tarvian president gave the Zorbian minister a state award.")
    assert honour_given(token(doc, "gave"))
    assert _typed(nlp, doc.text, "gave") == [("SUPPORT", None)]
    doc = nlp("The Tarvian president gave the Zorbian army new rifles.")
    assert not honour_given(token(doc, "gave"))


def test_harm_hung_on_a_crash_of_an_armed_force_plane_is_no_assault(nlp):
    text = "A Zorbian military plane crashed in the desert, killing 39 soldiers."
    doc = nlp(text)
    assert accident_harm(token(doc, "killing"))
    assert not any(e.type == "ASSAULT" for e in events_of(nlp, text))


def test_harm_hung_on_an_attack_stays(nlp):
    doc = nlp("The rebels attacked the convoy, killing four soldiers.")
    assert not accident_harm(token(doc, "killing"))


def test_swearing_in_read_as_a_preposition(nlp):
    doc = nlp("Judge Brask swore in the new Tarvian cabinet.")
    assert swearing_in(token(doc, "swore"))
    assert not any(e.trigger.text == "swore" for e in events_of(nlp, doc.text))
    doc = nlp("The striker swore at the referee.")
    assert not swearing_in(token(doc, "swore"))


def test_police_talking_with_someone_is_an_inquiry(nlp):
    text = "Police spoke with the driver after the crash."
    doc = nlp(text)
    assert police_interview(token(doc, "spoke"), token(doc, "Police"))
    assert _typed(nlp, text, "spoke") == [("ACCUSE", "investigate")]
    doc = nlp("The minister spoke with the ambassador on Monday.")
    assert not police_interview(token(doc, "spoke"), token(doc, "minister"))


def test_a_protest_told_with_what_was_said_is_in_words(nlp):
    doc = nlp("The embassy protested that the arrest broke the treaty.")
    assert worded_protest(token(doc, "protested"))
    doc = nlp("Thousands of students protested in the capital.")
    assert not worded_protest(token(doc, "protested"))


def test_a_percentage_of_a_group_in_a_poll_is_an_opinion(nlp):
    text = "A survey published on Tuesday showed that 31 percent of registered voters backed Mr. Oduya."
    doc = nlp(text)
    assert polled_share(token(doc, "percent"))
    assert counted_electorate(token(doc, "percent"))
    assert not any(e.type == "SUPPORT" for e in events_of(nlp, text))
    doc = nlp("Forty percent of the senators backed the bill.")
    assert not counted_electorate(token(doc, "percent"))


def test_a_leaving_only_voted_for_is_not_read_as_done(nlp):
    doc = nlp("Tarvia voted in a referendum to leave the customs union.")
    assert not left_pact(token(doc, "leave"))
