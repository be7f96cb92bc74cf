#!/usr/bin/env python3
"""Rebuild src/onrecord/data/cue_patterns.tsv from PolNeAR train.

For every candidate attribution the parser proposes (extract/candidates.py) the script counts how
often its pattern (cue lemma, part of speech, relation to the content) is a real attribution in
PolNeAR train: the cue token lies in an annotated cue and at least half of the candidate's content
lies in that attribution's content. Only these counts ship with onrecord, never the corpus.

    .venv/bin/python tools/build_cue_lexicon.py [../shared/corpora/polnear/train] [--cache FILE.spacy]
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from onrecord import nlp as nlp_loader  # noqa: E402
from onrecord.extract.candidates import candidates  # noqa: E402

OUT = ROOT / "src/onrecord/data/cue_patterns.tsv"
TRIM = " \t\n\r\u00a0\"'`“”‘’«».,;:!?-—–―"


def read_attributions(ann_path: str) -> list[dict]:
    """Cue and content character spans of each attribution in one brat file."""
    spans, out = {}, []
    for line in open(ann_path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            _, ranges = cols[1].split(" ", 1)
            spans[cols[0]] = [tuple(map(int, r.split())) for r in ranges.split(";")]
        elif cols[0].startswith("E"):
            args = dict(kv.split(":", 1) for kv in cols[1].split() if ":" in kv)
            content = spans.get(args.get("Content"), []) + spans.get(args.get("Content2"), [])
            out.append({"cue": spans.get(args.get("Cue"), []), "content": content})
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def inside_share(span, pieces) -> float:
    size = span[1] - span[0]
    if size <= 0:
        return 0.0
    return sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in pieces) / size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", nargs="?", default=str(ROOT.parent / "shared/corpora/polnear/train"))
    ap.add_argument("--cache", help="DocBin of the parsed texts, written when absent")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    names, texts, anns = [], [], []
    for path in sorted(glob.glob(os.path.join(args.split, "text", "*.txt"))):
        name = os.path.basename(path)[:-4]
        files = sorted(glob.glob(os.path.join(args.split, "attributions", name + "_*.ann")))
        if files:
            names.append(name)
            texts.append(open(path, encoding="utf-8").read())
            anns.append(read_attributions(files[0]))

    nlp = nlp_loader.load(args.model)
    if args.cache and os.path.exists(args.cache):
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(texts, batch_size=16))
        if args.cache:
            DocBin(docs=docs).to_disk(args.cache)

    total, good = collections.Counter(), collections.Counter()
    for text, doc, attributions in zip(texts, docs, anns):
        for cand in candidates(doc):
            total[cand.pattern] += 1
            cue = (cand.cue.idx, cand.cue.idx + len(cand.cue))
            content = trimmed(text, *cand.char_span(doc))
            for attr in attributions:
                if inside_share(cue, attr["cue"]) >= 0.5 and inside_share(content, attr["content"]) >= 0.5:
                    good[cand.pattern] += 1
                    break

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# cue patterns counted over PolNeAR train by tools/build_cue_lexicon.py\n")
        out.write("lemma\tpos\trelation\tattributions\tseen\n")
        for pattern, seen in sorted(total.items(), key=lambda kv: (-good[kv[0]], kv[0])):
            if good[pattern] >= 1:
                out.write("\t".join(pattern) + f"\t{good[pattern]}\t{seen}\n")
    print(f"{sum(good.values())} attributions in {len(good)} patterns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
