"""A Spark standalone cluster started from the pyspark package itself, on 127.0.0.1: one master
and one worker (``spark-class org.apache.spark.deploy.master.Master`` / ``...worker.Worker``),
each in its own process group, stopped by their process ids however the block ends. The tests
and bench/spark_bench.py submit to it."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyspark

SPARK_HOME = Path(pyspark.__file__).resolve().parent
SPARK_CLASS = SPARK_HOME / "bin" / "spark-class"
SPARK_SUBMIT = SPARK_HOME / "bin" / "spark-submit"


def local_env(**extra: str) -> dict[str, str]:
    """The environment of the cluster's processes and of spark-submit: everything on 127.0.0.1."""
    return {**os.environ, "SPARK_HOME": str(SPARK_HOME), "SPARK_LOCAL_IP": "127.0.0.1", **extra}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def standalone_cluster(work: Path, cores: int = 2, memory: str = "2g", timeout: float = 180) -> Iterator[str]:
    """Start a master and a worker; yield the master URL once the worker has registered."""
    work.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"spark://127.0.0.1:{port}"
    env = local_env()
    processes: list[subprocess.Popen] = []
    try:
        master_log = work / "master.log"
        with open(master_log, "wb") as log:
            processes.append(subprocess.Popen(
                [str(SPARK_CLASS), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                 "--port", str(port), "--webui-port", str(free_port())],
                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        with open(work / "worker.log", "wb") as log:
            processes.append(subprocess.Popen(
                [str(SPARK_CLASS), "org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1",
                 "--cores", str(cores), "--memory", memory, "--webui-port", str(free_port()),
                 "--work-dir", str(work / "worker")],
                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        deadline = time.monotonic() + timeout
        while b"Registering worker" not in master_log.read_bytes():
            if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                raise RuntimeError(f"the standalone cluster did not start; see {work}/master.log and worker.log")
            time.sleep(0.5)
        yield url
    finally:
        for p in reversed(processes):
            _stop(p)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)  # the group this block started: the JVM and any children
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
