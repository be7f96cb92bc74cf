"""Where the Spark job's CPU goes, and how well its tasks fill the cores: the job's own JVM by
thread group (JIT compilers, GC, task threads, ...) and its Python workers, measured as CPU
seconds from /proc, which a busy machine stretches far less than wall-clock times; and, from
Spark's event log, each extraction task's time and the idle tail of that stage (core-seconds
with fewer tasks running than cores). On a 2-core machine the JVM's CPU is what local[2] has to
share with its two Python workers, while local[1] leaves it the second core: so it bounds the
speed-up, and so does a tail where one core waits for the other's last task.

    PYTHONPATH=src .venv/bin/python bench/spark_cpu.py ARCHIVE... --master 'local[1]'
    PYTHONPATH=src .venv/bin/python bench/spark_cpu.py ARCHIVE... --jvm-options ''   # without LOCAL_JVM_OPTIONS

(archives as bench/spark_bench.py --keep FOLDER writes them). Linux only (/proc).
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
import tempfile
import threading
import time

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(path: str) -> tuple[str, int, float]:
    """name, parent pid and CPU seconds (user + system) of a process or thread."""
    text = open(path).read()
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return name, int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS


def _children() -> dict[int, list[int]]:
    """Every process's children, by parent pid."""
    out: dict[int, list[int]] = collections.defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                _, parent, _ = _stat(f"/proc/{entry}/stat")
            except OSError:
                continue
            out[parent].append(int(entry))
    return out


def _jvm_pid() -> int:
    for pid in _children()[os.getpid()]:
        try:
            if _stat(f"/proc/{pid}/stat")[0] == "java":
                return pid
        except OSError:
            continue
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


def python_cpu(jvm: int) -> dict[int, float]:
    """CPU seconds of each live process under the JVM (pyspark's daemon and the Python workers it
    forked; Spark keeps its workers for the next task, so they are alive at the job's end)."""
    children = _children()
    out: dict[int, float] = {}
    todo = list(children[jvm])
    while todo:
        pid = todo.pop()
        try:
            out[pid] = _stat(f"/proc/{pid}/stat")[2]
        except OSError:
            continue
        todo.extend(children[pid])
    return out


class Sampler(threading.Thread):
    """Reads the JVM's and the Python workers' CPU seconds every quarter second while the job runs,
    so the CPU spent while the extraction stage ran can be told from the rest."""

    def __init__(self, jvm: int) -> None:
        super().__init__(daemon=True)
        self.jvm, self.samples, self.done = jvm, [], threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.25):
            try:
                self.samples.append((time.time(), _stat(f"/proc/{self.jvm}/stat")[2],
                                     sum(python_cpu(self.jvm).values())))
            except OSError:
                continue

    def between(self, start: float, end: float) -> tuple[float, float]:
        """JVM and Python CPU seconds from ``start`` to ``end`` (the nearest samples)."""
        def at(moment: float) -> tuple[float, float, float]:
            return min(self.samples, key=lambda sample: abs(sample[0] - moment))
        first, last = at(start), at(end)
        return last[1] - first[1], last[2] - first[2]


def task_times(event_log: str) -> list[tuple[float, float, int]]:
    """(launch, finish, partition) in seconds of each task of the extraction stage, the stage
    with the most tasks, from Spark's event log."""
    by_stage: dict[int, list[tuple[float, float, int]]] = collections.defaultdict(list)
    for path in glob.glob(os.path.join(event_log, "**"), recursive=True):  # Spark 4 writes a folder of files
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if '"SparkListenerTaskEnd"' not in line:
                    continue
                event = json.loads(line)
                info = event["Task Info"]
                by_stage[event["Stage ID"]].append((info["Launch Time"] / 1000, info["Finish Time"] / 1000,
                                                    info.get("Partition ID", info["Index"])))
    if not by_stage:
        return []
    stage = max(by_stage, key=lambda s: (len(by_stage[s]), -s))
    return sorted(by_stage[stage])


def job_times(event_log: str) -> list[tuple[float, float, int]]:
    """(submitted, completed, job id) in seconds of each Spark job the run started, from the event log."""
    starts: dict[int, float] = {}
    ends: dict[int, float] = {}
    for path in glob.glob(os.path.join(event_log, "**"), recursive=True):
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if '"SparkListenerJobStart"' in line:
                    event = json.loads(line)
                    starts[event["Job ID"]] = event["Submission Time"] / 1000
                elif '"SparkListenerJobEnd"' in line:
                    event = json.loads(line)
                    ends[event["Job ID"]] = event["Completion Time"] / 1000
    return sorted((starts[j], ends[j], j) for j in starts if j in ends)


def idle_tail(tasks: list[tuple[float, float, int]], cores: int) -> tuple[float, float]:
    """Core-seconds left idle during the stage (fewer tasks running than cores, from its first
    launch to its last finish), and the tail: from the last time all cores were busy to the end."""
    if not tasks:
        return 0.0, 0.0
    edges = sorted([(start, 1) for start, _, _ in tasks] + [(end, -1) for _, end, _ in tasks])
    idle, running, last, full_until = 0.0, 0, edges[0][0], edges[0][0]
    for moment, step in edges:
        idle += max(cores - running, 0) * (moment - last)
        if running >= cores:
            full_until = moment
        running += step
        last = moment
    return idle, last - full_until


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--master", default="local[1]")
    parser.add_argument("--jvm-options", default=None, help="instead of the job's LOCAL_JVM_OPTIONS")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                        help="a Spark setting more, to measure its effect (may be repeated)")
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from onrecord.scale import job  # noqa: PLC0415  (pyspark, which it imports, is optional)

    if args.jvm_options is not None:
        job.LOCAL_JVM_OPTIONS = args.jvm_options
    with tempfile.TemporaryDirectory(prefix="onrecord-spark-cpu-") as tmp:
        log = os.path.join(tmp, "events")
        os.mkdir(log)
        # the event log, for the tasks' times: the job's session with two settings more
        os.environ["PYSPARK_SUBMIT_ARGS"] = (f"--conf spark.eventLog.enabled=true --conf spark.eventLog.dir={log} "
                                             "--conf spark.eventLog.compress=false "
                                             + "".join(f"--conf {setting} " for setting in args.conf)
                                             + "pyspark-shell")
        spark = job.session(args.master)
        try:
            pid = _jvm_pid()
            before, python_before = jvm_cpu(pid), python_cpu(pid)
            sampler = Sampler(pid)
            sampler.start()
            started = time.time()
            summary = job.run(spark, args.inputs, os.path.join(tmp, "out"))
            ended = time.time()
            sampler.done.set()
            after, python_after = jvm_cpu(pid), python_cpu(pid)
        finally:
            spark.stop()
        tasks = task_times(log)
        jobs = job_times(log)
    cores = int(m.group(1)) if (m := re.fullmatch(r"local\[(\d+)\]", args.master)) else 1
    print(f"{args.master}, JVM options {job.LOCAL_JVM_OPTIONS!r}: {summary.line()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    spent = {k: after[k] - before.get(k, 0.0) for k in after}
    jvm_total = spent.pop("total")
    python = {p: s - python_before.get(p, 0.0) for p, s in python_after.items()}
    workers = sorted((s for s in python.values() if s >= 0.3), reverse=True)
    print(f"JVM CPU during the job: {jvm_total:.1f} s; Python workers: {sum(python.values()):.1f} s "
          f"({', '.join(f'{s:.1f}' for s in workers)}); by JVM thread group (live threads):")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.3:
            print(f"  {name}: {seconds:.1f} s")
    if tasks:
        idle, tail = idle_tail(tasks, cores)
        start, end = tasks[0][0], max(e for _, e, _ in tasks)
        print(f"extraction stage: {len(tasks)} tasks, {end - start:.1f} s; tasks (partition: seconds) in launch "
              f"order: {', '.join(f'{p}: {e - s:.1f}' for s, e, p in tasks)}")
        print(f"idle on {cores} core{'s' if cores > 1 else ''}: {idle:.1f} core-seconds; tail {tail:.1f} s")
        jvm_in_stage, python_in_stage = sampler.between(start, end)
        print(f"CPU while the extraction stage ran: JVM {jvm_in_stage:.1f} s, Python workers {python_in_stage:.1f} s; "
              f"after it: JVM {sampler.between(end, ended)[0]:.1f} s")
        print(f"the run: {ended - started:.1f} s; {start - started:.1f} s before the extraction's first task, "
              f"{ended - end:.1f} s after its last, in {sum(1 for s, _, _ in jobs if s >= end - 0.5)} Spark jobs "
              f"({', '.join(f'{e - s:.1f}' for s, e, _ in jobs if s >= end - 0.5)} s each; the rest is the "
              "driver's planning between them)")


if __name__ == "__main__":
    main()
