"""A "they" after people joined by "and" who spoke (``pronouns.joined_speakers``, issue 13,
r27-pron): no one speaker stands for them, so the pronoun is left unnamed rather than given to a
group named further back; the near misses keep the group the "they" goes on with."""
import pytest

from statement_lookup import speaker


@pytest.mark.parametrize("text, words", [
    ("Guards released a video. It contradicts what Ann Roe and Tom Lee said about the fight. "
     "They had asserted that no one was hurt.", "no one was hurt"),
    ("Officers filed a report. The report differs from what the mayor and his aide said. "
     "They had claimed the gate was locked.", "the gate was locked"),
])
def test_they_after_joined_speakers_is_left_unnamed(text, words):
    found = speaker(text, words)
    assert found.rule == "unresolved" and found.name == "They"


@pytest.mark.parametrize("text, words, name", [
    # a plural subject joined inside a phrase is one group
    ("Officials from Ruritania and Zorbia said the talks failed. They added that a new round was planned.",
     "a new round was planned", "Officials from Ruritania and Zorbia"),
    # a nearer group that spoke after the pair
    ("Ann Roe and Tom Lee said the plan failed. Local officials agreed. They said it cost too much.",
     "it cost too much", "Local officials"),
    # verbs joined, not subjects
    ("Local officials said and repeated that the plan failed. They added that it cost too much.",
     "it cost too much", "Local officials"),
    # the pair said nothing, did not say, declined to comment
    ("Local officials criticised the plan. The mayor and his aide said nothing. They said it cost too much.",
     "it cost too much", "Local officials"),
    ("Local officials criticised the plan. Ann Roe and Tom Lee did not say whether it would pass. "
     "They said it cost too much.", "it cost too much", "Local officials"),
    ("Local officials criticised the plan. Ann Roe and Tom Lee declined to comment. They said it cost too much.",
     "it cost too much", "Local officials"),
    # the pair in a relative clause, or under a plural main subject
    ("Local officials criticised the plan, which Ann Roe and Tom Lee wrote. They said it cost too much.",
     "it cost too much", "Local officials"),
    ("Local officials criticised what Ann Roe and Tom Lee said. They called it reckless.",
     "reckless", "Local officials"),
    # one person "with" another is no pair joined by "and"
    ("Doctors warned of the risk. The mayor, with his aide, said it was low. They said it was high.",
     "it was high", "Doctors"),
    # names set inside the group's own phrase
    ("Local officials, Ann Roe and Tom Lee among them, criticised the plan. They said it cost too much.",
     "it cost too much", "Local officials"),
    # review of r27-pron: one company named with "and", a body that spoke after the pair, a pair in
    # another's "after" clause, a pair that said little more; each lost its name before the fix
    ("Procter and Gamble said on Monday it would cut 500 jobs. They added that sales had fallen.",
     "sales had fallen", "Procter and Gamble"),
    ("Jane Roe and Tom Lee said the dam was safe. Greenpeace said on Monday it was not. They added that it "
     "would harm the river.", "it would harm the river", "Greenpeace"),
    ("Local officials were angry. After Ann Roe and Tom Lee said the plan was sound, the meeting ended. "
     "They said it cost too much.", "it cost too much", "Local officials"),
    ("Local officials criticised the plan. Ann Roe and Tom Lee said little more. They said it cost too much.",
     "it cost too much", "Local officials"),
    # second review: other ways of saying nothing more
    ("Local officials criticised the plan. Ann Roe and Tom Lee said no more. They said it cost too much.",
     "it cost too much", "Local officials"),
    ("Local officials criticised the plan. Ann Roe and Tom Lee said none of that. They said it cost too much.",
     "it cost too much", "Local officials"),
    ("Local officials criticised the plan. Ann Roe and Tom Lee said very little. They said it cost too much.",
     "it cost too much", "Local officials"),
])
def test_they_near_misses_keep_the_group(text, words, name):
    found = speaker(text, words)
    assert found.rule == "pronoun" and found.name == name
