#!/usr/bin/env python3
"""Train the event-type model (src/onrecord/data/event_model.json).

Sources of labelled trigger words (verbs, and the event nouns ``event_model.is_candidate`` admits):
- ConfliBERT's CAMEO train sentences carry only a quad class (0 no event, 1-4 the CAMEO quads),
  so each candidate is labelled through the verb dictionary: in a sentence of quad 0 every one
  is NONE; otherwise a candidate whose dictionary type (CAMEO -> PLOVER) has the sentence's quad
  gets that type and the others are NONE. Sentences where none fits their quad are left out.
- The ``dev`` half of the PLOVER gold sentences (split by a hash of the sentence id,
  ``evaluation.events.plover_half``): the candidate inside the gold event text gets the gold
  type, the sentence's others NONE. The ``report`` half is never trained on: it is what
  bench/events_accuracy.py reports.
- Wikinews triggers labelled by hand in every bench/event_labels*.jsonl file (article id, sentence
  and trigger offsets, type or NONE; no text), read against ../shared/corpora/wikinews/wikinews.jsonl:
  events drawn from the dev half of the Wikinews corpus (bench/event_judging.py), never the report
  half. A trigger labelled in more than one file keeps its last label. (The PolNeAR train labels,
  ../onrecord-data/event_labels_polnear_train.jsonl, are the event gate's only: ``ALL_LABELS``.)

A multinomial logistic regression (scikit-learn) is fitted and written as plain JSON (weights
only, no corpus text).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python tools/build_event_data.py
    .venv/bin/python tools/train_event_model.py              # writes the model
    .venv/bin/python tools/train_event_model.py --score      # trains, scores the report half, writes nothing
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from onrecord import nlp as nlp_loader
from onrecord.evaluation import keyed_articles
from onrecord.evaluation.events import plover_half, read_plover, score_plover
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.model import NONE, EventModel, is_candidate, trigger_features

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "src/onrecord/data/event_model.json"
SHARED = ROOT.parent / "shared/corpora"
TRAIN = SHARED / "plover/conflibert_cameo/cameo_class/train.tsv"
PLOVER_DEV = SHARED / "plover/plover_gsr_dev.jsonl"
WIKINEWS = SHARED / "wikinews/wikinews.jsonl"
POLNEAR_TRAIN = SHARED / "polnear/train/text"  # PolNeAR train articles, one <id>.txt each
# every label file (the event gate's examples, tools/train_event_gate.py); the trigger model is
# trained on the Wikinews ones only (``LABELS``): the PolNeAR train labels came after it and teach
# the gate alone, whose stacked features must be those of the trigger model shipped. Labels of
# PolNeAR articles are kept outside the repository, beside ../shared, in ../onrecord-data (the
# corpus stays out of the repo, and so does what is keyed to it); they are read against
# ../shared/corpora/polnear/train.
POLNEAR_DATA = ROOT.parent / "onrecord-data"
ALL_LABELS = (sorted((ROOT / "bench").glob("event_labels*.jsonl"))
              + sorted(POLNEAR_DATA.glob("event_labels_polnear*.jsonl")))
LABELS = [p for p in ALL_LABELS if "polnear" not in p.name]
C = 0.3  # chosen by 4-fold cross-validation within the dev half
PLOVER_WEIGHT = 3  # each gold PLOVER trigger counts this many times beside the silver CAMEO ones
LABEL_WEIGHT = 3  # and each hand-labelled Wikinews trigger
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
        found = [trigger_features(t, tables)[:2] for t in doc if is_candidate(t, tables)]
        if quad == 0:
            out += [(f, NONE) for f, _ in found]
            continue
        if not any(c and event_tables.QUAD.get(c[0]) == quad for _, c in found):
            continue
        out += [(f, c[0] if c and event_tables.QUAD.get(c[0]) == quad else NONE) for f, c in found]
    return out


def plover_examples(docs, rows, tables) -> list:
    out = []
    for doc, row in zip(docs, rows, strict=False):
        gold_words = {w.lower() for w in re.findall(r"[\w'-]+", row.get("event_text") or "")}
        found = [t for t in doc if is_candidate(t, tables)]
        hits = [t for t in found if t.lower_ in gold_words]
        if not hits:
            continue
        gold = next((t for t in hits if t.pos_ == "VERB"), hits[0])
        out += [(trigger_features(t, tables)[0], row["event_plover2021"] if t is gold else NONE) for t in found]
    return out


def read_label_files(paths: list[Path] | None = None) -> list[dict]:
    """Every hand label of the files (``LABELS``), one per trigger: a later one replaces an earlier.
    A PolNeAR label names its article by ``article_key`` (PolNeAR's ids are slugs of their
    headlines); it is read back as the ``article_id`` of the train article with that key."""
    kept: dict[tuple[str, int], dict] = {}
    keyed: dict[str, str] | None = None
    for path in LABELS if paths is None else paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lab = json.loads(line)
                if "article_key" in lab:
                    keyed = keyed if keyed is not None else keyed_articles(POLNEAR_TRAIN)
                    lab["article_id"] = keyed[lab.pop("article_key")]
                kept[(lab["article_id"], lab["trigger"][0])] = lab
    return list(kept.values())


def article_rows(ids: set[str], corpus: Path = WIKINEWS) -> dict[str, dict]:
    """The corpus rows (id, text, title, ...) of the labelled articles: Wikinews ones from
    ``corpus``, PolNeAR train ones (../onrecord-data/event_labels_polnear_train.jsonl) from their text files."""
    rows: dict[str, dict] = {}
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line) if line.strip() else None
            if row and str(row["id"]) in ids:
                rows[str(row["id"])] = {**row, "id": str(row["id"])}
    for aid in ids - rows.keys():
        path = POLNEAR_TRAIN / f"{aid}.txt"
        if path.is_file():
            rows[aid] = {"id": aid, "text": path.read_text(encoding="utf-8"), "source": "polnear"}
    return rows


def read_labels(paths: list[Path] | None = None, corpus: Path = WIKINEWS,
                labels: list[dict] | None = None) -> list[tuple[str, list[dict]]]:
    """(sentence text, its labels with offsets made relative to it) for each labelled sentence."""
    labels = read_label_files(paths) if labels is None else labels
    if not labels:
        return []
    texts = {aid: row["text"] for aid, row in article_rows({lab["article_id"] for lab in labels}, corpus).items()}
    by_sentence: dict[tuple[str, int, int], list[dict]] = {}
    for lab in labels:
        key = (lab["article_id"], lab["sentence"][0], lab["sentence"][1])
        by_sentence.setdefault(key, []).append(lab)
    out = []
    for (aid, start, end), labs in by_sentence.items():
        out.append((texts[aid][start:end], [{**lab, "at": lab["trigger"][0] - start} for lab in labs]))
    return out


def label_examples(docs, labelled, tables) -> list:
    """Each labelled trigger with its type ("NONE": a word a reader judged no event); the
    sentence's other words were not judged and are left out."""
    out = []
    for doc, (_, labs) in zip(docs, labelled, strict=False):
        typed = {lab["at"]: lab["type"] for lab in labs}
        out += [(trigger_features(t, tables)[0], typed[t.idx])
                for t in doc if t.idx in typed and is_candidate(t, tables)]
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


def train(nlp, score: bool = False) -> tuple[dict, str, dict | None]:
    """The fitted model, what it was trained on, and (with ``score``) its report-half scores."""
    tables = event_tables.load()
    cameo = read_tsv(TRAIN)
    examples = cameo_examples(nlp.pipe(t for t, _ in cameo), [q for _, q in cameo], tables)
    rows = read_plover(PLOVER_DEV)
    dev = [r for r in rows if plover_half(r["id"]) == "dev"]
    examples += plover_examples(nlp.pipe(r["text"] for r in dev), dev, tables) * PLOVER_WEIGHT
    labelled = read_labels()
    examples += label_examples(nlp.pipe(t for t, _ in labelled), labelled, tables) * LABEL_WEIGHT
    sources = (f"ConfliBERT CAMEO train (quad labels through the verb dictionary) + the dev half of "
               f"PLOVER gold dev ({len(dev)} sentences) + {len(labelled)} hand-labelled Wikinews sentences")
    fitted = fit(examples)
    scores = None
    if score:
        report = [r for r in rows if plover_half(r["id"]) == "report"]
        scores = score_plover(report, nlp, model=as_model(fitted))
    return fitted, sources, scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--score", action="store_true", help="Score the report half of PLOVER dev; write nothing.")
    args = ap.parse_args()
    nlp = nlp_loader.load()
    fitted, sources, scores = train(nlp, score=args.score)
    if scores is not None:
        print(json.dumps(scores, indent=1))
        return
    data = {"source": SOURCE, "trained_on": sources, **fitted}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{data['examples']} examples, {len(data['weights'])} features -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
