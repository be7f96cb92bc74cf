"""An unnamed asker who puts a question to someone named ("A reporter asked Whitfield why ...")
hides no one from the "he" that answers after it: the one asked answers
(``pronouns.asks_named_person`` in ``unnamed_person_before``, then ``asked_person``); on texts
made up for it."""
from onrecord.extract.speakers.passes.pronouns import asks_named_person
from statement_lookup import speaker


def test_the_one_an_unnamed_reporter_asks_is_the_one_who_replies(nlp):
    text = ('Senator Dan Whitfield toured a school in Dayton on Monday. A reporter asked Whitfield why he '
            'wanted the job. He replied: "Because the town deserves better."')
    assert speaker(text, "Because the town deserves better").name == "Dan Whitfield"


def test_an_unnamed_subject_that_asks_no_question_of_a_named_person_is_not_an_asker(nlp):
    doc = nlp("A reporter asked Whitfield to wait outside.")
    reporter = next(t for t in doc if t.text == "reporter")
    assert not asks_named_person(reporter)
    doc = nlp("A reporter asked Whitfield whether the plan would pass.")
    reporter = next(t for t in doc if t.text == "reporter")
    assert asks_named_person(reporter)
