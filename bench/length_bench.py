"""Is extraction linear in the length of an article? One long article against the same text cut
into short ones, each run as one ``onrecord extract`` command.

    PYTHONPATH=src .venv/bin/python bench/length_bench.py                 # 250,000 characters, cut in 25
    PYTHONPATH=src .venv/bin/python bench/length_bench.py --chars 100000 --pieces 10
    PYTHONPATH=src .venv/bin/python bench/length_bench.py --chars 150000 --many 8   # peak memory

The text is Wikinews articles joined by blank lines until it has ``--chars`` characters. The long
input is that text as one article; the short input is the same text cut at every
``chars / pieces`` characters, one article each. Both are written as JSONL to a temporary folder and
run through ``onrecord extract`` (model loading included in both). The script prints the seconds,
the CPU seconds and peak memory of each command and the ratios long / short; the bar is a ratio
of at most 1.5. On a shared machine the CPU ratio is the steadier figure: the wall time of each
command depends on what else runs meanwhile.
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

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"


def long_text(chars: int) -> str:
    parts, size = [], 0
    with open(WIKINEWS, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"].strip()
            parts.append(text)
            size += len(text) + 2
            if size >= chars:
                break
    text = "\n\n".join(parts)
    if len(text) < chars:
        raise SystemExit(f"the corpus has only {len(text):,} characters")
    return text[:chars]


def write_jsonl(path: Path, texts: list[str], stem: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for n, text in enumerate(texts, 1):
            out.write(json.dumps({"id": f"{stem}-{n}", "text": text}) + "\n")


def run_extract(path: Path, extra: list[str]) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, peak memory (KB) and statements of ``onrecord extract path``."""
    command = [sys.executable, "-c", "from onrecord.cli import main; main()", "extract", str(path), *extra]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if status != 0:
            raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
        out.seek(0)
        statements = sum(len(json.loads(line)["statements"]) for line in out if line.strip())
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, statements


def many_long(text: str, k: int, extra: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.jsonl"
        write_jsonl(path, [text] * k, "long")
        wall, cpu, peak, statements = run_extract(path, extra)
    print(f"{k} articles of {len(text):,} characters in one command: {wall:.1f} s ({cpu:.1f} s of CPU), "
          f"peak {peak / 1024:.0f} MB, {statements} statements")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=250_000, help="length of the long article")
    parser.add_argument("--pieces", type=int, default=25, help="how many short articles the text is cut into")
    parser.add_argument("--model", default=None, help="spaCy model (default: onrecord's)")
    parser.add_argument("--many", type=int, default=0, metavar="K",
                        help="instead: K long articles in one command (memory stays flat when batches are "
                             "bounded by characters)")
    args = parser.parse_args()
    text = long_text(args.chars)
    if args.many:
        return many_long(text, args.many, ["--model", args.model] if args.model else [])
    step = -(-len(text) // args.pieces)
    pieces = [text[i:i + step] for i in range(0, len(text), step)]
    extra = ["--model", args.model] if args.model else []
    with tempfile.TemporaryDirectory() as tmp:
        short_path, long_path = Path(tmp) / "short.jsonl", Path(tmp) / "long.jsonl"
        write_jsonl(short_path, pieces, "piece")
        write_jsonl(long_path, [text], "long")
        short = run_extract(short_path, extra)
        long = run_extract(long_path, extra)
    for name, (wall, cpu, peak, statements) in ((f"{len(pieces)} articles of {step:,} characters", short),
                                                 (f"1 article of {len(text):,} characters", long)):
        print(f"{name}: {wall:.1f} s ({cpu:.1f} s of CPU), peak {peak / 1024:.0f} MB, {statements} statements")
    print(f"ratio long / short: {long[0] / short[0]:.2f} in time, {long[1] / short[1]:.2f} in CPU time "
          "(the bar: at most 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
