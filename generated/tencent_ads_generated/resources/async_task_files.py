# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``async_task_files`` — the typed resources of this tag: get.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.async_task_files``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's; this tag's hand-written extras
(``tencent_ads/_extras/async_task_files.py``) are inherited here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tencent_ads._extras.async_task_files import AsyncExtras as _AsyncExtras
from tencent_ads._extras.async_task_files import SyncExtras as _SyncExtras
from tencent_ads._resource import AsyncResource, SyncResource

from ..spec_data import OPERATIONS

if TYPE_CHECKING:
    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy

__all__ = ["AsyncAsyncTaskFiles", "AsyncRawAsyncTaskFiles", "AsyncTaskFiles", "RawAsyncTaskFiles"]


class AsyncTaskFiles(_SyncExtras):
    """``async_task_files`` — 异步任务文件 — the result files of finished asynchronous tasks (on the file host)."""

    def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> bytes:
        """``GET async_task_files/get`` — 获取异步任务文件 — one result file of a finished asynchronous task

        The files of a COMPLETED task (`result.data.file_info_list`: `file_id`
        and `md5`) can be downloaded for 24 hours after the task finished
        (async_tasks/get 使用说明). The answer is the file's bytes, or a
        redirect to the file's download address; an API error comes as the
        usual JSON envelope with HTTP 200.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id — the advertiser account the task belongs to.
            ``task_id`` (required, 1–2**63-1): 任务 id — the task whose file to fetch.
            ``file_id`` (required, 1–2**63-1): 文件 id — `file_id` from the task's
                `result.data.file_info_list`.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
            },
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncAsyncTaskFiles(_AsyncExtras):
    """``async_task_files`` — 异步任务文件 — the result files of finished asynchronous tasks (on the file host)."""

    async def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> bytes:
        """``GET async_task_files/get`` — 获取异步任务文件 — one result file of a finished asynchronous task

        The files of a COMPLETED task (`result.data.file_info_list`: `file_id`
        and `md5`) can be downloaded for 24 hours after the task finished
        (async_tasks/get 使用说明). The answer is the file's bytes, or a
        redirect to the file's download address; an API error comes as the
        usual JSON envelope with HTTP 200.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id — the advertiser account the task belongs to.
            ``task_id`` (required, 1–2**63-1): 任务 id — the task whose file to fetch.
            ``file_id`` (required, 1–2**63-1): 文件 id — `file_id` from the task's
                `result.data.file_info_list`.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
            },
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)


class RawAsyncTaskFiles(SyncResource):
    """``async_task_files``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[bytes]:
        """:meth:`async_task_files.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
            },
            None,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawAsyncTaskFiles(AsyncResource):
    """``async_task_files``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[bytes]:
        """:meth:`async_task_files.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
            },
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
