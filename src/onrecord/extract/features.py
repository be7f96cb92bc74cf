"""Features of a candidate attribution, for the cue classifier (``classifier.py``).

Plain named features (``{"tag=VBD": 1.0, "weight": 0.81, ...}``) computed from the parse
around the cue: how often the pattern is an attribution in PolNeAR train, the kind of
relation, the cue's form and clause, its subject, and the shape of the content.
"""
from __future__ import annotations

import math

from onrecord.extract.candidates import Candidate
from onrecord.extract.lexicon import Lexicon

QUOTE_MARKS = set('"“”‘’«»') | {"''"}
SUBORDINATE_DEPS = {"advcl", "relcl", "acl", "pcomp", "csubj"}


def candidate_features(cand: Candidate, lex: Lexicon, counts: tuple[int, int] | None = None) -> dict[str, float]:
    """``counts`` overrides the lexicon's (attributions, seen) for the pattern; training uses it
    to leave each article's own counts out."""
    lemma, pos, relation = cand.pattern
    good, seen = counts if counts is not None else lex.patterns.get(cand.pattern, (0, 0))
    cue = cand.cue
    doc = cue.doc
    f: dict[str, float] = {
        "weight": good / (seen + 1.0) if seen else 0.0,
        "log_seen": math.log1p(seen),
        "unseen": float(seen == 0),
        "curated": float(lex.is_curated(lemma, pos, relation)),
        "speech_lemma": float(lex.is_speech(lemma)),
        "belief_lemma": float(lex.is_belief(lemma)),
        "rel=" + relation.split(":")[0]: 1.0,
        "rel=" + relation: 1.0,
        "tag=" + cue.tag_: 1.0,
        "dep=" + cue.dep_: 1.0,
        "lemma=" + lemma: 1.0,
        "subj=" + _subject_kind(cand): 1.0,
        "cue_after_content": float(cue.i >= cand.end),
        "subordinate": float(any(a.dep_ in SUBORDINATE_DEPS for a in [cue, *cue.ancestors])),
        "len=" + _length_bucket(cand.end - cand.start): 1.0,
        "content_verb": float(any(t.pos_ in ("VERB", "AUX") for t in doc[cand.start:cand.end])),
        "content_quote": float(any(t.text in QUOTE_MARKS for t in doc[max(0, cand.start - 1):cand.end + 1])),
    }
    for child in cue.children:
        if child.dep_ == "neg":
            f["negated"] = 1.0
        elif child.tag_ == "MD":
            f["modal"] = 1.0
        elif child.dep_ == "mark":
            f["mark=" + child.lower_] = 1.0
    for ancestor in cue.ancestors:
        marks = [c.lower_ for c in ancestor.children if c.dep_ == "mark"]
        if marks:
            f["outer_mark=" + marks[0]] = 1.0
            break
    return f


def _subject_kind(cand: Candidate) -> str:
    subj = cand.source
    if subj is None:
        return "none"
    if subj.lower_ in ("i", "we", "you", "me", "us"):
        return "first_second"
    if subj.pos_ == "PRON":
        return "pronoun"
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subj.ent_type_
    return subj.pos_


def _length_bucket(n: int) -> str:
    if n < 4:
        return "short"
    if n < 10:
        return "medium"
    if n < 25:
        return "long"
    return "very_long"
