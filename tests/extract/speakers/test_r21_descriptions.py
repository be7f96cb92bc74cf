"""Bare descriptions that the article ties to one named body (issue 13, r21-desc), on made-up
texts: "the campaign" is the one candidate whose campaign the article writes, named near it
(``bodies.sole_campaign_owner``); "the decree" speaks for the body that issued it; "the ministry"
beside two ministries named just before stays unnamed (``descriptions.rival_of_kind_near``)."""
from statement_lookup import speaker

# ---- "the campaign": the one campaign the article writes with its owner's name ----

_LEAD = "Laura Benning courted donors in Dover on Monday.\n\n"
_BODY = ("Her former aide Piet Varga wrote those memos years ago. Today they are sealed as secret, yet for "
         "months the campaign has insisted that nobody stamped them at the time.\n\n")
_SPOKESMAN = "Lars Obin, a Benning campaign spokesman, gave a one-word reply when asked if she would apologise."


def test_the_campaign_is_the_one_candidates_whose_campaign_the_article_names(nlp):
    found = speaker(_LEAD + _BODY + _SPOKESMAN, "nobody stamped them")
    assert found.name == "Laura Benning campaign" and found.rule == "personal-body"


def test_the_campaign_stays_unnamed_beside_a_second_owner(nlp):
    text = _LEAD + _BODY + "The Trump campaign said nothing. " + _SPOKESMAN
    assert speaker(text, "nobody stamped them").rule == "unnamed"


def test_the_campaign_stays_unnamed_beside_an_owner_of_no_person_known(nlp):
    text = _LEAD + _BODY + "The senator's campaign said nothing. " + _SPOKESMAN
    assert speaker(text, "nobody stamped them").rule == "unnamed"


def test_the_campaign_stays_unnamed_when_its_owner_is_named_only_paragraphs_back(nlp):
    text = _LEAD + "The weather was mild.\n\nCrowds were small.\n\n" + _BODY + _SPOKESMAN
    assert speaker(text, "nobody stamped them").rule == "unnamed"


# ---- a decree speaks for the body that issued it ----

def test_the_decree_speaks_for_the_ministry_that_issued_it(nlp):
    text = "The Ministry of Trade issued a decree on Friday. The decree said that all imports of steel would be taxed."
    found = speaker(text, "imports of steel")
    assert found.name == "Ministry of Trade" and found.rule == "description"


def test_a_decree_whose_issuer_is_not_named_stays_unnamed(nlp):
    text = "A decree was published on Friday. The decree said that all imports of steel would be taxed."
    assert speaker(text, "imports of steel").rule == "unnamed"


# ---- "the ministry" beside two ministries ----

def test_the_ministry_beside_two_ministries_named_just_before_stays_unnamed(nlp):
    text = ("The Zorbian Ministry of Trade met with exporters, and the Zorbian Ministry of Health met doctors. "
            "The ministry said tariffs would not change this year.")
    assert speaker(text, "tariffs would not change").rule == "unnamed"


def test_the_ministry_is_the_one_ministry_named_just_before(nlp):
    text = "Officials at the Zorbian Ministry of Trade met with exporters. The ministry said tariffs would not change."
    assert speaker(text, "tariffs would not change").name == "Zorbian Ministry of Trade"
