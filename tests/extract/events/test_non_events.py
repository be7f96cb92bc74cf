"""What is no event, or not the event the verb first suggests: the doer of an agentless
passive, harm done by no one's will, inquiries that accuse no one, verbs in a sense that acts on
no one, and the steps of a prosecution (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import _preceding_actor, _verb_actor, find_events


def events_of(nlp, text):
    return find_events(nlp(text), "t", "2021-03-02")


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def test_the_subject_of_an_agentless_passive_is_never_its_doer(nlp):
    tables = event_tables.load()
    doc = nlp("Robert Smith was killed on Monday.")
    killed = _word(doc, "killed")
    sent = next(iter(doc.sents))
    assert _preceding_actor(killed, sent, tables) is None
    # an act of force so told: the subject is its victim (the place implies the actor)
    assert _verb_actor(killed, None, "ASSAULT", sent, tables) == (doc[1], doc[1])
    # any other act so told names no doer
    aid = nlp("Two convoys of food were sent to the city.")
    sent_ = _word(aid, "sent")
    assert _verb_actor(sent_, None, "AID", next(iter(aid.sents)), tables) == (None, None)
    # a passive with its agent: the agent is the doer
    agent = nlp("The mayor was arrested by the police.")
    arrested = _word(agent, "arrested")
    actor, victim = _verb_actor(arrested, None, "COERCE", next(iter(agent.sents)), tables)
    assert actor.lower_ == "police" and victim is None


def test_a_pronoun_victim_is_not_given_an_earlier_doer(nlp):
    text = "Ruritania's finance minister left the capital, and he was arrested in Lagos two days later."
    arrests = [e for e in events_of(nlp, text) if e.trigger.text == "arrested"]
    for e in arrests:
        assert "minister" not in e.actor.text
