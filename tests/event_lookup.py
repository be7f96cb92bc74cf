"""The coded event at a trigger word of a small text, for the event tests: its parties as the coder
gives them, whatever the gate (tests/extract/events/test_gate.py) and the dyad rule make of it."""
from __future__ import annotations

from onrecord.extract.events.coder import find_events


def event_at(nlp, text, trigger):
    """The first event of ``text`` coded at a trigger written ``trigger``; fails if there is none."""
    events = [e for e in find_events(nlp(text), "t", "2020-05-05", gated=False,
                                     dyadic=False) if e.trigger.text == trigger]
    assert events, f"no event at {trigger!r}"
    return events[0]


def events_before_gate(nlp, text):
    """Every event of ``text`` as the coder gives it, before the gate and the dyad rule (the rules
    a test looks at act before them)."""
    return find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)
