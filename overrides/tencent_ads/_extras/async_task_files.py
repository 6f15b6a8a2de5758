"""``client.async_task_files.download``: a task's file streamed to disk, md5-checked, renamed into place.

The call is the generated ``get`` (signed, retried, bounded by the deadline,
following a redirect only to https and never with the token); its body goes to
a :class:`~tencent_ads._download.Download`'s temporary file instead of memory.
A file already at ``dest`` with the listed md5 is not downloaded again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tencent_ads_api.types import Unset
from tencent_ads_generated.spec_data import OPERATIONS

from .._calls import Call
from .._config import TimeoutLike
from .._download import DEFAULT_MAX_DOWNLOAD_BYTES, Download, DownloadProgress, DownloadSkip, listed_file
from .._resource import AsyncResource, SyncResource, _Resource
from .._retries import RetryPolicy

OPERATION = OPERATIONS["async_task_files_get"]


class _Files(_Resource):
    def _download(
        self,
        account_id: int,
        task_id: int | Unset,
        file_id: int | Unset,
        dest: str | os.PathLike[str],
        md5: str | Unset | None,
        on_progress: DownloadProgress | None,
        on_skip: DownloadSkip | None,
        max_bytes: int,
    ) -> tuple[Call[Any], Download]:
        """The checked call and its target (an id the listing lacked refused first); raises before any I/O."""
        checked_md5 = listed_file(task_id, file_id, md5)
        call = self._prepare(OPERATION, {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None)
        target = Download(dest, md5=checked_md5, on_progress=on_progress, max_bytes=max_bytes, on_skip=on_skip)
        return call, target


class SyncExtras(_Files, SyncResource):
    """Downloads for :class:`~tencent_ads.Client`."""

    def download(
        self,
        *,
        account_id: int,
        task_id: int | Unset,
        file_id: int | Unset,
        dest: str | os.PathLike[str],
        md5: str | Unset | None = None,
        on_progress: DownloadProgress | None = None,
        max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        on_skip: DownloadSkip | None = None,
    ) -> Path:
        """Stream a task's file to ``dest`` (through a temporary file beside it); return ``dest``.

        ``task_id``, ``file_id`` and ``md5`` take what a listed task and its ``FileInfo`` hold (``int | Unset``,
        ``str | Unset``), so they go straight in; an absent id raises :class:`RequestValidationError` naming it
        ("task_id is missing (the task has no task_id)") before anything is sent, and an absent md5 is none.

        ``md5`` (the task's ``file_info_list`` gives it): checked before the file is renamed into place;
        a mismatch raises :class:`DownloadIntegrityError` and leaves no file. A file already at ``dest`` with
        that md5 is kept and nothing is sent: ``on_skip(dest)`` is called (and an INFO line logged) instead of
        downloading, so a job run again fetches only what it lacks; a file there with another md5 is downloaded
        again and replaced atomically; without an md5 the file is always downloaded.
        ``on_progress(done, total)`` after every chunk (``total`` None when unknown). ``max_bytes`` bounds the
        file (4 GiB by default).
        """
        call, target = self._download(account_id, task_id, file_id, dest, md5, on_progress, on_skip, max_bytes)
        if target.in_place():
            return target.skipped()
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
        task_id: int | Unset,
        file_id: int | Unset,
        dest: str | os.PathLike[str],
        md5: str | Unset | None = None,
        on_progress: DownloadProgress | None = None,
        max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        on_skip: DownloadSkip | None = None,
    ) -> Path:
        """Stream a task's file to ``dest``; see :meth:`SyncExtras.download` (a file in place is not fetched)."""
        call, target = self._download(account_id, task_id, file_id, dest, md5, on_progress, on_skip, max_bytes)
        if target.may_be_in_place():
            import asyncio  # here: only when there is a file to hash (off the event loop)

            if await asyncio.to_thread(target.in_place):
                return target.skipped()
        try:
            await self._client.execute(call, retry=retry, timeout=timeout, sink=target.sink)
            return target.finish()
        finally:
            target.cleanup()
