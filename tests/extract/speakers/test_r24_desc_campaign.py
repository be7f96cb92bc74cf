""""The campaign" after a sentence whose second main clause, joined by "and" or "but", has the
candidate as its subject (issue 13, r24-desc, ``mention_syntax.conjoined_main_clause``): the
candidate's campaign, as after a sentence the candidate opens; made-up texts."""
from statement_lookup import speaker

_JOINED = ("Farm debts are rising, and Mara Quell wants to make them a major issue for rural voters. "
           "On Tuesday, in her last speech of the year, Quell plans to call for a large increase in "
           "spending, the campaign told the Daily Star.")


def test_the_campaign_of_the_subject_of_a_joined_main_clause(nlp):
    found = speaker(_JOINED, "large increase in spending")
    assert found.name == "Mara Quell campaign" and found.rule == "personal-body"


def test_the_campaign_stays_unnamed_after_a_subordinate_clause_subject(nlp):
    text = ("Farm debts rose after Mara Quell spoke to rural voters. On Tuesday, in her last speech of "
            "the year, Quell plans to call for a large increase in spending, the campaign told the Daily Star.")
    assert speaker(text, "large increase in spending").rule == "unnamed"


# ---- a word the tagger reads as no one's name owns no campaign (``bodies.owner_named_anywhere``) ----

_DISEASE = ("Deaths from Parkinson's are climbing, and Mara Quell wants to make the disease a major issue for "
            "older voters. On Tuesday, in her last speech of the year, Quell plans to call for a large increase "
            "in research spending, the campaign told the Daily Star. ")


def test_a_disease_written_before_campaign_is_no_rival_owner(nlp):
    text = _DISEASE + "It is the first time a candidate has made Parkinson's a major campaign issue, said Tom Obi."
    found = speaker(text, "large increase in research spending")
    assert found.name == "Mara Quell campaign" and found.rule == "personal-body"


def test_a_named_rival_owner_still_leaves_the_campaign_unnamed(nlp):
    text = _DISEASE + "Lena Brask's campaign manager disagreed."
    assert speaker(text, "large increase in research spending").rule == "unnamed"
