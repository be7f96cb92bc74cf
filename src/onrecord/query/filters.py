"""Filters and the tie order shared by the statement, speaker, article and event queries."""
from __future__ import annotations

import datetime
import re
from typing import Any

from sqlalchemy.sql.elements import ColumnElement

from onrecord.store import Store


def date_bound(value: str, end: bool) -> str:
    """An ISO day, month or year as a bound: "2017-05" is from the 1st / up to the 31st of May."""
    value = value.strip()
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise ValueError
        datetime.date.fromisoformat((value + "-01-01")[:10])  # a real month and day
    except ValueError:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    if len(value) == 10:
        return value
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value + ("-12-31" if end else "-01-01")


def text_order(store: Store, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` to sort text by, for ties: byte order in both databases, so SQLite and
    PostgreSQL list equal dates in the same order."""
    return column.collate("C") if store.dialect == "postgresql" else column
