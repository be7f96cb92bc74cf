"""A name that only qualifies a common noun after it ("the new Lee library") names no one who
acts, and is no rival of the subject before a "he" (``pronouns.name_as_modifier`` in
``subject_continuity``); on texts made up for it."""
from onrecord.extract.speakers.passes.pronouns import name_as_modifier
from statement_lookup import speaker


def test_a_name_before_a_common_noun_is_a_modifier(nlp):
    doc = nlp("Tom Hale visited the new Lee library on Monday.")
    assert name_as_modifier(next(t for t in doc if t.text == "Lee"))
    assert not name_as_modifier(next(t for t in doc if t.text == "Hale"))


def test_a_he_goes_on_with_the_subject_past_a_name_qualifying_a_noun(nlp):
    text = 'The mayor, Tom Hale, visited the new Lee library on Monday. "We built this for the children," he said.'
    assert speaker(text, "We built this for the children").name == "Tom Hale"

