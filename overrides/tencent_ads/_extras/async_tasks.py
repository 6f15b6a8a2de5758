"""``client.async_tasks.iterate`` and ``.wait``: paging and waiting on top of the generated ``get``.

Both build their calls with the operation's spec-derived rules (``prepare_call``),
and share their bookkeeping between sync and async
(:class:`~tencent_ads._paging.PageWalker`, :class:`~tencent_ads._waiting.Waiter`);
only sending and sleeping differ.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tencent_ads_api.types import Unset
from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

from .._calls import Call
from .._config import TimeoutLike
from .._download import _MD5, DownloadSkip
from .._errors import DeadlineExceededError, RequestValidationError, ResponseDecodeError, TencentAdsError
from .._filters import FilterLike
from .._paging import PageWalker
from .._resource import AsyncResource, SyncResource, _Resource
from .._retries import RetryPolicy
from .._waiting import (
    DEFAULT_BACKOFF,
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    ManyProgress,
    ManyWaiter,
    ProgressCallback,
    Waiter,
    status_text,
)

if TYPE_CHECKING:
    from tencent_ads_api.models.async_task import AsyncTask

OPERATION = OPERATIONS["async_tasks_get"]
_FILE_ID = OPERATIONS["async_task_files_get"].param("file_id")
#: The file ids the file endpoint takes (the spec's bounds): a listed id outside them cannot be downloaded.
FILE_ID_LOW = _FILE_ID.minimum if _FILE_ID is not None and _FILE_ID.minimum is not None else 1
INT64_MAX = 2**63 - 1
#: How many ids one ``task_id IN [...]`` filter takes (the spec's ``values.maxItems``): one request per chunk.
IN_CHUNK = FILTERS["AsyncTasksFiltering"].max_values

PageCalls = Callable[[int], Call[Any]]


def _task_files(task: AsyncTask, dest_dir: str | os.PathLike[str]) -> list[tuple[int, int, str | None, Path]]:
    """(task_id, file_id, md5, path) for every file of a COMPLETED task, each once; RequestValidationError for
    a task that is not one, ResponseDecodeError naming every entry that cannot be downloaded (no usable
    ``file_id``, an ``md5`` that is not one, one file listed with two md5s) — before anything is downloaded."""
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
        if isinstance(file_id, bool) or not isinstance(file_id, int) or not FILE_ID_LOW <= file_id <= INT64_MAX:
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


#: How far before the add's ``sent_at`` ``find_created`` looks: the API accepts 300 s of clock difference, so the
#: server may stamp ``created_time`` up to that much before the local clock.
CLOCK_SLACK = 300


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


def _named(tasks: Iterable[AsyncTask], task_name: str) -> list[AsyncTask]:
    """The tasks of exactly that name, newest first."""
    return sorted((t for t in tasks if t.task_name == task_name), key=_created_key, reverse=True)


class _Tasks(_Resource):
    def _page_calls(
        self, account_id: int, filtering: Iterable[FilterLike] | None, page_size: int, strict_filters: bool | None
    ) -> PageCalls:
        """Validate once (raising now) and return a builder of the call for each page."""
        size = OPERATION.param("page_size")
        high = size.maximum if size is not None and size.maximum is not None else 100
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= high:
            raise RequestValidationError([f"page_size must be an int 1–{high}, got {page_size!r}"])
        filters = list(filtering) if isinstance(filtering, Iterable) and not isinstance(filtering, str) else filtering
        values: dict[str, Any] = {"account_id": account_id, "filtering": filters, "page_size": page_size}
        first = self._prepare(OPERATION, {**values, "page": 1}, strict_filters)

        def page_call(page: int) -> Call[Any]:
            return first if page == 1 else self._prepare(OPERATION, {**values, "page": page}, strict_filters)

        return page_call

    def _many(
        self,
        task_ids: Iterable[int | str | Unset],
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        on_progress: Callable[[ManyProgress], Any] | None,
    ) -> ManyWaiter:
        return ManyWaiter(
            task_ids,
            chunk=IN_CHUNK,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            on_progress=on_progress,
        )

    def _poll_calls(self, account_id: int, waiter: ManyWaiter) -> list[tuple[list[int], Call[Any]]]:
        """This poll's requests: one ``task_id IN [...]`` page per chunk of unfinished ids."""
        calls = []
        for ids in waiter.chunks():
            values = {"account_id": account_id, "filtering": waiter.filtering(ids), "page_size": len(ids)}
            calls.append((ids, self._prepare(OPERATION, values, True)))
        return calls

    def _waiter(
        self,
        task_id: int | str | Unset,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        on_progress: ProgressCallback | None,
    ) -> Waiter:
        return Waiter(
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            on_progress=on_progress,
        )


class SyncExtras(_Tasks, SyncResource):
    """Paging and waiting for :class:`~tencent_ads.Client`."""

    def iterate(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page_size: int = 100,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Iterator[AsyncTask]:
        """Every task across pages, lazily, each once; stops after the last or an empty page.

        The arguments are validated now, before the first page is asked for.
        """
        page_call = self._page_calls(account_id, filtering, page_size, strict_filters)
        return self._pages(page_call, PageWalker(page_size), retry, timeout)

    def _pages(
        self, page_call: PageCalls, walker: PageWalker, retry: RetryPolicy | int | None, timeout: TimeoutLike
    ) -> Iterator[AsyncTask]:
        while not walker.done:
            yield from walker.accept(self._client.execute(page_call(walker.page), retry=retry, timeout=timeout))

    def wait(
        self,
        *,
        account_id: int,
        task_id: int | str | Unset,
        timeout: float = 600.0,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncTask:
        """Poll one task until it reaches a terminal status; return it.

        ``task_id`` takes what a listed task holds (``int | Unset``) or the id's decimal string; an absent one
        raises :class:`RequestValidationError` ("task_id is missing (the task has no task_id)"), nothing sent.
        Raises :class:`WaitTimeoutError` (with ``last_status``) after ``timeout``
        seconds; no sleep and no poll runs past it.
        """
        waiter = self._waiter(task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        call = self._prepare(OPERATION, {"account_id": account_id, "filtering": waiter.filtering()}, True)
        base = self._client._core.retry
        while True:
            try:
                data = self._client.execute(call, retry=waiter.poll_policy(base))
            except TencentAdsError as error:
                raise waiter.poll_failed(error) from None
            if (task := waiter.after_poll(data)) is not None:
                return task
            time.sleep(waiter.next_sleep())

    def wait_many(
        self,
        *,
        account_id: int,
        task_ids: Iterable[int | str | Unset],
        timeout: float = 600.0,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        on_progress: Callable[[ManyProgress], Any] | None = None,
    ) -> list[AsyncTask | None]:
        """Poll many tasks of one account until all are terminal or ``timeout`` passes; return them all.

        One ``task_id IN [...]`` request per 100 unfinished ids per poll, one deadline for all. The tasks
        come back one per id of ``task_ids``, in its order, finished or not (the caller decides; None for an
        id not seen before the deadline); an id given twice is polled once and comes back twice, so
        ``zip(task_ids, tasks)`` always pairs an id with its own task. An id absent from two consecutive polls
        raises :class:`TasksNotFoundError` at once instead of being polled until the deadline.
        ``task_ids`` may hold listed tasks' ids as they are (``int | Unset``): an absent one raises
        :class:`RequestValidationError` naming its position, before any poll.
        """
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

    def find_created(
        self,
        *,
        account_id: int,
        task_name: str,
        since: float,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> list[AsyncTask]:
        """The tasks named ``task_name`` created since ``since`` (epoch seconds), newest first: how to learn
        whether an ``add`` that ended in :class:`~tencent_ads.OutcomeUnknownError` created its task.

        ::

            try:
                task_id = client.async_tasks.add(account_id=a, task_name=name, task_type=t).task_id
            except OutcomeUnknownError as error:
                found = client.async_tasks.find_created(account_id=a, task_name=name, since=error.sent_at)
                task_id = found[0].task_id if found else client.async_tasks.add(...).task_id  # none: add again

        Give every task a name of its own (a date and a run id, say) so that the answer is unambiguous. The tasks
        created since then are listed (stamped up to 300 s before ``since``: the API's clock may be behind yours by
        that much) and matched by name here, exactly — any name ``add`` accepts can be found.
        """
        filters = _created_filters(task_name, since)
        return _named(self.iterate(account_id=account_id, filtering=filters, retry=retry, timeout=timeout), task_name)

    def download_files(
        self,
        *,
        account_id: int,
        task: AsyncTask,
        dest_dir: str | os.PathLike[str],
        on_skip: DownloadSkip | None = None,
    ) -> list[Path]:
        """Download every file of a COMPLETED task into ``dest_dir``, each checked with its listed md5.

        Files are named ``task-<task_id>-file-<file_id>``; the paths are returned in list order, a file listed
        twice downloaded (and returned) once. An entry that cannot be downloaded (no usable ``file_id``, a
        malformed ``md5``) raises :class:`ResponseDecodeError` naming it, before any download.

        A file already in ``dest_dir`` with its listed md5 is not downloaded again (nothing is sent for it): its
        path is returned all the same, and ``on_skip(path)`` is called for it — so a daily job run again only
        fetches what it lacks. A file there with another md5 is downloaded again and replaced atomically; a
        file listed without an md5 is always downloaded.
        """
        return [
            self._client.async_task_files.download(
                account_id=account_id, task_id=task_id, file_id=file_id, dest=path, md5=md5, on_skip=on_skip
            )
            for task_id, file_id, md5, path in _task_files(task, dest_dir)
        ]


class AsyncExtras(_Tasks, AsyncResource):
    """Paging and waiting for :class:`~tencent_ads.AsyncClient`; see :class:`SyncExtras`."""

    def iterate(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page_size: int = 100,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncIterator[AsyncTask]:
        """Every task across pages; see :meth:`SyncExtras.iterate` (validated now, not at the first page)."""
        page_call = self._page_calls(account_id, filtering, page_size, strict_filters)
        return self._pages(page_call, PageWalker(page_size), retry, timeout)

    async def _pages(
        self, page_call: PageCalls, walker: PageWalker, retry: RetryPolicy | int | None, timeout: TimeoutLike
    ) -> AsyncIterator[AsyncTask]:
        while not walker.done:
            for task in walker.accept(await self._client.execute(page_call(walker.page), retry=retry, timeout=timeout)):
                yield task

    async def wait(
        self,
        *,
        account_id: int,
        task_id: int | str | Unset,
        timeout: float = 600.0,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncTask:
        """Poll one task until it reaches a terminal status; see :meth:`SyncExtras.wait`."""
        waiter = self._waiter(task_id, timeout, poll_interval, max_poll_interval, backoff, on_progress)
        call = self._prepare(OPERATION, {"account_id": account_id, "filtering": waiter.filtering()}, True)
        base = self._client._core.retry
        while True:
            try:
                data = await self._client.execute(call, retry=waiter.poll_policy(base))
            except TencentAdsError as error:
                raise waiter.poll_failed(error) from None
            if (task := waiter.after_poll(data)) is not None:
                return task
            await _sleep(waiter.next_sleep())

    async def wait_many(
        self,
        *,
        account_id: int,
        task_ids: Iterable[int | str | Unset],
        timeout: float = 600.0,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        on_progress: Callable[[ManyProgress], Any] | None = None,
    ) -> list[AsyncTask | None]:
        """Poll many tasks of one account until all are terminal; see :meth:`SyncExtras.wait_many`."""
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

    async def find_created(
        self,
        *,
        account_id: int,
        task_name: str,
        since: float,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> list[AsyncTask]:
        """The tasks named ``task_name`` created since ``since``; see :meth:`SyncExtras.find_created`."""
        filters = _created_filters(task_name, since)
        found = [t async for t in self.iterate(account_id=account_id, filtering=filters, retry=retry, timeout=timeout)]
        return _named(found, task_name)

    async def download_files(
        self,
        *,
        account_id: int,
        task: AsyncTask,
        dest_dir: str | os.PathLike[str],
        on_skip: DownloadSkip | None = None,
    ) -> list[Path]:
        """Download every file of a COMPLETED task (skipping those in place); see :meth:`SyncExtras.download_files`."""
        return [
            await self._client.async_task_files.download(
                account_id=account_id, task_id=task_id, file_id=file_id, dest=path, md5=md5, on_skip=on_skip
            )
            for task_id, file_id, md5, path in _task_files(task, dest_dir)
        ]


def _created_key(task: AsyncTask) -> int:
    created = task.created_time
    return created if isinstance(created, int) else 0


async def _sleep(seconds: float) -> None:
    import asyncio  # here: a sync program never loads asyncio (13 ms of the CLI's start-up)

    await asyncio.sleep(seconds)
