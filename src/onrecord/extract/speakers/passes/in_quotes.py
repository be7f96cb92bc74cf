"""Passes over an article's statements once every source mention is resolved.

``quote_speaker``: "I think ...", inside someone's quoted words, is that someone; rule
"quote-speaker". ``continued_quote``: a quote that goes on after its attribution ("..., she said.
"It is ...") takes the speaker of the statement it continues; rule "continued-quote".
"""
from __future__ import annotations

from onrecord.extract.speakers.state import ArticleEntity
from onrecord.extract.statements import Found

# a resolved speaker mention: its character offsets, the article entity it names (if any) and
# the rule that named it
Resolved = tuple[int, int, ArticleEntity | None, str]

FIRST_PERSON = {"i", "we", "me", "us"}


def quote_speaker(found: list[Found], resolved: dict[int, Resolved | None]) -> None:
    """A first-person source left unresolved takes the speaker of the statement whose content
    holds it; rule "quote-speaker".

    Measured precision: not measured, none in the dev half, seed 3001 (150 statements drawn, 140 real)."""
    for n, f in enumerate(found):
        own = resolved.get(n)
        if f.source is None or f.source.lower_ not in FIRST_PERSON or not own or own[2]:
            continue
        for m, outer in enumerate(found):
            other = resolved.get(m)
            if m != n and outer.start <= f.source.idx < outer.end and other and other[2]:
                start, end, speaker = own[0], own[1], other[2]
                speaker.mentions.append((start, end))
                resolved[n] = (start, end, speaker, "quote-speaker")
                break


def continued_quote(found: list[Found], resolved: dict[int, Resolved | None]) -> None:
    """A continued quote takes the speaker of the statement before; rule "continued-quote".

    Measured precision: 0.67 (10/15) on the dev half, seed 3001 (150 statements drawn, 140 real): four quotes
    given to the speaker before when the sentence (or the paragraph) names another."""
    index = {id(f): n for n, f in enumerate(found)}
    for n, f in enumerate(found):
        if f.continues is not None:
            before = resolved.get(index[id(f.continues)])
            resolved[n] = (*before[:3], "continued-quote") if before else None
