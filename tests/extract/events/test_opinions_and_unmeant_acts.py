"""Opinions, acts not meant or only possible, private company and a writer's own talks are no
events; a "nor" negates (made-up sentences, the real model)."""
from __future__ import annotations

from event_lookup import events_before_gate as events_of
from onrecord.extract.events.checks import campaign_stop
from onrecord.extract.events.non_events import (
    agreed_on_little,
    attacked_idea,
    capable_of_act,
    held_opinion,
    nor_negated,
    opinion_agreement,
    rejected_notion,
    seized_on,
    social_encounter,
    unrealised_noun,
    unwanted_act,
    writing_attacks,
)
from statement_lookup import token


def test_a_negated_wish_for_an_act_is_no_event(nlp):
    doc = nlp("Ortiz has long said he does not want the national guard to shoot at the strikers.")
    assert unwanted_act(token(doc, "shoot"))
    assert not any(e.trigger.text == "shoot" for e in events_of(nlp, doc.text))
    doc = nlp("The army did not plan to attack the town.")
    assert unwanted_act(token(doc, "attack"))


def test_a_wished_act_not_negated_is_left_to_the_rest(nlp):
    doc = nlp("The rebels wanted to attack the town.")
    assert not unwanted_act(token(doc, "attack"))


def test_an_act_one_is_only_able_to_do_is_no_event(nlp):
    doc = nlp("The coalition lacks the military means to invade the island.")
    assert capable_of_act(token(doc, "invade"))
    assert not any(e.trigger.text == "invade" for e in events_of(nlp, doc.text))
    doc = nlp("The agency has the power to arrest the smugglers.")
    assert capable_of_act(token(doc, "arrest"))
    doc = nlp("The police moved to arrest the smugglers.")
    assert not capable_of_act(token(doc, "arrest"))


def test_agreeing_that_or_on_something_vague_is_an_opinion(nlp):
    doc = nlp("The retired judge agreed that the court has little room to overturn the verdict.")
    assert opinion_agreement(token(doc, "agreed"))
    assert not any(e.type == "AGREE" for e in events_of(nlp, doc.text))
    doc = nlp("The two rivals agree on little, but both back the bridge.")
    assert agreed_on_little(token(doc, "agree"))
    assert not any(e.type == "AGREE" for e in events_of(nlp, doc.text))


def test_agreeing_on_a_deal_stays_an_accord(nlp):
    doc = nlp("Iran and Iraq agreed on a ceasefire on Monday.")
    assert not agreed_on_little(token(doc, "agreed"))
    assert any(e.type == "AGREE" for e in events_of(nlp, doc.text))


def test_rejecting_a_notion_that_is_no_refusal(nlp):
    doc = nlp("The coach dismissed the claim that the referee had been bribed by the club.")
    assert rejected_notion(token(doc, "dismissed"))
    assert not any(e.type == "REJECT" for e in events_of(nlp, doc.text))
    doc = nlp("The government rejected the idea of a ceasefire.")
    assert not rejected_notion(token(doc, "rejected"))


def test_holding_someone_to_be_something_is_an_opinion(nlp):
    doc = nlp("Many farmers deem the tariff a betrayal.")
    assert held_opinion(token(doc, "deem"))
    assert not any(e.trigger.text == "deem" for e in events_of(nlp, doc.text))
    doc = nlp("She regards the mayor as a crook.")
    assert held_opinion(token(doc, "regards"))
    doc = nlp("The council considered the proposal on Monday.")
    assert not held_opinion(token(doc, "considered"))


def test_seizing_on_an_idea_is_no_seizure(nlp):
    doc = nlp("The opposition leader seized upon the minister's gaffe during the hearing.")
    assert seized_on(token(doc, "seized"))
    assert not any(e.type == "COERCE" for e in events_of(nlp, doc.text))
    doc = nlp("Rebels seized the town on Monday.")
    assert not seized_on(token(doc, "seized"))


def test_meeting_kin_for_a_meal_is_private(nlp):
    doc = nlp("Each Sunday, Senator Ada Ruiz met her sister for lunch at a diner.")
    assert social_encounter(token(doc, "met"), "CONSULT")
    assert not any(e.type == "CONSULT" for e in events_of(nlp, doc.text))
    doc = nlp("The president met the French ambassador for dinner in Paris.")
    assert not social_encounter(token(doc, "met"), "CONSULT")


def test_a_nor_before_the_auxiliary_negates(nlp):
    doc = nlp("Nor has the ministry threatened the union with fines.")
    assert nor_negated(token(doc, "threatened"))
    [event] = events_of(nlp, doc.text)
    assert event.negated
    doc = nlp("The ministry threatened the union with fines.")
    assert not nor_negated(token(doc, "threatened"))


def test_the_writers_own_talks_are_no_consultation(nlp):
    text = "Two officials I interviewed this week said the plan had stalled."
    assert not any(e.type == "CONSULT" for e in events_of(nlp, text))


def test_confiding_is_saying(nlp):
    text = "Later, Tom confided to a friend that he feared the vote."
    assert not any(e.trigger.text == "confided" for e in events_of(nlp, text))


def test_a_protester_hit_at_a_candidates_rally_makes_it_no_protest(nlp):
    doc = nlp("During a Vance rally in Ohio, a supporter shoved a protester, police said.")
    rally = token(doc, "rally")
    assert campaign_stop(rally, token(doc, "Vance"))
    assert not any(e.type == "PROTEST" for e in events_of(nlp, doc.text))


def test_a_proposed_or_planned_act_is_no_event(nlp):
    doc = nlp("Police foiled a planned attack on the embassy, and the senator criticized the proposed ban on imports.")
    assert unrealised_noun(token(doc, "attack")) and unrealised_noun(token(doc, "ban"))
    assert not any(e.trigger.text in ("attack", "ban") for e in events_of(nlp, doc.text))
    doc = nlp("The attack on the embassy killed two guards.")
    assert not unrealised_noun(token(doc, "attack"))


def test_a_plan_attacked_in_a_headline_is_no_doer(nlp):
    doc = nlp("Mayor's budget plan assailed.")
    assert attacked_idea(token(doc, "assailed"), token(doc, "plan"))
    assert not any(e.trigger.text == "assailed" for e in events_of(nlp, doc.text))
    doc = nlp("Rebels attacked the town.")
    assert not attacked_idea(token(doc, "attacked"), token(doc, "Rebels"))


def test_a_writing_that_attacks_someone_does_so_in_words(nlp):
    doc = nlp("Will Harmon wrote a scathing editorial that targeted the governor on Friday.")
    assert writing_attacks(token(doc, "targeted"), token(doc, "that"))
    assert all(e.type != "ASSAULT" for e in events_of(nlp, doc.text))
    doc = nlp("A gunman who targeted the governor was arrested.")
    assert not writing_attacks(token(doc, "targeted"), token(doc, "who"))
