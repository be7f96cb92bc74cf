"""Rules that keep general news from being coded as PLOVER events: games, harm of no one's will,
attacks in words, lawsuits and verdicts (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events.coder import (
    caught_hazard,
    conviction,
    custody,
    emergency_declaration,
    find_events,
    lawsuit,
    natural_cause,
    passive_victim,
    sports_context,
    verbal_attack,
)


def events_of(nlp, text):
    return find_events(nlp(text), "t", "2021-03-02")


def test_a_game_result_is_no_assault(nlp):
    doc = nlp("On Sunday Norway defeated Denmark 2 – 1 in the handball final.")
    assert sports_context(next(iter(doc.sents)))
    assert not [e for e in events_of(nlp, doc.text) if e.type in ("ASSAULT", "COERCE")]
    war = nlp("The army defeated the rebels near the border after a 15-25 day siege.")
    assert not sports_context(next(iter(war.sents)))


def test_a_model_number_or_a_range_is_no_score(nlp):
    doc = nlp("The Airbus A320-200 jet carried 15–25 million dollars in aid to the rebels.")
    assert not sports_context(next(iter(doc.sents)))


def test_a_storm_or_a_virus_is_no_actor(nlp):
    doc = nlp("Cyclone Maria, which killed 40 people last year, struck the island again.")
    killed = next(t for t in doc if t.lower_ == "killed")
    subject = next(c for c in killed.children if c.dep_ == "nsubj")
    assert natural_cause(subject)
    assert not [e for e in events_of(nlp, "The virus killed three villagers in Ruritania.") if e.type == "ASSAULT"]


def test_a_car_bomb_is_still_an_attack(nlp):
    doc = nlp("A car bombing killed five soldiers in the capital.")
    bombing = next(t for t in doc if t.lower_ == "bombing")
    assert not natural_cause(bombing)


def test_a_named_person_attacks_in_words(nlp):
    doc = nlp("Senator Jane Doakes attacked Governor Smith over the budget.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    subject = next(c for c in attacked.children if c.dep_ == "nsubj")
    if subject.ent_type_ == "PERSON":  # the rule reads the parser's entity type
        assert verbal_attack(attacked, subject)
    armed = nlp("John Doakes attacked the guards with a knife.")
    attacked = next(t for t in armed if t.lower_ == "attacked")
    subject = next(c for c in attacked.children if c.dep_ == "nsubj")
    assert not verbal_attack(attacked, subject)


def test_people_in_the_plural_are_attacked_in_earnest(nlp):
    doc = nlp("John Doakes attacked passers-by and journalists outside the hall.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    subject = next(c for c in attacked.children if c.dep_ == "nsubj")
    assert not verbal_attack(attacked, subject)


def test_a_lawsuit_is_an_accusation(nlp):
    doc = nlp("The company sued the city government over the new tax.")
    assert lawsuit(next(t for t in doc if t.lower_ == "sued"))
    coded = [e for e in events_of(nlp, doc.text) if e.trigger.text == "sued"]
    assert all(e.type == "ACCUSE" for e in coded)


def test_a_verdict_is_a_sanction(nlp):
    doc = nlp("A court in Ruritania convicted the former minister of fraud.")
    assert conviction(next(t for t in doc if t.lower_ == "convicted"))
    coded = [e for e in events_of(nlp, doc.text) if e.trigger.text == "convicted"]
    assert all((e.type, e.mode) == ("SANCTION", "convict") for e in coded)


def test_an_arrest_is_coercion(nlp):
    doc = nlp("Police arrested two protesters after the riot.")
    assert custody(next(t for t in doc if t.lower_ == "arrested"))
    coded = [e for e in events_of(nlp, doc.text) if e.trigger.text == "arrested"]
    assert all(e.type == "COERCE" for e in coded)


def test_a_state_of_emergency_is_no_request(nlp):
    doc = nlp("The governor declared a state of emergency before the storm.")
    assert emergency_declaration(next(t for t in doc if t.lower_ == "declared"))
    assert not [e for e in events_of(nlp, doc.text) if e.trigger.text == "declared"]
    war = nlp("Ruritania declared war on its neighbour.")
    assert not emergency_declaration(next(t for t in war if t.lower_ == "declared"))


def test_the_victim_of_a_passive_is_the_target(nlp):
    doc = nlp("The opposition leader was arrested in Cairo on Monday.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert passive_victim(arrested).lower_ == "leader"
    agent = nlp("The opposition leader was arrested by police in Cairo.")
    assert passive_victim(next(t for t in agent if t.lower_ == "arrested")) is None
    arrests = [e for e in events_of(nlp, doc.text) if e.trigger.text == "arrested"]
    assert arrests
    for e in arrests:
        assert "leader" not in e.actor.text and e.actor.country == "EGY"
        assert e.target is not None and "leader" in e.target.text


def test_catching_fire_is_no_seizure(nlp):
    doc = nlp("The old theatre in Ruritania caught fire on Sunday night.")
    assert caught_hazard(next(t for t in doc if t.lower_ == "caught"))
    assert not [e for e in events_of(nlp, doc.text) if e.type == "COERCE"]
    seized = nlp("Rebels seized the airport on Sunday.")
    assert not caught_hazard(next(t for t in seized if t.lower_ == "seized"))
