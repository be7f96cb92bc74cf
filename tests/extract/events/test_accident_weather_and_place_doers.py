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


def _at(nlp, text, trigger):
    """The events of ``text`` whose trigger is written ``trigger``."""
    return [e for e in events_of(nlp, text) if e.trigger.text == trigger]


def test_the_place_of_a_casualty_is_no_doer(nlp):
    doc = nlp("Four hikers were killed in Vetland on Friday.")
    assert placed_casualty(token(doc, "killed"), "ASSAULT")
    doc = nlp("The reporter was arrested in Vetland on Friday.")
    assert not placed_casualty(token(doc, "arrested"), "COERCE")
    text = "Three soldiers were killed in Peru when gunmen opened fire on their convoy."
    killed = _at(nlp, text, "killed")
    assert killed and all(e.actor.text == "" and e.actor.country is None for e in killed)


def test_an_unplaced_casualty_takes_no_country_the_sentence_does_not_name(nlp):
    # the article's country is no doer of a killing by no one named
    text = "Ann Rowder was killed in a stabbing attack. Peru's police said an attacker was caught. Peru mourned her."
    killed = _at(nlp, text, "killed")
    assert killed and all(e.actor.text == "" and e.actor.country is None for e in killed)


def test_an_unplaced_casualty_keeps_a_country_its_sentence_names(nlp):
    # near misses: the sentence names the doer's country outside the victim's words, or an agent
    text = "Two Peruvian soldiers were killed in a firefight with Chilean troops. Peru said it would respond."
    assert any(e.actor.country == "CHL" for e in _at(nlp, text, "killed"))
    text = "Peru's police said three gunmen were killed in a firefight on Monday night. Peru has seen unrest."
    assert any(e.actor.country == "PER" for e in _at(nlp, text, "killed"))
    text = "Two Peruvian soldiers were killed in a Chilean air strike on Monday. Peru said it would respond."
    assert any(e.actor.country == "CHL" for e in _at(nlp, text, "killed"))


def test_an_unplaced_arrest_keeps_the_state_as_doer(nlp):
    # near miss: custody is the state's act, so an agentless arrest keeps the article's country
    text = "Ann Rowder was arrested yesterday. Peruvian police said she was held. Peru's government confirmed it."
    arrested = _at(nlp, text, "arrested")
    assert arrested and all(e.actor.country == "PER" for e in arrested)


def test_an_unplaced_casualty_of_fighting_keeps_its_country(nlp):
    # near miss: in a firefight or a war the forces of the country told of are as often a side
    text = "Three gunmen were killed in a firefight on Monday night. Peru has seen unrest. Peru's army is on alert."
    assert any(e.actor.country == "PER" for e in _at(nlp, text, "killed"))
    text = "Police and reporters were injured during violent incidents. Peru has seen unrest. Peru's army is on alert."
    injured = _at(nlp, text, "injured")
    assert injured and all(e.actor.country == "PER" for e in injured)


def test_an_unplaced_injury_takes_no_country_the_sentence_does_not_name(nlp):
    text = ("Peru's interior minister Kay Lindor was stabbed on Friday. The local police chief and two others "
            "were also injured in the stabbing. Peru's police said the attacker was caught.")
    injured = _at(nlp, text, "injured")
    assert injured and all(e.actor.country is None for e in injured)


def test_an_unplaced_casualty_beside_armed_forces_keeps_its_country(nlp):
    # review near misses: the state's forces told of in the sentence or the next are as often the doer
    text = "Five rebels were killed on Tuesday, the military said. Colombia's army has stepped up operations."
    assert any(e.actor.country == "COL" for e in _at(nlp, text, "killed"))
    text = "Three militants were killed at dawn. Pakistan's army said weapons were seized."
    assert any(e.actor.country == "PAK" for e in _at(nlp, text, "killed"))
    text = "Nine civilians were killed in an air strike on Wednesday. Syria's army said it had hit a base."
    assert any(e.actor.country == "SYR" for e in _at(nlp, text, "killed"))


def test_an_unplaced_casualty_after_armed_forces_keeps_its_country(nlp):
    # second review's near miss: the forces are told of in the sentence before
    text = "Syria's army has pressed its offensive. Ten civilians were killed on Monday."
    assert any(e.actor.country == "SYR" for e in _at(nlp, text, "killed"))
