"""``onrecord evaluate``: the scores as a table and as JSON, errors listed, bad input in one line."""
from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.cli.evaluate import evaluate_command


def test_command_prints_table_and_json(synthetic):
    gold, preds = synthetic
    runner = CliRunner()
    table = runner.invoke(evaluate_command, [str(gold), str(preds["exact, mentions"])])
    assert table.exit_code == 0, table.output
    rows = {line.split()[0]: line.split() for line in table.output.splitlines() if line.strip()}
    assert rows["all"][1:6] == ["8", "7", "1.000", "0.875", "0.933"]
    assert {"quoted", "unquoted", "direct", "belief"} <= rows.keys()

    as_json = runner.invoke(evaluate_command, [str(gold), str(preds["several pieces and spurious"]),
                                               "--json", "--subset", "quoted"])
    numbers = json.loads(as_json.output)
    assert numbers["subset"] == "quoted" and numbers["gold"] == 4 and "direct" in numbers["by_kind"]

    errors = runner.invoke(evaluate_command, [str(gold), str(preds["untrimmed and loose"]), "--errors"])
    assert "missed" in errors.output and "speaker" in errors.output

    piped = runner.invoke(evaluate_command, [str(gold), "-", "--json"], input=preds["exact, mentions"].read_text())
    assert json.loads(piped.output)["f1"] == 0.933


def test_command_reports_bad_input_in_one_line(tmp_path, synthetic):
    gold, _ = synthetic
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "statements": []}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(evaluate_command, [str(gold), str(bad)])
    assert result.exit_code != 0
    assert f"{bad}:2: not JSON" in result.output and "Traceback" not in result.output
