"""Targets of events whose target is named inside another act's phrase, or that the parse left
where the verb cannot see it (extract/events/parties.py, countries.py, issue 17): a condemnation
or protest of a harmful act is aimed at the act's doer, not its victim; a passive verb's subject
the parser joined to the opening phrase; a name the parser read as the first word of a day; the
other party's apposition names no country of the target. Each on a small made-up sentence."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import other_party_descriptions
from onrecord.extract.events.parties import (
    aimed_at_subject,
    censured_act_doer,
    inquiry_subject,
    mediation_named,
    object_before_day,
    stray_passive_subject,
)


def test_a_condemned_strike_is_aimed_at_its_doer_not_its_victim(nlp):
    e = at(nlp, "Norway condemned the Russian strike on Georgia.", "condemned")
    assert e.target is not None and e.target.country == "RUS"


def test_criticized_sanctions_are_aimed_at_whoever_imposed_them(nlp):
    e = at(nlp, "India criticized the Canadian sanctions on Iran.", "criticized")
    assert e.target is not None and e.target.country == "CAN"


def test_a_condemned_attack_with_no_doer_named_has_no_target(nlp):
    e = at(nlp, "Ghana condemned the new sanctions against its central bank.", "condemned")
    assert e.target is None


def test_a_lawsuit_filed_keeps_its_against(nlp):
    # the noun is the accusation itself, not an act it condemns
    e = at(nlp, "The nurses' union filed a lawsuit against the city of Brenton.", "filed")
    assert e.target is not None and "Brenton" in e.target.text


def test_a_protest_against_killings_is_aimed_at_their_doer(nlp):
    e = at(nlp, "Hundreds of students marched in protest against the killings of farmers by soldiers.", "marched")
    assert e.target is not None and e.target.text == "soldiers"


def test_censured_act_doer_leaves_other_types_alone(nlp):
    doc = nlp("Norway condemned the Russian strike on Georgia.")
    georgia = next(t for t in doc if t.text == "Georgia")
    assert censured_act_doer(doc[1], "REQUEST", georgia, tables.load()) is georgia


def test_the_subject_the_parser_joined_to_the_opening_phrase_is_the_passive_target(nlp):
    text = ("On Friday in Ghana, Kofi Mensah, son of the writer Ama Mensah, was sentenced for bribery "
            "to six years in prison by a court in Kumasi.")
    e = at(nlp, text, "sentenced")
    assert e.target is not None and e.target.text == "Kofi Mensah"
    assert e.actor.text == "a court"


def test_a_passive_with_its_own_subject_has_no_stray_subject(nlp):
    doc = nlp("On Monday, three soldiers were killed by rebels.")
    verb = next(t for t in doc if t.text == "killed")
    assert stray_passive_subject(verb, tables.load()) is None


def test_a_name_read_as_a_day_word_is_the_object(nlp):
    doc = nlp("The governor endorsed Halvorsen Wednesday.")
    verb = next(t for t in doc if t.text == "endorsed")
    found = object_before_day(verb)
    if found is not None:  # the parse may instead read the name as the object itself
        assert found.text == "Halvorsen"
    e = at(nlp, "The governor endorsed Halvorsen Wednesday.", "endorsed")
    assert e.target is not None and e.target.text == "Halvorsen"


def test_a_verb_with_its_own_object_takes_no_name_before_a_day(nlp):
    doc = nlp("The governor endorsed the plan Wednesday.")
    verb = next(t for t in doc if t.text == "endorsed")
    assert object_before_day(verb) is None


def test_the_actors_apposition_gives_no_country_to_the_target(nlp):
    e = at(nlp, "The Kenyan foreign minister, Paul Otieno, met officials in London on Friday.", "met")
    assert e.actor.country == "KEN"
    assert e.target is not None and e.target.country == "GBR"
    doc = nlp("The Kenyan foreign minister, Paul Otieno, met officials in London on Friday.")
    minister = next(t for t in doc if t.text == "minister")
    spans = other_party_descriptions(minister, (doc[8],))
    assert spans and doc.text[spans[0][0]:spans[0][1]] == "Paul Otieno"


def test_a_light_verb_or_blame_keeps_the_acts_own_target(nlp):
    doc = nlp("The senator unleashed a fierce attack on his rival Tom Reyes.")
    verb = next(t for t in doc if t.text == "unleashed")
    rival = next(t for t in doc if t.text == "Reyes")
    assert censured_act_doer(verb, "ACCUSE", rival, tables.load()) is rival
    doc = nlp("The ministry blamed the bombing on the separatists.")
    verb = next(t for t in doc if t.text == "blamed")
    rebels = next(t for t in doc if t.text == "separatists")
    assert censured_act_doer(verb, "ACCUSE", rebels, tables.load()) is rebels


def test_a_rally_to_protest_abuses_is_aimed_at_whoever_committed_them(nlp):
    text = "Thousands of farmers were marching Monday for a rally in Accra to protest the abuses by the militia."
    e = at(nlp, text, "marching")
    assert e.target is not None and e.target.text == "the militia"


def test_an_inquiry_of_a_person_is_aimed_at_them(nlp):
    e = at(nlp, "The FBI investigation of Senator Ann Lee could hurt her campaign.", "investigation")
    assert e.target is not None and e.target.text == "Senator Ann Lee"
    doc = nlp("A long study of rainfall in the valley was published.")
    study = next(t for t in doc if t.text == "study")
    assert inquiry_subject(study, tables.load()) is None


def test_one_killed_in_a_strike_is_its_target(nlp):
    e = at(nlp, "Two Somali fighters were killed in a Kenyan air strike on Monday.", "strike")
    assert e.target is not None and e.target.text == "Two Somali fighters"
    assert e.actor.country == "KEN"


def test_a_relative_clause_killed_in_a_strike_gives_no_target(nlp):
    doc = nlp("The cleric Idris Kamal, who was killed in a Danish drone strike, appears in the video.")
    strike = next(t for t in doc if t.text == "strike")
    assert aimed_at_subject(strike, tables.load()) is None


def test_a_counterpart_is_a_target_of_another_country_than_the_actor(nlp):
    e = at(nlp, "The Chilean trade minister met with her counterpart from Peru on Monday.", "met")
    assert e.target is not None and e.target.text == "her counterpart" and e.target.country == "PER"
    e = at(nlp, "In Santiago, the Chilean trade minister met with her counterpart on Monday.", "met")
    assert e.target is None or e.target.country != "CHL"


def test_envoys_from_world_powers_are_not_of_the_place_they_meet_in(nlp):
    e = at(nlp, "Cuban diplomats met in Oslo with envoys from five world powers.", "met")
    assert e.target is not None and e.target.country is None


def test_a_mediation_effort_launched_between_two_states_is_aimed_at_them(nlp):
    text = "The emir of Kuwait launched a mediation effort on Sunday between Oman and Bahrain, whose ties have soured."
    e = at(nlp, text, "launched")
    assert e.type == "CONSULT" and e.target is not None and e.target.country == "OMN"
    doc = nlp("The ministry launched a review of the budget.")
    assert not mediation_named(next(t for t in doc if t.text == "launched"))


def test_an_inquiry_into_a_death_is_not_aimed_at_the_dead(nlp):
    doc = nlp("The council's inquiry into Rena Voss's death in a Tarvian jail resumed on Friday.")
    inquiry = next(t for t in doc if t.text == "inquiry")
    assert inquiry_subject(inquiry, tables.load()) is None
    doc = nlp("The council's inquiry into Norway's killing of Rena Voss resumed on Friday.")
    inquiry = next(t for t in doc if t.text == "inquiry")
    found = inquiry_subject(inquiry, tables.load())
    assert found is not None and found.text == "Norway"


def test_a_counterpart_takes_no_country_from_the_rest_of_its_sentence(nlp):
    # the topic of the talks, the place of the meeting, a clause on the actor: none is the counterpart's
    e = at(nlp, "The Chilean envoy met his counterpart at a summit on Haiti in Lima.", "met")
    assert e.target is not None and e.target.text == "his counterpart" and e.target.country is None
    e = at(nlp, "At a forum in Toronto, the Ghanaian minister met her counterpart for trade talks.", "met")
    assert e.target is not None and e.target.country is None
    e = at(nlp, "The Chilean envoy, who arrived from Quito, met his counterpart in Manila.", "met")
    assert e.target is not None and e.target.country is None
    e = at(nlp, "The Chilean envoy met his Peruvian counterpart in Manila.", "met")
    assert e.target is not None and e.target.country == "PER"


def test_other_parties_met_name_no_country_of_the_counterparts_actor(nlp):
    e = at(nlp, "The envoy met with his counterpart from Peru and with Italian bankers.", "met")
    assert e.target is not None and e.target.country == "PER"
    assert e.actor.country != "ITA"
