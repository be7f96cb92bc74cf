"""The speaker behind a writing named with its owner: "Zedco's annual report concluded ..." is
Zedco speaking, as "the report said" with Zedco named as its issuer is.

A description that opens with a possessive name and is headed by a writing ("RIAA's take-down
notice", "Zorb Weekly's analysis of its own traffic") reaches the record as the whole
description; ``document_owner`` gives the name that owns it, so the entity is named, typed and
joined as that owner. A lowercase owner ("the court's summary") is itself a description and is
left as it is. A writing named with its owner's name before it ("the FEC records", "a Zedco
statement") is its owner's too (``compound_owner``), unless that name is a people's adjective
("the Ruritanian statement": which body of theirs is not said).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.speakers.words import DOCUMENT_NOUNS

# writings, with those [document_nouns] leaves to other rules ("notice", "summary")
_WRITINGS = DOCUMENT_NOUNS | data.words("speaker_words.txt", "finding_nouns") \
    | data.words("speaker_words.txt", "owned_writings")
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s (?P<rest>.+)$")
# words that may stand inside a capitalised name
_LINKING = frozenset({"of", "and", "for", "the", "&", "on", "in", "de"})
_TAGS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "GPE"}


def document_owner(name: str) -> str | None:
    """The capitalised name owning the writing ``name`` is headed by, or None: "PC Zone" for
    "PC Zone's recent analysis of its web traffic", "RIAA" for "RIAA's take-down notice"."""
    match = _POSSESSIVE.match(name.removeprefix("The ").removeprefix("the "))
    if match is None:
        return None
    owner, rest = match["owner"], match["rest"].split()
    if "of" in rest:
        rest = rest[:rest.index("of")]
    words = owner.split()
    if not rest or not words or not all(w[:1].isupper() or w[:1].isdigit() or w in _LINKING for w in words) \
            or not words[0][:1].isupper():
        return None
    head = rest[-1].lower().strip(".,")
    singular = head[:-1] if head.endswith("s") else head
    return owner if head in _WRITINGS or singular in _WRITINGS else None


def owner_type(owner: str, description: str, doc: Doc) -> str:
    """The owner's type as the tagger reads its name where it stands alone, the most frequent
    reading; a run of capitals ("RIAA") is a body's initials, and so is an owner the writing
    calls "its" ("Zorb Weekly's analysis of its own traffic"); else UNKNOWN. A tie goes to the
    reading that comes first in the text, so that the same article always gives the same type."""
    labels = [_TAGS[ent.label_] for ent in doc_index.ents_named(doc, owner) if ent.label_ in _TAGS]
    if labels:
        return max(dict.fromkeys(labels), key=labels.count)
    if owner.isupper() and owner.isalpha() and len(owner) >= 2 or "its" in description.lower().split():
        return "ORG"
    return "UNKNOWN"


def compound_owner(name: str, doc: Doc) -> str | None:
    """The capitalised name standing before the writing ``name`` is headed by, or None: "FEC"
    for "FEC records", "White House" for "the White House statement". A nationality or a
    people's adjective ("Ruritanian statement", tagged so), a lowercase word ("government
    statement") or a word capitalised only as the sentence's first ("Polling averages") owns
    nothing here; nor is a name ending in a writing's word ("the Jakarta Post") anyone's."""
    words = name.removeprefix("The ").removeprefix("the ").split()
    if len(words) < 2:
        return None
    head = words[-1].strip(".,")
    singular = head[:-1] if head.endswith("s") else head
    if not head.islower() or head not in _WRITINGS and singular not in _WRITINGS:
        return None  # "the Jakarta Post", "Zorbian Geological Survey": the writing word is the name's
    owner = words[:-1]
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _LINKING for w in owner) or not owner[0][:1].isupper() \
            or owner[-1] in _LINKING or any(w.endswith(("'s", "’s")) for w in owner):
        return None
    text = " ".join(owner)
    labels = {ent.label_ for ent in doc_index.ents(doc) if ent.text == text or ent.text.startswith(text + " ")}
    if "NORP" in labels:
        return None
    # a body's initials, or a name the tagger reads as a body's, a person's or a place's: not a
    # word capitalised only because it opens the sentence ("Polling averages")
    named = text.replace(".", "").isupper() and text.replace(".", "").isalpha() \
        or bool(labels & {"ORG", "PERSON", "GPE", "FAC"})
    return text if named else None
