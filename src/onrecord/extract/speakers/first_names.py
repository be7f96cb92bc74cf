"""Gender of a first name, for "he" and "she": a list of names given almost only to women or
only to men (``data/first_names.tsv``, built by ``tools/build_first_names.py``)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    text = (resources.files("onrecord") / "data" / "first_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def gender_of(first_name: str) -> str | None:
    """"f", "m", or None when the name is unknown or given to both."""
    return _table().get(first_name.lower())
