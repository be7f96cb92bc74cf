"""Statements by month drawn as SVG or text, whatever the span of months."""
from onrecord.present import charts


def test_chart_fills_empty_months_and_draws_long_spans_by_year():
    assert charts.periods([("2019-11", 2), ("2020-02", 1)]) == [
        ("2019-11", 2), ("2019-12", 0), ("2020-01", 0), ("2020-02", 1)]
    assert charts.periods([("2010-01", 1), ("2019-06", 3)])[:2] == [("2010", 1), ("2011", 0)]
    drawing = charts.svg([("2019-11", 2), ("2020-02", 1)], "By <b>month</b>")
    assert drawing.count("<rect") == 4 and "&lt;b&gt;" in drawing
    assert charts.text([("2019-11", 2), ("2019-12", 1)]).splitlines()[0].endswith("█" * 40)
