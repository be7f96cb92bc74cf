"""A description of one who serves a named person ("a spokesman for candidate Jane Roe", "an
aide to Sen. Jane Roe", "an adviser to both Marlows") is not that person: the speaker stays the
description (fullest_name.py ``name_served``, constraints.py ``determiner_after_preposition``).
Issue 13 (branch r29-canon); texts made up for it."""
import pytest

import onrecord
from onrecord.extract.speakers.fullest_name import title_out_of_name


def speaker_of(text: str, cue: str) -> str | None:
    found = [s for s in onrecord.extract(text).statements if s.cue is not None and s.cue.text == cue]
    assert found, text
    speaker = found[0].speaker
    return speaker.name if speaker is not None else None


@pytest.mark.parametrize("text, cue", [
    ("An aide to Sen. Jane Roe said the report was false.", "said"),
    ("A spokesman for candidate Jane Roe called the report false.", "called"),
    ("A spokesman for Republican candidate Jane Roe called the report false.", "called"),
    ("An adviser to President Jane Roe said the report was false.", "said"),
    ("The wife of Mayor Tom Lee said the report was false.", "said"),
    # a candidacy's "for" inside the served person's title does not decide
    ("A spokesman for Democratic candidate for governor Tom Lee said the report was false.", "said"),
])
def test_the_served_person_is_not_the_speaker(text, cue):
    name = speaker_of(text, cue)
    served = "Tom Lee" if "Tom Lee" in text else "Jane Roe"
    assert name != served and name is not None and served in name  # the description, unnamed


def test_a_family_served_after_a_determiner_is_not_the_speaker():
    text = ('Jane Marlow and Tom Marlow held a rally. "She will win," said an old adviser to both '
            'Marlows, who declined to be named.')
    assert speaker_of(text, "said") == "old adviser to both Marlows"


@pytest.mark.parametrize("words, split", [
    ("spokesman for candidate Jane Roe", None),
    ("Adviser to Sen. Jane Roe", None),
    ("wife of Mayor Tom Lee", None),
    ("First Minister of Zedland Jane Roe", ("Jane Roe", "First Minister of Zedland")),
    ("Secretary of Defense Jane Roe", ("Jane Roe", "Secretary of Defense")),
    ("Minister for Foreign Affairs Jane Roe", ("Jane Roe", "Minister for Foreign Affairs")),
    ("Ambassador to Ruritania Jane Roe", ("Jane Roe", "Ambassador to Ruritania")),
    ("Minister of State for Trade Jane Roe", ("Jane Roe", "Minister of State for Trade")),
])
def test_title_split_only_for_the_holder(words, split):
    assert title_out_of_name(words) == split


@pytest.mark.parametrize("text, cue, name", [
    # near misses: the name is the holder's, or set off by commas, and keeps the old answer
    ("Zedco chief executive Jane Roe said the report was false.", "said", "Jane Roe"),
    ("First Minister of Zedland Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Secretary of Defense Jane Roe said the report was false.", "said", "Jane Roe"),
    ("The Minister for Foreign Affairs Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Ambassador to Ruritania Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Jane Roe, a spokeswoman for Gov. Tom Lee, said the report was false.", "said", "Jane Roe"),
    ("A spokesman for the mayor, Jane Roe, said the report was false.", "said", "Jane Roe"),
    ("Spokeswoman for the Zedland Foreign Ministry Jane Roe said the report was false.", "said", "Jane Roe"),
    ('"She will win," said the President of Zedland Jane Marlow.', "said", "Jane Marlow"),
    ("Jane Marlow, an old adviser to both Marlows, said the report was false.", "said", "Jane Marlow"),
    ('Jane Marlow and Tom Marlow held a rally. "We will win," said both Marlows.', "said", "Marlows"),
    ("The deputy of Mayor Tom Lee, Jane Roe, said the report was false.", "said", "Jane Roe"),
])
def test_the_holder_keeps_the_name(text, cue, name):
    assert speaker_of(text, cue) == name


@pytest.mark.parametrize("text, cue, name", [
    # review near misses: a name after "the"/"a" object of the preposition, or after a
    # candidacy's "for", is the holder's: the words before it are the holder's title
    ("A spokesman for the ministry Tom Lee said the report was false.", "said", "Tom Lee"),
    ("A spokeswoman for the company Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Zedco's spokesman for the region Tom Lee said the report was false.", "said", "Tom Lee"),
    ("Campaign manager for the party Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Counselor to the President Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Senior Adviser to the President Jane Roe said the report was false.", "said", "Jane Roe"),
    ("White House senior adviser to the president Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Chief of Staff to the President Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Deputy Chief of Staff to the President Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Special Assistant to the President Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Democratic candidate for governor Tom Lee said the report was false.", "said", "Tom Lee"),
    ("Republican candidate for president Tom Lee said the report was false.", "said", "Tom Lee"),
    ("Press Secretary to the Governor Jane Roe said the report was false.", "said", "Jane Roe"),
    ("Republican nominee for Senate Tom Lee said the report was false.", "said", "Tom Lee"),
    ("Democratic candidate for the Senate Tom Lee said the report was false.", "said", "Tom Lee"),
    ("Spokesman for the Marlows Tom Lee said the report was false.", "said", "Tom Lee"),
])
def test_the_holder_after_the_served_keeps_the_name(text, cue, name):
    assert speaker_of(text, cue) == name


@pytest.mark.parametrize("text, cue, name", [
    # second review near misses: a lowercase portfolio or field after "for" ("for health", "for
    # student affairs") is the holder's title, not a person served: the name is the holder's
    ('"We will win," said minister for health Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said the minister for health Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said Zedland\'s minister for health Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said EU commissioner for trade Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said Labour spokesperson for education Jane Roe.', "said", "Jane Roe"),
    ('"We will win," said Democratic spokesman for health Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said spokesman for foreign affairs Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said minister responsible for housing Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said Zedland\'s ambassador for climate Jane Roe.', "said", "Jane Roe"),
    ('"We will win," said Zedco vice president for communications Jane Roe.', "said", "Jane Roe"),
    ('"We will win," said vice president for student affairs Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said deputy director for operations Tom Lee.', "said", "Tom Lee"),
    ('"We will win," said spokeswoman for police Jane Roe.', "said", "Jane Roe"),
    ('"We will win," said attorney for plaintiffs Jane Roe.', "said", "Jane Roe"),
    ("The company's vice president for sales Jane Roe told reporters the report was false.", "told", "Jane Roe"),
])
def test_a_portfolio_after_for_keeps_the_holder(text, cue, name):
    assert speaker_of(text, cue) == name


@pytest.mark.parametrize("words, split", [
    ("under secretary for political affairs Tom Lee", ("Tom Lee", "under secretary for political affairs")),
    ("shadow secretary for health Jane Roe", ("Jane Roe", "shadow secretary for health")),
    ("running mate for governor Tom Lee", ("Tom Lee", "running mate for governor")),
    # still the served person: a title of a person, short or not, right before the name
    ("spokesman for presidential candidate Jane Roe", None),
    ("top aide to Mayor Tom Lee", None),
    ("critic of Mayor Tom Lee", None),
])
def test_title_split_after_a_portfolio(words, split):
    assert title_out_of_name(words) == split
