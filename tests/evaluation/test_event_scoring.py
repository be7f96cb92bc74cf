"""The PLOVER gold split: fixed by sentence id, both halves used."""
from __future__ import annotations

from onrecord.evaluation.events import HALVES, plover_half, score_plover


def test_split_is_fixed_by_sentence_id():
    ids = [f"PLOVER-GSR01-ASSAULT-{n:04d}" for n in range(40)]
    halves = [plover_half(i) for i in ids]
    assert halves == [plover_half(i) for i in ids]
    assert set(halves) == set(HALVES)


def test_countries_are_also_scored_over_the_sentences_with_an_event(nlp):
    rows = [{"id": "a", "text": "The Trump administration imposed new sanctions on Iran on Tuesday.",
             "event_plover2021": "SANCTION", "actor": [{"code": "USA"}], "recipient": [{"code": "IRN"}]},
            {"id": "b", "text": "The weather was mild all week.", "event_plover2021": "AID",
             "actor": [{"code": "FRA"}]}]
    out = score_plover(rows, nlp)
    assert (out["actor_country_accuracy"], out["actor_country_n"]) == (0.5, 2)  # no event: a wrong country
    assert (out["actor_country_given_event_accuracy"], out["actor_country_given_event_n"]) == (1.0, 1)
    assert (out["target_country_given_event_accuracy"], out["target_country_given_event_n"]) == (1.0, 1)
