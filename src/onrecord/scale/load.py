"""``onrecord load``: the job's Parquet datasets into a store, which then resolves speakers
across articles and joins copies of a story exactly as ``onrecord ingest`` does.

Each row of the ``articles`` dataset carries its article and its whole record (the JSON of
docs/json.md), so loading is ``Store.save`` on the same (Article, ArticleRecord) pairs the
ingest would have made, in batches, with nothing extracted again. Months are loaded oldest
first (``unknown`` last), each in input order, one file and one batch of rows at a time, so
memory stays flat; a rerun finds the articles stored and changes nothing.
"""
from __future__ import annotations

import json
import os
from typing import Callable, Iterator

from onrecord.model import Article, ArticleRecord
from onrecord.scale.rows import ARTICLE_COLUMNS
from onrecord.store import SaveCounts, Store

ARTICLE_FIELDS = ("id", "text", "title", "published", "url", "source", "author", "language", "outlet")


class DatasetError(ValueError):
    """The folder is not a job's output (no readable ``articles`` dataset)."""


def load(store: Store, output: str, batch_size: int = 32,
         progress: Callable[[SaveCounts], None] = lambda counts: None) -> SaveCounts:
    """Store every article of the job output folder ``output``; ``progress`` sees the running counts."""
    total = SaveCounts()
    batch: list[tuple[Article, ArticleRecord]] = []
    origins: list[str | None] = []
    for row in article_rows(output):
        article = Article(**{name: row[name] for name in ARTICLE_FIELDS})
        batch.append((article, ArticleRecord.from_json(json.loads(row["record"]))))
        origins.append(row["origin"])
        if len(batch) == batch_size:
            total.add(store.save(batch, origins))
            progress(total)
            batch, origins = [], []
    if batch:
        total.add(store.save(batch, origins))
        progress(total)
    return total


def article_rows(output: str) -> Iterator[dict]:
    """The rows of ``output/articles``: months in order, each month's files in the order the job
    wrote them (sorted by input and position), read a few hundred rows at a time."""
    # pyarrow is a dependency already; it takes a quarter of a second to import and ships no types
    import pyarrow.parquet as pq  # noqa: PLC0415  (see above)

    folder = os.path.join(output, "articles")
    if not os.path.isdir(folder):
        raise DatasetError(f"{output}: no articles dataset (not the output of onrecord spark)")
    months = sorted(name for name in os.listdir(folder) if name.startswith("month="))
    for month in months:
        files = sorted(f for f in os.listdir(os.path.join(folder, month)) if f.endswith(".parquet"))
        for name in files:
            path = os.path.join(folder, month, name)
            try:
                parquet = pq.ParquetFile(path)
            except (OSError, ValueError) as e:
                raise DatasetError(f"{path}: not a readable Parquet file ({e})") from e
            for chunk in parquet.iter_batches(batch_size=256, columns=ARTICLE_COLUMNS):
                yield from chunk.to_pylist()
