"""Gender of a first name, for "he" and "she": a list of names given almost only to women or
only to men (``data/first_names.tsv``, built by ``tools/build_first_names.py``)."""
from __future__ import annotations

from onrecord import data


def gender_of(first_name: str) -> str | None:
    """"f", "m", or None when the name is unknown or given to both."""
    return data.mapping("first_names.tsv").get(first_name.lower())
