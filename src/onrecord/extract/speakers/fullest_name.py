"""The fullest name the article gives a speaker: "World Health Organization" for "WHO", "Wanda
Vázquez Garced" for "Wanda Vázquez". A reader looks a speaker up by the name the article spells
out; the short form stays an alias.

Both rules only lengthen a name when the article offers one longer form, so that two people or
two bodies are never made one.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.mention_syntax import title_before_name
from onrecord.extract.speakers.name_forms import BODY_WORDS
from onrecord.extract.speakers.words import ROLE_WORDS, TITLE_GENDER

# "Donald Trump Jr." is not Donald Trump's fuller name but his son's
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# small words an expansion may hold that its acronym leaves out ("Bureau of Investigation")
LINKING_WORDS = frozenset({"of", "and", "the", "for", "&", "on", "in", "de", "du", "des"})


def acronym_expansion(acronym: str, doc: Doc) -> str | None:
    """The one run of capitalised words in the article whose initials spell ``acronym``
    ("Pacific Gas and Electric" for "PG&E"), or None when there is none or several."""
    letters = acronym.replace("&", "")
    if not ACRONYM.match(acronym) or len(letters) < 2:
        return None
    found: set[str] = set()
    texts = _texts(doc)
    for i, first in enumerate(texts):
        if first[:1] != letters[0]:
            continue
        words: list[str] = []
        n = 0
        for text in texts[i:i + 3 * len(letters)]:
            if text.lower() in LINKING_WORDS and words:
                words.append(text)
                continue
            if n == len(letters) or text[:1] != letters[n] or not text[:1].isupper():
                break
            words.append(text)
            n += 1
        while words and words[-1].lower() in LINKING_WORDS:
            words.pop()
        if n == len(letters) and len(words) >= len(letters):
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def longer_body_name(name: str, doc: Doc) -> str | None:
    """The one longer name of a body the article gives around ``name``: qualifiers before it
    ("National Search and Rescue Agency" for "Search and Rescue Agency") or "of" and a name
    after it ("Church of Scientology" for "Church"). None when there is none, or several
    ("Washington Post" and "New York Post" for "Post"), or the longer form adds a place the
    article also names on its own; a person's name is never lengthened so ("Scotland Nicola
    Sturgeon")."""
    words = name.split()
    if not words or len(words) > 1 and not any(w.lower() in BODY_WORDS for w in words):
        return None  # "Nicola Sturgeon" tagged ORG: no word of a body's name
    n = len(words)
    found: set[str] = set()
    # "the Senate" of an article on Puerto Rico is not the "U.S. Senate" it names once: a longer
    # form that adds a place may be another place's body
    places = {t.text for e in doc.ents if e.label_ in ("GPE", "NORP") for t in e}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        texts = _body_words(ent)
        if len(texts) <= n:
            continue
        ends_with = texts[-n:] == words
        of_after = texts[:n] == words and texts[n] == "of" and len(texts) > n + 1
        extra = texts[:-n] if ends_with else texts[n + 1:]
        if (ends_with or of_after) and not places & set(extra):
            found.add(" ".join(texts))
    return found.pop() if len(found) == 1 else None


def _body_words(ent: Span) -> list[str]:
    """A body's name as the tagger spans it, without "the" before it, a bracket ("(WHO") or a
    possessive after it; empty when a word of it is not capitalised or a small linking word."""
    tokens = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET")]
    cut = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))
    tokens = tokens[:cut]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].lower_ in LINKING_WORDS):
        tokens.pop()
    texts = [t.text for t in tokens]
    if not all(w[:1].isupper() and (w.replace(".", "").isalpha()) or w.lower() in LINKING_WORDS for w in texts):
        return []
    return texts


def longer_person_name(name: str, doc: Doc) -> str | None:
    """The one longer form of a person's name the article gives: first names before an occurrence
    of ``name`` and proper nouns after it ("Wanda Vázquez Garced" around "Wanda Vázquez"), titles,
    acronyms and places left out; the longest when the others are part of it, None when there is
    none or several different ones."""
    words = name.split()
    if not words:
        return None
    longer = set()
    texts = _texts(doc)
    for i in _positions(doc).get(words[0], ()):
        if texts[i:i + len(words)] != words:
            continue
        start, end = i, i + len(words)
        while start > 0 and _name_part(doc[start - 1]) and not title_before_name(doc[start - 1]) \
                and (gender_of(texts[start - 1]) is not None or _one_person_name(doc[start - 1], doc[start])):
            # only first names before ("Director of National Intelligence John Ratcliffe"; "Lawyer"
            # is in the lists of first names), or one the tagger reads as this person's ("Jing Wang")
            start -= 1
        while end < len(doc) and _name_part(doc[end]):
            end += 1
        if end - start > len(words):
            longer.add(doc[start:end].text)
    if not longer:
        return None
    # "Ricardo Rosselló" and "Ricardo Rosselló Nevares" are one name, given more or less fully
    longest = max(longer, key=len)
    return longest if all(form in longest for form in longer) else None


def _texts(doc: Doc) -> list[str]:
    """The doc's token texts, made once per doc (reading tokens from a Doc is slow)."""
    texts: list[str] | None = doc.user_data.get("onrecord_token_texts")
    if texts is None:  # not setdefault: its default would be built at every call
        texts = doc.user_data["onrecord_token_texts"] = [t.text for t in doc]
    return texts


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Where each token text stands in the doc, made once per doc."""
    positions: dict[str, list[int]] | None = doc.user_data.get("onrecord_token_positions")
    if positions is None:
        positions = {}
        for i, text in enumerate(_texts(doc)):
            positions.setdefault(text, []).append(i)
        doc.user_data["onrecord_token_positions"] = positions
    return positions


def _one_person_name(before: Token, token: Token) -> bool:
    """``before`` and ``token`` are words of one person's name, as the tagger reads them."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and before.ent_type_ == "PERSON"


def _name_part(token: Token) -> bool:
    """A word that can belong to a person's name: a capitalised proper noun that is no title,
    office, place, date or organisation."""
    word = token.lower_.rstrip(".")
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper()
            and word not in GENERATIONS and word not in ROLE_WORDS and word not in TITLE_GENDER
            and token.ent_type_ in ("", "PERSON"))
