"""Extract and store: read articles, extract them (in N processes with ``jobs``), and write each
batch to the store in one transaction.

Articles already stored with the same text by this version are not extracted again, so a run
that was killed (even with SIGKILL, mid-transaction: that batch is simply not there) is
finished by running it again. Records reach the store in input order whatever ``jobs`` is, so
speaker resolution sees the same sequence every time.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from .ingest import InputError, iter_located_articles
from .ingest.files import Origin
from .model import Article, ArticleRecord
from .store import IngestCounts, Store

Located = tuple[Article, Origin]


@dataclass
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    statements: int = 0  # written in this run
    extract_seconds: float = 0.0  # summed over workers' batches when jobs > 1
    store_seconds: float = 0.0
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        read = self.new + self.updated + self.unchanged + self.skipped
        text = (f"{read} article{'' if read == 1 else 's'}: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.skipped} skipped; {self.statements} statements stored")
        if self.totals:
            text += (f"; the record now holds {self.totals['articles']} articles, "
                     f"{self.totals['statements']} statements, {self.totals['speakers']} speakers")
        return text + f" ({self.seconds:.1f} s)"


def run(store: Store, paths: Iterable[str], *, model: Optional[str] = None, jobs: int = 1,
        batch_size: int = 32, force: bool = False, report: Callable[[str], None] = lambda m: print(m, file=sys.stderr),
        progress: Optional[bool] = None) -> IngestSummary:
    """Ingest the articles under ``paths``; ``report`` gets one line per skipped input."""
    summary = IngestSummary()
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress_bar(show)

    def batches() -> Iterator[list[Located]]:
        batch: list[Located] = []
        for item in iter_located_articles(paths):
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
        bar.update(sum(1 for a, _ in batch if a.id in same))
        return [(a, o) for a, o in batch if a.id not in same]

    def save(extracted: list[tuple[Located, Union[ArticleRecord, str]]], seconds: float) -> None:
        summary.extract_seconds += seconds
        pairs = []
        for (article, origin), result in extracted:
            if isinstance(result, str):
                summary.skipped += 1
                report(f"{origin}: article {article.id}: extraction failed: {result}")
            else:
                pairs.append((article, result))
        t0 = time.perf_counter()
        counts = store.ingest(pairs) if pairs else IngestCounts()
        summary.store_seconds += time.perf_counter() - t0
        summary.new += counts.new
        summary.updated += counts.updated
        summary.unchanged += counts.unchanged
        summary.statements += counts.statements
        bar.update(len(extracted))

    try:
        if jobs <= 1:
            from . import nlp as nlp_loader

            nlp = None
            for batch in batches():
                work = todo(batch)
                if work:
                    nlp = nlp or nlp_loader.load(model)
                    t0 = time.perf_counter()
                    results = extract_batch(work, nlp)
                    save(results, time.perf_counter() - t0)
        else:
            _run_pool(batches(), todo, save, model, jobs)
    finally:
        bar.close()
    summary.totals = store.counts()
    summary.seconds = time.perf_counter() - started
    return summary


def extract_batch(batch: list[Located], nlp) -> list[tuple[Located, Union[ArticleRecord, str]]]:
    """Records for a batch, or a one-line reason for each article whose extraction failed.
    A failing batch is redone one article at a time so one bad article does not sink the rest."""
    from .extract.pipeline import process, process_many

    try:
        records = list(process_many([a for a, _ in batch], nlp, batch_size=len(batch)))
        if len(records) == len(batch):
            return list(zip(batch, records))
    except Exception:
        if os.environ.get("ONRECORD_DEBUG"):
            raise
    results = []
    for item in batch:
        try:
            results.append((item, process(item[0], nlp)))
        except Exception as e:
            if os.environ.get("ONRECORD_DEBUG"):
                raise
            lines = str(e).strip().splitlines()
            results.append((item, f"{type(e).__name__}: {lines[0]}" if lines else type(e).__name__))
    return results


# ---------------------------------------------------------------- worker processes

_worker_nlp = None


def _worker_init(model: Optional[str]) -> None:
    global _worker_nlp
    from . import nlp as nlp_loader

    _worker_nlp = nlp_loader.load(model)  # once per worker process


def _worker_extract(batch: list[Located]):
    t0 = time.perf_counter()
    results = extract_batch(batch, _worker_nlp)
    return results, time.perf_counter() - t0


def _run_pool(batches, todo, save, model: Optional[str], jobs: int) -> None:
    # spawn: workers start clean, without the parent's database connections
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_worker_init, initargs=(model,)) as pool:
        pending: deque = deque()
        for batch in batches:
            work = todo(batch)
            if work:
                pending.append(pool.apply_async(_worker_extract, (work,)))
            # keep every worker busy, but store strictly in input order
            while pending and (len(pending) > 2 * jobs or pending[0].ready()):
                save(*pending.popleft().get())
        while pending:
            save(*pending.popleft().get())


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(show: bool):
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
