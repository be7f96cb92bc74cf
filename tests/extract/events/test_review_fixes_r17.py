"""Review fixes to the seventeenth round's event rules (made-up sentences, the real model): a
"never" told by the writer stays a refusal; blows "for" what someone did or an attack with a
stabbing stay blows; a group placed by its own sentence takes no country from the article; a
refusal is aimed at the party it waits for only when that party must give way; the charge on a
counted whole is no part of it; a compound of origin names no one's country."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.kept_targets import refusal_condition
from onrecord.extract.events.non_events import attack_on_rival, blamed_for_conduct, denied_fact
from onrecord.extract.events.parties import tied_body_country
from statement_lookup import token as word


def _types_at(nlp, text, trigger):
    events = find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)
    return [e.type for e in events if e.trigger.text == trigger]


def test_a_never_told_by_the_writer_stays_a_refusal(nlp):
    doc = nlp("Despite repeated appeals, Tarvia never extradited the colonel to Borduria.")
    assert not denied_fact(word(doc, "extradited"))
    assert _types_at(nlp, doc.text, "extradited") == ["REJECT"]
    doc = nlp("The council never recognized the new regime in Velmar after the putsch.")
    assert not denied_fact(word(doc, "recognized"))
    # in what someone says it stays a denial
    doc = nlp("Rourke insisted that he never met with the envoy.")
    assert denied_fact(word(doc, "met"))


def test_a_not_with_its_reason_given_is_a_refusal(nlp):
    doc = nlp("The Tarvian ministry said it did not extradite the banker to Borduria, citing the risk of torture.")
    assert not denied_fact(word(doc, "extradite"))
    assert _types_at(nlp, doc.text, "extradite") == ["REJECT"]


def test_a_blow_for_what_someone_did_in_a_crime_report_stays_a_blow(nlp):
    doc = nlp("Police said Rob Kell hit Dan Moyo for refusing to hand over his phone outside the pub.")
    assert not blamed_for_conduct(word(doc, "hit"))
    doc = nlp("Lopez hit Ward for skipping the debate.")
    assert blamed_for_conduct(word(doc, "hit"))


def test_an_attack_told_with_a_stabbing_stays_a_blow(nlp):
    text = ("The writer was at a book fair in Lyon. He launched an attack on John Weber as he took the "
            "stage, stabbing him six times.")
    doc = nlp(text)
    assert not attack_on_rival(word(doc, "launched"), word(doc, "He"))
    assert _types_at(nlp, text, "launched") == ["ASSAULT"]
    doc = nlp("He continued his assault on Governor Pike at the rally.")
    assert attack_on_rival(word(doc, "continued"), word(doc, "He"))


def test_a_group_placed_by_its_sentence_takes_no_country_from_the_article(nlp):
    text = "Kenyan officials rejected the plan on Monday. In Kampala, officials accused Nairobi of delaying the vote."
    doc = nlp(text)
    assert tied_body_country(word(doc, "officials", 1), tables.load()) is None
    assert at(nlp, text, "accused").actor.country == "UGA"


def test_a_refusal_waits_on_a_party_only_when_it_must_give_way(nlp):
    doc = nlp("Zambia refused to pay the loan until the court rules on the matter.")
    assert refusal_condition(word(doc, "refused"), "REJECT", tables.load()) is None
    doc = nlp("Chad refused to open the border until the United Nations sends observers.")
    assert refusal_condition(word(doc, "refused"), "REJECT", tables.load()) is None
    doc = nlp("Moldova refused to hold talks until Russia withdraws its troops.")
    assert refusal_condition(word(doc, "refused"), "REJECT", tables.load()).text == "Russia"


def test_the_charge_on_a_counted_whole_is_no_part_of_it(nlp):
    e = at(nlp, "The junta accused dozens of judges of ties to the mutineers.", "accused")
    assert e.target.text == "judges"


def test_a_compound_of_origin_names_no_ones_country(nlp):
    e = at(nlp, "Macron met Canada's Haitian-born minister Marie Joseph in Paris.", "met")
    assert e.target.country == "CAN"


def test_police_spoken_of_are_no_sign_of_blows(nlp):
    text = "Senator Ada Voss launched a fierce attack on Governor Rui Lago over his handling of the police."
    assert _types_at(nlp, text, "launched") == ["ACCUSE"]
    text = "Senator Ada Voss hit Governor Rui Lago for refusing to fund the police."
    assert _types_at(nlp, text, "hit") == ["ACCUSE"]


def test_a_state_body_met_abroad_or_a_date_keeps_the_articles_country(nlp):
    lead = "Fiji's government offered aid to Tonga after the storm. "
    e = at(nlp, lead + "In Geneva, the government accused Samoa of delaying the talks.", "accused")
    assert e.actor.country == "FJI"
    e = at(nlp, lead + "In January, the government rejected a loan from Samoa.", "rejected")
    assert e.actor.country == "FJI"
