"""Finding a statement in an extracted record by words of its content, and a token or the
speaker sieve's state of a small text, for the extraction tests."""
from __future__ import annotations

from spacy.tokens import Span

import onrecord
from onrecord.extract.speakers.resolver import SpeakerResolver


def statement_with(record, words):
    """The first statement of ``record`` whose content holds ``words``; fails, listing them, if none."""
    found = [s for s in record.statements if words in s.content.text]
    assert found, f"no statement containing {words!r}: {[s.content.text for s in record.statements]}"
    return found[0]


def speaker_of(text, words):
    """The speaker's name of the statement holding ``words`` in the record of ``text``."""
    return statement_with(onrecord.extract(text), words).speaker.name


def speaker(text, words):
    """The speaker of the statement holding ``words`` in the record of ``text``."""
    return statement_with(onrecord.extract(text), words).speaker


def entity_affiliation(text: str, name: str) -> str | None:
    """The affiliation of the entity called ``name`` in the record of ``text``; fails, listing
    the entities, if none is."""
    record = onrecord.extract(text)
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].affiliation


def token(doc, text, n=0):
    """The ``n``-th token of ``doc`` written ``text``."""
    return [t for t in doc if t.text == text][n]


def state_of(nlp, text):
    """The parsed ``text`` and the speaker sieve's state of it, before any mention is resolved."""
    doc = nlp(text)
    return doc, SpeakerResolver(doc).state


def tagged(nlp, text, labels):
    """``text`` parsed, with the tagger's names replaced by ``labels`` ((word index, length, label)):
    the tagger's slips a rule guards against, set by hand."""
    doc = nlp(text)
    doc.ents = [Span(doc, i, i + n, label=label) for i, n, label in labels]
    return doc


def tagged_span(nlp, text: str, words: str, label: str) -> Span:
    """The span of ``words`` in ``text``, tagged ``label`` whatever the model says."""
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    doc.ents = [span]
    return doc.ents[0]
