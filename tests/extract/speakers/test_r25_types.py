"""Issue 13 (branch r25-types): a government speaking is a body (ORG); the place's bare name
speaking stays a place (GPE). Made-up texts."""
import onrecord
from onrecord.extract.speakers.entity_type import (
    government_headed,
    outlet_words_joined,
    settled_type,
    written_as_its_country,
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
    text = ("Trade news\n\nThe government of Ruritania said on Monday that the duties would stay in "
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


def test_a_country_s_name_that_is_also_a_given_name_is_the_country_beside_its_people_s_word(nlp):
    text = ("Border news\n\nChad said on Monday that the crossing would close. Chadian troops moved "
            "north.")
    assert _type(text, "crossing would close") == ("Chad", "GPE")


def test_a_given_name_that_is_a_country_s_stays_a_person_with_no_word_of_the_country(nlp):
    text = "Border news\n\nChad said on Monday that the crossing would close. Troops moved north."
    assert _type(text, "crossing would close")[1] == "PERSON"


def test_a_given_name_that_is_a_country_s_called_he_stays_a_person(nlp):
    text = ("Border news\n\nChad said on Monday that the crossing would close. He added that the "
            "troops moved north. Chadian farmers fled.")
    assert _type(text, "crossing would close")[1] == "PERSON"


def test_a_person_named_like_a_country_in_full_stays_a_person(nlp):
    text = ("Border news\n\nGeorgia Smith said on Monday that the crossing would close. Georgian "
            "farmers fled.")
    assert _type(text, "crossing would close") == ("Georgia Smith", "PERSON")


def test_written_as_its_country_reads_the_people_s_word(nlp):
    assert written_as_its_country("Chad", nlp("Chad said so. Chadian troops moved."))
    assert not written_as_its_country("Chad", nlp("Chad said so. Troops moved."))
    assert not written_as_its_country("Zedland", nlp("Zedland said so. Zedlandic troops moved."))


def test_a_paper_named_by_joined_outlet_words_is_a_body(nlp):
    text = ("Flood news\n\nThe Kelburn Post-Courier reported that the river would rise. Residents "
            "left.")
    assert _type(text, "river would rise") == ("Kelburn Post-Courier", "ORG")


def test_a_person_with_outlet_words_in_a_hyphenated_surname_stays_a_person(nlp):
    text = "Marta Post-Times said that the river would rise. She added that residents left."
    doc = nlp(text)
    start = text.index("Marta")
    assert settled_type("Marta Post-Times", "PERSON", [], "female", doc, (start, start + 16)) == "PERSON"


def test_outlet_words_joined_asks_every_part():
    assert outlet_words_joined("Kelburn Star-Tribune")
    assert outlet_words_joined("Post-Gazette")
    assert not outlet_words_joined("Marta Rees-Post")
    assert not outlet_words_joined("Kelburn Post")
