"""Filters and the tie order shared by the statement, speaker, article and event queries, and
the bounds on what a question may ask: a search's length and number of words, a name's length,
LIKE patterns escaped, so that no question costs more than its words are worth."""
from __future__ import annotations

import datetime
import re
from typing import Any

from sqlalchemy.sql.elements import ColumnElement

from onrecord.store import Store, fulltext

# A search longer than this, or with more different words, is refused: FTS5 and tsquery cost
# grows with every term, and no reader types a thousand characters into a search box.
MAX_SEARCH_CHARS = 1000
MAX_SEARCH_TERMS = 32
# A speaker name or part of one (a LIKE pattern): SQLite refuses patterns over 50,000 bytes.
MAX_NAME_CHARS = 200
LIKE_ESCAPE = "\\"


def checked_text(value: str, what: str, most: int) -> str:
    """``value`` if it is at most ``most`` characters and holds no NUL (which PostgreSQL refuses
    in text); otherwise a ValueError saying so."""
    if len(value) > most:
        raise ValueError(f"{what} is {len(value):,} characters long; at most {most:,} are accepted")
    if "\x00" in value:
        raise ValueError(f"{what} contains a NUL character")
    return value


def search_words(query: str) -> str:
    """A search as the words it looks for, each once, in the order first written:
    "missile missile test" searches "missile test". Raises ValueError for a search too long
    or with too many different words."""
    checked_text(query, "the search", MAX_SEARCH_CHARS)
    words = list(dict.fromkeys(fulltext.terms(query)))
    if len(words) > MAX_SEARCH_TERMS:
        raise ValueError(f"the search has {len(words)} different words; at most {MAX_SEARCH_TERMS} are searched")
    return " ".join(words)


def shown(value: str, most: int = 60) -> str:
    """``value`` cut short for an error message, which should not echo a whole hostile input."""
    return value if len(value) <= most else value[:most] + "…"


def contains_pattern(fragment: str) -> str:
    """A LIKE pattern matching text that contains ``fragment`` as written: its % and _ are
    escaped with ``LIKE_ESCAPE`` (pass ``escape=LIKE_ESCAPE`` to ``like``)."""
    escaped = (fragment.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
               .replace("_", LIKE_ESCAPE + "_"))
    return "%" + escaped + "%"


def date_bound(value: str, end: bool) -> str:
    """An ISO day, month or year as a bound: "2017-05" is from the 1st / up to the 31st of May."""
    value = value.strip()
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value, re.ASCII):
            raise ValueError
        datetime.date.fromisoformat((value + "-01-01")[:10])  # a real month and day
    except ValueError:
        raise ValueError(f"{shown(value)!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    if len(value) == 10:
        return value
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value + ("-12-31" if end else "-01-01")


def text_order(store: Store, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` to sort text by, for ties: byte order in both databases, so SQLite and
    PostgreSQL list equal dates in the same order."""
    return column.collate("C") if store.dialect == "postgresql" else column
