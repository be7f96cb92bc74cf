"""The store the record commands' tests read: the example digest and the two Wikinews articles
quoting Donald Trump, ingested once for the module with the installed command."""
from __future__ import annotations

from pathlib import Path

import pytest

from repo_paths import EXAMPLE_ARTICLE
from sample_store import TRUMP_ARTICLES, ingest, sample_lines


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inputs")
    jsonl = folder / "three.jsonl"
    jsonl.write_text("\n".join(sample_lines(TRUMP_ARTICLES)) + "\n", encoding="utf-8")
    return [EXAMPLE_ARTICLE, jsonl]


@pytest.fixture(scope="module")
def db(inputs, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("db") / "record.db")
    done = ingest(path, *inputs)
    assert "3 new, 0 updated, 0 unchanged, 0 skipped" in done.stderr
    return path
