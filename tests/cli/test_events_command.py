"""``onrecord events`` and ``onrecord export --events``: stored events listed, filtered and exported."""
from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.cli import main
from onrecord.store import Store
from record_helpers import event_record


def test_events_command_and_export(tmp_path):
    db = str(tmp_path / "r.db")
    with Store.open(db) as s:
        s.save([event_record("a1", "Washington imposed new sanctions on Iran, Trump said.")])
    run = CliRunner().invoke(main, ["events", "--db", db, "--type", "sanction", "--format", "jsonl"])
    assert run.exit_code == 0, run.output
    rows = [json.loads(line) for line in run.output.splitlines() if line.startswith("{")]
    assert rows[0]["actor"]["country"] == "USA" and rows[0]["type"] == "SANCTION"
    table = CliRunner().invoke(main, ["events", "--db", db, "--country", "IRN"])
    assert "SANCTION (discontinue)" in table.output and "TRIGGER" in table.output and "imposed" in table.output
    bad = CliRunner().invoke(main, ["events", "--db", db, "--since", "last week"])
    assert bad.exit_code == 2 and "not a date" in bad.output
    out = tmp_path / "events.csv"
    exported = CliRunner().invoke(main, ["export", "--db", db, "--events", "--format", "csv", "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text().splitlines()[1].startswith("a1#v1,a1,SANCTION")
