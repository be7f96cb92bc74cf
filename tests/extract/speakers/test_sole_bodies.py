"""Definite descriptions of a body or a defendant that name the one the article names (branch
i12-body), each on sentences made up for it: "the board" for the one board named though another
body was named nearer (``sole_headed_body``), "the newspaper" for the one newspaper by its name
(``sole_outlet``), "the defendant" for the one person named as charged (``sole_defendant``)."""
import pytest

from onrecord.extract.speakers.passes.descriptions import outlet_named
from onrecord.extract.speakers.state import ArticleEntity
from statement_lookup import speaker

# ---- "the board": the one body its kind heads ----

def test_the_board_is_the_one_board_named_though_another_body_is_nearer(nlp):
    text = ("Voters in Zedland will get new ballots, the Zedland Board of Elections announced on Monday. "
            "Two objectors, Jo Roe and Al Lee, had asked for it. \"The Candidate is eligible,\" the board said.")
    found = speaker(text, "The Candidate is eligible")
    assert found.name == "Zedland Board of Elections" and found.rule == "description"


def test_the_ministry_is_the_ministry_of_health(nlp):
    text = ("The Zedland Ministry of Health reported 40 new cases on Tuesday. Acme Corp, which makes the "
            "test, said supplies were short. The ministry said it would buy more tests.")
    assert speaker(text, "buy more tests").name == "Zedland Ministry of Health"


def test_another_board_written_before_leaves_the_board_unnamed(nlp):
    text = ("A local school board met on Monday. The Zedland Board of Elections heard the case. Acme Corp "
            "asked for a delay. The board said it would recount the votes.")
    found = speaker(text, "recount the votes")
    assert found.entity is None and found.rule == "unnamed"


def test_two_courts_leave_the_court_unnamed(nlp):
    text = ("The Zedland Court of Appeal and the Zedland Supreme Court have both heard the case. Acme Corp "
            "asked for a delay. The court said the delay was refused.")
    assert speaker(text, "delay was refused").rule == "unnamed"


# ---- "the newspaper", "the network": the one outlet of that kind by its name ----

def test_an_outlet_by_its_own_name():
    assert outlet_named(ArticleEntity("Orlando Sentinel", "ORG"), "newspaper")
    assert outlet_named(ArticleEntity("Times of Zedland", "ORG"), "paper")
    assert outlet_named(ArticleEntity("NBC News", "ORG"), "network")
    assert outlet_named(ArticleEntity("Zed Television Network", "ORG"), "channel")
    assert not outlet_named(ArticleEntity("Post Office", "ORG"), "newspaper")
    assert not outlet_named(ArticleEntity("Daily News", "ORG"), "network")
    assert not outlet_named(ArticleEntity("NBC News", "ORG"), "newspaper")


def test_the_network_is_the_one_network_named(nlp):
    text = ("Anchor Tom Green left NBC News on Friday after ten years at the desk. \"We wish him well "
            "in whatever he does next,\" the network said.")
    assert speaker(text, "We wish him well").name == "NBC News"


def test_a_body_named_nearer_leaves_the_network_unnamed(nlp):
    text = ("Anchor Tom Green left NBC News on Friday after ten years at the desk. Acme Corp bought the "
            "building last year. The network said it wished him well.")
    assert speaker(text, "it wished him well").rule == "unnamed"


# ---- "the defendant": the one person named as charged ----

def test_the_defendant_is_the_one_person_charged(nlp):
    text = ("John Doe, 34, was charged with arson in Zedville on Monday. Prosecutors said he set fire "
            "to the barn. The defendant said he was innocent.")
    found = speaker(text, "he was innocent")
    assert found.name == "John Doe" and found.rule == "description"


def test_the_accused_is_the_one_who_pleaded(nlp):
    text = "Jane Roe pleaded not guilty to fraud on Monday. The accused told the court she had kept the money safe."
    assert speaker(text, "kept the money safe").name == "Jane Roe"


def test_two_people_charged_leave_the_defendant_unnamed(nlp):
    text = "John Doe and Ann Lee were charged with arson on Monday. The defendant said he was innocent."
    assert speaker(text, "he was innocent").rule == "unnamed"


def test_several_defendants_leave_the_defendant_unnamed(nlp):
    text = ("John Doe was charged with arson on Monday; his co-defendant was not named. The defendant "
            "said he was innocent.")
    assert speaker(text, "he was innocent").rule == "unnamed"


# ---- review (i12-rev1): what the rules must not name ----

def test_a_court_named_nearer_without_the_word_leaves_the_court_unnamed(nlp):
    # "the Ninth Circuit" is a court though its name lacks the word: the one "Court" named is not
    # the only court spoken of
    text = ("A federal judge at the U.S. District Court for Zedland blocked the rule last year. On Monday, "
            "the Ninth Circuit reversed that ruling. The court said the rule was lawful.")
    assert speaker(text, "the rule was lawful").rule == "unnamed"


def test_a_department_named_nearer_without_the_word_leaves_the_department_unnamed(nlp):
    text = ("The Department of Justice opened an inquiry into the contract in June. The Pentagon said it "
            "would cooperate fully. The department said records would be handed over next week.")
    assert speaker(text, "records would be handed over").rule == "unnamed"


def test_a_body_of_another_kind_named_nearer_leaves_the_board_its_name(nlp):
    text = ("The Zedland County Board of Elections certified the vote on Monday. The Federal Election "
            "Commission said it had no objection. The board said turnout was 61 percent.")
    assert speaker(text, "turnout was 61 percent").name == "Zedland County Board of Elections"


def test_another_man_charged_in_a_separate_case_leaves_the_defendant_unnamed(nlp):
    text = ("Jo Roe, 34, was charged with arson in March. In a separate case, a 25-year-old man was charged "
            "with theft on Friday. The defendant told the court he had been at home.")
    assert speaker(text, "he had been at home").rule == "unnamed"


def test_a_man_arrested_after_the_one_charged_leaves_the_defendant_unnamed(nlp):
    # "charged with leading" is a duty, and the man arrested is the one in court
    text = ("Jo Roe was charged with leading the inquiry into the fire. A man arrested at the scene appeared "
            "in court on Monday. The defendant said he was innocent.")
    assert speaker(text, "he was innocent").rule == "unnamed"


def test_a_suspect_arrested_in_another_case_leaves_the_accused_unnamed(nlp):
    text = ("Sam Lee was sentenced to five years in 2015 for fraud. Now police have arrested a new suspect "
            "in the 2019 killing. The accused told the court he had been at work.")
    assert speaker(text, "he had been at work").rule == "unnamed"


def test_the_one_charged_arrested_again_by_name_or_pronoun_is_still_the_defendant(nlp):
    text = ("Police arrested John Doe on Sunday. John Doe, 34, was charged with arson on Monday. Officers "
            "had detained him at his home. The defendant said he was innocent.")
    assert speaker(text, "he was innocent").name == "John Doe"


def test_a_paper_named_after_the_one_by_its_name_leaves_the_newspaper_unnamed(nlp):
    # "Le Monde" is a newspaper though its name does not say so
    text = ("The Orlando Sentinel first reported the deal in May. Weeks later, Le Monde obtained a copy of "
            "the contract. The minister has not commented. His office did not answer calls on Friday. "
            "The newspaper said the contract was signed in March.")
    assert speaker(text, "the contract was signed in March").rule == "unnamed"


def test_the_network_is_the_one_body_called_a_broadcaster():
    # descriptions.tied_as_broadcaster: "the network" for the body the article calls a broadcaster
    text = ("The public broadcaster RTV Nordia aired the interview on Sunday night.\n\n"
            "The network said the minister had asked to see the questions first.")
    found = speaker(text, "the minister had asked")
    assert (found.name, found.rule) == ("RTV Nordia", "description")


def test_the_paper_is_the_one_newspaper_named_before():
    # descriptions.describe: "the paper" read as a writing goes to the one newspaper (sole_outlet)
    text = ("The editorial appeared in the Harwick Daily Chronicle on Thursday.\n\n"
            "The paper said the bridge would cost twice the first estimate.")
    assert speaker(text, "the bridge would cost").name == "Harwick Daily Chronicle"


def test_the_paper_after_a_study_stays_unnamed():
    # descriptions.research_writing_before: "the paper" may be the study, its authors' words
    text = ("A study by two doctors appeared in the Harwick Daily Chronicle on Thursday.\n\n"
            "The paper said the drug cut deaths by half.")
    assert speaker(text, "the drug cut").rule == "unnamed"


@pytest.mark.parametrize("text", [
    # descriptions.sole_outlet
    "The Dunhaven Herald obtained a leaked council memo on parking. "
    "The paper proposes to double the fees for residents.",
    # epithets.epithet_antecedent: the newspaper is the subject of the sentence before
    "The Brackwell Courier obtained a confidential draft on parking. "
    "The paper proposes to double the fees for residents.",
])
def test_the_paper_after_a_document_stays_unnamed(text):
    # descriptions.research_writing_before: "the paper" may be the document the outlet obtained
    assert speaker(text, "to double the fees").rule == "unnamed"


def test_a_body_and_its_own_channel_are_one_broadcaster():
    # descriptions.kind_form_of: "Dalmar" and "the Dalmar channel" are no two outlets
    text = ("The film aired on the Dalmar channel on Sunday night.\n\n"
            "The network said the senator had not asked for any changes.")
    assert "Dalmar" in (speaker(text, "the senator had not asked").name or "")
