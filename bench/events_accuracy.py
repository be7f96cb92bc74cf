#!/usr/bin/env python3
"""Event coding accuracy on the shared data: PLOVER gold (type accuracy, macro- and micro-F1,
actor/target country and sector) on each half of the split by sentence id, ConfliBERT CAMEO test
(quad macro-F1), NGEC actor cases.

The shipped model was trained on ConfliBERT CAMEO train and the ``dev`` half of the PLOVER gold
sentences only (tools/train_event_model.py), and the rules were written reading the dev half:
the ``report`` half is the figure to quote. ConfliBERT test and NGEC cases were never trained on.

    .venv/bin/python bench/events_accuracy.py [--shared ../shared/corpora/plover]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from onrecord import data
from onrecord import nlp as nlp_loader
from onrecord.evaluation.events import score_cameo_quads, score_ngec_actors, score_plover_halves

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared/corpora/plover"))
    args = ap.parse_args()
    shared = Path(args.shared)
    nlp = nlp_loader.load()
    report = {
        "model_trained_on": data.json_data("event_model.json")["trained_on"],
        **score_plover_halves(shared / "plover_gsr_dev.jsonl", nlp),
        "cameo_test": score_cameo_quads(shared / "conflibert_cameo/cameo_class/test.tsv", nlp),
        "ngec_actors": score_ngec_actors(shared / "ngec_actor_tests/ngec_actor_resolution_cases.jsonl"),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
