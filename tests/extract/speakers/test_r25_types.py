"""Issue 13 (branch r25-types): a government speaking is a body (ORG); the place's bare name
speaking stays a place (GPE). Made-up texts."""
import onrecord
from onrecord.extract.speakers.entity_type import (
    government_headed,
)
from statement_lookup import statement_with


def _type(text: str, words: str) -> tuple[str, str]:
    found = statement_with(onrecord.extract(text), words).speaker
    assert found is not None
    return found.name, found.type


def test_a_country_s_government_described_is_a_body(nlp):
    text = ("Trade news\n\nGermany raised tariffs. The German government said on Monday that the duties "
            "would stay in force. Markets fell.")
    assert _type(text, "duties would stay") == ("German government", "ORG")


def test_the_government_of_a_country_is_a_body(nlp):
    text = ("Trade news\n\nThe government of Kenya said on Monday that the duties would stay in "
            "force. Markets fell.")
    assert _type(text, "duties would stay")[1] == "ORG"


def test_a_party_s_government_is_a_body(nlp):
    text = ("Trade news\n\nThe Conservative government said on Monday that the duties would stay in "
            "force. Markets fell.")
    assert _type(text, "duties would stay")[1] == "ORG"


def test_a_country_s_bare_name_speaking_stays_a_place(nlp):
    text = "Trade news\n\nKenya said on Monday that the duties would stay in force. Markets fell."
    assert _type(text, "duties would stay") == ("Kenya", "GPE")


def test_government_officials_stay_a_group(nlp):
    text = ("Trade news\n\nGovernment officials said on Monday that the duties would stay in force. "
            "Markets fell.")
    assert _type(text, "duties would stay")[1] == "GROUP"


def test_government_headed_reads_the_head_only():
    assert government_headed("the Zorbian government")
    assert government_headed("Government of Zorbia")
    assert government_headed("United States federal government")
    assert not government_headed("Government Accountability Office")
    assert not government_headed("government officials")


def test_the_government_of_a_country_keeps_the_country_as_its_affiliation(nlp):
    text = ("Trade news\n\nThe government of Kenya said on Monday that the duties would stay in "
            "force. Markets fell.")
    found = statement_with(onrecord.extract(text), "duties would stay").speaker
    assert found is not None and found.affiliation == "Kenya"


def test_a_person_named_like_a_country_beside_its_people_s_word_stays_a_person(nlp):
    text = ("Border news\n\nChad told reporters that he had lost his shop. The trader fled when "
            "Chadian soldiers arrived.")
    assert _type(text, "lost his shop")[1] == "PERSON"
