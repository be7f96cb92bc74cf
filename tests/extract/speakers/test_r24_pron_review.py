"""Issue 13, r24-pron review: whom a question was put by in a participle opening the sentence
before ("Asked by ...") is no rival of its subject when that subject answers
(``pronouns.asker_of_subject``); a subject that does not answer leaves the asker a rival. The
earlier ``pronoun_going_on`` is dropped: a "he" or "she" after a clause of the same pronoun that
handed the floor to, introduced, interviewed, welcomed or thanked a newcomer is not the earlier
subject. Texts made up."""
import pytest

from statement_lookup import speaker


def test_the_one_who_asked_is_no_rival_of_the_one_answering():
    text = ("Asked by Dan Morrow to respond to the charge, Carl Benson said, "
            "\"It is false and everyone knows it.\"\n\n"
            "\"Look, here is how the numbers stand,\" he continued. \"The farm never saw a cent of it.\"")
    assert speaker(text, "here is how the numbers stand").name == "Carl Benson"


@pytest.mark.parametrize("text", [
    "Asked by Tom Hale about the plan, Carl Benson declined to comment."
    " He said he would keep pressing for an answer.",
    "Asked by Tom Hale about the plan, Carl Benson was silent."
    " He said he would keep pressing for an answer.",
    "Questioned by Tom Hale, the prosecutor, Carl Benson denied the charge."
    " He said he would keep pressing for an answer.",
])
def test_a_subject_who_does_not_answer_leaves_the_asker_a_rival(text):
    assert speaker(text, "he would keep pressing").name != "Carl Benson"


@pytest.mark.parametrize("text", [
    "Tom Reed opened the meeting. Then he handed the microphone to Paul Grant."
    " He said the plan would fail.",
    "Tom Reed opened the meeting. Then he yielded his time to Paul Grant."
    " He said the plan would fail.",
    "Tom Reed opened the meeting. Then he passed the microphone to Paul Grant, the engineer."
    " He said the plan would fail.",
    "Tom Reed opened the meeting. Then he welcomed his guest, Paul Grant, a flood engineer."
    " He said the plan would fail.",
    "Tom Reed called Paul Grant on Monday. He congratulated Grant on the win."
    " He said the plan would fail.",
    "Karen Whitfield opened the meeting. Then she gave the floor to Lena Park."
    " She said the plan would fail.",
    "Karen Whitfield opened the meeting. Then she called on Lena Park to speak."
    " She said the plan would fail.",
    "Karen Whitfield opened the meeting. Then she turned to Lena Park for an answer."
    " She said the plan would fail.",
    "Karen Whitfield opened the meeting. Then she interviewed Lena Park, the engineer, on Monday."
    " She said the plan would fail.",
    "Karen Whitfield opened the meeting. She thanked Lena Park, the new fire chief.\n\nShe said the plan would fail.",
])
def test_a_newcomer_given_the_floor_is_not_overruled_by_the_earlier_subject(text):
    assert speaker(text, "the plan would fail").name not in ("Tom Reed", "Karen Whitfield")


def test_a_person_who_speaks_inside_the_earlier_clause_keeps_the_pronoun():
    text = ("Karen Whitfield opened the meeting. Then she thanked Lena Park, who said the plan was sound. "
            "She said the pumps had failed.")
    assert speaker(text, "the pumps had failed").name != "Karen Whitfield"


def test_the_asker_is_no_rival_when_the_subject_answers_with_a_clause():
    text = ("Questioned by Tom Hale, the prosecutor, Carl Benson said the money had gone to the farm.\n\n"
            "\"Look, here is how the numbers stand,\" he continued. \"The farm never saw a cent of it.\"")
    assert speaker(text, "here is how the numbers stand").name == "Carl Benson"


@pytest.mark.parametrize("text,content", [
    ("Asked by Tom Hale about the plan, Carl Benson said it was sound."
     " He countered that the answer was weak.", "the answer was weak"),
    ("Asked by Tom Hale about the plan, Carl Benson said it was sound."
     " He pressed him again, saying the answer was weak.", "the answer was weak"),
    ("Asked by Tom Hale about the plan, Carl Benson said it was sound.\n\n"
     "\"That is not an answer,\" he replied.", "That is not an answer"),
])
def test_a_he_who_answers_the_answer_may_be_the_asker(text, content):
    # only a "he" going on with speech begun ("added", "continued") is the one who answered
    assert speaker(text, content).name != "Carl Benson"
