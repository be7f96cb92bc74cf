"""Review of r21-desc and r21-pron (r21-fixst), on made-up texts: "the campaign" is not the one
named owner's when that owner is named near it only as a campaign's owner, or when someone
else is the subject of the paragraph just before (``bodies.sole_campaign_owner``,
``bodies.other_subject_before``); a "he added" goes past one spoken of only by a reporter it may
stand for (``pronouns.spoken_of_by_name``, ``constraints.gender_disagrees``)."""
from onrecord.extract.speakers.passes import pronouns
from statement_lookup import speaker, token

# ---- "the campaign": not a wrong owner's ----


def test_the_campaign_after_a_rival_is_not_the_owner_named_only_as_owner(nlp):
    text = ("Tom Lee's campaign has spent heavily on television ads.\n\nJane Roe, his rival, opened an office "
            "in Dayton on Monday. The campaign said the office would train volunteers.")
    assert speaker(text, "train volunteers").rule == "unnamed"


def test_a_campaign_aides_owner_is_no_mention_near_the_campaign(nlp):
    text = ("Senator Jane Roe held a rally in Dayton on Monday. About 2,000 people attended, and a Tom Lee "
            "campaign aide handed out leaflets outside.\n\nThe campaign said the rally raised $40,000.")
    assert speaker(text, "raised $40,000").rule == "unnamed"


def test_the_campaign_after_a_paragraph_about_a_rival_stays_unnamed(nlp):
    text = ("Jane Roe's campaign raised $2 million in May.\n\nTom Lee told reporters he would not quit. "
            "\"We will win,\" he said.\n\nThe campaign said it would open offices in Ohio.")
    assert speaker(text, "open offices in Ohio").rule == "unnamed"


def test_a_rival_subject_of_the_paragraph_before_blocks_an_owner_named_near(nlp):
    text = ("Jane Roe's campaign raised $2 million in May. Roe spoke in Ohio on Monday.\n\n"
            "Tom Lee told reporters he would not quit.\n\nThe campaign said it would open offices in Ohio.")
    assert speaker(text, "open offices in Ohio").rule == "unnamed"


# ---- "he added": not past one spoken of to a woman's name ----


def test_he_added_does_not_pass_a_judge_spoken_of_by_a_woman(nlp):
    text = "Tom Lee met reporters on Monday.\n\nJane Roe said a judge was biased. He added that the case could go on."
    assert speaker(text, "could go on").name != "Tom Lee"


def test_spoken_of_by_name_needs_a_reporter_of_the_pronouns_gender(nlp):
    doc = nlp("Jane Roe said a judge was biased. He added that the case could go on.")
    assert not pronouns.spoken_of_by_name(token(doc, "judge"), token(doc, "He"))
    doc = nlp("Tom Lee said a judge was biased. He added that the case could go on.")
    assert pronouns.spoken_of_by_name(token(doc, "judge"), token(doc, "He"))
