"""Whom an event is aimed at and who did it, when the words name them past the verb's own
object (extract/events/parties.py, issue 17): a target after "at", "out of" or a "for" clause, the
owner of a run for office or of a named thing, the one a description says what they are; each on a
small made-up sentence, read through the event its trigger word makes (whatever the gate makes of it)."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.parties import described_subject, hyphen_whole, meeting_purpose, out_of


def test_a_nominee_or_a_challenger_after_at_is_the_target(nlp):
    assert at(nlp, "Ms. Okafor scoffed at the nominee on Monday.", "scoffed").target.text == "the nominee"
    assert at(nlp, "Ms. Okafor scoffed at her challenger on Monday.", "scoffed").target.text == "her challenger"


def test_the_owner_of_a_renomination_is_the_target(nlp):
    e = at(nlp, "The mayor opposed the re-nomination of Senator Tom Vance.", "opposed")
    assert e.target is not None and e.target.text == "Senator Tom Vance"


def test_the_owner_of_a_candidacy_is_the_target(nlp):
    e = at(nlp, "The senator supported the candidacy of Governor Ann Vale.", "supported")
    assert e.target is not None and e.target.text == "Governor Ann Vale"


def test_the_hyphen_split_object_is_read_whole(nlp):
    doc = nlp("The mayor opposed the re-nomination of Senator Tom Vance.")
    first = next(t for t in doc if t.dep_ == "dobj")
    assert hyphen_whole(first).text == "nomination"
    assert hyphen_whole(doc[1]).i == 1


def test_the_subject_of_a_for_clause_is_whom_a_demand_is_aimed_at(nlp):
    e = at(nlp, "Senator Ann Cole pushed for Governor Lisa Hart to veto the bill.", "pushed")
    assert e.target is not None and e.target.text == "Governor Lisa Hart"


def test_a_thing_pressed_for_is_no_target(nlp):
    e = at(nlp, "The senator pressed for the addition of a clause to the Green Party charter.", "pressed")
    assert e.target is None


def test_the_one_an_act_called_for_is_done_to_is_the_target(nlp):
    e = at(nlp, "Senator Ann Cole called for the removal of Police Chief Tom Reyes.", "called")
    assert e.target is not None and e.target.text == "Police Chief Tom Reyes"


def test_a_description_with_a_relative_clause_stands_for_its_subject(nlp):
    text = "Tom Brandt is a banker, donor and activist who has threatened to sue the city council."
    assert at(nlp, text, "threatened").actor.text == "Tom Brandt"
    doc = nlp(text)
    activist = next(t for t in doc if t.text == "activist")
    assert described_subject(activist, tables.load()).text == "Brandt"
    lawyer = nlp("The lawyer who sued the city won.")[1]
    assert described_subject(lawyer, tables.load()).i == lawyer.i  # no description: itself


def test_a_described_object_of_a_relative_clause_is_its_subject(nlp):
    e = at(nlp, "Senator Tom Vance was the one Democrat whom the governor declined to appoint.", "declined")
    assert e.target is not None and e.target.text == "Senator Tom Vance"


def test_a_named_things_owner_is_the_target(nlp):
    e = at(nlp, "The minister threatened to put duties on Toyota cars.", "threatened")
    assert e.target is not None and e.target.text == "Toyota"


def test_a_meeting_is_not_aimed_at_what_it_was_held_to_discuss(nlp):
    e = at(nlp, "The ministers met in Oslo to discuss sanctions against Iran.", "met")
    assert e.target is None
    e = at(nlp, "Lee met with the mayor to discuss the strike.", "met")
    assert e.target is not None and e.target.text == "the mayor"
    doc = nlp("The ministers met in Oslo to discuss sanctions against Iran.")
    assert meeting_purpose(doc[2], doc[9]) and not meeting_purpose(doc[2], None)


def test_out_of_says_what_from_says(nlp):
    e = at(nlp, "Zedco backed out of its supply deal with the Green Party.", "backed")
    assert e.target is not None and e.target.text == "the Green Party"
    doc = nlp("Zedco backed out of its supply deal.")
    assert out_of(doc[2]) == (doc[3], "from") and out_of(doc[1]) == (doc[1], "backed")


def test_young_people_and_political_committees_name_targets(nlp):
    assert at(nlp, "The soldiers beat a boy in the square.", "beat").target.text == "a boy"
    assert at(nlp, "Zedco donated money to two PACs.", "donated").target.text == "two PACs"
