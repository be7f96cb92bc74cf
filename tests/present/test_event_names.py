"""How an event's parties are named where events are shown (``onrecord.present.events``)."""
from __future__ import annotations

from onrecord.present.events import party


def test_a_party_is_its_words_and_its_codes():
    assert party({"text": "the  Trump administration", "country": "USA", "sector": "GOV"}) == \
        "the Trump administration [USA/GOV]"
    assert party(None) == "?"


def test_an_implied_actor_shows_as_unnamed_with_its_country():
    # "two suspects were arrested": the state that arrested them is implied, only its country known
    assert party({"text": "", "start": 10, "end": 10, "country": "IND", "sector": None}) == "(unnamed) [IND]"
    assert party({"text": "", "country": None, "sector": None}) == "?"
