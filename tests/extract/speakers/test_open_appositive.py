"""``names.name_before_open_appositive``: a description after a person's name and a comma, when
the comma that should close the sentence's opening phrase is missing, is the name's appositive
(issue 13, the cross-article table: the statement had gone to a nameless officer)."""
from statement_lookup import speaker


def test_the_officer_after_a_name_left_in_the_opening_phrase_is_that_person(nlp):
    text = ("In the blog post Chris Wright, the Chief Technological Officer of Red Hat said Red Hat had "
            "informed the CentOS governing board that it would stop.")
    said = speaker(text, "Red Hat had informed the CentOS governing board")
    assert said is not None and said.name == "Chris Wright"


def test_the_officer_after_the_only_object_of_an_opening_phrase_is_someone_else(nlp):
    text = "After a long meeting with Tom Green, the chief executive of Acme said the factory would close."
    said = speaker(text, "the factory would close")
    assert said is None or said.name != "Tom Green"
