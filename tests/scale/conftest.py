"""One real SparkSession (local[2]) for the whole session, the inputs the job reads (a WARC of
Wikinews pages, a JSONL file of other Wikinews articles, and a file that is not a WARC), and
the job's output over them, made once."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

import news_fixtures as nf

pyspark = pytest.importorskip("pyspark", reason="pyspark is in the test extra: pip install -e '.[model,test]'")


@pytest.fixture(scope="session")
def spark():
    from onrecord.scale.job import session  # noqa: PLC0415  (pyspark is optional: only after importorskip)

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    s = session("local[2]", app_name="onrecord-tests")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def job_inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("spark-inputs")
    articles = nf.wikinews(6)
    nf.write_warc(articles[:3], folder / "pages.warc.gz")
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in articles[3:]:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    (folder / "corrupt.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not a gzip member, not a WARC " * 20)
    return [str(folder / "pages.warc.gz"), str(folder / "articles.jsonl"), str(folder / "corrupt.warc.gz")]


@pytest.fixture(scope="session")
def job_output(spark, job_inputs, tmp_path_factory):
    """The job's output folder and summary over ``job_inputs``."""
    from onrecord.scale.job import run  # noqa: PLC0415  (as above)

    output = tmp_path_factory.mktemp("spark-output") / "datasets"
    summary = run(spark, job_inputs, str(output))
    return Path(output), summary
