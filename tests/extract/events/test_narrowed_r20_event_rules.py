"""Event rules of round 20 narrowed where a review found them too wide (made-up texts): leaving a
pact (``non_events.left_pact``), an honour given (``honour_given``), police talk
(``police_interview``), a protest in words (``worded_protest``), a poll's share
(``checks.polled_share``), a party's body (``phrases.party_body``), a police force's country
(``countries.police_force_country``, ``parties.said_by_force_country``) and a swearing-in
(``swearing_in``)."""
from __future__ import annotations

from event_lookup import event_at
from onrecord.extract.events.checks import polled_share
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import (
    honour_given,
    left_pact,
    police_interview,
    swearing_in,
    worded_protest,
)
from onrecord.extract.events.phrases import party_body
from onrecord.extract.pipeline import process
from onrecord.model import Article
from statement_lookup import token


def _typed(nlp, text, trigger):
    events = find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)
    return [(e.type, e.mode) for e in events if e.trigger.text == trigger]


def _subject_of(doc, verb):
    return next(c for c in token(doc, verb).children if c.dep_ == "nsubj")


def test_people_leaving_a_place_a_meeting_or_a_league_leave_no_pact(nlp):
    for text in ("Hundreds of farming families left the Soviet Union in the 1970s.",
                 "Thousands of refugees left the European Union for Canada last year.",
                 "Prime Minister Ilse Marrow left the European Council on Friday without a deal.",
                 "Midfielder Dario Kesk left the Premier League for a club in Qatar."):
        doc = nlp(text)
        assert not left_pact(token(doc, "left"), _subject_of(doc, "left")), text
        assert ("SANCTION", "withdraw") not in _typed(nlp, text, "left"), text


def test_money_withdrawn_from_a_credit_union_is_no_pact_left(nlp):
    text = "Nella Groot withdrew $300 from the Fenwick Credit Union."
    doc = nlp(text)
    assert not left_pact(token(doc, "withdrew"), _subject_of(doc, "withdrew"))
    assert ("SANCTION", "withdraw") not in _typed(nlp, text, "withdrew")


def test_a_state_leaving_a_union_still_leaves_a_pact(nlp):
    doc = nlp("Britain left the European Union in 2020.")
    assert left_pact(token(doc, "left"), _subject_of(doc, "left"))
    doc = nlp("The Green party quit the ruling coalition on Monday.")
    assert left_pact(token(doc, "quit"), _subject_of(doc, "quit"))


def test_pulled_out_of_with_out_as_a_preposition_leaves_a_pact(nlp):
    text = "Korvania pulled out of the fishing pact with Velmora."
    doc = nlp(text)
    assert left_pact(token(doc, "pulled"), _subject_of(doc, "pulled"))
    assert _typed(nlp, text, "pulled") == [("SANCTION", "withdraw")]


def test_a_title_to_land_is_no_honour(nlp):
    text = "A Velmoran court awarded the Dask family the title to the disputed orchard."
    doc = nlp(text)
    assert not honour_given(token(doc, "awarded"))
    assert ("SUPPORT", None) not in _typed(nlp, text, "awarded")
    doc = nlp("The Velmoran president awarded the general the title of Hero of the Republic.")
    assert honour_given(token(doc, "awarded"))


def test_a_citation_handed_by_police_is_no_honour(nlp):
    doc = nlp("Officers gave the driver a citation for speeding.")
    assert not honour_given(token(doc, "gave"))
    doc = nlp("The governor awarded the firefighter a citation for bravery.")
    assert honour_given(token(doc, "awarded"))


def test_police_talking_with_officials_or_peers_hold_talks(nlp):
    for text, verb in (("Police spoke with Mayor Pia Lundqvar about parking rules downtown.", "spoke"),
                       ("Velmoran police spoke with Ostravian Foreign Minister Rade Holm about security for "
                        "the summit.", "spoke"),
                       ("Ostravian police talked with Velmoran police about cross-border smuggling.", "talked"),
                       ("Velmoran prosecutors spoke with their Ostravian counterparts about extradition treaties.",
                        "spoke")):
        doc = nlp(text)
        assert not police_interview(token(doc, verb), _subject_of(doc, verb)), text
        assert ("ACCUSE", "investigate") not in _typed(nlp, text, verb), text
    doc = nlp("Detectives spoke with the cyclist after the collision.")
    assert police_interview(token(doc, "spoke"), _subject_of(doc, "spoke"))


def test_a_protest_of_what_people_called_something_is_no_worded_protest(nlp):
    text = "Nurses protested what they called unsafe staffing at Orrin Hospital."
    doc = nlp(text)
    assert not worded_protest(token(doc, "protested"))
    assert ("ACCUSE", "disapprove") not in _typed(nlp, text, "protested")
    doc = nlp("The consulate protested that the raid broke the accord.")
    assert worded_protest(token(doc, "protested"))


def test_a_survey_of_damage_counts_no_share(nlp):
    text = "After a survey of storm damage, 40 percent of Velmoran senators backed President Aron Feld."
    doc = nlp(text)
    assert not polled_share(token(doc, "percent"))
    assert ("SUPPORT", None) in _typed(nlp, text, "backed")
    doc = nlp("Exit polls showed 65 percent of Ostravian farmers backed the levy.")
    assert polled_share(token(doc, "percent"))


def test_a_council_named_with_a_party_word_is_no_party_body(nlp):
    doc = nlp("The Liberal Council on Trade Policy, a think tank in Velm, criticized the Ostravian government.")
    assert not party_body(token(doc, "Council"))
    event = event_at(nlp, doc.text, "criticized")
    assert event.actor.sector != "PTY"
    doc = nlp("The Labour Relations Council of Manitoba ruled against the dock workers.")
    assert not party_body(token(doc, "Council"))
    doc = nlp("The Republican State Committee criticized the governor.")
    assert party_body(token(doc, "Committee"))


def test_a_police_department_of_an_american_town_is_not_british(nlp):
    text = ("The Essex Police Department arrested a man on Monday. "
            "The United States and Canada share a long border.")
    assert event_at(nlp, text, "arrested").actor.country != "GBR"


def test_a_force_whose_sentence_names_another_country_is_of_that_country(nlp):
    text = "Cornwall Police said they had arrested a man in Cornwall, Ontario, in Canada."
    assert event_at(nlp, text, "arrested").actor.country != "GBR"
    text = "Victoria Police said they had arrested a woman in Victoria, British Columbia, Canada."
    assert event_at(nlp, text, "arrested").actor.country != "AUS"


def test_the_they_of_a_speaking_force_keeps_the_police_sector(nlp):
    text = "Surrey Police said they had arrested a man in Guildford on Tuesday. He was held overnight."
    record = process(Article("w", text, published="2020-05-05"), nlp)
    event = next(e for e in record.events if e.trigger.text == "arrested")
    assert event.actor.country == "GBR" and event.actor.sector == "COP"


def test_swearing_in_anger_is_no_swearing_in(nlp):
    doc = nlp("Velmoran winger Ivo Stam swore in anger at the Ostravian linesman.")
    assert not swearing_in(token(doc, "swore"))
    doc = nlp("She swore in Portuguese at the referee.")
    assert not swearing_in(token(doc, "swore"))
    doc = nlp("The chief justice swore in the new Ostravian ministers on Friday.")
    assert swearing_in(token(doc, "swore"))
