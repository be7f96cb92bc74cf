"""``onrecord extract``: output formats, bad input, exit codes, and the real installed command."""
from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

from onrecord.cli import main
from onrecord.extract import pipeline
from onrecord.model import KINDS, ArticleRecord
from onrecord.version import __version__
from repo_paths import EXAMPLE_ARTICLE, SAMPLE_JSONL

CONTRACT_KEYS = {"id", "title", "published", "url", "statements", "entities", "events"}


def run(*args, stdin: str | bytes | None = None):
    return CliRunner().invoke(main, list(map(str, args)), input=stdin, catch_exceptions=False)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def sample_lines(n: int) -> list[str]:
    with open(SAMPLE_JSONL, encoding="utf-8") as lines:
        return [next(lines) for _ in range(n)]


@pytest.fixture(autouse=True)
def _model_loaded_once(nlp):
    """In-process runs reuse the session's model (``onrecord.nlp.load`` caches it)."""


# --- formats ----------------------------------------------------------------------------------

def test_jsonl_is_the_contract_one_line_per_article(tmp_path):
    feed = tmp_path / "two.jsonl"
    feed.write_text("".join(sample_lines(2)), encoding="utf-8")
    result = run("extract", EXAMPLE_ARTICLE, feed)
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    wanted = [json.loads(line) for line in sample_lines(2)]
    assert [r["id"] for r in out] == ["iran-missile-statements"] + [w["id"] for w in wanted]
    assert all(set(r) >= CONTRACT_KEYS for r in out)
    assert [(r["title"], r["published"], r["url"]) for r in out[1:]] == \
        [(w["title"], w["published"], w["url"]) for w in wanted]
    assert result.stderr.strip() == "onrecord: 3 articles, " + \
        f"{sum(len(r['statements']) for r in out)} statements"


def test_jsonl_round_trips_through_the_model():
    result = run("extract", EXAMPLE_ARTICLE)
    [data] = records(result.stdout)
    assert ArticleRecord.from_json(data).to_json() == data


def test_output_file_and_markdown(tmp_path):
    out = tmp_path / "digest.md"
    result = run("extract", EXAMPLE_ARTICLE, "--format", "markdown", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("## iran-missile-statements\n")


def test_table_lists_each_article(tmp_path):
    feed = tmp_path / "one.jsonl"
    feed.write_text(sample_lines(1)[0], encoding="utf-8")
    result = run("extract", feed, "--format", "table")
    assert result.exit_code == 0
    title = json.loads(sample_lines(1)[0])["title"]
    assert result.stdout.splitlines()[0].endswith(title)


# --- what the extractors find, seen through the command line -------------------------------

def test_example_table_shows_who_said_what():
    result = run("extract", EXAMPLE_ARTICLE, "--format", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[2].split() == ["SPEAKER", "KIND", "CUE", "STATEMENT"]
    assert "Mohsen Rezaei" in result.stdout
    assert "Ali Shamkhani" in result.stdout or "Shamkhani" in result.stdout
    assert "direct" in result.stdout and "emphasized" in result.stdout


def test_example_statements_have_exact_offsets():
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    [data] = records(run("extract", EXAMPLE_ARTICLE).stdout)
    statements = data["statements"]
    assert len(statements) >= 10
    for s in statements:
        assert s["kind"] in KINDS
        assert text[s["content"]["start"]:s["content"]["end"]] == s["content"]["text"]
        for span in (s["cue"], (s["speaker"] or {}).get("mention")):
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
    assert "Mohsen Rezaei" in {(s["speaker"] or {}).get("name") for s in statements}


def test_offsets_hold_with_nbsp_curly_quotes_and_crlf_from_stdin():
    text = ("The minister\u00a0spoke on Monday.\r\n\r\n“We will not wait for anyone’s permission,” "
            "Defence Minister Amir Hatami said.\u00a0He added that the tests would go on.\r\n")
    [data] = records(run("extract", "-", stdin=text.encode("utf-8")).stdout)
    assert data["id"] == "stdin"
    assert data["statements"], "the quote with its cue should be found"
    for s in data["statements"]:
        assert text[s["content"]["start"]:s["content"]["end"]] == s["content"]["text"]
    assert any("We will not wait" in s["content"]["text"] for s in data["statements"])


# --- bad input and exit codes -------------------------------------------------------------

def test_bad_inputs_are_one_line_each_and_the_rest_is_processed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9".encode("latin-1"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(sample_lines(1)[0] + "{oops\n" + '{"id": "no-text"}\n' + sample_lines(2)[1], encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the bridge would reopen in May.", encoding="utf-8")
    result = run("extract", tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "latin1.txt", feed, good)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[:-1] == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'binary.txt'}: binary file (contains NUL bytes), not text",
        f"{tmp_path / 'latin1.txt'}: not valid UTF-8 (bad byte 0xe9 at byte offset 3)",
        f"{feed}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{feed}:3: no "text" field',
    ]
    assert errors[-1].endswith("; 5 skipped (see above)")
    assert len(records(result.stdout)) == 3
    assert "Traceback" not in result.output


def test_five_megabyte_article_is_refused_and_batch_goes_on(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"The senator said the bill would pass. " * 140_000)  # 5.3 MB
    result = run("extract", big, EXAMPLE_ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"{big}: article too large")
    assert [r["id"] for r in records(result.stdout)] == ["iran-missile-statements"]


def test_extraction_failure_in_one_article_is_reported_and_skipped(tmp_path, monkeypatch):
    # Fault injection: the real pipeline, made to fail for one article.
    real_build = pipeline.build_record

    def failing_for_boom(article, doc):
        if article.id == "boom":
            raise ValueError("span out of range\nsecond line")
        return real_build(article, doc)

    monkeypatch.setattr(pipeline, "build_record", failing_for_boom)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": f"Article {i} said nothing."}) + "\n"
                            for i in ("a", "boom", "c")), encoding="utf-8")
    result = run("extract", feed, "--batch-size", "2")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"{feed}:2: article boom: extraction failed: ValueError: span out of range"
    assert [r["id"] for r in records(result.stdout)] == ["a", "c"]


def test_usage_errors_exit_2(tmp_path):
    assert run("extract").exit_code == 2
    assert run("extract", EXAMPLE_ARTICLE, "-o", tmp_path / "no-such-folder" / "out.jsonl").exit_code == 2
    assert run("extract", EXAMPLE_ARTICLE, "--format", "csv").exit_code == 2
    assert run("extract", EXAMPLE_ARTICLE, "--batch-size", "0").exit_code == 2


def test_missing_model_is_one_line_exit_2():
    result = run("extract", EXAMPLE_ARTICLE, "--model", "no_such_model_xyz")
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("onrecord: error: ") and "'no_such_model_xyz' is not installed" in line


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout


# --- the real installed command -------------------------------------------------------------

def test_installed_command_on_sample_articles(onrecord_bin):
    stdin = "".join(sample_lines(3))
    done = subprocess.run([str(onrecord_bin), "extract", "-", str(EXAMPLE_ARTICLE), "--format", "jsonl"],
                          input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr
    out = records(done.stdout)
    assert [r["id"] for r in out] == [json.loads(line)["id"] for line in sample_lines(3)] + ["iran-missile-statements"]
    assert "Traceback" not in done.stderr


def test_installed_command_table_on_the_example(onrecord_bin, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    done = subprocess.run([str(onrecord_bin), "extract", str(EXAMPLE_ARTICLE), str(tmp_path / "empty.txt"),
                           "--format", "table"], capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == f"{tmp_path / 'empty.txt'}: empty file"
    assert done.stdout.startswith("iran-missile-statements")
    assert "Mohsen Rezaei" in done.stdout
