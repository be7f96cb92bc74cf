"""What the job's rows say, on a record made by hand; how a task reads local and URL inputs; the
commands' one-line errors. No Spark here."""
from __future__ import annotations

from click.testing import CliRunner

from onrecord.cli import main
from onrecord.ingest import InputError
from onrecord.model import Article, ArticleRecord, Speaker, Statement, TextSpan
from onrecord.scale.inputs import list_inputs, read_input
from onrecord.scale.rows import article_rows, month_of


def test_month_of_a_publication_date():
    assert month_of("2019-01-04") == "2019-01"
    assert month_of(None) == "unknown" and month_of("2019") == "unknown"


def test_a_statement_row_dated_by_its_publication():
    text = 'Ms Smith said: "It works."'
    article = Article(id="a1", text=text, published="2020-05-06")
    statement = Statement(id="a1#s1", kind="direct", content=TextSpan.of(text, 16, 25), date="2020-05-06",
                          speaker=Speaker(name="Jane Smith", type="PERSON", mention=TextSpan.of(text, 0, 8),
                                          entity="e1", rule="name"))
    rows = article_rows(article, ArticleRecord(id="a1", statements=[statement]), "x.jsonl:1", 0, 0)
    (row,) = rows["statements"]
    assert row["id"] == "a1#s1" and row["text"] == "It works." and row["month"] == "2020-05"
    assert row["speaker_entity"] == "e1" and row["mention_text"] == "Ms Smith"
    assert row["date_is_publication"] is True and row["date_precision"] == "day"
    assert rows["articles"][0]["origin"] == "x.jsonl:1"


def test_folders_are_listed_as_extract_reads_them(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.jsonl", "1.warc.gz", ".hidden.jsonl", "notes.md"):
        (tmp_path / name).write_text("x")
    assert list_inputs([str(tmp_path), "s3a://bucket/x.warc.gz"]) == [
        str(tmp_path / "1.warc.gz"), str(tmp_path / "b" / "2.jsonl"), "s3a://bucket/x.warc.gz"]


def test_spark_without_inputs_is_a_one_line_error():
    result = CliRunner().invoke(main, ["spark", "-o", "out"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "onrecord: error: no inputs: give INPUT... or --input-list FILE"


def test_load_of_a_folder_that_is_no_job_output_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 2
    expected = f"onrecord: error: {tmp_path}: no articles dataset (not the output of onrecord spark)"
    assert result.stderr.strip() == expected


def test_a_url_input_is_copied_by_the_task_and_read_under_its_url(job_inputs):
    warc, jsonl = job_inputs[0], job_inputs[1]
    local = [item[0].id for item in read_input(jsonl) if isinstance(item, tuple)]
    remote = [item for item in read_input(f"file://{jsonl}") if isinstance(item, tuple)]
    assert [a.id for a, _ in remote] == local and len(local) == 3
    pages = [item for item in read_input(f"file://{warc}") if isinstance(item, tuple)]
    assert [a.id for a, _ in pages] == [i[0].id for i in read_input(warc) if isinstance(i, tuple)]
    assert len(pages) == 3 and all(str(origin).startswith(f"file://{warc}@") for _, origin in pages)


def test_a_missing_url_input_is_one_line(tmp_path):
    url = f"file://{tmp_path}/gone.warc.gz"
    (error,) = list(read_input(url))
    assert isinstance(error, InputError) and str(error).startswith(f"{url}: cannot read: ")


def test_spark_with_a_missing_model_stops_before_spark_starts(tmp_path):
    result = CliRunner().invoke(main, ["spark", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"),
                                       "--model", "no_such_model_here"])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("onrecord: error: spaCy model 'no_such_model_here' is not installed; "
                                     "install it (make install) or pass --model NAME")
    assert not (tmp_path / "out").exists()
