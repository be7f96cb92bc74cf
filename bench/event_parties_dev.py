#!/usr/bin/env python3
"""Actor and target country of the event coder on the ``dev`` half of the PLOVER gold sentences,
with the sentences it gets wrong: the half rules may be written from (the ``report`` half's
figure comes from bench/events_accuracy.py, read only at the end).

    PYTHONPATH=src .venv/bin/python bench/event_parties_dev.py [--errors]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from onrecord import nlp as nlp_loader
from onrecord.evaluation.events import _top, plover_half, read_plover, score_plover

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared/corpora/plover"))
    ap.add_argument("--errors", action="store_true", help="print the dev sentences coded wrong")
    args = ap.parse_args()
    rows = [r for r in read_plover(Path(args.shared) / "plover_gsr_dev.jsonl") if plover_half(r["id"]) == "dev"]
    nlp = nlp_loader.load()
    docs = list(nlp.pipe(r["text"] for r in rows))
    scores = score_plover(rows, nlp, docs=docs)
    print(json.dumps({k: v for k, v in scores.items() if "country" in k or k in ("sentences", "micro_f1")},
                     indent=1))
    if not args.errors:
        return
    for n, (doc, row) in enumerate(zip(docs, rows, strict=True)):
        top = _top(doc, n)
        wrong = []
        for side, field in (("actor", "actor"), ("target", "recipient")):
            want = ((row.get(field) or [{}])[0]).get("code")
            got = getattr(top, side) if top else None
            if want and (got.country if got else None) != want:
                wrong.append(f"{side}: want {want} ({(row.get(field) or [{}])[0].get('actorText')}) got "
                             f"{got.country if got else None} ({got.text if got else None})")
        if wrong:
            print(f"\n{row['id']} [{top.type if top else None}/{row['event_plover2021']}] "
                  f"trigger={top.trigger.text if top and top.trigger else None}\n  {row['text']}")
            for w in wrong:
                print("  " + w)


if __name__ == "__main__":
    main()
