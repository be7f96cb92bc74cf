"""Offices and state bodies that name their country (``countries.national_office_country``,
``data/national_offices.tsv``): a person or body so named takes that country where the article
names it, and no other country the article gives by default where it does not
(``countries.office_ruled_out``); each rule on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import ArticleCountries, national_office_country, office_ruled_out
from onrecord.extract.events.parties import _people, said_coding
from onrecord.extract.pipeline import process
from onrecord.model import Article

# an article that names the United States most and Britain once
_US_LED = ("The United States praised the deal. American officials met in Washington. The US Senate voted. "
           "Britain's economy shrank. ")
_GBR_LED = ArticleCountries([(0, "GBR"), (10, "GBR"), (20, "USA")])
_US_ONLY = "The United States praised the deal. American officials met in Washington. The US Senate voted. "


def test_an_office_names_its_country_only_where_the_article_names_it():
    assert national_office_country(["foreign", "secretary", "ann", "roe"]) == "GBR"
    assert national_office_country(["the", "taoiseach"], {"IRL", "FRA"}) == "IRL"
    # a shared title: the article's mentions must make Britain the lead (r16-fixev)
    assert national_office_country(["foreign", "secretary", "ann", "roe"], _GBR_LED) == "GBR"
    assert national_office_country(["foreign", "secretary", "ann", "roe"], {"USA"}) is None
    # a title several countries use of their own office is not listed
    assert national_office_country(["secretary", "of", "state"]) is None
    assert national_office_country(["the", "prefecture"]) is None


def test_an_office_rules_out_another_country_only_where_no_other_word_places_the_party():
    t = tables.load()
    assert office_ruled_out(["the", "home", "secretary"], "USA", t)
    assert not office_ruled_out(["the", "home", "secretary"], "GBR", t)
    assert not office_ruled_out(["the", "home", "secretary"], None, t)
    assert not office_ruled_out(["the", "indian", "foreign", "secretary"], "IND", t)  # "Indian": India's
    assert not office_ruled_out(["the", "senator"], "USA", t)


def test_a_person_titled_by_a_british_office_is_british_not_of_the_leading_country(nlp):
    e = at(nlp, _US_LED + "Foreign Secretary Ann Veldrick criticized the Iranian government on Tuesday.",
           "criticized")
    assert e.actor.text.endswith("Ann Veldrick") and e.actor.country == "GBR"
    e = at(nlp, _US_LED + "The Home Secretary, Tom Brevik, accused the American officials of lying.", "accused")
    assert e.actor.country == "GBR" and e.target.country == "USA"


def test_an_office_of_a_country_the_article_never_names_takes_no_country(nlp):
    # a title shared by a few countries: no Britain named, no Britain given; nor the United States
    e = at(nlp, _US_ONLY + "Foreign Secretary Ann Veldrick criticized the Iranian government on Tuesday.",
           "criticized")
    assert e.actor.text.endswith("Ann Veldrick") and e.actor.country is None
    # a nationality word on the office decides
    e = at(nlp, _US_ONLY + "The Indian Foreign Secretary criticized the Iranian government on Tuesday.",
           "criticized")
    assert e.actor.country == "IND"


def test_what_the_article_says_of_a_person_and_a_speakers_roles_name_the_office(nlp):
    t = tables.load()
    assert said_coding(["Foreign Secretary"], None, t, _GBR_LED)[0] == "GBR"
    assert said_coding(["Foreign Secretary"], None, t, {"USA"})[0] is None
    assert said_coding(["Foreign Secretary"], None, t)[0] is None  # no article: no office read
    doc = nlp(_US_LED + "Home Secretary Tom Brevik spoke on Monday.")
    assert _people(doc, t, [], _GBR_LED).get("brevik")[1] == "GBR"
    assert _people(doc, t, []).get("brevik")[1] is None


def test_a_resolved_speaker_of_a_national_office_speaks_for_its_country(nlp):
    text = (_US_LED + "Washington imposed new tariffs on Monday. American farmers welcomed them. "
            "\"We imposed sanctions on the Velmoran generals responsible,\" Foreign Secretary Ann Veldrick said.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "imposed")
    assert e.actor.text == "We" and e.actor.country == "GBR"  # not the United States, named most
