"""A writing named with its owner speaks for the owner (``extract/speakers/document_owner.py``),
on invented names."""
import onrecord
from onrecord.extract.speakers.document_owner import compound_owner, document_owner, owner_type
from statement_lookup import statement_with


def test_the_owner_of_a_writing_named_with_it():
    assert document_owner("Zorb Weekly's recent analysis of its own traffic statistics") == "Zorb Weekly"
    assert document_owner("ZRIA's take-down notice") == "ZRIA"
    assert document_owner("The Zorbian Court's summary") == "Zorbian Court"
    assert document_owner("Jane Roe’s letter") == "Jane Roe"
    # a lowercase owner is a description; a non-writing is the owner's body or people
    assert document_owner("court's summary") is None
    assert document_owner("Roe's critics") is None
    assert document_owner("Roe's State Department") is None
    assert document_owner("annual report") is None


def test_the_owner_s_type_from_the_tagger_or_the_writing(nlp):
    doc = nlp("Zorb Weekly's recent analysis of its own traffic statistics concluded that use fell.")
    assert owner_type("Zorb Weekly", "Zorb Weekly's recent analysis of its own traffic statistics", doc) == "ORG"
    # a run of capitals the tagger does not read is a body's initials
    assert owner_type("ZRIA", "ZRIA's take-down notice", nlp("The notice was filed on Friday.")) == "ORG"


def test_the_record_names_the_owner_and_joins_it_to_its_entity(nlp):
    text = ("The Zorbian Music Recording Association (ZMRA) filed a complaint on Friday. "
            "ZMRA's take-down notice claimed that the code was designed to get around protection.")
    speaker = statement_with(onrecord.extract(text), "the code was designed").speaker
    assert speaker.name == "Zorbian Music Recording Association" and speaker.type == "ORG"


def test_a_writing_named_after_its_owner_is_the_owner_s(nlp):
    text = "ZEC records show the campaign spent little. Polling averages show a tie."
    doc = nlp(text)
    assert compound_owner("ZEC records", doc) == "ZEC"
    assert compound_owner("Polling averages", doc) is None  # capitalised only as the sentence's first
    assert compound_owner("government statement", doc) is None


def test_a_name_ending_in_a_writing_s_word_or_a_people_s_adjective_owns_nothing(nlp):
    text = "The Turkish statement was read out. The Jakarta Post reported the crash."
    doc = nlp(text)
    assert compound_owner("Turkish statement", doc) is None
    assert compound_owner("Jakarta Post", doc) is None


def test_a_database_named_with_its_owner_is_the_owner_s():
    assert document_owner("Shiptrack's vessel tracking database") == "Shiptrack"
