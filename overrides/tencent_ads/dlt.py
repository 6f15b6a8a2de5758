"""A dlt source for the Marketing API's reports (the ``[dlt]`` extra), and the daily job that loads them.

::

    import dlt
    from tencent_ads.dlt import tencent_ads_source

    pipeline = dlt.pipeline("tencent_ads", destination=dlt.destinations.duckdb("reports.duckdb"))
    pipeline.run(tencent_ads_source([25610], access_token="...", start_date="2026-11-01"))

Two resources:

* ``daily_reports`` — ``daily_reports/get`` for every account, page by page (the client's ``iterate``), one row
  per account and ``group_by`` combination (``date`` first). Loaded with ``write_disposition="merge"`` on the
  primary key ``account_id`` + the ``group_by`` dimensions, so a day loaded twice is one row, its metrics the
  latest. An incremental cursor on ``date`` (dlt's own, ``dlt.sources.incremental``) remembers the last day
  loaded; the next run asks from ``lookback_days`` before it (dlt's ``lag``, in days for a date cursor): the
  API attributes conversions (and so cost per conversion) to a day for some days after it, and dlt's
  ``facebook_ads`` source re-reads such an attribution window the same way. The first run starts at
  ``start_date`` (never earlier); every run ends at ``end_date`` (default: yesterday in GMT+8, the API's
  day). A range longer than :data:`WINDOW_DAYS` (a first run a year back) is asked in windows of that many days.
* ``async_tasks`` — the account's asynchronous tasks (``async_tasks/get``, the last 7 days the API keeps),
  merged on ``account_id`` + ``task_id``, so a task's later status replaces its earlier one.

The calls go through one :class:`tencent_ads.Client` per resource (or the one you pass): signing, token refresh
(a :class:`~tencent_ads.RefreshingToken` or a token store), retries and a rate limit shared by both resources.

The job (``python -m tencent_ads.dlt``, :func:`run`) loads a week into a DuckDB file and prints a summary read
back from it; ``--mock`` does so offline against the package's fake Marketing API.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TextIO

from ._optional import require

require("dlt", feature="tencent_ads.dlt", extra="dlt")

import dlt  # noqa: E402 - after the check that names the extra
from dlt.extract.source import DltSource  # noqa: E402

from ._env import BASE_URL_ENV, TOKEN_ENV  # noqa: E402
from ._errors import ConfigurationError, TencentAdsError  # noqa: E402
from ._ratelimit import RateLimiter  # noqa: E402
from ._tokens import RefreshingToken, TokenStore  # noqa: E402

if TYPE_CHECKING:
    from ._client import Client

__all__ = [
    "API_TIMEZONE",
    "DEFAULT_DATASET",
    "DEFAULT_FIELDS",
    "DEFAULT_LEVEL",
    "DEFAULT_PIPELINE",
    "MOCK_PIPELINE",
    "WINDOW_DAYS",
    "AccountSummary",
    "JobResult",
    "api_yesterday",
    "main",
    "run",
    "tencent_ads_source",
]

#: The API's day is China Standard Time (GMT+8).
API_TIMEZONE: Final = dt.timezone(dt.timedelta(hours=8), "GMT+8")
#: What a ``daily_reports`` row holds unless ``fields`` says otherwise (``group_by``'s dimensions are added).
DEFAULT_FIELDS: Final = (
    "date",
    "view_count",
    "valid_click_count",
    "ctr",
    "cpc",
    "cost",
    "conversions_count",
    "conversions_cost",
)
DEFAULT_LEVEL: Final = "REPORT_LEVEL_ADVERTISER"
#: The most days one ``daily_reports/get`` request spans: a longer range (a first run a year back) is asked in
#: windows of this many days (the v1.1 guide limited a request to 90 days; the v3.0 page names no limit).
WINDOW_DAYS: Final = 30
#: The job's pipeline and dataset (its tables: ``tencent_ads.daily_reports``, ``tencent_ads.async_tasks``).
DEFAULT_PIPELINE: Final = "tencent_ads"
DEFAULT_DATASET: Final = "tencent_ads"
#: ``--mock``'s pipeline: its own name, so the fake's cursor never stands in for a real account's.
MOCK_PIPELINE: Final = "tencent_ads_mock"
#: dlt's type for the spec's types of a row's fields.
_COLUMN_TYPES: Final = {"integer": "bigint", "number": "double", "string": "text"}

TokenLike = str | RefreshingToken | TokenStore


def api_yesterday(now: dt.datetime | None = None) -> dt.date:
    """Yesterday in GMT+8: the last day whose report the API has closed."""
    moment = dt.datetime.now(API_TIMEZONE) if now is None else now.astimezone(API_TIMEZONE)
    return moment.date() - dt.timedelta(days=1)


def _day(value: str | dt.date, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigurationError(f"{name} must be a date or 'YYYY-MM-DD', got {value!r}")


def _account_ids(account_ids: int | Iterable[int]) -> list[int]:
    ids = [account_ids] if isinstance(account_ids, int) else list(account_ids)
    if not ids:
        raise ConfigurationError("account_ids is empty: give the advertiser account ids to load")
    for account in ids:
        if isinstance(account, bool) or not isinstance(account, int) or account < 1:
            raise ConfigurationError(f"account ids must be positive ints, got {account!r}")
    return list(dict.fromkeys(ids))


def _names(values: str | Iterable[str], name: str) -> tuple[str, ...]:
    names = (values,) if isinstance(values, str) else tuple(values)
    if not names or not all(isinstance(v, str) and v for v in names):
        raise ConfigurationError(f"{name} must be one or more field names, got {values!r}")
    return tuple(dict.fromkeys(names))


def _row_types() -> Mapping[str, str]:
    from .reports import report_row_types

    return report_row_types()


@dlt.source(name="tencent_ads")
def tencent_ads_source(
    account_ids: int | Sequence[int],
    access_token: str | RefreshingToken | TokenStore | None = None,
    base_url: str | None = None,
    start_date: str | dt.date | None = None,
    end_date: str | dt.date | None = None,
    level: str = DEFAULT_LEVEL,
    fields: Sequence[str] = DEFAULT_FIELDS,
    group_by: Sequence[str] = ("date",),
    lookback_days: int = 3,
    client: Client | None = None,
    rate_limit: float | RateLimiter | None = None,
    client_id: int | None = None,
    client_secret: str | None = None,
    filtering: Sequence[Mapping[str, Any]] | None = None,
    time_line: str | None = None,
    page_size: int | None = None,
) -> Any:
    """The Marketing API's daily reports and async tasks of ``account_ids``, as a dlt source.

    ``access_token``: a token (default: env ``TENCENT_ADS_ACCESS_TOKEN``), a :class:`~tencent_ads.RefreshingToken`,
    or a token store (refreshed with ``client_id``/``client_secret`` when given, else its token used as it is).
    ``base_url``: the API (default: env ``TENCENT_ADS_BASE_URL``, else production). ``client``: a ready
    :class:`~tencent_ads.Client` instead (not closed here; then give neither token, base URL nor rate limit).
    ``rate_limit``: requests per second, or a :class:`~tencent_ads.RateLimiter`, shared by both resources.

    ``start_date``: the first day of the first run (default: a week before ``end_date``); ``end_date``: the last
    day of every run (default: yesterday in GMT+8). ``lookback_days``: how many days before the last day loaded
    each run reads again (late attribution); 0 reads from the last day itself.
    ``level``, ``fields``, ``group_by`` (must hold ``date``), ``filtering``, ``time_line``, ``page_size``: passed
    to ``daily_reports/get``.
    """
    accounts = _account_ids(account_ids)
    end = api_yesterday() if end_date is None else _day(end_date, "end_date")
    start = end - dt.timedelta(days=6) if start_date is None else _day(start_date, "start_date")
    if start > end:
        raise ConfigurationError(f"start_date {start} is after end_date {end}")
    if isinstance(lookback_days, bool) or not isinstance(lookback_days, int) or lookback_days < 0:
        raise ConfigurationError(f"lookback_days must be an int >= 0, got {lookback_days!r}")
    dimensions = _names(group_by, "group_by")
    if "date" not in dimensions:
        raise ConfigurationError("group_by must hold 'date' (the incremental cursor and the primary key)")
    requested = tuple(dict.fromkeys((*dimensions, *_names(fields, "fields"))))
    if not isinstance(level, str) or not level:
        raise ConfigurationError(f"level must be a report level such as {DEFAULT_LEVEL!r}, got {level!r}")
    opened = _ClientFactory(client, access_token, base_url, rate_limit, client_id, client_secret)

    report_options: dict[str, Any] = {"level": level, "group_by": list(dimensions), "fields": list(requested)}
    if filtering is not None:
        report_options["filtering"] = list(filtering)
    if time_line is not None:
        report_options["time_line"] = time_line
    if page_size is not None:
        report_options["page_size"] = page_size

    primary_key = ["account_id", *(d for d in dimensions if d != "account_id")]
    types = _row_types()
    columns: dict[str, Any] = {
        name: {"data_type": _COLUMN_TYPES[types[name]]} for name in requested if types.get(name) in _COLUMN_TYPES
    }
    columns["date"] = {"data_type": "date", "nullable": False}
    columns["account_id"] = {"data_type": "bigint", "nullable": False}

    # dlt's cursor: the last day loaded, read again from ``lookback_days`` before it (``lag``: days for a date);
    # with a lag dlt keeps no boundary hashes, the merge on the primary key replaces the days read again.
    cursor = dlt.sources.incremental[str]("date", initial_value=start.isoformat(), lag=lookback_days or None)

    @dlt.resource(name="daily_reports", write_disposition="merge", primary_key=primary_key, columns=columns)
    def daily_reports(date: dlt.sources.incremental[str] = cursor) -> Iterator[dict[str, Any]]:
        first = max(_day(date.start_value or start.isoformat(), "the cursor's start"), start)
        with opened() as api:
            for account in accounts:
                for window_start, window_end in _windows(first, end):
                    date_range = {"start_date": window_start.isoformat(), "end_date": window_end.isoformat()}
                    for row in api.daily_reports.iterate(account_id=account, date_range=date_range, **report_options):
                        record: dict[str, Any] = row.to_dict()
                        if record.get("account_id") is None:
                            record["account_id"] = account
                        yield record

    @dlt.resource(name="async_tasks", write_disposition="merge", primary_key=["account_id", "task_id"])
    def async_tasks() -> Iterator[dict[str, Any]]:
        with opened() as api:
            for account in accounts:
                for task in api.async_tasks.iterate(account_id=account):
                    record: dict[str, Any] = task.to_dict()
                    record.setdefault("account_id", account)
                    yield record

    return daily_reports, async_tasks


def _windows(first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """``first``..``last`` in spans of at most :data:`WINDOW_DAYS` days (nothing when ``first`` is after ``last``)."""
    while first <= last:
        until = min(last, first + dt.timedelta(days=WINDOW_DAYS - 1))
        yield first, until
        first = until + dt.timedelta(days=1)


class _ClientFactory:
    """A client for each resource: the one given (left open), or a new one on the shared token and rate limit."""

    def __init__(
        self,
        client: Client | None,
        access_token: TokenLike | None,
        base_url: str | None,
        rate_limit: float | RateLimiter | None,
        client_id: int | None,
        client_secret: str | None,
    ) -> None:
        self.client = client
        if client is not None:
            from ._client import AsyncClient

            if isinstance(client, AsyncClient):
                raise ConfigurationError("client= must be a tencent_ads.Client (dlt reads resources synchronously)")
            named = (("access_token", access_token), ("base_url", base_url), ("rate_limit", rate_limit))
            given = [name for name, value in named if value is not None]
            if given:
                raise ConfigurationError(f"client= is a ready client: give it {', '.join(given)}, not the source")
            self.token: str | RefreshingToken | None = None
            self.limiter: RateLimiter | None = None
            self.base_url = None
            return
        self.base_url = base_url
        self.token = _token(access_token, client_id, client_secret, base_url)
        if rate_limit is None or isinstance(rate_limit, RateLimiter):
            self.limiter = rate_limit
        else:
            self.limiter = RateLimiter(rate_limit)  # one for both resources: the API counts per app

    @contextmanager
    def __call__(self) -> Iterator[Any]:
        if self.client is not None:
            yield self.client
            return
        from ._client import Client

        with Client(self.token, base_url=self.base_url, rate_limit=self.limiter) as client:
            yield client


def _token(
    access_token: TokenLike | None, client_id: int | None, client_secret: str | None, base_url: str | None
) -> str | RefreshingToken | None:
    if access_token is None or isinstance(access_token, str | RefreshingToken):
        return access_token
    if isinstance(access_token, TokenStore):
        if client_id is not None and client_secret:
            oauth = None if base_url is None else base_url.rstrip("/").removesuffix("/v3.0") + "/oauth/token"
            return RefreshingToken(client_id=client_id, client_secret=client_secret, store=access_token, base_url=oauth)
        pair = access_token.load()
        if pair is None:
            raise ConfigurationError("the token store holds no token pair (and no client_id/client_secret to get one)")
        return pair.access_token.reveal()
    raise ConfigurationError(
        f"access_token must be a token, a RefreshingToken or a token store, got {type(access_token).__name__}"
    )


# --- the job -----------------------------------------------------------------------------------------------


class AccountSummary:
    """One line of the job's summary: what the DuckDB file holds for an account."""

    __slots__ = ("account_id", "cost", "first_date", "last_date", "rows")

    def __init__(
        self, account_id: int, rows: int, cost: float | None, first_date: dt.date | None, last_date: dt.date | None
    ) -> None:
        self.account_id = account_id
        self.rows = rows
        self.cost = cost
        self.first_date = first_date
        self.last_date = last_date

    def __repr__(self) -> str:
        return (
            f"AccountSummary(account_id={self.account_id}, rows={self.rows}, cost={self.cost}, "
            f"first_date={self.first_date}, last_date={self.last_date})"
        )


class JobResult:
    """What :func:`run` did: the summary read back from the destination, and dlt's load info."""

    def __init__(self, accounts: list[AccountSummary], tasks: int, load_info: Any, destination: Path) -> None:
        self.accounts = accounts
        self.tasks = tasks
        self.load_info = load_info
        self.destination = destination

    @property
    def rows(self) -> int:
        """Every ``daily_reports`` row in the destination."""
        return sum(a.rows for a in self.accounts)


def run(
    account_ids: Sequence[int] | None = None,
    *,
    access_token: TokenLike | None = None,
    base_url: str | None = None,
    start_date: str | dt.date | None = None,
    end_date: str | dt.date | None = None,
    destination: str | os.PathLike[str] = "reports.duckdb",
    dataset_name: str = DEFAULT_DATASET,
    pipeline_name: str | None = None,
    pipelines_dir: str | os.PathLike[str] | None = None,
    mock: bool = False,
    lookback_days: int = 3,
    level: str = DEFAULT_LEVEL,
    fields: Sequence[str] = DEFAULT_FIELDS,
    rate_limit: float | RateLimiter | None = None,
    out: TextIO | None = None,
) -> JobResult:
    """Load the daily reports and async tasks of ``account_ids`` into the DuckDB file ``destination``; print and
    return a summary read back from it (rows, total cost and days per account).

    ``mock``: against the package's fake Marketing API (no credentials; its accounts when none are given).
    ``start_date``/``end_date``: default the week that ended yesterday (GMT+8). ``pipeline_name``: default
    ``tencent_ads`` (``tencent_ads_mock`` with ``mock``). dlt's state (the date cursor) is kept in the dataset
    itself, and read back from it at each run: ``pipelines_dir`` (dlt's working folder) is a temporary one unless
    given. Running it again over the same days adds no row.
    """
    target = Path(destination).resolve()  # dlt would place a relative path in its own working folder
    with ExitStack() as stack:
        if mock:
            # offline means offline: no usage report to dlt's servers unless the user's config turns it on
            os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
            require("openapi_core", feature="the mock job (--mock)", extra="testing")
            from .testing import FakeMarketingAPI

            api = stack.enter_context(FakeMarketingAPI())
            access_token, base_url = api.token, api.base_url
            accounts = list(account_ids) if account_ids else list(api.accounts)
        else:
            if not account_ids:
                raise ConfigurationError("give the account ids to load (--account-id), or run with --mock")
            accounts = list(account_ids)
        end = api_yesterday() if end_date is None else _day(end_date, "end_date")
        source = tencent_ads_source(
            accounts,
            access_token=access_token,
            base_url=base_url,
            start_date=end - dt.timedelta(days=6) if start_date is None else start_date,
            end_date=end,
            level=level,
            fields=fields,
            lookback_days=lookback_days,
            rate_limit=rate_limit,
        )
        settings: dict[str, Any] = {
            "pipeline_name": pipeline_name or (MOCK_PIPELINE if mock else DEFAULT_PIPELINE),
            "destination": dlt.destinations.duckdb(str(target)),
            "dataset_name": dataset_name,
        }
        # Without a pipelines_dir, dlt's working folder is a temporary one: the cursor is read back from the
        # DuckDB file (dlt keeps it in the dataset's _dlt_pipeline_state), so a deleted or replaced file is
        # loaded afresh and never trusts a cursor it does not hold.
        if pipelines_dir is None:
            pipelines_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="tencent-ads-dlt-"))
        settings["pipelines_dir"] = str(pipelines_dir)
        pipeline = dlt.pipeline(**settings)
        load_info = _run(pipeline, source)
        result = _summary(pipeline, load_info, target)
    _print(result, dataset_name, out or sys.stdout)
    return result


def _run(pipeline: Any, source: DltSource) -> Any:
    """``pipeline.run(source)``; a failure of the API (dlt wraps it in ``PipelineStepFailed``) raised as the
    client's typed error, so ``except AuthError`` works around the job as around a call."""
    from dlt.pipeline.exceptions import PipelineStepFailed

    try:
        return pipeline.run(source)
    except PipelineStepFailed as exc:
        failure: BaseException = exc
    cause: BaseException | None = failure
    while cause is not None and not isinstance(cause, TencentAdsError):
        cause = cause.__cause__ or cause.__context__
    if cause is None:
        raise failure
    raise cause.with_traceback(None) from None


def _summary(pipeline: Any, load_info: Any, target: Path) -> JobResult:
    with pipeline.sql_client() as sql:
        reports = sql.make_qualified_table_name("daily_reports")
        tasks_table = sql.make_qualified_table_name("async_tasks")
        columns = pipeline.default_schema.get_table_columns("daily_reports")
        cost = "sum(cost)" if "cost" in columns else "NULL"
        rows = sql.execute_sql(
            f"SELECT account_id, count(*), {cost}, min(date), max(date) FROM {reports} "  # noqa: S608
            "GROUP BY account_id ORDER BY account_id"
        )
        tasks = 0
        if "async_tasks" in pipeline.default_schema.tables:  # no table when no account had a task
            tasks = sql.execute_sql(f"SELECT count(*) FROM {tasks_table}")[0][0]  # noqa: S608
    accounts = [AccountSummary(int(a), int(n), None if c is None else float(c), lo, hi) for a, n, c, lo, hi in rows]
    return JobResult(accounts, int(tasks), load_info, target)


def _print(result: JobResult, dataset: str, out: TextIO) -> None:
    out.write(
        f"{result.destination}: {result.rows} daily report row(s) in {dataset}.daily_reports, "
        f"{result.tasks} task(s) in {dataset}.async_tasks\n"
    )
    header = ("account_id", "rows", "cost_fen", "first_date", "last_date")  # money is in fen (分)
    lines = [
        (
            str(a.account_id),
            str(a.rows),
            "" if a.cost is None else f"{a.cost:g}",
            str(a.first_date or ""),
            str(a.last_date or ""),
        )
        for a in result.accounts
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    for line in (header, *lines):
        out.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() + "\n")


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m tencent_ads.dlt") -> int:
    """``python -m tencent_ads.dlt``: the job's command line (``--help`` says what it does).

    ``prog`` is the name the usage and examples show (``tencent-ads load-reports`` runs this too).
    """
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Load the Marketing API's daily reports and async tasks into a DuckDB file (dlt pipeline "
            f"{DEFAULT_PIPELINE!r}, or {MOCK_PIPELINE!r} with --mock; dataset {DEFAULT_DATASET!r}: tables "
            "daily_reports and async_tasks), then print rows, total cost and days per account read back from it. "
            "A second run over the same days adds no row (merge on account_id + date); each run re-reads "
            "--lookback-days before the last day loaded."
        ),
        epilog=(
            "examples:\n"
            f"  {prog} --mock            # the fake's week, offline\n"
            f"  {prog} --account-id 123  # real ones (token from env)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--mock", action="store_true", help="load from the embedded fake Marketing API (offline)")
    parser.add_argument(
        "--account-id", type=int, action="append", dest="account_ids", metavar="ID", help="repeat for several"
    )
    parser.add_argument("--access-token", default=None, help=f"default: env {TOKEN_ENV}")
    parser.add_argument("--base-url", default=None, help=f"default: env {BASE_URL_ENV}, else production")
    parser.add_argument("--destination", default="reports.duckdb", help="the DuckDB file (default: reports.duckdb)")
    parser.add_argument("--dataset", default=DEFAULT_DATASET, help=f"default: {DEFAULT_DATASET}")
    parser.add_argument("--pipeline-name", default=None, help="default: tencent_ads (tencent_ads_mock with --mock)")
    parser.add_argument(
        "--pipelines-dir",
        default=None,
        help="dlt's working folder (default: a temporary one; the cursor is kept in the file)",
    )
    parser.add_argument("--start-date", default=None, help="YYYY-MM-DD; default: 6 days before --end-date")
    parser.add_argument("--end-date", default=None, help="YYYY-MM-DD; default: yesterday in GMT+8")
    parser.add_argument("--lookback-days", type=int, default=3, help="days re-read before the last loaded (3)")
    parser.add_argument("--level", default=DEFAULT_LEVEL, help=f"default: {DEFAULT_LEVEL}")
    parser.add_argument(
        "--field", action="append", dest="fields", metavar="NAME", help="a report field; repeat (default: a set)"
    )
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second")
    args = parser.parse_args(argv)
    try:
        run(
            args.account_ids,
            access_token=args.access_token or os.environ.get(TOKEN_ENV) or None,
            base_url=args.base_url or os.environ.get(BASE_URL_ENV) or None,
            start_date=args.start_date,
            end_date=args.end_date,
            destination=args.destination,
            dataset_name=args.dataset,
            pipeline_name=args.pipeline_name,
            pipelines_dir=args.pipelines_dir,
            mock=args.mock,
            lookback_days=args.lookback_days,
            level=args.level,
            fields=tuple(args.fields) if args.fields else DEFAULT_FIELDS,
            rate_limit=args.rate_limit,
        )
    except TencentAdsError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
