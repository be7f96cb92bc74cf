"""The review of branch i9-desc, each on the made-up text the reviewer gave: a body named
beside a noun of people ("Amazon spokeswoman") still names a body, a union named so is "the
union", a party that does not agree leaves a description unnamed, and "Roe's lawyer" is no one
when the article names several of Roe's lawyers."""
from statement_lookup import speaker

# ---- only a noun of a thing makes a body's name a thing's name ----


def test_a_body_named_beside_a_person_s_noun_is_still_the_company(nlp):
    text = ("Amazon spokeswoman Jane Doe declined to comment on the layoffs. "
            "\"We are cutting costs,\" the company said in a statement on Monday.")
    assert speaker(text, "We are cutting costs").name == "Amazon"


# ---- a body whose own name reads as a union is "the union" ----


def test_a_body_named_as_a_union_is_the_union(nlp):
    text = ("Workers at the Ford plant walked out. The United Auto Workers called the strike. "
            "\"Our members are ready,\" the union said.")
    assert speaker(text, "Our members are ready").name == "United Auto Workers"


# ---- a party that does not agree leaves a description unnamed ----


def test_the_party_s_nominee_is_not_a_party_member_who_holds_no_nomination(nlp):
    text = ("Hillary Clinton, the presidential nominee, held a rally. Gov. John Kasich, a "
            "Republican, did not attend. \"Ohio will decide this election,\" the Republican "
            "nominee said.")
    assert speaker(text, "Ohio will decide").name != "John Kasich"


# ---- "Roe's lawyer" is no one when the article names several ----


def test_roe_s_lawyer_is_no_one_of_roe_s_lawyers_named_together(nlp):
    text = ("Talley's lawyers, Mark Dunmore and Sara Finch, filed a motion. "
            "Talley's lawyer said later, \"My client will not testify.\"")
    assert speaker(text, "My client will not testify").name != "Mark Dunmore"


def test_roe_s_lawyer_is_no_one_when_another_lawyer_for_roe_is_named(nlp):
    text = ("The panel voted to hold Brian Talley in contempt.\n\n"
            "A lawyer for Talley, Mark Dunmore, said his client was ready. "
            "Another lawyer for Talley, Sara Finch, spoke to reporters.\n\n"
            "However, Talley's lawyer has said he will refuse to answer any questions.")
    assert speaker(text, "refuse to answer any questions").name not in ("Mark Dunmore", "Sara Finch")


def test_roe_s_lawyer_is_no_one_of_a_list_of_roe_s_lawyers(nlp):
    text = ("Brian Talley was charged. Talley's lawyers, Mark Dunmore and Sara Finch, filed a "
            "motion.\n\nHowever, Talley's lawyer has said he will refuse to answer any questions.")
    assert speaker(text, "refuse to answer any questions").name not in ("Mark Dunmore", "Sara Finch")
