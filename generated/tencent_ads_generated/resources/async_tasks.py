# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``async_tasks`` — the typed resources of this tag: get, add.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.async_tasks``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's; this tag's hand-written extras
(``tencent_ads/_extras/async_tasks.py``) are inherited here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tencent_ads._extras.async_tasks import AsyncExtras as _AsyncExtras
from tencent_ads._extras.async_tasks import SyncExtras as _SyncExtras
from tencent_ads._resource import AsyncResource, SyncResource

from ..spec_data import OPERATIONS

if TYPE_CHECKING:
    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._filters import FilterLike
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy
    from tencent_ads_api.models.async_task_spec import AsyncTaskSpec
    from tencent_ads_api.models.async_tasks_add_data import AsyncTasksAddData
    from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData

    from tencent_ads_generated import bodies

__all__ = ["AsyncAsyncTasks", "AsyncRawAsyncTasks", "AsyncTasks", "RawAsyncTasks"]


class AsyncTasks(_SyncExtras):
    """``async_tasks`` — 异步任务 — asynchronous tasks (reports, channel packages, pre-review)."""

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


class AsyncAsyncTasks(_AsyncExtras):
    """``async_tasks`` — 异步任务 — asynchronous tasks (reports, channel packages, pre-review)."""

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
