"""A country the tagger spans with a person's name, where "of" ties it to the office before the
name (``name_forms.country_of_an_office``), on texts made up for it."""
from onrecord.extract.speakers.name_forms import country_of_an_office
from statement_lookup import speaker, tagged


def test_the_country_of_an_office_is_cut_from_the_name(nlp):
    doc = tagged(nlp, "Prime Minister of Jordan Samir Haddad said the border would stay open.", [(3, 3, "PERSON")])
    assert country_of_an_office(list(doc.ents[0]))


def test_a_given_name_that_is_also_a_country_stays_without_an_office(nlp):
    doc = tagged(nlp, "Jordan Lee Hale said the border would stay open.", [(0, 3, "PERSON")])
    assert not country_of_an_office(list(doc.ents[0]))


def test_a_country_after_of_with_no_office_before_stays(nlp):
    doc = tagged(nlp, "A painting of Jordan Lee Hale was sold on Monday.", [(3, 3, "PERSON")])
    assert not country_of_an_office(list(doc.ents[0]))


def test_the_speaker_is_named_without_the_country_of_the_office(nlp):
    text = "On Monday, Prime Minister of India Arjun Mehta said the talks had gone well."
    found = speaker(text, "the talks had gone well")
    assert found.name == "Arjun Mehta"


def test_the_holder_of_an_office_of_a_country_the_tagger_spanned_with_the_name(nlp):
    # the tagger spans "Kenya Otieno Kamau" as one organisation; the office before it says the
    # name after the country is a person's, whatever the list of given names knows
    text = "The president of Kenya Otieno Kamau said the vote would be held in May."
    found = speaker(text, "the vote would be held")
    assert found.name == "Otieno Kamau" and found.type == "PERSON"


def test_the_holder_of_an_office_of_a_country_whose_name_the_parse_cut(nlp):
    # the parse ends the mention after the given name: the speaker is the whole name, not the
    # description with half a name in it
    text = "The president of Kenya Odhiambo Mwangi said the vote would be held in May."
    found = speaker(text, "the vote would be held")
    assert found.name == "Odhiambo Mwangi"


def test_the_country_of_an_office_read_apart_from_a_spokeswoman_s_principal(nlp):
    doc = tagged(nlp, "A spokeswoman for Kenya Otieno Kamau said the vote was fair.", [(3, 3, "ORG")])
    assert not country_of_an_office(list(doc.ents[0]))
