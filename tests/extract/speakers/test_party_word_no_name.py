"""A party's word alone heading a mention ("Seven in 10 Republican") describes members of the
party, and is no one's name (``passes/names.name``); on texts made up for it."""
from statement_lookup import speaker


def test_a_count_of_a_party_s_members_is_no_person_named_after_the_party(nlp):
    text = "A fresh poll shows how hard the fight will be: Seven in 10 Republican said the party ought to choose."
    found = speaker(text, "the party ought to choose")
    assert found.name != "Republican" and found.rule == "unnamed"


def test_a_party_member_apposed_to_a_name_is_still_that_person(nlp):
    found = speaker("A Democrat, Jo Hale, said the delegates should pick the winner.", "the delegates should pick")
    assert found.name == "Jo Hale"
