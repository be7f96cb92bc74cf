"""A person's affiliation is the body the article says they hold a post in or write for: named
after their post ("executive director of the Harwell Grocers Association", "professor at
Eastmoor College"), before it ("Harwell Grocers Association spokesman"), after their name ("Jo
Renner of the Calloway Institute") or as its possessive ("the Calloway Institute's Jo Renner").
None for a past post, a body they only criticise, a name that only says what the body is
("Secretary of State") or a name the tagger cut short. Made-up texts."""

from onrecord.extract.speakers.role_cleaning import a_named_body, body_a_role_names
from statement_lookup import entity_affiliation as _affiliation

BODIES = frozenset({"Harwell Grocers Association", "Eastmoor College", "Calloway Institute", "NBRA",
                    "Institute of Allergy"})


def test_the_body_after_a_post_s_of_or_at_is_the_affiliation():
    assert body_a_role_names(["executive director of the Harwell Grocers Association"], BODIES) \
        == "Harwell Grocers Association"
    assert body_a_role_names(["professor of history at Eastmoor College"], BODIES) == "Eastmoor College"
    assert body_a_role_names(["treasurer and chief officer at the Calloway Institute"], BODIES) == "Calloway Institute"
    # a chapter of the body: the body itself
    assert body_a_role_names(["director of the Dorset chapter of the Harwell Grocers Association"], BODIES) \
        == "Harwell Grocers Association"


def test_the_body_that_opens_a_role_is_the_affiliation():
    assert body_a_role_names(["NBRA spokesman"], BODIES) == "NBRA"
    assert body_a_role_names(["Eastmoor College chemistry professor"], BODIES) == "Eastmoor College"
    assert body_a_role_names(["Calloway Institute's chief economist"], BODIES) == "Calloway Institute"


def test_no_body_from_a_past_post_a_critic_or_a_topic():
    assert body_a_role_names(["former director of the Harwell Grocers Association"], BODIES) is None
    assert body_a_role_names(["retired professor at Eastmoor College"], BODIES) is None
    assert body_a_role_names(["critic of the Harwell Grocers Association"], BODIES) is None
    assert body_a_role_names(["expert on the Calloway Institute"], BODIES) is None
    assert body_a_role_names(["adviser to the Calloway Institute"], BODIES) is None


def test_no_body_from_a_name_cut_short_or_longer_than_the_tag():
    # the tag stops before "and Lung Diseases" or before "Medical School"
    assert body_a_role_names(["director of the Institute of Allergy and Lung Diseases"], BODIES) is None
    assert body_a_role_names(["professor at Eastmoor College Medical School"], BODIES) is None


def test_a_name_that_only_says_what_the_body_is_gives_none():
    assert a_named_body("Senate") is None
    assert a_named_body("State") is None
    assert a_named_body("Ministry of Defence") is None
    assert a_named_body("Harwell Grocers Association") == "Harwell Grocers Association"
    assert a_named_body("Calloway Health Organization (CHO") == "Calloway Health Organization"


def test_a_post_in_an_appositive_gives_its_body():
    text = ("Prices rose again. Tomas Greave, executive director of the Harwell Grocers Association, "
            "said stores were short of flour.")
    assert _affiliation(text, "Tomas Greave") == "Harwell Grocers Association"


def test_a_body_after_the_name_is_the_affiliation():
    text = ("\"The signal is weak\", said Ilse Marnow of the Calloway Institute for Radio Astronomy, "
            "who did not take part in the survey.")
    assert _affiliation(text, "Ilse Marnow") == "Calloway Institute for Radio Astronomy"


def test_a_body_s_possessive_before_the_name_is_the_affiliation():
    text = "The Harwell Grocers Association's Tomas Greave said stores were short of flour."
    assert _affiliation(text, "Tomas Greave") == "Harwell Grocers Association"


def test_a_former_post_gives_no_body():
    text = ("Prices rose again. Tomas Greave, formerly executive director of the Harwell Grocers Association, "
            "said stores were short of flour.")
    assert _affiliation(text, "Tomas Greave") is None


def test_an_office_of_state_gives_no_body_called_state():
    text = "Secretary of State Ada Vorland said the talks would resume on Monday."
    assert _affiliation(text, "Ada Vorland") != "State"


# ---- narrowed (r18-fixspk): a past post anywhere, a body beyond the first link, a closed span, counsel ----


def test_a_past_word_anywhere_in_the_role_gives_no_body():
    assert body_a_role_names(["the Calloway Institute's former director"], BODIES) is None
    assert body_a_role_names(["Calloway Institute ex-spokesman"], BODIES) is None
    assert body_a_role_names(["onetime director of the Calloway Institute"], BODIES) is None
    text = "Tessa Marlo, the Calloway Institute's former director, said the merger was expected."
    assert _affiliation(text, "Tessa Marlo") is None


def test_only_a_body_right_after_the_first_link_is_the_affiliation():
    assert body_a_role_names(["spokeswoman for the union at Eastmoor College"], BODIES) is None
    assert body_a_role_names(["chief investigator of the inquiry into fraud at the Calloway Institute"],
                             BODIES) is None
    assert body_a_role_names(["engineer with ten years of experience at the Calloway Institute"], BODIES) is None
    text = "Rina Solvik, a spokeswoman for the union at the Calloway Institute, said members would vote."
    assert _affiliation(text, "Rina Solvik") is None


def test_a_post_held_over_a_closed_span_gives_no_body():
    assert body_a_role_names(["director of the Calloway Institute from 2001 to 2009"], BODIES) is None
    assert body_a_role_names(["Calloway Institute employee until 2018"], BODIES) is None
    assert body_a_role_names(["director of the Calloway Institute since 2015"], BODIES) == "Calloway Institute"


def test_a_lawyer_for_a_body_is_no_member_of_it():
    assert body_a_role_names(["attorney for the Calloway Institute"], BODIES) is None
    assert body_a_role_names(["lawyer for the Harwell Grocers Association"], BODIES) is None
