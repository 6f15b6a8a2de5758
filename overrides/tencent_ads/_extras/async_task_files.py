"""``client.async_task_files.download``: a task's file streamed to disk, md5-checked, renamed into place.

The call is the generated ``get`` (signed, retried, bounded by the deadline,
following a redirect only to https and never with the token); its body goes to
a :class:`~tencent_ads._download.Download`'s temporary file instead of memory.
"""

from __future__ import annotations

import os
from pathlib import Path

from tencent_ads_generated.spec_data import OPERATIONS

from .._config import TimeoutLike
from .._download import DEFAULT_MAX_DOWNLOAD_BYTES, Download, DownloadProgress
from .._resource import AsyncResource, SyncResource, _Resource
from .._retries import RetryPolicy

OPERATION = OPERATIONS["async_task_files_get"]


class _Files(_Resource):
    @staticmethod
    def _target(
        dest: str | os.PathLike[str], md5: str | None, on_progress: DownloadProgress | None, max_bytes: int
    ) -> Download:
        return Download(dest, md5=md5, on_progress=on_progress, max_bytes=max_bytes)


class SyncExtras(_Files, SyncResource):
    """Downloads for :class:`~tencent_ads.Client`."""

    def download(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        dest: str | os.PathLike[str],
        md5: str | None = None,
        on_progress: DownloadProgress | None = None,
        max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Path:
        """Stream a task's file to ``dest`` (through a temporary file beside it); return ``dest``.

        ``md5`` (the task's ``file_info_list`` gives it): checked before the file is renamed into place;
        a mismatch raises :class:`DownloadIntegrityError` and leaves no file. ``on_progress(done, total)``
        after every chunk (``total`` None when unknown). ``max_bytes`` bounds the file (4 GiB by default).
        """
        call = self._prepare(OPERATION, {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None)
        target = self._target(dest, md5, on_progress, max_bytes)
        try:
            self._client.execute(call, retry=retry, timeout=timeout, sink=target.sink)
            return target.finish()
        finally:
            target.cleanup()


class AsyncExtras(_Files, AsyncResource):
    """Downloads for :class:`~tencent_ads.AsyncClient`; see :class:`SyncExtras`."""

    async def download(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        dest: str | os.PathLike[str],
        md5: str | None = None,
        on_progress: DownloadProgress | None = None,
        max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Path:
        """Stream a task's file to ``dest``; see :meth:`SyncExtras.download`."""
        call = self._prepare(OPERATION, {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None)
        target = self._target(dest, md5, on_progress, max_bytes)
        try:
            await self._client.execute(call, retry=retry, timeout=timeout, sink=target.sink)
            return target.finish()
        finally:
            target.cleanup()
