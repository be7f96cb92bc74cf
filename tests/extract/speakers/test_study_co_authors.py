"""A writing whose named author the article writes with co-authors ("by Roe et al.", "by Ana
Roe and her colleagues") is not that author's alone (``passes/descriptions.with_co_authors``),
on texts made up for it."""
from statement_lookup import speaker


def test_a_paper_by_a_surname_et_al_is_not_that_author_alone(nlp):
    text = ("Scientists at Vale University released a new paper on Monday.\n\n"
            "The paper, by Reyes et al., suggests that coral reefs are recovering faster than expected.")
    found = speaker(text, "coral reefs are recovering")
    assert found.name != "Reyes" and found.rule == "unnamed"


def test_a_study_by_an_author_and_her_colleagues_stays_the_study(nlp):
    text = ("A new study on coral was published on Monday.\n\nThe study, by Ana Reyes and her colleagues, "
            "suggests that coral reefs are recovering faster than expected.")
    found = speaker(text, "coral reefs are recovering")
    assert found.name != "Ana Reyes" and found.rule == "unnamed"


def test_a_statement_by_one_named_body_is_still_its_issuer(nlp):
    text = "A statement released by the Zorbian Ministry of Health said that the outbreak is over."
    assert speaker(text, "the outbreak is over").name == "Zorbian Ministry of Health"
