"""The script ``spark-submit`` runs: ``spark-submit [options] submit.py INPUT... -o OUTPUT``.

Its path is printed by ``python -c "import onrecord.scale.submit as m; print(m.__file__)"``.
The master and everything else about the cluster come from spark-submit's options; this
script parses the job's own (the same as ``onrecord spark``'s), runs it and prints the
summary. The exit code is 0, or 1 when some records failed (listed in the failures dataset).
"""
from __future__ import annotations

import argparse
import sys
from typing import Optional

from onrecord.scale.inputs import read_input_list
from onrecord.scale.job import run, session


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="onrecord.scale.submit", description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="WARC(.gz), JSONL or text files, folders or URLs")
    parser.add_argument("-o", "--output", required=True, help="folder (or hdfs:// / s3a:// URL) for the datasets")
    parser.add_argument("--input-list", metavar="FILE", help="a file naming one input a line (like warc.paths)")
    parser.add_argument("--model", default=None, help="installed spaCy model [default: $ONRECORD_MODEL or the default]")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)
    inputs = list(args.inputs) + (read_input_list(args.input_list) if args.input_list else [])
    if not inputs:
        parser.error("no inputs: give INPUT... or --input-list FILE")
    spark = session()
    try:
        summary = run(spark, inputs, args.output, model=args.model, batch_size=args.batch_size)
    finally:
        spark.stop()
    for line in summary.failures:
        print(line, file=sys.stderr)
    print(f"onrecord: {summary.line()}", file=sys.stderr)
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
