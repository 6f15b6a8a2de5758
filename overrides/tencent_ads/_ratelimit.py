"""A client-side rate limit: per second and per minute, in one process or shared by a fleet through Redis.

The API limits calls per second (11016) and per minute (11017); after a
per-minute refusal it refuses the endpoint for about five minutes, so a fleet of
workers must stay under the limit together, not each on its own.

* **In one process** (no ``storage``): evenly spaced slots. Each attempt —
  retries included — reserves the next free slot under a lock and sleeps outside
  it (``time.sleep`` in the sync client, ``asyncio.sleep`` in the async one), so
  one limiter serves threads and tasks alike. ``burst`` attempts may start at
  once per second; a per-minute limit spaces attempts ``60/per_minute`` s apart.
* **Shared** (``storage="redis://host:6379/0"``, or any ``limits`` storage):
  the ``limits`` library's moving windows, which its Redis storage implements
  atomically in Lua — at most ``per_second`` attempts in any one-second window
  and ``per_minute`` in any minute, counted across every process that uses the
  same storage and ``key``. A refused attempt waits until the window frees a slot, plus 0.2 s
  (``SHARED_SLACK``): an attempt reaches the server a little after it took
  its slot — ~80 ms for a process's first call on a new connection, and more
  when the machine is busy (a CI run sharing two cores with other work saw an
  11th call inside one second with 0.1 s) — so that the server never counts
  one too many. The cost: a saturated fleet runs at ``per_second`` calls per
  1.2 s. Then it tries again.
  Needs ``pip install 'tencent-ads[redis]'``.

  A call asks the storage within its own deadline: the question runs on one of
  the limiter's own (daemon) threads and the call waits for the answer at most
  until its deadline, so a storage that accepts connections and never answers
  cannot hold a call past it (``acquire(timeout=...)``; the client raises
  :class:`~tencent_ads.DeadlineExceededError`). A question still unanswered at
  the deadline is cancelled if it has not started; one that has ends with the
  storage's own socket timeout (redis-py's: 5 s) on its thread, which never
  holds the interpreter's exit. The async client awaits the same threads (not
  asyncio's default executor, which other libraries' DNS lookups need).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from ._errors import ConfigurationError
from ._optional import require
from ._redaction import shown_url

if TYPE_CHECKING:  # loaded with the first shared limiter, not with the client
    import queue
    from concurrent.futures import Future

#: Added to a shared limiter's wait after a refusal: the window frees a slot at ``reset``, the server sees the
#: attempt later (~80 ms on a cold connection, more on a busy machine): attempts one window apart must not land
#: inside one.
SHARED_SLACK: Final = 0.2
#: The most threads one shared limiter asks its storage on at once (more questions queue, within their deadlines).
STORAGE_THREADS: Final = 8

Slot = tuple[float, bool]


def _rate(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive number, got {value!r}")
    return float(value)


class _Spacer:
    """Evenly spaced slots (``interval`` apart, ``burst`` of them at once) — the in-process limit."""

    def __init__(self, interval: float, burst: int) -> None:
        self.interval = interval
        self.burst = burst
        self.next_free = -math.inf

    def reserve(self, now: float) -> float:
        earliest = max(self.next_free, now - (self.burst - 1) * self.interval)
        self.next_free = earliest + self.interval
        return max(0.0, earliest - now)


class _StorageThreads:
    """Daemon threads that ask a shared storage, so that a caller can stop waiting for an answer at its deadline.

    Not a ``ThreadPoolExecutor``: its threads are joined at the interpreter's exit, and one stuck on a storage
    that never answers would hold the exit too.
    """

    def __init__(self, size: int) -> None:
        import queue

        self._size = size
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Slot], Future[Slot]]] = queue.SimpleQueue()
        self._threads = 0
        self._idle = 0

    def submit(self, fn: Callable[[], Slot]) -> Future[Slot]:
        from concurrent.futures import Future

        future: Future[Slot] = Future()
        with self._lock:
            self._jobs.put((fn, future))
            if self._idle == 0 and self._threads < self._size:
                self._threads += 1
                threading.Thread(target=self._work, name="tencent-ads-rate-limit", daemon=True).start()
            else:
                self._idle = max(self._idle - 1, 0)  # that idle thread takes this job
        return future

    def _work(self) -> None:
        while True:
            fn, future = self._jobs.get()
            if future.set_running_or_notify_cancel():  # False: its caller stopped waiting before it started
                try:
                    future.set_result(fn())
                except BaseException as exc:  # handed to the caller, who raises it
                    future.set_exception(exc)
            del fn, future
            with self._lock:
                self._idle += 1


def _storage_timeout(seconds: float) -> TimeoutError:
    return TimeoutError(f"the rate limit's storage did not answer within {seconds:.1f} s")


class RateLimiter:
    """At most ``per_second`` (and ``per_minute``) attempts, for every client that shares this object.

    ``RateLimiter(10)`` — ten attempts a second, evenly spaced, in this process.
    ``RateLimiter(per_second=10, per_minute=500, storage="redis://10.0.0.5:6379/0")`` — the same limits for
    every process that uses that Redis with the same ``key`` (one key per API app, since the API counts per app).
    """

    def __init__(
        self,
        per_second: float | None = None,
        *,
        per_minute: float | None = None,
        burst: int = 1,
        storage: str | Any | None = None,
        key: str = "tencent-ads",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_second = _rate(per_second, "per_second")
        self.per_minute = _rate(per_minute, "per_minute")
        if self.per_second is None and self.per_minute is None:
            raise ConfigurationError("a RateLimiter needs per_second and/or per_minute")
        if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
            raise ConfigurationError(f"burst must be an int >= 1, got {burst!r}")
        if not isinstance(key, str) or not key:
            raise ConfigurationError("key must be a non-empty string")
        self.burst = burst
        self.key = key
        self._clock = clock
        self._lock = threading.Lock()
        self._spacers: list[_Spacer] = []
        if self.per_second is not None:
            self._spacers.append(_Spacer(1.0 / self.per_second, burst))
        if self.per_minute is not None:
            self._spacers.append(_Spacer(60.0 / self.per_minute, 1))
        #: True when the limit lives in a storage shared by processes (each attempt asks it).
        self.shared = storage is not None
        self._storage_shown = ""
        self._threads: _StorageThreads | None = None
        self._threads_pid = 0
        if storage is not None:
            self._setup_shared(storage)

    def _setup_shared(self, storage: str | Any) -> None:
        limits = require("limits", feature="a shared RateLimiter", extra="redis")
        from limits.storage import Storage, storage_from_string
        from limits.strategies import MovingWindowRateLimiter

        if isinstance(storage, str):
            if storage.startswith(("redis://", "rediss://")):
                require("redis", feature="a Redis-backed RateLimiter", extra="redis")
            uri = storage
            try:
                storage = storage_from_string(uri)
            except Exception as exc:  # limits raises several kinds for a bad URI
                text = str(exc).replace(uri, shown_url(uri))  # a password in the URL never shows
                raise ConfigurationError(f"storage: {type(exc).__name__}: {text}") from None
        if not isinstance(storage, Storage):
            raise ConfigurationError("storage must be a URI (redis://host:port/db) or a limits storage")
        self._storage_shown = type(storage).__name__
        self._limiter = MovingWindowRateLimiter(storage)
        self._items = []
        for rate, item_class in (
            (self.per_second, limits.RateLimitItemPerSecond),
            (self.per_minute, limits.RateLimitItemPerMinute),
        ):
            if rate is None:
                continue
            if rate != int(rate):
                raise ConfigurationError("a shared limit counts whole attempts: per_second/per_minute must be whole")
            self._items.append(item_class(int(rate), namespace="tencent-ads"))

    def acquire(self, timeout: float | None = None) -> Slot:
        """Ask for the next attempt's slot: (seconds to wait, whether the slot is ours after that wait).

        In one process the slot is always reserved (wait, then go); a shared limiter answers "not yet, ask
        again in N seconds" when its window is full. ``timeout``: the most seconds to wait for a shared
        storage's answer (the call's time left); past it, :class:`TimeoutError` (the storage may still count
        the slot: never more than the limit).
        """
        if not self.shared:
            with self._lock:
                now = self._clock()
                return max(spacer.reserve(now) for spacer in self._spacers), True
        if timeout is None:
            return self._acquire_shared()
        future = self._storage_threads().submit(self._acquire_shared)
        try:
            return future.result(timeout=max(timeout, 0.0))
        except TimeoutError:
            future.cancel()
        raise _storage_timeout(timeout)

    async def aacquire(self, timeout: float | None = None) -> Slot:
        """:meth:`acquire` for asyncio: a shared storage is asked on the limiter's threads, never the loop's."""
        if not self.shared:
            return self.acquire()
        import asyncio

        waiting = asyncio.wrap_future(self._storage_threads().submit(self._acquire_shared))
        try:
            return await asyncio.wait_for(waiting, None if timeout is None else max(timeout, 0.0))
        except TimeoutError:  # wait_for cancelled the question (if it had not started yet)
            pass
        raise _storage_timeout(timeout or 0.0)

    def _storage_threads(self) -> _StorageThreads:
        # per process: a forked child has none of its parent's threads
        if self._threads is None or self._threads_pid != os.getpid():
            self._threads = _StorageThreads(STORAGE_THREADS)
            self._threads_pid = os.getpid()
        return self._threads

    def _acquire_shared(self) -> Slot:
        failure: Exception | None = None
        try:
            for item in self._items:
                if not self._limiter.hit(item, self.key):
                    # a slot taken in an earlier (shorter) window is spent: conservative, never over the limit
                    reset = self._limiter.get_window_stats(item, self.key).reset_time
                    return max(0.001, reset - time.time()) + SHARED_SLACK, False
            return 0.0, True
        except Exception as exc:  # the storage's own errors (Redis down): a typed, retryable error, nothing chained
            failure = exc
        from ._errors import ConnectError
        from ._redaction import redact

        raise ConnectError(f"the rate limit's storage failed: {type(failure).__name__}: {redact(str(failure))[:300]}")

    def reserve(self) -> float:
        """In one process: take the next slot and return the seconds to wait until it starts (0 when free)."""
        delay, _ = self.acquire()
        return delay

    def __repr__(self) -> str:
        where = f", storage={self._storage_shown}, key={self.key!r}" if self.shared else ""
        minute = f", per_minute={self.per_minute}" if self.per_minute is not None else ""
        return f"RateLimiter(per_second={self.per_second}{minute}, burst={self.burst}{where})"
