"""Issue 13, r16-fixpron: a "he" is left unnamed rather than given a wrong name (passes/
pronouns.py). A paraphrase that names its candidate speaker in the third person is not that
speaker's own (``paraphrase_going_on``); a person described between the named speaker and the
pronoun — a spokesman, a lawyer for someone named (``other_person_words``), an office no one
named holds (``office_given``) — may be the "he" (``unnamed_person_before``)."""
from statement_lookup import speaker

_SAID = "Councillor Brendan Quayle said the levy would {}. "


def test_a_paraphrase_naming_the_speaker_is_not_his():
    text = _SAID.format("raise money") + "With all due respect to Mr. Quayle, the sums were wrong, he said."
    assert speaker(text, "the sums were wrong").rule == "unresolved"


def test_a_paraphrase_of_attacks_on_the_speaker_is_not_his():
    text = _SAID.format("raise money") + "The criticism of Mr. Quayle was unfair, he said."
    assert speaker(text, "criticism of").rule == "unresolved"


def test_a_paraphrase_naming_someone_else_still_goes_on():
    text = _SAID.format("raise money") + "The rallies of Mr. Osgood felt cold, he said."
    assert speaker(text, "felt cold").name == "Brendan Quayle"


def test_a_spokesman_for_someone_named_may_be_he():
    text = _SAID.format("fail") + "A spokesman for Mr. Dorran rejected that. The town could pay for it, he said."
    assert speaker(text, "could pay for it").rule == "unresolved"


def test_a_named_persons_lawyer_may_be_he():
    text = "Councillor Brendan Quayle said Ivo Dorran had been sacked. Dorran's lawyer disputed that. " \
        "The sacking was unlawful, he said."
    assert speaker(text, "was unlawful").rule == "unresolved"


def test_an_office_no_one_named_holds_may_be_he():
    text = _SAID.format("fail") + "The governor disagreed: the town could pay for it, he said."
    assert speaker(text, "could pay for it").rule == "unresolved"


def test_the_speakers_own_office_still_goes_on():
    text = "Governor Brendan Quayle said the levy would fail. The governor took questions for an hour. " \
        "The town could not pay for it, he said."
    assert speaker(text, "could not pay").name == "Brendan Quayle"


def test_with_no_one_else_he_goes_on():
    text = _SAID.format("fail") + "The town could not pay for it, he said."
    assert speaker(text, "could not pay").name == "Brendan Quayle"
