"""Countries a party is given by fallback (issue 17, round 16): a state or county counted for its
country in what the article is about (``countries.subdivision_mentions``), a government named by
its ruler (``countries.ruled_by_person``) and what an apposition says a party was
(``countries.past_descriptions``), each on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.data import iso_places
from onrecord.extract.events import tables
from onrecord.extract.events.countries import past_descriptions, ruled_by_person, subdivision_mentions
from statement_lookup import token as word


def test_a_subdivision_name_gives_its_one_country_and_a_shared_one_none():
    assert iso_places.named_subdivision_country("Oxfordshire") == "GBR"
    assert iso_places.named_subdivision_country("Ontario") == "CAN"
    assert iso_places.named_subdivision_country("Punjab") is None  # India's and Pakistan's
    assert iso_places.named_subdivision_country("Georgia") is None  # also a country
    assert iso_places.named_subdivision_country("county") is None  # a kind, no place
    assert iso_places.named_subdivision_country("Zedville") is None


def test_counties_are_counted_for_their_country_but_countries_are_not_twice(nlp):
    doc = nlp("Police in Oxfordshire arrested a man. He had lived in Canada.")
    found = subdivision_mentions(doc, tables.load())
    assert [c for _, c in found] == ["GBR"]  # Canada is a country: counted by _country_mentions


def test_an_english_county_decides_an_article_naming_another_country_about_as_often(nlp):
    text = ("Police arrested a 40-year-old man in Oxfordshire on Monday. Officers searched a farm in "
            "Oxfordshire. The stolen painting had once been shown in the United States. "
            "An American collector had offered to buy it.")
    e = at(nlp, text, "arrested")
    assert e.actor.country != "USA" and e.target.country != "USA"


def test_a_government_named_by_its_ruler_is_not_the_backers(nlp):
    text = "Kenya supported the government of Ann Roe against the rebels."
    doc = nlp(text)
    ruler = ruled_by_person(word(doc, "government"))
    assert ruler is not None and ruler.text == "Ann Roe"
    e = at(nlp, text, "supported")
    # the sentence names Kenya only, the backer: an undescribed ruler's government gets none
    assert e.actor.country == "KEN" and e.target.text.startswith("the government") and e.target.country is None
    # a government of a country is no ruler's
    assert ruled_by_person(word(nlp("Ruritania backed the government of Kenya."), "government")) is None


def test_a_government_named_by_a_known_ruler_takes_the_rulers_country(nlp):
    e = at(nlp, "Turkey condemned the government of Bashar al-Assad.", "condemned")
    assert e.target.country == "SYR"


def test_what_a_party_was_is_not_its_country(nlp):
    text = ("The Turkish mayor pledged to turn the Zedko Hall, formerly a Greek school and now a "
            "library, into a museum.")
    doc = nlp(text)
    spans = past_descriptions(word(doc, "Hall"))
    assert any("Greek school" in doc.text[s:e] for s, e in spans)
    assert not any("library" in doc.text[s:e] for s, e in spans)  # what it is now still counts
    doc = nlp("The Zedko Hall, a Greek school, was closed.")
    assert past_descriptions(word(doc, "Hall")) == []


def test_a_town_named_like_a_county_of_an_unnamed_country_never_makes_it_lead(nlp):
    # "Victoria" is also an Australian state: in an article that names only Canada it may make
    # the article undecided, never Australian
    text = ("Protesters marched through Victoria on Saturday. Police in Victoria arrested twelve "
            "people. The protest was the largest in British Columbia this year.")
    e = at(nlp, text, "arrested")
    assert e.actor.country != "AUS" and e.target.country != "AUS"
