"""The report commands, all from the spec: ``daily-reports get`` with its JSON parameters (``--date-range`` as JSON,
``--group-by`` comma-separated), ``--all`` following every page of any paged listing, ``--output csv`` writing the
rows, and ``load-reports --mock`` loading a week into DuckDB twice without a duplicate row. Against the fake over
loopback (``--mock``)."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest
from tencent_ads.cli import app
from typer.testing import CliRunner

runner = CliRunner()


def _week() -> str:
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    start, end = today - datetime.timedelta(days=7), today - datetime.timedelta(days=1)
    return f'{{"start_date":"{start}","end_date":"{end}"}}'


DAILY = [
    "--mock",
    "--output",
    "csv",
    "daily-reports",
    "get",
    "--account-id",
    "25610",
    "--level",
    "REPORT_LEVEL_ADVERTISER",
    "--group-by",
    "date",
    "--fields",
    "date,view_count,cost",
]


def test_all_follows_every_page_and_csv_writes_one_row_per_day() -> None:
    result = runner.invoke(app, [*DAILY, "--date-range", _week(), "--page-size", "3", "--all"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 7  # 7 days over 3 pages of 3
    assert len({row["date"] for row in rows}) == 7
    assert {"date", "view_count", "cost"} <= set(rows[0])


def test_without_all_one_page() -> None:
    result = runner.invoke(app, [*DAILY, "--date-range", _week(), "--page-size", "3"])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 3


def test_a_bad_json_parameter_is_a_usage_error_before_any_request() -> None:
    result = runner.invoke(app, [*DAILY, "--date-range", '{"start_date":"2026-13-01"}'])
    assert result.exit_code != 0
    assert "date_range" in result.output


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_load_reports_mock_twice_keeps_the_row_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = str(tmp_path / "r.duckdb")
    first = runner.invoke(app, ["load-reports", "--mock", "--destination", target])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["load-reports", "--mock", "--destination", target])
    assert second.exit_code == 0, second.output
    assert "7 daily report row(s)" in first.output
    assert "7 daily report row(s)" in second.output
