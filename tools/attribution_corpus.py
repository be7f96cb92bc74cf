"""Reading PolNeAR (brat standoff) for the model-building scripts in tools/.

PolNeAR stays in ../shared/corpora/polnear; only what the scripts count or learn ships.
"""
from __future__ import annotations

import argparse
import glob
import os
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import DocBin

from onrecord import nlp as nlp_loader

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared/corpora/polnear/train"
TRIM = " \t\n\r\u00a0\"'`“”‘’«».,;:!?-—–―"


@dataclass
class Article:
    name: str
    text: str
    attributions: list[dict]  # {"cue": [(s, e)], "content": [(s, e)]}


def read_split(split_dir: str | os.PathLike) -> list[Article]:
    """The articles of a split with the attributions of their first annotation file."""
    out = []
    for path in sorted(glob.glob(os.path.join(split_dir, "text", "*.txt"))):
        name = os.path.basename(path)[:-4]
        files = sorted(glob.glob(os.path.join(split_dir, "attributions", name + "_*.ann")))
        if files:
            out.append(Article(name, open(path, encoding="utf-8").read(), read_attributions(files[0])))
    return out


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


def parsed_split(description: str) -> tuple[list[Article], list]:
    """The command line both tools share (SPLIT_DIR, --cache, --model): the split's articles
    and their parsed docs."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("split", nargs="?", default=str(DEFAULT_TRAIN))
    ap.add_argument("--cache", help="DocBin of the parsed texts, written when absent")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    articles = read_split(args.split)
    return articles, parse(nlp_loader.load(args.model), [a.text for a in articles], args.cache)


def parse(nlp, texts: list[str], cache: str | None = None) -> list:
    """Parsed docs, read from / written to a DocBin cache when one is named."""
    if cache and os.path.exists(cache):
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=16))
    if cache:
        DocBin(docs=docs).to_disk(cache)
    return docs


def is_attribution(cand, doc, article: Article) -> bool:
    """A candidate is right when its cue lies in an annotated cue and at least half of its
    trimmed content lies in that attribution's content (the lenient rule of the scorer)."""
    cue = (cand.cue.idx, cand.cue.idx + len(cand.cue))
    content = _trimmed(article.text, *cand.char_span(doc))
    return any(_inside_share(cue, a["cue"]) >= 0.5 and _inside_share(content, a["content"]) >= 0.5
               for a in article.attributions)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _inside_share(span, pieces) -> float:
    size = span[1] - span[0]
    if size <= 0:
        return 0.0
    return sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in pieces) / size
