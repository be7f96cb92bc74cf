"""Targets found where the first reading finds none or clears one (extract/events/kept_targets.py,
issue 17's seventeenth round): the people a count stands for, whom a lifted measure holds, whose
act a refusal waits for, the partner of a joint act agreed, and whom aid is for by its purpose.
Each on a small made-up sentence, read through the event its trigger makes (whatever the gate
makes of it), with the cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.kept_targets import (
    counted_whole,
    joint_act_partner,
    measure_target,
    purpose_target,
    refusal_condition,
)


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def test_a_count_of_people_is_the_people_counted(nlp):
    assert _target(nlp, "The Borduran junta freed dozens of jailed journalists.", "freed") == "jailed journalists"
    doc = nlp("The Borduran junta freed dozens of jailed journalists.")
    assert counted_whole(_word(doc, "dozens"), tables.load()).text == "journalists"


def test_a_count_of_things_stays_a_count(nlp):
    doc = nlp("The rebels fired dozens of rounds at the hills.")
    assert counted_whole(_word(doc, "dozens"), tables.load()).text == "dozens"
    doc = nlp("The rebels freed the journalists.")
    assert counted_whole(_word(doc, "journalists"), tables.load()).text == "journalists"


def test_lifting_a_blockade_is_aimed_at_the_blockaded(nlp):
    assert _target(nlp, "The Ruritanian navy lifted its blockade of Borduria.", "lifted") == "Borduria"


def test_refusing_to_ease_a_ban_placed_on_a_firm_is_aimed_at_the_firm(nlp):
    text = "The Tarvian cabinet refused to ease the export ban it had placed on the Zorb Mining Company."
    assert _target(nlp, text, "refused") == "the Zorb Mining Company"
    doc = nlp(text)
    assert measure_target(_word(doc, "refused"), "REJECT", tables.load()).text == "Company"


def test_a_measure_names_no_target_of_support_nor_through_a_pronoun(nlp):
    t = tables.load()
    doc = nlp("The senators backed the ban on the Free Miners Union.")
    assert measure_target(_word(doc, "backed"), "SUPPORT", t) is None
    doc = nlp("The Tarvian cabinet refused to ease the export ban on them.")
    assert measure_target(_word(doc, "refused"), "REJECT", t) is None
    doc = nlp("The Tarvian cabinet lifted the sanctions of the council.")
    assert measure_target(_word(doc, "lifted"), "RETREAT", t) is None  # "of" a sanction: who imposed it


def test_a_refusal_until_another_acts_is_aimed_at_that_party(nlp):
    text = "The Tarvian president refused to reopen the border until Borduria hands over the suspects."
    assert _target(nlp, text, "refused") == "Borduria"
    doc = nlp(text)
    assert refusal_condition(_word(doc, "refused"), "REJECT", tables.load()).text == "Borduria"
    assert refusal_condition(_word(doc, "refused"), "AGREE", tables.load()) is None


def test_a_joint_act_agreed_is_agreed_with_the_party_beside(nlp):
    assert _target(nlp, "Chile and Peru failed to reach an agreement on fishing rights.", "failed") == "Peru"
    doc = nlp("Chile and Peru have agreed to hold joint naval drills next spring.")
    assert joint_act_partner(_word(doc, "agreed"), "AGREE", _word(doc, "Chile"), tables.load()).text == "Peru"


def test_an_act_two_only_do_alike_has_no_partner(nlp):
    t = tables.load()
    doc = nlp("Chile and Peru agreed to cut fuel taxes.")
    assert joint_act_partner(_word(doc, "agreed"), "AGREE", _word(doc, "Chile"), t) is None
    doc = nlp("Chile and Peru agreed to join the global pact.")
    assert joint_act_partner(_word(doc, "agreed"), "AGREE", _word(doc, "Chile"), t) is None


def test_aid_is_aimed_at_whom_its_purpose_names(nlp):
    text = "Norway donated a consignment of army tents to assist Borduria."
    assert _target(nlp, text, "donated") == "Borduria"


def test_a_purpose_that_names_no_actor_gives_no_target(nlp):
    t = tables.load()
    doc = nlp("The Tarvian government donated critical care equipment to fund the projects.")
    assert purpose_target(_word(doc, "donated"), "AID", t) is None
    doc = nlp("The Tarvian government donated critical care equipment to assist them.")
    assert purpose_target(_word(doc, "donated"), "AID", t) is None
    doc = nlp("The Tarvian government donated critical care equipment to assist Borduria.")
    assert purpose_target(_word(doc, "donated"), "ACCUSE", t) is None


def test_one_of_a_group_is_not_the_group(nlp):
    doc = nlp("The letter accused one of the reporters, Ann Roe, of bias.")
    assert counted_whole(_word(doc, "one"), tables.load()).text == "one"
