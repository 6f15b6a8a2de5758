"""The endpoints as attributes of a client: ``client.async_tasks`` and ``client.programmed_commponent_result``.

Each sync class has an async twin with the same signatures. Both build their
:class:`~tencent_ads._calls.Call` with the same function and share the paging
(:class:`~tencent_ads._paging.PageWalker`) and waiting
(:class:`~tencent_ads._waiting.Waiter`) bookkeeping; only sending and sleeping
differ.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData

from ._calls import MAX_PAGE_SIZE, Call, async_tasks_get_call, programmed_commponent_result_get_call
from ._config import TimeoutLike
from ._errors import RequestValidationError, TencentAdsError
from ._filters import FilterLike
from ._paging import PageWalker
from ._retries import RetryPolicy
from ._waiting import (
    DEFAULT_BACKOFF,
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    ProgressCallback,
    Waiter,
)

if TYPE_CHECKING:
    from ._client import AsyncClient, Client


def _tasks_call(
    strict_default: bool,
    account_id: int,
    filtering: Iterable[FilterLike] | None,
    page: int | None,
    page_size: int | None,
    strict_filters: bool | None,
    fields: Iterable[str] | None = None,
) -> Call[AsyncTasksGetData]:
    strict = strict_default if strict_filters is None else strict_filters
    return async_tasks_get_call(
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        fields=fields,
        strict_filters=strict,
    )


PageCalls = Callable[[int], Call[AsyncTasksGetData]]


def _page_calls(
    strict_default: bool,
    account_id: int,
    filtering: Iterable[FilterLike] | None,
    page_size: int,
    strict_filters: bool | None,
) -> PageCalls:
    """Validate once (raising now) and return a builder of the call for each page."""
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise RequestValidationError([f"page_size must be an int 1–{MAX_PAGE_SIZE}, got {page_size!r}"])
    filters = list(filtering) if isinstance(filtering, Iterable) and not isinstance(filtering, str) else filtering
    first = _tasks_call(strict_default, account_id, filters, 1, page_size, strict_filters)

    def page_call(page: int) -> Call[AsyncTasksGetData]:
        if page == 1:
            return first
        return _tasks_call(strict_default, account_id, filters, page, page_size, strict_filters)

    return page_call


class AsyncTasks:
    """``GET async_tasks/get`` — asynchronous tasks of an advertiser account (queryable for 7 days)."""

    def __init__(self, client: Client) -> None:
        self._client = client

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
        """One page of tasks. ``filtering`` is validated before anything is sent.

        ``page`` 1–99999 and ``page_size`` 1–100 default on the server to 1 and 10;
        ``fields`` (later docs) limits the fields of each task returned.
        """
        call = _tasks_call(
            self._client._core.strict_filters, account_id, filtering, page, page_size, strict_filters, fields
        )
        return self._client.execute(call, retry=retry, timeout=timeout)

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
        page_call = _page_calls(self._client._core.strict_filters, account_id, filtering, page_size, strict_filters)
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
        task_id: int | str,
        timeout: float = 600.0,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncTask:
        """Poll one task until it reaches a terminal status; return it.

        Raises :class:`WaitTimeoutError` (with ``last_status``) after ``timeout``
        seconds; no sleep and no poll runs past it.
        """
        waiter = Waiter(
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            on_progress=on_progress,
        )
        call = _tasks_call(True, account_id, waiter.filtering(), None, None, None)
        base = self._client._core.retry
        while True:
            try:
                data = self._client.execute(call, retry=waiter.poll_policy(base))
            except TencentAdsError as error:
                raise waiter.poll_failed(error) from None
            if (task := waiter.after_poll(data)) is not None:
                return task
            time.sleep(waiter.next_sleep())


class AsyncAsyncTasks:
    """Async twin of :class:`AsyncTasks`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

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
        """One page of tasks; see :meth:`AsyncTasks.get`."""
        call = _tasks_call(
            self._client._core.strict_filters, account_id, filtering, page, page_size, strict_filters, fields
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)

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
        """Every task across pages; see :meth:`AsyncTasks.iterate` (validated now, not at the first page)."""
        page_call = _page_calls(self._client._core.strict_filters, account_id, filtering, page_size, strict_filters)
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
        task_id: int | str,
        timeout: float = 600.0,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncTask:
        """Poll one task until it reaches a terminal status; see :meth:`AsyncTasks.wait`."""
        waiter = Waiter(
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            on_progress=on_progress,
        )
        call = _tasks_call(True, account_id, waiter.filtering(), None, None, None)
        base = self._client._core.retry
        while True:
            try:
                data = await self._client.execute(call, retry=waiter.poll_policy(base))
            except TencentAdsError as error:
                raise waiter.poll_failed(error) from None
            if (task := waiter.after_poll(data)) is not None:
                return task
            await asyncio.sleep(waiter.next_sleep())


class ProgrammedCommponentResult:
    """``GET programmed_commponent_result/get`` — derived creative components of a derive task."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get(
        self,
        *,
        account_id: int,
        material_derive_id: int,
        fields: Iterable[str] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ProgrammedCommponentResultGetData:
        """The latest derive task's components; empty until the id went through the creative flow."""
        call = programmed_commponent_result_get_call(
            account_id=account_id, material_derive_id=material_derive_id, fields=fields
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncProgrammedCommponentResult:
    """Async twin of :class:`ProgrammedCommponentResult`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get(
        self,
        *,
        account_id: int,
        material_derive_id: int,
        fields: Iterable[str] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ProgrammedCommponentResultGetData:
        """See :meth:`ProgrammedCommponentResult.get`."""
        call = programmed_commponent_result_get_call(
            account_id=account_id, material_derive_id=material_derive_id, fields=fields
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)
