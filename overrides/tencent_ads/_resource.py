"""The base of every generated resource (``client.async_tasks``, ...): the client it calls through, and the
methods the generator gives whole families of operations — ``iterate`` for any paged listing, ``download`` for
any file operation.

The generated resources (``tencent_ads_generated.resources``) are thin: each method hands its
arguments to :meth:`_prepare` (checked against the spec's rules, before any
I/O) and sends the call with the client's ``execute``. A tag with ``x-task`` in
the spec derives from :mod:`tencent_ads._tasks` instead (wait, wait_many, find_created, download_files).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._calls import Call, prepare_call
from ._descriptors import Operation

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._config import TimeoutLike
    from ._download import Download, DownloadProgress, DownloadSkip
    from ._paging import PageWalker
    from ._retries import RetryPolicy

PageCalls = Any  # Callable[[int], Call[Any]]


class _Resource:
    _strict_filters: bool

    def _prepare(self, operation: Operation, values: Mapping[str, Any], strict_filters: bool | None) -> Call[Any]:
        strict = self._strict_filters if strict_filters is None else strict_filters
        return prepare_call(operation, values, strict_filters=strict)

    def _pages(
        self, operation: Operation, values: Mapping[str, Any], strict_filters: bool | None
    ) -> tuple[PageWalker, Any]:
        """Check the arguments now (raising before any I/O) and return the walker and a builder of each page's call."""
        from ._errors import RequestValidationError
        from ._paging import PageWalker

        size = values.get("page_size")
        if isinstance(size, bool) or not isinstance(size, int):  # None is "not given" to a call, not to iterate
            raise RequestValidationError([f"page_size must be an int, got {type(size).__name__} {size!r}"[:120]])
        first = self._prepare(operation, {**values, "page": 1}, strict_filters)

        def page_call(page: int) -> Call[Any]:
            return first if page == 1 else self._prepare(operation, {**values, "page": page}, strict_filters)

        return PageWalker(size if isinstance(size, int) else 1, key=operation.item_key or ""), page_call

    def _target(
        self,
        operation: Operation,
        values: Mapping[str, Any],
        dest: str | os.PathLike[str],
        md5: object,
        on_progress: DownloadProgress | None,
        on_skip: DownloadSkip | None,
        max_bytes: int | None,
    ) -> tuple[Call[Any], Download]:
        """The checked call of a file operation and its target; raises before any I/O (an id the listing lacked —
        ``Unset`` — named first)."""
        from ._download import DEFAULT_MAX_DOWNLOAD_BYTES, Download, listed_values

        checked_md5 = listed_values(values, md5)
        call = self._prepare(operation, values, None)
        limit = DEFAULT_MAX_DOWNLOAD_BYTES if max_bytes is None else max_bytes
        target = Download(dest, md5=checked_md5, on_progress=on_progress, max_bytes=limit, on_skip=on_skip)
        return call, target


class SyncResource(_Resource):
    """A resource of :class:`~tencent_ads.Client`."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self._strict_filters = client._core.strict_filters

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _iterate(
        self,
        operation: Operation,
        values: Mapping[str, Any],
        strict_filters: bool | None,
        retry: RetryPolicy | int | None,
        timeout: TimeoutLike,
    ) -> Iterator[Any]:
        walker, page_call = self._pages(operation, values, strict_filters)
        return self._walk(walker, page_call, retry, timeout)

    def _walk(
        self, walker: PageWalker, page_call: Any, retry: RetryPolicy | int | None, timeout: TimeoutLike
    ) -> Iterator[Any]:
        while not walker.done:
            yield from walker.accept(self._client.execute(page_call(walker.page), retry=retry, timeout=timeout))

    def _download(
        self,
        operation: Operation,
        values: Mapping[str, Any],
        dest: str | os.PathLike[str],
        *,
        md5: object = None,
        on_progress: DownloadProgress | None = None,
        on_skip: DownloadSkip | None = None,
        max_bytes: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Path:
        call, target = self._target(operation, values, dest, md5, on_progress, on_skip, max_bytes)
        if target.in_place():
            return target.skipped()
        try:
            self._client.execute(call, retry=retry, timeout=timeout, sink=target.sink)
            return target.finish()
        finally:
            target.cleanup()


class AsyncResource(_Resource):
    """A resource of :class:`~tencent_ads.AsyncClient`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._strict_filters = client._core.strict_filters

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _iterate(
        self,
        operation: Operation,
        values: Mapping[str, Any],
        strict_filters: bool | None,
        retry: RetryPolicy | int | None,
        timeout: TimeoutLike,
    ) -> AsyncIterator[Any]:
        walker, page_call = self._pages(operation, values, strict_filters)
        return self._walk(walker, page_call, retry, timeout)

    async def _walk(
        self, walker: PageWalker, page_call: Any, retry: RetryPolicy | int | None, timeout: TimeoutLike
    ) -> AsyncIterator[Any]:
        while not walker.done:
            for item in walker.accept(await self._client.execute(page_call(walker.page), retry=retry, timeout=timeout)):
                yield item

    async def _download(
        self,
        operation: Operation,
        values: Mapping[str, Any],
        dest: str | os.PathLike[str],
        *,
        md5: object = None,
        on_progress: DownloadProgress | None = None,
        on_skip: DownloadSkip | None = None,
        max_bytes: int | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> Path:
        call, target = self._target(operation, values, dest, md5, on_progress, on_skip, max_bytes)
        if target.may_be_in_place():
            import asyncio  # here: only when there is a file to hash (off the event loop)

            if await asyncio.to_thread(target.in_place):
                return target.skipped()
        try:
            await self._client.execute(call, retry=retry, timeout=timeout, sink=target.sink)
            return target.finish()
        finally:
            target.cleanup()
