"""Figures of a campaign and set phrases the verb table reads as force, protest or an offer:
attacks between politicians in a campaign's sentence, taking a rival on, a contest's prize
taken, a march to a goal, a candidate's rally, and light verbs whose object makes a set phrase
(made-up sentences and names, the real model)."""
from __future__ import annotations

from onrecord.extract.events.checks import candidate_rally
from onrecord.extract.events.non_events import (
    NO_EVENT,
    campaign_attack,
    contest_prize,
    march_to_goal,
    set_phrase,
    taken_on,
)


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def _attack(nlp, text, trigger, actor):
    doc = nlp(text)
    return campaign_attack(_word(doc, trigger), _word(doc, actor))


def test_an_attack_between_politicians_in_a_campaign_is_in_words(nlp):
    assert _attack(nlp, "Daniel Henley has hammered Maria Castell throughout the primary campaign.",
                   "hammered", "henley")
    # through a relative pronoun, and on a named person's thing, by a party
    assert _attack(nlp, "Daniel Henley, whom she attacked again and again in the primary campaign, kept quiet.",
                   "attacked", "she")
    assert _attack(nlp, "Republicans used the debates to pound Governor Maria Castell's budget as weak.",
                   "pound", "republicans")


def test_an_armed_doer_a_weapon_or_no_campaign_keeps_a_blow(nlp):
    assert not _attack(nlp, "Insurgents attacked Daniel Henley during the campaign.", "attacked", "insurgents")
    assert not _attack(nlp, "Daniel Henley attacked Maria Castell with a knife during the campaign.",
                       "attacked", "henley")
    assert not _attack(nlp, "Daniel Henley attacked Maria Castell outside a bar.", "attacked", "henley")


def test_taking_on_a_rival_is_in_words_and_taking_on_a_load_no_event(nlp):
    doc = nlp("Daniel Henley took on Maria Castell on Sunday.")
    assert taken_on(_word(doc, "took"), _word(doc, "henley")) == ("ACCUSE", "disapprove")
    doc = nlp("Daniel Henley took direct aim at Maria Castell in Iowa.")
    assert taken_on(_word(doc, "took"), _word(doc, "henley")) == ("ACCUSE", "disapprove")
    doc = nlp("The firm took on more debt last year.")
    assert taken_on(_word(doc, "took"), _word(doc, "firm")) == NO_EVENT
    doc = nlp("A gunman took aim at Daniel Henley outside the hall.")
    assert taken_on(_word(doc, "took"), _word(doc, "gunman")) is None


def test_a_contest_prize_taken_is_a_result_at_the_polls(nlp):
    assert contest_prize(_word(nlp("Daniel Henley captured the delegates in Ohio."), "captured"))
    assert contest_prize(_word(nlp("Her campaign was swept by Daniel Henley 21 delegates to two."), "swept"))
    assert not contest_prize(_word(nlp("Rebels captured the town before the election."), "captured"))
    assert not contest_prize(_word(nlp("Police swept the district overnight."), "swept"))


def test_a_march_to_a_time_or_a_prize_is_no_protest(nlp):
    assert march_to_goal(_word(nlp("She is marching toward November with a large lead."), "marching"))
    assert not march_to_goal(_word(nlp("Thousands marched to the parliament."), "marched"))


def test_set_phrases_of_a_light_verb(nlp):
    assert set_phrase(_word(nlp("Volunteers hit the phones for Daniel Henley on Monday."), "hit")) == NO_EVENT
    assert set_phrase(_word(nlp("Donors have poured money into the campaign."), "poured")) == NO_EVENT
    assert set_phrase(_word(nlp("The odds of a Democratic majority have shot up this week."), "shot")) == NO_EVENT
    doc = nlp("Daniel Henley offered his congratulations to Maria Castell.")
    assert set_phrase(_word(doc, "offered")) == ("SUPPORT", None)
    # a verb with its own object, or the particle with an object, is no set phrase
    assert set_phrase(_word(nlp("The soldiers shot up the village."), "shot")) is None
    assert set_phrase(_word(nlp("Daniel Henley hit Maria Castell."), "hit")) is None


def _rally(nlp, text):
    return candidate_rally(next(t for t in nlp(text) if t.lemma_ == "rally"))


def test_a_candidates_rally_is_no_protest(nlp):
    assert _rally(nlp, "A man was arrested at one of Daniel Henley's rallies, the campaign said.")
    assert _rally(nlp, "A plane flew above a Henley rally in Ohio, the campaign of Daniel Henley said.")


def test_a_rally_against_something_met_by_police_or_of_a_place_is_left_alone(nlp):
    assert not _rally(nlp, "Police dispersed Daniel Henley's rally, the candidate said.")
    assert not _rally(nlp, "Daniel Henley's rally against the dam drew crowds, the candidate said.")
    assert not _rally(nlp, "An Ohio rally drew crowds, the candidate said.")
    # no campaign in the article: a rally named by its leader may be a protest
    assert not _rally(nlp, "Thousands joined Daniel Henley's rally in the capital.")


def test_a_set_phrase_through_a_relative_and_a_sweep_told_beside_its_clause(nlp):
    doc = nlp("Despite the cash that backers have poured into the contest, the vote is tight.")
    assert set_phrase(_word(doc, "poured")) == NO_EVENT
    doc = nlp("Her campaign was routed in Tarvia on Saturday, swept by Daniel Henley 21 delegates to two.")
    assert contest_prize(_word(doc, "swept"))
