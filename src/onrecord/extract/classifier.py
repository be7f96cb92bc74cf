"""The cue classifier: a logistic model over ``features.py``, trained on PolNeAR train by
``tools/train_cue_model.py`` and shipped as ``data/cue_model.json`` (weights, no pickle)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CueModel:
    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load() -> CueModel:
    data = json.loads((resources.files("onrecord") / "data" / "cue_model.json").read_text(encoding="utf-8"))
    return CueModel(bias=data["bias"], weights=data["weights"])
