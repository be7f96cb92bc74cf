"""Event rules of the eighteenth round narrowed after a review (made-up sentences and names):
a weapon is no target only when it is fired or used (``parties.instrument_target``); "publication
of" a journal is no bare act (``parties.bare_act_noun``); a foreign force's attack inside a
country is aimed at it (``countries.scene_of_act``); "they" or "who" must stand for one who
campaigns, armed violence just before keeps a blow, and a person's house or town hit is no
attack in words (``non_events.campaign_attack``); money poured into a named party is aid
(``non_events.set_phrase``)."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.countries import scene_of_act
from onrecord.extract.events.non_events import campaign_attack, set_phrase
from onrecord.extract.events.parties import bare_act_noun, instrument_target


def _word(doc, text):
    return [t for t in doc if t.text == text][-1]


def _gated(nlp, text, trigger):
    return [e for e in find_events(nlp(text), "t", "2020-05-05") if e.trigger.text == trigger]


def test_what_was_destroyed_seized_or_shot_down_stays_the_target(nlp):
    e = at(nlp, "Zorbian jets destroyed Tarvian Front rockets near the border on Monday.", "destroyed")
    assert e.target is not None and "Tarvian" in e.target.text
    e = at(nlp, "Chilean police shot down a Peruvian drone over Velmar.", "shot")
    assert e.target is not None and e.target.country == "PER"
    e = at(nlp, "Chilean troops seized Peruvian weapons near Velmar.", "seized")
    assert e.target is not None and e.target.country == "PER" and e.target.text != "Velmar"
    doc = nlp("Chilean troops seized Peruvian weapons near Velmar.")
    assert not instrument_target(_word(doc, "weapons"))


def test_a_weapon_fired_or_used_is_still_no_target(nlp):
    doc = nlp("The rebels fired rockets and mortars on Sunday.")
    assert instrument_target(_word(doc, "rockets")) and instrument_target(_word(doc, "mortars"))
    doc = nlp("The rebels used a Scud missile on Sunday.")
    assert instrument_target(_word(doc, "missile"))
    doc = nlp("The rebels fired Peruvian missiles at the Chilean base on Sunday.")
    assert instrument_target(_word(doc, "missiles"))  # their maker is hit by nothing


def test_a_company_named_like_a_munition_stays_the_target(nlp):
    doc = nlp("Militants attacked Shell in the delta on Monday.")
    assert not instrument_target(_word(doc, "Shell"))
    assert at(nlp, "Militants attacked Shell in the delta on Monday.", "attacked").target is not None


def test_publication_of_a_journal_is_no_bare_act(nlp):
    doc = nlp("The Zorbian court halted publication of the Tarvian Front's newspaper.")
    assert not bare_act_noun(_word(doc, "publication"))
    e = at(nlp, "The Zorbian court halted publication of the Tarvian Front's newspaper.", "halted")
    assert e.target is not None


def test_a_foreign_force_bombing_inside_a_country_is_aimed_at_it(nlp):
    e = at(nlp, "Chilean warplanes bombed inside Peru on Thursday, the ministry said.", "bombed")
    assert e.target is not None and e.target.country == "PER"
    doc = nlp("Chilean warplanes bombed inside Peru on Thursday.")
    assert not scene_of_act("ASSAULT", _word(doc, "bombed"), "CHL", "PER")
    assert scene_of_act("ASSAULT", _word(doc, "bombed"), "PER", "PER")
    assert scene_of_act("ASSAULT", _word(doc, "bombed"), None, "PER")


def test_they_after_gunmen_attack_with_blows(nlp):
    text = ("Gunmen stormed a polling station in Velmar during the election campaign. "
            "They attacked Governor Ade Musa as he arrived at the polls.")
    doc = nlp(text)
    assert not campaign_attack(_word(doc, "attacked"), _word(doc, "They"))
    assert all(e.type == "ASSAULT" for e in _gated(nlp, text, "attacked"))


def test_they_or_who_must_stand_for_one_who_campaigns(nlp):
    doc = nlp("Republicans praised the mayor in the primary. They attacked Senator Ade Musa in the campaign.")
    assert campaign_attack(_word(doc, "attacked"), _word(doc, "They"))
    doc = nlp("Youths who attacked candidate Lina Varro at a rally were arrested during the campaign.")
    assert not campaign_attack(_word(doc, "attacked"), _word(doc, "who"))
    doc = nlp("Senator Tom Hale, who attacked Governor Ade Musa during the campaign, spoke on Monday.")
    assert campaign_attack(_word(doc, "attacked"), _word(doc, "who"))


def test_a_pronoun_after_armed_violence_strikes_blows(nlp):
    doc = nlp("Armed men ambushed him in Velmar. He pounded Lina Varro during the election campaign.")
    assert not campaign_attack(_word(doc, "pounded"), _word(doc, "He"))


def test_a_persons_town_or_house_hit_is_no_attack_in_words(nlp):
    doc = nlp("He bombarded Senator Tom Varro's hometown during the campaign.")
    assert not campaign_attack(_word(doc, "bombarded"), _word(doc, "He"))
    doc = nlp("Tom Varro attacked Senator Lina Mbeki's house during the campaign.")
    assert not campaign_attack(_word(doc, "attacked"), _word(doc, "Varro"))


def test_money_poured_into_a_named_party_is_aid(nlp):
    doc = nlp("Zorbia poured money into Hezbollah for years.")
    assert set_phrase(_word(doc, "poured")) == ("AID", None)
    e = at(nlp, "Zorbia poured money into Hezbollah for years.", "poured")
    assert e.type == "AID" and e.target is not None and e.target.text == "Hezbollah"
    doc = nlp("Senator Tom Varro poured money into the race.")
    assert set_phrase(_word(doc, "poured")) == ("", None)
