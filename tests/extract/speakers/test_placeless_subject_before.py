"""A definite office naming a place, given to the holder the text goes on with when the article
ties that holder to no place (passes/descriptions.py ``placeless_subject_before``)."""
from statement_lookup import speaker


def test_the_placed_title_of_the_subject_before_is_that_person(nlp):
    text = ("Sen. Tom Hale faced questions on Monday. \"Can we reform the banks at all?\" Hale asked. "
            "The senator from Vermont said the system was corrupt.")
    found = speaker(text, "the system was corrupt")
    assert found.name == "Tom Hale" and found.rule == "description"


def test_a_holder_tied_to_another_place_stays_unnamed(nlp):
    text = ("Sen. Tom Hale (R-Ohio) faced questions on Monday. \"Can we reform the banks at all?\" Hale asked. "
            "The senator from Vermont said the system was corrupt.")
    assert speaker(text, "the system was corrupt").rule == "unnamed"


def test_a_holder_not_the_subject_just_before_stays_unnamed(nlp):
    text = ("Sen. Tom Hale faced questions on Monday. Jane Roe asked about banks. "
            "The senator from Vermont said the system was corrupt.")
    assert speaker(text, "the system was corrupt").rule == "unnamed"


def test_a_holder_named_with_a_place_of_their_own_stays_unnamed(nlp):
    for named in ("Sen. Tom Hale of Ohio", "Sen. Tom Hale, who represents Ohio,"):
        text = (f"{named} faced questions on Monday. \"Can we reform the banks at all?\" Hale asked. "
                "The senator from Vermont said the system was corrupt.")
        assert speaker(text, "the system was corrupt").rule == "unnamed", named


def test_one_of_two_holders_of_the_office_stays_unnamed(nlp):
    # the senator from Vermont may be either senator of the debate
    text = ("Sen. Ann Reed and Sen. Tom Hale debated the bill on Monday. \"Can we reform the banks at all?\" "
            "Hale asked. The senator from Vermont said the system was corrupt.")
    assert speaker(text, "the system was corrupt").rule == "unnamed"
