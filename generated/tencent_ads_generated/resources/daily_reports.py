# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``daily_reports`` — the typed resources of this tag: get.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.daily_reports``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING

from tencent_ads._resource import AsyncResource, SyncResource

from ..spec_data import OPERATIONS

if TYPE_CHECKING:
    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._filters import FilterLike
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy
    from tencent_ads_api.models.report_date_range import ReportDateRange
    from tencent_ads_api.models.report_order_by_item import ReportOrderByItem
    from tencent_ads_api.models.report_row import ReportRow
    from tencent_ads_api.models.reports_get_data import ReportsGetData

    from tencent_ads_generated import bodies

__all__ = ["AsyncDailyReports", "AsyncRawDailyReports", "DailyReports", "RawDailyReports"]


class DailyReports(SyncResource):
    """``daily_reports`` — 日报表 — report rows by day (ads_insights)."""

    def get(
        self,
        *,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ReportsGetData:
        """``GET daily_reports/get`` — 获取日报表 — report rows by day

        Permission: ads_insights. One row per combination of the `group_by`
        dimensions (a day by default) at the chosen `level`, with the metrics named
        in `fields`; money metrics (`cost`, `cpc`, `*_cost`, ...) are in fen (分).
        `date_range`: at most 365 days back (最早支持查询 1 年内（365 天）的数据), and
        `start_date` <= `end_date`. Which `group_by` dimensions a level accepts is the
        aggregation-rule page's table (see `ReportGroupBy`). Pages: `page` (1–99999)
        and `page_size` (1–2000). Third-party SDK notes quote the page's
        使用说明 as limiting `page * page_size` to 20000 (beyond: use
        async_reports/add); not confirmed on the pages at hand, so not enforced.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account; agency
                ids are not accepted). Optional on the page and in the Go SDK.
            ``level`` (required): 获取报表类型级别 — the report level; for a business unit (organization_id) only
                the component level. See `ReportDailyLevel`.
            ``date_range`` (required): 日期范围 — the days, both included, `YYYY-MM-DD` (GMT+8): at most 365
                days back, `start_date` <= `end_date`. Sent as compact JSON, e.g.
                `{"start_date":"2024-01-01","end_date":"2024-01-07"}`.
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means none. The page says it
                is required for ad-union position data. Rules per field in `DailyReportsFilter`.
            ``group_by`` (required): 聚合参数 — the dimensions of a row, e.g. `["date"]` (1–10 names). See
                `ReportGroupBy`.
            ``order_by`` (optional): 排序字段 — up to two sort keys, e.g.
                `[{"sort_field":"cost","sort_type":"DESCENDING"}]`.
            ``time_line`` (optional): 时间口径 — which time a conversion is counted at (request, reporting or
                activation time).
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–2000): 一页显示的数据条数 — rows per page.
            ``fields`` (required): 指定返回的字段列表 — the dimensions and metrics each row carries (1–1024 names).
                See `ReportRow`.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["daily_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "page": page,
                "page_size": page_size,
                "fields": fields,
                "organization_id": organization_id,
            },
            strict_filters,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

    def iterate(
        self,
        *,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        organization_id: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        page_size: int = 2000,
    ) -> Iterator[ReportRow]:
        """Every item of :meth:`get` across pages, lazily, each once; flat memory.

        The arguments are checked now, before the first page is asked for; pages are fetched as they are
        consumed (``page_size`` per request, the spec's maximum by default), and iteration stops after the last
        page (``page_info.total_page``), a short or empty page, or a page that repeats the previous one.
        """
        return self._iterate(
            OPERATIONS["daily_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "fields": fields,
                "organization_id": organization_id,
                "page_size": page_size,
            },
            strict_filters,
            retry,
            timeout,
        )


class AsyncDailyReports(AsyncResource):
    """``daily_reports`` — 日报表 — report rows by day (ads_insights)."""

    async def get(
        self,
        *,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ReportsGetData:
        """``GET daily_reports/get`` — 获取日报表 — report rows by day

        Permission: ads_insights. One row per combination of the `group_by`
        dimensions (a day by default) at the chosen `level`, with the metrics named
        in `fields`; money metrics (`cost`, `cpc`, `*_cost`, ...) are in fen (分).
        `date_range`: at most 365 days back (最早支持查询 1 年内（365 天）的数据), and
        `start_date` <= `end_date`. Which `group_by` dimensions a level accepts is the
        aggregation-rule page's table (see `ReportGroupBy`). Pages: `page` (1–99999)
        and `page_size` (1–2000). Third-party SDK notes quote the page's
        使用说明 as limiting `page * page_size` to 20000 (beyond: use
        async_reports/add); not confirmed on the pages at hand, so not enforced.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account; agency
                ids are not accepted). Optional on the page and in the Go SDK.
            ``level`` (required): 获取报表类型级别 — the report level; for a business unit (organization_id) only
                the component level. See `ReportDailyLevel`.
            ``date_range`` (required): 日期范围 — the days, both included, `YYYY-MM-DD` (GMT+8): at most 365
                days back, `start_date` <= `end_date`. Sent as compact JSON, e.g.
                `{"start_date":"2024-01-01","end_date":"2024-01-07"}`.
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means none. The page says it
                is required for ad-union position data. Rules per field in `DailyReportsFilter`.
            ``group_by`` (required): 聚合参数 — the dimensions of a row, e.g. `["date"]` (1–10 names). See
                `ReportGroupBy`.
            ``order_by`` (optional): 排序字段 — up to two sort keys, e.g.
                `[{"sort_field":"cost","sort_type":"DESCENDING"}]`.
            ``time_line`` (optional): 时间口径 — which time a conversion is counted at (request, reporting or
                activation time).
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–2000): 一页显示的数据条数 — rows per page.
            ``fields`` (required): 指定返回的字段列表 — the dimensions and metrics each row carries (1–1024 names).
                See `ReportRow`.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["daily_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "page": page,
                "page_size": page_size,
                "fields": fields,
                "organization_id": organization_id,
            },
            strict_filters,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

    def iterate(
        self,
        *,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        organization_id: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        page_size: int = 2000,
    ) -> AsyncIterator[ReportRow]:
        """Every item of :meth:`get` across pages, lazily, each once; flat memory.

        The arguments are checked now, before the first page is asked for; pages are fetched as they are
        consumed (``page_size`` per request, the spec's maximum by default), and iteration stops after the last
        page (``page_info.total_page``), a short or empty page, or a page that repeats the previous one.
        """
        return self._iterate(
            OPERATIONS["daily_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "fields": fields,
                "organization_id": organization_id,
                "page_size": page_size,
            },
            strict_filters,
            retry,
            timeout,
        )


class RawDailyReports(SyncResource):
    """``daily_reports``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[ReportsGetData]:
        """:meth:`daily_reports.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["daily_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "page": page,
                "page_size": page_size,
                "fields": fields,
                "organization_id": organization_id,
            },
            strict_filters,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawDailyReports(AsyncResource):
    """``daily_reports``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[ReportsGetData]:
        """:meth:`daily_reports.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["daily_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "page": page,
                "page_size": page_size,
                "fields": fields,
                "organization_id": organization_id,
            },
            strict_filters,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
