"""Seconds per article of onrecord's extraction, beside the bare spaCy parse of the same texts.

    .venv/bin/python bench/speed.py                  # first 100 Wikinews articles, best of 3
    .venv/bin/python bench/speed.py -n 50 --repeat 5 --batch-size 32

Two comparisons, each the best of --repeat runs (taken in turns) after a warm-up:
- Python API, model already loaded: ``nlp.pipe`` over the texts vs ``process_many`` over the articles;
- command line, model loading included: ``onrecord extract FILE --format jsonl`` vs a Python
  process that only loads the same model and parses the same file.
"""
from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

from onrecord import nlp as nlp_loader
from onrecord.extract.pipeline import process_many
from onrecord.model import Article

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"

# What the command line does minus onrecord's own work: start Python, load the model, read, parse.
PARSE_ONLY = """
import json, sys
from onrecord import nlp
path, batch_size, model = sys.argv[1], int(sys.argv[2]), sys.argv[3] or None
model = nlp.load(model)
with open(path, encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
for _ in model.pipe(texts, batch_size=batch_size):
    pass
"""


def timed(job) -> float:
    started = time.perf_counter()
    job()
    return time.perf_counter() - started


def best_of_pairs(repeat: int, baseline, candidate) -> tuple[float, float]:
    """Best times of the two jobs, run in turns so both see the same load on a shared machine."""
    pairs = [(timed(baseline), timed(candidate)) for _ in range(repeat)]
    return min(p for p, _ in pairs), min(c for _, c in pairs)


def drain(iterable) -> None:
    for _ in iterable:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=100, help="first N articles (default 100)")
    parser.add_argument("--input", type=Path, default=WIKINEWS, help="JSONL of articles (default: the Wikinews sample)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--model", help="spaCy model (default: onrecord's)")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "bench")
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line comparison")
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines if line.strip()][:args.articles]
    articles = [Article(id=d["id"], text=d["text"], title=d.get("title"), published=d.get("published"))
                for d in docs]
    texts = [a.text for a in articles]
    n, size = len(articles), args.batch_size
    nlp = nlp_loader.load(args.model)
    print(f"command: `{shlex.join(['.venv/bin/python', 'bench/speed.py', *sys.argv[1:]])}`")
    print(f"{n} articles of {args.input.name} ({sum(map(len, texts)) / n:.0f} characters on average), "
          f"model {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}, batch size {size}, "
          f"best of {args.repeat}\n")

    drain(nlp.pipe(texts[:size], batch_size=size))  # warm-up: first-call costs, caches
    drain(process_many(articles[:size], nlp, batch_size=size))
    rows = [("Python API, model loaded", *best_of_pairs(args.repeat, lambda: drain(nlp.pipe(texts, batch_size=size)),
                                                        lambda: drain(process_many(articles, nlp, batch_size=size))))]

    if not args.no_cli:
        cli = Path(sys.executable).parent / "onrecord"
        if not cli.exists():
            cli = Path(shutil.which("onrecord") or cli)
        args.out.mkdir(parents=True, exist_ok=True)
        sample = args.out / f"speed-{n}.jsonl"
        sample.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        model = ["--model", args.model] if args.model else []
        parse_cmd = [sys.executable, "-c", PARSE_ONLY, str(sample), str(size), args.model or ""]
        extract_cmd = [str(cli), "extract", str(sample), "--format", "jsonl", "--batch-size", str(size), *model]
        for cmd in (parse_cmd, extract_cmd):
            done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                print(f"warning: {shlex.join(cmd[:1] + cmd[3:] if cmd is parse_cmd else cmd)} exited "
                      f"{done.returncode}: {done.stderr.strip().splitlines()[-1:]}")
        def run(cmd: list[str]) -> subprocess.CompletedProcess[bytes]:
            return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows.append(("command line, with model loading",
                     *best_of_pairs(args.repeat, lambda: run(parse_cmd), lambda: run(extract_cmd))))

    print("| path | spaCy parse s/article | onrecord extract s/article | ratio |")
    print("|---|---:|---:|---:|")
    for name, parse_s, extract_s in rows:
        print(f"| {name} | {parse_s / n:.4f} | {extract_s / n:.4f} | {extract_s / parse_s:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
