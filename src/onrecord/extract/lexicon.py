"""The cue lexicon: which cue words are speech and belief, and how often each candidate pattern
was an attribution in PolNeAR train (features of the cue classifier, ``classifier.py``).

Two data files in ``onrecord/data``: ``speech_verbs.txt`` (curated speech and belief lemmas) and
``cue_patterns.tsv`` (counts over PolNeAR train, rebuilt by ``tools/build_cue_lexicon.py``).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# relations under which a curated speech verb is taken without corpus evidence
SPEECH_RELATIONS = {"ccomp", "head", "according"}
# a curated verb introducing an infinitive ("warned Iran to halt", "pledged to engage")
XCOMP_VERBS = {"pledge", "promise", "vow", "threaten", "urge", "warn", "ask", "demand", "call", "plan",
               "intend", "want", "hope", "expect", "seek", "refuse", "decline", "order", "advise"}
# verbs of praise and blame: with a bare noun phrase ("hailed the move") they name what was judged,
# not what was said
REACTION_VERBS = frozenset({
    "hail", "praise", "applaud", "welcome", "commend", "laud", "salute", "thank", "congratulate",
    "condemn", "denounce", "decry", "deplore", "criticize", "criticise", "slam", "blast", "lambaste"})


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    beliefs: frozenset[str]
    patterns: dict[tuple[str, str, str], tuple[int, int]]  # -> (attributions, seen)

    def is_curated(self, lemma: str, pos: str, relation: str) -> bool:
        if pos not in ("VERB", "AUX") and relation != "according":
            return False
        if relation == "according":
            return True
        if lemma in self.speech and relation in SPEECH_RELATIONS:
            return True
        if lemma in self.beliefs and relation == "ccomp":
            return True
        return lemma in XCOMP_VERBS and relation == "xcomp"

    def is_speech(self, lemma: str) -> bool:
        return lemma in self.speech

    def is_belief(self, lemma: str) -> bool:
        return lemma in self.beliefs


@lru_cache(maxsize=1)
def load() -> Lexicon:
    data = resources.files("onrecord") / "data"
    speech, beliefs = set(), set()
    for line in (data / "speech_verbs.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, _, kind = line.partition("\t")
        (beliefs if kind.strip() == "belief" else speech).add(lemma.strip())
    patterns = {}
    rows = (data / "cue_patterns.tsv").read_text(encoding="utf-8").splitlines()
    for row in csv.DictReader((r for r in rows if not r.startswith("#")), delimiter="\t"):
        patterns[(row["lemma"], row["pos"], row["relation"])] = (int(row["attributions"]), int(row["seen"]))
    return Lexicon(frozenset(speech), frozenset(beliefs), patterns)
