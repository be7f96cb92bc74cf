"""The record's commands end to end: real articles through the real extractor into a real store,
then the query commands, on SQLite and PostgreSQL; an ingest killed with SIGKILL; a truncated
web archive ingested up to its break."""
from __future__ import annotations

import csv
import io
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

import news_fixtures as nf
from onrecord.cli import main
from record_helpers import PG_URL, PgSchema, require_pg
from sample_store import TRUMP_ARTICLES, ingest, sample_lines


def cli(*args, code=0) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, (args, result.output)
    return result.stdout


def stats(db: str) -> dict:
    data = json.loads(cli("stats", "--json", "--db", db))
    data.pop("database")
    return data


def test_ingest_twice_gives_identical_stats(db, inputs):
    before = stats(db)
    assert before["articles"] == 3 and before["statements"] > 10 and before["speakers"] > 3
    again = ingest(db, *inputs)
    assert "0 new, 0 updated, 3 unchanged" in again.stderr
    assert stats(db) == before


def test_jobs_extract_in_processes_with_the_same_result(db, inputs, tmp_path):
    parallel = str(tmp_path / "parallel.db")
    done = ingest(parallel, *inputs, extra=("--jobs", "2", "--batch-size", "1"))
    assert "3 new" in done.stderr
    assert stats(parallel) == stats(db)
    assert cli("speakers", "--limit", "1000", "--db", parallel) == cli("speakers", "--limit", "1000", "--db", db)


def test_trump_by_any_name_with_statements_from_several_articles(db):
    by_surname = json.loads(cli("speaker", "Trump", "--json", "--db", db))
    by_name = json.loads(cli("speaker", "Donald Trump", "--json", "--db", db))
    assert by_surname["speaker"]["id"] == by_name["speaker"]["id"] == "donald-trump"
    lines = cli("quotes", "--speaker", "Trump", "--format", "jsonl", "--limit", "0", "--db", db).splitlines()
    quotes = [json.loads(line) for line in lines]
    assert {q["article_id"] for q in quotes} == set(TRUMP_ARTICLES)
    assert all(q["speaker_entity"] == "donald-trump" and q["url"] and q["date"] for q in quotes)


def test_the_example_speakers_resolve(db):
    rezaei = json.loads(cli("speaker", "Rezaei", "--json", "--db", db))
    assert rezaei["speaker"]["name"] == "Mohsen Rezaei"
    assert rezaei["speaker"]["statements"] >= 3
    text = cli("speaker", "Mohsen Rezaei", "--db", db)
    assert "aliases: Mohsen Rezaei" in text and "secretary of Iran’s Expedience Council" in text
    trump = cli("speaker", "Donald Trump", "--db", db)
    assert "statements by month:\n  2019-01" in trump
    listing = cli("speakers", "--db", db, "--search", "rouhani")
    assert "hassan-rouhani" in listing


def test_quotes_search_formats_and_filters(db):
    table = cli("quotes", "--search", "missile", "--db", db)
    assert "missile" in table.lower() and "[missile" not in table.lower()  # hits are bold on a terminal only
    rows = list(csv.DictReader(io.StringIO(cli("quotes", "--search", "missile", "--format", "csv", "--db", db))))
    assert rows and all("missile" in r["text"].lower() for r in rows)
    direct = [json.loads(line)
              for line in cli("quotes", "--kind", "direct", "--format", "jsonl", "--db", db).splitlines()]
    assert direct and {q["kind"] for q in direct} == {"direct"}
    since = [json.loads(line) for line in cli("quotes", "--since", "2019-01-05", "--format", "jsonl", "--limit", "0",
                                              "--db", db).splitlines()]
    assert since and all(q["date"] >= "2019-01-05" for q in since)


def test_export_all_formats(db, tmp_path):
    n = stats(db)["statements"]
    assert len(cli("export", "--db", db).splitlines()) == n
    cli("export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--db", db)
    with open(tmp_path / "x.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == n
    cli("export", "--format", "parquet", "-o", str(tmp_path / "x.parquet"), "--db", db)
    table = pq.read_table(tmp_path / "x.parquet")
    assert table.num_rows == n and "speaker_entity" in table.column_names


def test_errors_are_one_line(db, tmp_path):
    missing = CliRunner().invoke(main, ["quotes", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output and "Traceback" not in missing.output
    bad_date = CliRunner().invoke(main, ["quotes", "--since", "yesterday", "--db", db])
    assert bad_date.exit_code == 2 and "is not a date" in bad_date.output
    nobody = CliRunner().invoke(main, ["speaker", "Nobody Atall", "--db", db])
    assert nobody.exit_code == 1 and "no speaker matches" in nobody.output


def test_a_broken_store_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_DB_RETRY_SECONDS", "0")  # the refused connection: no retries
    garbage = tmp_path / "garbage.db"
    garbage.write_text("not a database, not at all " * 20)
    result = CliRunner().invoke(main, ["stats", "--db", str(garbage)])
    assert result.exit_code == 3 and "cannot open the store: file is not a database" in result.output
    secret = CliRunner().invoke(main, ["stats", "--db", "postgresql://nobody:s3cret@127.0.0.1:1/none"])
    assert secret.exit_code == 3 and "s3cret" not in secret.output and "cannot open the store" in secret.output


def test_bad_input_is_reported_and_the_rest_stored(tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    good = {"id": "ok1", "text": "“We will win,” Ali Shamkhani said on Monday.", "published": "2017-07-25"}
    mixed.write_text(json.dumps(good) + "\nnot json\n" + json.dumps({"id": "no-text"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "mixed.db")
    done = ingest(db, mixed, check=False)
    assert done.returncode == 1
    assert f"{mixed}:2: " in done.stderr and f"{mixed}:3: " in done.stderr and "Traceback" not in done.stderr
    assert "1 new, 0 updated, 0 unchanged, 2 skipped" in done.stderr
    quote = json.loads(cli("quotes", "--format", "jsonl", "--db", db))
    assert (quote["speaker_entity"], quote["date"], quote["date_is_publication"]) == ("ali-shamkhani", "2017-07-24",
                                                                                       False)


def test_merge_and_split_from_the_command_line(db, tmp_path):
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    cli("speakers", "merge", "Ali Shamkhani", "Mohsen Rezaei", "--db", str(copy))
    assert json.loads(cli("speaker", "Shamkhani", "--json", "--db", str(copy)))["speaker"]["id"] == \
        json.loads(cli("speaker", "Rezaei", "--json", "--db", str(copy)))["speaker"]["id"]
    cli("speakers", "split", "Ali Shamkhani", "--db", str(copy))
    assert json.loads(cli("speaker", "Shamkhani", "--json", "--db", str(copy)))["speaker"]["id"] != \
        json.loads(cli("speaker", "Rezaei", "--json", "--db", str(copy)))["speaker"]["id"]
    listing = cli("speakers", "--limit", "1000", "--db", str(copy))
    assert "resolved:" in cli("speakers", "--db", str(copy), "resolve")
    assert cli("speakers", "--limit", "1000", "--db", str(copy)) == listing


def test_sqlite_and_postgres_agree_end_to_end(db, inputs):
    require_pg()
    schema = PgSchema()
    try:
        url = PG_URL.replace("+psycopg", "") + f"?options=-csearch_path%3D{schema.name}"
        ingest(url, *inputs)
        assert stats(url) == stats(db)
        for args in (["--speaker", "Trump"], ["--search", "missile"], ["--kind", "indirect"]):
            a = sorted(json.loads(line)["id"] for line in cli("quotes", *args, "--format", "jsonl", "--limit", "0",
                                                              "--db", db).splitlines())
            b = sorted(json.loads(line)["id"] for line in cli("quotes", *args, "--format", "jsonl", "--limit", "0",
                                                              "--db", url).splitlines())
            assert a == b and a, args
    finally:
        schema.drop()


def test_a_run_killed_with_sigkill_is_completed_by_a_rerun(tmp_path):
    articles = tmp_path / "forty.jsonl"
    articles.write_text("\n".join(sample_lines(n=40)) + "\n", encoding="utf-8")
    killed, whole = str(tmp_path / "killed.db"), str(tmp_path / "whole.db")
    binary = Path(sys.executable).with_name("onrecord")
    proc = subprocess.Popen([str(binary), "ingest", str(articles), "--db", killed, "--batch-size", "4"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if Path(killed).exists():
            try:
                with sqlite3.connect(killed, timeout=1) as conn:
                    stored = conn.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.OperationalError:  # the schema is being created
                stored = 0
        if stored >= 8:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    with sqlite3.connect(killed) as conn:  # whole batches only: a multiple of the batch size
        assert conn.execute("select count(*) from articles").fetchone()[0] % 4 == 0
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    rerun = ingest(killed, articles)
    assert "0 updated" in rerun.stderr and "unchanged" in rerun.stderr
    ingest(whole, articles)
    assert stats(killed) == stats(whole)
    assert cli("speakers", "--limit", "1000", "--db", killed) == cli("speakers", "--limit", "1000", "--db", whole)


def test_cli_ingests_a_truncated_archive_and_names_the_break(news_articles, tmp_path, onrecord_bin):
    whole, cut = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz"
    nf.write_warc(news_articles[:3], whole)
    nf.truncate(whole, cut, keep=0.75)
    done = subprocess.run([str(onrecord_bin), "ingest", str(cut), "--db", str(tmp_path / "w.db")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"{cut}: archive breaks at byte ") for line in lines)
    assert any(re.fullmatch(rf"{re.escape(str(cut))}: 2 HTML pages read, [1-9]\d* other records skipped", line)
               for line in lines), lines
    assert "2 new" in lines[-1]


def test_quotes_by_topic_find_a_statement_without_the_words(db):
    """The example's Rezaei never says "missile", yet he speaks of the programme."""
    done = CliRunner().invoke(main, ["quotes", "--db", db, "--topic", "Iran's missile program", "--limit", "15",
                                     "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    found = [json.loads(line) for line in done.output.splitlines()]
    texts = [s["text"] for s in found]
    assert any("never halt its military progress" in t for t in texts)
    assert found[0]["topic_score"] >= found[-1]["topic_score"] - 0.2
    assert all(s["article_id"].startswith("iran-missile") for s in found[:5])
