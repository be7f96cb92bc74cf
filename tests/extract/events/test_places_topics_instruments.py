"""Targets that are no party (issue 17, the eighteenth round): the place an attack or a protest
happened in (``countries.scene_of_act``), a town a trip went to (``parties.town_destination``),
a thing that names an actor only past its "of" object (``parties.actor_beyond_of``), what talks
were on (``parties.talk_topic``), a weapon (``parties.instrument_target``), where an attack came
from (``parties.fired_from``), an act named by a bare noun (``parties.bare_act_noun``) and a
thing named with a creed's adjective (``parties.faith_adjective``). Each on a small made-up
sentence, read through the event its trigger makes (whatever the gate makes of it), with the
cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import scene_of_act
from onrecord.extract.events.parties import (
    actor_beyond_of,
    bare_act_noun,
    faith_adjective,
    fired_from,
    instrument_target,
    talk_topic,
    town_destination,
)


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def test_an_attack_or_a_protest_in_a_place_is_not_aimed_at_it(nlp):
    e = at(nlp, "Masked gunmen attacked in Velmar, Chile, on Monday.", "attacked")
    assert e.target is None and e.location.text == "Velmar"
    e = at(nlp, "Thousands of students demonstrated in Velmar, Chile, on Sunday.", "demonstrated")
    assert e.target is None and e.location.text == "Velmar"
    doc = nlp("Masked gunmen attacked in Velmar, Chile, on Monday.")
    assert scene_of_act("ASSAULT", _word(doc, "attacked")) and not scene_of_act("CONCEDE", _word(doc, "attacked"))


def test_an_attack_on_a_thing_in_a_place_keeps_the_place_country(nlp):
    doc = nlp("Gunmen attacked a crowded market in Velmar, Chile, on Monday.")
    assert not scene_of_act("ASSAULT", _word(doc, "attacked"))


def test_a_measure_on_a_place_stays_aimed_at_it(nlp):
    e = at(nlp, "The Zorbian army lifted a curfew in Velmar, Chile.", "lifted")
    assert (e.target.text, e.target.country) == ("Velmar", "CHL")


def test_a_trip_to_a_town_met_no_one_there(nlp):
    t = tables.load()
    doc = nlp("Tarvian envoy Ana Lopez flew to New York for the General Assembly of the League.")
    assert town_destination(_word(doc, "flew"), _word(doc, "York"), t)
    e = at(nlp, "Tarvian envoy Ana Lopez flew to New York for the General Assembly of the League.", "flew")
    assert e.target is None and e.location.text == "New York"


def test_a_trip_to_a_country_or_a_capital_stays_aimed_at_its_state(nlp):
    t = tables.load()
    doc = nlp("Ana Lopez traveled to Chile for a summit.")
    assert not town_destination(_word(doc, "traveled"), _word(doc, "Chile"), t)
    doc = nlp("Ana Lopez traveled to Beijing for a summit.")
    assert not town_destination(_word(doc, "traveled"), _word(doc, "Beijing"), t)
    assert _target(nlp, "Tarvian envoy Ana Lopez flew to Chile for the General Assembly of the League.",
                   "flew") == "Chile"


def test_a_thing_that_names_an_actor_only_past_its_of_object_is_no_target(nlp):
    assert _target(nlp, "Rioters destroyed statues of figures linked with the Kingdom of Spain.", "destroyed") is None
    doc = nlp("Rioters destroyed statues of figures linked with the Kingdom of Spain.")
    assert actor_beyond_of(_word(doc, "statues"), tables.load())


def test_a_thing_of_an_actor_is_left_to_the_other_rules(nlp):
    t = tables.load()
    doc = nlp("Rebels burned the files of the police.")
    assert not actor_beyond_of(_word(doc, "files"), t)
    doc = nlp("The Zorbian senators demanded the release of the prisoners.")
    assert not actor_beyond_of(_word(doc, "release"), t)


def test_what_talks_were_on_is_no_target(nlp):
    assert _target(nlp, "France and Chile held talks on the Chilean mining programme.", "held") != \
        "the Chilean mining programme"
    doc = nlp("France and Chile held talks on the Chilean mining programme.")
    assert talk_topic(_word(doc, "programme"))
    doc = nlp("The rebels launched attacks on the Chilean army.")
    assert not talk_topic(_word(doc, "army"))  # an attack's "on" names whom it hit


def test_a_weapon_is_no_target(nlp):
    assert _target(nlp, "The rebels launched an Iranian-made missile on Sunday.", "launched") is None
    assert _target(nlp, "The rebels launched a Scud missile on Sunday.", "launched") is None
    doc = nlp("The rebels launched a Scud missile on Sunday.")
    assert instrument_target(_word(doc, "missile")) and instrument_target(_word(doc, "Scud"))
    doc = nlp("The army destroyed the rebels' rockets.")
    assert not instrument_target(_word(doc, "rockets"))  # destroyed: the rebels' loss, not a weapon used


def test_where_an_attack_came_from_is_no_target(nlp):
    assert _target(nlp, "The rebels fired a rocket from Velmar, Chile, on Sunday.", "fired") is None
    doc = nlp("The Zorbian army withdrew from Velmar, Chile.")
    assert not fired_from("RETREAT", _word(doc, "Velmar"))
    assert _target(nlp, "The rebels fired missiles at Tarvia on Sunday.", "fired") == "Tarvia"


def test_a_bare_act_noun_is_no_target(nlp):
    assert _target(nlp, "The Chilean ministry sued to stop publication, saying the memoir held secrets.",
                   "sued") is None
    doc = nlp("The ministry sued the publication.")
    assert not bare_act_noun(_word(doc, "publication"))  # a journal


def test_a_thing_named_with_a_creed_is_no_target(nlp):
    text = "Previously, another Islamic religious garment, the niqab, was banned in Chilean public offices."
    assert _target(nlp, text, "banned") is None
    t = tables.load()
    doc = nlp(text)
    assert faith_adjective(_word(doc, "Islamic"), t)
    doc = nlp("Chilean officials banned a Turkish ship.")
    assert not faith_adjective(_word(doc, "Turkish"), t)


def test_a_thing_aimed_at_an_actor_by_its_own_words_stays(nlp):
    doc = nlp("The Zorbian cabinet froze a portion of a naval training fund for Chile.")
    assert not actor_beyond_of(_word(doc, "portion"), tables.load())


def test_people_named_with_a_creed_are_a_party(nlp):
    doc = nlp("Thousands rallied to protest the abuses by Islamic fundamentalists in the north.")
    assert not faith_adjective(_word(doc, "Islamic"), tables.load())
