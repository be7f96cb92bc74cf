#!/usr/bin/env python3
"""Event coding accuracy on the shared data: PLOVER gold dev (type accuracy, macro- and micro-F1,
actor/target country and sector), ConfliBERT CAMEO test (quad macro-F1), NGEC actor cases.

The shipped model was trained on PLOVER dev too, so its dev scores are marked as seen; the
honest dev numbers are ``plover_dev_cv`` (5-fold: each sentence coded by a model trained without
it; needs scikit-learn, the 'train' extra). ConfliBERT test and NGEC cases were never trained on.

    .venv/bin/python bench/events_accuracy.py [--shared ../shared/corpora/plover] [--no-cv]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from onrecord import nlp as nlp_loader
from onrecord.evaluation.events import score_cameo_quads, score_ngec_actors, score_plover

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared/corpora/plover"))
    ap.add_argument("--no-cv", action="store_true", help="Skip the cross-validated PLOVER dev scores.")
    args = ap.parse_args()
    shared = Path(args.shared)
    nlp = nlp_loader.load()
    trained_on = json.loads((ROOT / "src/onrecord/data/event_model.json").read_text())["trained_on"]
    report = {}
    if not args.no_cv:
        sys.path.insert(0, str(ROOT / "tools"))
        from train_event_model import cross_validate  # noqa: PLC0415  (tools/ is no package; only with cross-validation)

        report["plover_dev_cv"] = cross_validate(5, nlp)
    report.update({
        "model_trained_on": trained_on,
        "plover_dev_seen_in_training": score_plover(shared / "plover_gsr_dev.jsonl", nlp),
        "cameo_test": score_cameo_quads(shared / "conflibert_cameo/cameo_class/test.tsv", nlp),
        "ngec_actors": score_ngec_actors(shared / "ngec_actor_tests/ngec_actor_resolution_cases.jsonl"),
    })
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
