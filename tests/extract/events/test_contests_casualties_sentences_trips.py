"""Events the verb table types by a sense the sentence does not have: a defeat at the polls read
as force, a casualty reported with no attacker read as an attack, a prison term read as an
arrest, a private journey or a return home read as a meeting or an expulsion, an appeal to
locals read as a demand (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import (
    casualty_report,
    electoral_defeat,
    homecoming,
    prison_sentence,
    private_trip,
)


def proposed(nlp, text):
    """Every event the coder reads, before the gate and the test of a target."""
    return find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def _types(nlp, text, trigger):
    return [e.type for e in proposed(nlp, text) if e.trigger.text.lower() == trigger]


def test_a_defeat_at_the_polls_is_no_force(nlp):
    doc = nlp("In the Moldovan vote, challenger Ivo Renk defeated President Sora Daly.")
    assert electoral_defeat(_word(doc, "defeated"))
    doc = nlp("Olek Brand beat Mara Fiel in Ohio, the first Democrat to carry the state in years.")
    assert electoral_defeat(_word(doc, "beat"))
    # two people named, no vote word: still a contest for "defeat"
    assert electoral_defeat(_word(nlp("Tomas Varga defeated Elin Rosk on Sunday."), "defeated"))
    assert electoral_defeat(_word(nlp("The party's nominee defeated the sitting governor."), "defeated"))
    assert _types(nlp, "Peruvian challenger Ivo Renk defeated President Sora Daly by 4 percent.", "defeated") == []


def test_force_against_armed_sides_or_with_a_weapon_stays_force(nlp):
    assert not electoral_defeat(_word(nlp("The Malian army defeated the rebels before the election."), "defeated"))
    assert not electoral_defeat(_word(nlp("Guards beat the candidate with sticks in the campaign office."), "beat"))
    # "beat" names blows: a named man beating a woman is a beating
    assert not electoral_defeat(_word(nlp("Tomas Varga beat a woman outside the bar."), "beat"))
    assert "ASSAULT" in _types(nlp, "Chadian police beat a student outside the university.", "beat")
    # a candidate beaten by a crowd, or to death, is an assault
    assert not electoral_defeat(_word(nlp("Ruling party supporters beat an opposition candidate in Tarvia."), "beat"))
    assert not electoral_defeat(_word(nlp("The challenger was beaten to death before the election."), "beaten"))
    # a blow at home told in a story of a race
    text = "The senator lost the election after claims he beat his former partner."
    assert not electoral_defeat(_word(nlp(text), "beat"))


def test_a_blow_beside_a_vote_word_that_is_not_its_own_stays_force(nlp):
    # the count is what the beaten reporter was filming, not what the beating was in
    doc = nlp("A mob beat a reporter who was filming the ballot count in Tarvia.")
    assert not electoral_defeat(_word(doc, "beat"))
    assert "ASSAULT" in _types(nlp, "A mob beat a reporter who was filming the ballot count in Tarvia.", "beat")
    doc = nlp("A mob beat a reporter who was filming the tally after the polls closed in Tarvia.")
    assert not electoral_defeat(_word(doc, "beat"))


def test_a_blow_verb_whose_own_words_name_the_race_is_a_result(nlp):
    assert electoral_defeat(_word(nlp("The challenger beat the incumbent in Sunday's runoff."), "beat"))
    assert electoral_defeat(_word(nlp("The Tarvian Green Party crushed its rivals at the polls."), "crushed"))
    assert electoral_defeat(_word(nlp("The mayor won the runoff easily, beating Sora Daly."), "beating"))
    assert electoral_defeat(_word(nlp("Renk beat the governor from Ohio by 14 points (52 to 38)."), "beat"))
    assert electoral_defeat(_word(nlp("She has mostly beaten Daly among older rural voters."), "beaten"))


def test_an_agentless_casualty_with_no_violence_named_is_no_attack(nlp):
    assert casualty_report(_word(nlp("Four Chadian soldiers were killed near the border on Friday."), "killed"))
    assert casualty_report(_word(nlp("A Nepali trader was found dead in his shop."), "found"))
    assert casualty_report(_word(nlp("Dozens were killed in Tarvia as floods swept the valley."), "killed"))
    assert _types(nlp, "Four Chadian soldiers were killed near the border on Friday.", "killed") == []


def test_a_casualty_beside_violence_or_with_its_doer_stays(nlp):
    # the attack in the sentence before
    doc = nlp("A gunman opened fire at a market in Tarvia. Six people were killed.")
    assert not casualty_report(_word(doc, "killed"))
    assert not casualty_report(_word(nlp("Four soldiers were killed in an ambush near the border."), "killed"))
    assert not casualty_report(_word(nlp("Four soldiers were killed by insurgents on Friday."), "killed"))
    assert not casualty_report(_word(nlp("The court found the officer guilty."), "found"))
    # a verb of the deliberate act is no casualty verb
    assert not casualty_report(_word(nlp("A Chadian reporter was stabbed on Friday."), "stabbed"))


def test_a_killing_named_as_such_or_an_armed_doer_in_a_clause_keeps_the_act(nlp):
    doc = nlp("A judge was killed in Tarvia on Monday in what officials called a targeted killing.")
    assert not casualty_report(_word(doc, "killed"))
    doc = nlp("A banker was killed in Tarvia on Monday in what his family called an execution.")
    assert not casualty_report(_word(doc, "killed"))
    doc = nlp("Six marchers were killed when security forces broke up a rally in Tarvia.")
    assert not casualty_report(_word(doc, "killed"))
    doc = nlp("Six marchers were killed in Tarvia as police fired on the crowd.")
    assert not casualty_report(_word(doc, "killed"))
    # a hazard in a clause is still no one's act, and "killing" as a verb names no violence
    doc = nlp("Six hikers were killed in Tarvia when a storm hit the pass.")
    assert casualty_report(_word(doc, "killed"))
    doc = nlp("A landslide buried a village in Tarvia, killing nine. Four more were injured.")
    assert casualty_report(_word(doc, "injured"))


def test_jailing_for_a_term_or_by_a_court_is_a_sentence(nlp):
    assert prison_sentence(_word(nlp("A Tarvian court jailed the former mayor for six years."), "jailed"), "COERCE")
    assert prison_sentence(_word(nlp("The blogger was imprisoned for life in 2015."), "imprisoned"), "COERCE")
    assert not prison_sentence(_word(nlp("Police jailed two marchers overnight."), "jailed"), "COERCE")
    assert prison_sentence(_word(nlp("The Tarvian banker was convicted and jailed last week."), "jailed"), "COERCE")
    # a term of confinement by someone who is no court
    assert not prison_sentence(_word(nlp("The sect imprisoned her for nine years on a farm."), "imprisoned"), "COERCE")
    jailed = [e for e in proposed(nlp, "A Tarvian court jailed the former mayor for six years.")
              if e.trigger.text == "jailed"]
    assert [(e.type, e.mode) for e in jailed] == [("SANCTION", "convict")]


def test_a_private_journey_meets_no_one(nlp):
    doc = nlp("Hundreds of Sudanese migrants travelled to Malta by boat.")
    assert private_trip(_word(doc, "travelled"), "CONSULT", _word(doc, "hundreds"), None)
    doc = nlp("Ada Lenk and her son will travel to Geneva next week.")
    assert private_trip(_word(doc, "travel"), "AGREE", _word(doc, "ada"), None)
    doc = nlp("Ada Lenk and her son will travel to the United Nations on Monday.")
    assert private_trip(_word(doc, "travel"), "AGREE", _word(doc, "ada"), None)
    doc = nlp("The Chadian foreign minister traveled to Paris on Monday.")
    assert not private_trip(_word(doc, "traveled"), "CONSULT", _word(doc, "minister"), "GOV")
    doc = nlp("Ada Lenk traveled to Geneva to meet the envoy.")
    assert not private_trip(_word(doc, "traveled"), "CONSULT", _word(doc, "ada"), None)


def test_a_return_home_is_no_event(nlp):
    tables = event_tables.load()
    doc = nlp("The Kenyan delegation returned to Nairobi after the talks.")
    assert homecoming(_word(doc, "returned"), "KEN", doc, tables)
    doc = nlp("The minister returned home on Sunday.")
    assert homecoming(_word(doc, "returned"), "KEN", doc, tables)
    doc = nlp("The Kenyan delegation returned to Paris for a second round.")
    assert not homecoming(_word(doc, "returned"), "KEN", doc, tables)
    doc = nlp("Kenyan troops returned fire.")
    assert not homecoming(_word(doc, "returned"), "KEN", doc, tables)


def test_an_appeal_to_locals_is_no_demand(nlp):
    urged = [e for e in proposed(nlp, "The Chadian minister urged locals to stay indoors.")
             if e.trigger.text == "urged"]
    assert urged == []
    urged = [e for e in proposed(nlp, "The Chadian minister urged the rebels to lay down their arms.")
             if e.trigger.text == "urged"]
    assert [e.type for e in urged] == ["REQUEST"]
