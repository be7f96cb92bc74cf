"""Bodies as sources: "his campaign" found as "he" is, a body's name without a
possessive the tagger took into it, and a place qualifying "a paper" naming no publisher."""
from onrecord.extract.speakers.name_forms import trailing_possessive_cut
from onrecord.extract.speakers.passes import bodies, pronouns
from statement_lookup import speaker, state_of, token


def test_his_campaign_is_the_campaign_of_whom_he_is(nlp):
    doc, state = state_of(nlp, "Peter Novak spoke in Ohio on Monday. His campaign said the numbers were good.")
    mention = bodies.personal_body(token(doc, "campaign"), state)
    assert mention.entity.name == "Peter Novak campaign"


def test_her_campaign_is_the_one_woman_named_near_it(nlp):
    # "Lee" tells no gender: "her" is Susan Roe, the one woman named in the sentence before
    doc, state = state_of(nlp, "Susan Roe and Lee Novak debated in Ohio. Her campaign said the numbers were good.")
    assert bodies.personal_body(token(doc, "campaign"), state).entity.name == "Susan Roe campaign"
    # two women named there: "her" may be either, so the campaign is no one's
    doc, state = state_of(nlp, "Susan Roe and Mary Lane debated in Ohio. Her campaign said the numbers were good.")
    her = token(doc, "Her")
    assert bodies.sole_of_gender(state, her, "f") is None
    assert bodies.pronoun_owner(state, her) is pronouns.narrated_person(state, her, "f")


def test_a_possessive_the_tagger_took_into_a_body_name_is_cut(nlp):
    doc = nlp("The articles examined Zorbex Oil's plans. Zorbex Oil denied the claims.")
    assert trailing_possessive_cut("Zorbex Oil's", doc) == "Zorbex Oil"
    assert trailing_possessive_cut("Zorbex Oil", doc) is None
    # a name the article only writes with its possessive is the body's own name
    assert trailing_possessive_cut("McDonald's", nlp("McDonald's said sales rose.")) is None


def test_a_place_qualifying_one_of_its_papers_names_no_publisher():
    found = speaker("Peter Novak spoke in Vermont on Monday. "
                    "An earlier report in a Vermont paper said that Novak had used the images.",
                    "had used the images")
    assert found.name != "Vermont" and found.type != "GPE"


def test_a_call_sign_before_radio_names_who_made_the_survey():
    found = speaker("About 46 percent of voters were Republicans, "
                    "according to a February survey conducted by KZRB radio.",
                    "46 percent of voters")
    assert found.name == "KZRB" and found.type == "ORG"


def test_a_first_name_after_an_article_inside_a_body_name_is_no_person():
    found = speaker("Students take 112 tests, a study by the Council of the Great Lake Schools found.",
                    "Students take 112 tests")
    assert found.name == "Council of the Great Lake Schools" and found.type == "ORG"


def test_a_possessive_stays_in_a_body_s_name_when_the_bare_form_is_someone_else_s(nlp):
    doc = nlp("Sotheby's said the painting sold for $4 million. The buyer was John Sotheby, a collector.")
    assert trailing_possessive_cut("Sotheby's", doc) is None
    doc = nlp("Acme Mobil's public position changed. Acme Mobil said on Monday that it would appeal.")
    assert trailing_possessive_cut("Acme Mobil's", doc) == "Acme Mobil"
    doc = nlp("Acme Mobil's public position changed. On Monday Acme Mobil said that it would appeal.")
    assert trailing_possessive_cut("Acme Mobil's", doc) == "Acme Mobil"  # a date before is no name


def test_his_campaign_is_the_subject_s_as_he_would_be(nlp):
    # the owner is asked for where "he" would stand (the campaign's clause), not at "His"
    text = "Peter Novak said on Monday that he admired Tom Lane. His campaign said the numbers were good."
    assert speaker(text, "the numbers were good").name == "Peter Novak campaign"


def test_a_courtesy_title_picks_the_bearer_of_its_gender(nlp):
    # two Holloways, the man named more often: "Mrs. Holloway's campaign" is still the woman's
    text = ("Senator Jane Holloway criticized former Governor Tom Holloway's record on Tuesday. Mr. "
            "Holloway had once led the state for eight years, and Mr. Holloway was praised by many. "
            "Mrs. Holloway's campaign said the senator would not be distracted.")
    doc, state = state_of(nlp, text)
    assert bodies.personal_body(token(doc, "campaign"), state).entity.name == "Jane Holloway campaign"
    assert bodies.courtesy_gender(token(doc, "Holloway", 4)) == "f"
    assert bodies.courtesy_gender(token(doc, "Holloway", 3)) == "m"


def test_a_courtesy_title_no_bearer_fits_names_no_one(nlp):
    # the only Holloway is a man: "Mrs. Holloway's office" is not his
    text = "Governor Tom Holloway spoke on Tuesday. Mrs. Holloway's office said the event was cancelled."
    doc, state = state_of(nlp, text)
    mention = bodies.personal_body(token(doc, "office"), state)
    assert mention is None or "Tom" not in mention.entity.name
