"""Scoring the event coder against the shared PLOVER / CAMEO / NGEC data.

``score_plover(path)`` reads PLOVER gold sentences (one event each) and reports event-type
accuracy, macro-F1 and micro-F1 under the rule "one gold event per sentence; the most
confident predicted event counts", with actor / target country and sector accuracy (sectors
on their first 3 characters; a sentence with no event coded counts as wrong, and the
countries are also scored over the sentences with an event, ``..._given_event``);
``score_plover_halves`` does so for each half of the split by sentence id (``plover_half``),
of which the event model is trained on ``dev`` only.
``score_cameo_quads(path)`` gives quad-class macro-F1 on
ConfliBERT's CAMEO sentences (no event = class 0); ``score_ngec_actors(path)`` the country
accuracy of actor texts. Used by ``onrecord evaluate-events`` and bench/events_accuracy.py.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Optional

from onrecord.extract.events.coder import find_events
from onrecord.extract.events.tables import QUAD, code_text
from onrecord.model import EVENT_TYPES, Event


def _top(doc, n: int, model=None, gated: bool = True) -> Optional[Event]:
    events = find_events(doc, f"s{n}", model=model, gated=gated)
    return max(events, key=lambda e: e.confidence) if events else None


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro_f1(gold: list, pred: list, labels) -> float:
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=False))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=False))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=False))
        if tp + fp + fn:
            scores.append(_f1(tp, fp, fn))
    return sum(scores) / len(scores) if scores else 0.0


HALVES = ("dev", "report")


def plover_half(sentence_id: str) -> str:
    """Which half a PLOVER gold sentence is in, fixed by a hash of its id: rules and training use
    the ``dev`` half only; the figures reported come from the ``report`` half."""
    return HALVES[int(hashlib.sha1(sentence_id.encode("utf-8")).hexdigest(), 16) % 2]


def read_plover(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def type_scores(gold: list, pred: list) -> dict:
    """The event-type figures of one gold type per sentence against the type coded for it (None
    where no event is coded): accuracy, macro-F1 and micro precision, recall and F1."""
    tp = sum(g == p for g, p in zip(gold, pred, strict=False))
    predicted = sum(p is not None for p in pred)
    precision = tp / predicted if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    return {"sentences": len(gold), "predicted": predicted,
            "type_accuracy": round(tp / len(gold), 4) if gold else 0.0,
            "type_macro_f1": round(macro_f1(gold, pred, EVENT_TYPES), 4),
            "micro_precision": round(precision, 4), "micro_recall": round(recall, 4),
            "micro_f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0}


def score_plover(path_or_rows, nlp, model=None, docs=None, gated: bool = True) -> dict:
    """``path_or_rows``: the gold file or its rows; ``docs``: the rows already parsed; ``gated``:
    events pass the event gate (``extract/events/gate.py``) as they do in the pipeline."""
    rows = read_plover(path_or_rows) if isinstance(path_or_rows, (str, Path)) else list(path_or_rows)
    gold, pred = [], []
    # "..._given_event": over the sentences where an event is coded at all (a sentence with none,
    # say one the gate drops, counts as a wrong country in the plain figure): how well the
    # countries are read, apart from whether the event is found
    counts = {k: [0, 0] for k in ("actor_country", "target_country", "actor_sector", "target_sector",
                                  "actor_country_given_event", "target_country_given_event")}
    for n, (doc, row) in enumerate(zip(docs or nlp.pipe(r["text"] for r in rows), rows, strict=False)):
        top = _top(doc, n, model, gated)
        gold.append(row["event_plover2021"])
        pred.append(top.type if top else None)
        for side, field in (("actor", "actor"), ("target", "recipient")):
            coded = (row.get(field) or [{}])[0]
            got = getattr(top, side) if top else None
            if coded.get("code"):
                right = (got.country if got else None) == coded["code"]
                counts[f"{side}_country"][0] += right
                counts[f"{side}_country"][1] += 1
                if top is not None:
                    counts[f"{side}_country_given_event"][0] += right
                    counts[f"{side}_country_given_event"][1] += 1
            if coded.get("sector") and coded["sector"][:3] != "***":
                counts[f"{side}_sector"][0] += ((got.sector if got else None) or "")[:3] == coded["sector"][:3]
                counts[f"{side}_sector"][1] += 1
    out = type_scores(gold, pred)
    for key, (right, total) in counts.items():
        out[f"{key}_accuracy"] = round(right / total, 4) if total else None
        out[f"{key}_n"] = total
    return out


def score_plover_halves(path: str | Path, nlp) -> dict:
    """PLOVER gold scores for each half: ``report`` (never trained on: the figure to report) and
    ``dev`` (the event model was trained on it, so its score says little). The report half is
    scored twice: as the pipeline codes it, and without the event gate (every sentence reports
    an event, so there the gate can only lose some: the type decision alone)."""
    rows = read_plover(path)
    report = [r for r in rows if plover_half(r["id"]) == "report"]
    docs = list(nlp.pipe(r["text"] for r in report))
    return {"plover_report_half": score_plover(report, nlp, docs=docs),
            "plover_report_half_without_gate": score_plover(report, nlp, docs=docs, gated=False),
            "plover_dev_half_seen_in_training": score_plover([r for r in rows if plover_half(r["id"]) == "dev"], nlp)}


def score_cameo_quads(path: str | Path, nlp) -> dict:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rstrip("\r").rsplit("\t", 1)
            if label.strip().isdigit():
                rows.append((text.strip(), int(label)))
    gold, pred = [], []
    for n, (doc, (_, quad)) in enumerate(zip(nlp.pipe(t for t, _ in rows), rows, strict=False)):
        top = _top(doc, n)
        gold.append(quad)
        pred.append(QUAD[top.type] if top else 0)
    right = sum(g == p for g, p in zip(gold, pred, strict=False))
    return {"sentences": len(gold), "quad_macro_f1": round(macro_f1(gold, pred, range(5)), 4),
            "quad_accuracy": round(right / len(gold), 4) if gold else 0.0}


def score_ngec_actors(path: str | Path) -> dict:
    right = total = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        want = (case.get("expect") or {}).get("country")
        if case["method"] != "agent_to_code" or case.get("xfail_or_skip") or not want or want.get("op") != "Eq":
            continue
        country, _ = code_text(str(case["args"][0]))
        total += 1
        right += (country or "") == want["value"]
    return {"cases": total, "country_accuracy": round(right / total, 4) if total else None}
