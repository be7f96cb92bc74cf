"""A person's country from what the article says of them, not from the war they served in
(``countries.theatre_places``, ``without_theatres`` in ``parties.said_coding``), from the one
who acted on them (``countries.doers_on_party``) or from the city the story was filed in
(``countries.dateline``); and a past act told as not done is no REJECT
(``non_events.untaken_act``), unless the negation is itself the refusal. Each on a small
made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.countries import (
    dateline,
    doers_on_party,
    name_after_dateline,
    theatre_places,
    without_theatres,
)
from onrecord.extract.events.non_events import untaken_act
from onrecord.extract.events.parties import _people, said_coding
from statement_lookup import token as word


def _events_at(nlp, text, trigger):
    return [e for e in find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)
            if e.trigger.text == trigger]


def test_the_war_a_person_served_in_is_not_their_country(nlp):
    text = ("Rami Duvall, a retired general in the war in Mali, was sentenced by a court in Chad. "
            "Chad and its neighbours met in Ndjamena, and Chad led the talks.")
    doc = nlp(text)
    assert [doc.text[s:e] for s, e in theatre_places(word(doc, "Duvall"))] == ["in Mali"]
    assert _people(doc, tables.load(), []).get("Duvall")[1] != "MLI"
    assert at(nlp, text, "sentenced").target.country != "MLI"


def test_a_force_a_person_serves_in_still_says_whose_they_are(nlp):
    text = "Gil Ostrov, a colonel in Ghana's army, met the envoy."
    assert theatre_places(word(nlp(text), "Ostrov")) == []
    assert at(nlp, text, "met").actor.country == "GHA"


def test_a_recorded_role_and_affiliation_from_a_war_alone_give_no_country():
    assert without_theatres("a retired colonel who commanded troops in the wars in Zorbia and Vetland") == (
        "a retired colonel who commanded troops in the wars", "in Zorbia and Vetland")
    t = tables.load()
    assert said_coding(["Mali", "a general in the war in Mali"], "Mali", t)[0] is None
    assert said_coding(["Niger", "a colonel in the war in Mali"], "Niger", t)[0] == "NER"
    assert said_coding(["Mali", "Malian colonel"], "Mali", t)[0] == "MLI"


def test_the_doer_of_what_befell_a_person_is_not_their_country(nlp):
    text = ("Gil Ostrov, who was kidnapped by Malian rebels in 2019, thanked the nurses. "
            "Ghana welcomed him home, and Ghana's president met him.")
    doc = nlp(text)
    assert [doc.text[s:e] for s, e in doers_on_party(word(doc, "Ostrov"))] == ["by Malian rebels"]
    assert at(nlp, text, "kidnapped").target.country != "MLI"


def test_what_a_relative_clause_says_a_person_does_still_counts(nlp):
    doc = nlp("Gil Ostrov, who heads Ghana's navy, met the envoy.")
    assert doers_on_party(word(doc, "Ostrov")) == []


def test_a_datelines_city_is_not_a_persons_country(nlp):
    text = ("LIMA - Senator Ann Duvall met privately with the archbishop on Sunday, a break from the "
            "American campaign. The United States votes in November, and the United States will count "
            "the ballots.")
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert [doc.text[s:e] for s, e in dateline(first)] == ["LIMA - "]
    assert at(nlp, text, "met").actor.country != "PER"


def test_a_name_the_tagger_joined_to_the_dateline_is_a_person(nlp):
    text = ("ROME - Joe Pardley met privately with the archbishop on Saturday. The United States votes "
            "in November, and the United States will count the ballots.")
    assert name_after_dateline(word(nlp(text), "Pardley"))
    assert at(nlp, text, "met").actor.country != "ITA"
    assert not name_after_dateline(word(nlp("PARIS - Police arrested two men on Saturday."), "Police"))


def test_no_dateline_in_a_plain_sentence(nlp):
    doc = nlp("Rami Duvall met the archbishop in Lima on Sunday.")
    assert dateline(next(iter(doc.sents))) == []


def test_a_past_act_told_as_not_done_is_no_refusal(nlp):
    for text, trigger in (("Kenya did not sign the accord with Uganda.", "sign"),
                          ("The Kenyan party did not endorse the Ugandan candidate.", "endorse"),
                          ("Kenya never backed the Ugandan candidate.", "backed")):
        doc = nlp(text)
        assert untaken_act(word(doc, trigger)), text
        assert not [e for e in _events_at(nlp, text, trigger) if e.type == "REJECT"], text


def test_a_refusal_stays_a_refusal(nlp):
    assert at(nlp, "Kenya refused to sign the accord with Uganda.", "refused").type == "REJECT"
    for text, trigger in (("Kenya will not sign the accord with Uganda.", "sign"),
                          ("Kenya did not accept the offer from Uganda.", "accept"),
                          ("Kenya did not heed the call from Uganda.", "heed"),
                          ("Kenya did not extradite the suspect, citing the risk of torture.", "extradite")):
        assert not untaken_act(word(nlp(text), trigger)), text


def test_not_answering_what_was_asked_stays_a_refusal(nlp):
    for text, trigger in (("Azerbaijan's government did not recognize the election result in Armenia.", "recognize"),
                          ("Serbia never recognized Kosovo's independence.", "recognized"),
                          ("Iran did not comply with the UN Security Council resolution on its nuclear program.",
                           "comply"),
                          ("The Indian government did not grant visas to Pakistani cricket fans on Monday.", "grant"),
                          ("China did not support the UN resolution condemning Russia, abstaining in the vote on "
                           "Monday.", "support"),
                          ("China did not support Russia, abstaining in the vote on Monday.", "support")):
        assert not untaken_act(word(nlp(text), trigger)), text
        assert at(nlp, text, trigger).type == "REJECT", text
    rejected = at(nlp, "Azerbaijan's government did not recognize the election result in Armenia.", "recognize")
    assert (rejected.actor.country, rejected.target.country) == ("AZE", "ARM")
    text = "The Syrian army did not withdraw from Aleppo."
    assert untaken_act(word(nlp(text), "withdraw"))
    assert not [e for e in _events_at(nlp, text, "withdraw") if e.type == "REJECT"]


def test_a_body_named_after_a_person_after_a_dateline_is_a_body(nlp):
    text = "GENEVA - Marie Curie Hospital signed a deal with Chinese firm Huawei on Monday."
    assert not name_after_dateline(word(nlp(text), "Hospital"))
    assert at(nlp, text, "signed").actor.country == "CHE"


def test_an_election_campaign_in_a_country_is_fought_at_home(nlp):
    text = ("Kemal Kilicdaroglu, the opposition leader whose campaign in Turkey drew huge crowds, "
            "criticized Greek officials on Monday.")
    assert theatre_places(word(nlp(text), "Kilicdaroglu")) == []
    assert at(nlp, text, "criticized").actor.country == "TUR"


def test_an_affiliation_is_matched_to_a_war_place_as_a_whole_word():
    t = tables.load()
    assert said_coding(["Niger", "a colonel in the war in Nigeria"], "Niger", t)[0] == "NER"
