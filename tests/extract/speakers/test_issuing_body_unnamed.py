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
    found = speaker("Residents of Pelby queued at the booths on Sunday. An exit survey conducted by "
                    "residents at the booths showed that the roads mattered most.", "the roads mattered most")
    assert found.name != "residents"


def test_a_recording_from_a_place_is_no_one_s_statement():
    # footage "from" a school, a prison or a party is where it was filmed, not who issued it
    for text, words, place in (
            ("Lincoln High School closed on Monday. Footage from the school shows that a gunman "
             "entered at noon.", "a gunman entered at noon", "Lincoln High School"),
            ("Zorb Prison was locked down. Video from the prison shows that guards fled.", "guards fled",
             "prison"),
            ("Lake Hospital was evacuated. Footage from the hospital showed that the roof fell.",
             "the roof fell", "Lake Hospital"),
            ("The Green Party met in Zedville. Footage from the party showed that Roe was cheered.",
             "Roe was cheered", "Green Party")):
        found = speaker(text, words)
        assert found.name.startswith(("Footage", "Video")) and found.name != place, (text, found.name)


def test_estimates_by_a_bare_noun_are_a_breakdown_not_an_issuer():
    found = speaker("Labour and the Green Party held rallies. Estimates by party showed that "
                    "Labour gained most.", "Labour gained most")
    assert found.name == "Estimates by party"


def test_a_report_from_an_indefinite_body_is_not_one_named_before():
    found = speaker("Zorb Group built the dam in 2010. A report from a group of independent scientists "
                    "said the dam was unsafe.", "the dam was unsafe")
    assert found.name != "Zorb Group" and "group of independent scientists" in found.name
