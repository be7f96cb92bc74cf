"""Checks of a coded event's parties and sense (extract/events/checks.py): each rule on small
made-up sentences, asked of the trigger's or the party's token, and the coder's events."""
from __future__ import annotations

from onrecord.extract.events import checks
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import find_events


def word(nlp, text, w):
    return next(t for t in nlp(text) if t.text == w)


def events(nlp, text):
    return find_events(nlp(text), "t", "2020-05-05", gated=False)


def test_a_disowned_stance_is_no_refusal(nlp):
    text = "The senator said he did not support the new tax rules."
    assert checks.disowned_stance(word(nlp, text, "support"), "REJECT", None)
    assert not checks.disowned_stance(word(nlp, "The senator supported the new tax rules.", "supported"),
                                      "REJECT", None)
    assert not any(e.type == "REJECT" for e in events(nlp, text))


def test_a_suspicion_naming_no_one_is_no_accusation(nlp):
    text = "The traveller was suspected to have the virus."
    assert checks.unaimed_allegation(word(nlp, text, "suspected"), "ACCUSE", None)
    assert not checks.unaimed_allegation(word(nlp, "Friends alleged he was poisoned.", "alleged"), "ACCUSE", None)
    accused = word(nlp, "The opposition alleged that the mayor took bribes.", "mayor")
    assert not checks.unaimed_allegation(word(nlp, "The opposition alleged that the mayor took bribes.", "alleged"),
                                         "ACCUSE", accused)


def test_an_occasion_held_is_no_custody(nlp):
    text = "A state funeral was held for the former general on Friday."
    assert checks.held_occasion(word(nlp, text, "held"), "COERCE")
    assert not checks.held_occasion(word(nlp, "Two journalists were held by the militia.", "held"), "COERCE")
    assert not any(e.type == "COERCE" for e in events(nlp, text))


def test_a_situation_is_no_actor(nlp):
    assert checks.abstract_actor(word(nlp, "The large amount of praise helped the family.", "amount"))
    assert not checks.abstract_actor(word(nlp, "The army attacked the town.", "army"))


def test_a_place_of_an_address_is_no_actor(nlp):
    text = "Maria Lopez, a teacher from Springfield, Illinois, criticised the ruling."
    assert checks.address_place(word(nlp, text, "Illinois"))
    assert not checks.address_place(word(nlp, "Germany criticised the ruling.", "Germany"))


def test_a_time_is_no_target(nlp):
    assert checks.time_target(word(nlp, "The protest began at 9 p.m. on Friday.", "p.m."))
    assert not checks.time_target(word(nlp, "Police arrested the mayor on Friday.", "mayor"))
    assert not checks.time_target(None)


def test_the_accused_of_an_allegation_is_its_clause_subject(nlp):
    tables = event_tables.load()
    text = "The governor alleged the government is hiding the true figures."
    assert checks.alleged_party(word(nlp, text, "alleged"), "ACCUSE", tables).text == "government"
    drank = "Friends alleged he drank poisoned tea."
    assert checks.alleged_party(word(nlp, drank, "alleged"), "ACCUSE", tables) is None
    assert checks.alleged_party(word(nlp, "Friends alleged the writer was poisoned.", "alleged"),
                                "ACCUSE", tables) is None


def test_going_on_with_a_claim_is_saying(nlp):
    assert checks.continued_saying(word(nlp, "The mayor continued his claims about the vote.", "continued"))
    assert not checks.continued_saying(word(nlp, "The army continued its attacks on the town.", "continued"))


def test_firing_a_post_holder_is_no_assault(nlp):
    assert checks.dismissed_holder(word(nlp, "The board fired its chief executive on Monday.", "fired"), "ASSAULT")
    assert checks.dismissed_holder(word(nlp, "Fans asked the club to fire Smith.", "fire"), "ASSAULT")
    assert not checks.dismissed_holder(word(nlp, "Soldiers fired rockets at the village.", "fired"), "ASSAULT")
    assert not checks.dismissed_holder(word(nlp, "Police fired on the protesters.", "fired"), "ASSAULT")


def test_one_arrested_is_of_the_arresting_country(nlp):
    assert checks.custody_country("COERCE", "arrest", "GBR") == "GBR"
    assert checks.custody_country("COERCE", "arrest", "IGO") is None
    assert checks.custody_country("ASSAULT", None, "GBR") is None


def test_sides_facing_each_other_in_a_game_play(nlp):
    assert checks.played_match(word(nlp, "In the final game of the day, Chile faced Peru at the new stadium.", "faced"),
                               "CONSULT")
    assert not checks.played_match(word(nlp, "The foreign minister met his Chinese counterpart in Beijing.", "met"),
                                   "CONSULT")

