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
# verbs of answering: their subject answers the words before, not their speaker
REPLY_VERBS = data.words("speech_verbs.txt", "reply")


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


# the past and present forms of speech verbs not made by adding "-d", "-ed" or "-s"
_IRREGULAR_SPEECH_FORMS = frozenset({"said", "told", "wrote", "swore"})


def speech_verb_form(word: str) -> bool:
    """Whether a word is a past or third-person form of a speech verb of the lexicon ("Stated",
    "Added", "Says", "Said"), read without the parser, which takes a capitalised verb opening a
    sentence ('Stated Roe: "..."') for the first word of a name."""
    w = word.lower()
    if w in _IRREGULAR_SPEECH_FORMS:
        return True
    if w.endswith("ied"):
        stems = [w[:-3] + "y"]
    elif w.endswith("ed"):
        stems = [w[:-1], w[:-2]] + ([w[:-3]] if len(w) > 4 and w[-3] == w[-4] else [])
    elif w.endswith("es"):
        stems = [w[:-1], w[:-2]]
    elif w.endswith("s"):
        stems = [w[:-1]]
    else:
        return False
    return any(load().is_speech(stem) for stem in stems)
