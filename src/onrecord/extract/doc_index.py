"""Whole-document views of a parsed article, made once per ``Doc``.

spaCy builds ``Doc.text``, ``Doc.ents`` and ``Doc.noun_chunks`` anew at every call, each time
over the whole document, and ``Span.ents`` and ``Span.noun_chunks`` read those. A rule that
asks for them once per mention or sentence therefore costs time in the square of the article's
length (a 250,000-character article took minutes). These functions give the same answers from
views kept in ``doc.user_data`` and found by bisection. The extractors never change a Doc's
text, tokens or entities after the parse, so the views stay true.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span

_TEXT = "onrecord_text"
_ENTS = "onrecord_ents"
_ENT_STARTS = "onrecord_ent_starts"
_ENTS_BY_LABEL = "onrecord_ents_by_label"
_ENTS_BY_TEXT = "onrecord_ents_by_text"
_CHUNKS = "onrecord_noun_chunks"
_CHUNK_STARTS = "onrecord_noun_chunk_starts"
_TOKEN_TEXTS = "onrecord_token_texts"
_POSITIONS = "onrecord_token_positions"
_LOWER_POSITIONS = "onrecord_lower_positions"
_LEMMA_POSITIONS = "onrecord_lemma_positions"
_LINE_BREAKS = "onrecord_line_breaks"
_LOWERS = "onrecord_lowers"
_TAGS = "onrecord_tags"
_POS = "onrecord_pos"
_DEPS = "onrecord_deps"
_LEMMAS = "onrecord_lemmas"
_SENT_STARTS = "onrecord_sent_starts"
_HEADS = "onrecord_heads"


def text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    found: str | None = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.text
        doc.user_data[_TEXT] = found
    return found


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if found is None:
        found = tuple(doc.ents)
        doc.user_data[_ENTS] = found
        doc.user_data[_ENT_STARTS] = [e.start for e in found]
    return found


def ents_in(span: Span) -> list[Span]:
    """``span.ents``: the entities from the first that starts inside the span, up to the first
    that does not end inside it (spaCy stops there too)."""
    every = ents(span.doc)
    starts: list[int] = span.doc.user_data[_ENT_STARTS]
    inside: list[Span] = []
    for ent in every[bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        inside.append(ent)
    return inside


def ents_labelled(doc: Doc, label: str) -> tuple[Span, ...]:
    """The entities of ``label`` ("PERSON"), in text order: ``[e for e in doc.ents if e.label_ == label]``."""
    return _ents_grouped(doc, _ENTS_BY_LABEL, lambda ent: ent.label_).get(label, ())


def ents_named(doc: Doc, name: str) -> tuple[Span, ...]:
    """The entities whose text is ``name``, in text order: ``[e for e in doc.ents if e.text == name]``."""
    return _ents_grouped(doc, _ENTS_BY_TEXT, lambda ent: ent.text).get(name, ())


def _ents_grouped(doc: Doc, slot: str, key: Callable[[Span], str]) -> dict[str, tuple[Span, ...]]:
    """The Doc's entities grouped by ``key``, in text order, kept in ``doc.user_data[slot]``."""
    found: dict[str, tuple[Span, ...]] | None = doc.user_data.get(slot)
    if found is None:
        grouped: dict[str, list[Span]] = {}
        for ent in ents(doc):
            grouped.setdefault(key(ent), []).append(ent)
        found = doc.user_data[slot] = {k: tuple(v) for k, v in grouped.items()}
    return found


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that covers token ``i``, if any (``next(e for e in doc.ents if e.start <= i < e.end)``)."""
    every = ents(doc)
    starts: list[int] = doc.user_data[_ENT_STARTS]
    n = bisect_right(starts, i) - 1
    return every[n] if n >= 0 and every[n].end > i else None


def noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """``doc.noun_chunks``, built once."""
    found: tuple[Span, ...] | None = doc.user_data.get(_CHUNKS)
    if found is None:
        found = tuple(doc.noun_chunks)
        doc.user_data[_CHUNKS] = found
        doc.user_data[_CHUNK_STARTS] = [c.start for c in found]
    return found


def noun_chunks_in(span: Span) -> list[Span]:
    """``span.noun_chunks``: the noun chunks that lie wholly inside the span, in order."""
    every = noun_chunks(span.doc)
    starts: list[int] = span.doc.user_data[_CHUNK_STARTS]
    first, last = bisect_left(starts, span.start), bisect_left(starts, span.end)
    return [c for c in every[first:last] if c.end <= span.end]


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read once (reading tokens from a Doc is slow)."""
    return _attr_strings(doc, _TOKEN_TEXTS, "ORTH")


def positions(doc: Doc) -> dict[str, list[int]]:
    """Where each token text stands in the doc: a rule looking for a word reads its places here
    instead of every token of the article."""
    found: dict[str, list[int]] | None = doc.user_data.get(_POSITIONS)
    if found is None:
        found = {}
        for i, word in enumerate(token_texts(doc)):
            found.setdefault(word, []).append(i)
        doc.user_data[_POSITIONS] = found
    return found


def phrase_starts(doc: Doc, words: list[str]) -> list[int]:
    """Where the tokens spell ``words`` one after the other, as the index of the first token."""
    if not words:
        return []
    texts = token_texts(doc)
    n = len(words)
    return [i for i in positions(doc).get(words[0], ()) if texts[i:i + n] == words]


def lower_positions(doc: Doc) -> dict[str, list[int]]:
    """``positions`` by the lowercased text."""
    found: dict[str, list[int]] | None = doc.user_data.get(_LOWER_POSITIONS)
    if found is None:
        found = {}
        for i, word in enumerate(token_texts(doc)):
            found.setdefault(word.lower(), []).append(i)
        doc.user_data[_LOWER_POSITIONS] = found
    return found


def lemma_positions(doc: Doc) -> dict[str, list[int]]:
    """Where each lowercased lemma stands in the doc, in order: a rule looking for every form of
    a word ("campaign", "campaigns") reads its places here instead of every token."""
    found: dict[str, list[int]] | None = doc.user_data.get(_LEMMA_POSITIONS)
    if found is None:
        found = {}
        for i, lemma in enumerate(lemmas(doc)):
            found.setdefault(lemma, []).append(i)
        doc.user_data[_LEMMA_POSITIONS] = found
    return found


def line_breaks(doc: Doc) -> list[int]:
    """The tokens followed by a line break (``"\\n" in token.text_with_ws``), in order: where
    paragraphs end, found by bisection instead of walking token by token."""
    found: list[int] | None = doc.user_data.get(_LINE_BREAKS)
    if found is None:
        # (a token's whitespace after it is a space or nothing: a break is in its text)
        found = doc.user_data[_LINE_BREAKS] = [i for i, word in enumerate(token_texts(doc)) if "\n" in word]
    return found


def lowers(doc: Doc) -> list[str]:
    """Each token's ``lower_``, read once from the Doc's array: a rule that walks a span for a
    word reads these instead of making a ``Token`` of every word it passes."""
    return _attr_strings(doc, _LOWERS, "LOWER")


def tags(doc: Doc) -> list[str]:
    """Each token's ``tag_``, read once (as ``lowers``)."""
    return _attr_strings(doc, _TAGS, "TAG")


def pos(doc: Doc) -> list[str]:
    """Each token's ``pos_``, read once (as ``lowers``): a walk over the article after a few parts
    of speech makes a ``Token`` only of the words it keeps."""
    return _attr_strings(doc, _POS, "POS")


def deps(doc: Doc) -> list[str]:
    """Each token's ``dep_``, read once (as ``lowers``)."""
    return _attr_strings(doc, _DEPS, "DEP")


def lemmas(doc: Doc) -> list[str]:
    """Each token's ``lemma_.lower()``, read once (as ``lowers``)."""
    found: list[str] | None = doc.user_data.get(_LEMMAS)
    if found is None:  # the lemmas lowered as they are read: one list kept, not two
        strings = doc.vocab.strings
        found = doc.user_data[_LEMMAS] = [strings[key].lower() for key in doc.to_array("LEMMA").tolist()] \
            if len(doc) else []
    return found


def heads(doc: Doc) -> list[int]:
    """Each token's ``head.i``, read once from the Doc's array, which keeps the head as a signed
    offset from the token in unsigned integers (read back as signed ones)."""
    found: list[int] | None = doc.user_data.get(_HEADS)
    if found is None:
        offsets = doc.to_array("HEAD").view("int64").tolist() if len(doc) else []
        found = doc.user_data[_HEADS] = [i + offset for i, offset in enumerate(offsets)]
    return found


def _attr_strings(doc: Doc, slot: str, attr: str) -> list[str]:
    found: list[str] | None = doc.user_data.get(slot)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[slot] = [strings[key] for key in doc.to_array(attr).tolist()] if len(doc) else []
    return found


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of token ``i``'s sentence: ``doc[i].sent``'s start and end, found by
    bisection in the sentence starts (``Token.sent`` walks the sentence at every call)."""
    starts: list[int] | None = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        starts = doc.user_data[_SENT_STARTS] = [s.start for s in doc.sents]
    n = bisect_right(starts, i) - 1
    return starts[n], starts[n + 1] if n + 1 < len(starts) else len(doc)


def positions_of_dep(doc: Doc, dep: str) -> list[int]:
    """The tokens whose ``dep_`` is ``dep``, in order (a rule after one relation reads these, not every token)."""
    return [i for i, d in enumerate(deps(doc)) if d == dep]
