"""The record's events are dyads (coder.dyadic_or_one_sided): an actor acting on a target, unless
the act is one-sided (a protest, forces moved, a resignation) or of a type PLOVER codes with no
recipient and surely an event (coder.one_party_event); the other side of an act two
parties do together is the party named beside the actor (parties.mutual_act). Made-up texts."""
from __future__ import annotations

from onrecord.extract.events.coder import (
    ONE_PARTY_CONFIDENCE,
    dyadic_or_one_sided,
    find_events,
    one_party_event,
    subject_doer,
)
from onrecord.extract.events.parties import mutual_act
from onrecord.model import Event, EventParty


def party(text):
    return EventParty(text, 0, len(text), country="ZZZ")


def event(kind, mode=None, actor="Zorbia", target=None, confidence=0.5):
    return Event(id=None, type=kind, mode=mode, actor=party(actor) if actor else None,
                 target=party(target) if target else None, confidence=confidence)


def coded(nlp, text, dyadic=True):
    # the gate aside: the rule is asked of every coded event
    return [(e.type, e.target.text if e.target else None)
            for e in find_events(nlp(text), "t", "2022-04-04", gated=False, dyadic=dyadic)]


def test_a_directed_event_needs_a_target():
    assert dyadic_or_one_sided(event("ACCUSE", "disapprove", target="Vetland"))
    assert not dyadic_or_one_sided(event("ACCUSE", "disapprove"))
    assert not dyadic_or_one_sided(event("ASSAULT"))
    assert not dyadic_or_one_sided(event("RETREAT", "withdraw"))  # withdrew from what, whose?
    assert not dyadic_or_one_sided(event("SUPPORT", actor=None, target="Vetland"))  # no actor


def test_no_target_is_let_off_for_confidence():
    # the gate's probability vouches for the type, not for a target read: the surest
    # target-less events were as often half read as the others. dyadic_or_one_sided reads no
    # confidence today: this guards against a future exemption of the surest events
    assert not dyadic_or_one_sided(event("ACCUSE", "disapprove", confidence=0.99))
    assert not dyadic_or_one_sided(event("ASSAULT", confidence=1.0))
    assert dyadic_or_one_sided(event("ASSAULT", target="Vetland", confidence=0.21))


def test_one_sided_types_and_modes_need_none():
    assert dyadic_or_one_sided(event("PROTEST", "demo"))
    assert dyadic_or_one_sided(event("MOBILIZE", "troops"))
    assert dyadic_or_one_sided(event("RETREAT", "resign"))
    assert dyadic_or_one_sided(event("RETREAT", "disarm"))
    assert not dyadic_or_one_sided(event("CONCEDE"))


def test_a_sure_event_of_a_type_plover_codes_alone_needs_no_target():
    # PLOVER requires a recipient of COOPERATE, AID and SANCTION only
    assert one_party_event(event("ACCUSE", "disapprove", confidence=ONE_PARTY_CONFIDENCE))
    assert one_party_event(event("REQUEST", confidence=0.9))
    assert one_party_event(event("AGREE", confidence=0.9))
    assert not one_party_event(event("SANCTION", confidence=0.99))
    assert not one_party_event(event("AID", confidence=0.99))
    assert not one_party_event(event("COOPERATE", confidence=0.99))


def test_an_unsure_event_aimed_at_no_one_named_leaves_the_record():
    # a target-less reading is more often half read: it must be more likely an event than not
    assert not one_party_event(event("ACCUSE", "disapprove", confidence=ONE_PARTY_CONFIDENCE - 0.01))
    assert not one_party_event(event("ASSAULT", confidence=0.3))
    assert not one_party_event(event("ACCUSE", actor=None, confidence=0.99))  # no actor, no event


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_one_party_actor_is_the_grammatical_doer(nlp):
    doc = nlp("Senator Ann Roe criticized the plan.")
    assert subject_doer(_word(doc, "criticized"), _word(doc, "Roe"))
    doc = nlp("Vetland agreed to lift the curfew.")
    assert subject_doer(_word(doc, "lift"), _word(doc, "Vetland"))  # the subject of the verb it completes
    doc = nlp("The plan was criticized by Senator Ann Roe.")
    assert subject_doer(_word(doc, "criticized"), _word(doc, "Roe"))  # a passive's "by" phrase


def test_an_actor_acted_on_is_no_one_party_doer(nlp):
    doc = nlp("Senator Ann Roe was criticized on Monday.")
    assert not subject_doer(_word(doc, "criticized"), _word(doc, "Roe"))  # the passive's subject
    doc = nlp("Senator Ann Roe, whom the party leaders backed, lost the vote.")
    assert not subject_doer(_word(doc, "backed"), _word(doc, "Roe"))  # a relative clause's antecedent
    doc = nlp("Days after Ivo Brand's arrest, his brother fled.")
    assert not subject_doer(_word(doc, "arrest"), _word(doc, "Brand"))  # a noun's possessor


def test_an_act_aimed_at_no_one_named_stays_with_its_actor(nlp):
    text = "Senator Mira Tolk criticized the decision on Tuesday."
    assert coded(nlp, text, dyadic=False) == [("ACCUSE", None)]  # the coder reads it
    assert coded(nlp, text) == [("ACCUSE", None)]  # and PLOVER codes it with the actor alone
    assert coded(nlp, "Senator Mira Tolk criticized Governor Bo Lind on Tuesday.") == [("ACCUSE", "Governor Bo Lind")]


def test_a_protest_or_a_resignation_stays_with_no_target(nlp):
    assert coded(nlp, "Thousands of Zorbians protested in the capital on Sunday.") == [("PROTEST", None)]
    assert coded(nlp, "Zorbian Minister Mira Tolk resigned on Friday.") == [("RETREAT", None)]


def test_the_party_beside_the_actor_of_a_mutual_act_is_its_target(nlp):
    assert coded(nlp, "Zorbia and Vetland held talks on the border.") == [("CONSULT", "Vetland")]
    assert coded(nlp, "Zorbia and Vetland signed a treaty of friendship.") == [("SUPPORT", "Vetland")]
    # both denounced it, neither the other: no target, an act of the actor alone
    assert coded(nlp, "Zorbia and Vetland denounced the treaty.", dyadic=False) == [("ACCUSE", None)]


def test_a_pact_of_many_backed_by_two_is_no_act_between_them(nlp):
    # both backed it, neither the other: Vetland is no target, and no event is in the record
    text = "Zorbia and Vetland backed the global climate pact on Monday."
    assert ("SUPPORT", "Vetland") not in coded(nlp, text, dyadic=False)
    assert coded(nlp, text) == []
    assert coded(nlp, "Zorbia and Vetland signed the global climate pact.", dyadic=False) == [("SUPPORT", None)]
    # a pact said to be theirs, two-sided, between them, or a new one signed: each other's
    assert coded(nlp, "Zorbia and Vetland backed a pact between them.") == [("SUPPORT", "Vetland")]
    assert coded(nlp, "Zorbia and Vetland signed a bilateral pact.", dyadic=False) == [("SUPPORT", "Vetland")]


def test_mutual_act(nlp):
    doc = nlp("Zorbia and Vetland restored their ties and denounced the pact.")
    restored, denounced = doc[3], doc[7]
    assert mutual_act(restored, "SUPPORT")
    assert not mutual_act(denounced, "ACCUSE")
    assert mutual_act(denounced, "CONSULT")  # talks are held with each other whatever their object
    doc = nlp("Zorbia and Vetland backed the regional trade pact and signed a new accord.")
    backed, signed = doc[3], doc[9]
    assert not mutual_act(backed, "SUPPORT")  # a pact of many, not one between them
    assert mutual_act(signed, "AGREE")  # a new pact the two sign
    doc = nlp("Zorbia and Vetland backed one another.")
    assert mutual_act(doc[3], "SUPPORT")
    doc = nlp("Zorbia and Vetland restored ties and backed their pact.")
    assert mutual_act(doc[3], "SUPPORT") and mutual_act(doc[6], "SUPPORT")  # ties are had with each other
