"""Issue 17, round 24 (branch r24-evtarget): targets the grammar names that the first reading
missed, and acts that are no event. A "whom" after a preposition of the event's relative clause
stands for the clause's noun ("Roe, with whom he clashed": ``relative_after_preposition``); a
participle joined by "and" to one that describes a noun tells of that noun ("the general, backed
by X and opposed by Y": ``joined_described_participle``); an "it" accused of an act it did stays
the target (``charged_it``); fighting told only by what it strove to keep is no force
(``fought_to_keep``); a country's "influence" is no actor (``[abstract_actor_nouns]``); a passive subject
that is a thing of someone's thing bears on its owner ("the legality of the senator's candidacy
was challenged": ``parties._undergoer`` through ``owner_through_of``). Each on short
made-up sentences, with what the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from event_lookup import events_before_gate
from onrecord.extract.events.non_events import fought_to_keep
from onrecord.extract.events.parties import joined_described_participle


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_whom_after_a_preposition_stands_for_the_clause_noun(nlp):
    text = "Mayor Lee also attacked Senator Roe, with whom he clashed at the debate over taxes."
    assert _target(nlp, text, "clashed") == "Senator Roe"


def test_a_which_after_a_preposition_is_left_alone(nlp):
    text = "They rejected the plan, against which the unions protested."
    assert _target(nlp, text, "rejected") != "the plan"
    assert not any(e.trigger.text == "protested" and e.target is not None and e.target.text == "the plan"
                   for e in events_before_gate(nlp, text))


def test_a_participle_joined_to_a_describing_one_tells_of_its_noun(nlp):
    text = "The general, backed by Tarvia and opposed by Borduria, held on for years."
    assert _target(nlp, text, "opposed") == "The general"
    text = "Senator Lee, criticized by the union and praised by the governors, resigned."
    assert _target(nlp, text, "praised") == "Senator Lee"


def test_a_joined_participle_after_as_is_left_alone(nlp):
    text = ("The resort was built as a private venture, subsidized by the taxpayers and backed by "
            "the regional bank, in 1999.")
    assert not any(e.target is not None and "venture" in e.target.text for e in events_before_gate(nlp, text))
    doc = nlp(text)
    assert joined_described_participle(_word(doc, "backed")) is None


def test_an_it_accused_of_an_act_stays_the_target(nlp):
    text = "Lee accused Borduria of stealing jobs. He also accuses it of cheating."
    assert _target(nlp, text, "accuses") == "it"


def test_an_it_blamed_for_a_thing_is_no_target(nlp):
    text = "The storm hit the coast. Residents blamed it for the floods."
    assert _target(nlp, text, "blamed") is None


def test_fighting_to_keep_a_thing_is_no_force(nlp):
    doc = nlp("In the past, the ministry has fought hard to defend both the fuel tax and the import duty.")
    assert fought_to_keep(_word(doc, "fought"))
    assert not any(e.trigger.text == "fought" for e in events_before_gate(
        nlp, "In the past, the ministry has fought hard to defend both the fuel tax and the import duty."))


def test_armed_or_national_fighting_to_keep_a_place_is_left_alone(nlp):
    assert not fought_to_keep(_word(nlp("Government troops fought to defend the bridge."), "fought"))
    assert not fought_to_keep(_word(nlp("Ukraine fought hard to keep the capital."), "fought"))
    assert not fought_to_keep(_word(nlp("The ministry fought the union to keep the tax."), "fought"))


def test_a_countrys_influence_is_no_actor(nlp):
    text = "Tarvia's growing influence has provoked mixed feelings in many neighbouring states."
    assert not any(e.trigger.text == "provoked" for e in events_before_gate(nlp, text))


def test_fighting_to_keep_a_named_thing_is_no_force_either(nlp):
    doc = nlp("The ministry has fought hard to defend the Zedco tax and the fuel duty.")
    assert fought_to_keep(_word(doc, "fought"))
    assert not fought_to_keep(_word(nlp("Tarvian forces fought to defend the Kyiv region."), "fought"))


def test_a_passive_subject_bears_on_the_owner_of_its_of_thing(nlp):
    text = "The legality of the senator's candidacy had also been challenged by the ruling party."
    assert _target(nlp, text, "challenged") == "the senator"
    text = "The leader of the senator's party was arrested by police."
    assert _target(nlp, text, "arrested") == "The leader of the senator's party"

