"""Issue 13, r29-pronhe: a wrong name on "he"/"she" withdrawn. Someone the text lets speak
without a name ("One county clerk said she ...") since the last named speaker keeps the next
"she said" from going back to that speaker (``pronouns.unnamed_sayer_since`` in
``speaker_going_on`` and ``described_since``). Review fix: the one who speaks without a name must
be a person (``described_person``: no sign, note, robot; no aunt or landlady for a "he"), neither
asking nor denied. Texts made up."""
import pytest

from statement_lookup import speaker

_VANCE = ("Rita Vance, a pollster in Harlow County, called the race close. "
          "\"It will come down to turnout,\" she said.\n\n")
_HALE = ("Tom Hale, a strategist for the Porter campaign, called the race close. "
         "\"It will come down to turnout,\" he said.\n\n")


@pytest.mark.parametrize("text, words, named", [
    (_VANCE + "One county clerk said she had counted the ballots twice by hand. "
     "She found no errors, she said. \"Not a single one,\" she said.", "Not a single one", "Rita Vance"),
    (_HALE + "One ferry pilot said he had waited two hours at the dock. "
     "He saw no inspector, he said. \"Nobody came,\" he said.", "Nobody came", "Tom Hale"),
    (_HALE + "A retired farmer told reporters he had voted for the party all his life. "
     "\"This year I stayed home,\" he said.", "This year I stayed home", "Tom Hale"),
    (_VANCE + "Another volunteer said she had knocked on doors since dawn. "
     "\"People are tired of it,\" she said.", "People are tired of it", "Rita Vance"),
    (_HALE + "One county delegate said he had voted twice for the plan. "
     "\"Nobody asked the delegates,\" he said.", "Nobody asked the delegates", "Tom Hale"),
])
def test_a_speaker_without_a_name_since_keeps_the_pronoun_from_the_last_named_one(text, words, named):
    assert speaker(text, words).name != named


@pytest.mark.parametrize("text, words", [
    # someone of the other gender spoke without a name: the pronoun still goes on with Hale
    (_HALE + "A spokeswoman for the county said the count would take a week. "
     "\"We will know more on Friday,\" he said.", "We will know more on Friday"),
    # a writing or a body speaks: no one
    (_HALE + "A statement from the county said the count would take a week. "
     "\"We will know more on Friday,\" he said.", "We will know more on Friday"),
    (_HALE + "A committee said the count would take a week. "
     "\"We will know more on Friday,\" he said.", "We will know more on Friday"),
    # the newcomer only inside the speaker's own quoted words
    (_HALE + "\"A neighbour told me the count would take a week,\" he said. "
     "\"We will know more on Friday,\" he said.", "We will know more on Friday"),
])
def test_the_last_named_speaker_goes_on_past_no_one_new(text, words):
    assert speaker(text, words).name == "Tom Hale"


def test_an_unnamed_speaker_before_the_named_one_is_no_bar():
    text = ("One ferry pilot said he had waited two hours at the dock.\n\n"
            "Tom Hale, a strategist for the Porter campaign, called the race close. "
            "\"It will come down to turnout,\" he said.\n\n"
            "The count begins on Monday in the three eastern counties. "
            "\"We will know more on Friday,\" he said.")
    assert speaker(text, "We will know more on Friday").name == "Tom Hale"


@pytest.mark.parametrize("text, words", [
    # the newcomer is named beside the noun: Hale himself
    ("Ann Lee, a pollster, called the race close. \"It will come down to turnout,\" she said.\n\n"
     "One ferry pilot, Tom Hale, said he had waited two hours at the dock. "
     "\"Nobody came,\" he said.", "Nobody came"),
    # the unnamed one does not speak, only acts
    (_HALE + "A ferry pilot tied up the boat at the dock on Monday. "
     "\"We will know more on Friday,\" he said.", "We will know more on Friday"),
    # a poll or a survey that says
    (_HALE + "A survey said the count would take a week. "
     "\"We will know more on Friday,\" he said.", "We will know more on Friday"),
])
def test_no_one_new_speaks_so_the_named_speaker_goes_on(text, words):
    assert speaker(text, words).name == "Tom Hale"


# Review fix (pronhe1): near misses in forms that reach ``unnamed_sayer``, the old answer right.
_SAID = " said the count would take a week. "
_HALE_FRIDAY = " \"We will know more on Friday,\" he said."
_VANCE_FRIDAY = " \"We will know more on Friday,\" she said."


@pytest.mark.parametrize("noun", ["policewoman", "waitress", "nun", "saleswoman", "landlady", "housewife",
                                  "bride", "aunt"])
def test_a_woman_who_says_is_no_one_a_he_goes_on_with(noun):
    text = _HALE + f"A {noun} at the diner" + _SAID + _HALE_FRIDAY
    assert speaker(text, "We will know more on Friday").name == "Tom Hale"


@pytest.mark.parametrize("noun", ["policeman", "fisherman", "salesman", "landlord", "uncle", "boyfriend", "monk"])
def test_a_man_who_says_is_no_one_a_she_goes_on_with(noun):
    text = _VANCE + f"A {noun} at the diner" + _SAID + _VANCE_FRIDAY
    assert speaker(text, "We will know more on Friday").name == "Rita Vance"


@pytest.mark.parametrize("noun", ["sign", "note", "email", "message", "notice", "headline", "text", "chart", "map",
                                  "label", "song", "story", "robot", "parrot", "leaflet", "banner", "poster"])
def test_a_thing_that_says_is_no_one(noun):
    text = _HALE + f"A {noun} at the diner" + _SAID + _HALE_FRIDAY
    assert speaker(text, "We will know more on Friday").name == "Tom Hale"


@pytest.mark.parametrize("middle, words", [
    ("A caller asked whether the count would be delayed.", "We will know more on Friday"),
    ("A caller asked her when the count would end.", "We will know more on Friday"),
    ("A student asked what went wrong in 2016. \"We missed the late deciders,\" she said.",
     "We missed the late deciders"),
    ("Not one clerk said the count would be quick.", "We will know more on Friday"),
])
def test_one_who_asks_or_does_not_say_is_no_new_speaker(middle, words):
    text = _VANCE + middle + ("" if "deciders" in middle else _VANCE_FRIDAY)
    assert speaker(text, words).name == "Rita Vance"
