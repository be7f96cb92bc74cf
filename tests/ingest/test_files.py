"""Reading articles from files, folders and stdin, and refusing bad input in one line."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from onrecord.ingest import MAX_ARTICLE_CHARS, InputError, iter_articles, iter_located_articles
from onrecord.model import Article
from repo_paths import EXAMPLE_ARTICLE, SAMPLE_JSONL

TRICKY = "Rezaei said:\u00a0“Iran’s missile power is growing,” he added.\r\nA ‘second’ line\u2009—\u00a0end.\n"


def read(paths, stdin: bytes | None = None):
    stream = io.BytesIO(stdin) if stdin is not None else None
    items = list(iter_articles([str(p) for p in paths], stdin=stream))
    return [i for i in items if isinstance(i, Article)], [str(i) for i in items if isinstance(i, InputError)]


def jsonl(path: Path, *rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


# --- good input -----------------------------------------------------------------------------

def test_text_file_is_kept_exactly_as_decoded(tmp_path):
    path = tmp_path / "tricky.txt"
    path.write_bytes(TRICKY.encode("utf-8"))
    articles, errors = read([path])
    assert errors == []
    [article] = articles
    assert article.id == "tricky"
    assert article.text == TRICKY  # NBSP, thin space, curly quotes and \r\n all kept
    start = article.text.index("Iran’s")
    assert article.text[start:start + 6] == "Iran’s"
    assert article.text[start - 2:start] == "\u00a0“"


def test_jsonl_fields_and_defaults(tmp_path):
    path = jsonl(tmp_path / "feed.jsonl",
                 {"id": "a1", "text": TRICKY, "title": "T", "published": "2017-07-24", "url": "https://x/1",
                  "source": "Example Times", "categories": [], "extra": {"ignored": True}},
                 "",
                 {"id": 42, "text": "Second article.", "published": "2019-09-12T10:30:00+00:00"},
                 {"text": "No id here."})
    articles, errors = read([path])
    assert errors == []
    first, second, third = articles
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "a1", "T", "2017-07-24", "https://x/1", "Example Times")
    assert first.text == TRICKY
    assert (second.id, second.published, second.source) == ("42", "2019-09-12", str(path))
    assert third.id == "feed-4"  # file stem and line number when the line has no id


def test_jsonl_keeps_unicode_escapes_and_raw_unicode_alike(tmp_path):
    path = tmp_path / "escaped.jsonl"
    path.write_text(json.dumps({"id": "e", "text": TRICKY}, ensure_ascii=True) + "\n", encoding="ascii")
    [article], errors = read([path])
    assert errors == [] and article.text == TRICKY


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("One.", encoding="utf-8")
    jsonl(tmp_path / "b" / "more.jsonl", {"id": "three", "text": "Three."})
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden" / "secret.txt").write_text("hidden", encoding="utf-8")
    articles, errors = read([tmp_path])
    assert errors == []
    assert [a.id for a in articles] == ["one", "three", "two"]  # a folder's files, then its sub-folders


def test_located_articles_name_file_and_line(tmp_path):
    path = jsonl(tmp_path / "feed.jsonl", {"id": "a", "text": "A."}, {"id": "b", "text": "B."})
    origins = [str(origin) for _, origin in iter_located_articles([str(path)])]
    assert origins == [f"{path}:1", f"{path}:2"]


def test_stdin_jsonl_after_blank_lines():
    data = b"\n  \n" + json.dumps({"id": "s1", "text": TRICKY}).encode() + b"\n" + b'{"id": "s2", "text": "Two."}\n'
    articles, errors = read(["-"], stdin=data)
    assert errors == []
    assert [a.id for a in articles] == ["s1", "s2"]
    assert articles[0].text == TRICKY


def test_stdin_plain_text_is_one_article_kept_whole():
    data = ("\n\n" + TRICKY).encode("utf-8")
    [article], errors = read(["-"], stdin=data)
    assert errors == []
    assert article.id == "stdin"
    assert article.text == "\n\n" + TRICKY  # leading blank lines kept: offsets count them


def test_bundled_sample_reads_cleanly():
    articles, errors = read([EXAMPLE_ARTICLE, SAMPLE_JSONL])
    assert errors == []
    assert len(articles) >= 40
    assert sum("Trump" in a.text for a in articles) >= 5
    assert all(a.title and a.published and a.url for a in articles[1:])


# --- bad input: one line naming the file (and line), the rest still read ----------------------

@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file (only whitespace)"),
    (b"PK\x03\x04\x00\x00binary", "binary file (contains NUL bytes), not text"),
    ("Caf\u00e9 ".encode("latin-1") + b"ok", "not valid UTF-8 (bad byte 0xe9 at byte offset 3)"),
    (b"\x01\x02\x03\x04\x05\x06 garbage \x07\x08", "text looks like binary data (8 control characters)"),
])
def test_bad_text_file_is_one_line_and_batch_goes_on(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Fine.", encoding="utf-8")
    articles, errors = read([bad, good])
    assert errors == [f"{bad}: {message}"]
    assert [a.id for a in articles] == ["good"]


@pytest.mark.parametrize("line, message", [
    ("{not json", "not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
    ('["a", "b"]', "not a JSON object but an array"),
    ('"just a string"', "not a JSON object but a string"),
    ('{"id": "x"}', 'no "text" field'),
    ('{"id": "x", "text": 5}', '"text" must be a string, not a number'),
    ('{"id": "x", "text": "   "}', '"text" is empty'),
    ('{"id": "x", "text": "a\\u0000b"}', "text contains NUL characters"),
    ('{"id": "x", "text": "broken \\ud800 escape"}', "text contains an unpaired surrogate (broken \\u escape)"),
    ('{"id": ["x"], "text": "ok"}', '"id" must be a non-empty string or an integer'),
    ('{"id": "x\\udc80", "text": "ok"}', '"id" contains an unpaired surrogate'),
    ('{"id": "x", "text": "ok", "title": 3}', '"title" must be a string, not a number'),
    ('{"id": "x", "text": "ok", "published": "last Monday"}',
     "\"published\" is not an ISO date (YYYY-MM-DD): 'last Monday'"),
])
def test_bad_jsonl_line_is_one_line_and_file_goes_on(tmp_path, line, message):
    path = jsonl(tmp_path / "bad.jsonl", {"id": "before", "text": "Before."}, "", line,
                 {"id": "after", "text": "After."})
    articles, errors = read([path])
    assert errors == [f"{path}:3: {message}"]
    assert [a.id for a in articles] == ["before", "after"]


def test_invalid_utf8_in_jsonl_gives_line_and_file_offset(tmp_path):
    path = tmp_path / "latin.jsonl"
    first = b'{"id": "a", "text": "A."}\n'
    second = b'{"id": "b", "text": "caf\xe9"}\n'
    path.write_bytes(first + second)
    articles, errors = read([path])
    offset = len(first) + second.index(b"\xe9")
    assert errors == [f"{path}:2: not valid UTF-8 (bad byte 0xe9 at byte offset {offset} of the file)"]
    assert [a.id for a in articles] == ["a"]


def test_binary_file_named_jsonl_is_one_line(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" * 50)
    articles, errors = read([path])
    assert articles == [] and errors == [f"{path}: binary file (contains NUL bytes), not JSONL"]


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"\n\n")
    assert read([path]) == ([], [f"{path}: empty file"])


def test_duplicate_id_is_reported_and_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "same.txt").write_text("First.", encoding="utf-8")
    feed = jsonl(tmp_path / "feed.jsonl", {"id": "same", "text": "Second."}, {"id": "other", "text": "Other."})
    articles, errors = read([tmp_path / "a", feed])
    assert errors == [f"{feed}:1: duplicate id 'same' (first read at {tmp_path / 'a' / 'same.txt'}); skipped"]
    assert [(a.id, a.text) for a in articles] == [("same", "First."), ("other", "Other.")]


def test_missing_paths_and_unsupported_types(tmp_path):
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "nothing").mkdir()
    articles, errors = read([tmp_path / "missing.txt", tmp_path / "paper.pdf", tmp_path / "nothing"])
    assert articles == []
    assert errors == [
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{tmp_path / 'paper.pdf'}: unsupported file type '.pdf': give .txt, .jsonl, .html, .rss/.atom/.xml, "
        ".warc(.gz), a folder, a URL or - for stdin",
        f"{tmp_path / 'nothing'}: folder has no .txt, .jsonl, .html, .rss, .atom or .warc(.gz) files",
    ]


def test_input_error_is_one_line():
    assert str(InputError("bad.jsonl", 3, "not valid JSON (Expecting value at column 1)")) == \
        "bad.jsonl:3: not valid JSON (Expecting value at column 1)"
    assert str(InputError("empty.txt", None, "empty file")) == "empty.txt: empty file"


# --- the size limit ---------------------------------------------------------------------------

def test_five_megabyte_text_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"The minister said the budget would grow. " * 125_000)  # 5.1 MB
    small = tmp_path / "small.txt"
    small.write_text("Fine.", encoding="utf-8")
    articles, errors = read([big, small])
    assert [a.id for a in articles] == ["small"]
    [error] = errors
    assert error.startswith(f"{big}: article too large") and f"{MAX_ARTICLE_CHARS:,} characters" in error


def test_five_megabyte_jsonl_line_is_refused_and_next_line_read(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "huge", "text": "Words said here. " * 300_000}) + "\n")  # 5.1 MB
        out.write(json.dumps({"id": "next", "text": "Fine."}) + "\n")
    articles, errors = read([path])
    assert [a.id for a in articles] == ["next"]
    [error] = errors
    assert error.startswith(f"{path}:1: article too large: ") and f"{MAX_ARTICLE_CHARS:,} characters" in error


def test_article_at_the_limit_is_accepted_one_over_is_refused(tmp_path):
    at = jsonl(tmp_path / "at.jsonl", {"id": "at", "text": "x" * MAX_ARTICLE_CHARS},
               {"id": "over", "text": "x" * (MAX_ARTICLE_CHARS + 1)})
    articles, errors = read([at])
    assert [a.id for a in articles] == ["at"]
    assert errors == [f"{at}:2: article too large: {MAX_ARTICLE_CHARS + 1:,} characters "
                      f"(the limit is {MAX_ARTICLE_CHARS:,})"]


def test_over_long_jsonl_line_is_skipped_without_reading_it_whole(tmp_path):
    path = tmp_path / "endless.jsonl"
    with open(path, "wb") as out:
        out.write(b'{"id": "endless", "text": "')
        out.write(b"\\u00e9" * (2 * MAX_ARTICLE_CHARS))  # 12 MB of escapes on one line
        out.write(b'"}\n{"id": "after", "text": "Fine."}\n')
    articles, errors = read([path])
    assert [a.id for a in articles] == ["after"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:1: article too large: line over ")
