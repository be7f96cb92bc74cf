"""Properties of reading input (hypothesis): whatever the bytes of a .txt, .jsonl, .html or
.warc file, reading gives articles or one-line errors, never an exception; an article read from
JSONL or text keeps its text exactly (offsets point into it); reading twice gives the same."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import news_fixtures as nf
from onrecord.ingest import InputError
from properties import SETTINGS, news_text
from source_helpers import located

SUFFIXES = [".txt", ".jsonl", ".html", ".warc", ".warc.gz", ".rss"]


def read(data: bytes, suffix: str) -> tuple[list, list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        found, errors = located([path])
    for error in errors:
        assert isinstance(error, InputError)
        assert "\n" not in str(error) and str(error).startswith(str(path))
    return [(a.id, a.text, a.title) for a, _ in found], [str(e).split(": ", 1)[1] for e in errors]


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_are_read_or_refused_in_one_line(data, suffix):
    assert read(data, suffix) == read(data, suffix)


@SETTINGS
@given(text=news_text())
def test_a_text_is_kept_exactly(text):
    found, errors = read(json.dumps({"id": "x", "text": text}).encode("utf-8") + b"\n", ".jsonl")
    if text.strip() and not errors:
        assert found == [("x", text, None)]
    found, errors = read(text.encode("utf-8"), ".txt")
    if found:
        assert found == [("input", text, None)]
    else:
        assert len(errors) == 1


@SETTINGS
@given(text=news_text(), cut=st.integers(min_value=0, max_value=400))
def test_a_cut_or_noisy_archive_never_raises(text, cut, tmp_path_factory):
    folder = tmp_path_factory.mktemp("warc")
    whole = folder / "whole.warc.gz"
    nf.write_warc([{"id": "wn-x", "title": "T", "published": "2020-01-02", "text": text or "x",
                    "url": "https://example.org/x"}], whole, extra_records=False)
    data = whole.read_bytes()
    pages, errors = read(data[:max(0, len(data) - cut)], ".warc.gz")
    assert len(pages) <= 1 and (pages or errors)
    assert all(isinstance(p[1], str) for p in pages)
