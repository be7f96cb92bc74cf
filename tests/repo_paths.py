"""Where the tests find their data: the sample in the repository, and the shared data beside it
(``../shared``: gold annotations, the reference scorer, corpora).

The shared data is not part of the repository. A test that needs it skips, saying so, on a
machine without it, but fails under CI, where it must be there: a test that cannot run there
would pass unseen.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample"
EXAMPLE_ARTICLE = SAMPLE / "iran-missile-statements.txt"
SAMPLE_JSONL = SAMPLE / "wikinews.jsonl"

SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "eval"
POLNEAR_DEV = SHARED / "corpora" / "polnear" / "dev"
EXAMPLE_GOLD = SHARED / "examples" / "iran-missile-statements.gold.json"


def require_shared(path: Path) -> None:
    """Skip the calling test when ``path`` (in the shared data) is missing; under CI, fail."""
    if path.exists():
        return
    message = f"{path} is not present (the shared data beside the repository)"
    if os.environ.get("CI"):
        pytest.fail(message + "; CI must run this test")
    pytest.skip(message)
