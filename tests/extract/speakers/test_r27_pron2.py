"""Issue 13, r27-pron2: a "he" or "she" answering a question put to them in a participle
opening their own sentence ("Asked about ..., she replied") is not anyone the question names
(``pronouns.named_in_own_question``), unless the text goes on with the one it names: the
pronoun is left unnamed rather than guessed. Texts made up."""
import pytest

from statement_lookup import speaker

_OPENING = ("Jane Roe, the singer, spoke to the station on Monday. "
            "\"It is a fair worry,\" Roe told the station.\n\n")


@pytest.mark.parametrize("question", [
    "Asked about her own vote in the event that Mary Lind faces Tom Berg, she replied:",
    "Asked whether Mary Lind would win the primary, she replied:",
])
def test_a_woman_named_in_the_question_is_not_the_one_answering(question):
    text = _OPENING + question + " \"I do not know what will happen.\""
    assert speaker(text, "I do not know").name != "Mary Lind"


@pytest.mark.parametrize(("question", "name"), [
    # the question names no one else: the one it was put to answers
    ("Asked about her own vote, she replied:", "Jane Roe"),
    ("Asked by reporters whether she would run again, she replied:", "Jane Roe"),
    # the answerer is named as the subject: the question's name is not looked at
    ("Asked about Mary Lind's plan, Roe replied:", "Jane Roe"),
    # a question the other asked is not a participle opening the pronoun's sentence
    ("Mary Lind was asked about the plan, and she replied:", "Mary Lind"),
])
def test_questions_that_leave_the_answerer_as_before(question, name):
    text = _OPENING + question + " \"I do not know what will happen.\""
    assert speaker(text, "I do not know").name == name


def test_a_possessor_in_a_question_after_when_is_not_the_one_answering():
    # held on main too (the rules there already pass Lind over): kept so that no change brings her back
    text = _OPENING + "When asked about Mary Lind's plan for the mills, she said: \"I do not know what will happen.\""
    assert speaker(text, "I do not know").name != "Mary Lind"


def test_a_pronoun_in_the_next_sentence_goes_on_with_the_answerer():
    text = (_OPENING + "Asked about Mary Lind's plan, Roe said it was \"a start.\" "
            "She added, \"I do not know what will happen.\"")
    assert speaker(text, "I do not know").name == "Jane Roe"


_LEE = ("Senator Ann Lee, the Zorbian Party leader, spoke to reporters on Monday. "
        "\"It is a fair worry,\" Lee said.\n\n")


@pytest.mark.parametrize("question", [
    # review of r27-pron2: the one the text goes on with, asked about her own record, answers
    "Asked about Lee's record on taxes, she said:",
    "Asked about the Lee amendment, she said:",
    "Asked about the Lee campaign's finances, she said:",
    "Asked about a poll showing Lee ahead in the race, she said:",
])
def test_asked_about_her_own_record_she_is_the_one_answering(question):
    text = _LEE + question + " \"I have nothing to hide.\""
    assert speaker(text, "nothing to hide").name == "Ann Lee"
