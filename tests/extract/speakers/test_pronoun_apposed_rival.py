"""A person introduced with a description in apposition, deep in a sentence, stays a rival of
its subject for a "he" or "she" of a coordinated clause (``pronouns.introduced_in_apposition``),
on texts made up for it."""
from statement_lookup import speaker


def test_one_introduced_in_apposition_leaves_the_pronoun_unnamed(nlp):
    text = ("Mayor Tom Fenwick praised the work of Paul Dunmore, the county's treasurer, and he said "
            "the budget was balanced.")
    found = speaker(text, "the budget was balanced")
    assert found.name != "Tom Fenwick"


def test_one_named_only_as_a_possessor_is_no_rival(nlp):
    text = "Mayor Tom Fenwick praised Paul Dunmore's budget, but he said the fund needed a review."
    assert speaker(text, "the fund needed a review").name == "Tom Fenwick"
