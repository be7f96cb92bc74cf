"""The Spark job: one task per input file, each streaming its file's records through the same
extraction as ``onrecord extract``, and five Parquet datasets out.

The way Common Crawl's jobs are built: the driver lists the input files and makes one partition
of each; a task opens its file, reads it record by record (``inputs.read_input``) and extracts
the articles in batches (``runner.extract_batch``, which redoes a failing batch one article at
a time). The spaCy model is loaded once per Python worker: ``nlp.load`` keeps it for the life
of the process, and Spark reuses its Python workers from task to task (an accumulator counts
the loads, so a run shows it). A file that cannot be read, or an article that breaks
extraction, becomes a row of ``failures`` with its one-line report; a task never fails for it.

The datasets (``articles``, ``statements``, ``entities``, ``events``, partitioned by
publication month, and ``failures``) are overwritten whole, and rows are sorted within each
file, so the same inputs give the same rows again. An article id read twice keeps its first
reading in input order, as ``onrecord extract`` does, and the later one is a failure.
"""
from __future__ import annotations

import operator
import os
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Iterable, Iterator, Optional

from pyspark import RDD, Accumulator, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from onrecord import nlp as nlp_loader
from onrecord.ingest import InputError
from onrecord.ingest.base import Located
from onrecord.runner import extract_batch
from onrecord.scale.inputs import list_inputs, read_input
from onrecord.scale.rows import BY_MONTH, COLUMNS, TYPES, article_rows, failure_row

# an element of the job's RDD: (dataset, input number, position in the file, row)
Element = tuple[str, int, int, dict[str, Any]]
_SPARK_TYPES: dict[str, DataType] = {"long": LongType(), "double": DoubleType(), "boolean": BooleanType(),
                                     "array<string>": ArrayType(StringType())}
SORT_KEYS = {"articles": ["input", "position"], "statements": ["article_id", "content_start", "id"],
             "entities": ["article_id", "id"], "events": ["article_id", "id"],
             "failures": ["file", "line", "message"]}


@dataclass
class JobSummary:
    files: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # rows written per dataset
    failed_files: int = 0  # inputs with at least one failure
    failures: list[str] = field(default_factory=list)  # the one-line reports, in input order
    model_loads: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        c = self.counts
        text = (f"{self.files} file{'' if self.files == 1 else 's'}: {c.get('articles', 0)} articles, "
                f"{c.get('statements', 0)} statements, {c.get('entities', 0)} entities, {c.get('events', 0)} events")
        if c.get("failures"):
            text += f"; {c['failures']} failed record{'' if c['failures'] == 1 else 's'} in {self.failed_files} file" \
                    f"{'' if self.failed_files == 1 else 's'} (see above, and the failures dataset)"
        return text + f"; the model loaded {self.model_loads} time{'' if self.model_loads == 1 else 's'} " \
                      f"({self.seconds:.1f} s)"


def session(master: Optional[str] = None, app_name: str = "onrecord") -> SparkSession:
    """A SparkSession for ``onrecord spark``: workers run this Python unless PYSPARK_PYTHON says
    otherwise (Spark's own default, ``python3`` on the PATH, may not have onrecord)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false")  # no web UI port taken for a local run
    builder = builder.config("spark.ui.showConsoleProgress", "false")  # the summary says what was done
    return builder.getOrCreate()


def run(spark: SparkSession, paths: Iterable[str], output: str, *, model: Optional[str] = None,
        batch_size: int = 16, max_records_per_file: int = 200_000) -> JobSummary:
    """Extract the articles of ``paths`` (files, folders, URLs) into Parquet datasets under ``output``."""
    started = time.perf_counter()
    files = list_inputs(paths)
    if not files:
        raise ValueError("no input files")
    sc = spark.sparkContext
    loads = sc.accumulator(0)
    work = sc.parallelize(list(enumerate(files)), len(files))  # one partition, so one task, per file
    rows: RDD[Element] = work.mapPartitions(partial(_extract_partition, model=model, batch_size=batch_size,
                                                    loads=loads))
    rows.persist(StorageLevel.MEMORY_AND_DISK)  # computed once, read by each dataset's write
    try:
        rows, duplicates = _drop_duplicates(sc, rows, files)
        summary = JobSummary(files=len(files))
        for name in COLUMNS:
            extra = duplicates if name == "failures" else []
            _write(spark, rows, name, os.path.join(output, name), extra, max_records_per_file)
        summary.counts = {name: 0 for name in COLUMNS}
        summary.counts.update(rows.map(operator.itemgetter(0)).countByValue())
        summary.counts["failures"] += len(duplicates)
        failed = sorted(rows.filter(lambda e: e[0] == "failures").map(lambda e: (e[1], e[3]["message"])).collect()
                        + [(e[1], e[3]["message"]) for e in duplicates])
        summary.failures = [message for _, message in failed]
        summary.failed_files = len({n for n, _ in failed})
    finally:
        rows.unpersist()
    summary.model_loads = loads.value
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------- in the tasks

def _extract_partition(items: Iterable[tuple[int, str]], model: Optional[str], batch_size: int,
                       loads: Accumulator[int]) -> Iterator[Element]:
    for input_no, path in items:
        yield from _extract_file(input_no, path, model, batch_size, loads)


def _extract_file(input_no: int, path: str, model: Optional[str], batch_size: int,
                  loads: Accumulator[int]) -> Iterator[Element]:
    batch: list[tuple[Located, int]] = []
    position = 0
    for item in _read(path):
        if isinstance(item, InputError):
            yield "failures", input_no, -1, failure_row(path, item.line, None, "read", str(item))
            continue
        batch.append((item, position))
        position += 1
        if len(batch) == batch_size:
            yield from _extract_batch(input_no, batch, model, loads)
            batch = []
    if batch:
        yield from _extract_batch(input_no, batch, model, loads)


def _read(path: str) -> Iterator[Located | InputError]:
    """The file's articles and reports; a reader tripping over a file it should have refused
    ends the file with one report, and the task goes on with its next file."""
    try:
        for item in read_input(path):
            if isinstance(item, (tuple, InputError)):
                yield item
    except Exception as e:
        if os.environ.get("ONRECORD_DEBUG"):
            raise
        lines = str(e).strip().splitlines()
        yield InputError(path, None, f"cannot read: {type(e).__name__}{': ' + lines[0] if lines else ''}")


def _extract_batch(input_no: int, batch: list[tuple[Located, int]], model: Optional[str],
                   loads: Accumulator[int]) -> Iterator[Element]:
    if nlp_loader.load.cache_info().currsize == 0:
        loads.add(1)  # this Python worker loads the model now, and keeps it
    nlp = nlp_loader.load(model)
    results = extract_batch([located for located, _ in batch], nlp)
    for ((article, origin), result), (_, position) in zip(results, batch, strict=True):
        if isinstance(result, str):
            message = f"{origin}: article {article.id}: extraction failed: {result}"
            yield "failures", input_no, position, failure_row(origin.path, origin.line, article.id, "extract", message)
            continue
        for name, dataset_rows in article_rows(article, result, str(origin), input_no, position).items():
            for row in dataset_rows:
                yield name, input_no, position, row


# ---------------------------------------------------------------- on the driver

def _drop_duplicates(sc: Any, rows: RDD[Element], files: list[str]) -> tuple[RDD[Element], list[Element]]:
    """An id read twice keeps its first reading in input order; the others become failures."""
    readings = (rows.filter(lambda e: e[0] == "articles")
                .map(lambda e: (e[3]["id"], [(e[1], e[2], e[3]["origin"])])))
    repeated = readings.reduceByKey(operator.add).filter(lambda kv: len(kv[1]) > 1).collect()
    if not repeated:
        return rows, []
    dropped: set[tuple[int, int]] = set()
    failures: list[Element] = []
    for article_id, seen in repeated:
        first, *later = sorted(seen)
        for input_no, position, origin in later:
            dropped.add((input_no, position))
            message = f"{origin}: duplicate id {article_id!r} (first read at {first[2]}); skipped"
            failures.append(("failures", input_no, position,
                             failure_row(files[input_no], None, article_id, "duplicate", message)))
    gone = sc.broadcast(dropped)
    return rows.filter(lambda e: e[0] == "failures" or (e[1], e[2]) not in gone.value), failures


def _write(spark: SparkSession, rows: RDD[Element], name: str, path: str, extra: list[Element],
           max_records_per_file: int) -> None:
    by_month = name in BY_MONTH
    columns = COLUMNS[name] + (["month"] if by_month else [])
    schema = StructType([StructField(c, _SPARK_TYPES.get(TYPES.get(c, ""), StringType()), True) for c in columns])
    mine = rows.filter(lambda e: e[0] == name)
    if extra:
        mine = mine.union(spark.sparkContext.parallelize(extra, 1))
    frame = spark.createDataFrame(mine.map(lambda e: tuple(e[3].get(c) for c in columns)), schema)
    if by_month:
        (frame.repartition("month").sortWithinPartitions(*SORT_KEYS[name]).write.mode("overwrite")
         .option("maxRecordsPerFile", max_records_per_file).partitionBy("month").parquet(path))
    else:
        frame.coalesce(1).sortWithinPartitions(*SORT_KEYS[name]).write.mode("overwrite").parquet(path)
