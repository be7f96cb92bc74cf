"""Issue 13, r28-unnamed: a description the description pass leaves unnamed on purpose
(``Mention.withheld``: the person it found is ruled out by a name set off after it,
``descriptions.other_name_set_off``, or the article keeps the speaker anonymous,
``descriptions.kept_anonymous``) is named by no pass after it: the epithet pass
(``epithets.described_or_epithet``) used to give "wrote the ambassador at the time, Ana Brell"
back to the subject of the sentence before. A description with no such name, or one set off
that is the subject's own, keeps the old answer. Made-up texts."""
import pytest

from statement_lookup import speaker

SET_OFF_NAME_KEPT_UNNAMED = [
    ("Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the time, "
     "Ana Brell.", "The talks went well"),
    ("Jane Roe visited the Zorbian plant on Tuesday. \"The workers are tired,\" wrote the governor at the "
     "time, Ana Brell.", "The workers are tired"),
    ("Jane Roe met the union leaders in Zorbia. \"We reached a deal,\" wrote the minister at the time, "
     "Ana Brell.", "We reached a deal"),
    ("Jane Roe toured the Zedco mine last week. \"Safety comes first,\" wrote the director at the time, "
     "Ana Brell.", "Safety comes first"),
    ("Tom Lee met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador then, Ana Brell.",
     "The talks went well"),
    ("Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the time, "
     "Ana Brell, in a letter.", "The talks went well"),
    ("Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the time, "
     "Ana Brell and Tom Lee.", "The talks went well"),
]

_ROE = "Jane Roe met Zedco officials on Monday. "

NAME_STAYS = [
    (_ROE + "\"The talks went well,\" wrote the ambassador.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, Jane Roe.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, Roe.", "Jane Roe"),
    ("Ambassador Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador.",
     "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, adding that more were due.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, in a letter.", "Jane Roe"),
    (_ROE + "The ambassador said the talks went well.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" said the ambassador at the time, Ana Brell.", "Ana Brell"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time. Ana Brell agreed.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, Jane.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, Ms. Roe.", "Jane Roe"),
]


@pytest.mark.parametrize("text, words", SET_OFF_NAME_KEPT_UNNAMED)
def test_a_description_unnamed_on_purpose_is_no_epithet(text, words):
    found = speaker(text, words)
    assert found.rule == "unnamed" and found.entity is None


@pytest.mark.parametrize("text, name", NAME_STAYS)
def test_a_description_without_another_name_set_off_keeps_its_name(text, name):
    assert speaker(text, "talks went well").name == name
