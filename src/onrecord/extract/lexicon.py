"""The cue lexicon: which cue words are speech and belief, and how often each candidate pattern
was an attribution in PolNeAR train (features of the cue classifier, ``classifier.py``).

Two data files in ``onrecord/data``: ``speech_verbs.txt`` (curated speech and belief lemmas, and
the verbs that take an infinitive or a judged noun phrase) and ``cue_patterns.tsv`` (counts over
PolNeAR train, rebuilt by ``tools/build_cue_lexicon.py``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from onrecord import data

# relations under which a curated speech verb is taken without corpus evidence
SPEECH_RELATIONS = frozenset({"ccomp", "head", "according"})
# a curated verb introducing an infinitive ("warned Iran to halt", "pledged to engage")
XCOMP_VERBS = data.words("speech_verbs.txt", "infinitive")
# verbs of praise and blame: with a bare noun phrase ("hailed the move") they name what was judged,
# not what was said
REACTION_VERBS = data.words("speech_verbs.txt", "reaction")


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


@cache
def load() -> Lexicon:
    """The lexicon, built once: ``speech_word`` asks for it word by word."""
    verbs = data.sections("speech_verbs.txt")
    header, *counts = data.rows("cue_patterns.tsv")
    patterns = {}
    for row in counts:
        field = dict(zip(header, row, strict=True))
        patterns[(field["lemma"], field["pos"], field["relation"])] = (int(field["attributions"]), int(field["seen"]))
    return Lexicon(frozenset(verbs["speech"]), frozenset(verbs["belief"]), patterns)
