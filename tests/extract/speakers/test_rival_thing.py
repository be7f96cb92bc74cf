"""An "it" after a body that acted on a law, a plan or a writing, or cited another body, may stand
for either, so it is left unnamed (``pronouns.rival_thing`` in ``subject_thing``); a body that
only acted stays the "it". Invented sentences."""
import pytest

from statement_lookup import speaker_of


@pytest.mark.parametrize("text, words", [
    ("The Senate passed the bill on Tuesday. It says taxes will rise next year.", "taxes will rise"),
    ("The Zorb Group has called for attacks on the city, according to the Eastland Monitor, which tracks "
     "such groups. It said supporters should strike.", "supporters should strike"),
])
def test_it_after_a_rival_thing_is_left_unnamed(nlp, text, words):
    assert speaker_of(text, words) in (None, "It", "it")


def test_it_after_a_body_that_only_acted_is_the_body(nlp):
    text = "The Emergencies Ministry sent two planes to the region on Monday. It said the fires were under control."
    assert speaker_of(text, "the fires were under control") == "Emergencies Ministry"


def test_it_after_a_writing_the_body_issued_is_the_body(nlp):
    text = ("The Zorb Chess Federation released a statement on Friday. It read: \"We have always condemned "
            "violence of any kind.\"")
    assert speaker_of(text, "We have always condemned") == "Zorb Chess Federation"
