"""Asynchronous jobs — ``wait``, ``wait_many``, ``find_created`` and ``download_files`` for every family the spec
marks with ``x-task`` (``async_tasks``, ``async_reports``).

What creates a job, what polls it, which statuses are terminal and where its files come from is read from the spec
(:class:`~tencent_ads._descriptors.TaskFamily` in ``spec_data.TASKS``), not written per family: the generated
resource of the tag derives from :class:`SyncTaskFamily` / :class:`AsyncTaskFamily` and names its family. The
bookkeeping is shared between sync and async (:class:`~tencent_ads._waiting.Waiter`,
:class:`~tencent_ads._waiting.ManyWaiter`); only sending and sleeping differ.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from tencent_ads_api.types import Unset
from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

from ._calls import Call
from ._config import TimeoutLike
from ._descriptors import Operation, TaskFamily
from ._download import _MD5, DownloadSkip
from ._errors import DeadlineExceededError, RequestValidationError, ResponseDecodeError, TencentAdsError
from ._filters import FilterLike
from ._resource import AsyncResource, SyncResource, _Resource
from ._retries import RetryPolicy
from ._waiting import (
    DEFAULT_BACKOFF,
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    ManyProgress,
    ManyWaiter,
    ProgressCallback,
    Waiter,
    status_text,
)

INT64_MAX = 2**63 - 1
#: How far before the create call's ``sent_at`` ``find_created`` looks: the API accepts 300 s of clock difference,
#: so the server may stamp ``created_time`` up to that much before the local clock.
CLOCK_SLACK = 300


def _file_id_low(family: TaskFamily) -> int:
    param = OPERATIONS[family.files].param("file_id")
    return param.minimum if param is not None and param.minimum is not None else 1


def _task_files(
    task: Any, dest_dir: str | os.PathLike[str], family: TaskFamily | None = None
) -> list[tuple[int, int, str | None, Path]]:
    """(task_id, file_id, md5, path) for every file of a COMPLETED job, each once; RequestValidationError for
    a job that is not one, ResponseDecodeError naming every entry that cannot be downloaded (no usable
    ``file_id``, an ``md5`` that is not one, one file listed with two md5s) — before anything is downloaded."""
    from tencent_ads_generated.spec_data import TASKS

    family = family or TASKS["async_tasks"]
    low = _file_id_low(family)
    problems: list[str] = []
    status = status_text(task) if hasattr(task, "status") else None
    if status != "TASK_STATUS_COMPLETED":
        problems.append(f"only a COMPLETED task has files to download, got status {status}")
    folder = Path(dest_dir) if isinstance(dest_dir, str | os.PathLike) else Path()
    if not isinstance(dest_dir, str | os.PathLike) or not folder.is_dir():
        problems.append(f"dest_dir must be an existing folder, got {dest_dir!r}")
    task_id = getattr(task, "task_id", None)
    if not isinstance(task_id, int):
        problems.append("the task has no task_id")
    if problems or not isinstance(task_id, int):
        raise RequestValidationError(problems, what="download_files")
    result = getattr(task, "result", None)
    data = getattr(result, "data", None)
    infos = getattr(data, "file_info_list", None)
    files = []
    listed: dict[int, str | None] = {}
    junk: list[str] = []
    for position, info in enumerate(infos if isinstance(infos, list) else []):
        file_id = getattr(info, "file_id", None)
        md5 = getattr(info, "md5", None)
        md5 = md5.lower() if isinstance(md5, str) and md5 else None  # Unset or "": no md5 to check
        where = f"file_info_list[{position}]"
        if isinstance(file_id, bool) or not isinstance(file_id, int) or not low <= file_id <= INT64_MAX:
            junk.append(f"{where} has no usable file_id (got {_shown(file_id)})")
        elif md5 is not None and not _MD5.fullmatch(md5):
            junk.append(f"{where} (file {file_id}) has an md5 that is not 32 hexadecimal digits: {_shown(md5)}")
        elif file_id not in listed:
            listed[file_id] = md5
            files.append((task_id, file_id, md5, folder / f"task-{task_id}-file-{file_id}"))
        elif md5 is not None and listed[file_id] not in (None, md5):
            junk.append(f"{where} lists file {file_id} again with another md5 ({md5}, first {listed[file_id]})")
        # else: the same file listed again: downloaded once
    if junk:
        raise ResponseDecodeError(
            f"task {task_id} lists file(s) that cannot be downloaded (nothing was downloaded): " + "; ".join(junk)
        )
    return files


def _shown(value: object) -> str:
    if value is None or isinstance(value, Unset):
        return "none"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _created_filters(task_name: object, since: object) -> list[FilterLike]:
    """The filter of ``find_created``: created since ``since`` less the clock slack. The name is matched here,
    exactly, not by a filter: a filter value may not hold characters a task name may (``/``, ``&``, quotes, a
    tab), and the server's comparison of spaces is not documented."""
    problems = []
    if not isinstance(task_name, str) or not task_name:
        problems.append(f"task_name must be the name the task was added with, got {task_name!r}")
    start = 0
    if isinstance(since, bool) or not isinstance(since, int | float) or not 0 <= since < 2**62:
        problems.append(f"since must be epoch seconds (OutcomeUnknownError.sent_at), got {since!r}")
    else:
        start = max(0, int(since) - CLOCK_SLACK)
    if problems:
        raise RequestValidationError(problems, what="find_created")
    return [{"field": "created_time", "operator": "GREATER_EQUALS", "values": [str(start)]}]


def _named(tasks: Iterable[Any], task_name: str) -> list[Any]:
    """The jobs of exactly that name, newest first."""
    return sorted((t for t in tasks if t.task_name == task_name), key=_created_key, reverse=True)


def _created_key(task: Any) -> int:
    created = task.created_time
    return created if isinstance(created, int) else 0


def _or(value: float | None, default: float) -> float:
    return default if value is None else value


class _Family(_Resource):
    """What the sync and async task methods share: the family, its operations, building the calls."""

    _family: ClassVar[TaskFamily]

    @property
    def _poll(self) -> Operation:
        return OPERATIONS[self._family.poll]

    def _waiter(
        self,
        task_id: int | str | Unset,
        timeout: float,
        poll_interval: float | None,
        max_poll_interval: float | None,
        backoff: float | None,
        on_progress: ProgressCallback | None,
    ) -> Waiter:
        return Waiter(
            task_id,
            timeout=timeout,
            poll_interval=_or(poll_interval, DEFAULT_POLL_INTERVAL),
            max_poll_interval=_or(max_poll_interval, DEFAULT_MAX_POLL_INTERVAL),
            backoff=_or(backoff, DEFAULT_BACKOFF),
            on_progress=on_progress,
            terminal=self._family.terminal,
        )

    def _many(
        self,
        task_ids: Iterable[int | str | Unset],
        timeout: float,
        poll_interval: float | None,
        max_poll_interval: float | None,
        backoff: float | None,
        on_progress: Callable[[ManyProgress], Any] | None,
    ) -> ManyWaiter:
        return ManyWaiter(
            task_ids,
            chunk=FILTERS[self._family.filtering].max_values,
            timeout=timeout,
            poll_interval=_or(poll_interval, DEFAULT_POLL_INTERVAL),
            max_poll_interval=_or(max_poll_interval, DEFAULT_MAX_POLL_INTERVAL),
            backoff=_or(backoff, DEFAULT_BACKOFF),
            on_progress=on_progress,
            terminal=self._family.terminal,
        )

    def _wait_call(self, account_id: int, waiter: Waiter) -> Call[Any]:
        return self._prepare(self._poll, {"account_id": account_id, "filtering": waiter.filtering()}, True)

    def _poll_calls(self, account_id: int, waiter: ManyWaiter) -> list[tuple[list[int], Call[Any]]]:
        """This poll's requests: one ``task_id IN [...]`` page per chunk of unfinished ids."""
        calls = []
        for ids, call_values in (
            (ids, {"account_id": account_id, "filtering": waiter.filtering(ids), "page_size": len(ids)})
            for ids in waiter.chunks()
        ):
            calls.append((ids, self._prepare(self._poll, call_values, True)))
        return calls

    def _created_pages(self, account_id: int, task_name: str, since: float) -> dict[str, Any]:
        size = self._poll.param("page_size")
        page_size = size.maximum if size is not None and size.maximum is not None else 100
        return {"account_id": account_id, "filtering": _created_filters(task_name, since), "page_size": page_size}

    def _files(self, task: Any, dest_dir: str | os.PathLike[str]) -> list[tuple[int, int, str | None, Path]]:
        return _task_files(task, dest_dir, self._family)


class SyncTaskFamily(_Family, SyncResource):
    """The task methods of :class:`~tencent_ads.Client`'s job families; the generated resource types them."""

    def _wait(
        self,
        account_id: int,
        task_id: int | str | Unset,
        timeout: float,
        poll_interval: float | None,
        max_poll_interval: float | None,
        backoff: float | None,
        on_progress: ProgressCallback | None,
    ) -> Any:
        waiter = self._waiter(task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        call = self._wait_call(account_id, waiter)
        base = self._client._core.retry
        while True:
            try:
                data = self._client.execute(call, retry=waiter.poll_policy(base))
            except TencentAdsError as error:
                raise waiter.poll_failed(error) from None
            if (task := waiter.after_poll(data)) is not None:
                return task
            time.sleep(waiter.next_sleep())

    def _wait_many(
        self,
        account_id: int,
        task_ids: Iterable[int | str | Unset],
        timeout: float,
        poll_interval: float | None,
        max_poll_interval: float | None,
        backoff: float | None,
        on_progress: Callable[[ManyProgress], Any] | None,
    ) -> list[Any]:
        waiter = self._many(task_ids, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        base = self._client._core.retry
        while True:
            asked: list[int] = []
            pages = []
            for ids, call in self._poll_calls(account_id, waiter):
                policy = waiter.timer.poll_policy(base)
                if policy is None:
                    return waiter.result()
                try:
                    pages.append(self._client.execute(call, retry=policy))
                except DeadlineExceededError as error:
                    if waiter.timer.ended_by(error):
                        return waiter.result()
                    raise
                asked += ids
            if waiter.after_poll(asked, pages) or (pause := waiter.timer.pause()) is None:
                return waiter.result()
            time.sleep(pause)

    def _find_created(
        self,
        account_id: int,
        task_name: str,
        since: float,
        retry: RetryPolicy | int | None,
        timeout: TimeoutLike,
    ) -> list[Any]:
        values = self._created_pages(account_id, task_name, since)
        return _named(self._iterate(self._poll, values, True, retry, timeout), task_name)

    def _download_files(
        self, account_id: int, task: Any, dest_dir: str | os.PathLike[str], on_skip: DownloadSkip | None
    ) -> list[Path]:
        files = OPERATIONS[self._family.files]
        return [
            self._download(
                files, {"account_id": account_id, "task_id": t, "file_id": f}, path, md5=md5, on_skip=on_skip
            )
            for t, f, md5, path in self._files(task, dest_dir)
        ]


class AsyncTaskFamily(_Family, AsyncResource):
    """The task methods of :class:`~tencent_ads.AsyncClient`'s job families; see :class:`SyncTaskFamily`."""

    async def _wait(
        self,
        account_id: int,
        task_id: int | str | Unset,
        timeout: float,
        poll_interval: float | None,
        max_poll_interval: float | None,
        backoff: float | None,
        on_progress: ProgressCallback | None,
    ) -> Any:
        waiter = self._waiter(task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        call = self._wait_call(account_id, waiter)
        base = self._client._core.retry
        while True:
            try:
                data = await self._client.execute(call, retry=waiter.poll_policy(base))
            except TencentAdsError as error:
                raise waiter.poll_failed(error) from None
            if (task := waiter.after_poll(data)) is not None:
                return task
            await _sleep(waiter.next_sleep())

    async def _wait_many(
        self,
        account_id: int,
        task_ids: Iterable[int | str | Unset],
        timeout: float,
        poll_interval: float | None,
        max_poll_interval: float | None,
        backoff: float | None,
        on_progress: Callable[[ManyProgress], Any] | None,
    ) -> list[Any]:
        waiter = self._many(task_ids, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        base = self._client._core.retry
        while True:
            asked: list[int] = []
            pages = []
            for ids, call in self._poll_calls(account_id, waiter):
                policy = waiter.timer.poll_policy(base)
                if policy is None:
                    return waiter.result()
                try:
                    pages.append(await self._client.execute(call, retry=policy))
                except DeadlineExceededError as error:
                    if waiter.timer.ended_by(error):
                        return waiter.result()
                    raise
                asked += ids
            if waiter.after_poll(asked, pages) or (pause := waiter.timer.pause()) is None:
                return waiter.result()
            await _sleep(pause)

    async def _find_created(
        self,
        account_id: int,
        task_name: str,
        since: float,
        retry: RetryPolicy | int | None,
        timeout: TimeoutLike,
    ) -> list[Any]:
        values = self._created_pages(account_id, task_name, since)
        found = [t async for t in self._iterate(self._poll, values, True, retry, timeout)]
        return _named(found, task_name)

    async def _download_files(
        self, account_id: int, task: Any, dest_dir: str | os.PathLike[str], on_skip: DownloadSkip | None
    ) -> list[Path]:
        files = OPERATIONS[self._family.files]
        return [
            await self._download(
                files, {"account_id": account_id, "task_id": t, "file_id": f}, path, md5=md5, on_skip=on_skip
            )
            for t, f, md5, path in self._files(task, dest_dir)
        ]


async def _sleep(seconds: float) -> None:
    import asyncio  # here: a sync program never loads asyncio (13 ms of the CLI's start-up)

    await asyncio.sleep(seconds)
