"""How a party's country is given when its own words name none (extract/events/countries.py,
parties.py and coder.py): a person
by what the article says of them, several countries by none, an actor not by the country it acts
on, a surname not by the nationality it spells; each rule on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import (
    _a_person,
    _country_mentions,
    against_named_country,
    outlet_staff,
    people_country,
    several_countries,
    state_not_country,
    surname_of_named,
    untagged_surname,
)
from onrecord.extract.events.parties import _people, legislator_state, role_noun_country
from onrecord.extract.pipeline import process
from onrecord.model import Article
from statement_lookup import token as word


def test_several_countries_are_coded_to_none_of_them(nlp):
    e = at(nlp, "The nations of Serbia and Kosovo opened economic ties with Israel.", "opened")
    assert e.actor.country is None and e.target.country == "ISR"
    doc = nlp("Governments in east Asia blocked two ships. The nation's government blocked a ship.")
    assert several_countries(word(doc, "Governments"))
    assert not several_countries(word(doc, "government"))


def test_states_are_not_several_countries(nlp):
    doc = nlp("Several states sued the administration.")
    assert not several_countries(word(doc, "states"))


def test_a_pronoun_for_a_person_takes_no_country_from_the_place_named_last(nlp):
    # the article is mostly on Japan; "he" follows France in his own sentence: no guess either way
    e = at(nlp, "Officials in Japan praised the plan. Officials in Japan were pleased. Jones arrived in "
                "France on Friday, and he criticized the Chinese government.", "criticized")
    assert e.actor.text == "he" and e.actor.country is None


def test_a_who_of_a_person_and_a_noun_beside_a_name_stand_for_that_person(nlp):
    doc = nlp("Hamas released Gilad Shalit, who had been held for five years.")
    assert _a_person(word(doc, "who"))
    doc = nlp("The missiles, which had been fired from Gaza, fell short.")
    assert not _a_person(word(doc, "which"))
    doc = nlp("The network's host, George Stephanopoulos, pressed the candidate.")
    assert _a_person(word(doc, "host"))
    doc = nlp("The network's host pressed the candidate.")
    assert not _a_person(word(doc, "host"))


def test_a_surname_that_spells_a_nationality_names_no_country(nlp):
    doc = nlp("Billionaire Mark Cuban spoke on Monday. Cuban also complained that the senator is too rigid.")
    assert surname_of_named(word(doc, "Cuban", 1)).text == "Mark Cuban"
    assert "CUB" not in {c for _, c in _country_mentions(doc, tables.load())}
    doc = nlp("Cuban exiles marched in Miami.")
    assert surname_of_named(word(doc, "Cuban")) is None


def test_a_surname_that_is_a_countrys_name_names_no_country(nlp):
    # the second "Jordan" is tagged a person of one word: the surname of Michael Jordan, not Jordan
    e = at(nlp, "Michael Jordan criticized the NBA. Jordan also attacked the league's owners.", "criticized")
    assert e.actor.country is None and e.target.country is None
    # a surname the dictionary knows as a leader's still counts for that leader's country
    doc = nlp("Michael Jordan met Donald Trump. Later Jordan criticized Trump.")
    assert [c for _, c in _country_mentions(doc, tables.load())] == ["USA", "USA"]


def test_an_actor_is_not_given_the_country_it_acts_on(nlp):
    e = at(nlp, "Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.", "called")
    assert e.target.country == "NGA" and e.actor.country is None
    doc = nlp("Police arrested the Nigerian government's critics.")
    assert not against_named_country("NGA", word(doc, "government"), "NGA", tables.load())


def test_a_courtesy_title_makes_no_leader_of_a_surname():
    assert tables.code_text("Mr. Stephanopoulos")[0] is None
    assert tables.code_text("President Mugabe")[0] == "ZWE"


def test_a_name_with_digits_is_no_person_a_pronoun_stands_for(nlp):
    doc = nlp("Prime Minister Igor Matovič of the Slovak Republic said he had COVID-19. A week before, he "
              "attended a summit.")
    people = _people(doc, tables.load(), [])
    assert people.before(word(doc, "he", 1).i) == "matovič"


def test_a_state_that_shares_a_countrys_name_is_its_countrys_state(nlp):
    doc = nlp("The American senator spoke in Washington. The United States Senate met. O'Rourke dropped out "
              "ahead of the debate scheduled for November 20 in Georgia.")
    assert {c for _, c in _country_mentions(doc, tables.load())} == {"USA"}
    doc = nlp("Russian troops entered Georgia. Georgia asked the United Nations for help.")
    assert [c for _, c in _country_mentions(doc, tables.load())] == ["RUS", "GEO", "GEO"]
    assert state_not_country([(0, "USA"), (5, "USA"), (10, "GEO")], {10: "Georgia"})[-1] == (10, "USA")
    assert state_not_country([(0, "RUS"), (10, "GEO")], {10: "Georgia"})[-1] == (10, "GEO")


def test_a_states_name_beside_a_third_country_is_the_country(nlp):
    # the article names the United States most, but Russian troops in Georgia are in the country
    e = at(nlp, "The United States criticized Russia. American officials said the U.S. will help. Russian "
                "troops attacked soldiers in Georgia.", "attacked")
    assert e.target.country == "GEO"
    named = [(0, "USA"), (5, "USA"), (10, "RUS"), (20, "GEO")]
    assert state_not_country(named, {20: "Georgia"}, {20: (10, 30)})[-1] == (20, "GEO")
    assert state_not_country(named, {20: "Georgia"}, {20: (15, 30)})[-1] == (20, "USA")


def test_a_legislator_bracketed_with_party_and_state_is_american(nlp):
    text = ("Venezuela sanctions bill gains support. The bill targets Venezuela's oil firms and Venezuela's "
            "banks. Sens. Ann Roe (D-N.J.) and Joe Poe (R-Fla.) wrote the bill on Venezuela. "
            "Later, Roe met with Venezuelan opposition leaders.")
    doc = nlp(text)
    roe = next(e for e in doc.ents if e.text == "Ann Roe")
    assert legislator_state(roe) == "USA"
    assert _people(doc, tables.load(), []).get("roe")[1] == "USA"
    assert at(nlp, text, "met").actor.country == "USA"
    # a bracket that is no party and state says nothing of anyone
    other = nlp("Ann Roe (AP) spoke. Joe Poe (Ind.) spoke.")
    assert all(legislator_state(e) is None for e in other.ents if e.label_ == "PERSON")


def test_a_news_outlets_staff_take_no_country_from_where_they_report(nlp):
    t = tables.load()
    text = "Soldiers in Velmora detained a Wirelane reporter on Friday."
    e = at(nlp, text, "detained")
    assert e.target.text == "a Wirelane reporter" and e.target.country is None
    assert e.actor.country is not None or e.actor.text == "Soldiers"  # the soldiers keep theirs
    doc = nlp(text)
    assert outlet_staff(word(doc, "reporter"), t)
    # a reporter named for their own country, or with no outlet named, is left to the other rules
    doc = nlp("Police detained a Kenyan reporter and a local reporter.")
    assert not outlet_staff(word(doc, "reporter"), t)
    assert not outlet_staff(word(doc, "reporter", 1), t)
    e = at(nlp, "Police in Kenya detained a Kenyan reporter.", "detained")
    assert e.target.country == "KEN"


def test_an_outlets_named_journalist_is_given_no_country_of_the_article(nlp):
    e = at(nlp, "Police in Kenya questioned people. Kenya closed roads. Kenya's army moved. "
                "Wirelane photographer Ann Doral criticized the Kenyan police.", "criticized")
    assert e.actor.text.endswith("Ann Doral") and e.actor.country is None
    assert e.target.country == "KEN"


def test_a_person_not_described_is_not_of_the_country_whose_territory_the_article_names(nlp):
    assert people_country("CHN", {"CHN", "HKG"}) is None
    assert people_country("CHN", {"CHN", "USA"}) == "CHN"
    assert people_country("HKG", {"CHN", "HKG"}) == "HKG"
    text = ("China passed a security law for Hong Kong on Tuesday. Beijing said the law would restore order. "
            "China's parliament approved the law. Chinese officials praised it. "
            "Lawmaker Iris Tam condemned the law.")
    e = at(nlp, text, "condemned")
    assert e.actor.text.endswith("Iris Tam") and e.actor.country is None
    # her own words still place her
    e = at(nlp, text.replace("Lawmaker Iris Tam", "Hong Kong lawmaker Iris Tam"), "condemned")
    assert e.actor.country == "HKG"


def test_a_surname_the_tagger_left_untagged_is_the_person(nlp):
    doc = nlp("Iris Tam condemned the law. Tam said the city had lost. Tam criticised Chinese leaders.")
    names = [t for t in doc if t.text == "Tam"]
    assert all(_a_person(t) for t in names)
    assert any(untagged_surname(t) for t in names) or all(t.ent_type_ == "PERSON" for t in names)
    doc = nlp("Iris Tam spoke. The Tam family left Velmora.")
    assert not untagged_surname(word(doc, "Tam", 1))


def test_a_ministrys_spokesperson_speaks_for_the_one_country_it_is_of(nlp):
    assert tables.code_actor(["state", "department", "spokesperson"], tables.load()) == ("USA", "GOV")
    assert tables.code_actor(["home", "office"], tables.load())[0] == "GBR"
    text = ("China detained two activists on Monday. Chinese police said the activists broke the law. "
            "Chinese courts will try them. Beijing rejected criticism. \"We imposed sanctions on the officials "
            "responsible,\" State Department spokesperson Ned Pryce said.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "imposed")
    assert e.actor.text == "We" and e.actor.country == "USA"  # not China, the article's leading country


def test_a_role_named_by_a_bodys_noun_speaks_for_that_body(nlp):
    text = ("Kenya's Interior Ministry announced the arrests on Monday. Uganda had asked for the suspects. "
            "Uganda's police chief praised the arrests. Uganda's president welcomed them. Ugandan officials "
            "thanked the neighbours. \"We arrested five smugglers at the border,\" ministry spokesperson "
            "Alice Wanjiru said.")
    t = tables.load()
    assert role_noun_country(["ministry spokesperson"], nlp(text), t) == "KEN"
    # bodies of that noun of two countries, or a role of no body's noun, say nothing
    two = nlp("Kenya's Interior Ministry met Uganda's Foreign Ministry.")
    assert role_noun_country(["ministry spokesperson"], two, t) is None
    assert role_noun_country(["spokesperson"], nlp(text), t) is None
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "arrested")
    assert e.actor.text == "We" and e.actor.country == "KEN"  # not Uganda, the article's leading country


def test_a_role_nouns_bodies_count_tagged_or_not(nlp):
    # the other country's ministry, in lower case and no name to the tagger, is a ministry too:
    # two countries' ministries, no country for "ministry spokesperson"
    text = ("Kenya's Interior Ministry arrested five Ugandan traders on Friday. Uganda's foreign ministry "
            "protested the arrests. \"We condemn Kenya for this,\" ministry spokesperson Jo Okello said.")
    assert role_noun_country(["ministry spokesperson"], nlp(text), tables.load()) is None
    record = process(Article("w", text, published="2020-01-01"), nlp)
    e = next(e for e in record.events if e.trigger.text == "condemn")
    assert e.actor.text == "We" and e.actor.country != "KEN"
    # a noun modifying the role, or "the ministry" alone, names no body of its own
    doc = nlp("Kenya's Interior Ministry arrested them. The ministry said ministry officials were told.")
    assert role_noun_country(["ministry spokesperson"], doc, tables.load()) == "KEN"


def test_a_role_nouns_country_is_not_the_one_its_speaker_acts_on(nlp):
    # the one ministry named is Kenya's, but "we" condemning Kenya speaks for some other country
    text = ("Kenya's Interior Ministry arrested five Ugandan traders on Friday. Uganda protested the arrests. "
            "\"We condemn Kenya for this,\" ministry spokesperson Jo Okello said.")
    record = process(Article("w", text, published="2020-01-01"), nlp)
    e = next(e for e in record.events if e.trigger.text == "condemn")
    assert e.actor.text == "We" and e.actor.country is None and e.target.country == "KEN"


def test_a_speakers_we_takes_no_leading_country_whose_territory_the_article_names(nlp):
    text = ("China passed a security law for Hong Kong on Tuesday. Beijing said the law would restore order. "
            "China's parliament approved the law. Chinese officials praised it. \"We will protest against "
            "Beijing every week,\" said Iris Tam, a lawmaker.")  # a target, so the record keeps the event
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "protest")
    assert e.actor.text == "We" and e.actor.country is None  # Hong Kong's or China's: no guess
