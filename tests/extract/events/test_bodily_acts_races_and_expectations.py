"""Acts the verb table types wrongly (a person's body grabbed, sexual abuse, websites blocked),
races and views read as force or accord, acts only expected or weighed, moods, standing
backing and set phrases of no event (made-up sentences and names, the real model)."""
from __future__ import annotations

from onrecord.extract.events.checks import standing_backing
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import (
    NO_EVENT,
    agreed_with_person,
    censored_content,
    deliberated_act,
    electoral_defeat,
    expected_act,
    fought_for_people,
    grabbed_person,
    mood_participle,
    race_for_office,
    set_phrase,
    sexual_abuse,
)


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def _on(nlp, text, word):
    return _word(nlp(text), word)


def test_a_person_grabbed_is_a_blow_and_a_thing_grabbed_is_not(nlp):
    assert grabbed_person(_on(nlp, "Witnesses said the reporter was grabbed by a guard at the gate.", "grabbed"))
    assert grabbed_person(_on(nlp, "A guard grabbed her arm outside the hall.", "grabbed"))
    assert not grabbed_person(_on(nlp, "The mayor grabbed the microphone and spoke.", "grabbed"))


def test_abuse_told_as_sexual_is_sexual_violence(nlp):
    assert sexual_abuse(_on(nlp, "The lawsuit claims the depot manager sexually harassed three clerks.", "harassed"))
    assert not sexual_abuse(_on(nlp, "The lawsuit claims the landlord harassed three tenants.", "harassed"))


def test_websites_blocked_are_censored_and_roads_blocked_are_not(nlp):
    assert censored_content(_on(nlp, "The Vardan regulator blocked two gambling websites in May.", "blocked"))
    assert not censored_content(_on(nlp, "Farmers blocked the highway into Vardan.", "blocked"))


def test_the_coder_types_a_grabbed_reporter_as_an_assault(nlp):
    doc = nlp("Officials said the reporter was grabbed by a guard of the senator.")
    events = find_events(doc, "t", "2021-03-02", gated=False, dyadic=False)
    assert [(e.type, e.mode) for e in events if e.trigger.text == "grabbed"] == [("ASSAULT", "beat")]


def test_a_struggle_to_take_an_office_is_a_race(nlp):
    assert race_for_office(_on(nlp, "Mara Quell and Senator Dov Tarn battled to replace him.", "battled"))
    assert not race_for_office(_on(nlp, "The rebels fought to replace the regime.", "fought"))


def test_a_share_of_the_vote_after_with_is_no_weapon(nlp):
    assert electoral_defeat(_on(nlp, "Quell beat Tarn in the runoff, with 58 percent of the ballots.",
                                "beat"))
    assert not electoral_defeat(_on(nlp, "Quell beat Tarn with a stick.", "beat"))


def test_an_act_only_expected_or_weighed_is_not_done(nlp):
    assert expected_act(_on(nlp, "Quell had been expected to visit the capital next week.", "visit"))
    assert not expected_act(_on(nlp, "Quell agreed to visit the capital next week.", "visit"))
    doc = nlp("The party has long considered using the governor's past against him.")
    assert deliberated_act(_word(doc, "considered")) and deliberated_act(_word(doc, "using"))
    assert not deliberated_act(_on(nlp, "The council considered the proposal on Monday.", "considered"))


def test_a_mood_is_no_act_of_force(nlp):
    assert mood_participle(_on(nlp, "As for Quell, he was strangely subdued.", "subdued"))
    assert not mood_participle(_on(nlp, "The gunman was quickly subdued by guards.", "subdued"))


def test_backing_told_in_the_simple_present_passive_is_a_standing_relation(nlp):
    assert standing_backing(_on(nlp, "The militia is backed by Vardan, the minister said.", "backed"), "SUPPORT")
    assert not standing_backing(_on(nlp, "The militia was backed by Vardan in 2015.", "backed"), "SUPPORT")


def test_set_phrases_of_a_campaign_are_no_event(nlp):
    assert set_phrase(_on(nlp, "Quell laid out her vision for the city.", "laid")) == NO_EVENT
    assert set_phrase(_on(nlp, "Tarn first made his name as a ferry pilot.", "made")) == NO_EVENT
    assert set_phrase(_on(nlp, "The claims, which Tarn later backed away from, were dropped.", "backed")) == NO_EVENT


def test_agreeing_with_a_person_on_an_issue_is_a_view(nlp):
    assert agreed_with_person(_on(nlp, "Many voters agreed with Mr. Tarn on the issue.", "agreed"))
    assert not agreed_with_person(_on(nlp, "Quell agreed with Mr. Tarn on a ceasefire.", "agreed"))


def test_fighting_for_the_people_one_serves_is_a_promise(nlp):
    assert fought_for_people(_on(nlp, "Ms. Quell said she would fight for working families.", "fight"))
    assert not fought_for_people(_on(nlp, "Militias fought for the villagers against the army.", "fought"))
    assert not fought_for_people(_on(nlp, "Government troops fought for the town.", "fought"))


def test_a_fight_with_an_opponent_is_no_race(nlp):
    assert not race_for_office(_on(nlp, "Farmers battled Zorbian gunmen to win back their fields.", "battled"))
    assert not race_for_office(_on(nlp, "Fans fought with police to become the first inside the hall.", "fought"))
    assert not race_for_office(_on(nlp, "Parents fought to win the return of the seized boats.", "fought"))
    assert race_for_office(_on(nlp, "Quell and Tarn fought to win the seat.", "fought"))


def test_a_nationality_makes_no_rivals_armed(nlp):
    assert race_for_office(_on(nlp, "Peruvian senators Mara Quell and Dov Tarn battled to succeed the president.",
                               "battled"))
    assert race_for_office(_on(nlp, "Peruvian senators battled to replace the speaker.", "battled"))


def test_a_construction_site_blocked_is_not_censored(nlp):
    assert not censored_content(_on(nlp, "Residents blocked the building site of the new dam.", "blocked"))
    assert not censored_content(_on(nlp, "Strikers blocked the channel near the port.", "blocked"))
    assert censored_content(_on(nlp, "The Vardan ministry blocked several news sites.", "blocked"))


def test_agreeing_on_the_question_of_a_matter_is_an_accord(nlp):
    assert not agreed_with_person(_on(nlp, "The Vardan premier agreed with Premier Dov Tarn on the question "
                                          "of joint patrols.", "agreed"))


def test_a_person_grabbed_and_carried_off_is_abducted(nlp):
    doc = nlp("Gunmen grabbed the union leader from his home and drove him away.")
    events = find_events(doc, "t", "2021-03-02", gated=False, dyadic=False)
    assert [(e.type, e.mode) for e in events if e.trigger.text == "grabbed"] == [("ASSAULT", "abduct")]
    assert grabbed_person(_on(nlp, "A guard grabbed the protester by the collar.", "grabbed"))
