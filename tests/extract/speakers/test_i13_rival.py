"""A "she" after someone of no known gender became the subject: the rival the narrative rules
must not pass over (``pronouns.unknown_rival_since``). Sentences made up for it."""
import pytest

from statement_lookup import speaker

_WON = "Ann Reed won the election on Tuesday.\n\n"


@pytest.mark.parametrize("text", [
    # a surname the tagger left untagged, subject since the candidate
    _WON + "Stone toured the plant on Wednesday. She met the workers. She spoke of jobs.\n\n"
           "\"We will win,\" she said.",
    _WON + "Stone toured the plant on Wednesday. \"We will win,\" she said.",
    # a surname tagged as a person's, of no gender the article gives
    _WON + "Okafor toured the plant on Wednesday. \"We will win,\" she said.",
])
def test_a_rival_of_unknown_gender_leaves_she_unnamed(nlp, text):
    assert speaker(text, "We will win").rule == "unresolved"


def test_she_following_the_one_woman_is_still_named(nlp):
    text = "Ann Reed won the election on Tuesday. She toured the plant. \"We will win,\" she said."
    assert speaker(text, "We will win").name == "Ann Reed"


def test_a_man_named_in_between_is_no_rival_of_she(nlp):
    text = _WON + "Tom Hale toured the plant on Wednesday. \"We will win,\" she said."
    assert speaker(text, "We will win").name == "Ann Reed"


def test_a_place_in_what_she_said_is_no_rival(nlp):
    # the subject of a reported clause is no one the story moved on to
    text = "Ann Reed spoke on Tuesday. Reed said that Britain must leave the bloc.\n\n" \
           "\"We will win,\" she said."
    assert speaker(text, "We will win").name == "Ann Reed"
