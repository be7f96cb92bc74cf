"""Targets the coder finds past the verb's own object (extract/events/parties.py, issue 17's
sixteenth round): the other side of talks an act followed, the host of an invitation refused,
the hold a threat to fight is for, whom an attack's relative clause says it struck, and an object
counted with "up to"; each on a small made-up sentence, read through the event its trigger word
makes (whatever the gate makes of it), with the negative cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.parties import (
    counted_after_up_to,
    invitation_host,
    sought_control,
    struck_by_relative,
    talks_partner,
)


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_strike_called_off_after_talks_is_conceded_to_the_side_talked_with(nlp):
    e = at(nlp, "The teachers union has called off its national strike after negotiations with the Kenyan "
                "government.", "called")
    assert e.target is not None and e.target.text == "the Kenyan government" and e.target.country == "KEN"


def test_talks_hung_on_the_acts_noun_by_following_name_the_partner(nlp):
    # a concession only: an agreement after talks may be after talks with a mediator (r16-fixev)
    t = tables.load()
    doc = nlp("Kenyan rebels agreed to a ceasefire following talks with the government of Uganda.")
    assert talks_partner(_word(doc, "agreed"), t, "AGREE") is None
    assert talks_partner(_word(doc, "agreed"), t, "CONCEDE").text == "government"


def test_talks_partner_needs_talks_and_an_actor(nlp):
    t = tables.load()
    doc = nlp("The union called off its strike after a week of rain.")
    assert talks_partner(_word(doc, "called"), t) is None
    doc = nlp("The union called off its strike after talks with them.")
    assert talks_partner(_word(doc, "called"), t) is None  # a pronoun names no one
    doc = nlp("The union called off its strike after talks with the Kenyan government.")
    assert talks_partner(_word(doc, "called"), t).text == "government"


def test_a_refused_invitation_to_a_meeting_answers_those_who_meet(nlp):
    e = at(nlp, "The Peruvian miners' party rejected an invitation to join a meeting of Chilean trade unions.",
           "rejected")
    assert e.target is not None and e.target.text == "Chilean trade unions" and e.target.country == "CHL"


def test_an_invitation_to_talks_names_the_host_after_with(nlp):
    doc = nlp("The Peruvian miners' party accepted an invitation to talks with the Chilean government.")
    assert invitation_host(_word(doc, "accepted"), tables.load()).text == "government"


def test_an_invitation_to_no_talks_names_no_host(nlp):
    doc = nlp("The Peruvian miners' party rejected an invitation to join the wedding of a Chilean minister.")
    assert invitation_host(_word(doc, "rejected"), tables.load()) is None
    doc = nlp("The Peruvian miners' party rejected the plan of the Chilean government.")
    assert invitation_host(_word(doc, "rejected"), tables.load()) is None


def test_a_vow_to_fight_until_control_is_aimed_at_the_place_held(nlp):
    e = at(nlp, "Insurgents have vowed to fight until they take control of the Estonian border posts.", "fight")
    assert e.target is not None and e.target.text == "the Estonian border posts"


def test_sought_control_only_of_the_threateners_own_hold(nlp):
    doc = nlp("The militia swore to keep fighting until they take control of the harbour.")
    clause = _word(doc, "take")
    assert sought_control(clause, _word(doc, "they")).text == "harbour"
    doc = nlp("The militia swore to keep fighting until they see the harbour.")  # no hold sought
    assert sought_control(_word(doc, "see"), _word(doc, "they")) is None
    doc = nlp("The militia swore to keep fighting if they lose control of the harbour.")  # a condition, no end
    assert sought_control(_word(doc, "lose"), _word(doc, "they")) is None


def test_an_attacks_relative_clause_names_whom_it_struck(nlp):
    t = tables.load()
    doc = nlp("The Chadian army carried out an airstrike that killed two Sudanese soldiers.")
    assert struck_by_relative(_word(doc, "carried"), t).text == "soldiers"
    doc = nlp("Iran answered the airstrike that killed the Iraqi general, Omar Haddad, at an airport.")
    assert struck_by_relative(_word(doc, "airstrike"), t).text == "Haddad"  # the name beside him


def test_a_relative_clause_of_no_harm_names_no_target(nlp):
    t = tables.load()
    doc = nlp("Iran answered the airstrike that surprised the Iraqi general.")
    assert struck_by_relative(_word(doc, "airstrike"), t) is None
    doc = nlp("The airstrike that killed it was condemned.")
    assert struck_by_relative(_word(doc, "airstrike"), t) is None


def test_a_count_after_up_to_is_the_object_not_the_place_after_it(nlp):
    # parsed as the particle "up" with a "to" phrase on it: the verb seems to have no object,
    # and "from a village market" was read as the target
    e = at(nlp, "Bandits have kidnapped up to 16 Latvian aid workers from a village market.", "kidnapped")
    assert e.target is not None and e.target.text == "16 Latvian aid workers" and e.target.country == "LVA"
    # the "to" on the verb itself
    e = at(nlp, "Soldiers have detained up to 16 Somali fishermen from a harbour.", "detained")
    assert e.target is not None and e.target.text == "16 Somali fishermen" and e.target.country == "SOM"
    doc = nlp("Soldiers have detained up to 16 Somali fishermen from a harbour.")
    assert counted_after_up_to(_word(doc, "detained")).text == "fishermen"


def test_up_to_a_place_is_no_count(nlp):
    doc = nlp("The troops moved up to the border.")
    assert counted_after_up_to(_word(doc, "moved")) is None


def test_a_resignation_after_a_meeting_stays_one_sided(nlp):
    e = at(nlp, "The Kenyan minister resigned after a meeting with the president.", "resigned")
    assert (e.type, e.mode) == ("RETREAT", "resign") and e.target is None
