"""Check the README's cluster recipe on a standalone cluster started here: the environment
packed with venv-pack is shipped with --archives, executors run its Python (PYSPARK_PYTHON),
and the job's statements are those of `onrecord extract` on the same file.

    # the recipe's first two steps (README, "At scale: Apache Spark"), from a fresh clone:
    python3 -m venv env && env/bin/pip install '.[spark,model]' && env/bin/venv-pack -p env -o env.tar.gz
    # then, with that environment's Python:
    env/bin/python bench/spark_recipe.py env.tar.gz [--n 5]

The job is submitted from an empty folder with PYTHONPATH unset and executors told to run
./environment/bin/python, which exists only where the archive was unpacked: a task runs only
if the archive was shipped, and finds onrecord and its model there. The master and worker are stopped at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

REPO = Path(__file__).resolve().parents[1]
# the cluster helper and the Wikinews sample are shared with the tests, which keep them in tests/
sys.path.insert(0, str(REPO / "tests"))

import news_fixtures as nf  # noqa: E402  (found through the line above)
from spark_cluster import SPARK_SUBMIT, local_env, standalone_cluster  # noqa: E402  (as above)

ONRECORD = [sys.executable, "-c", "from onrecord.cli import main; main()"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", help="the environment packed by venv-pack (env.tar.gz)")
    parser.add_argument("--n", type=int, default=5, help="Wikinews articles to submit")
    args = parser.parse_args()
    archive = Path(args.archive).resolve()
    with tempfile.TemporaryDirectory(prefix="onrecord-recipe-") as tmp:
        work = Path(tmp)
        jsonl = work / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(a) + "\n" for a in nf.wikinews(args.n)), encoding="utf-8")
        env = local_env(PYSPARK_DRIVER_PYTHON=sys.executable, PYSPARK_PYTHON="./environment/bin/python")
        env.pop("PYTHONPATH", None)
        submit = subprocess.run([sys.executable, "-c", "import onrecord.scale.submit as m; print(m.__file__)"],
                                capture_output=True, text=True, env=env, cwd=work, check=True).stdout.strip()
        with standalone_cluster(work / "cluster") as master:
            started = time.perf_counter()
            done = subprocess.run([str(SPARK_SUBMIT), "--master", master, "--archives", f"{archive}#environment",
                                   "--conf", "spark.ui.enabled=false", submit, str(jsonl), "-o", str(work / "out")],
                                  capture_output=True, text=True, env=env, cwd=work, timeout=900)
            seconds = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"spark-submit failed ({done.returncode}):\n{(done.stdout + done.stderr)[-3000:]}")
        # spark-submit passes the Python driver's stderr on through its own stdout
        print([line for line in done.stdout.splitlines() if line.startswith("onrecord: ")][-1],
              f"(submitted in {seconds:.0f} s)")
        extracted = subprocess.run([*ONRECORD, "extract", str(jsonl)], capture_output=True,
                                   text=True, env=env, cwd=work, check=True).stdout
        expected = sorted((s["id"], (s["speaker"] or {}).get("name")) for line in extracted.splitlines()
                          for s in json.loads(line)["statements"])
        table = ds.dataset(str(work / "out" / "statements"), format="parquet", partitioning="hive").to_table(
            columns=["id", "speaker_name"])
        got = sorted((r["id"], r["speaker_name"]) for r in table.to_pylist())
        print(f"statements on the cluster: {len(got)}, by onrecord extract: {len(expected)}; "
              f"same ids and speakers: {got == expected}")
        sys.exit(0 if got == expected else 1)


if __name__ == "__main__":
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    main()
