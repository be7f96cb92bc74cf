"""A bare name is not lengthened to the name of another body or of a building called after it
(issue 13, branch r25-bodyname): "Tesco" is no "Tesco Bank", "Dallow" no "Orvin Dallow Jr." read
out of "Orvin Dallow Jr. High School" (``fullest_name.own_fuller_form``,
``name_forms.names_a_building``). Made-up texts."""
import onrecord
from onrecord.extract.speakers.fullest_name import introduced_in_full, longer_body_name, longer_person_name
from onrecord.extract.speakers.name_forms import names_a_building
from statement_lookup import statement_with


def _speaker(text: str, words: str) -> tuple[str, str]:
    speaker = statement_with(onrecord.extract(text), words).speaker
    return speaker.name, speaker.type


def test_a_parent_is_not_the_bank_named_after_it():
    text = "Pelko Bank reported a loss on Monday. Pelko said its stores would stay open, according to a statement."
    assert _speaker(text, "its stores would stay open")[0] == "Pelko"


def test_a_bare_name_takes_its_own_kind_word_not_the_bank_beside_it():
    text = "Zorb Bank and Zorb Inc. reported results on Monday. Zorb said its stores would stay open."
    assert _speaker(text, "its stores would stay open")[0] == "Zorb Inc."


def test_a_bank_a_foundation_or_an_airline_is_another_body(nlp):
    for other in ("Zorb Bank", "Zorb Foundation", "Zorb Airways", "Zorb Media Group"):
        doc = nlp(f"The {other} reported a loss on Monday. Zorb said its stores would stay open.")
        assert longer_body_name("Zorb", doc, head_only=True) is None, other
        assert introduced_in_full("Zorb", doc) is None, other


def test_a_body_keeps_its_own_fuller_name(nlp):
    # near misses: the name and its own kind word stay the body's fuller name
    for own in ("Zorb Corporation", "Zorb Group", "Zorb Inc.", "Zorb Motor Company"):
        doc = nlp(f"{own} reported a loss on Monday. Zorb said its stores would stay open.")
        assert introduced_in_full("Zorb", doc) == own or longer_body_name("Zorb", doc, head_only=True) == own, own
    text = "Zorb Corporation reported results on Monday. Zorb added that its stores would stay open."
    assert _speaker(text, "its stores would stay open")[0] == "Zorb Corporation"
    text = "Quarle University opened a lab on Monday. Quarle said the lab would help."
    assert _speaker(text, "the lab would help")[0] == "Quarle University"


def test_two_own_fuller_names_are_none(nlp):
    doc = nlp("Zorb Group and Zorb Inc. reported results on Monday. Zorb said its stores would stay open.")
    assert longer_body_name("Zorb", doc, head_only=True) is None
    assert introduced_in_full("Zorb", doc) is None


def test_an_acronym_and_a_bank_named_by_its_kind_keep_their_names():
    text = "The Associated Press counted the votes. AP said the count was over."
    assert _speaker(text, "the count was over")[0] == "Associated Press"
    text = "Deutsche Bank reported a loss. The bank said it would cut jobs."
    assert _speaker(text, "it would cut jobs")[0] == "Deutsche Bank"


def test_a_person_is_not_named_out_of_a_school_s_name():
    text = "Orvin Dallow Jr. High School closed on Monday. Dallow said the building was unsafe."
    assert _speaker(text, "the building was unsafe")[0] == "Dallow"
    text = "Orvin Dallow High School closed on Monday. Dallow said the building was unsafe."
    assert _speaker(text, "the building was unsafe")[0] == "Dallow"
    text = "Flights left Jo Tarrant International Airport on Monday. Tarrant said the runway was unsafe."
    assert _speaker(text, "the runway was unsafe")[0] == "Tarrant"


def test_a_building_s_name_is_read_in_the_words_after_a_person_s_name(nlp):
    doc = nlp("Orvin Dallow Jr. High School closed on Monday. Dallow said the building was unsafe.")
    assert names_a_building(doc, 0, 3)
    assert longer_person_name("Dallow", doc) is None


def test_a_person_named_beside_a_building_word_is_still_a_person(nlp):
    # near misses: a comma before the word, a surname that is no building's word, a verb between
    text = "Jane Roe, Center director, spoke on Monday. Roe said the plan would work."
    assert _speaker(text, "the plan would work")[0] == "Jane Roe"
    text = "Jane Park spoke on Monday. Park said the plan would work."
    assert _speaker(text, "the plan would work")[0] == "Jane Park"
    text = "Mary Smith spoke on Monday. Smith said the plan would work."
    assert _speaker(text, "the plan would work")[0] == "Mary Smith"
    doc = nlp("Jo Roe visited the hospital on Monday.")
    assert not names_a_building(doc, 0, 2)


def test_a_person_named_in_full_elsewhere_keeps_the_full_name():
    text = ("Orvin Dallow spoke on Monday. Orvin Dallow Jr. High School closed. "
            "Dallow said the building was unsafe.")
    assert _speaker(text, "the building was unsafe")[0] == "Orvin Dallow"
    text = "John Harvard gave the land. Harvard University opened in the town. Harvard said the land was a gift."
    assert _speaker(text, "the land was a gift")[0] == "John Harvard"


def test_a_person_whose_surname_is_a_building_word_keeps_her_name(nlp):
    # review of r25-bodyname: "Bridge" was read as a building's kind word and the councillor lost her name
    text = "Councillor Kate Bridge opposed the plan. \"It is a waste,\" Bridge said."
    found = [s.speaker.name for s in onrecord.extract(text).statements if s.speaker]
    assert found == ["Kate Bridge"], found
