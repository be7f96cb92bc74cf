"""Attacks in words between persons, calls on someone to act, and acts a sentence says were
avoided or only meant (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import named_person, person_attacks_person, unrealised_act
from onrecord.extract.events.phrases import _after_dateline
from onrecord.extract.events.verbal import called_on_to_act


def events_of(nlp, text, dyadic=True):
    return find_events(nlp(text), "t", "2021-03-02", dyadic=dyadic)


def _token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def test_a_pronoun_attacking_a_named_person_does_so_in_words(nlp):
    doc = nlp("Though she has started to attack Governor Ann Mills at her town-hall meetings, her aides stay quiet.")
    assert person_attacks_person(_token(doc, "attack"), _token(doc, "she"))
    [event] = events_of(nlp, doc.text)
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_a_surname_named_before_is_a_person(nlp):
    doc = nlp("Donald Palmer and Mark Dunn met voters. What did voters make of Palmer's attack on Dunn on Monday?")
    assert named_person(_token(doc, "Palmer", 1)) and named_person(_token(doc, "Dunn", 1))
    [event] = events_of(nlp, doc.text)
    assert (event.type, event.actor.text, event.target.text) == ("ACCUSE", "Palmer", "Dunn")


def test_a_person_ripping_another_for_his_conduct_is_criticism(nlp):
    [event] = events_of(nlp, "Mayor Anna Kohl ripped Councilman Peter Vance for his handling of the budget.")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_blows_stay_assault(nlp):
    doc = nlp("Donald Palmer was in court. He attacked Mark Dunn with a knife.")
    [event] = events_of(nlp, doc.text)
    assert event.type == "ASSAULT"
    doc = nlp("The rebels attacked the town of Sirte, and the army's attack on Sirte failed.")
    assert not person_attacks_person(_token(doc, "attacked"), _token(doc, "rebels"))
    assert all(e.type == "ASSAULT" for e in events_of(nlp, doc.text))


def test_a_person_attacking_someone_unnamed_is_not_read_as_words(nlp):
    doc = nlp("Donald Palmer was in court. He attacked a guard at the gate.")
    assert not person_attacks_person(_token(doc, "attacked"), _token(doc, "He"))


def test_a_person_firing_at_named_rivals_does_so_in_words(nlp):
    [event] = events_of(nlp, "Governor Ann Lee fired at Paul Grant, Sara Mills and Tom Ward over their votes.")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_hits_and_shots_between_named_persons_blaming_nothing_are_not_words(nlp):
    for text in ("John Smith hit Peter Jones outside the bar on Friday night, police said.",
                 "Robert Hill was at the door. He fired at Robert Hill twice before fleeing.",
                 "John Smith hit Peter Jones over the head, police said."):
        assert not any(e.type == "ACCUSE" for e in events_of(nlp, text)), text
    [event] = events_of(nlp, "Senator Ann Lopez hit Senator Tom Ward over his vote on the bill.")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_a_person_assailing_speeches_attacks_words(nlp):
    [event] = events_of(nlp, "Senator Maria Lopez assailed Paul Grant's campaign speeches on trade.")
    assert event.type == "ACCUSE"


def test_shots_at_a_person_with_a_weapon_stay_assault(nlp):
    # the tagger reads no name in "Officer Jane Doe", so the coder finds no target here
    [event] = events_of(nlp, "Police said John Smith fired at Officer Jane Doe with a rifle.", dyadic=False)
    assert event.type == "ASSAULT"


def test_an_avoided_criticism_is_no_event(nlp):
    doc = nlp("The minister avoided criticizing Governor Ellen Park during the visit.")
    assert unrealised_act(_token(doc, "criticizing"))
    assert events_of(nlp, doc.text) == []


def test_an_act_without_which_is_no_event(nlp):
    doc = nlp("Residents want to sleep at night without being threatened by gangs.")
    assert unrealised_act(_token(doc, "threatened"))
    assert events_of(nlp, doc.text) == []


def test_an_act_deep_in_a_without_phrase_is_no_event(nlp):
    doc = nlp("Farmers want to sell their crops without being afraid of being robbed by bandits.")
    assert unrealised_act(_token(doc, "robbed"))


def test_acts_a_promise_names_are_no_events(nlp):
    doc = nlp("The council blamed Ortiz for his pledges to close the port and expel the traders.")
    assert unrealised_act(_token(doc, "expel"))
    assert not any(e.trigger.text == "expel" for e in events_of(nlp, doc.text))


def test_a_group_bent_on_an_act_has_not_done_it(nlp):
    doc = nlp("Officials warned of militants bent on attacking the border posts.")
    assert unrealised_act(_token(doc, "attacking"))


def test_acts_listed_after_a_planned_one_are_only_meant(nlp):
    doc = nlp("The government plans to arrest the leaders and deport the migrants.")
    assert unrealised_act(_token(doc, "deport"))
    assert [e.type for e in events_of(nlp, doc.text)] == ["THREATEN"]
    doc = nlp("Donald Palmer promised reforms and attacked his rival Mark Dunn.")
    assert not unrealised_act(_token(doc, "attacked"))  # done, not promised
    doc = nlp("The government went ahead with its plan to deport the migrants and deported 200 people on Monday.")
    assert not unrealised_act(_token(doc, "deported"))  # a tense of its own: done
    assert any(e.trigger.text == "deported" for e in events_of(nlp, doc.text))


def test_the_promise_itself_and_plain_acts_stay(nlp):
    [event] = events_of(nlp, "The president promised to deport 11 million immigrants.")
    assert event.type == "THREATEN"
    [event] = events_of(nlp, "Police arrested the man without a warrant.")
    assert (event.type, event.mode) == ("COERCE", "arrest")


def test_calling_on_someone_to_attack_is_a_request_of_them(nlp):
    doc = nlp("The senator called on the navy to attack the pirate bases off the coast.")
    assert called_on_to_act(_token(doc, "called"))
    [event] = events_of(nlp, doc.text)
    assert (event.type, event.target.text) == ("REQUEST", "the navy")
    doc = nlp("The senator called the plan a disaster.")
    assert not called_on_to_act(_token(doc, "called"))


def test_a_dateline_is_not_part_of_the_actor(nlp):
    [event] = events_of(nlp, "PARIS - Senator Mark Dunn met privately with President Ana Silva on Monday.")
    assert event.actor.text == "Senator Mark Dunn"


def test_a_hyphen_inside_a_name_is_no_dateline(nlp):
    doc = nlp("ZLB-CIO endorsed Ana Silva on Monday.")
    assert _after_dateline(doc[0:3]).text == "ZLB-CIO"
    assert _after_dateline(nlp("PARIS - Senator Mark Dunn met")[0:5]).text == "Senator Mark Dunn"


def test_a_stance_taken_and_roots_put_down_are_no_force(nlp):
    assert events_of(nlp, "The families who settled in the valley put down roots there.") == []
