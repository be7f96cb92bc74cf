"""Gender of a first name, for "he" and "she": a list of names given almost only to women or
only to men (``data/first_names.tsv``, built by ``tools/build_first_names.py``)."""
from __future__ import annotations

from onrecord import data

_NAMES = "name_words.txt"


def gender_of(first_name: str) -> str | None:
    """"f", "m", or None when the name is unknown or given to both."""
    return data.mapping("first_names.tsv").get(first_name.lower())


def name_opening_gender(word: str) -> str | None:
    """The gender the first word of a person's name tells, when that word may be a title
    ("Dr Martisius", "Judge Amy Berman Jackson"): a gendered title's ("Mrs", "Sir"), none for
    another title or a suffix, though registries of first names list "Dr", "Judge" or "General"
    as men's names; else the first name's (``gender_of``)."""
    word = word.lower().rstrip(".")
    gendered = data.mapping(_NAMES, "title_gender")
    if word in gendered:
        return gendered[word]
    titles = data.words(_NAMES, "titles") | data.words(_NAMES, "honorifics") | data.words(_NAMES, "suffixes")
    return None if word in titles else gender_of(word)
