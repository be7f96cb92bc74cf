"""Issue 17: harm from an accident coded as an assault, weather as an actor, a place as a doer."""
from event_lookup import events_before_gate as events_of
from onrecord.extract.events.non_events import (
    exploded_craft,
    harm_when_accident,
    natural_cause,
    placed_casualty,
)
from statement_lookup import token


def test_a_craft_that_exploded_is_an_accident(nlp):
    text = "The Zorbian spaceship was lost when it exploded after launch, killing all four crew aboard."
    doc = nlp(text)
    assert exploded_craft(token(doc, "exploded"))
    assert not any(e.type == "ASSAULT" for e in events_of(nlp, text))
    doc = nlp("A gas pipeline exploded near Vetland on Monday, killing nine villagers.")
    assert exploded_craft(token(doc, "exploded"))


def test_a_bomb_or_a_bomber_that_exploded_stays(nlp):
    doc = nlp("A car bomb exploded outside the ministry, killing ten guards.")
    assert not exploded_craft(token(doc, "exploded"))
    doc = nlp("A suicide bomber exploded in the market, killing ten shoppers.")
    assert not exploded_craft(token(doc, "exploded"))
    assert any(e.type == "ASSAULT" for e in events_of(nlp, doc.text))


def test_a_road_vehicle_that_exploded_is_left_to_the_other_rules(nlp):
    # in conflict news a car that explodes near a checkpoint is as often a car bomb
    doc = nlp("A car exploded near a Zorbian army checkpoint on Monday, killing five soldiers.")
    assert not exploded_craft(token(doc, "exploded"))


def test_harm_in_a_main_clause_on_a_crash_is_the_crash(nlp):
    doc = nlp("Five people were killed on Sunday when an old cargo plane crashed at a Zorbian airfield.")
    assert harm_when_accident(token(doc, "killed"))
    doc = nlp("Five people were killed on Sunday when gunmen opened fire at a Zorbian market.")
    assert not harm_when_accident(token(doc, "killed"))


def test_weather_is_no_actor(nlp):
    doc = nlp("Gusts from the storm delayed a rally the governor had planned.")
    assert natural_cause(token(doc, "Gusts"))
    doc = nlp("Heavy rain forced the mayor to cancel the parade.")
    assert natural_cause(token(doc, "rain"))
    doc = nlp("Debris from the hurricane blocked the motorcade of the governor.")
    assert natural_cause(token(doc, "Debris"))
    doc = nlp("Critics of the plan delayed a vote the governor had planned.")
    assert not natural_cause(token(doc, "Critics"))


def test_the_place_of_a_casualty_is_no_doer(nlp):
    doc = nlp("Four hikers were killed in Vetland on Friday.")
    assert placed_casualty(token(doc, "killed"), "ASSAULT")
    doc = nlp("The reporter was arrested in Vetland on Friday.")
    assert not placed_casualty(token(doc, "arrested"), "COERCE")
    text = "Three soldiers were killed in Peru when gunmen opened fire on their convoy."
    killed = [e for e in events_of(nlp, text) if e.trigger.text == "killed"]
    assert killed and all(e.actor.text == "" and e.actor.country is None for e in killed)
