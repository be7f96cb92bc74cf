"""A subject set off from its cue by an aside the parse read as a clause of its own ("Ann Lee,
asked about it, had said ...") is the cue's speaker (extract/candidates.py
``subject_set_off_before_cue``); the near misses keep the speaker they had. Texts made up for it."""
import onrecord


def _statements(text: str, cue: str) -> list:
    return [s for s in onrecord.extract(text).statements if s.cue is not None and s.cue.text == cue]


def _speakers(text: str, cue: str) -> list[str | None]:
    return [s.speaker.name if s.speaker is not None else None for s in _statements(text, cue)]


def test_a_name_before_a_participle_aside_after_after():
    text = ("The row began after Jane Dowling, asked about the killings of miners under the old regime, had "
            "said, ''I think our nation has done plenty of wrong too.''")
    assert _speakers(text, "said") == ["Jane Dowling"]


def test_a_name_before_an_aside_with_dashes():
    text = ("Jane Dowling, later alleging - again falsely - that Tom Hale wanted to admit 250,000 migrants, "
            "said she would deport them.")
    assert _speakers(text, "said") == ["Jane Dowling"]


def test_an_unnamed_source_before_a_relative_clause_after_a_quote():
    text = ("“The wardens are stretched thin and skip their checks,” an inside source, who asked not to "
            "be named by the paper, told Zorbia News.")
    found = _statements(text, "told")
    assert found and found[0].speaker is not None and found[0].speaker.mention.text == "an inside source"


def test_the_name_after_of_is_not_the_subject():
    # the mayor of Zorbia is Tom Hale, not Zorbia
    assert _speakers("“We will fight the plan,” the mayor of Zorbia, Tom Hale, said.", "said") == ["Tom Hale"]


def test_a_place_opening_the_sentence_is_not_the_subject():
    text = "In Zorbia, a small country in the north, officials said the vote was fair."
    assert _speakers(text, "said") == ["officials"]


def test_the_one_thanked_before_a_relative_clause_does_not_speak_for_the_board():
    text = ("The Zorbia Mining Board thanked Jane Dowling, who had led it for a decade, and said the search "
            "for a successor would begin.")
    assert "Jane Dowling" not in _speakers(text, "said")


def test_a_report_with_no_source_stays_without_a_speaker():
    # "It was reported ... that": no one's statement, never a guessed name
    text = "Jane Dowling left Zorbia in May. It was reported, weeks after the vote, that the count was wrong."
    assert _speakers(text, "reported") in ([], [None])


def test_a_time_or_an_event_before_an_aside_is_no_speaker():
    # review near misses: "after" before a meeting, talks or a vote opens a time, not a subject
    for text in ("Kay Roe left. After the meeting, visibly angry, told reporters the deal was dead.",
                 "Kay Roe, the minister, left. After the talks, clearly tired, said the deal was dead.",
                 "After the vote, amid loud protests, said the count was wrong."):
        assert _speakers(text, "said" if "said" in text else "told") in ([], [None])


def test_a_role_after_as_is_no_speaker():
    text = "As Zorbia's envoy, speaking in Geneva, said the talks were over."
    assert _speakers(text, "said") in ([], [None])


def test_a_negated_cue_gives_no_source_the_words():
    text = "“The guards are cutting corners,” an inside source, who was not cleared to speak, never told Zorbia News."
    assert all(name is None for name in _speakers(text, "told"))
