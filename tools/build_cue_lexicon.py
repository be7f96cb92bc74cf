#!/usr/bin/env python3
"""Rebuild src/onrecord/data/cue_patterns.tsv from PolNeAR train.

For every candidate attribution the parser proposes (extract/candidates.py) the script counts how
often its pattern (cue lemma, part of speech, relation to the content) is a real attribution in
PolNeAR train: the cue token lies in an annotated cue and at least half of the candidate's content
lies in that attribution's content. Only these counts ship with onrecord, never the corpus.

    .venv/bin/python tools/build_cue_lexicon.py [SPLIT_DIR] [--cache FILE.spacy]
"""
from __future__ import annotations

import collections

from attribution_corpus import ROOT, is_attribution, parsed_split
from onrecord.extract.candidates import candidates

OUT = ROOT / "src/onrecord/data/cue_patterns.tsv"
# the comment lines the file opens with: what it holds, where from, what rebuilds it
HEADER = ("# Cue patterns (cue lemma, part of speech, relation to the content): how often each was an\n"
          "# attribution in PolNeAR train, and how often it was seen there.\n"
          "# Source: counted over PolNeAR train by tools/build_cue_lexicon.py, which rebuilds this file.\n")


def main() -> None:
    articles, docs = parsed_split(__doc__.splitlines()[0])
    total, good = collections.Counter(), collections.Counter()
    for article, doc in zip(articles, docs, strict=False):
        for cand in candidates(doc):
            total[cand.pattern] += 1
            good[cand.pattern] += is_attribution(cand, doc, article)

    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("lemma\tpos\trelation\tattributions\tseen\n")
        for pattern, seen in sorted(total.items(), key=lambda kv: (-good[kv[0]], kv[0])):
            if good[pattern] >= 1:
                out.write("\t".join(pattern) + f"\t{good[pattern]}\t{seen}\n")
    print(f"{sum(good.values())} attributions in {sum(1 for p in good if good[p])} patterns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
