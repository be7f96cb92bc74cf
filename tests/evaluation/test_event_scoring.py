"""The PLOVER gold split: fixed by sentence id, both halves used."""
from __future__ import annotations

from onrecord.evaluation.events import HALVES, plover_half


def test_split_is_fixed_by_sentence_id():
    ids = [f"PLOVER-GSR01-ASSAULT-{n:04d}" for n in range(40)]
    halves = [plover_half(i) for i in ids]
    assert halves == [plover_half(i) for i in ids]
    assert set(halves) == set(HALVES)
