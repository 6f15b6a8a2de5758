"""The dlt source (tencent_ads.dlt) against the fake Marketing API, loaded into DuckDB files in tmp_path: merge on
the primary key (a second run adds no row), the date cursor re-reading ``lookback_days``, the async_tasks
resource, the client's token handling, and the offline job (``python -m tencent_ads.dlt --mock``)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt")

from tencent_ads import (  # noqa: E402 - after the skip when dlt is absent
    AuthError,
    Client,
    ConfigurationError,
    FileTokenStore,
    RateLimiter,
    RefreshingToken,
    TokenPair,
)
from tencent_ads._redaction import Secret  # noqa: E402
from tencent_ads.dlt import (  # noqa: E402
    DEFAULT_FIELDS,
    WINDOW_DAYS,
    api_yesterday,
    main,
    run,
    tencent_ads_source,
)
from tencent_ads.testing import FakeMarketingAPI  # noqa: E402

ACCOUNTS = (25610, 25611)
END = api_yesterday()
START = END - dt.timedelta(days=6)


@pytest.fixture(autouse=True)
def _no_telemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")  # offline: dlt sends no usage report


@pytest.fixture
def api() -> Iterator[FakeMarketingAPI]:
    with FakeMarketingAPI(accounts=ACCOUNTS, extra_tasks=5) as fake:
        yield fake


class Loader:
    """One pipeline (its state in tmp_path) loading into one DuckDB file."""

    def __init__(self, tmp_path: Path, name: str = "reports") -> None:
        self.path = tmp_path / f"{name}.duckdb"
        self.pipeline = dlt.pipeline(
            pipeline_name=f"test_{name}",
            destination=dlt.destinations.duckdb(str(self.path)),
            dataset_name="tencent_ads",
            pipelines_dir=str(tmp_path / "pipelines"),
        )

    def run(self, source: Any) -> Any:
        info = self.pipeline.run(source)
        assert not info.has_failed_jobs
        return info

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        with self.pipeline.sql_client() as client:
            return [tuple(row) for row in client.execute_sql(sql.replace("{dataset}", "tencent_ads"))]

    def count(self, table: str = "daily_reports") -> int:
        return int(self.query(f"SELECT count(*) FROM {{dataset}}.{table}")[0][0])  # noqa: S608


def source(api: FakeMarketingAPI, **options: Any) -> Any:
    settings: dict[str, Any] = {
        "access_token": api.token,
        "base_url": api.base_url,
        "start_date": START,
        "end_date": END,
    }
    settings.update(options)
    return tencent_ads_source(list(api.accounts), **settings)


def report_ranges(api: FakeMarketingAPI) -> list[tuple[int, dict[str, str]]]:
    """(account, date_range) of every daily_reports/get the fake answered, in order (first pages only)."""
    seen = []
    for request in api.requests:
        if request.path.endswith("/daily_reports/get") and request.params.get("page", "1") == "1":
            seen.append((int(request.params["account_id"]), json.loads(request.params["date_range"])))
    return seen


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


# --- daily_reports: merge, cursor, lookback ---------------------------------------------------------------


def test_a_week_loads_one_row_per_account_and_day_with_the_clients_values(
    tmp_path: Path, api: FakeMarketingAPI
) -> None:
    loader = Loader(tmp_path)
    loader.run(source(api, page_size=3))  # pages of 3: seven days take three pages per account
    got = loader.query("SELECT account_id, date, cost, ctr, view_count FROM {dataset}.daily_reports ORDER BY 1, 2")
    assert [(a, d) for a, d, *_ in got] == [(a, d) for a in ACCOUNTS for d in days(START, END)]
    with Client(api.token, base_url=api.base_url) as client:
        for account in ACCOUNTS:
            expected = {
                row.date: row
                for row in client.daily_reports.iterate(
                    account_id=account,
                    level="REPORT_LEVEL_ADVERTISER",
                    date_range={"start_date": START.isoformat(), "end_date": END.isoformat()},
                    group_by=["date"],
                    fields=["date", "cost", "ctr", "view_count"],
                )
            }
            for a, day, cost, ctr, views in got:
                if a == account:
                    row = expected[day.isoformat()]
                    assert (cost, ctr, views) == (row.cost, row.ctr, row.view_count)
    types = dict(
        loader.query(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'tencent_ads' AND table_name = 'daily_reports'"
        )
    )
    assert types["date"] == "DATE"
    assert types["account_id"] == "BIGINT"
    assert types["cost"] == "BIGINT"  # fen, an integer
    assert types["ctr"] == "DOUBLE"
    assert types["view_count"] == "BIGINT"  # every 11th row sends it as a string; the client types it


def test_a_second_run_over_the_same_days_adds_no_row(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    loader.run(source(api))
    first = loader.query("SELECT * EXCLUDE (_dlt_load_id, _dlt_id) FROM {dataset}.daily_reports ORDER BY 1, 2")
    assert loader.count() == len(ACCOUNTS) * 7
    loader.run(source(api))
    assert loader.count() == len(ACCOUNTS) * 7
    assert loader.query("SELECT * EXCLUDE (_dlt_load_id, _dlt_id) FROM {dataset}.daily_reports ORDER BY 1, 2") == first
    assert loader.query(
        "SELECT count(*) FROM (SELECT account_id, date FROM {dataset}.daily_reports GROUP BY 1, 2 HAVING count(*) > 1)"
    ) == [(0,)]


def test_the_next_run_starts_lookback_days_before_the_last_day_loaded(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    loader.run(source(api, end_date=END - dt.timedelta(days=2)))
    first = report_ranges(api)
    assert first == [
        (a, {"start_date": START.isoformat(), "end_date": (END - dt.timedelta(days=2)).isoformat()}) for a in ACCOUNTS
    ]
    api.requests.clear()
    loader.run(source(api))  # two more days have closed
    again = report_ranges(api)
    # last day loaded: END - 2; re-read from three days before it, through END
    lookback_start = END - dt.timedelta(days=2 + 3)
    assert again == [(a, {"start_date": lookback_start.isoformat(), "end_date": END.isoformat()}) for a in ACCOUNTS]
    assert loader.count() == len(ACCOUNTS) * 7


def test_lookback_never_reads_before_start_date(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    loader.run(source(api, start_date=END - dt.timedelta(days=1), end_date=END - dt.timedelta(days=1)))
    api.requests.clear()
    loader.run(source(api, start_date=END - dt.timedelta(days=1)))
    assert {r["start_date"] for _, r in report_ranges(api)} == {(END - dt.timedelta(days=1)).isoformat()}


def test_lookback_zero_starts_at_the_last_day_loaded(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    loader.run(source(api, lookback_days=0, end_date=END - dt.timedelta(days=2)))
    api.requests.clear()
    loader.run(source(api, lookback_days=0))
    assert {r["start_date"] for _, r in report_ranges(api)} == {(END - dt.timedelta(days=2)).isoformat()}
    assert loader.count() == len(ACCOUNTS) * 7


def test_days_read_again_are_replaced_by_their_new_numbers(tmp_path: Path, api: FakeMarketingAPI) -> None:
    """Late attribution: the re-read days take the API's latest numbers; older days keep theirs (merge)."""
    loader = Loader(tmp_path)
    loader.run(source(api, time_line="REPORTING_TIME"))
    before = dict(loader.query("SELECT date, cost FROM {dataset}.daily_reports WHERE account_id = 25610"))
    # the fake's numbers depend on time_line: the same days, other numbers, as after late conversions
    loader.run(source(api, time_line="ACTIVE_TIME"))
    after = dict(loader.query("SELECT date, cost FROM {dataset}.daily_reports WHERE account_id = 25610"))
    assert loader.count() == len(ACCOUNTS) * 7
    reread = set(days(END - dt.timedelta(days=3), END))
    assert {d for d in after if after[d] != before[d]} == reread
    assert all(after[d] == before[d] for d in after if d not in reread)


def test_group_by_dimensions_join_the_primary_key(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    options = {
        "level": "REPORT_LEVEL_ADGROUP",
        "group_by": ("date", "adgroup_id"),
        "fields": ("cost", "view_count"),
    }
    loader.run(source(api, **options))
    count = loader.count()
    assert count == len(ACCOUNTS) * 7 * 3  # the fake's three adgroups per account
    loader.run(source(api, **options))
    assert loader.count() == count
    schema = loader.pipeline.default_schema.get_table_columns("daily_reports")
    assert {name for name, column in schema.items() if column.get("primary_key")} == {
        "account_id",
        "date",
        "adgroup_id",
    }


def test_a_long_first_run_is_asked_in_windows(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    start = END - dt.timedelta(days=WINDOW_DAYS + 9)
    loader.run(
        tencent_ads_source([ACCOUNTS[0]], access_token=api.token, base_url=api.base_url, start_date=start, end_date=END)
    )
    assert [r for _, r in report_ranges(api)] == [
        {"start_date": start.isoformat(), "end_date": (start + dt.timedelta(days=WINDOW_DAYS - 1)).isoformat()},
        {"start_date": (start + dt.timedelta(days=WINDOW_DAYS)).isoformat(), "end_date": END.isoformat()},
    ]
    assert loader.count() == WINDOW_DAYS + 10


def test_metrics_the_spec_does_not_know_are_kept(tmp_path: Path, api: FakeMarketingAPI) -> None:
    from tencent_ads.testing._reports import UNKNOWN_METRIC

    loader = Loader(tmp_path)
    loader.run(source(api))
    columns = loader.pipeline.default_schema.get_table_columns("daily_reports")
    assert UNKNOWN_METRIC in columns
    assert set(DEFAULT_FIELDS) <= set(columns)


# --- async_tasks ------------------------------------------------------------------------------------------


def test_async_tasks_load_every_task_and_merge_on_account_and_task_id(tmp_path: Path, api: FakeMarketingAPI) -> None:
    loader = Loader(tmp_path)
    loader.run(source(api).with_resources("async_tasks"))
    per_account = len(api.tasks[ACCOUNTS[0]])
    assert loader.count("async_tasks") == per_account * len(ACCOUNTS)
    assert loader.query("SELECT DISTINCT account_id FROM {dataset}.async_tasks ORDER BY 1") == [(a,) for a in ACCOUNTS]
    files = loader.query("SELECT count(*) FROM {dataset}.async_tasks__result__data__file_info_list")[0][0]
    assert files >= 1  # the task's nested result files: a child table
    loader.run(source(api).with_resources("async_tasks"))  # statuses move on; no task twice
    assert loader.count("async_tasks") == per_account * len(ACCOUNTS)
    assert "daily_reports" not in loader.pipeline.default_schema.tables


# --- the client's token, rate limit, errors ---------------------------------------------------------------


def test_a_refreshing_token_is_renewed_during_the_load(tmp_path: Path, api: FakeMarketingAPI) -> None:
    token = RefreshingToken(client_id=api.client_id, client_secret=api.client_secret, refresh_token=api.refresh_token)
    loader = Loader(tmp_path)
    loader.run(source(api, access_token=token))
    assert api.refreshes == 1  # one refresh, shared by both resources' clients
    assert loader.count() == len(ACCOUNTS) * 7


def test_a_token_store_with_the_apps_credentials_refreshes_and_saves(tmp_path: Path, api: FakeMarketingAPI) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    store.save(TokenPair(Secret("expired-token-000000"), Secret(api.refresh_token), 0.0, None))
    loader = Loader(tmp_path)
    loader.run(source(api, access_token=store, client_id=api.client_id, client_secret=api.client_secret))
    assert api.refreshes == 1
    saved = store.load()
    assert saved is not None and saved.access_token.reveal() in api.tokens
    assert loader.count() == len(ACCOUNTS) * 7


def test_a_token_store_without_credentials_signs_with_its_token(tmp_path: Path, api: FakeMarketingAPI) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    store.save(TokenPair(Secret(api.token), None, None, None))
    loader = Loader(tmp_path)
    loader.run(source(api, access_token=store))
    assert loader.count() == len(ACCOUNTS) * 7
    assert api.refreshes == 0


def test_a_ready_client_is_used_and_left_open(tmp_path: Path, api: FakeMarketingAPI) -> None:
    with Client(api.token, base_url=api.base_url) as client:
        loader = Loader(tmp_path)
        loader.run(tencent_ads_source(list(ACCOUNTS), client=client, start_date=START, end_date=END))
        assert loader.count() == len(ACCOUNTS) * 7
        assert client.async_tasks.get(account_id=ACCOUNTS[0], page_size=1).list_  # still open


@pytest.mark.parametrize("rate_limit", [RateLimiter(per_second=1000), 1000.0])
def test_one_rate_limiter_serves_both_resources(
    tmp_path: Path, api: FakeMarketingAPI, monkeypatch: pytest.MonkeyPatch, rate_limit: Any
) -> None:
    import tencent_ads._client

    limiters: list[Any] = []

    class Recording(Client):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            limiters.append(kwargs.get("rate_limit"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tencent_ads._client, "Client", Recording)
    loader = Loader(tmp_path)
    loader.run(source(api, rate_limit=rate_limit))
    assert loader.count() == len(ACCOUNTS) * 7
    assert len(limiters) == 2  # a client per resource ...
    assert isinstance(limiters[0], RateLimiter)
    assert limiters[0] is limiters[1]  # ... sharing one limit (the API counts per app)
    if isinstance(rate_limit, RateLimiter):
        assert limiters[0] is rate_limit


def test_an_api_error_comes_out_as_the_clients_typed_error(tmp_path: Path, api: FakeMarketingAPI) -> None:
    with pytest.raises(AuthError) as caught:
        run(
            list(ACCOUNTS),
            access_token="not-the-fakes-token-000",
            base_url=api.base_url,
            destination=tmp_path / "r.duckdb",
            pipelines_dir=tmp_path / "pipelines",
            out=io.StringIO(),
        )
    assert "not-the-fakes-token-000" not in str(caught.value)
    assert caught.value.__cause__ is None


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"group_by": ("adgroup_id",)}, "group_by must hold 'date'"),
        ({"start_date": END, "end_date": START}, "is after end_date"),
        ({"start_date": "yesterday"}, "start_date must be a date"),
        ({"lookback_days": -1}, "lookback_days must be an int"),
        ({"fields": ()}, "fields must be"),
        ({"access_token": 12345}, "access_token must be"),
    ],
)
def test_bad_settings_are_configuration_errors(api: FakeMarketingAPI, options: dict[str, Any], says: str) -> None:
    with pytest.raises(ConfigurationError, match=says):
        source(api, **options)


def test_no_accounts_and_a_client_with_a_token_are_configuration_errors(api: FakeMarketingAPI) -> None:
    with pytest.raises(ConfigurationError, match="account_ids is empty"):
        tencent_ads_source([], access_token=api.token)
    with Client(api.token, base_url=api.base_url) as client, pytest.raises(ConfigurationError, match="access_token"):
        tencent_ads_source([1], client=client, access_token=api.token)


async def test_an_async_client_is_refused(api: FakeMarketingAPI) -> None:
    from tencent_ads import AsyncClient

    async with AsyncClient(api.token, base_url=api.base_url) as client:
        with pytest.raises(ConfigurationError, match=r"tencent_ads\.Client"):
            tencent_ads_source([1], client=client)  # type: ignore[arg-type]


# --- the job ----------------------------------------------------------------------------------------------


def test_the_mock_job_loads_a_week_and_a_second_run_leaves_the_count_unchanged(tmp_path: Path) -> None:
    out = io.StringIO()
    settings: dict[str, Any] = {"destination": tmp_path / "reports.duckdb", "pipelines_dir": tmp_path / "p"}
    first = run(mock=True, out=out, **settings)
    assert first.rows == 7
    (account,) = first.accounts
    assert (account.first_date, account.last_date, account.rows) == (START, END, 7)
    assert account.cost is not None and account.cost > 0
    assert first.tasks > 0
    printed = out.getvalue().splitlines()
    assert printed[0].endswith(
        f"7 daily report row(s) in tencent_ads.daily_reports, {first.tasks} task(s) in tencent_ads.async_tasks"
    )
    assert printed[1].split() == ["account_id", "rows", "cost_fen", "first_date", "last_date"]
    assert printed[2].split() == [str(account.account_id), "7", f"{account.cost:g}", str(START), str(END)]
    second = run(mock=True, out=io.StringIO(), **settings)
    assert second.rows == 7
    assert second.tasks == first.tasks


def test_the_jobs_cursor_lives_in_the_duckdb_file(tmp_path: Path, api: FakeMarketingAPI) -> None:
    settings: dict[str, Any] = {
        "access_token": api.token,
        "base_url": api.base_url,
        "destination": tmp_path / "r.duckdb",
        "out": io.StringIO(),
        "start_date": START,
    }
    run(list(ACCOUNTS), end_date=END - dt.timedelta(days=1), **settings)  # no pipelines_dir: a temporary one
    api.requests.clear()
    result = run(list(ACCOUNTS), **settings)  # a new working folder: the cursor is read back from the file
    assert {r["start_date"] for _, r in report_ranges(api)} == {(END - dt.timedelta(days=4)).isoformat()}
    assert result.rows == len(ACCOUNTS) * 7
    (tmp_path / "r.duckdb").unlink()  # a fresh file is loaded afresh: no cursor outlives its data
    api.requests.clear()
    assert run(list(ACCOUNTS), **settings).rows == len(ACCOUNTS) * 7
    assert {r["start_date"] for _, r in report_ranges(api)} == {START.isoformat()}


def test_main_runs_the_job_and_reports_a_bad_token_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], api: FakeMarketingAPI
) -> None:
    common = ["--destination", str(tmp_path / "r.duckdb"), "--pipelines-dir", str(tmp_path / "p")]
    assert main(["--mock", *common]) == 0
    assert "7 daily report row(s)" in capsys.readouterr().out
    code = main(["--access-token", "wrong-token-000000", "--base-url", api.base_url, "--account-id", "25610", *common])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("error: API error 11002") or err.startswith("error: API error 11")
    assert "wrong-token-000000" not in err


def test_main_without_accounts_or_mock_says_what_to_give(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--access-token", "x" * 20, "--destination", str(tmp_path / "r.duckdb")]) == 1
    assert "--account-id" in capsys.readouterr().err


def test_python_m_tencent_ads_dlt_mock_runs_offline(tmp_path: Path) -> None:
    env = {**os.environ, "RUNTIME__DLTHUB_TELEMETRY": "false", "HOME": str(tmp_path)}  # dlt's state: under HOME
    command = [sys.executable, "-m", "tencent_ads.dlt", "--mock", "--destination", "reports.duckdb"]
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "reports.duckdb: 7 daily report row(s)" in result.stdout
    assert (tmp_path / "reports.duckdb").is_file()


def test_without_dlt_the_extra_is_named() -> None:
    code = "import sys\nsys.modules['dlt'] = None\nimport tencent_ads.dlt\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0
    assert "pip install 'tencent-ads[dlt]'" in result.stderr
