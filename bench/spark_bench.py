"""The Spark job on the Wikinews corpus written as WARC: throughput on local[1] and local[2],
the speed-up, the overhead per article against `onrecord extract`, and the bar that the job's
statements are those of `onrecord extract` (count, ids, speakers).

    PYTHONPATH=src .venv/bin/python bench/spark_bench.py              # 303 articles in 8 WARC files
    PYTHONPATH=src .venv/bin/python bench/spark_bench.py --copies 2   # the corpus twice (606 articles)
    PYTHONPATH=src .venv/bin/python bench/spark_bench.py --n 40 --files 4   # a quick look
    PYTHONPATH=src .venv/bin/python bench/spark_bench.py --repeat 3   # best of 3, alternating, on a shared machine

Each article becomes a news page in a WARC.gz (tests/news_fixtures.py, as bench/ingest_bench.py
does); the pages are spread over --files archives (one Spark task each) and --copies repeats the
corpus in more archives, for volume. Then, each in its own process and one after the other:
`onrecord extract` over the archives (one process, one core), `onrecord spark --master local[1]`
and `--master local[2]`. Times are wall-clock; "job" is the time the job reports (from the
listing of the inputs to the last dataset written), "total" adds starting and stopping the JVM.
Numbers measured on a busy machine are only as good as the machine: the load average is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

REPO = Path(__file__).resolve().parents[1]
# the synthetic news site is shared with the tests, which keep their helpers in tests/
sys.path.insert(0, str(REPO / "tests"))

import news_fixtures as nf  # noqa: E402  (found through the line above)

ONRECORD = [sys.executable, "-c", "from onrecord.cli import main; main()"]


def write_archives(folder: Path, n: int | None, files: int, copies: int) -> tuple[list[str], int]:
    articles = nf.wikinews(n)
    paths = []
    for copy in range(copies):
        # each copy a page of its own (another id, so another URL), or onrecord reads it as the
        # same article again and skips it
        copied = [a if copy == 0 else {**a, "id": f"{a['id']}-copy{copy + 1}"} for a in articles]
        for part in range(files):
            path = folder / f"wikinews-{copy + 1}-{part + 1:02d}.warc.gz"
            nf.write_warc(copied[part::files], path)
            paths.append(str(path))
    return paths, len(articles) * copies


def timed(command: list[str], stdout=subprocess.DEVNULL) -> tuple[float, str]:
    env = {**os.environ, "SPARK_LOCAL_IP": os.environ.get("SPARK_LOCAL_IP", "127.0.0.1")}
    started = time.perf_counter()
    done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-3000:]}")
    return seconds, done.stderr


def spark_run(paths: list[str], output: Path, cores: int) -> tuple[float, float, str]:
    total, stderr = timed([*ONRECORD, "spark", *paths, "-o", str(output), "--master", f"local[{cores}]"])
    summary = [line for line in stderr.splitlines() if line.startswith("onrecord: ")][-1]
    job = float(re.search(r"\(([\d.]+) s\)$", summary).group(1))
    return total, job, summary


def statements_of_extract(jsonl: Path) -> dict[str, str | None]:
    out = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            for s in json.loads(line)["statements"]:
                out[s["id"]] = (s["speaker"] or {}).get("name")
    return out


def statements_of_job(output: Path) -> dict[str, str | None]:
    table = ds.dataset(str(output / "statements"), format="parquet", partitioning="hive").to_table(
        columns=["id", "speaker_name"])
    return {r["id"]: r["speaker_name"] for r in table.to_pylist()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=None, help="articles of the corpus (default: all 303)")
    parser.add_argument("--files", type=int, default=8, help="WARC files per copy of the corpus (tasks)")
    parser.add_argument("--copies", type=int, default=1, help="copies of the corpus, for volume")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run local[1] and local[2] this many times each, alternating, and keep each one's "
                             "best time: on a shared machine, load that comes and goes then hurts both alike")
    parser.add_argument("--keep", metavar="FOLDER", help="write the archives and outputs here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onrecord-spark-bench-") as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths, articles = write_archives(folder, args.n, args.files, args.copies)
        print(f"{articles} articles in {len(paths)} WARC files; load average before: "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")

        with open(folder / "extract.jsonl", "w", encoding="utf-8") as out:
            cli_seconds, _ = timed([*ONRECORD, "extract", *paths], stdout=out)
        print(f"onrecord extract (1 process): {cli_seconds:.1f} s, {articles / cli_seconds:.2f} articles/s")

        runs: dict[int, tuple[float, float]] = {}
        for _ in range(args.repeat):
            for cores in (1, 2):
                total, job, summary = spark_run(paths, folder / f"local{cores}", cores)
                print(f"onrecord spark local[{cores}]: job {job:.1f} s ({articles / job:.2f} articles/s), "
                      f"total {total:.1f} s with the JVM; {summary[len('onrecord: '):]}; "
                      f"load average {os.getloadavg()[0]:.1f}")
                if cores not in runs or job < runs[cores][1]:
                    runs[cores] = (total, job)
        speedup = runs[1][1] / runs[2][1]
        print(f"speed-up local[2] / local[1]: {speedup:.2f} on the job time "
              f"({runs[1][0] / runs[2][0]:.2f} on the total) — bar 1.6: {'met' if speedup >= 1.6 else 'NOT met'}")
        overhead = (runs[1][1] - cli_seconds) / articles
        print(f"overhead per article, local[1] job against onrecord extract: {overhead * 1000:+.0f} ms "
              f"({runs[1][1] / cli_seconds:.2f} times the CLI's time); "
              f"fixed cost of the JVM and session: {runs[1][0] - runs[1][1]:.1f} s")
        per_core_hour = articles / runs[1][1] * 3600
        print(f"articles per core-hour (local[1] job): {per_core_hour:,.0f}")

        expected = statements_of_extract(folder / "extract.jsonl")
        got = statements_of_job(folder / "local2")
        same_ids = set(got) == set(expected)
        same_speakers = same_ids and all(got[i] == expected[i] for i in expected)
        met = len(got) == len(expected) and same_ids and same_speakers
        print(f"bar, local[2] statements against onrecord extract: {len(got)} vs {len(expected)} statements; "
              f"same ids: {same_ids}; same speakers: {same_speakers} — {'met' if met else 'NOT met'}")
        if not same_ids:
            print(f"  only in the job: {sorted(set(got) - set(expected))[:5]}; "
                  f"only in extract: {sorted(set(expected) - set(got))[:5]}")
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
