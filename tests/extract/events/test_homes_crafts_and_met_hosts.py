"""A person's country is not where they live, stay or went (``countries.residence_places``,
``resides_abroad_only``), nor the host country of one they met (``countries.met_own_host``); a
ship's or a warplane's is its flag, never the place it was (``countries.craft_party``,
``ship_prefix_country``, ``parties.craft_country``). Each on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import (
    craft_party,
    described_topics,
    member_envoy,
    met_own_host,
    residence_places,
    resides_abroad_only,
    ship_prefix_country,
    spelled_country,
)
from onrecord.extract.events.parties import _people
from statement_lookup import token as word


def test_a_home_named_by_a_clause_gives_a_person_no_country(nlp):
    text = "Rami Duvall, who lives in Canada, criticized the president of Kenya."
    doc = nlp(text)
    assert [doc.text[s:e] for s, e in residence_places(word(doc, "Duvall"))] == ["in Canada"]
    assert resides_abroad_only(word(doc, "Duvall"), None)
    assert at(nlp, text, "criticized").actor.country is None


def test_a_resident_of_a_place_is_not_of_its_country(nlp):
    assert at(nlp, "Tom Weller, a longtime resident of Kenya, sued the Ugandan government.",
              "sued").actor.country is None
    assert at(nlp, "Tom Weller, a Berlin resident, accused the Danish government of lying.",
              "accused").actor.country is None


def test_a_stay_or_a_visit_is_no_nationality(nlp):
    assert at(nlp, "Ann Roe, speaking in Geneva, criticized Iran's nuclear programme.",
              "criticized").actor.country is None
    assert at(nlp, "Tom Weller, who was visiting Egypt, criticized the Israeli government.",
              "criticized").actor.country is None


def test_what_the_words_say_a_resident_is_still_counts(nlp):
    text = "Tom Weller, a Canadian living in Japan, criticized the Japanese government."
    assert at(nlp, text, "criticized").actor.country == "CAN"
    assert not resides_abroad_only(word(nlp(text), "Weller"), "CAN")
    text = "Rami Duvall, a Nigerian activist, criticized the president of Kenya in a speech in Nairobi."
    assert at(nlp, text, "criticized").actor.country == "NGA"


def test_the_article_describes_a_person_without_their_home(nlp):
    doc = nlp("Rami Duvall, who lives in Canada, criticized the plan.")
    assert _people(doc, tables.load(), []).get("Duvall")[1] is None


def test_a_ship_takes_its_flag_not_the_coast_it_was_off(nlp):
    text = ("The USS Marlin, an American submarine, docked in Manila on Monday. "
            "The submarine fired a missile at a target off the Philippine coast.")
    assert at(nlp, text, "fired").actor.country == "USA"
    text = "The frigate attacked pirates off the coast of Somalia."
    assert craft_party(word(nlp(text), "frigate"))
    assert at(nlp, text, "attacked").actor.country is None


def test_a_navy_prefix_names_the_ships_country(nlp):
    text = "The destroyer USS Mason fired missiles at Houthi radar sites in Yemen."
    assert ship_prefix_country(word(nlp(text), "destroyer")) == "USA"
    assert at(nlp, text, "fired").actor.country == "USA"


def test_a_seized_ship_is_not_the_seizers(nlp):
    text = "The tanker was seized by Iranian forces in the Strait of Hormuz."
    event = at(nlp, text, "seized")
    assert event.actor.country == "IRN"
    assert event.target.country is None
    assert at(nlp, "Iran seized a British-flagged tanker.", "seized").target.country == "GBR"


def test_a_person_who_met_a_countrys_leader_is_not_guessed_of_it(nlp):
    assert met_own_host("CONSULT", True, None, "MEX", "MEX")
    assert not met_own_host("ACCUSE", True, None, "MEX", "MEX")
    assert not met_own_host("CONSULT", True, "MEX", "MEX", "MEX")
    assert at(nlp, "Tom Weller met the president of Mexico in Mexico City.", "met").actor.country is None
    assert at(nlp, "Mexican senator Tom Weller met the president of Mexico.", "met").actor.country == "MEX"


def test_a_member_states_ambassador_to_the_un_is_not_the_uns(nlp):
    t = tables.load()
    assert member_envoy(["former", "un", "ambassador", "ann", "roe"], t)
    assert member_envoy(["nato", "ambassador", "tom", "weller"], t)
    assert not member_envoy(["un", "goodwill", "ambassador", "ann", "roe"], t)
    assert not member_envoy(["un", "envoy", "ann", "roe"], t)
    text = ("The United States and Canada voted for the plan. The United States led the vote. "
            "Former U.N. Ambassador Ann Roe denounced the deal.")
    assert at(nlp, text, "denounced").actor.country != "IGO"
    assert at(nlp, "The UN envoy Ann Roe denounced the deal.", "denounced").actor.country == "IGO"


def test_a_guest_whose_words_give_a_country_keeps_it(nlp):
    text = ("Senator Ann Roe of the United States toured Ohio. The United States voted. "
            "Ann Roe met the president of Mexico in Washington.")
    assert at(nlp, text, "met").actor.country == "USA"


def test_a_host_known_only_to_a_dictionary_leaves_the_guest_guessed(nlp):
    doc = nlp("Ann Roe met the president of Mexico.")
    t = tables.load()
    assert spelled_country(word(doc, "president"), "MEX", t)
    assert not spelled_country(word(nlp("Ann Roe met Trump."), "Trump"), "USA", t)


_LEAD = "Canada voted for the plan. Canada led the vote, and Canada's senate agreed. "


def test_what_a_person_studies_or_opposes_is_not_their_country(nlp):
    doc = nlp("Tom Weller, an expert on Iran, criticized the deal.")
    assert [doc.text[s:e] for s, e in described_topics(word(doc, "Weller"))] == ["on Iran"]
    doc = nlp("Ann Roe, a critic of China, accused the company of fraud.")
    assert [doc.text[s:e] for s, e in described_topics(word(doc, "Roe"))] == ["of China"]
    assert at(nlp, _LEAD + "Tom Weller, an expert on Iran, criticized the deal.", "criticized").actor.country != "IRN"
    assert at(nlp, _LEAD + "Ann Roe, a critic of China, accused the company of fraud.",
              "accused").actor.country != "CHN"


def test_whose_a_described_person_is_still_counts(nlp):
    assert at(nlp, _LEAD + "Ann Roe, a lawyer for the Saudi government, sued the newspaper.",
              "sued").actor.country == "SAU"
    assert at(nlp, _LEAD + "Tom Weller, a Chinese critic of the plan, criticized the minister.",
              "criticized").actor.country == "CHN"


def test_a_ship_the_party_acted_on_gives_it_no_navy(nlp):
    doc = nlp("The man who attacked the USS Marlin in 2000 sued the newspaper.")
    assert ship_prefix_country(word(doc, "man")) is None
    assert ship_prefix_country(word(nlp("USS Marlin fired a missile."), "Marlin")) == "USA"
