"""The pass for "I", "me", "my" outside quotation marks: the writer of the piece, when the text
signs or presents them; rule "writer" (left "unresolved" when the text does not say who wrote).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from onrecord.extract import doc_index
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.passes.pronouns import is_pronoun
from onrecord.extract.speakers.state import ArticleEntity, ArticleState, Mention
from onrecord.extract.speakers.words import WRITER_PRONOUNS


def writer(head: Token, state: ArticleState) -> Mention | None:
    """"I" in the writer's own voice: the person the signature or closing line names; rule
    "writer".

    Measured precision: not measured, no writer in the dev half, seed 3001 (150 statements drawn, 140 real)."""
    if not is_pronoun(head) or head.lower_ not in WRITER_PRONOUNS or state.in_quote(head.idx):
        return None
    entity = signed_writer(state, head.idx)
    return Mention(head.idx, head.idx + len(head), entity, "writer" if entity is not None else "unresolved")


def signed_writer(state: ArticleState, offset: int) -> ArticleEntity | None:
    """Who "I" is outside quotation marks: the writer, when the text signs or presents them —
    a letter's signature line after it ("Chris Smith."), else an op-ed's closing line
    ("Charlotte Meehan is playwright-in-residence at ...")."""
    people = {o: e for o, e in state.persons_by_offset}
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", doc_index.text(state.doc))]
    for start, line in lines:
        entity = people.get(start)
        if entity is not None and start > offset and line.rstrip(". ") == entity.name:
            return entity  # a signature: the line is the name alone
    for start, line in reversed(lines[1:]):
        entity = people.get(start)
        if entity is not None and " " in entity.name and gender_of(entity.name.split()[0]) \
                and re.match(re.escape(entity.name) + r" (?:is|was|has been|,)", line):
            return entity
    return None
