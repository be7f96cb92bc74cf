"""The cue classifier: a logistic model over ``features.py``, trained on PolNeAR train by
``tools/train_cue_model.py`` and shipped as ``data/cue_model.json`` (weights, no pickle)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from onrecord import data


@dataclass(frozen=True)
class CueModel:
    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load() -> CueModel:
    """The shipped model (its weights are read once, by ``onrecord.data``)."""
    weights = data.json_data("cue_model.json")
    return CueModel(bias=weights["bias"], weights=weights["weights"])
