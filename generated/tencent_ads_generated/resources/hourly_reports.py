# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``hourly_reports`` — the typed resources of this tag: get.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.hourly_reports``), a method the last segment of its path. Signing,
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

__all__ = ["AsyncHourlyReports", "AsyncRawHourlyReports", "HourlyReports", "RawHourlyReports"]


class HourlyReports(SyncResource):
    """``hourly_reports`` — 小时报表 — report rows by hour of one day (ads_insights)."""

    def get(
        self,
        *,
        account_id: int,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ReportsGetData:
        """``GET hourly_reports/get`` — 获取小时报表 — report rows by hour of one day

        Permission: ads_insights. The hours of **one** day (`start_date` equal to
        `end_date`), at most 90 days back (最多支持查询 90 天内的数据,支持的最长查询跨度为
        1 天); one row per hour and `group_by` combination, with the metrics named in
        `fields`; money metrics in fen (分). Rows have the same shape as
        daily_reports/get's (`ReportRow`, with `hour`). `page` is bounded to 1–100
        here (daily: 99999), `page_size` to 1–2000. No `organization_id`.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (required here, unlike
                daily_reports/get).
            ``level`` (required): 获取报表类型级别 — the report level. See `ReportHourlyLevel`.
            ``date_range`` (required): 日期范围 — one day: `start_date` equal to `end_date`, `YYYY-MM-DD`, at
                most 90 days back. Sent as compact JSON.
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means none. Rules per field
                in `HourlyReportsFilter`.
            ``group_by`` (required): 聚合参数 — the dimensions of a row, e.g. `["hour"]` (1–10 names). See
                `HourlyReportGroupBy`.
            ``order_by`` (optional): 排序字段 — up to two sort keys.
            ``time_line`` (optional): 时间口径 — which time a conversion is counted at.
            ``page`` (optional, 1–100): 搜索页码 — page number (1–100 on this page).
            ``page_size`` (optional, 1–2000): 一页显示的数据条数 — rows per page.
            ``fields`` (required): 指定返回的字段列表 — the dimensions and metrics each row carries (1–1024 names).
                See `ReportRow`.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["hourly_reports_get"],
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
            },
            strict_filters,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

    def iterate(
        self,
        *,
        account_id: int,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
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
            OPERATIONS["hourly_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "fields": fields,
                "page_size": page_size,
            },
            strict_filters,
            retry,
            timeout,
        )


class AsyncHourlyReports(AsyncResource):
    """``hourly_reports`` — 小时报表 — report rows by hour of one day (ads_insights)."""

    async def get(
        self,
        *,
        account_id: int,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ReportsGetData:
        """``GET hourly_reports/get`` — 获取小时报表 — report rows by hour of one day

        Permission: ads_insights. The hours of **one** day (`start_date` equal to
        `end_date`), at most 90 days back (最多支持查询 90 天内的数据,支持的最长查询跨度为
        1 天); one row per hour and `group_by` combination, with the metrics named in
        `fields`; money metrics in fen (分). Rows have the same shape as
        daily_reports/get's (`ReportRow`, with `hour`). `page` is bounded to 1–100
        here (daily: 99999), `page_size` to 1–2000. No `organization_id`.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (required here, unlike
                daily_reports/get).
            ``level`` (required): 获取报表类型级别 — the report level. See `ReportHourlyLevel`.
            ``date_range`` (required): 日期范围 — one day: `start_date` equal to `end_date`, `YYYY-MM-DD`, at
                most 90 days back. Sent as compact JSON.
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means none. Rules per field
                in `HourlyReportsFilter`.
            ``group_by`` (required): 聚合参数 — the dimensions of a row, e.g. `["hour"]` (1–10 names). See
                `HourlyReportGroupBy`.
            ``order_by`` (optional): 排序字段 — up to two sort keys.
            ``time_line`` (optional): 时间口径 — which time a conversion is counted at.
            ``page`` (optional, 1–100): 搜索页码 — page number (1–100 on this page).
            ``page_size`` (optional, 1–2000): 一页显示的数据条数 — rows per page.
            ``fields`` (required): 指定返回的字段列表 — the dimensions and metrics each row carries (1–1024 names).
                See `ReportRow`.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["hourly_reports_get"],
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
            },
            strict_filters,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

    def iterate(
        self,
        *,
        account_id: int,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
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
            OPERATIONS["hourly_reports_get"],
            {
                "account_id": account_id,
                "level": level,
                "date_range": date_range,
                "filtering": filtering,
                "group_by": group_by,
                "order_by": order_by,
                "time_line": time_line,
                "fields": fields,
                "page_size": page_size,
            },
            strict_filters,
            retry,
            timeout,
        )


class RawHourlyReports(SyncResource):
    """``hourly_reports``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        account_id: int,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[ReportsGetData]:
        """:meth:`hourly_reports.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["hourly_reports_get"],
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
            },
            strict_filters,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawHourlyReports(AsyncResource):
    """``hourly_reports``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        account_id: int,
        level: str,
        date_range: bodies.ReportDateRangeParam | ReportDateRange,
        group_by: Iterable[str],
        fields: Iterable[str],
        filtering: Iterable[FilterLike] | None = None,
        order_by: Iterable[bodies.ReportOrderByItemParam | ReportOrderByItem] | None = None,
        time_line: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[ReportsGetData]:
        """:meth:`hourly_reports.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[ReportsGetData] = self._prepare(
            OPERATIONS["hourly_reports_get"],
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
            },
            strict_filters,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
