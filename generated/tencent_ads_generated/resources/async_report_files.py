# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``async_report_files`` — the typed resources of this tag: get.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.async_report_files``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tencent_ads._resource import AsyncResource, SyncResource

from ..spec_data import OPERATIONS

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._download import DownloadProgress, DownloadSkip
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy
    from tencent_ads_api.types import Unset

__all__ = ["AsyncAsyncReportFiles", "AsyncRawAsyncReportFiles", "AsyncReportFiles", "RawAsyncReportFiles"]


class AsyncReportFiles(SyncResource):
    """``async_report_files`` — 异步报表文件 — the files of finished asynchronous reports (on the file host)."""

    def get(
        self,
        *,
        task_id: int,
        file_id: int,
        account_id: int | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> bytes:
        """``GET async_report_files/get`` — 获取文件接口 — one result file of a finished asynchronous report

        Permission: ads_insights. The files of a COMPLETED report task
        (`result.data.file_info_list`: `file_id` and `md5`) can be downloaded for 24
        hours (async_reports/get 使用说明). The answer is the file's bytes, or a
        redirect to the file's download address (重定向到异步报表文件下载地址); an API
        error comes as the usual JSON envelope with HTTP 200. The page advises
        downloading the whole file before parsing it: parsing while downloading can
        take long enough for the download to time out (建议先下载整个文件,然后再解析).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 广告主帐号 id — the advertiser account the task belongs to
                (optional on the v3.0 page).
            ``task_id`` (required, 1–2**63-1): 任务 id — the report task whose file to fetch.
            ``file_id`` (required, 1–2**63-1): 文件 id — `file_id` from the task's
                `result.data.file_info_list`.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_report_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
                "organization_id": organization_id,
            },
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

    def download(
        self,
        *,
        task_id: int | Unset,
        file_id: int | Unset,
        account_id: int | Unset | None = None,
        organization_id: int | Unset | None = None,
        dest: str | os.PathLike[str],
        md5: str | Unset | None = None,
        on_progress: DownloadProgress | None = None,
        on_skip: DownloadSkip | None = None,
        max_bytes: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Path:
        """Stream the file :meth:`get` answers to ``dest`` (through a temporary file beside it);
        return ``dest``.

        Ids and ``md5`` take what a listing holds (``int | Unset``, ``str | Unset``): an absent id raises
        :class:`RequestValidationError` naming it before anything is sent, an absent md5 is none. ``md5`` is
        checked before the file is renamed into place (a mismatch raises :class:`DownloadIntegrityError` and
        leaves no file). A file already at ``dest`` with that md5 is kept and nothing is sent (``on_skip(dest)``
        is called instead), so a job run again fetches only what it lacks. ``on_progress(done, total)`` after
        every chunk; ``max_bytes`` bounds the file (4 GiB by default).
        """
        return self._download(
            OPERATIONS["async_report_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
                "organization_id": organization_id,
            },
            dest,
            md5=md5,
            on_progress=on_progress,
            on_skip=on_skip,
            max_bytes=max_bytes,
            retry=retry,
            timeout=timeout,
        )


class AsyncAsyncReportFiles(AsyncResource):
    """``async_report_files`` — 异步报表文件 — the files of finished asynchronous reports (on the file host)."""

    async def get(
        self,
        *,
        task_id: int,
        file_id: int,
        account_id: int | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> bytes:
        """``GET async_report_files/get`` — 获取文件接口 — one result file of a finished asynchronous report

        Permission: ads_insights. The files of a COMPLETED report task
        (`result.data.file_info_list`: `file_id` and `md5`) can be downloaded for 24
        hours (async_reports/get 使用说明). The answer is the file's bytes, or a
        redirect to the file's download address (重定向到异步报表文件下载地址); an API
        error comes as the usual JSON envelope with HTTP 200. The page advises
        downloading the whole file before parsing it: parsing while downloading can
        take long enough for the download to time out (建议先下载整个文件,然后再解析).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (optional, 1–2**63-1): 广告主帐号 id — the advertiser account the task belongs to
                (optional on the v3.0 page).
            ``task_id`` (required, 1–2**63-1): 任务 id — the report task whose file to fetch.
            ``file_id`` (required, 1–2**63-1): 文件 id — `file_id` from the task's
                `result.data.file_info_list`.
            ``organization_id`` (optional, 0–9999999999): 业务单元 id — a business unit, 0–9999999999.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_report_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
                "organization_id": organization_id,
            },
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

    async def download(
        self,
        *,
        task_id: int | Unset,
        file_id: int | Unset,
        account_id: int | Unset | None = None,
        organization_id: int | Unset | None = None,
        dest: str | os.PathLike[str],
        md5: str | Unset | None = None,
        on_progress: DownloadProgress | None = None,
        on_skip: DownloadSkip | None = None,
        max_bytes: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Path:
        """Stream the file :meth:`get` answers to ``dest`` (through a temporary file beside it);
        return ``dest``.

        Ids and ``md5`` take what a listing holds (``int | Unset``, ``str | Unset``): an absent id raises
        :class:`RequestValidationError` naming it before anything is sent, an absent md5 is none. ``md5`` is
        checked before the file is renamed into place (a mismatch raises :class:`DownloadIntegrityError` and
        leaves no file). A file already at ``dest`` with that md5 is kept and nothing is sent (``on_skip(dest)``
        is called instead), so a job run again fetches only what it lacks. ``on_progress(done, total)`` after
        every chunk; ``max_bytes`` bounds the file (4 GiB by default).
        """
        return await self._download(
            OPERATIONS["async_report_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
                "organization_id": organization_id,
            },
            dest,
            md5=md5,
            on_progress=on_progress,
            on_skip=on_skip,
            max_bytes=max_bytes,
            retry=retry,
            timeout=timeout,
        )


class RawAsyncReportFiles(SyncResource):
    """``async_report_files``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        task_id: int,
        file_id: int,
        account_id: int | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[bytes]:
        """:meth:`async_report_files.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_report_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
                "organization_id": organization_id,
            },
            None,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawAsyncReportFiles(AsyncResource):
    """``async_report_files``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        task_id: int,
        file_id: int,
        account_id: int | None = None,
        organization_id: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[bytes]:
        """:meth:`async_report_files.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_report_files_get"],
            {
                "account_id": account_id,
                "task_id": task_id,
                "file_id": file_id,
                "organization_id": organization_id,
            },
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
