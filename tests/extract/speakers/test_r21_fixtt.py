"""Review fixes of r21-types and r21-titles (branch r21-fixtt): a body's name with a given name in
it stays a body's when a pronoun after it may be another's; a sentence ended at a rank written
short is ended; a person's name after a body's in an office phrase is the person's; a clause
read on an "as" phrase whose verb lacks its object reports nothing. Made-up texts."""
import onrecord
from onrecord.extract.speakers.fullest_name import given_name_inside_body_run
from statement_lookup import speaker


def test_a_noun_between_the_body_and_the_pronoun_keeps_the_body(nlp):
    text = "Bank news\n\nThe market fell. Goldman Sachs said the trader had lost his job after the losses were found."
    assert speaker(text, "the trader had lost his job").type == "ORG"
    text = "Bank news\n\nThe market fell. Wells Fargo said the customer lost his home because of a clerical error."
    found = speaker(text, "the customer lost his home")
    assert found.name == "Wells Fargo" and found.type == "ORG"


def test_a_pronoun_after_an_object_is_not_the_body_s(nlp):
    text = ("Bank news\n\nThe market fell. Goldman Sachs hired the former minister last year. "
            "He said the bank would grow in Asia.")
    assert speaker(text, "the bank would grow").name != "Goldman Sachs"
    text = "Bank news\n\nThe market fell. Wells Fargo fired the manager after he opened fake accounts, the bank said."
    found = speaker(text, "opened fake accounts")
    assert found.name == "Wells Fargo" and found.type == "ORG"


def test_her_own_campaign_still_makes_a_person(nlp):
    text = ("Election news\n\nThe race is close. Carly Quillan announced her campaign on Monday. "
            "\"We will win,\" she said.")
    found = speaker(text, "We will win")
    assert found.name == "Carly Quillan" and found.type == "PERSON"


def test_a_sentence_ended_at_a_rank_is_ended(nlp):
    text = ("Army news\n\nThe base is quiet. The commander was promoted from Sgt. to Capt. "
            "Officials said the promotion was overdue.")
    assert speaker(text, "the promotion was overdue").name == "Officials"
    doc = nlp("The commander retired with the rank of Lt. Officials said the army had changed.")
    assert [s.text for s in doc.sents][-1] == "Officials said the army had changed."


def test_a_title_before_a_name_or_a_title_keeps_its_sentence(nlp):
    doc = nlp("No one was hurt. Sgt. Ann Lee said the army had changed.")
    assert [s.text for s in doc.sents] == ["No one was hurt.", "Sgt. Ann Lee said the army had changed."]
    doc = nlp("No one was hurt. Det. Supt. Tom Reed said the case was closed.")
    assert [s.text for s in doc.sents] == ["No one was hurt.", "Det. Supt. Tom Reed said the case was closed."]
    text = "Army news\n\nThe base is quiet. Sgt. Ann Lee said the army had changed."
    assert speaker(text, "the army had changed").name == "Ann Lee"


def test_a_person_s_name_after_a_body_s_in_an_office_phrase(nlp):
    text = ("Sea news\n\nThe ship is held. A spokesman for Greenpeace International Daniel Roe said "
            "the ship had been seized.")
    assert speaker(text, "the ship had been seized").name == "Daniel Roe"
    doc = nlp("The head of the International Red Cross said the supplies would last.")
    assert given_name_inside_body_run("head of the International Red Cross".split(), 4, doc)


def test_an_as_phrase_clause_lacking_its_object_reports_nothing(nlp):
    assert [s.content.text for s in onrecord.extract("Book news\n\nThe book is out. He wrote as a columnist "
                                                      "he admired for years.").statements] == []
