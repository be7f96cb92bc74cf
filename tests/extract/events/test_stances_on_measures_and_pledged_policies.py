"""A stance on a measure, views that differ and a policy pledged against a class of people are
no events; backing a person, a state recognised and a measure done stay (made-up sentences,
the real model)."""
from __future__ import annotations

from event_lookup import events_before_gate as events_of
from onrecord.extract.events.non_events import pledged_policy
from onrecord.extract.events.verbal import differing_views, stance_on_measure
from statement_lookup import token


def test_opposing_a_measure_told_by_a_gerund_is_a_stance(nlp):
    doc = nlp("Senator Aldo Brenn has opposed closing the Norvale bus depot.")
    assert stance_on_measure(token(doc, "opposed"))
    assert not any(e.trigger.text == "opposed" for e in events_of(nlp, doc.text))
    doc = nlp("Farmers have endorsed making it easier for growers to sell the crop abroad.")
    assert stance_on_measure(token(doc, "endorsed"))
    assert not any(e.trigger.text == "endorsed" for e in events_of(nlp, doc.text))


def test_a_measure_opposed_in_a_relative_clause_is_a_stance(nlp):
    doc = nlp("The mayor refused to sign the tariff pact, which Governor Ulm vehemently opposed.")
    assert stance_on_measure(token(doc, "opposed"))


def test_a_decision_backed_with_no_owner_is_a_stance(nlp):
    doc = nlp("Many farmers fiercely opposed those decisions.")
    assert stance_on_measure(token(doc, "opposed"))


def test_backing_a_person_or_an_owned_measure_is_left_alone(nlp):
    doc = nlp("Brenn endorsed Rona Vesk on Monday.")
    assert not stance_on_measure(token(doc, "endorsed"))
    assert any(e.trigger.text == "endorsed" for e in events_of(nlp, doc.text))
    doc = nlp("The council opposed Mayor Ulm's decision.")
    assert not stance_on_measure(token(doc, "opposed"))
    doc = nlp("Tarvia recognized the new republic on Friday.")
    assert not stance_on_measure(token(doc, "recognized"))


def test_views_that_differ_are_no_event(nlp):
    doc = nlp("Vesk said he and Brenn differ on taxes and the budget.")
    assert differing_views(token(doc, "differ"))
    assert not any(e.trigger.text == "differ" for e in events_of(nlp, doc.text))
    doc = nlp("Vesk criticized Brenn for the delay.")
    assert not differing_views(token(doc, "criticized"))


def test_a_policy_pledged_against_a_class_of_people_is_no_event(nlp):
    doc = nlp("The candidate, Rona Vesk, has often vowed to expel all Zentrists from the river valley.")
    assert pledged_policy(token(doc, "vowed"))
    assert not any(e.trigger.text == "vowed" for e in events_of(nlp, doc.text))
    doc = nlp("Vesk is a braggart who has twice vowed to expel all Zentrists from the river valley.")
    assert pledged_policy(token(doc, "vowed"))


def test_a_pledge_to_an_actor_or_by_a_state_is_left_alone(nlp):
    doc = nlp("Vesk called on the council to ban all street vendors.")
    assert not pledged_policy(token(doc, "called"))
    assert not pledged_policy(token(doc, "ban"))
    doc = nlp("Tarvia pledged to expel all foreign diplomats.")
    assert not pledged_policy(token(doc, "pledged"))
    doc = nlp("Vesk pledged to punish Brenn.")
    assert not pledged_policy(token(doc, "pledged"))


def test_a_measure_whose_maker_is_named_before_it_is_aimed_at_the_maker(nlp):
    for text, verb in [("Zembia opposed the Russian decision to annex the island.", "opposed"),
                       ("Zembia welcomed and endorsed the EU decision to lift sanctions on Tarvia.", "endorsed"),
                       ("Zembia supported the NATO decision to expel Tarvian diplomats.", "supported"),
                       ("Zembia backed the French proposal for talks with Tarvia.", "backed"),
                       ("Zembia backed the US tariff hike.", "backed")]:
        doc = nlp(text)
        assert not stance_on_measure(token(doc, verb)), text
        assert any(e.trigger.text == verb for e in events_of(nlp, text)), text
    doc = nlp("Zembia opposed the new tariff hike.")
    assert stance_on_measure(token(doc, "opposed"))


def test_a_measure_from_a_named_party_is_aimed_at_it(nlp):
    text = "Zembia opposed the proposal from Tarvia to share the river."
    assert not stance_on_measure(token(nlp(text), "opposed"))
    assert any(e.trigger.text == "opposed" for e in events_of(nlp, text))


def test_backing_aid_or_force_for_a_named_group_stays_an_event(nlp):
    text = "Zembia backed arming the Kurdish fighters."
    assert not stance_on_measure(token(nlp(text), "backed"))
    assert any(e.trigger.text == "backed" for e in events_of(nlp, text))
    assert stance_on_measure(token(nlp("Zembia backed raising the tariff."), "backed"))


def test_an_office_holder_pledging_a_measure_is_a_governments_word(nlp):
    for text, verb in [("Mayor Rona Vesk said she would deport all street vendors.", "deport"),
                       ("President Maro Kesh pledged to ban all Zentrists.", "pledged"),
                       ("Interior Minister Dana Voll said he would deport all Zentrists.", "deport"),
                       ("The mayor pledged to ban all street vendors.", "pledged")]:
        doc = nlp(text)
        assert not pledged_policy(token(doc, verb)), text
    doc = nlp("Presidential candidate Rona Vesk said she would deport all Zentrists.")
    assert pledged_policy(token(doc, "deport"))
    doc = nlp("Rona Vesk said she would deport all Zentrists.")
    assert pledged_policy(token(doc, "deport"))


def test_a_class_named_by_nationality_is_a_states_people(nlp):
    for text, verb in [("Prime Minister Oskar Thell said he will expel all Russian diplomats.", "expel"),
                       ("Rona Vesk said she would expel all Russian diplomats.", "expel")]:
        doc = nlp(text)
        assert not pledged_policy(token(doc, verb)), text
        assert any(e.trigger.text == verb for e in events_of(nlp, text)), text
