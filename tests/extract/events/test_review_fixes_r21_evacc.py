"""Review of r21-evacc: a killing with its doer stays an assault beside an accident, a person
named like the weather and people of a disaster stay actors."""
from event_lookup import events_before_gate as events_of


def test_a_killing_with_its_doer_beside_a_crash_stays_an_assault(nlp):
    text = ("Zorbian rebels killed five Vetlandic soldiers when their convoy crashed into a ditch "
            "near the border on Monday, officials said.")
    assert any(e.type == "ASSAULT" for e in events_of(nlp, text))


def test_a_person_named_like_the_weather_still_acts(nlp):
    text = "Tony Snow accused the mayor of Zedton of lying to voters on Monday."
    assert any(e.type == "ACCUSE" for e in events_of(nlp, text))


def test_people_of_a_disaster_are_no_force_of_it(nlp):
    text = "Victims of the fire sued the city of Zedton on Monday."
    assert any(e.type == "ACCUSE" and e.actor is not None and e.actor.text == "Victims of the fire"
               for e in events_of(nlp, text))
