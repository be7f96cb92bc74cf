"""Speakers the record keeps unnamed: a mention that names no one who can speak.

The passes may resolve a statement's source to an entity made of the mention's own words when
no name is found for it: "the study found", "Figures show", "the car's log said", "36 said".
Such an entity is no speaker with a name: a writing, a thing or a number speaks for whoever
made it, and when the article's issuer is not found the record says less. ``no_named_speaker``
tells such an entity; the record then keeps the statement's mention as an unnamed speaker and
writes no entity for it (``state.ArticleState.export``).

A description headed by a noun of people ("officials", "a bus driver", "the family") or of a
body ("the fire service", "the research team") stays: an unnamed person or body is a speaker,
described as the article describes it. Names written as names stay, whatever they are. A
description owned by a pronoun ("his family", "its source", "her office") does not: it is
someone's family or source, and the pronoun, not the description, says whose; kept as an entity
it reads as a speaker of its own ("his wife" beside every statement of the article).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.speakers.entity_type import (
    BODY_ROLES,
    OUTLET_COLLECTIVES,
    PERSON_HEADS,
    WRITING_HEADS,
    description_head,
    proper_name,
)
from onrecord.extract.speakers.role_cleaning import ROLE_NOUNS, has_role_noun
from onrecord.extract.speakers.words import (
    BODY_HEADS,
    COLLECTIVE_NOUNS,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    ORG_NOUNS,
    PERSONAL_BODIES,
)

# nouns that head a description of someone who can speak: people, bodies, outlets
SPEAKER_HEADS = (PERSON_HEADS | ROLE_NOUNS | GROUP_NOUNS | COLLECTIVE_NOUNS | ORG_NOUNS | BODY_HEADS
                 | BODY_ROLES | INSTITUTION_NOUNS | PERSONAL_BODIES | OUTLET_COLLECTIVES
                 | data.words("speaker_words.txt", "outlet_writings")
                 | data.words("speaker_words.txt", "speaking_heads"))
# the tagger's labels of a name: a description headed by such a word is a name ("Tong Yung-soo")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# possessive pronouns of a third person or a body ("his", "its", "their")
_POSSESSIVES = data.words("speaker_words.txt", "possessive_pronouns")
# a figure or a count standing alone: "36", "1,200", "two-thirds"
_FIGURE = re.compile(r"^[\d.,%/\-–]+$")
# characters of a web page's markup, in no name: 'datetime="2016' read out of a tweet's tag
_MARKUP = re.compile(r"[=<>{}]")
# words that end a description's head and start what qualifies it
_QUALIFIER_STARTS = frozenset({"of", "for", "in", "at", "from", "by", "on", "with", "to", "that", "which", "who",
                               "released", "published", "issued", "posted", "written", ","})


def no_named_speaker(name: str, type_: str, doc: Doc, mentions: list[tuple[int, int]],
                     named: bool = False) -> bool:
    """Whether an entity named ``name`` is no speaker with a name: a figure ("36"), markup left
    in the text ('datetime="2016', a tweet's attribute, tagged a name), or a
    description ("the study", "Figures", "car", "et al") whose head is no noun of people or of a
    body. A name ("Zedco", "The Verge", "Tong Yung-soo": ``named`` by the tagger, or headed by a
    word it tags as a name) is a speaker whatever its words; a one-word capitalised name only
    counts as a description when it is a writing's or a finding's noun opening its sentence
    ("Results show ...")."""
    if _FIGURE.match(name.strip()) or _MARKUP.search(name):
        return True
    if type_ == "GPE" or named:
        return False
    if owned_by_a_pronoun(name):
        return True
    token = _mention_head(name, doc, mentions)
    if token is not None and token.ent_type_ in _NAME_LABELS:
        return False
    head = _head_word(name)
    if head is None:
        return False
    if proper_name(name):
        # "Figures show", "Results suggest": capitalised only because the sentence opens with it
        return " " not in name.strip() and _opening_writing(name, doc, mentions)
    # the parse's head and the name's last word before its qualifiers must both be no speaker's
    # noun: "study co-author" is split by the parse, but a co-author is a person
    return not speaker_noun(head) and (token is None or not speaker_noun(token.text))


def owned_by_a_pronoun(name: str) -> bool:
    """Whether a description opens with a possessive pronoun and goes on in small letters ("his
    family", "its anonymous source", "Their lawyers" opening a sentence): whose it is lies in
    the pronoun, so the words name no one. A title of address ("His Majesty", "Her Honour")
    goes on with a capital and stays."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in _POSSESSIVES and words[1][:1].islower()


def speaker_noun(word: str) -> bool:
    """Whether a description's head is a noun of someone who can speak: one person ("a driver",
    "the spokeswoman", "one of the victims"), people ("officials", "residents") or a body ("the
    ministry", "the newspaper"), singular or plural; a writing ("the report", "the poll") is none."""
    w = word.lower().strip(".,;:()\"'’")
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-3] + "y" if w.endswith("ies") else w,
             w[:-2] if w.endswith("es") else w}
    if forms & WRITING_HEADS:
        return False  # "the report", "the poll": a writing, though the passes read its issuer in it
    return bool(forms & SPEAKER_HEADS) or has_role_noun(w)


def _head_word(name: str) -> str | None:
    """The head noun of a description without a mention written as it: its last word before
    what qualifies it ("statement released by the office" is headed by "statement")."""
    words = name.split()
    cut = next((n for n, w in enumerate(words) if n and w.lower().strip(",") in _QUALIFIER_STARTS
                or n and words[n - 1].endswith(",")), len(words))
    words = words[:cut]
    return words[-1].strip(".,;:") if words else None


def _mention_head(name: str, doc: Doc, mentions: list[tuple[int, int]]) -> Token | None:
    """The head token of the first mention whose words end with ``name``."""
    text = doc_index.text(doc)  # joined once per Doc: doc.text joins every token at each call
    for start, end in mentions:
        if text[start:end].endswith(name) or text[start:end].lower().endswith(name.lower()):
            return description_head(doc, (start, end))
    return None


def _opening_writing(name: str, doc: Doc, mentions: list[tuple[int, int]]) -> bool:
    """Whether a one-word capitalised name is a writing's or a finding's noun ("Figures",
    "Results", "Research") that opens its sentence at every mention and is tagged as no name."""
    word = name.strip().lower()
    singular = word[:-1] if word.endswith("s") else word
    if word not in WRITING_HEADS and singular not in WRITING_HEADS:
        return False
    for start, _ in mentions:
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        if token.ent_type_ or not token.is_sent_start:
            return False
    return bool(mentions)
