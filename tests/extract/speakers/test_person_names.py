"""Person names an article holds two of, or a country read into (issue 13, one entity per real
speaker): a suffix is no surname, differing middle initials are two people, and a country word
before a given name is the person's country, not a word of the name. Made-up texts."""

import onrecord
from onrecord.extract.speakers.name_forms import (
    country_before_given_name,
    middle_names_clash,
    person_name_tagged_org,
    suffixes_clash,
    surname_index,
)
from statement_lookup import statement_with, tagged_span


def test_a_suffix_is_no_surname():
    assert surname_index("Joseph R. Roe Jr.".split()) == 2
    assert surname_index("John Doe III".split()) == 1
    assert surname_index("Jane Roe".split()) == 1
    assert surname_index(["Jr."]) == 0  # a lone word is the name, whatever it is


def test_different_middle_initials_are_different_people():
    assert middle_names_clash("George H.W. Roe", "George W. Roe")
    assert middle_names_clash("Joseph R. Roe", "Joseph F. Roe")
    assert not middle_names_clash("Harry M. Roe", "Harry Roe")
    assert not middle_names_clash("John F. Roe", "John Fitzgerald Roe")
    assert not middle_names_clash("James B. Roe", "James B. Roe Jr.")
    # a many-word surname or a title is no given name and middle names
    assert not middle_names_clash("De La Roe", "Rocky De La Roe")
    assert not middle_names_clash("Jo bin Roe", "Crown Prince Jo bin Roe")


def test_two_juniors_of_one_given_name_stay_two_speakers():
    record = onrecord.extract(
        "Senator Joseph R. Roeland Jr. spoke at the base. General Joseph F. Dunmore Jr. said the troops "
        "were ready. \"They are trained,\" Dunmore said. Roeland said the mission would end soon.")
    assert statement_with(record, "the troops were ready").speaker.name == "Joseph F. Dunmore Jr."
    assert statement_with(record, "the mission would end soon").speaker.name == "Joseph R. Roeland Jr."


def test_a_father_and_a_son_of_one_name_stay_two_speakers():
    record = onrecord.extract(
        "Former President George H.W. Roe said the plan was sound. His son, George W. Roe, said the "
        "plan was weak.")
    assert statement_with(record, "the plan was sound").speaker.name == "George H.W. Roe"
    assert statement_with(record, "the plan was weak").speaker.name == "George W. Roe"


def test_a_country_before_a_given_name_is_no_word_of_the_name():
    assert country_before_given_name(["Indian", "Narendra", "Roe"])
    assert country_before_given_name(["U.S.", "Jane", "Roe"])
    # a given name that is also a country's, or a name of two words, keeps its first word
    assert not country_before_given_name(["Jordan", "Michael", "Roe"])
    assert not country_before_given_name(["Israel", "Roe"])
    assert not country_before_given_name(["Indian", "Ocean", "Commission"])


def test_a_country_the_tagger_took_into_an_org_name_leaves_a_person(nlp):
    assert person_name_tagged_org(tagged_span(nlp, "Indian Narendra Roe said talks went well.",
                                          "Indian Narendra Roe", "ORG"))
    assert not person_name_tagged_org(tagged_span(nlp, "Indian Ocean Commission said talks went well.",
                                              "Indian Ocean Commission", "ORG"))


def test_a_speaker_named_after_a_country_word_is_named_without_it():
    record = onrecord.extract("Indian Narendra Roe said the talks went well.")
    assert statement_with(record, "the talks went well").speaker.name == "Narendra Roe"


def test_a_senior_and_a_junior_of_one_name_stay_two_speakers():
    assert suffixes_clash("John Roe Sr.", "John Roe Jr.") and not suffixes_clash("John Roe", "John Roe Jr.")
    record = onrecord.extract("John Roe Sr. said the farm had been sold. His son, John Roe Jr., said the "
                              "family was upset.")
    assert statement_with(record, "the family was upset").speaker.name == "John Roe Jr."
