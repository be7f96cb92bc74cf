"""The country of a state body named by its common noun alone ("the government", "the police":
``parties.tied_body_country``) and of a plural party the article last named with several
countries ("the ministers": ``countries.described_as_several``), each on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import _country_mentions, described_as_several, emblem_phrases
from onrecord.extract.events.parties import article_body_country, served_body_country, tied_body_country
from onrecord.extract.pipeline import process
from onrecord.model import Article
from statement_lookup import token as word

ISLAND = ("The Fijian government condemned the Australian plan. Australia wants to build a base. "
          "Australia has offered money. Canberra said the base would help. Australian officials met "
          "the government on Friday, and the government rejected the offer.")


def test_a_bare_government_is_of_the_one_country_the_article_ties_it_to(nlp):
    # Australia is named far more often, but the article's government is Fiji's
    e = at(nlp, ISLAND, "rejected")
    assert e.actor.text == "the government" and e.actor.country == "FJI"
    e = at(nlp, ISLAND, "met")
    assert e.target.text == "the government" and e.target.country == "FJI"


def test_the_police_of_an_article_on_a_territorys_police_are_the_territorys(nlp):
    doc = nlp("Hong Kong police detained two students. China's foreign ministry praised the arrests. "
              "Chinese officials backed the city. A lawyer for the students sued the police.")
    assert tied_body_country(word(doc, "police", 1), tables.load()) == "HKG"


def test_a_government_tied_to_two_countries_or_described_gets_none_from_the_article(nlp):
    doc = nlp("The Fijian government and the Australian government met. The government later left.")
    assert article_body_country("government", doc, tables.load()) is None
    assert tied_body_country(word(doc, "government", 2), tables.load()) is None
    # a government the article names only with no country of its own: nothing to take
    doc = nlp("The central government closed the border. The government later reopened it.")
    assert tied_body_country(word(doc, "government", 1), tables.load()) is None
    # the party says more of itself: not a bare noun
    doc = nlp("The Fijian government met. The interim government later left.")
    assert tied_body_country(word(doc, "government", 1), tables.load()) is None


def test_plural_people_last_named_with_several_countries_take_none(nlp):
    text = ("Trade ministers from Peru, Chile and Ghana gathered in Oslo on Monday. Norway hosted the "
            "meeting. The ministers condemned the tariffs imposed by the European Union.")
    doc = nlp(text)
    countries = _country_mentions(doc, tables.load())
    assert described_as_several(word(doc, "ministers", 1), countries)
    e = at(nlp, text, "condemned")
    assert e.actor.text == "The ministers" and e.actor.country is None


def test_plural_people_last_named_with_one_country_are_left_alone(nlp):
    doc = nlp("Peruvian ministers gathered in Oslo on Monday. The ministers condemned the tariffs.")
    countries = _country_mentions(doc, tables.load())
    assert not described_as_several(word(doc, "ministers", 1), countries)
    doc = nlp("Ministers from Peru and Chile met. Peruvian ministers met. The ministers left.")
    countries = _country_mentions(doc, tables.load())
    assert not described_as_several(word(doc, "ministers", 1), countries)


def test_ministers_meeting_abroad_are_not_the_hosts(nlp):
    e = at(nlp, "Finance ministers of the island states met in Wellington on Sunday. New Zealand hosted "
                "the summit.", "met")
    assert e.actor.country is None
    # one who meets there is still coded by their own words, and a local body by where it acts
    e = at(nlp, "Chilean ministers met in Wellington on Sunday.", "met")
    assert e.actor.country == "CHL"
    e = at(nlp, "Officials arrested two smugglers in Wellington on Sunday.", "arrested")
    assert e.actor.country == "NZL"


def test_a_bodys_base_is_no_country_of_the_others_in_its_sentence(nlp):
    doc = nlp("A Paris-based monitor said the Malian army shelled the village.")
    assert "FRA" not in {c for _, c in _country_mentions(doc, tables.load())}
    e = at(nlp, "A Paris-based monitor said the Malian army shelled the village.", "shelled")
    assert e.target.country != "FRA"
    doc = nlp("The Malian army left Paris.")
    assert "FRA" in {c for _, c in _country_mentions(doc, tables.load())}


def test_a_small_states_people_are_not_coded_as_a_dependency_of_another(nlp):
    assert tables.code_text("the Samoan government") == ("WSM", "GOV")
    assert tables.code_text("American Samoan officials")[0] == "USA"
    # a made-up people's word the dictionary gives a dependency (GIB of GBR) and the nationality
    # table an independent state: the state's, and the dependency's by its full name
    names = tables.independent_peoples({"kelpian": "GBRGIB", "north kelpia": "GBRGIB", "kelpian navy": "GBRMIL"},
                                       {"kelpian": "KLP"})
    assert names["kelpian"] == "KLP" and names["north kelpian"] == "GBRGIB" and names["kelpian navy"] == "GBRMIL"
    # a word of one country in both tables is left alone
    assert tables.independent_peoples({"kelpian": "KLPGOV"}, {"kelpian": "KLP"}) == {"kelpian": "KLPGOV"}


def test_a_person_serving_a_body_the_article_ties_to_one_country_is_of_it(nlp):
    doc = nlp("The Fijian government rejected the plan. Australia sent ships. Australia said the ships would "
              "stay. Ministry officials met the ministers of Fiji's foreign ministry.")
    assert served_body_country(["spokeswoman for the government"], doc, tables.load()) == "FJI"
    assert served_body_country(["Ministry spokesman"], doc, tables.load()) == "FJI"
    # a body the article ties to no country, or a role that serves no state body
    assert served_body_country(["spokeswoman for the army"], doc, tables.load()) is None
    assert served_body_country(["spokeswoman for the campaign"], doc, tables.load()) is None
    e = [v for v in process(Article(id="t", published="2020-05-05", text=(
        "The Fijian government rejected the plan on Monday. Australia has sent ships. Australia said the "
        "ships would stay. Jane Roe, a spokeswoman for the government, criticized Australia."))).events
         if v.trigger.text == "criticized"]
    assert e and e[0].actor.country == "FJI"


def test_the_side_a_party_takes_is_not_its_country(nlp):
    assert tables.code_text("pro-Russian separatists") == (None, "REB")
    assert tables.code_text("anti-Japanese marchers")[0] is None
    assert tables.code_text("Russian separatists")[0] == "RUS"
    assert tables.code_text("the Anti Defamation League")[0] == "NGO"  # a name that begins so keeps its code
    # of no side's country, the party is read as any party that names none: here the sentence's
    e = at(nlp, "Pro-Chinese gunmen raided a village near Mandalay in Myanmar on Monday.", "raided")
    assert e.actor.country == "MMR"


def test_a_flag_people_carry_names_no_partys_country(nlp):
    doc = nlp("Marchers, carrying banners and Kenyan flags, walked to the square in Oslo.")
    spans = emblem_phrases(doc)
    assert any(doc.text[s:e] == "Kenyan flags" for s, e in spans)
    e = at(nlp, "Protesters, carrying placards and Kenyan flags, marched to the parliament.", "marched")
    assert e.actor.country != "KEN"


def test_a_people_word_of_a_state_and_a_dependency_follows_the_article(nlp):
    # "Samoan" is independent Samoa's, but an article on the United States means American Samoa's
    doc = nlp("The Samoan delegate spoke in Washington. The United States Congress met. American lawmakers "
              "voted. The US Senate agreed. Samoan voters complained.")
    assert "WSM" not in {c for _, c in _country_mentions(doc, tables.load())}
    doc = nlp("The Samoan government met Fijian officials. Samoa rejected the offer.")
    assert "WSM" in {c for _, c in _country_mentions(doc, tables.load())}


def test_a_country_named_as_a_base_is_the_bodys_nationality_and_counts(nlp):
    doc = nlp("A US-based software firm sued the regulator.")
    assert "USA" in {c for _, c in _country_mentions(doc, tables.load())}


def test_a_small_states_nationality_adjective_codes_it(nlp):
    assert tables.code_text("the Maldivian government") == ("MDV", "GOV")
    assert tables.code_text("Icelandic coast guard officers")[0] == "ISL"
    # so its government is not given the country its sentence names
    e = at(nlp, "The Maldivian government expelled two Indian diplomats on Monday.", "expelled")
    assert e.actor.country == "MDV"


def test_police_placed_by_their_own_in_phrase_take_no_other_countrys_police(nlp):
    doc = nlp("Police in Kampala detained an opposition leader on Monday. The arrest came a day after "
              "Kenyan police raided his office in Nairobi.")
    assert tied_body_country(word(doc, "Police"), tables.load()) is None
    e = at(nlp, doc.text, "detained")
    assert e.actor.country != "KEN"


def test_police_placed_in_two_countries_tie_the_bare_noun_to_none(nlp):
    doc = nlp("Police in Ohio arrested three men on Friday. The men had been questioned by British police "
              "in London last year. The police charged them with fraud.")
    assert tied_body_country(word(doc, "police", 1), tables.load()) is None
    # a place no table codes leaves the tie open too rather than give it to the one coded mention
    doc = nlp("Police in Nairobi arrested three men on Friday. The men had been questioned by British police "
              "in London last year. The police charged them with fraud.")
    assert tied_body_country(word(doc, "police", 1), tables.load()) is None


def test_a_bare_government_takes_no_foreign_government_named_only_after_it(nlp):
    doc = nlp("Kenya's opposition criticised the government. The Chinese government declined to comment.")
    assert tied_body_country(word(doc, "government"), tables.load()) is None
    assert at(nlp, doc.text, "criticised").target.country != "CHN"
