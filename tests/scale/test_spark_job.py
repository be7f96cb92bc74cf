"""The Spark job on a real local[2] SparkSession: the same statements as `onrecord extract`, a
corrupt file reported while the others are processed, the same rows on a second run, and the
model loaded once per Python worker."""
from __future__ import annotations

import json

import pyarrow.dataset as ds
import pyarrow.parquet as pq
from click.testing import CliRunner

from onrecord.cli import main
from onrecord.query import EVENT_COLUMNS, FLAT_COLUMNS
from onrecord.scale.job import SORT_KEYS, largest_first, local_settings, run
from onrecord.scale.rows import month_of


def read(output, name: str) -> list[dict]:
    partitioning = "hive" if name != "failures" else None
    table = ds.dataset(str(output / name), format="parquet", partitioning=partitioning).to_table()
    return sorted(table.to_pylist(), key=lambda r: json.dumps(r, sort_keys=True, default=str))


def extracted(paths: list[str]) -> list[dict]:
    result = CliRunner().invoke(main, ["extract", *paths])
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_statements_are_those_of_onrecord_extract(job_output, job_inputs):
    output, _ = job_output
    records = extracted(job_inputs)
    expected = sorted((s["id"], s["kind"], s["content"]["start"], s["content"]["end"], s["content"]["text"],
                       (s["speaker"] or {}).get("name"), ((s["speaker"] or {}).get("mention") or {}).get("text"))
                      for r in records for s in r["statements"])
    rows = read(output, "statements")
    got = sorted((r["id"], r["kind"], r["content_start"], r["content_end"], r["text"], r["speaker_name"],
                  r["mention_text"]) for r in rows)
    assert len(expected) > 20  # the six articles have statements to compare
    assert got == expected
    articles = read(output, "articles")
    assert sorted(a["id"] for a in articles) == sorted(r["id"] for r in records)
    assert all(a["month"] == month_of(a["published"]) != "unknown" for a in articles)


def test_the_datasets_have_the_export_columns(job_output):
    output, _ = job_output
    statements = ds.dataset(str(output / "statements"), format="parquet", partitioning="hive")
    events = ds.dataset(str(output / "events"), format="parquet", partitioning="hive")
    assert statements.schema.names == FLAT_COLUMNS + ["month"]
    assert events.schema.names == EVENT_COLUMNS + ["month"]
    entities = read(output, "entities")
    speakers = {(r["article_id"], r["speaker_entity"]) for r in read(output, "statements") if r["speaker_entity"]}
    assert speakers <= {(e["article_id"], e["id"]) for e in entities}
    assert all(e["statements"] >= 1 for e in entities if (e["article_id"], e["id"]) in speakers)


def test_a_corrupt_file_is_counted_and_reported_and_the_others_processed(job_output, job_inputs):
    output, summary = job_output
    corrupt = job_inputs[2]
    assert summary.failed_files == 1 and summary.counts["failures"] == 1
    assert len(summary.failures) == 1 and summary.failures[0].startswith(f"{corrupt}: ")
    assert [(f["file"], f["stage"]) for f in read(output, "failures")] == [(corrupt, "read")]
    assert summary.counts["articles"] == 6


def test_the_model_is_loaded_once_per_python_worker(job_output):
    _, summary = job_output
    assert 1 <= summary.model_loads <= 2  # three tasks on local[2]: Spark reuses its Python workers


def test_a_second_run_gives_the_same_rows(spark, job_output, job_inputs):
    output, _ = job_output
    before = {name: read(output, name) for name in ("articles", "statements", "entities", "events", "failures")}
    run(spark, job_inputs, str(output))
    after = {name: read(output, name) for name in before}
    assert after == before


def test_an_id_read_twice_keeps_its_first_reading(spark, job_inputs, tmp_path):
    jsonl = job_inputs[1]
    summary = run(spark, [jsonl, jsonl], str(tmp_path / "out"))
    assert summary.counts["articles"] == 3 and summary.counts["failures"] == 3
    assert all("duplicate id" in line for line in summary.failures)
    failures = read(tmp_path / "out", "failures")
    assert {f["stage"] for f in failures} == {"duplicate"}


def test_each_file_keeps_its_rows_in_sort_order(job_output):
    output, _ = job_output
    for name, keys in SORT_KEYS.items():
        for path in (output / name).rglob("*.parquet"):
            rows = pq.read_table(path, columns=keys).to_pylist()
            order = [tuple((r[k] is not None, r[k]) for k in keys) for r in rows]  # nulls first, as Spark sorts
            assert order == sorted(order), path


def test_local_masters_shuffle_into_as_many_partitions_as_cores():
    assert local_settings("local[2]")["spark.sql.shuffle.partitions"] == "2"
    assert local_settings("local[3,2]")["spark.sql.shuffle.partitions"] == "3"
    assert local_settings("local")["spark.sql.shuffle.partitions"] == "1"
    assert int(local_settings("local[*]")["spark.sql.shuffle.partitions"]) >= 1
    assert local_settings("local[2]")["spark.sql.adaptive.enabled"] == "false"


def test_the_largest_inputs_start_first_and_keep_their_numbers(tmp_path):
    small, large, same = tmp_path / "small.jsonl", tmp_path / "large.jsonl", tmp_path / "same.jsonl"
    small.write_text("x" * 10)
    large.write_text("x" * 1000)
    same.write_text("x" * 10)
    files = [str(small), "s3a://bucket/remote.warc.gz", str(large), str(same), str(tmp_path / "missing.jsonl")]
    assert largest_first(files) == [(2, str(large)), (0, str(small)), (3, str(same)),
                                    (1, "s3a://bucket/remote.warc.gz"), (4, str(tmp_path / "missing.jsonl"))]
