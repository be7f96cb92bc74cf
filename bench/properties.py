"""The property-based tests of extraction and ingest, run long: the same tests ``make test`` runs
with 25 examples each (a few seconds), here with thousands of random ones.

    PYTHONPATH=src .venv/bin/python bench/properties.py                 # 1,000 examples a test
    PYTHONPATH=src .venv/bin/python bench/properties.py --examples 5000

The properties (tests/extract/test_extract_properties.py, tests/ingest/test_ingest_properties.py):
no exception on any input; every span of a record is the text at its offsets; the same input
gives the same record, alone or in a batch; any bytes as .txt, .jsonl, .html, .warc(.gz) or .rss
give articles or one-line errors; a text read from JSONL or .txt keeps every character. A failure
prints hypothesis's smallest failing example.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = ["tests/extract/test_extract_properties.py", "tests/ingest/test_ingest_properties.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per test")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "ONRECORD_PROPERTY_EXAMPLES": str(args.examples)}
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "--hypothesis-show-statistics", *TESTS], cwd=REPO, env=env)
    print(f"{args.examples} examples a test: {'passed' if run.returncode == 0 else 'FAILED'} "
          f"in {time.perf_counter() - started:.0f} s")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
