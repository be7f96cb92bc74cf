"""The Spark job: one task per input file, each streaming its file's records through the same
extraction as ``onrecord extract``, and five Parquet datasets out.

The way Common Crawl's jobs are built: the driver lists the input files and makes one partition
of each, the largest files' first (``largest_first``); a task opens its file, reads it record
by record (``inputs.read_input``) and extracts the articles in batches
(``runner.extract_batch``, which redoes a failing batch one article at a time). The spaCy
model is loaded once per Python worker: ``nlp.load`` keeps it for the life of the process,
and Spark reuses its Python workers from task to task (an accumulator counts the loads, so a
run shows it). A file that cannot be read, or an article that breaks extraction, becomes a row
of ``failures`` with its one-line report; a task never fails for it. What follows the
extraction, the five writes and the counts, is submitted at once from threads of the driver,
so their planning and tasks fill the cores together instead of one job after the other.

The tasks hand their rows to the JVM as Arrow batches (a map in Arrow), which the JVM reads
column by column without unpickling a Python object; the rows are cached there, and the
duplicate check, the five writes and the counts run on that cache in the JVM. Python touches
each row once, when it makes it: passing pickled rows and filtering them in Python once per
dataset cost more than the writes themselves, and kept the second core busy in local[1].

The datasets (``articles``, ``statements``, ``entities``, ``events``, partitioned by
publication month, and ``failures``) are overwritten whole, and rows are sorted within each
file, so the same inputs give the same rows again. An article id read twice keeps its first
reading in input order, as ``onrecord extract`` does, and the later one is a failure.
"""
from __future__ import annotations

import functools
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Iterable, Iterator, Optional

import pyarrow as pa
from pyspark import Accumulator, Broadcast, StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import to_arrow_schema
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
from onrecord.scale.inputs import is_remote, list_inputs, read_input
from onrecord.scale.rows import BY_MONTH, COLUMNS, TYPES, article_rows, failure_row

# a row of a dataset as a task makes it: (dataset, input number, position in the file, row)
Element = tuple[str, int, int, dict[str, Any]]
# a failure the driver adds (an id read twice): (input number, row)
Failure = tuple[int, dict[str, Any]]
_SPARK_TYPES: dict[str, DataType] = {"long": LongType(), "double": DoubleType(), "boolean": BooleanType(),
                                     "array<string>": ArrayType(StringType())}
DATASET_SCHEMAS = {name: StructType([StructField(c, _SPARK_TYPES.get(TYPES.get(c, ""), StringType()), True)
                                     for c in columns + (["month"] if name in BY_MONTH else [])])
                   for name, columns in COLUMNS.items()}
# what the tasks hand the JVM: one row per dataset row, its dataset's struct set and the others null
ELEMENT_SCHEMA = StructType([StructField("dataset", StringType(), False), StructField("input", LongType(), False),
                             StructField("position", LongType(), False)]
                            + [StructField(name, schema, True) for name, schema in DATASET_SCHEMAS.items()])
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


# In local mode one JVM is driver and executor, and its own work (reading the tasks' Arrow
# batches, caching, writing Parquet) is a few percent of a job, the extraction in Python being
# the rest. Its optimising JIT compiler (C2), though, burns some 20 CPU seconds compiling the
# JVM's hot paths whatever the job's size: measured on 114 articles, 57 CPU s of JVM with it
# and 29 without, the tasks' own JVM time unchanged (7 and 8 s). On local[1] that runs on the
# idle core; on local[N] it takes a core from the Python workers. The quick compiler alone; and
# the serial collector, whose pauses are short on a local job's small heap, where G1's
# concurrent threads cost CPU the Python workers would use.
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def local_settings(master: str) -> dict[str, str]:
    """Spark settings for a local master. What runs after the extraction (the duplicate check,
    five writes, the counts) is serial driver work both local[1] and local[N] pay, so it bounds
    the speed-up of more cores: adaptive execution splits each query at its shuffles into jobs
    planned one after the other, and 200 shuffle partitions make 200 tasks of a few rows each;
    on one machine a shuffle needs no more partitions than cores."""
    cores = master[len("local["):-1] if master.startswith("local[") else "1"
    if not cores.isdigit():  # local[*], or local[N,F] with retries
        cores = cores.split(",")[0]
        cores = cores if cores.isdigit() else str(os.cpu_count() or 1)
    return {"spark.ui.enabled": "false",  # no web UI port taken for a local run
            "spark.driver.extraJavaOptions": LOCAL_JVM_OPTIONS,
            "spark.sql.adaptive.enabled": "false",
            "spark.sql.shuffle.partitions": cores}


def session(master: Optional[str] = None, app_name: str = "onrecord") -> SparkSession:
    """A SparkSession for ``onrecord spark``: workers run this Python unless PYSPARK_PYTHON says
    otherwise (Spark's own default, ``python3`` on the PATH, may not have onrecord)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        for key, value in local_settings(master).items():
            builder = builder.config(key, value)
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
    # a task looks its file up by partition number: the list is sent once per executor
    names = sc.broadcast(largest_first(files))
    # one partition, so one task, per file: range gives partition i exactly the number i
    numbers = spark.range(0, len(files), 1, len(files))
    # the rows reach the JVM as Arrow batches, column by column; after this, nothing goes back
    # through Python: the filters, counts and writes below run on the JVM's cached columns
    rows = numbers.mapInArrow(partial(_extract_numbers, names=names, model=model, batch_size=batch_size,
                                      loads=loads), ELEMENT_SCHEMA)
    cached = rows.persist(StorageLevel.MEMORY_AND_DISK)  # computed once, read by each dataset's write
    try:
        rows, duplicates = _drop_duplicates(spark, cached, files)
        summary = JobSummary(files=len(files))
        tally = _write_all(spark, rows, output, duplicates, max_records_per_file)
        summary.counts = {name: 0 for name in COLUMNS}
        failed: list[tuple[int, str]] = [(number, row["message"]) for number, row in duplicates]
        for r in tally:
            summary.counts[r["dataset"]] = r["count"]
            failed.extend((f["input"], f["message"]) for f in r["failed"])
        summary.counts["failures"] += len(duplicates)
        failed.sort()
        summary.failures = [message for _, message in failed]
        summary.failed_files = len({n for n, _ in failed})
    finally:
        cached.unpersist()  # the frame persisted, not the one filtered from it
        names.unpersist()
    summary.model_loads = loads.value
    summary.seconds = time.perf_counter() - started
    return summary


def largest_first(files: list[str]) -> list[tuple[int, str]]:
    """The inputs (number in the job's order, path) in the order their tasks start: the largest
    local files first, so that the last tasks to start are short and no core waits long for the
    others' (the longest-processing-time-first rule). Remote files, whose size would take a
    request each, come after in their own order. Only the start order changes: an input keeps
    its number, which decides which reading of a repeated id is kept and the rows' order."""
    def size(path: str) -> int:
        try:
            return -1 if is_remote(path) else os.path.getsize(path)
        except OSError:
            return -1
    return sorted(enumerate(files), key=lambda item: -size(item[1]))  # a stable sort: ties keep input order


# ---------------------------------------------------------------- in the tasks

def _extract_numbers(numbers: Iterator[pa.RecordBatch], names: Broadcast[list[tuple[int, str]]], model: Optional[str],
                     batch_size: int, loads: Accumulator[int]) -> Iterator[pa.RecordBatch]:
    """mapInArrow's function: the input numbers of this partition's files in, their rows out as
    one Arrow batch per batch of articles."""
    schema = _arrow_schema()
    for batch in numbers:
        for partition in batch.column("id").to_pylist():
            input_no, path = names.value[partition]
            for elements in _extract_file(input_no, path, model, batch_size, loads):
                yield pa.RecordBatch.from_pylist([{"dataset": name, "input": number, "position": position, name: row}
                                                  for name, number, position, row in elements], schema=schema)


@functools.cache
def _arrow_schema() -> pa.Schema:
    return to_arrow_schema(ELEMENT_SCHEMA)


def _extract_file(input_no: int, path: str, model: Optional[str], batch_size: int,
                  loads: Accumulator[int]) -> Iterator[list[Element]]:
    batch: list[tuple[Located, int]] = []
    position = 0
    for item in _read(path):
        if isinstance(item, InputError):
            yield [("failures", input_no, -1, failure_row(path, item.line, None, "read", str(item)))]
            continue
        batch.append((item, position))
        position += 1
        if len(batch) == batch_size:
            yield _extract_batch(input_no, batch, model, loads)
            batch = []
    if batch:
        yield _extract_batch(input_no, batch, model, loads)


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
                   loads: Accumulator[int]) -> list[Element]:
    if nlp_loader.load.cache_info().currsize == 0:
        loads.add(1)  # this Python worker loads the model now, and keeps it
    nlp = nlp_loader.load(model)
    elements: list[Element] = []
    results = extract_batch([located for located, _ in batch], nlp)
    for ((article, origin), result), (_, position) in zip(results, batch, strict=True):
        if isinstance(result, str):
            message = f"{origin}: article {article.id}: extraction failed: {result}"
            elements.append(("failures", input_no, position,
                             failure_row(origin.path, origin.line, article.id, "extract", message)))
            continue
        for name, dataset_rows in article_rows(article, result, str(origin), input_no, position).items():
            elements.extend((name, input_no, position, row) for row in dataset_rows)
    return elements


# ---------------------------------------------------------------- on the driver

def _drop_duplicates(spark: SparkSession, rows: DataFrame, files: list[str]) -> tuple[DataFrame, list[Failure]]:
    """An id read twice keeps its first reading in input order; the others become failures."""
    readings = rows.where(F.col("dataset") == "articles").select(
        F.col("articles.id").alias("id"), F.struct("input", "position", F.col("articles.origin").alias("origin"))
        .alias("reading"))
    # one query: the readings of each id, kept only for an id read more than once
    repeated = (readings.groupBy("id").agg(F.count("*").alias("count"), F.collect_list("reading").alias("seen"))
                .where(F.col("count") > 1))
    seen_by_id = {r["id"]: [(s["input"], s["position"], s["origin"]) for s in r["seen"]] for r in repeated.collect()}
    if not seen_by_id:
        return rows, []
    dropped: list[tuple[int, int]] = []
    failures: list[Failure] = []
    for article_id, seen in sorted(seen_by_id.items()):
        first, *later = sorted(seen)
        for input_no, position, origin in later:
            dropped.append((input_no, position))
            message = f"{origin}: duplicate id {article_id!r} (first read at {first[2]}); skipped"
            failures.append((input_no, failure_row(files[input_no], None, article_id, "duplicate", message)))
    gone = spark.createDataFrame(dropped, "input long, position long").withColumn("gone", F.lit(True))
    kept = (rows.join(F.broadcast(gone), ["input", "position"], "left")
            .where(F.col("gone").isNull() | (F.col("dataset") == "failures")).drop("gone"))
    return kept, failures


def _write_all(spark: SparkSession, rows: DataFrame, output: str, duplicates: list[Failure],
               max_records_per_file: int) -> list[Any]:
    """The five writes and the tally, each a Spark job, submitted together from threads of their
    own: one after the other, each job's planning and its last task left the other cores idle,
    a serial tail that local[1] and local[N] alike paid after the extraction. The jobs share the
    executors' task slots as one job's tasks do, so no more tasks run at once than before."""
    with ThreadPoolExecutor(max_workers=len(COLUMNS) + 1, thread_name_prefix="onrecord-write") as pool:
        writes = [pool.submit(_write, spark, rows, name, os.path.join(output, name),
                              duplicates if name == "failures" else [], max_records_per_file) for name in COLUMNS]
        tally = pool.submit(_tally, rows)
        for write in writes:
            write.result()  # a write that failed raises here
        return tally.result()


def _tally(rows: DataFrame) -> list[Any]:
    """Each dataset's row count and, for failures (few), their input numbers and messages: one query."""
    failure = F.when(F.col("dataset") == "failures", F.struct("input", F.col("failures.message").alias("message")))
    return rows.groupBy("dataset").agg(F.count("*").alias("count"), F.collect_list(failure).alias("failed")).collect()


def _write(spark: SparkSession, rows: DataFrame, name: str, path: str, extra: list[Failure],
           max_records_per_file: int) -> None:
    frame = rows.where(F.col("dataset") == name).select(f"{name}.*")
    if extra:
        columns = DATASET_SCHEMAS[name].fieldNames()
        frame = frame.unionByName(spark.createDataFrame([tuple(row.get(c) for c in columns) for _, row in extra],
                                                        DATASET_SCHEMAS[name]))
    if name in BY_MONTH:
        # month first: the writer wants each task's rows grouped by month, and would otherwise add
        # a sort by month alone over this one, which puts the rows of a file back out of order
        (frame.repartition("month").sortWithinPartitions("month", *SORT_KEYS[name]).write.mode("overwrite")
         .option("maxRecordsPerFile", max_records_per_file).partitionBy("month").parquet(path))
    else:
        frame.coalesce(1).sortWithinPartitions(*SORT_KEYS[name]).write.mode("overwrite").parquet(path)
