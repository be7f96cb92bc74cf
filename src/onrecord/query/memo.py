"""Answers derived from the store, remembered until the store changes.

A server asks the same questions of a store that seldom changes: the record's statistics, a
speaker's countries, which entity a name means, a speaker's roles and statements by month.
``remembered(store, key, compute)`` keeps such an answer under the store's change counter
(``Store.version``, moved on by every write transaction): an ingest, a merge or new vectors
make every remembered answer of that store be derived again, so none is ever older than the
store. Each process keeps its own (a server's workers each have theirs), at most ``MAX_ANSWERS``,
the least recently used going first. Large answers go on a shelf of their own with a smaller
bound (``shelf=``, ``shelf_size=``): a topic's ranking must not push out thousands of small
answers, nor a thousand rankings fill the memory.

The version is read before the answer is computed: an answer kept under a version was derived
from the store as it was at that version or later, never earlier. Remembered answers are shared
between requests: callers must not change them.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, Hashable, Iterable, Iterator, Mapping, Optional, TypeVar
from weakref import WeakKeyDictionary

from onrecord.store import Store

MAX_ANSWERS = 4096

T = TypeVar("T")


class _Answers:
    def __init__(self) -> None:
        self.version = -1
        self.shelves: dict[str, OrderedDict[Hashable, object]] = {}
        self.lock = threading.Lock()


_by_store: WeakKeyDictionary[Store, _Answers] = WeakKeyDictionary()
_by_store_lock = threading.Lock()


def _answers(store: Store) -> _Answers:
    with _by_store_lock:
        answers = _by_store.get(store)
        if answers is None:
            answers = _by_store[store] = _Answers()
        return answers


# within one web request, each store's version is read once (``one_version_each``)
_versions: ContextVar[Optional[dict[int, int]]] = ContextVar("onrecord_store_versions", default=None)


@contextmanager
def one_version_each() -> Iterator[None]:
    """Within the block (a web request), a store's version is read at its first remembered
    answer and used for the rest: the request sees the store as one version, in one query."""
    token = _versions.set({})
    try:
        yield
    finally:
        _versions.reset(token)


def current_version(store: Store) -> int:
    """The store's version as this request sees it (read once per request, ``one_version_each``)."""
    return _version(store)


def _version(store: Store) -> int:
    versions = _versions.get()
    if versions is None:
        return store.version()
    if id(store) not in versions:
        versions[id(store)] = store.version()
    return versions[id(store)]


def remembered(store: Store, key: Hashable, compute: Callable[[], T], shelf: str = "",
               shelf_size: int = MAX_ANSWERS) -> T:
    """``compute()``, or what it gave before for ``key`` if the store has not changed since.
    ``shelf`` names a group of answers kept apart, at most ``shelf_size`` of them."""
    version, found = recall(store, [key], shelf)
    if key in found:
        return found[key]
    value = compute()  # outside the lock: two threads may both compute the same answer, once
    keep(store, version, {key: value}, shelf, shelf_size)
    return value


def recall(store: Store, keys: Iterable[Hashable], shelf: str = "") -> tuple[int, dict[Hashable, Any]]:
    """(the store's version, the answers remembered for those of ``keys`` that have one). Answers
    derived for the others after this call are given to ``keep`` with this version."""
    version = _version(store)
    answers = _answers(store)
    found = {}
    with answers.lock:
        if version > answers.version:  # the store changed: forget everything
            answers.shelves.clear()
            answers.version = version
        elif version == answers.version:
            kept = answers.shelves.get(shelf, OrderedDict())
            for key in keys:
                if key in kept:
                    kept.move_to_end(key)
                    found[key] = kept[key]
        # a version older than the one kept: a request that began before the change; its
        # answers are derived and not kept
    return version, found


def keep(store: Store, version: int, derived: Mapping[Any, Any], shelf: str = "",
         shelf_size: int = MAX_ANSWERS) -> None:
    """Remember answers derived from the store after ``recall`` gave ``version``; not if the
    store changed since."""
    answers = _answers(store)
    with answers.lock:
        if answers.version == version:
            kept = answers.shelves.setdefault(shelf, OrderedDict())
            kept.update(derived)
            while len(kept) > shelf_size:
                kept.popitem(last=False)


def forget(store: Store) -> None:
    """Drop what is remembered of ``store`` (tests; a store replaced under the same object)."""
    with _by_store_lock:
        _by_store.pop(store, None)
