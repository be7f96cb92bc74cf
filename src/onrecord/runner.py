"""Extract and store: read articles, extract them (in N processes with ``jobs``), and write each
batch to the store in one transaction.

Articles already stored with the same text by this version are not extracted again, so a run
that was killed (even with SIGKILL, mid-transaction: that batch is simply not there) is
finished by running it again. Records reach the store in input order whatever ``jobs`` is, so
speaker resolution sees the same sequence every time.

Database faults are the store's to handle: a batch whose transaction fails in a way that passes
(a dropped connection, a server restarting) is written again after a pause; one that cannot
pass raises ``StoreError`` and ends the run, every batch before it committed.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from typing import Callable, Iterable, Iterator, Optional, Protocol, Union

from spacy.language import Language
from tqdm import tqdm

from onrecord import embeddings
from onrecord import nlp as nlp_loader
from onrecord.extract.pipeline import process, process_many
from onrecord.ingest import InputError, iter_located_articles
from onrecord.ingest.base import Origin
from onrecord.ingest.feeds import FeedMemory
from onrecord.ingest.fetch import Fetcher
from onrecord.ingest.html import ForeignArticle
from onrecord.model import Article, ArticleRecord
from onrecord.store import SaveCounts, Store

Located = tuple[Article, Origin]
# a batch's articles, each with its record or the one-line reason its extraction failed
Extracted = list[tuple[Located, Union[ArticleRecord, str]]]


@dataclass
class RunSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    merged: int = 0  # copies stored as one more source of a story already in the record
    foreign: int = 0  # articles not in English, reported and not extracted
    statements: int = 0  # written in this run
    embedded: int = 0  # statements given a topic vector in this run
    embed_seconds: float = 0.0
    extract_seconds: float = 0.0  # summed over workers' batches when jobs > 1
    store_seconds: float = 0.0
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        read = self.new + self.updated + self.unchanged + self.skipped
        read += self.merged + self.foreign
        text = (f"{read} article{'' if read == 1 else 's'}: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.skipped} skipped")
        if self.merged:
            text += f", {self.merged} merged into stories already stored (copies)"
        if self.foreign:
            text += f", {self.foreign} not in English"
        text += f"; {self.statements} statements stored"
        if self.embedded:
            text += f" ({self.embedded} embedded for topics)"
        if self.totals:
            text += (f"; the record now holds {self.totals['articles']} articles, "
                     f"{self.totals['statements']} statements, {self.totals['speakers']} speakers")
        return text + f" ({self.seconds:.1f} s)"


def run(store: Store, paths: Iterable[str], *, model: Optional[str] = None, jobs: int = 1,
        batch_size: int = 32, force: bool = False, report: Callable[[str], None] = lambda m: print(m, file=sys.stderr),
        progress: Optional[bool] = None, fetcher: Optional[Fetcher] = None, topics: bool = True) -> RunSummary:
    """Ingest the articles under ``paths``; ``report`` gets one line per skipped input.
    ``fetcher`` (an ``onrecord.ingest.fetch.Fetcher``) fetches URLs, feeds and their pages.
    With ``topics`` (and the embedding model installed) every stored statement gets its topic vector."""
    summary = RunSummary()
    started = time.perf_counter()
    embed = topics and embeddings.available()
    if topics and not embed:
        report("onrecord: the embedding model is not installed: statements are stored without topic vectors")
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress_bar(show)

    memory = StoredFeedMemory(store)

    def batches() -> Iterator[list[Located]]:
        batch: list[Located] = []
        for item in iter_located_articles(paths, notes=report, feeds=memory, fetcher=fetcher):
            if isinstance(item, ForeignArticle):
                summary.foreign += 1
                report(str(item))
                bar.update(1)
                continue
            if isinstance(item, InputError):
                summary.skipped += 1
                report(str(item))
                bar.update(1)
                continue
            batch.append(item)
            if len(batch) == batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def todo(batch: list[Located]) -> list[Located]:
        same = set() if force else store.unchanged(a for a, _ in batch)
        summary.unchanged += sum(1 for a, _ in batch if a.id in same)
        memory.stored([(o, a.id) for a, o in batch if a.id in same])
        bar.update(sum(1 for a, _ in batch if a.id in same))
        return [(a, o) for a, o in batch if a.id not in same]

    def save(extracted: Extracted, seconds: float) -> None:
        summary.extract_seconds += seconds
        pairs, origins = [], []
        for (article, origin), result in extracted:
            if isinstance(result, str):
                summary.skipped += 1
                report(f"{origin}: article {article.id}: extraction failed: {result}")
            else:
                pairs.append((article, result))
                origins.append(origin)
        t0 = time.perf_counter()
        counts = store.save(pairs, [str(o) for o in origins]) if pairs else SaveCounts()
        summary.store_seconds += time.perf_counter() - t0
        memory.stored(list(zip(origins, counts.ids, strict=False)))
        summary.merged += counts.merged
        summary.new += counts.new
        summary.updated += counts.updated
        summary.unchanged += counts.unchanged
        summary.statements += counts.statements
        if embed and counts.statements:
            embed_now()
        bar.update(len(extracted))

    def embed_now() -> None:
        t0 = time.perf_counter()
        summary.embedded += store.embed_missing()
        summary.embed_seconds += time.perf_counter() - t0

    try:
        if jobs <= 1:
            nlp: Optional[Language] = None
            for batch in batches():
                work = todo(batch)
                if work:
                    nlp = nlp or nlp_loader.load(model)
                    t0 = time.perf_counter()
                    results = extract_batch(work, nlp)
                    save(results, time.perf_counter() - t0)
        else:
            _run_pool(batches(), todo, save, model, jobs)
        memory.save_polls()  # only now: every entry of those polls is stored
        if embed:
            embed_now()  # statements a run before this one left without vectors
    finally:
        bar.close()
    summary.totals = store.counts()
    summary.seconds = time.perf_counter() - started
    return summary


def extract_batch(batch: list[Located], nlp: Optional[Language]) -> Extracted:
    """Records for a batch, or a one-line reason for each article whose extraction failed.
    A failing batch is redone one article at a time so one bad article does not sink the rest."""
    try:
        records = list(process_many([a for a, _ in batch], nlp, batch_size=len(batch)))
        if len(records) == len(batch):
            return list(zip(batch, records, strict=False))
    except Exception:
        if os.environ.get("ONRECORD_DEBUG"):
            raise
    results: Extracted = []
    for item in batch:
        try:
            results.append((item, process(item[0], nlp)))
        except Exception as e:
            if os.environ.get("ONRECORD_DEBUG"):
                raise
            lines = str(e).strip().splitlines()
            results.append((item, f"{type(e).__name__}: {lines[0]}" if lines else type(e).__name__))
    return results


class StoredFeedMemory(FeedMemory):
    """Feed memory kept in the store: entries are marked read once their article is stored, and
    a feed's validators are saved after the whole run, so an interrupted poll is redone."""

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self._polls: dict[str, tuple[Optional[str], Optional[str]]] = {}

    def _load(self, feed: str) -> None:
        if feed not in self._seen:
            etag, modified, seen = self.store.feed_state(feed)
            self._validators[feed] = (etag, modified)
            self._seen[feed] = seen

    def validators(self, feed: str) -> tuple[Optional[str], Optional[str]]:
        self._load(feed)
        return super().validators(feed)

    def seen(self, feed: str) -> set[str]:
        self._load(feed)
        return super().seen(feed)

    def polled(self, feed: str, etag: Optional[str], last_modified: Optional[str]) -> None:
        super().polled(feed, etag, last_modified)
        self._polls[feed] = (etag, last_modified)

    def mark(self, feed: str, entries: list[tuple[str, Optional[str]]]) -> None:
        super().mark(feed, entries)
        self.store.remember_entries(feed, entries)

    def stored(self, placed: list[tuple[Origin, Optional[str]]]) -> None:
        """Articles now in the store (or found there): their feed entries are read."""
        by_feed: dict[str, list[tuple[str, Optional[str]]]] = {}
        for origin, article_id in placed:
            if origin.feed and origin.entry:
                by_feed.setdefault(origin.feed, []).append((origin.entry, article_id))
        for feed, entries in by_feed.items():
            self.store.remember_entries(feed, entries)

    def save_polls(self) -> None:
        for feed, (etag, modified) in self._polls.items():
            self.store.remember_feed(feed, etag, modified)
        self._polls.clear()


# ---------------------------------------------------------------- worker processes

_worker_nlp: Optional[Language] = None


def _worker_init(model: Optional[str]) -> None:
    global _worker_nlp

    _worker_nlp = nlp_loader.load(model)  # once per worker process


def _worker_extract(batch: list[Located]) -> tuple[Extracted, float]:
    t0 = time.perf_counter()
    results = extract_batch(batch, _worker_nlp)
    return results, time.perf_counter() - t0


def _run_pool(batches: Iterable[list[Located]], todo: Callable[[list[Located]], list[Located]],
              save: Callable[[Extracted, float], None], model: Optional[str], jobs: int) -> None:
    # spawn: workers start clean, without the parent's database connections
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_worker_init, initargs=(model,)) as pool:
        pending: deque[AsyncResult[tuple[Extracted, float]]] = deque()
        for batch in batches:
            work = todo(batch)
            if work:
                pending.append(pool.apply_async(_worker_extract, (work,)))
            # keep every worker busy, but store strictly in input order
            while pending and (len(pending) > 2 * jobs or pending[0].ready()):
                save(*pending.popleft().get())
        while pending:
            save(*pending.popleft().get())


class _Bar(Protocol):
    """What a run needs of a progress bar (tqdm's, or none)."""

    def update(self, n: int = 1) -> object: ...

    def close(self) -> None: ...


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(show: bool) -> _Bar:
    if not show:
        return _NoBar()
    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
