# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``async_tasks`` — the typed resources of this tag: get, add.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.async_tasks``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
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
    from tencent_ads_api.models.async_task import AsyncTask
    from tencent_ads_api.models.async_task_spec import AsyncTaskSpec
    from tencent_ads_api.models.async_tasks_add_data import AsyncTasksAddData
    from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
    from tencent_ads_api.types import Unset

    from tencent_ads_generated import bodies

__all__ = ["AsyncAsyncTasks", "AsyncRawAsyncTasks", "AsyncTasks", "RawAsyncTasks"]


class AsyncTasks(_SyncTaskFamily):
    """``async_tasks`` — 异步任务 — asynchronous tasks (reports, channel packages, pre-review)."""

    _family = TASKS["async_tasks"]

    def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncTasksGetData:
        """``GET async_tasks/get`` — 获取异步任务 — list asynchronous tasks

        Permission: ads_management.
        Tasks can be queried for 7 days after creation; a task's result file is
        downloadable for 24 hours (使用说明 1).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account id;
                agency ids are not accepted).
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means no condition. Sent as
                compact JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["1024"]}]`. The per-
                field operator and value-count rules are in `AsyncTasksFilter`.
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–100): 一页显示的数据条数 — items per page.
            ``fields`` (optional): 返回字段 — the response fields to return. Not on the seed page: later copies
                of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g.
                `["task_id","status"]`; absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
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
        filtering: Iterable[FilterLike] | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        page_size: int = 100,
    ) -> Iterator[AsyncTask]:
        """Every item of :meth:`get` across pages, lazily, each once; flat memory.

        The arguments are checked now, before the first page is asked for; pages are fetched as they are
        consumed (``page_size`` per request, the spec's maximum by default), and iteration stops after the last
        page (``page_info.total_page``), a short or empty page, or a page that repeats the previous one.
        """
        return self._iterate(
            OPERATIONS["async_tasks_get"],
            {"account_id": account_id, "filtering": filtering, "fields": fields, "page_size": page_size},
            strict_filters,
            retry,
            timeout,
        )

    def add(
        self,
        *,
        account_id: int,
        task_name: str,
        task_type: str,
        task_spec: bodies.AsyncTaskSpecParam | AsyncTaskSpec | Mapping[str, Any] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncTasksAddData:
        """``POST async_tasks/add`` — 创建异步任务 — create an asynchronous task

        Permission: ads_management. Creates one task in the advertiser's account;
        poll it with async_tasks/get (filter `task_id`) until it is terminal, then
        fetch its files from async_task_files/get. The body is JSON
        (`Content-Type: application/json`); access_token, timestamp and nonce stay
        in the query. No idempotency key exists: a re-sent add can create a second
        task, so the client re-sends it only when the failure proves it was not
        processed (`x-idempotent: false`).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,不支持代理商 id — the advertiser account the task is
                created in.
            ``task_name`` (required, 1–120 bytes): 任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts
                3).
            ``task_type`` (required): 任务类型 — an open string: the page's enum names
                TASK_TYPE_CREATE_ANDROID_CHANNEL_PACKAGE and TASK_TYPE_UPDATE_ANDROID_CHANNEL_PACKAGE; its
                curl sends TASK_TYPE_AGENCY_AD_HOURLY_REPORT (see `TaskType`).
            ``task_spec`` (optional): 任务所需条件 — what the task needs, one `task_type_<type>_spec` member for
                its type. The two documented members are checked; any other member (the page's
                task_type_delete_creative_asset_spec, the curl's task_type_agency_ad_hourly_report_spec) is
                sent as given, an object.
            Sent as the JSON body; objects as the ``*Param`` TypedDicts of ``bodies`` or the generated models.
            Not idempotent: re-sent only when the failure proves the server did not process it; otherwise
                ``OutcomeUnknownError`` (nothing is sent twice).
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncTasksAddData] = self._prepare(
            OPERATIONS["async_tasks_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "task_type": task_type,
                "task_spec": task_spec,
            },
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

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
    ) -> AsyncTask:
        """Poll one job until it reaches a terminal status (the spec's ``x-terminal``); return it.

        ``task_id`` takes what a listing holds (``int | Unset``) or the id's decimal string; an absent one raises
        :class:`RequestValidationError`, nothing sent. Raises :class:`WaitTimeoutError` (with ``last_status``)
        after ``timeout`` seconds; no sleep and no poll runs past it. The poll interval grows from
        ``poll_interval`` by ``backoff`` up to ``max_poll_interval`` (defaults: 1 s, ×1.5, 30 s).
        """
        task = self._wait(account_id, task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        return cast("AsyncTask", task)

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
    ) -> list[AsyncTask | None]:
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
    ) -> list[AsyncTask]:
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
        task: AsyncTask,
        dest_dir: str | os.PathLike[str],
        on_skip: DownloadSkip | None = None,
    ) -> list[Path]:
        """Download every file of a COMPLETED job into ``dest_dir`` (``async_task_files_get``), each checked with
        its listed md5; return the paths in list order.

        Files are named ``task-<task_id>-file-<file_id>``; a file listed twice is downloaded (and returned)
        once. An entry that cannot be downloaded (no usable ``file_id``, a malformed ``md5``) raises
        :class:`ResponseDecodeError` naming it, before any download. A file already there with its listed md5
        is not fetched again (``on_skip(path)`` is called for it).
        """
        return self._download_files(account_id, task, dest_dir, on_skip)


class AsyncAsyncTasks(_AsyncTaskFamily):
    """``async_tasks`` — 异步任务 — asynchronous tasks (reports, channel packages, pre-review)."""

    _family = TASKS["async_tasks"]

    async def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncTasksGetData:
        """``GET async_tasks/get`` — 获取异步任务 — list asynchronous tasks

        Permission: ads_management.
        Tasks can be queried for 7 days after creation; a task's result file is
        downloadable for 24 hours (使用说明 1).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account id;
                agency ids are not accepted).
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means no condition. Sent as
                compact JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["1024"]}]`. The per-
                field operator and value-count rules are in `AsyncTasksFilter`.
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–100): 一页显示的数据条数 — items per page.
            ``fields`` (optional): 返回字段 — the response fields to return. Not on the seed page: later copies
                of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g.
                `["task_id","status"]`; absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
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
        filtering: Iterable[FilterLike] | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        page_size: int = 100,
    ) -> AsyncIterator[AsyncTask]:
        """Every item of :meth:`get` across pages, lazily, each once; flat memory.

        The arguments are checked now, before the first page is asked for; pages are fetched as they are
        consumed (``page_size`` per request, the spec's maximum by default), and iteration stops after the last
        page (``page_info.total_page``), a short or empty page, or a page that repeats the previous one.
        """
        return self._iterate(
            OPERATIONS["async_tasks_get"],
            {"account_id": account_id, "filtering": filtering, "fields": fields, "page_size": page_size},
            strict_filters,
            retry,
            timeout,
        )

    async def add(
        self,
        *,
        account_id: int,
        task_name: str,
        task_type: str,
        task_spec: bodies.AsyncTaskSpecParam | AsyncTaskSpec | Mapping[str, Any] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncTasksAddData:
        """``POST async_tasks/add`` — 创建异步任务 — create an asynchronous task

        Permission: ads_management. Creates one task in the advertiser's account;
        poll it with async_tasks/get (filter `task_id`) until it is terminal, then
        fetch its files from async_task_files/get. The body is JSON
        (`Content-Type: application/json`); access_token, timestamp and nonce stay
        in the query. No idempotency key exists: a re-sent add can create a second
        task, so the client re-sends it only when the failure proves it was not
        processed (`x-idempotent: false`).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,不支持代理商 id — the advertiser account the task is
                created in.
            ``task_name`` (required, 1–120 bytes): 任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts
                3).
            ``task_type`` (required): 任务类型 — an open string: the page's enum names
                TASK_TYPE_CREATE_ANDROID_CHANNEL_PACKAGE and TASK_TYPE_UPDATE_ANDROID_CHANNEL_PACKAGE; its
                curl sends TASK_TYPE_AGENCY_AD_HOURLY_REPORT (see `TaskType`).
            ``task_spec`` (optional): 任务所需条件 — what the task needs, one `task_type_<type>_spec` member for
                its type. The two documented members are checked; any other member (the page's
                task_type_delete_creative_asset_spec, the curl's task_type_agency_ad_hourly_report_spec) is
                sent as given, an object.
            Sent as the JSON body; objects as the ``*Param`` TypedDicts of ``bodies`` or the generated models.
            Not idempotent: re-sent only when the failure proves the server did not process it; otherwise
                ``OutcomeUnknownError`` (nothing is sent twice).
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncTasksAddData] = self._prepare(
            OPERATIONS["async_tasks_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "task_type": task_type,
                "task_spec": task_spec,
            },
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

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
    ) -> AsyncTask:
        """Poll one job until it reaches a terminal status (the spec's ``x-terminal``); return it.

        ``task_id`` takes what a listing holds (``int | Unset``) or the id's decimal string; an absent one raises
        :class:`RequestValidationError`, nothing sent. Raises :class:`WaitTimeoutError` (with ``last_status``)
        after ``timeout`` seconds; no sleep and no poll runs past it. The poll interval grows from
        ``poll_interval`` by ``backoff`` up to ``max_poll_interval`` (defaults: 1 s, ×1.5, 30 s).
        """
        task = await self._wait(account_id, task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        return cast("AsyncTask", task)

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
    ) -> list[AsyncTask | None]:
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
    ) -> list[AsyncTask]:
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
        task: AsyncTask,
        dest_dir: str | os.PathLike[str],
        on_skip: DownloadSkip | None = None,
    ) -> list[Path]:
        """Download every file of a COMPLETED job into ``dest_dir`` (``async_task_files_get``), each checked with
        its listed md5; return the paths in list order.

        Files are named ``task-<task_id>-file-<file_id>``; a file listed twice is downloaded (and returned)
        once. An entry that cannot be downloaded (no usable ``file_id``, a malformed ``md5``) raises
        :class:`ResponseDecodeError` naming it, before any download. A file already there with its listed md5
        is not fetched again (``on_skip(path)`` is called for it).
        """
        return await self._download_files(account_id, task, dest_dir, on_skip)


class RawAsyncTasks(SyncResource):
    """``async_tasks``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncTasksGetData]:
        """:meth:`async_tasks.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "page": page,
                "page_size": page_size,
                "fields": fields,
            },
            strict_filters,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)

    def add(
        self,
        *,
        account_id: int,
        task_name: str,
        task_type: str,
        task_spec: bodies.AsyncTaskSpecParam | AsyncTaskSpec | Mapping[str, Any] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncTasksAddData]:
        """:meth:`async_tasks.add` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncTasksAddData] = self._prepare(
            OPERATIONS["async_tasks_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "task_type": task_type,
                "task_spec": task_spec,
            },
            None,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawAsyncTasks(AsyncResource):
    """``async_tasks``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncTasksGetData]:
        """:meth:`async_tasks.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {
                "account_id": account_id,
                "filtering": filtering,
                "page": page,
                "page_size": page_size,
                "fields": fields,
            },
            strict_filters,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)

    async def add(
        self,
        *,
        account_id: int,
        task_name: str,
        task_type: str,
        task_spec: bodies.AsyncTaskSpecParam | AsyncTaskSpec | Mapping[str, Any] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncTasksAddData]:
        """:meth:`async_tasks.add` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncTasksAddData] = self._prepare(
            OPERATIONS["async_tasks_add"],
            {
                "account_id": account_id,
                "task_name": task_name,
                "task_type": task_type,
                "task_spec": task_spec,
            },
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
