"""Issue 13 (branch r21-types): a person's name the tagger reads as a body's, and a body's name
read as holding a person's. Made-up texts."""
import onrecord
from onrecord.extract.speakers.constraints import given_name_inside_body
from onrecord.extract.speakers.fullest_name import title_out_of_name
from onrecord.extract.speakers.name_forms import subject_then_own_pronoun
from statement_lookup import speaker, statement_with


def test_a_given_name_inside_a_body_s_run_is_no_office_holder(nlp):
    text = ("Aid reaches the flooded valley.\n\nThe head of the International Red Cross said on Tuesday that "
            "the supplies would last a week. Trucks arrived from the north.")
    found = speaker(text, "the supplies would last a week")
    assert found is not None and found.name != "Red Cross"
    assert found.rule == "unnamed" and "International Red Cross" in found.name


def test_given_name_inside_body_reads_the_words_before_the_given_name(nlp):
    doc = nlp("The head of the International Red Cross said the supplies would last.")
    ent = next(e for e in doc.ents if "Cross" in e.text)
    red = next(t for t in ent if t.text == "Red")
    assert given_name_inside_body(ent, red)


def test_a_description_s_title_is_not_cut_before_a_given_name_inside_a_body_s_name():
    assert title_out_of_name("head of the International Red Cross") is None
    assert title_out_of_name("First Minister of Ruritania Jane Roe") == ("Jane Roe", "First Minister of Ruritania")


def test_a_full_name_tagged_as_a_body_s_with_her_pronoun_next_is_a_person(nlp):
    text = ("Election news\n\nThe race is close. Carly Quillan said on Monday that taxes were too high. "
            "She added that her campaign would visit every county.")
    record = onrecord.extract(text)
    added = statement_with(record, "her campaign would visit").speaker
    assert added.name == "Carly Quillan" and added.type == "PERSON"
    assert statement_with(record, "taxes were too high").speaker.type == "PERSON"


def test_a_full_name_subject_of_a_clause_with_his_possessive_is_a_person(nlp):
    text = ("Election news\n\nThe race is close. Lincoln Quillan argued that taxes were too high. "
            "\"We will win,\" he told reporters.")
    found = speaker(text, "We will win")
    assert found.name == "Lincoln Quillan" and found.type == "PERSON"


def test_a_body_referred_to_as_it_stays_a_body(nlp):
    text = ("Market news\n\nThe race is close. Royal Quillan said on Monday that taxes were too high. "
            "It added that its shares would rise.")
    assert speaker(text, "taxes were too high").type == "ORG"


def test_subject_then_own_pronoun_needs_no_one_else_between(nlp):
    doc = nlp("Carly Quillan said Jane Roe was right. She smiled.")
    assert not subject_then_own_pronoun(doc[0:2], "f")
    doc = nlp("Carly Quillan said taxes were high. She smiled.")
    assert subject_then_own_pronoun(doc[0:2], "f")
    assert not subject_then_own_pronoun(doc[0:2], "m")
    doc = nlp("Carly Quillan said taxes were high. It smiled.")
    assert not subject_then_own_pronoun(doc[0:2], "f")


def test_a_pronoun_after_another_proper_name_is_no_evidence(nlp):
    doc = nlp("In the states where Lincoln Research has run polls, Zedman did best relative to his share.")
    start = next(t.i for t in doc if t.text == "Lincoln")
    assert not subject_then_own_pronoun(doc[start:start + 2], "m")


def test_a_person_s_name_after_a_body_s_full_name_keeps_the_office(nlp):
    text = ("Students marched on Monday. Executive director of the Zedton chapter of the Council on Zedish "
            "Relations Alia Quillan said the school had apologised.")
    found = speaker(text, "the school had apologised")
    assert found.name == "Alia Quillan" and found.roles
