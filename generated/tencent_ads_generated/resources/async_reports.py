# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``async_reports`` — the typed resources of this tag: add, get.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.async_reports``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

from tencent_ads._resource import AsyncResource, SyncResource
from tencent_ads._tasks import AsyncTaskFamily as _AsyncTaskFamily
from tencent_ads._tasks import SyncTaskFamily as _SyncTaskFamily

from ..spec_data import OPERATIONS, TASKS

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._download import DownloadSkip
    from tencent_ads._filters import FilterLike
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy
    from tencent_ads._waiting import ManyProgress, ProgressCallback
    from tencent_ads_api.models.async_report_task import AsyncReportTask
    from tencent_ads_api.models.async_reports_add_data import AsyncReportsAddData
    from tencent_ads_api.models.async_reports_add_filter import AsyncReportsAddFilter
    from tencent_ads_api.models.async_reports_get_data import AsyncReportsGetData
    from tencent_ads_api.types import Unset

    from tencent_ads_generated import bodies

__all__ = ["AsyncAsyncReports", "AsyncRawAsyncReports", "AsyncReports", "RawAsyncReports"]


class AsyncReports(_SyncTaskFamily):
    """``async_reports`` — 异步报表 — asynchronous reports (a task per report file set)."""

    _family = TASKS["async_reports"]

    def add(
        self,
        *,
        task_name: str,
        report_fields: Iterable[str],
        level: str,
        granularity: str,
        date: str,
        account_id: int | None = None,
        filtering: Iterable[bodies.AsyncReportsAddFilterParam | AsyncReportsAddFilter] | None = None,
        time_line: str | None = None,
        group_by: Iterable[str] | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncReportsAddData:
        """``POST async_reports/add`` — 创建异步报表任务 — start an asynchronous report

        Permission: ads_insights. Starts a report of one `date` at `granularity`
        DAILY (the last 365 days) or HOURLY (the last 30 days) and answers its
        `task_id`; poll it with async_reports/get (filter `task_id`) until it is
        terminal, then fetch its files from async_report_files/get. The body is JSON
        (`Content-Type: application/json`); access_token, timestamp and nonce stay in
        the query. The v1.x guide (docs/insights/ad_insights/async_reports) allows one
        task per account every 5 minutes (异步报表模块每账号每5分钟最多创建1个任务). No
        idempotency key exists: a re-sent add can create a second task, so the client
        re-sends it only when the failure proves it was not processed
        (`x-idempotent: false`).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 推广帐号 id,包括代理商和广告主帐号 id — an advertiser or agency account
                (optional on the page).
            ``task_name`` (required, 1–120 bytes): 任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts
                3).
            ``report_fields`` (required, 1–1024 items): 指定异步报表返回的字段 — the columns of the report file (1–1024
                names of 1–64 bytes).
            ``level`` (required): 异步报表类型级别 — the report level.
            ``filtering`` (optional, 1–5 items): 过滤条件 — 1–5 conditions; omit for none (the page's minimum is
                1).
            ``time_line`` (optional): 时间口径 — which time a conversion is counted at.
            ``group_by`` (optional, 1–5 items): 聚合参数 — 1–5 dimensions.
            ``granularity`` (required): 异步报表粒度 — HOURLY (the last 30 days) or DAILY (the last 365 days).
            ``date`` (required, 10–10 bytes): 日期 — the day of the report, `YYYY-MM-DD`.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            Sent as the JSON body; objects as the ``*Param`` TypedDicts of ``bodies`` or the generated models.
            Not idempotent: re-sent only when the failure proves the server did not process it; otherwise
                ``OutcomeUnknownError`` (nothing is sent twice).
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncReportsAddData] = self._prepare(
            OPERATIONS["async_reports_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "report_fields": report_fields,
                "level": level,
                "filtering": filtering,
                "time_line": time_line,
                "group_by": group_by,
                "granularity": granularity,
                "date": date,
                "organization_id": organization_id,
            },
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

    def get(
        self,
        *,
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncReportsGetData:
        """``GET async_reports/get`` — 获取异步报表任务 — list asynchronous report tasks

        Permission: ads_insights. Tasks can be queried for 7 days after creation; a
        task's files are downloadable for 24 hours (使用说明 1). A COMPLETED task's
        `result.data.file_info_list` names its files (`file_id`, `md5`) for
        async_report_files/get.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id. Optional on the page and
                in the Go SDK.
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means none. Sent as compact
                JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["53181057839"]}]`. Rules in
                `AsyncReportsGetFilter`.
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–100): 一页显示的数据条数 — items per page.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            ``fields`` (optional): 返回字段 — the fields of a `list` item to return. Not on the v3.0 page; the
                Go SDK sends it (see `Fields`). Absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncReportsGetData] = self._prepare(
            OPERATIONS["async_reports_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "page": page,
                "page_size": page_size,
                "organization_id": organization_id,
                "fields": fields,
            },
            strict_filters,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

    def iterate(
        self,
        *,
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        organization_id: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        page_size: int = 100,
    ) -> Iterator[AsyncReportTask]:
        """Every item of :meth:`get` across pages, lazily, each once; flat memory.

        The arguments are checked now, before the first page is asked for; pages are fetched as they are
        consumed (``page_size`` per request, the spec's maximum by default), and iteration stops after the last
        page (``page_info.total_page``), a short or empty page, or a page that repeats the previous one.
        """
        return self._iterate(
            OPERATIONS["async_reports_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "organization_id": organization_id,
                "fields": fields,
                "page_size": page_size,
            },
            strict_filters,
            retry,
            timeout,
        )

    def wait(
        self,
        *,
        account_id: int,
        task_id: int | str | Unset,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        max_poll_interval: float | None = None,
        backoff: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncReportTask:
        """Poll one job until it reaches a terminal status (the spec's ``x-terminal``); return it.

        ``task_id`` takes what a listing holds (``int | Unset``) or the id's decimal string; an absent one raises
        :class:`RequestValidationError`, nothing sent. Raises :class:`WaitTimeoutError` (with ``last_status``)
        after ``timeout`` seconds; no sleep and no poll runs past it. The poll interval grows from
        ``poll_interval`` by ``backoff`` up to ``max_poll_interval`` (defaults: 1 s, ×1.5, 30 s).
        """
        task = self._wait(account_id, task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        return cast("AsyncReportTask", task)

    def wait_many(
        self,
        *,
        account_id: int,
        task_ids: Iterable[int | str | Unset],
        timeout: float = 600.0,
        poll_interval: float | None = None,
        max_poll_interval: float | None = None,
        backoff: float | None = None,
        on_progress: Callable[[ManyProgress], Any] | None = None,
    ) -> list[AsyncReportTask | None]:
        """Poll many jobs of one account until all are terminal or ``timeout`` passes; return them all.

        One ``task_id IN [...]`` request per chunk of unfinished ids per poll (the filter's ``IN`` bound), one
        deadline for all. The jobs come back one per id of ``task_ids``, in its order, finished or not (None for
        an id not seen before the deadline); an id given twice comes back twice. An id absent from two
        consecutive polls raises :class:`TasksNotFoundError` at once.
        """
        return self._wait_many(account_id, task_ids, timeout, poll_interval, max_poll_interval, backoff, on_progress)

    def find_created(
        self,
        *,
        account_id: int,
        task_name: str,
        since: float,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> list[AsyncReportTask]:
        """The jobs named ``task_name`` created since ``since`` (epoch seconds), newest first: how to learn whether
        an ``add`` that ended in :class:`~tencent_ads.OutcomeUnknownError` created
        its job (``since=error.sent_at``).

        Give every job a name of its own (a date and a run id, say). The jobs created since then are listed
        (stamped up to 300 s before ``since``: the API's clock may be behind yours by that much) and matched by
        name here, exactly — any name the create call accepts can be found.
        """
        return self._find_created(account_id, task_name, since, retry, timeout)

    def download_files(
        self,
        *,
        account_id: int,
        task: AsyncReportTask,
        dest_dir: str | os.PathLike[str],
        on_skip: DownloadSkip | None = None,
    ) -> list[Path]:
        """Download every file of a COMPLETED job into ``dest_dir`` (``async_report_files_get``), each checked with
        its listed md5; return the paths in list order.

        Files are named ``task-<task_id>-file-<file_id>``; a file listed twice is downloaded (and returned)
        once. An entry that cannot be downloaded (no usable ``file_id``, a malformed ``md5``) raises
        :class:`ResponseDecodeError` naming it, before any download. A file already there with its listed md5
        is not fetched again (``on_skip(path)`` is called for it).
        """
        return self._download_files(account_id, task, dest_dir, on_skip)


class AsyncAsyncReports(_AsyncTaskFamily):
    """``async_reports`` — 异步报表 — asynchronous reports (a task per report file set)."""

    _family = TASKS["async_reports"]

    async def add(
        self,
        *,
        task_name: str,
        report_fields: Iterable[str],
        level: str,
        granularity: str,
        date: str,
        account_id: int | None = None,
        filtering: Iterable[bodies.AsyncReportsAddFilterParam | AsyncReportsAddFilter] | None = None,
        time_line: str | None = None,
        group_by: Iterable[str] | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncReportsAddData:
        """``POST async_reports/add`` — 创建异步报表任务 — start an asynchronous report

        Permission: ads_insights. Starts a report of one `date` at `granularity`
        DAILY (the last 365 days) or HOURLY (the last 30 days) and answers its
        `task_id`; poll it with async_reports/get (filter `task_id`) until it is
        terminal, then fetch its files from async_report_files/get. The body is JSON
        (`Content-Type: application/json`); access_token, timestamp and nonce stay in
        the query. The v1.x guide (docs/insights/ad_insights/async_reports) allows one
        task per account every 5 minutes (异步报表模块每账号每5分钟最多创建1个任务). No
        idempotency key exists: a re-sent add can create a second task, so the client
        re-sends it only when the failure proves it was not processed
        (`x-idempotent: false`).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 推广帐号 id,包括代理商和广告主帐号 id — an advertiser or agency account
                (optional on the page).
            ``task_name`` (required, 1–120 bytes): 任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts
                3).
            ``report_fields`` (required, 1–1024 items): 指定异步报表返回的字段 — the columns of the report file (1–1024
                names of 1–64 bytes).
            ``level`` (required): 异步报表类型级别 — the report level.
            ``filtering`` (optional, 1–5 items): 过滤条件 — 1–5 conditions; omit for none (the page's minimum is
                1).
            ``time_line`` (optional): 时间口径 — which time a conversion is counted at.
            ``group_by`` (optional, 1–5 items): 聚合参数 — 1–5 dimensions.
            ``granularity`` (required): 异步报表粒度 — HOURLY (the last 30 days) or DAILY (the last 365 days).
            ``date`` (required, 10–10 bytes): 日期 — the day of the report, `YYYY-MM-DD`.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            Sent as the JSON body; objects as the ``*Param`` TypedDicts of ``bodies`` or the generated models.
            Not idempotent: re-sent only when the failure proves the server did not process it; otherwise
                ``OutcomeUnknownError`` (nothing is sent twice).
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncReportsAddData] = self._prepare(
            OPERATIONS["async_reports_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "report_fields": report_fields,
                "level": level,
                "filtering": filtering,
                "time_line": time_line,
                "group_by": group_by,
                "granularity": granularity,
                "date": date,
                "organization_id": organization_id,
            },
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

    async def get(
        self,
        *,
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncReportsGetData:
        """``GET async_reports/get`` — 获取异步报表任务 — list asynchronous report tasks

        Permission: ads_insights. Tasks can be queried for 7 days after creation; a
        task's files are downloadable for 24 hours (使用说明 1). A COMPLETED task's
        `result.data.file_info_list` names its files (`file_id`, `md5`) for
        async_report_files/get.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id. Optional on the page and
                in the Go SDK.
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means none. Sent as compact
                JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["53181057839"]}]`. Rules in
                `AsyncReportsGetFilter`.
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–100): 一页显示的数据条数 — items per page.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            ``fields`` (optional): 返回字段 — the fields of a `list` item to return. Not on the v3.0 page; the
                Go SDK sends it (see `Fields`). Absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncReportsGetData] = self._prepare(
            OPERATIONS["async_reports_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "page": page,
                "page_size": page_size,
                "organization_id": organization_id,
                "fields": fields,
            },
            strict_filters,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

    def iterate(
        self,
        *,
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        organization_id: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        page_size: int = 100,
    ) -> AsyncIterator[AsyncReportTask]:
        """Every item of :meth:`get` across pages, lazily, each once; flat memory.

        The arguments are checked now, before the first page is asked for; pages are fetched as they are
        consumed (``page_size`` per request, the spec's maximum by default), and iteration stops after the last
        page (``page_info.total_page``), a short or empty page, or a page that repeats the previous one.
        """
        return self._iterate(
            OPERATIONS["async_reports_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "organization_id": organization_id,
                "fields": fields,
                "page_size": page_size,
            },
            strict_filters,
            retry,
            timeout,
        )

    async def wait(
        self,
        *,
        account_id: int,
        task_id: int | str | Unset,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        max_poll_interval: float | None = None,
        backoff: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncReportTask:
        """Poll one job until it reaches a terminal status (the spec's ``x-terminal``); return it.

        ``task_id`` takes what a listing holds (``int | Unset``) or the id's decimal string; an absent one raises
        :class:`RequestValidationError`, nothing sent. Raises :class:`WaitTimeoutError` (with ``last_status``)
        after ``timeout`` seconds; no sleep and no poll runs past it. The poll interval grows from
        ``poll_interval`` by ``backoff`` up to ``max_poll_interval`` (defaults: 1 s, ×1.5, 30 s).
        """
        task = await self._wait(account_id, task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        return cast("AsyncReportTask", task)

    async def wait_many(
        self,
        *,
        account_id: int,
        task_ids: Iterable[int | str | Unset],
        timeout: float = 600.0,
        poll_interval: float | None = None,
        max_poll_interval: float | None = None,
        backoff: float | None = None,
        on_progress: Callable[[ManyProgress], Any] | None = None,
    ) -> list[AsyncReportTask | None]:
        """Poll many jobs of one account until all are terminal or ``timeout`` passes; return them all.

        One ``task_id IN [...]`` request per chunk of unfinished ids per poll (the filter's ``IN`` bound), one
        deadline for all. The jobs come back one per id of ``task_ids``, in its order, finished or not (None for
        an id not seen before the deadline); an id given twice comes back twice. An id absent from two
        consecutive polls raises :class:`TasksNotFoundError` at once.
        """
        return await self._wait_many(
            account_id, task_ids, timeout, poll_interval, max_poll_interval, backoff, on_progress
        )

    async def find_created(
        self,
        *,
        account_id: int,
        task_name: str,
        since: float,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> list[AsyncReportTask]:
        """The jobs named ``task_name`` created since ``since`` (epoch seconds), newest first: how to learn whether
        an ``add`` that ended in :class:`~tencent_ads.OutcomeUnknownError` created
        its job (``since=error.sent_at``).

        Give every job a name of its own (a date and a run id, say). The jobs created since then are listed
        (stamped up to 300 s before ``since``: the API's clock may be behind yours by that much) and matched by
        name here, exactly — any name the create call accepts can be found.
        """
        return await self._find_created(account_id, task_name, since, retry, timeout)

    async def download_files(
        self,
        *,
        account_id: int,
        task: AsyncReportTask,
        dest_dir: str | os.PathLike[str],
        on_skip: DownloadSkip | None = None,
    ) -> list[Path]:
        """Download every file of a COMPLETED job into ``dest_dir`` (``async_report_files_get``), each checked with
        its listed md5; return the paths in list order.

        Files are named ``task-<task_id>-file-<file_id>``; a file listed twice is downloaded (and returned)
        once. An entry that cannot be downloaded (no usable ``file_id``, a malformed ``md5``) raises
        :class:`ResponseDecodeError` naming it, before any download. A file already there with its listed md5
        is not fetched again (``on_skip(path)`` is called for it).
        """
        return await self._download_files(account_id, task, dest_dir, on_skip)


class RawAsyncReports(SyncResource):
    """``async_reports``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def add(
        self,
        *,
        task_name: str,
        report_fields: Iterable[str],
        level: str,
        granularity: str,
        date: str,
        account_id: int | None = None,
        filtering: Iterable[bodies.AsyncReportsAddFilterParam | AsyncReportsAddFilter] | None = None,
        time_line: str | None = None,
        group_by: Iterable[str] | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncReportsAddData]:
        """:meth:`async_reports.add` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncReportsAddData] = self._prepare(
            OPERATIONS["async_reports_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "report_fields": report_fields,
                "level": level,
                "filtering": filtering,
                "time_line": time_line,
                "group_by": group_by,
                "granularity": granularity,
                "date": date,
                "organization_id": organization_id,
            },
            None,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)

    def get(
        self,
        *,
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncReportsGetData]:
        """:meth:`async_reports.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncReportsGetData] = self._prepare(
            OPERATIONS["async_reports_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "page": page,
                "page_size": page_size,
                "organization_id": organization_id,
                "fields": fields,
            },
            strict_filters,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawAsyncReports(AsyncResource):
    """``async_reports``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def add(
        self,
        *,
        task_name: str,
        report_fields: Iterable[str],
        level: str,
        granularity: str,
        date: str,
        account_id: int | None = None,
        filtering: Iterable[bodies.AsyncReportsAddFilterParam | AsyncReportsAddFilter] | None = None,
        time_line: str | None = None,
        group_by: Iterable[str] | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncReportsAddData]:
        """:meth:`async_reports.add` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncReportsAddData] = self._prepare(
            OPERATIONS["async_reports_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "report_fields": report_fields,
                "level": level,
                "filtering": filtering,
                "time_line": time_line,
                "group_by": group_by,
                "granularity": granularity,
                "date": date,
                "organization_id": organization_id,
            },
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)

    async def get(
        self,
        *,
        account_id: int | None = None,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        organization_id: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncReportsGetData]:
        """:meth:`async_reports.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncReportsGetData] = self._prepare(
            OPERATIONS["async_reports_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "page": page,
                "page_size": page_size,
                "organization_id": organization_id,
                "fields": fields,
            },
            strict_filters,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
