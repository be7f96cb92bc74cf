"""`onrecord load` of the job's datasets gives the store `onrecord ingest` gives on the same files."""
from __future__ import annotations

from click.testing import CliRunner

from onrecord.cli import main
from onrecord.query import Record
from onrecord.store import Store


def test_loading_the_datasets_equals_ingesting_the_files(job_output, job_inputs, tmp_path):
    output, _ = job_output
    loaded, ingested = tmp_path / "loaded.db", tmp_path / "ingested.db"
    good = job_inputs[:2]
    assert CliRunner().invoke(main, ["ingest", *good, "--db", str(ingested)]).exit_code == 0
    result = CliRunner().invoke(main, ["load", str(output), "--db", str(loaded)])
    assert result.exit_code == 0, result.stderr
    assert "6 articles loaded: 6 new" in result.stderr
    with Store.open(str(loaded)) as a, Store.open(str(ingested)) as b:
        assert a.counts() == b.counts()
        assert _statements(Record(a)) == _statements(Record(b))
        assert _speakers(Record(a)) == _speakers(Record(b))
    again = CliRunner().invoke(main, ["load", str(output), "--db", str(loaded)])
    assert "0 new, 0 updated, 6 unchanged" in again.stderr


def _statements(record: Record) -> list[dict]:
    return sorted((s.flat() for s in record.export()), key=lambda s: s["id"])


def _speakers(record: Record) -> list[tuple]:
    return sorted((s.id, s.name, s.type, s.statements, s.articles) for s in record.speakers(limit=None))
