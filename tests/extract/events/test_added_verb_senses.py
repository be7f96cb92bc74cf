"""Verb senses added to the project's verb patterns (tools/event_patterns_extra.tsv, issue 17):
each family proposes its PLOVER type, and the coder codes it, on made-up sentences."""
import pytest

from event_lookup import event_at
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.model import trigger_features


def _proposed(nlp, text, trigger):
    token = next(t for t in nlp(text) if t.text == trigger)
    return trigger_features(token, event_tables.load())[1]


@pytest.mark.parametrize("text, trigger, kind, mode", [
    # reneging on or defying a commitment, ban or law: REJECT
    ("Kordavia has reneged on the deal.", "reneged", "REJECT", ""),
    ("The Kordavian rebels violated the ban on night traffic imposed by the army.", "violated", "REJECT", "yield"),
    ("The Zembian government flouted the arms embargo against Kordavia.", "flouted", "REJECT", "yield"),
    # breaking a ceasefire: force
    ("Kordavian militias violated the ceasefire with Zembia on Monday.", "violated", "ASSAULT", ""),
    # goods, food and medicine handed over: AID
    ("The Red Cross delivered medical supplies to the refugee camps in Kordavia.", "delivered", "AID", ""),
    ("Zembia sent food and medicine to Kordavia after the earthquake.", "sent", "AID", ""),
    # know-how shared: COOPERATE
    ("Zembia shared its expertise with Kordavia.", "shared", "COOPERATE", ""),
    # arms laid down: RETREAT/disarm
    ("The Kordavian rebels laid down their weapons on Friday.", "laid", "RETREAT", "disarm"),
    # an office left: RETREAT/resign
    ("The Zembian defence minister resigned from the cabinet on Tuesday.", "resigned", "RETREAT", "resign"),
])
def test_the_added_senses_propose_their_plover_type(nlp, text, trigger, kind, mode):
    assert _proposed(nlp, text, trigger) == [kind, mode]
    event = event_at(nlp, text, trigger)
    assert (event.type, event.mode or "") == (kind, mode)


def test_a_resignation_to_come_stays_a_concession(nlp):
    # PLOVER: a future RETREAT is CONCEDE (coder._FUTURE), whatever the verb table says
    assert event_at(nlp, "Prime Minister Ann Roe will step down in March.", "step").type == "CONCEDE"


def test_other_objects_of_the_same_verbs_are_not_aid(nlp):
    # the senses are the verb with its object, not the verb alone
    assert _proposed(nlp, "The Zembian envoy delivered a speech in Kordavia.", "delivered") != ["AID", ""]
    assert _proposed(nlp, "Zembia sent a letter to Kordavia.", "sent") != ["AID", ""]


@pytest.mark.parametrize("text, trigger", [
    # what is laid down or decommissioned is no weapon
    ("Kordavia laid down three conditions for a new trade deal with Zembia.", "laid"),
    ("The Kordavian foreign minister laid down a wreath at the Zembian war memorial.", "laid"),
    ("The Zembian government decommissioned an old power plant built by Kordavia.", "decommissioned"),
    # a good speech delivered, a loan provided: no aid
    ("The Kordavian president delivered a good speech to the Zembian parliament.", "delivered"),
    ("The Kordavian bank provided a loan of 2 million dollars to the Zembian businessman.", "provided"),
    # troops stood down, a job quit: no resignation from office
    ("Zembian President Ali Dorn stood down his troops along the Kordavian border.", "stood"),
    ("The Kordavian police officer quit his job after the Zembian protests.", "quit"),
])
def test_senses_that_need_their_object_propose_nothing_without_it(nlp, text, trigger):
    assert _proposed(nlp, text, trigger) not in (["RETREAT", "disarm"], ["RETREAT", "resign"], ["AID", ""])
