"""A job submitted with spark-submit to a standalone master and worker started for the test
(from the pyspark package, on 127.0.0.1), bounded in time: the statements of `onrecord extract`."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow.dataset as ds
from click.testing import CliRunner

import onrecord.scale.submit
from onrecord.cli import main
from spark_cluster import SPARK_SUBMIT, local_env, standalone_cluster

SUBMIT_SECONDS = 420  # the whole submission, JVMs and the model included, on a loaded 2-core machine


def test_a_job_submitted_to_a_standalone_cluster(job_inputs, tmp_path):
    jsonl = job_inputs[1]
    # executors run in the worker's folder: they get the tests' Python path (src/ in a checkout) made absolute
    python_path = os.pathsep.join(os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)
    path = ["--conf", f"spark.executorEnv.PYTHONPATH={python_path}"] if python_path else []
    with standalone_cluster(tmp_path / "cluster") as master:
        done = subprocess.run(
            [str(SPARK_SUBMIT), "--master", master, "--conf", "spark.ui.enabled=false", "--conf",
             "spark.task.maxFailures=1", *path, "--executor-memory", "1g", onrecord.scale.submit.__file__, jsonl,
             "-o", str(tmp_path / "out")],
            env=local_env(PYSPARK_PYTHON=sys.executable, PYTHONPATH=python_path), capture_output=True, text=True,
            timeout=SUBMIT_SECONDS, cwd=tmp_path)
    # spark-submit passes the Python driver's stderr on through its own stdout
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "onrecord: 1 file: 3 articles" in done.stdout
    table = ds.dataset(str(tmp_path / "out" / "statements"), format="parquet", partitioning="hive").to_table(
        columns=["id", "kind", "speaker_name", "content_start", "content_end"])
    on_cluster = sorted(tuple(r.values()) for r in table.to_pylist())
    records = [json.loads(line) for line in CliRunner().invoke(main, ["extract", jsonl]).stdout.splitlines()]
    expected = sorted((s["id"], s["kind"], (s["speaker"] or {}).get("name"), s["content"]["start"],
                       s["content"]["end"]) for r in records for s in r["statements"])
    assert len(expected) > 5 and on_cluster == expected
