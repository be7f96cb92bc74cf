"""Every word list, table and weight file onrecord reads, each read once through this module.

The files live beside it. A text file opens with ``#`` comment lines that say where its entries
come from and which script in ``tools/`` rebuilds it (or that it is edited by hand); comments and
blank lines are skipped by every reader here. A JSON file says the same in its ``source`` key.

- ``words(name, section=None)``: a one-entry-a-line list (or one section of it), as a frozenset;
- ``mapping(name, section=None)``: ``key<TAB>value`` lines (or one section's), as a dict;
- ``sections(name)``: a file of ``[section]`` blocks, each a tuple of its lines in order;
- ``rows(name)``: a tab-separated table, each row a tuple of its fields;
- ``json_data(name)``: a JSON file;
- ``lines(name)`` and ``text(name)``: the file's entries in order, or all of it.

What these return is cached and shared by every caller: callers must not change it.
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


def _entries(name: str, section: str | None) -> tuple[str, ...]:
    """The lines of the whole file, or of one of its sections (a missing section is an error)."""
    return _lines(name) if section is None else sections(name)[section]


@cache
def words(name: str, section: str | None = None) -> frozenset[str]:
    """A one-entry-a-line list: the whole file, or one ``[section]`` of it."""
    return frozenset(_entries(name, section))


@cache
def mapping(name: str, section: str | None = None) -> dict[str, str]:
    """Lines of ``key<TAB>value``, as a dict: the whole file, or one ``[section]`` of it."""
    found: dict[str, str] = {}
    for line in _entries(name, section):
        key, value = line.split("\t", 1)
        found[key] = value
    return found


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
        if line.strip() and not line.lstrip().startswith("#"):
            found.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(found)


@cache
def json_data(name: str) -> Any:
    """A JSON file."""
    return json.loads(text(name))
