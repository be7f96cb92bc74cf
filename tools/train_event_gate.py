#!/usr/bin/env python3
"""Train the event gate (src/onrecord/data/event_gate.json, read by extract/events/gate.py).

The gate decides, for each event the trigger model codes, whether it is an event at all. Its
examples are the coded events whose trigger a reader labelled: the Wikinews triggers of every
bench/event_labels*.jsonl file (dev half of the corpus only; an event is right when the label's
type is the coded type), the PolNeAR train triggers of ../onrecord-data/event_labels_polnear_train.jsonl
(article keys, offsets and codes only; reported apart as "polnear"; the gate's only, the trigger model is
not trained on them) and
the gold triggers of the dev half of the PLOVER gold sentences (right when the gold type is the
coded type). Every label file is read (``trainer.ALL_LABELS``); the fold trigger models learn,
as the shipped one does, from the Wikinews labels only.

The features must be those the shipped trigger model gives on text it has not seen, so they
are stacked: the labelled articles and PLOVER sentences are split into folds, and each fold's
events are coded by a trigger model trained (as tools/train_event_model.py trains it) without
that fold. The gate is a binary logistic regression over those events; its threshold is the
highest that still passes ``RECALL`` of the rightly coded PLOVER gold events (cross-validated):
every PLOVER sentence reports an international event, and the gate may lose only a few of those.
The stricter threshold was taken in issue 17's eleventh round (``--cv`` prints the curve):
with the PolNeAR train labels, passing 93% of the PLOVER events (70 of 75 in cross-validation)
at C 5 keeps the Wikinews labels' events right 0.63 of the time and the PolNeAR ones 0.44 (about
0.51 and 0.38 at the earlier 98%, C 0.3). The weaker regularisation is what lets it: at C 0.1-0.3
the 93% threshold (about 0.30) lay above the example digest's factory "built" (about 0.20, a
reported act with no target), at C 3-6 the threshold is about 0.20 and the digest's three events
lie above it (cross-validated Wikinews precision 0.61-0.63 there; 0.57-0.58 at C 1 and 10).
Features for an act its own actor reports ("the military announced it had built"), a state or
coded actor inside a statement, or the trigger model's no-event probability apart by how the
dictionary proposed the type were tried and left out: in the labels such acts are mostly not
events (14 of 129 in Wikinews statements where the actor is the speaker), and none gained.
Nor may it
lose the example digest's three events (a bar of issue 17): the threshold is lowered, when needed,
to just below the least of their probabilities (``digest_floor``; the example article is in no
training set, and the figures printed are at the threshold written). The threshold that would
keep the cross-validated precision on the Wikinews labels at ``PRECISION`` is written beside it,
with what it keeps, but not used: it loses about a third of the rightly coded PLOVER events.

The shipped gate was fitted in the eleventh round with 257 PolNeAR train labels kept outside the
repository and since lost. In the thirteenth round every event the trigger model proposed in 47
other PolNeAR train articles was labelled (544, the file above) and the gate refitted: the
cross-validated precision on them was no better (at C 5 and the 93% threshold, 0.44 of the kept
events right; the shipped gate, which never saw them, keeps 0.54, ``bench/event_label_precision.py
--polnear``), and the example digest's factory "built" fell to about 0.10, taking the threshold
with it. So the shipped weights stay; running this script now refits them from the labels here.

In the fifteenth round 493 more events (34 other PolNeAR train articles, seed 10014) were labelled
(../onrecord-data/event_labels_polnear_train2.jsonl), and the gate learns from the PolNeAR labels of the dev
half of the articles only (``judging.half_of``; ``--polnear-half``), so that the report half (643
labels of 45 articles) measures it on news it never saw. Refitted so (cross-validated at the 93%
threshold and the digest floor: C 3 best, 0.615 of kept Wikinews events right and 0.512 of PolNeAR
dev-half ones), no C gained on the held-out figures: the report half of the PolNeAR labels kept
0.578 of its kept events right with the shipped gate, 0.578 at C 3, 0.555 at C 5 and 0.548 at C 1;
the PLOVER report half's micro-F1 went from 0.632 to 0.614 at C 3 and C 5 (0.638 at C 1); and on
the Wikinews dev half C 3 added 9 wrong events for 3 right ones
(bench/judged/event-changes-dev-r15-evgate.jsonl). So the shipped weights still stay.

In the seventeenth round, after the sixteenth round's verb senses (tools/event_patterns_extra.tsv),
the gate was refitted again (C 5, threshold 0.192): it made 22 of the same 24 Wikinews dev-half
changes as above (17 added, about 5 of them right; 6 removed, 2 of them right events lost), so it
failed the bar of 0.8 right among added events and was not shipped. Cross-validated on the PLOVER
dev half (trigger model and gate each fitted without the fold: the way to read this half, which
both learn from), the gate passes 71 of the 77 sentences coded right without it; its
probability is calibrated to the labels' general news, where about a quarter of coded events
are real, and under-states event-dense text (PLOVER events it puts below 0.21 are right half the
time). Most recall lost on unseen event sentences is not the gate's: on ConfliBERT CAMEO train
sentences with an event, 3% lose it at the gate against 15% dropped for want of a target
(``coder.dyadic_or_one_sided``; 4% since ``coder.one_party_event`` keeps types that need no
recipient) and 17% with no event of any type left after the trigger
model's threshold and the rules.

    .venv/bin/python tools/train_event_model.py     # the trigger model first
    .venv/bin/python tools/train_event_gate.py      # writes the gate
    .venv/bin/python tools/train_event_gate.py --cv # cross-validated scores only; writes nothing
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from onrecord import nlp as nlp_loader
from onrecord.evaluation.events import plover_half, read_plover
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.pipeline import build_record
from onrecord.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import train_event_model as trainer  # noqa: E402
from judging import half_of  # noqa: E402  (the split of articles into a dev and a held-out report half)

ROOT = trainer.ROOT
OUT = ROOT / "src/onrecord/data/event_gate.json"
DIGEST = ROOT / "sample/iran-missile-statements.txt"  # the example digest's article (tests/repo_paths.py)
FOLDS = 5
C = 5.0  # chosen by the cross-validation below (--cv prints the others)
RECALL = 0.93  # of the rightly coded PLOVER dev-half gold events, the share the gate passes
POLNEAR_HALF = "dev"  # the half of the PolNeAR train labels the gate learns from (the other is held out)
PRECISION = 0.80  # the precision on the Wikinews labels a stricter threshold would keep (reported only)
SOURCE = ("Weights and threshold of the event gate (extract/events/gate.py): a binary logistic regression over "
          "coded events, fitted on the events named in trained_on. Rebuilt by tools/train_event_gate.py.")


def fold_of(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % FOLDS


def labelled_articles(ids: set[str]) -> list[Article]:
    """The labelled articles: Wikinews dev-half ones and PolNeAR train ones (``trainer.article_rows``)."""
    rows = trainer.article_rows(ids)
    return [Article(id=aid, text=row["text"], title=row.get("title"), published=row.get("published"),
                    url=row.get("url")) for aid, row in sorted(rows.items())]


def label_source(article_id: str, polnear: set[str]) -> str:
    """"polnear" for a PolNeAR train article, else "wikinews" (the precision bar is Wikinews')."""
    return "polnear" if article_id in polnear else "wikinews"


def gate_labels(polnear_half: str | None = POLNEAR_HALF) -> list[dict]:
    """The gate's labels: every Wikinews label and the PolNeAR train labels of the articles of
    ``polnear_half`` (``judging.half_of``; None: all of them), so that the other half measures the gate
    on news it never saw (``bench/event_label_precision.py --polnear --half report``)."""
    polnear_files = [p for p in trainer.ALL_LABELS if p not in trainer.LABELS]
    if not polnear_files:
        # the shipped gate learnt from them: training without them would make another gate
        raise SystemExit(f"train_event_gate: no PolNeAR label files in {trainer.POLNEAR_DATA} "
                         "(event_labels_polnear_train*.jsonl, kept outside the repository)")
    return trainer.read_label_files(trainer.LABELS) + [
        lab for lab in trainer.read_label_files(polnear_files)
        if polnear_half is None or half_of(lab["article_id"]) == polnear_half]


def stacked_examples(nlp, polnear_half: str | None = POLNEAR_HALF) -> list[tuple[dict[str, float], int, str, str, int]]:
    """(gate features, right or not, source, group, trigger offset) of every labelled coded event, each coded by
    a trigger model that never saw its fold."""
    tables = event_tables.load()
    cameo = trainer.read_tsv(trainer.TRAIN)
    base = trainer.cameo_examples(nlp.pipe(t for t, _ in cameo), [q for _, q in cameo], tables)
    plover = [r for r in read_plover(trainer.PLOVER_DEV) if plover_half(r["id"]) == "dev"]
    plover_docs = list(nlp.pipe(r["text"] for r in plover))
    labels = gate_labels(polnear_half)  # the gate's examples: Wikinews and one half of PolNeAR train
    # the fold trigger models learn from the labels the shipped one learnt from (Wikinews only)
    labelled = trainer.read_labels(labels=trainer.read_label_files())
    label_docs = list(nlp.pipe(t for t, _ in labelled))
    articles = labelled_articles({lab["article_id"] for lab in labels})
    polnear = {aid for aid, row in trainer.article_rows({a.id for a in articles}).items()
               if row.get("source") == "polnear"}
    records = {}
    docs = {}
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        docs[article.id] = doc
        records[article.id] = build_record(article, doc, events=False)
    by_trigger = {(lab["article_id"], lab["trigger"][0]): lab["type"] for lab in labels}
    # each sentence's trigger features once; a fold's training set is the others' concatenated in order
    plover_rows = [trainer.plover_examples([doc], [row], tables) for doc, row in zip(plover_docs, plover, strict=True)]
    label_rows = [trainer.label_examples([doc], [labs], tables) for doc, labs in zip(label_docs, labelled, strict=True)]
    out = []
    for k in range(FOLDS):
        examples = list(base)
        examples += [x for r, xs in zip(plover, plover_rows, strict=True) if fold_of(r["id"]) != k
                     for x in xs] * trainer.PLOVER_WEIGHT
        examples += [x for (_, labs), xs in zip(labelled, label_rows, strict=True)
                     if fold_of(labs[0]["article_id"]) != k for x in xs] * trainer.LABEL_WEIGHT
        model = trainer.as_model(trainer.fit(examples))
        for aid, record in records.items():
            if fold_of(aid) != k:
                continue
            log: list = []
            find_events(docs[aid], aid, record.published, record.statements, record.entities, model=model,
                        tables=tables, gated=False, gate_log=log)
            for event, features in log:
                label = by_trigger.get((aid, event.trigger.start))
                if label is not None:
                    out.append((features, int(label == event.type), label_source(aid, polnear), aid,
                                event.trigger.start))
        for n, row in enumerate(plover):
            if fold_of(row["id"]) != k:
                continue
            gold_words = set(re.findall(r"[\w'-]+", (row.get("event_text") or "").lower()))
            log = []
            find_events(plover_docs[n], f"p{n}", model=model, tables=tables, gated=False, gate_log=log)
            for event, features in log:
                if event.trigger.text.lower() in gold_words:
                    right = int(event.type == row["event_plover2021"])
                    out.append((features, right, "plover", row["id"], event.trigger.start))
    return out


def fit(examples, c: float = C) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([f for f, *_ in examples])
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(X, [y for _, y, *_ in examples])
    return vectorizer, model


def cross_validated(examples, c: float) -> list[float]:
    """Each example's gate probability from a gate fitted without its fold."""
    probs = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [e for e in examples if fold_of(e[3]) != k]
        vectorizer, model = fit(train, c)
        for n, e in enumerate(examples):
            if fold_of(e[3]) == k:
                probs[n] = float(model.predict_proba(vectorizer.transform([e[0]]))[0][1])
    return probs


def threshold_for_recall(examples, probs, recall: float = RECALL) -> float:
    """The highest threshold that passes ``recall`` of the PLOVER events coded with the gold type."""
    right = sorted(p for p, e in zip(probs, examples, strict=True) if e[2] == "plover" and e[1])
    return right[len(right) - math.ceil(recall * len(right))] if right else 0.0


def threshold_for(examples, probs, precision: float = PRECISION) -> float:
    """The least threshold at which the Wikinews events kept are right at least ``precision``
    of the time (and stay so above it, so that one lucky event does not set it)."""
    scored = sorted((p, e[1]) for p, e in zip(probs, examples, strict=True) if e[2] == "wikinews")
    best = 1.0
    for i in range(len(scored) - 1, -1, -1):
        kept = scored[i:]
        if sum(y for _, y in kept) / len(kept) >= precision:
            best = scored[i][0]
        elif len(kept) >= 10:
            break
    return best


def digest_floor(nlp, vectorizer, model) -> float:
    """The least gate probability of the example digest's three events (the U.S. sanctions on
    Iran, the I.R.G.C. strike on Islamic State, the missile factory "built"), less a hair, so that
    a threshold at most this keeps them. The digest needs each of the three once, so each counts
    with its surest telling ("imposed sanctions", not also the later "sanctions against Iran")."""
    text = DIGEST.read_text(encoding="utf-8")
    doc = nlp(text)
    record = build_record(Article("digest", text, published="2017-07-25"), doc, events=False)
    log: list = []
    find_events(doc, "digest", record.published, record.statements, record.entities, gated=False, gate_log=log)

    def wanted(e) -> str | None:
        actor, target = e.actor.country if e.actor else None, e.target.country if e.target else None
        if e.type == "SANCTION" and actor == "USA" and target == "IRN":
            return "sanctions"
        if e.type == "ASSAULT" and actor == "IRN" and "Islamic State" in (e.target.text if e.target else ""):
            return "strike"
        return "built" if e.type == "MOBILIZE" and actor == "IRN" and e.trigger.text == "built" else None

    surest: dict[str, float] = {}
    for e, f in log:
        which = wanted(e)
        if which is not None:
            surest[which] = max(surest.get(which, 0.0), float(model.predict_proba(vectorizer.transform([f]))[0][1]))
    return min(surest.values()) - 1e-4 if surest else 1.0


def report(examples, probs, threshold: float) -> dict:
    out = {}
    for source in ("wikinews", "polnear", "plover"):
        rows = [(p, e[1]) for p, e in zip(probs, examples, strict=True) if e[2] == source]
        kept = [y for p, y in rows if p >= threshold]
        right = sum(y for _, y in rows)
        out[source] = {"events": len(rows), "right_before": round(right / len(rows), 3) if rows else None,
                       "kept": len(kept), "right_kept": round(sum(kept) / len(kept), 3) if kept else None,
                       "right_events_kept": f"{sum(kept)}/{right}"}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="Print cross-validated scores for several C; write nothing.")
    ap.add_argument("--polnear-half", choices=("dev", "report", "all"), default=POLNEAR_HALF,
                    help="the half of the PolNeAR train labels to learn from (default dev: the report half held out)")
    args = ap.parse_args()
    nlp = nlp_loader.load()
    half = None if args.polnear_half == "all" else args.polnear_half
    examples = stacked_examples(nlp, half)
    if args.cv:
        for c in (0.1, 0.3, 1.0, 3.0, 5.0, 10.0):
            probs = cross_validated(examples, c)
            for recall in (0.98, 0.96, 0.93, 0.9):
                threshold = threshold_for_recall(examples, probs, recall)
                print(json.dumps({"C": c, "recall": recall, "threshold": round(threshold, 3),
                                  **report(examples, probs, threshold)}))
        return
    probs = cross_validated(examples, C)
    strict = threshold_for(examples, probs)
    vectorizer, model = fit(examples)
    threshold = min(threshold_for_recall(examples, probs), digest_floor(nlp, vectorizer, model))
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                                           strict=True) if abs(w) >= 1e-3}
    wiki = sum(e[2] == "wikinews" for e in examples)
    pol = sum(e[2] == "polnear" for e in examples)
    data = {"source": SOURCE,
            "trained_on": (f"{wiki} coded events at hand-labelled dev-half Wikinews triggers and {pol} at PolNeAR "
                           f"train triggers of the {args.polnear_half} half (bench/event_labels*.jsonl) + "
                           f"{len(examples) - wiki - pol} at dev-half "
                           f"PLOVER gold triggers, "
                           f"stacked over {FOLDS} folds"),
            "cross_validated": report(examples, probs, threshold), "C": C, "threshold": round(threshold, 4),
            f"threshold_for_precision_{PRECISION}": round(strict, 4),
            f"cross_validated_at_precision_{PRECISION}": report(examples, probs, strict),
            "bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in data.items() if k not in ("source", "weights")}, indent=1))


if __name__ == "__main__":
    main()
