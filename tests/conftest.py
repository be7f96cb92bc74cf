"""Shared fixtures: the real spaCy model, loaded once per test session, and repo paths."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample"
EXAMPLE_ARTICLE = SAMPLE / "iran-missile-statements.txt"
SAMPLE_JSONL = SAMPLE / "wikinews.jsonl"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline; ``onrecord.nlp.load`` caches it for in-process CLI runs too."""
    from onrecord import nlp as nlp_loader

    return nlp_loader.load()


@pytest.fixture(scope="session")
def onrecord_bin() -> Path:
    """The installed ``onrecord`` console script next to the Python running the tests."""
    path = Path(sys.executable).with_name("onrecord")
    if not path.exists():
        pytest.fail(f"{path} not found: run `make install` first")
    return path
