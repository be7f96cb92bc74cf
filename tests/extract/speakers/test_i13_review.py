"""Review of issue 13's speaker rules: sentences of ordinary news on which a rule gave a wrong
name or type, each made up for it, and the narrowed rule leaving the speaker unnamed."""
import pytest

from onrecord.extract.speakers.entity_type import national_initials
from onrecord.extract.speakers.state import paragraphs_back
from statement_lookup import speaker

_FOLLOWED = ("\"I was shocked,\" said Tom Brown, 44.\n\nAfter his sentence, he was sent abroad. "
             "He now works in a shop.\n\n")
_HE_SAID = "\n\n\"It is a matter for the courts,\" he said."


def test_the_one_man_followed_still_speaks(nlp):
    assert speaker(_FOLLOWED + "\"I am banned for life,\" he said.", "banned for life").name == "Tom Brown"


@pytest.mark.parametrize("newcomer", [
    "The Pope condemned the sentence on Sunday.",  # a title alone, capitalised
    "The Prime Minister was asked about the case in parliament.",
    "A spokesman for the prison confirmed the transfer.",  # a body's voice, still a man
    "Okonkwo, convicted in the same case, was freed in May.",  # a surname the tagger missed
])
def test_someone_new_in_between_leaves_he_unnamed(nlp, newcomer):
    # pronouns.speaker_unrivalled: unnamed_newcomer, untagged_subject
    found = speaker(_FOLLOWED + newcomer + _HE_SAID, "matter for the courts")
    assert found.rule == "unresolved"


def test_one_named_in_his_own_quote_is_not_he(nlp):
    text = "Tom Brown introduced his son at the dinner. He said, \"Tom Brown taught me everything.\""
    assert speaker(text, "taught me everything").rule == "unresolved"


@pytest.mark.parametrize("text", [
    # a president's government, no agency
    "The Trump Administration proposed new rules on Monday. Acme Corp objected to them.\n\n"
    "The agency said the rules would take effect in May.",
    # a short name of another spelling may be the agency as well
    "The Census Bureau released new figures. The Food and Drug Administration approved the drug. "
    "Acme Corp welcomed the ruling.\n\nThe agency said the figures were final.",
    # a news agency named since
    "The Food and Drug Administration approved the drug in May, Reuters reported. Acme Corp welcomed "
    "the ruling.\n\nThe agency said the drug was safe.",
    # a prime minister's office
    "The Office of the Prime Minister denied the claim. Acme Corp welcomed the ruling.\n\n"
    "The agency said the figures were final.",
])
def test_the_agency_beside_another_possible_one_is_unnamed(nlp, text):
    assert speaker(text, text.rsplit("said ", 1)[1][:12]).rule == "unnamed"


def test_the_agency_spelt_administration_alone_is_named(nlp):
    text = ("The Food and Drug Administration approved the drug in May. Acme Corp welcomed the ruling.\n\n"
            "The agency said the drug was safe.")
    assert speaker(text, "drug was safe").name == "Food and Drug Administration"


def test_a_title_run_into_one_word_is_no_given_name(nlp):
    # fullest_name.untold_given_name: "Undersecretary" ends in "secretary"
    text = "Hale won the race last year.\n\nUndersecretary Hale said the vote had been fair."
    assert speaker(text, "vote had been fair").name == "Hale"


def test_two_letters_after_a_country_word_are_an_office():
    assert not national_initials("British PM")
    assert not national_initials("Nigerian VP")
    assert national_initials("Chilean ZSB")


def test_paragraphs_back_counts_paragraphs():
    text = "one\n\ntwo\n\nthree\n\nfour"
    assert paragraphs_back(text, text.index("four")) == text.index("\n\nthree")
    assert paragraphs_back(text, text.index("four"), 2) == text.index("\n\ntwo")
    assert paragraphs_back(text, text.index("four"), 3) == 0
