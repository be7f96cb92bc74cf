"""The speaker mention of a statement the parse left without one, when the sentence's shape
still says who spoke: what the statement counts as is not changed here, only who is asked for.

- ``according_to_object``: "According to Rathbun the property was returned": the word after
  "according to", which the parser may hang on "to" as a clause ("pcomp") rather than an object;
- ``inverted_speaker``: ""...," said a protester", ""...," tweeted Mayor of London Sadiq
  Khan": the words right after a speech verb that follows a quotation, which the parser may take
  for the verb's object or for a modifier of something else.

The mention found is resolved by the whole sieve like any other, so "according to reports" is
still no speaker and a description still needs the article to name its holder.
"""
from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract.speakers.mention_syntax import speech_verb

_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
_NOUNS = ("NOUN", "PROPN")


def implied_source(cue: Token | None, kind: str) -> Token | None:
    """The token heading the speaker mention of a sourceless statement, or None."""
    if cue is None:
        return None
    return according_to_object(cue) or (inverted_speaker(cue) if kind in ("direct", "mixed") else None)


def according_to_object(cue: Token) -> Token | None:
    """"According to Rathbun the Scientology property was returned": the noun after "according
    to", when the parser made it a clause of "to" instead of its object."""
    if cue.lower_ != "according" or cue.i + 1 >= len(cue.doc) or cue.doc[cue.i + 1].lower_ != "to":
        return None
    to = cue.doc[cue.i + 1]
    # a capitalised word is a name, whatever the tagger made of it ("Rathbun" read as a verb)
    return next((c for c in to.children if c.dep_ in ("pobj", "pcomp") and (c.pos_ in _NOUNS or c.is_title)
                 and c.i == to.i + 1 + sum(1 for t in c.lefts)), None)


def inverted_speaker(cue: Token) -> Token | None:
    """""... deny it," said a protester using the pseudonym Katya': a speech verb that comes
    right after a closing quotation mark (a comma between or not) and has no subject of its own
    is followed by its speaker; the head of the noun phrase that starts right after the verb."""
    doc = cue.doc
    if not speech_verb(cue) or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    before = cue.i - 1
    while before >= 0 and doc[before].text in (",", ";") or before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].text not in _CLOSING_QUOTES:
        return None
    start = cue.i + 1
    while start < cue.sent.end and doc[start].pos_ == "DET":
        start += 1
    if start >= cue.sent.end or doc[start].pos_ not in _NOUNS + ("ADJ",):
        return None
    # the phrase's head: climb from its first word while the head stays inside the phrase
    token = doc[start]
    while token.head.i > cue.i and token.head.pos_ in _NOUNS and token.head.i != token.i \
            and token.dep_ in ("compound", "amod", "det", "nmod", "flat"):
        token = token.head
    # only a phrase the parser hung on the verb itself: when it took the verb for a word of
    # something else ('safe" tweeted Mayor of London ...'), the phrase it spans is no mention
    return token if token.pos_ in _NOUNS and token.head.i == cue.i else None
