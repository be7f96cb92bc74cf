"""Real stores for the command, web and briefing tests: sample articles run through the
installed ``onrecord ingest`` into a SQLite file. The fixtures that build them are in conftest.py.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from repo_paths import SAMPLE_JSONL

# the example digest and two Wikinews articles that quote Donald Trump
TRUMP_ARTICLES = ("wn-2019-01-04-b815ca12", "wn-2019-01-07-4c31c6d5")

SCRIPT = "<script>alert(1)</script>"
# an article whose quote holds a <script> tag and whose title holds markup: pages must show them as text
XSS_ARTICLE = {
    "id": "xss-test", "title": "Council <b>meeting</b> ends", "published": "2019-02-01",
    "url": "https://example.org/xss",
    "text": "The city council met on Friday.\n\n\"Someone typed " + SCRIPT + " into the form and nothing "
            "happened,\" Mayor Jane Doe told reporters on Friday. Doe said the website was safe."}


def sample_lines(ids=None, n=None) -> list[str]:
    """Lines of the bundled Wikinews sample: those of ``ids``, or the first ``n``, or all."""
    lines = SAMPLE_JSONL.read_text(encoding="utf-8").splitlines()
    if ids:
        lines = [line for line in lines if json.loads(line)["id"] in ids]
    return lines[:n] if n else lines


def ingest(db: str, *paths, extra=(), check=True) -> subprocess.CompletedProcess:
    """``onrecord ingest PATHS --db DB`` with the installed command."""
    binary = Path(sys.executable).with_name("onrecord")
    done = subprocess.run([str(binary), "ingest", *map(str, paths), "--db", db, *extra],
                          capture_output=True, text=True, timeout=600)
    if check:
        assert done.returncode == 0, done.stderr
    return done
