"""Issue 13, r23-anon: a source the reader cannot name gets no name. An indefinite description
whose article follows another word ("even a top Republican strategist") brings in someone new
(``descriptions.indefinite_description``); "the man" after "one man in Oslo" goes on with that
newcomer (``descriptions.introduced_unnamed``); a description followed by another person's name
set off by a comma is not the holder found before it (``descriptions.other_name_set_off``); a
bare surname two people share, the one named lately only aside, is in doubt
(``ArticleState.named_aside_of_bare_owner``). Names the article ties by apposition stay.
Made-up texts."""
from statement_lookup import speaker


def test_an_indefinite_description_after_an_adverb_is_no_party_member_named_before():
    text = ("Rather than Republican presidential candidate Tom Vasko, the group has set its sights on Lena "
            "Roe.\n\nAlongside the calls, even a top Republican strategist said Roe will have to pick a side.")
    found = speaker(text, "will have to pick a side")
    assert found.name != "Tom Vasko" and found.rule == "unnamed"


def test_an_indefinite_description_after_an_adverb_is_not_the_next_one_to_speak():
    text = ("Lena Roe met the committee on Monday.\n\nEven a top Zorbian Party strategist said Roe would have "
            "to pick a side. \"It is over,\" wrote the columnist Ana Brell.")
    assert speaker(text, "would have to pick a side").name != "Ana Brell"


def test_the_man_after_one_man_in_a_town_is_that_newcomer():
    text = ("Senator Zed Roe is drawing big crowds in the last hours before voting opens in Vermont.  One man "
            "in Burlington, answering Roe\u2019s account of the crash, cut the candidate off:  \u201cThey stole "
            "the town,\u201d the man shouted.  \u201cWell, I would not put it like that,\u201d replied Roe.")
    found = speaker(text, "They stole the town")
    assert found.name != "Zed Roe" and found.rule == "unnamed"


def test_a_description_followed_by_another_name_set_off_is_not_the_person_named_before():
    text = ("Orrin Fell pressed diplomats in Zorbia to treat the party fairly. With Fell's help, the party was "
            "\"working to change its image,\" wrote the Zorbian ambassador at the time, Ana Brell.")
    found = speaker(text, "working to change its image")
    assert found.name != "Orrin Fell"


def test_a_description_tied_by_apposition_to_its_name_stays_named():
    text = ("Mayor Jo Lind spoke first. It was wrong, said the mayor at the time, Jo Lind, on Monday.")
    assert speaker(text, "It was wrong").name == "Jo Lind"


def test_a_bare_surname_after_a_namesake_named_aside_is_in_doubt():
    text = ("Senator Chris Dunmore spoke for hours on Monday. Dunmore said the vote mattered. The chamber was "
            "nearly empty by midnight. Colleagues came and went all night. He paid tribute to a teacher\u2019s "
            "aide, Mary Dunmore, who was killed trying to protect a boy.  \u201cIt takes courage to stand in "
            "front of a gunman,\u201d Dunmore said.")
    found = speaker(text, "It takes courage")
    assert found.name != "Mary Dunmore" and found.entity is None


def test_a_bare_surname_after_a_namesake_named_as_subject_is_that_one():
    text = ("Senator Chris Dunmore spoke for hours on Monday. Dunmore said the vote mattered. The chamber was "
            "nearly empty by midnight. Colleagues came and went all night. Teacher Mary Dunmore then rose to "
            "speak for the union.  \u201cIt takes courage to stand in front of a gunman,\u201d Dunmore said.")
    assert speaker(text, "It takes courage").name == "Mary Dunmore"


def test_a_cue_joined_to_a_name_with_its_own_subject_is_not_that_name():
    text = ("The council passed two motions of censure against Governor Ivo Pell. The first charged Pell with "
            "waste of funds, and the second accused him of misleading the council.")
    found = speaker(text, "misleading the council")
    assert found is None or found.name != "Ivo Pell"
