"""A "he" or "she" after "As for" and a name (passes/pronouns.py ``topic_person``), and names that
only describe the subject of the sentence before (``describes_subject``), each on a text made
up for it."""
from onrecord.extract.speakers.passes import pronouns
from onrecord.extract.speakers.words import PRONOUN_GENDER
from statement_lookup import speaker, state_of, token


def test_as_for_a_named_person_the_pronoun_is_that_person(nlp):
    text = ("Tom Hale warned against a long contest. \"It would be a disaster,\" the governor said. "
            "As for Ann Reed, she said she was not worried about the count.")
    found = speaker(text, "she was not worried")
    assert found.name == "Ann Reed" and found.rule == "pronoun"


def _topic(nlp, text, pronoun):
    doc, state = state_of(nlp, text)
    return pronouns.topic_person(state, token(doc, pronoun, -1), PRONOUN_GENDER[pronoun])


def test_as_for_a_thing_names_no_one(nlp):
    assert _topic(nlp, "Ann Reed spoke on Monday. As for Reed's plan, she said it would pass.", "she") is None


def test_as_for_a_person_of_the_other_gender_names_no_one(nlp):
    assert _topic(nlp, "Ann Reed spoke on Monday. As for Tom Hale, she said he would lose.", "she") is None


def test_another_person_between_leaves_the_pronoun_unnamed(nlp):
    assert _topic(nlp, "As for Tom Hale, after Mark Stone left, he said the count was fair.", "he") is None


def test_a_name_in_the_subjects_appositive_is_no_rival(nlp):
    text = ("Gov. Tom Hale, one of the candidates beaten by Mark Stone in the primary, had pledged to back the "
            "nominee, but sounded doubtful this week. \"We have poor choices,\" he told a radio station.")
    assert speaker(text, "We have poor choices").name == "Tom Hale"


def test_a_name_joined_to_the_subject_stays_a_rival(nlp):
    text = ("Tom Hale and Mark Stone had pledged to back the nominee, but sounded doubtful this week. "
            "\"We have poor choices,\" he told a radio station.")
    assert speaker(text, "We have poor choices").name in (None, "he")




def test_as_for_after_another_speaker_of_the_gender_is_left_unnamed(nlp):
    """i12-rev3: "Hale spoke. As for Pratt, he said ..." may be Hale going on about Pratt."""
    text = ("Tom Hale spoke at a rally in Eastland on Tuesday. He attacked the press. As for Bill Pratt, "
            "he said the former mayor was too weak to lead.")
    assert speaker(text, "too weak to lead").name in (None, "he")


def test_as_for_after_a_speaker_of_the_other_gender_is_the_topic(nlp):
    text = "Ann Reed spoke on Monday. As for Bill Pratt, he said he had no regrets about the race."
    assert speaker(text, "no regrets").name == "Bill Pratt"
