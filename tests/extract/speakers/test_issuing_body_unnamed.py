"""A writing from a body the article describes without a name is that body's statement:
"another report from the Mexican government said" is the government's, as "the government said"
would be (``descriptions.unnamed_issuing_body``). Invented sentences."""
from onrecord.extract.speakers.passes.descriptions import name_word
from statement_lookup import speaker, token


def test_a_report_from_a_described_government_is_the_government_s():
    found = speaker("Floods hit Zorbia. Another report from the Zorbian government said the dam was unsafe.",
                    "the dam was unsafe")
    assert found.name == "Zorbian government"


def test_according_to_a_statement_from_a_ministry_is_the_ministry_s():
    found = speaker("Floods hit the north. According to a statement from the interior ministry, "
                    "the dam was unsafe.", "the dam was unsafe")
    assert found.name == "interior ministry" and found.type == "ORG"


def test_estimates_by_people_described_are_theirs():
    found = speaker("Thousands marched on Sunday. Estimates by the march organizers said 9,000 people came.",
                    "9,000 people came")
    assert found.name == "march organizers"


def test_a_report_from_a_place_or_a_time_names_no_issuer():
    found = speaker("Floods hit the north. A report from the scene said the dam was unsafe.",
                    "the dam was unsafe")
    assert found.name != "scene"
    found = speaker("Floods hit the north. Data from last year show the dam was unsafe.",
                    "the dam was unsafe")
    assert found.name != "year"


def test_a_writing_from_a_pronoun_s_body_is_left_to_the_other_rules():
    found = speaker("Jo Roe spoke on Monday. A statement from her office said the dam was unsafe.",
                    "the dam was unsafe")
    assert found.name != "office"


def test_words_of_a_name_and_words_that_only_qualify_a_body(nlp):
    doc = nlp("A report from the Zorbian government and the interior ministry of Acme Corp said so.")
    assert not name_word(token(doc, "Zorbian")) and not name_word(token(doc, "interior"))
    assert name_word(token(doc, "Acme"))


def test_people_by_whom_a_poll_was_taken_are_those_asked_not_its_issuer():
    found = speaker("Voters went out on Saturday. A poll conducted by voters in the primary showed "
                    "that change mattered.", "change mattered")
    assert found.name != "voters"
