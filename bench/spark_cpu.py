"""Where the Spark job's CPU goes: the job's own JVM by thread group (JIT compilers, GC, task
threads, ...), measured as CPU seconds from /proc, which a busy machine stretches far less than
wall-clock times. On a 2-core machine the JVM's CPU is what local[2] has to share with its two
Python workers, while local[1] leaves it the second core: so it bounds the speed-up.

    PYTHONPATH=src .venv/bin/python bench/spark_cpu.py ARCHIVE... --master 'local[1]'
    PYTHONPATH=src .venv/bin/python bench/spark_cpu.py ARCHIVE... --jvm-options ''   # without LOCAL_JVM_OPTIONS

(archives as bench/spark_bench.py --keep FOLDER writes them). Linux only (/proc).
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import tempfile

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(path: str) -> tuple[str, int, float]:
    """name, parent pid and CPU seconds (user + system) of a process or thread."""
    text = open(path).read()
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return name, int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS


def _jvm_pid() -> int:
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                name, parent, _ = _stat(f"/proc/{entry}/stat")
            except OSError:
                continue
            if parent == me and name == "java":
                return int(entry)
    raise SystemExit("no JVM started by this process")


def jvm_cpu(pid: int) -> dict[str, float]:
    """CPU seconds of the JVM (``total``, dead threads included) and of its live threads by group."""
    groups: collections.Counter[str] = collections.Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            name, _, seconds = _stat(f"/proc/{pid}/task/{tid}/stat")
        except OSError:
            continue
        groups["Executor task" if name.startswith("Executor task") else re.sub(r"[#\d\s-]+$", "", name)] += seconds
    groups["total"] = _stat(f"/proc/{pid}/stat")[2]
    return dict(groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--master", default="local[1]")
    parser.add_argument("--jvm-options", default=None, help="instead of the job's LOCAL_JVM_OPTIONS")
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from onrecord.scale import job  # noqa: PLC0415  (pyspark, which it imports, is optional)

    if args.jvm_options is not None:
        job.LOCAL_JVM_OPTIONS = args.jvm_options
    spark = job.session(args.master)
    try:
        pid = _jvm_pid()
        before = jvm_cpu(pid)
        with tempfile.TemporaryDirectory(prefix="onrecord-spark-cpu-") as out:
            summary = job.run(spark, args.inputs, out)
        after = jvm_cpu(pid)
    finally:
        spark.stop()
    print(f"{args.master}, JVM options {job.LOCAL_JVM_OPTIONS!r}: {summary.line()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    spent = {k: after[k] - before.get(k, 0.0) for k in after}
    print(f"JVM CPU during the job: {spent.pop('total'):.1f} s; by thread group (live threads):")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.3:
            print(f"  {name}: {seconds:.1f} s")


if __name__ == "__main__":
    main()
