"""List PolNeAR attributions whose Source mention is a pronoun or a description.

PolNeAR has no coreference: a Source is the surface mention ("he", "the official",
"Clinton"). This script finds the Source mentions that do not name anyone themselves —
pronouns ("he", "they", "who") and descriptions ("the senator", "the campaign",
"the Trump campaign", "his spokesman") — so that their referents can be named by hand in a
table that ``bench/accuracy.py --canonical TABLE`` scores. This listing holds mention text, so it
is printed, never kept; the named table (``../onrecord-data/polnear_dev_canonical.tsv``)
holds only article keys, offsets and the names readers gave where the article never writes them.

It reads the corpus from ../shared/corpora/polnear at run time, uses the first annotation
file (sorted order) of each article, and prints TSV to stdout; it writes no files.

Rules (spaCy, run over the whole article so entities have their context):
- pronoun: every word of the mention is a pronoun (POS PRON, or in PRONOUNS);
- proper name (not listed): the head of the mention is a PROPN, or a capitalised word that is
  not sentence-initial, or a capitalised word that the article also capitalises mid-sentence
  and that is in a PERSON/ORG/GPE/NORP entity or never written in lower case (the small
  model often tags "Trump" as a NOUN or VERB); or the
  head is not a common noun and the mention holds a PROPN inside such an entity;
- mentions with no noun, pronoun or adjective (annotation slips such as "said") are left out;
- description: everything else, including a common-noun head with a name inside it
  ("the Trump campaign", "Clinton's spokesman", "Republican nominee").

    .venv/bin/python bench/list_polnear_sources.py [--split dev] [ARTICLE ...]
"""
from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

from onrecord import nlp as nlp_loader

ROOT = Path(__file__).resolve().parents[1]

CORPUS = ROOT.parent / "shared/corpora/polnear"
PRONOUNS = {
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
    "it", "its", "they", "them", "their", "who", "whom", "whose", "which", "that",
    "himself", "herself", "itself", "themselves", "ourselves", "myself", "one", "this",
}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
OPENERS = {'"', "“", "‘", "'", ":", "—", "-", "("}
CONTENT_POS = {"NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET"}


def sentence_initial(tok) -> bool:
    """True at a sentence start, also after an opening quote, colon or dash."""
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.text in OPENERS or "\n" in prev.whitespace_


def capitalised_midsentence(doc) -> set[str]:
    """Words the article capitalises somewhere other than a sentence start."""
    return {t.text for t in doc if t.text[:1].isupper() and not sentence_initial(t)}


def first_ann(split_dir: Path, article: str) -> Path | None:
    files = sorted(glob.glob(str(split_dir / "attributions" / f"{article}_*.ann")))
    return Path(files[0]) if files else None


def read_sources(ann: Path) -> list[tuple[str, int, int, str]]:
    """(attribution id, start, end, text) for every attribution with a Source."""
    spans, rels = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            kind, _, offsets = cols[1].partition(" ")
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[cols[0]] = (kind, pieces[0][0], pieces[-1][1], cols[2])
        elif line.startswith("E") and len(cols) >= 2:
            args = dict(a.split(":", 1) for a in cols[1].split())
            if "Source" in args:
                rels.append((cols[0], args["Source"]))
    out = []
    for eid, tid in rels:
        if tid in spans:
            _, start, end, text = spans[tid]
            out.append((eid, start, end, text))
    return out


def classify(doc, start: int, end: int, midcaps: set[str], lowers: set[str]) -> str:
    """'pronoun', 'description', 'name' or 'other' for the mention at [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if not any(t.pos_ in CONTENT_POS or t.lower_ in PRONOUNS for t in words):
        return "other"
    if all(t.pos_ == "PRON" or t.lower_ in PRONOUNS for t in words):
        return "pronoun"
    head = span.root
    if head.pos_ == "PROPN":
        return "name"
    if head.text[:1].isupper() and (
        not sentence_initial(head)
        or (head.text in midcaps and (head.ent_type_ in NAME_LABELS or head.lower_ not in lowers))
    ):
        return "name"
    named = any(t.pos_ == "PROPN" and t.ent_type_ in NAME_LABELS for t in words)
    if named and head.pos_ != "NOUN":
        return "name"
    return "description"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("articles", nargs="*", help="article ids (default: all in the split)")
    args = ap.parse_args(argv)

    pipeline = nlp_loader.load()
    split_dir = Path(args.corpus) / args.split
    articles = args.articles or sorted(p.stem for p in (split_dir / "text").glob("*.txt"))
    print("article\tann_file\tattribution\tsource_start\tsource_end\ttype\tmention")
    for article in articles:
        ann = first_ann(split_dir, article)
        if ann is None:
            continue
        doc = pipeline((split_dir / "text" / f"{article}.txt").read_text(encoding="utf-8"))
        midcaps = capitalised_midsentence(doc)
        lowers = {t.text for t in doc if t.text.islower()}
        for eid, start, end, text in sorted(read_sources(ann), key=lambda r: (r[1], r[2])):
            kind = classify(doc, start, end, midcaps, lowers)
            if kind in ("pronoun", "description"):
                mention = " ".join(text.split())
                print(f"{article}\t{ann.name}\t{eid}\t{start}\t{end}\t{kind}\t{mention}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
