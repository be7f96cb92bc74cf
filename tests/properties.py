"""What the property-based tests share: text strategies that look like news (names, roles,
speech verbs, quotation marks of every kind, paragraphs) mixed with arbitrary Unicode, how many
examples to try, and the check that every span of a record is the text at its offsets.

The tests try ``EXAMPLES`` examples each (a few seconds in ``make test``); ``bench/properties.py``
runs the same tests with thousands (``ONRECORD_PROPERTY_EXAMPLES``).
"""
from __future__ import annotations

import os
from typing import Any, Iterator

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("ONRECORD_PROPERTY_EXAMPLES", "25"))

# no deadline: a spaCy parse of a first example is slow; the examples are few and bounded
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

NAMES = ["Angela Merkel", "Mr. Obama", "Sen. Lindsey Graham", "the minister", "He", "She", "They",
         "the World Health Organization", "WHO", "police", "a spokesperson", "Dr. Ana López", "Trump"]
VERBS = ["said", "says", "told reporters", "added", "warned", "believes", "denied", "announced", "according to"]
WORDS = ["the", "plan", "would", "work", "on", "Monday", "missile", "talks", "failed", "we", "will",
         "not", "accept", "this", "last", "week", "in", "Paris", "that", "it", "was", "a", "mistake"]
QUOTES = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("", "")]
PUNCT = [".", ",", "?", "!", ";", ":", " —", " -", "", "..."]


@st.composite
def sentence(draw) -> str:
    words = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=12)))
    opening, closing = draw(st.sampled_from(QUOTES))
    name, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS))
    end = draw(st.sampled_from(PUNCT))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{opening}{words.capitalize()}{end}{closing} {name} {verb}."
    if shape == 1:
        return f"{name} {verb} {opening}{words}{closing}{end}"
    if shape == 2:
        return f"{name} {verb} that {words}{end}"
    return words.capitalize() + end


# arbitrary Unicode, surrogates aside (a str with one cannot be written as UTF-8, and ingest refuses it)
NOISE = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
SEPARATORS = st.sampled_from([" ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "  ", "\u2028"])


@st.composite
def news_text(draw) -> str:
    """An article-like text: sentences and noise joined by spaces and line breaks."""
    parts = draw(st.lists(st.one_of(sentence(), sentence(), sentence(), NOISE), min_size=1, max_size=12))
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(SEPARATORS))
    return "".join(out)


def spans(value: Any, path: str = "record") -> Iterator[tuple[str, dict]]:
    """Every ``{"start", "end", "text"}`` object in a record's JSON, with where it sits."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and isinstance(
                value.get("text"), str):
            yield path, value
        for key, item in value.items():
            yield from spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from spans(item, f"{path}[{n}]")
