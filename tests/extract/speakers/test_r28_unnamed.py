"""Issue 13, r28-unnamed: a description the description pass leaves unnamed on purpose
(``Mention.withheld``: the article keeps the speaker anonymous, ``descriptions.kept_anonymous``)
is named by no fallback after it, and the epithet fallback (``epithets.described_or_epithet``)
gives no description to the subject before when a name set off after it is someone else's
(``epithets.name_set_off_for_another``): "Jane Roe met ... "...," wrote the ambassador at the
time, Ana Brell" went to Jane Roe. A set-off name that shares a word with the subject (a
nickname, an initial, "Jr.", another order, no accents, an apostrophe or a hyphen in it) or is
the subject keeps the old answer; a particle ("bin") or a first name alone in common does not
(reviews of r28-unnamed). Made-up texts."""
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
    # second review of r28-unnamed: a particle or a first name alone in common is not the same person
    ("Ahmed bin Salman met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the "
     "time, Khalid bin Talal.", "The talks went well"),
    ("Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the time, "
     "Jane Brell.", "The talks went well"),
    # final review of r28-unnamed: the antecedent's first name as a middle name is no tie either
    ("Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the time, "
     "Ana Jane Brell.", "The talks went well"),
    ("Ann Lee met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador at the time, "
     "Mary Ann Brell.", "The talks went well"),
]

_ROE = "Jane Roe met Zedco officials on Monday. "
_TALKS = "\"The talks went well,\" wrote the ambassador at the time, "


def _ambassador(holder, set_off):
    """Ambassador <holder> named, then the words written by "the ambassador at the time, <set_off>"."""
    return f"Ambassador {holder} met Zedco officials on Monday. {_TALKS}{set_off}."


NAME_STAYS = [
    (_ROE + "\"The talks went well,\" wrote the ambassador.", "Jane Roe"),
    (_ROE + _TALKS + "Jane Roe.", "Jane Roe"),
    (_ROE + _TALKS + "Roe.", "Jane Roe"),
    ("Ambassador Jane Roe met Zedco officials on Monday. \"The talks went well,\" wrote the ambassador.",
     "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, adding that more were due.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time, in a letter.", "Jane Roe"),
    (_ROE + "The ambassador said the talks went well.", "Jane Roe"),
    (_ROE + "\"The talks went well,\" said the ambassador at the time, Ana Brell.", "Ana Brell"),
    (_ROE + "\"The talks went well,\" wrote the ambassador at the time. Ana Brell agreed.", "Jane Roe"),
    (_ROE + _TALKS + "Jane.", "Jane Roe"),
    (_ROE + _TALKS + "Ms. Roe.", "Jane Roe"),
    # review of r28-unnamed: the same person written another way is no other name
    (_ambassador("William Brell", "Bill Brell"), "William Brell"),
    ("Sen. Robert Fenn met Zedco officials on Monday. \"The talks went well,\" wrote the senator at the "
     "time, Bob Fenn.", "Robert Fenn"),
    (_ambassador("Ana Brell", "A. Brell"), "Ana Brell"),
    (_ambassador("Tom Lee Jr.", "Thomas Lee"), "Tom Lee Jr."),
    (_ambassador("Li Wei", "Wei Li"), "Li Wei"),
    (_ambassador("José Núñez", "Jose Nunez"), "José Núñez"),
    # second review of r28-unnamed: apostrophes and hyphens inside the surname
    (_ambassador("Patrick O'Neill", "Pat O'Neill"), "Patrick O'Neill"),
    (_ambassador("Mohamed el-Sayed", "Mohammed el-Sayed"), "Mohamed el-Sayed"),
    (_ambassador("Jean-Luc Roe-Brell", "John Roe-Brell"), "Jean-Luc Roe-Brell"),
    # third review of r28-unnamed: a suffix, an initial or a second surname at the end
    (_ambassador("Tom Lee", "Thomas Lee Jr"), "Tom Lee"),
    (_ambassador("Robert Fenn", "Bob Fenn Sr"), "Robert Fenn"),
    (_ambassador("Jane Roe", "Jane R"), "Jane Roe"),
    (_ambassador("Andrés Ruiz", "Andrés Manuel Ruiz Soto"), "Andrés Ruiz"),
    # review of r28-unnamed: the subject before is the set-off name, an earlier holder of the post is not
    (_ambassador("Jane Roe retired in 2019. Ana Brell", "Ana Brell"), "Ana Brell"),
    ("Gov. Tom Lee lost the 2018 election. Ana Brell toured the mine on Monday. \"Safety comes first,\" "
     "wrote the governor at the time, Ana Brell.", "Ana Brell"),
]


@pytest.mark.parametrize("text, words", SET_OFF_NAME_KEPT_UNNAMED)
def test_a_set_off_name_of_another_leaves_the_description_unnamed(text, words):
    found = speaker(text, words)
    assert found.rule == "unnamed" and found.entity is None


@pytest.mark.parametrize("text, name", NAME_STAYS)
def test_a_description_without_another_name_set_off_keeps_its_name(text, name):
    words = "Safety comes first" if "Safety" in text else "talks went well"
    assert speaker(text, words).name == name
