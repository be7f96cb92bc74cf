"""Every word list, table and weight file onrecord reads, each read once through this module.

The files live beside it. A text file opens with ``#`` comment lines that say where its entries
come from and which script in ``tools/`` rebuilds it, if one does; comments and blank lines are
skipped by every reader here. A JSON file says the same in its ``source`` key.

- ``words(name)``: a one-entry-a-line list, as a frozenset;
- ``sections(name)``: a file of ``[section]`` blocks, each a tuple of its lines in order;
- ``rows(name)``: a tab-separated table, each row a tuple of its fields;
- ``json_data(name)``: a JSON file.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def text(name: str) -> str:
    """The whole file, as UTF-8."""
    return (resources.files(__name__) / name).read_text(encoding="utf-8")


def lines(name: str) -> tuple[str, ...]:
    """The file's lines without comments, blank lines and surrounding spaces, in order."""
    return _lines(name)


@cache
def _lines(name: str) -> tuple[str, ...]:
    kept = (line.strip() for line in text(name).splitlines())
    return tuple(line for line in kept if line and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """A one-entry-a-line list."""
    return frozenset(_lines(name))


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """A file of ``[section]`` blocks: each section's lines, in order."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {section: tuple(entries) for section, entries in found.items()}


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated table (its header row included, when it has one)."""
    found = []
    for line in text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            found.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(found)


@cache
def json_data(name: str) -> Any:
    """A JSON file. Callers must not change what it returns: it is shared."""
    return json.loads(text(name))
