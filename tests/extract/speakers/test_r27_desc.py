"""Issue 13, r27-desc: a description the article says is kept anonymous ("said the woman, who spoke
on the condition of anonymity", "the minister said, speaking on condition of anonymity", "the
nurse, who asked not to be named") is left unnamed, whoever it would otherwise be tied to
(``descriptions.kept_anonymous``). Anonymity that is another's, asked of another, negated, or only
spoken of keeps the name. Made-up texts."""
import pytest

from statement_lookup import speaker

_EARLIER = "Jane Roe, 50, of Oslo moved to Lisbon at 25. \"It was hard,\" Roe said. "

KEPT_ANONYMOUS = [
    (_EARLIER + "Others hid for years. \"My aunt always said we would go back,\" said the woman, who spoke "
     "on condition of anonymity because she worried about her lease.", "My aunt always said"),
    ("Jane Roe, the minister, met the unions on Monday. \"We will not yield,\" the minister said, speaking on "
     "condition of anonymity.", "We will not yield"),
    ("Mayor Jo Lind met the unions on Monday. The mayor, who spoke on condition of anonymity, said the plan "
     "would fail.", "the plan would fail"),
    (_EARLIER + "\"My aunt always said we would go back,\" said the woman, who asked not to be named.",
     "My aunt always said"),
    (_EARLIER + "\"My aunt always said we would go back,\" said the woman, who declined to be identified.",
     "My aunt always said"),
    (_EARLIER + "\"My aunt always said we would go back,\" said the woman, who declined to be identified "
     "by name.", "My aunt always said"),
    ("Mayor Jo Lind met the unions on Monday. The mayor, who did not want to be named, said the plan would "
     "fail.", "the plan would fail"),
    # the reason for anonymity is read as no other time (second review's fix)
    ("Mayor Jo Lind met the unions on Monday. The mayor, who spoke on condition of anonymity to protect her "
     "job, said the plan would fail.",
     "the plan would fail"),
]

_LIND = "Mayor Jo Lind met the unions on Monday. "

NAME_STAYS = [
    (_LIND + "The mayor, who promised the witnesses anonymity, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who asked that the witness not be named, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor said the plan would fail, speaking to reporters who asked for anonymity.", "Jo Lind"),
    (_LIND + "The mayor said the plan would fail, and an aide spoke on condition of anonymity.", "Jo Lind"),
    (_LIND + "The mayor, who did not speak on condition of anonymity, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who criticized aides speaking on condition of anonymity, said the plan would fail.",
     "Jo Lind"),
    (_LIND + "The mayor said the plan would fail. An aide, speaking on condition of anonymity, agreed.", "Jo Lind"),
    (_LIND + "The mayor, who was asked about anonymity, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, whose aide spoke on condition of anonymity, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor told reporters speaking on condition of anonymity that the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor said the plan would fail and, speaking on condition of anonymity, an aide added that it "
     "was dead.", "Jo Lind"),
    (_LIND + "Speaking to aides who had requested anonymity, the mayor said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who spoke about anonymity laws, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who wanted to be named, said the plan would fail.", "Jo Lind"),
    ("Jo Lind spoke on condition of anonymity last year. The mayor said the plan would fail.", "Jo Lind"),
    ("Jane Roe, the minister, met the unions on Monday. \"We will not yield,\" the minister said of the talks, "
     "which were held on condition of anonymity.", "Jane Roe"),
    # review of r27-desc: anonymity asked for others, "named" in another sense, a negated ask, a
    # past anonymity; each lost the right name on the branch before its fix
    (_LIND + "The mayor, who requested anonymity for her sources, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who has asked for anonymity for her children, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who declined to be named as a candidate, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who has refused to be named in the lawsuit, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who refused to be identified with the plan, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who did not ask to be named to the board, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who spoke on condition of anonymity in 1999 as a student activist, said the plan "
     "would fail.", "Jo Lind"),
    (_LIND + "The mayor, who spoke on condition of anonymity last year when she was an aide, said the plan "
     "would fail.", "Jo Lind"),
    # second review: another time, a habit, a second verb, a former role, "on behalf of"
    (_LIND + "The mayor, who spoke on condition of anonymity last month, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who spoke on condition of anonymity before she took office, said the plan would fail.",
     "Jo Lind"),
    (_LIND + "The mayor, who spoke on condition of anonymity in an earlier interview, said the plan would fail.",
     "Jo Lind"),
    (_LIND + "The mayor, who had previously asked not to be named, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who rarely speaks on condition of anonymity, said the plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who as an aide often spoke on condition of anonymity, said the plan would fail.",
     "Jo Lind"),
    (_LIND + "The mayor, who spoke on condition of anonymity at first but later agreed to be named, said the "
     "plan would fail.", "Jo Lind"),
    (_LIND + "The mayor, who asked for anonymity on behalf of her staff, said the plan would fail.", "Jo Lind"),
]


@pytest.mark.parametrize("text, words", KEPT_ANONYMOUS)
def test_a_description_kept_anonymous_is_unnamed(text, words):
    found = speaker(text, words)
    assert found.rule == "unnamed" and found.entity is None


@pytest.mark.parametrize("text, name", NAME_STAYS)
def test_anonymity_not_the_speakers_own_keeps_the_name(text, name):
    words = "We will not yield" if "yield" in text else "the plan would fail"
    assert speaker(text, words).name == name
