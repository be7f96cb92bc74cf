"""Precision of the coded events against the hand labels: the dev half of Wikinews, or PolNeAR train.

Every event labelled in bench/event_labels*.jsonl (its true PLOVER type, or NONE) is matched to
the events the coder produces now by (article id, trigger start). Reports how many produced
events are labelled, and of those how many have the right type; plus the labelled real events
the coder no longer produces (lost recall). The Wikinews labels are dev-half ones the gate was
trained on, so that figure is in-sample for the gate; rule changes are still informative. With
``--polnear`` the labels are those of ../onrecord-data/event_labels_polnear_train*.jsonl (every event the
trigger model proposed, before the gate, in 47 PolNeAR train articles, labelled in the
thirteenth round, and in 34 more in the fifteenth), which the shipped gate was not trained on: a
held-out figure for it. tools/train_event_gate.py learns from the dev half of them only, so
``--polnear --half report`` stays held out for a refitted gate.

    PYTHONPATH=src .venv/bin/python bench/event_label_precision.py [--errors] [--polnear] [--half dev|report]
        [--labels FILE ...]

``--half`` keeps the labels of the articles of one half by ``judging.half_of`` (sha1 of the id even:
dev; odd: report), so that rules written on one half of the PolNeAR labels are measured on the other.
With ``--polnear``, ``parties_right`` of ``parties_labelled`` counts the right-typed events whose
label says both actor and target were right (labels given to the parties as coded when labelled).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from judging import CORPUS, _texts, half_of
from onrecord import nlp as nlp_loader
from onrecord.extract.pipeline import process_many
from onrecord.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from train_event_model import POLNEAR_DATA, read_label_files  # noqa: E402  (the trainers' reading of the label files)

# every event the trigger model proposed before the gate in PolNeAR train articles, labelled: 47 articles in the
# thirteenth round (event_labels_polnear_train.jsonl), 34 more in the fifteenth (..._train2.jsonl); kept
# outside the repository, in ../onrecord-data beside ../shared, as everything keyed to the PolNeAR corpus
POLNEAR_LABELS = sorted(POLNEAR_DATA.glob("event_labels_polnear_train*.jsonl"))
POLNEAR_TRAIN = CORPUS.parents[1] / "polnear" / "train" / "text"


def labels(polnear: bool = False, half: str | None = None) -> dict[tuple[str, int], str]:
    """The labels by (article id, trigger start): the Wikinews dev-half ones the models were
    trained on, or the PolNeAR train ones."""
    if polnear:
        return {(lab["article_id"], lab["trigger"][0]): lab["type"] for lab in read_label_files(POLNEAR_LABELS)
                if half is None or half_of(lab["article_id"]) == half}
    return {(lab["article_id"], lab["trigger"][0]): lab["type"] for lab in read_label_files()
            if half_of(lab["article_id"]) == "dev"}


def party_labels(half: str | None = None) -> dict[tuple[str, int], bool]:
    """Whether the actor and the target were both right, by (article id, trigger start), where
    the PolNeAR train labels say (they were given to the parties of the event as coded then)."""
    return {(lab["article_id"], lab["trigger"][0]): bool(lab["actor_ok"] and lab["target_ok"])
            for lab in read_label_files(POLNEAR_LABELS)
            if lab.get("actor_ok") is not None and (half is None or half_of(lab["article_id"]) == half)}


def polnear_texts(ids: set[str]) -> dict[str, str]:
    return {i: (POLNEAR_TRAIN / f"{i}.txt").read_text(encoding="utf-8") for i in sorted(ids)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print the wrong events (dev half only)")
    ap.add_argument("--polnear", action="store_true", help="the PolNeAR train labels (held out for the gate)")
    ap.add_argument("--half", choices=("dev", "report"), help="only the labels of the articles of this half")
    ap.add_argument("--labels", type=Path, nargs="+",
                    help="with --polnear, only these label files (the gate learned from the first one)")
    args = ap.parse_args()
    if args.labels:
        POLNEAR_LABELS[:] = args.labels
    gold = labels(args.polnear, args.half)
    parties = party_labels(args.half) if args.polnear else {}
    texts = polnear_texts({a for a, _ in gold}) if args.polnear else _texts(CORPUS)
    ids = sorted({a for a, _ in gold if a in texts})  # Wikinews ones (the PolNeAR train labels are not this bench's)
    articles = [Article(id=i, text=texts[i]) for i in ids]
    nlp = nlp_loader.load()
    produced: dict[tuple[str, int], tuple[str, str]] = {}
    for record in process_many(articles, nlp):
        for e in record.events:
            produced[(record.id, e.trigger.start)] = (e.type, e.trigger.text)
    counts: Counter[str] = Counter()
    for key, (kind, word) in sorted(produced.items()):
        if key not in gold:
            counts["unlabelled"] += 1
            continue
        counts["labelled"] += 1
        truth = gold[key]
        if truth == kind:
            counts["type_right"] += 1
            if key in parties:
                counts["parties_labelled"] += 1
                counts["parties_right"] += parties[key]
        else:
            counts["none_coded" if truth == "NONE" else "wrong_type"] += 1
            if args.errors:
                text = texts[key[0]]
                s = text.rfind(".", 0, key[1]) + 1
                print(f"{kind:10} true {truth:10} {word!r:16} {key[0][:30]} {key[1]} {text[s:key[1] + 80]!r}")
    real = {k for k, t in gold.items() if t != "NONE"}
    counts["real_labelled"] = len(real)
    counts["real_found_right"] = sum(1 for k in real if produced.get(k, ("",))[0] == gold[k])
    if args.errors:
        for key in sorted(real):
            if produced.get(key, ("",))[0] != gold[key]:
                text = texts[key[0]]
                s = text.rfind(".", 0, key[1]) + 1
                print(f"MISSED {gold[key]:10} {text[s:key[1] + 80]!r}")
    result = dict(counts)
    result["precision"] = round(counts["type_right"] / max(counts["labelled"], 1), 3)
    result["real_recall"] = round(counts["real_found_right"] / max(len(real), 1), 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
