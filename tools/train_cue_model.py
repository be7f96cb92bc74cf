#!/usr/bin/env python3
"""Train the cue classifier (src/onrecord/data/cue_model.json) on PolNeAR train.

Each candidate the parser proposes is labelled as the lexicon builder does (an annotated cue,
at least half of the content inside the annotated content) and described by
extract/features.py. The pattern counts an article contributes to cue_patterns.tsv are left out
of its own features, so the model learns how far to trust counts it has not seen. A logistic
regression (scikit-learn) is fitted and its weights are written as plain JSON.

    .venv/bin/pip install -e ".[train]"   # scikit-learn: only needed here, not to run onrecord
    .venv/bin/python tools/build_cue_lexicon.py --cache /tmp/train.spacy
    .venv/bin/python tools/train_cue_model.py --cache /tmp/train.spacy
"""
from __future__ import annotations

import collections
import json

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from attribution_corpus import ROOT, is_attribution, parsed_split
from onrecord.extract import lexicon
from onrecord.extract.candidates import candidates
from onrecord.extract.features import candidate_features

OUT = ROOT / "src/onrecord/data/cue_model.json"
C = 0.5  # inverse regularization strength
# what the file holds, where from, what rebuilds it: its first key
SOURCE = ("Weights of the cue classifier (extract/classifier.py): a logistic regression over the features of "
          "extract/features.py, fitted on PolNeAR train. Rebuilt by tools/train_cue_model.py.")


def main() -> None:
    articles, docs = parsed_split(__doc__.splitlines()[0])
    lex = lexicon.load()
    per_article = []
    for article, doc in zip(articles, docs, strict=False):
        labelled = [(c, is_attribution(c, doc, article)) for c in candidates(doc)]
        own = collections.Counter()
        own_good = collections.Counter()
        for cand, label in labelled:
            own[cand.pattern] += 1
            own_good[cand.pattern] += label
        per_article.append((labelled, own, own_good))

    rows, labels = [], []
    for labelled, own, own_good in per_article:
        for cand, label in labelled:
            good, seen = lex.patterns.get(cand.pattern, (0, 0))
            counts = (max(0, good - own_good[cand.pattern]), max(0, seen - own[cand.pattern]))
            rows.append(candidate_features(cand, lex, counts))
            labels.append(int(label))

    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(X, labels)
    named = zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=False)
    weights = {name: round(float(w), 5) for name, w in named if abs(w) >= 1e-4}
    OUT.write_text(json.dumps({"source": SOURCE, "trained_on": "PolNeAR train", "candidates": len(labels),
                               "positives": sum(labels), "C": C, "bias": round(float(model.intercept_[0]), 5),
                               "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(labels)} candidates, {sum(labels)} attributions, {len(weights)} weights -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
