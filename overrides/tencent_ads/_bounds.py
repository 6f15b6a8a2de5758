"""Every call is bounded: in time by its deadline, in memory by ``max_response_bytes``.

**Time.** httpx's timeouts bound each socket operation, not a call: a server
that drips one byte every half second never trips a 2 s read timeout, and a
call would run for minutes. The deadline is therefore enforced where the
waiting happens — in the network stream under httpcore. :func:`bound_transports`
wraps the network backend of every httpx transport a client owns so that each
``connect``/``read``/``write`` waits at most until the deadline of the call in
progress (a :mod:`contextvars` variable set around each attempt, visible to
the thread or the asyncio task doing the I/O, so sync and async share it) and
raises httpcore's own timeout once it has passed. httpx maps that to its
timeout exception, which the client maps to :class:`~tencent_ads.RequestTimeoutError`.

**Memory.** :class:`BodyLimit` counts the bytes of an answer as they are read
(after decompression, so a gzip bomb is stopped while it inflates) and stops
at the limit. A 200 answer over the limit raises
:class:`~tencent_ads.ResponseTooLargeError`; a non-200 answer keeps only its
first :data:`ERROR_BODY_LIMIT` bytes, enough for the error's snippet.

The wrapping reaches into two attributes of httpx 0.28's transports
(``_pool._network_backend``), which is why httpx is pinned below 0.29; the
wrappers are in ``_deadline_streams``; a
transport that does not have them (a user's own, ``httpx.MockTransport``) is
left alone and bounded only between the chunks of the body.
"""

from __future__ import annotations

import contextvars
import time
from typing import Any, Final, Protocol

#: The monotonic time by which the call in progress (in this thread or task) must end; None: no deadline.
CALL_DEADLINE: Final[contextvars.ContextVar[float | None]] = contextvars.ContextVar(
    "tencent_ads_call_deadline", default=None
)

#: What is kept of an answer that is not HTTP 200: its beginning is all an error message shows.
ERROR_BODY_LIMIT: Final = 64 * 1024


def bound_transports(http: Any) -> int:
    """Wrap the network backend of every httpx transport ``http`` owns; return how many were wrapped.

    The wrappers live in ``_deadline_streams`` (it imports httpcore, which httpx itself loads only when a
    transport is built: ``import tencent_ads`` stays light).
    """
    import httpcore

    from ._deadline_streams import _AsyncBackend, _Backend

    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    wrapped = 0
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, _Backend | _AsyncBackend):
            wrapped += 1
        elif isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
            wrapped += 1
        elif isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = _AsyncBackend(backend)  # type: ignore[union-attr]
            wrapped += 1
    return wrapped


class BodySink(Protocol):
    """Where an answer's body goes, chunk by chunk: memory (:class:`BodyLimit`) or a file (``_download``)."""

    limit: int
    truncated: bool
    over_is_error: bool

    def add(self, chunk: bytes) -> bool: ...

    def body(self) -> bytes: ...


class BodyLimit:
    """Collects an answer's body chunk by chunk, up to a limit (the sync and async readers share it)."""

    __slots__ = ("chunks", "limit", "over_is_error", "size", "truncated")

    def __init__(self, limit: int, *, over_is_error: bool) -> None:
        self.limit = limit
        #: Reaching the limit is an error (a 200 answer), not just the end of what is kept (an error page).
        self.over_is_error = over_is_error
        self.size = 0
        self.chunks: list[bytes] = []
        self.truncated = False

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; return False once the limit is reached (the reader stops)."""
        room = self.limit - self.size
        if len(chunk) > room:
            self.chunks.append(chunk[:room])
            self.size = self.limit
            self.truncated = True
            return False
        self.chunks.append(chunk)
        self.size += len(chunk)
        return True

    def body(self) -> bytes:
        return self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)


def body_limit(status_code: int, max_bytes: int) -> BodyLimit:
    if status_code == 200:
        return BodyLimit(max_bytes, over_is_error=True)
    return BodyLimit(min(max_bytes, ERROR_BODY_LIMIT), over_is_error=False)


def past(deadline: float | None) -> bool:
    """Whether ``deadline`` (monotonic) has passed; checked between body chunks as well."""
    return deadline is not None and time.monotonic() >= deadline
