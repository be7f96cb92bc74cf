#!/usr/bin/env python3
"""Train the event-type model (src/onrecord/data/event_model.json).

Two sources of labelled verbs:
- ConfliBERT's CAMEO train sentences carry only a quad class (0 no event, 1-4 the CAMEO quads),
  so each verb is labelled through the verb dictionary: in a sentence of quad 0 every verb is
  NONE; otherwise a verb whose dictionary type (CAMEO -> PLOVER) has the sentence's quad gets
  that type and the other verbs are NONE. Sentences where no verb fits their quad are left out.
- PLOVER gold dev sentences (unless --no-plover): the verb inside the gold event text gets the
  gold type, the sentence's other verbs NONE. Because the shipped model has seen these, the
  dev numbers are reported by ``--cv K`` (K-fold: each fold scored by a model trained on
  ConfliBERT and the other folds), never by scoring the shipped model on dev.

A multinomial logistic regression (scikit-learn) is fitted and written as plain JSON.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python tools/build_event_data.py
    .venv/bin/python tools/train_event_model.py            # writes the model
    .venv/bin/python tools/train_event_model.py --cv 5     # cross-validated PLOVER dev scores
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from onrecord import nlp as nlp_loader
from onrecord.evaluation.events import read_plover, score_plover
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.model import NONE, EventModel, trigger_features

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "src/onrecord/data/event_model.json"
SHARED = ROOT.parent / "shared/corpora/plover"
TRAIN = SHARED / "conflibert_cameo/cameo_class/train.tsv"
PLOVER_DEV = SHARED / "plover_gsr_dev.jsonl"
C = 1.0
PLOVER_WEIGHT = 3  # each gold PLOVER verb counts this many times beside the silver CAMEO ones
# what the file holds, where from, what rebuilds it: its first key
SOURCE = ("Weights of the event-type model (extract/events/model.py): a multinomial logistic regression "
          "fitted on the sentences named in trained_on. Rebuilt by tools/train_event_model.py.")


def read_tsv(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rstrip("\r").rsplit("\t", 1)
            if label.strip().isdigit():
                rows.append((text.strip(), int(label)))
    return rows


def cameo_examples(docs, quads, tables) -> list:
    out = []
    for doc, quad in zip(docs, quads, strict=False):
        verbs = [trigger_features(t, tables)[:2] for t in doc if t.pos_ == "VERB"]
        if quad == 0:
            out += [(f, NONE) for f, _ in verbs]
            continue
        if not any(c and event_tables.QUAD.get(c[0]) == quad for _, c in verbs):
            continue
        out += [(f, c[0] if c and event_tables.QUAD.get(c[0]) == quad else NONE) for f, c in verbs]
    return out


def plover_examples(docs, rows, tables) -> list:
    out = []
    for doc, row in zip(docs, rows, strict=False):
        gold_words = {w.lower() for w in re.findall(r"[\w'-]+", row.get("event_text") or "")}
        verbs = [t for t in doc if t.pos_ == "VERB"]
        hits = [t for t in verbs if t.lower_ in gold_words]
        if not hits:
            continue
        for t in verbs:
            out.append((trigger_features(t, tables)[0], row["event_plover2021"] if t is hits[0] else NONE))
    return out


def fit(examples) -> dict:
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([f for f, _ in examples])
    y = [label for _, label in examples]
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(X, y)
    classes = [str(c) for c in model.classes_]
    weights = {}
    for j, name in enumerate(vectorizer.get_feature_names_out()):
        row = [round(float(model.coef_[i][j]), 4) for i in range(len(classes))]
        if any(abs(w) >= 1e-3 for w in row):
            weights[name] = row
    return {"examples": len(y), "C": C, "classes": classes, "bias": [round(float(b), 4) for b in model.intercept_],
            "weights": dict(sorted(weights.items()))}


def as_model(data: dict) -> EventModel:
    return EventModel(tuple(data["classes"]), tuple(data["bias"]), data["weights"])


def cross_validate(k: int = 5, nlp=None) -> dict:
    """K-fold scores on PLOVER dev: each fold coded by a model that never saw it."""
    nlp = nlp or nlp_loader.load()
    tables = event_tables.load()
    cameo = read_tsv(TRAIN)
    base = cameo_examples(nlp.pipe(t for t, _ in cameo), [q for _, q in cameo], tables)
    rows = read_plover(PLOVER_DEV)
    docs = list(nlp.pipe(r["text"] for r in rows))
    folds = [list(range(i, len(rows), k)) for i in range(k)]
    per_fold = []
    for held in folds:
        held_set = set(held)
        train = [i for i in range(len(rows)) if i not in held_set]
        gold = plover_examples([docs[i] for i in train], [rows[i] for i in train], tables)
        model = as_model(fit(base + gold * PLOVER_WEIGHT))
        per_fold.append(score_plover([rows[i] for i in held], nlp, model=model, docs=[docs[i] for i in held]))
    # pool the folds: every sentence scored once, by a model that did not see it
    total = sum(f["sentences"] for f in per_fold)
    pooled = {"folds": k, "sentences": total}
    for key in ("type_accuracy", "micro_f1", "micro_precision", "actor_country_accuracy",
                "target_country_accuracy", "actor_sector_accuracy"):
        weight = "predicted" if key == "micro_precision" else (key.rsplit("_accuracy", 1)[0] + "_n"
                                                                if key.endswith("_accuracy") and key != "type_accuracy"
                                                                else "sentences")
        n = sum(f.get(weight) or 0 for f in per_fold)
        pooled[key] = round(sum((f[key] or 0) * (f.get(weight) or 0) for f in per_fold) / n, 4) if n else None
    pooled["type_macro_f1_mean_of_folds"] = round(sum(f["type_macro_f1"] for f in per_fold) / k, 4)
    return pooled


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-plover", action="store_true", help="Train on ConfliBERT only.")
    ap.add_argument("--cv", type=int, metavar="K", help="Only report K-fold scores on PLOVER dev.")
    args = ap.parse_args()
    if args.cv:
        print(json.dumps(cross_validate(args.cv), indent=1))
        return
    nlp = nlp_loader.load()
    tables = event_tables.load()
    cameo = read_tsv(TRAIN)
    examples = cameo_examples(nlp.pipe(t for t, _ in cameo), [q for _, q in cameo], tables)
    sources = "ConfliBERT CAMEO train (quad labels through the verb dictionary)"
    if not args.no_plover:
        rows = read_plover(PLOVER_DEV)
        examples += plover_examples(nlp.pipe(r["text"] for r in rows), rows, tables) * PLOVER_WEIGHT
        sources += " + PLOVER gold dev"
    data = {"source": SOURCE, "trained_on": sources, **fit(examples)}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{data['examples']} verbs, {len(data['weights'])} features -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
