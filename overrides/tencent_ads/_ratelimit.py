"""A client-side rate limit: per second and per minute, per endpoint, in one process or shared by a fleet in Redis.

The API counts its per-second (11016) and per-minute (11017) limits per app
**per endpoint**; after a per-minute refusal it refuses the endpoint for about
five minutes. So a ``RateLimiter`` keeps one budget per endpoint (the call's
path — a download from the file host is an endpoint of its own), and a fleet
of workers must stay under each endpoint's limit together, not each on its own.
``per_endpoint=False`` spends one budget on every endpoint; ``endpoints=`` gives
some endpoints limits of their own.

Both kinds use GCRA (the generic cell rate algorithm): an endpoint's attempts
are spaced ``interval`` apart, where ``per_second`` attempts are spread over
``1 + margin`` seconds (``per_minute`` over ``60 + margin``). Each attempt —
retries included — *reserves* the next free slot (now, or later) and sleeps
until it; no attempt is refused and asked again. The ``margin`` (0.05 s by
default) is what an attempt may reach the server later than its slot, relative
to the attempt ``per_second`` slots before it, and still be counted in a second
of its own: the server counts arrivals in a sliding window, and an attempt that
arrives late (a busy machine, a cold connection) narrows the gap to the next.
It costs ``margin / (1 + margin)`` of the rate (4.8 % per second at 0.05 s,
0.08 % per minute), paid once in the spacing, not per refusal.

* **In one process** (no ``storage``): the slots are kept under a lock and the
  caller sleeps outside it (``time.sleep`` in the sync client,
  ``asyncio.sleep`` in the async one), so one limiter serves threads and tasks
  alike. ``burst`` attempts may start at once.
* **Shared** (``storage="redis://host:6379/0"`` or a ``redis.Redis`` client):
  the same reservation, done by one Lua script in Redis (``EVALSHA``) that reads
  the time with ``redis.call('TIME')`` — the storage's clock, never a host's, so
  a worker whose clock is off by seconds takes the same slots as the others. The
  caller sleeps the wait Redis names on its own monotonic clock. Every process
  that uses the same Redis and ``key`` shares each endpoint's slots.
  Needs ``pip install 'tencent-ads[redis]'``.

  A call asks the storage within its own deadline: the question runs on one of
  the limiter's own (daemon) threads and the call waits for the answer at most
  until its deadline, so a storage that accepts connections and never answers
  cannot hold a call past it (``acquire(timeout=...)``; the client raises
  :class:`~tencent_ads.DeadlineExceededError`). A question still unanswered at
  the deadline is cancelled if it has not started; one that has ends with the
  storage's socket timeout (5 s) on its thread, which never holds the
  interpreter's exit. The async client awaits the same threads (not asyncio's
  default executor, which other libraries' DNS lookups need). A slot farther
  away than the caller's time left is not taken.

Why not the ``limits`` library's moving window (what this used before): its
Redis entries are stamped with each caller's ``time.time()`` (a host 1.5 s
behind let an 11th call into a second), and a refused attempt had to wait for
the window plus a fixed 0.2 s slack so that the server never counted one too
many — a saturated fleet ran at ``per_second`` calls per 1.2 s.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

from ._errors import ConfigurationError
from ._optional import require
from ._redaction import shown_url

if TYPE_CHECKING:  # loaded with the first shared limiter, not with the client
    import queue
    from concurrent.futures import Future

#: The default ``margin``: seconds added to every window over which its attempts are spread.
DEFAULT_MARGIN: Final = 0.05
#: The most threads one shared limiter asks its storage on at once (more questions queue, within their deadlines).
STORAGE_THREADS: Final = 8
#: The endpoint name of a limiter with ``per_endpoint=False`` (one budget for every call).
EVERY_ENDPOINT: Final = "*"

Slot = tuple[float, bool]
#: One limit of an endpoint: (its name in Redis keys, seconds between attempts, seconds an attempt may come early).
_Rule = tuple[str, float, float]

# KEYS: one theoretical-arrival-time key per rule. ARGV[1]: the most µs the slot may be away (-1: no bound);
# then per rule its interval and tolerance in µs. Every time is Redis's own (TIME), in integer µs. Answers
# {wait in µs, 1 if the slot was taken}; a slot farther than ARGV[1] is not taken.
_GCRA: Final = """
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local slot = now
local tats = {}
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or now)
  if tat < now then tat = now end
  tats[i] = tat
  local allowed = tat - tonumber(ARGV[2 * i + 1])
  if allowed > slot then slot = allowed end
end
local wait = slot - now
local most = tonumber(ARGV[1])
if most >= 0 and wait > most then return {wait, 0} end
for i, key in ipairs(KEYS) do
  local tat = tats[i]
  if tat < slot then tat = slot end
  tat = tat + tonumber(ARGV[2 * i])
  redis.call('SET', key, string.format('%d', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
end
return {wait, 1}
"""


def _rate(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive number, got {value!r}")
    return float(value)


def _endpoint(path: object) -> str:
    if not isinstance(path, str) or not path.strip("/"):
        raise ConfigurationError(f"an endpoint is an API path such as '/async_tasks/get', got {path!r}")
    return "/" + path.strip("/")


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
    """At most ``per_second`` (and ``per_minute``) attempts per endpoint, for every client that shares this object.

    ``RateLimiter(10)`` — ten attempts a second to each endpoint, evenly spaced, in this process.
    ``RateLimiter(per_second=10, per_minute=500, storage="redis://10.0.0.5:6379/0", key="ads:1100")`` — the same
    limits for every process that uses that Redis with the same ``key`` (one key per API app: the API counts per
    app and endpoint). ``per_endpoint=False``: one budget shared by every endpoint (the limit your own contract
    sets, say). ``endpoints={"/daily_reports/get": 5, "/async_tasks/add": {"per_second": 2, "per_minute": 60}}``:
    those endpoints' own limits (a number is per second; the others keep ``per_second``/``per_minute``).
    ``margin``: seconds added to each window over which its attempts are spread (see the module's docstring).
    """

    def __init__(
        self,
        per_second: float | None = None,
        *,
        per_minute: float | None = None,
        burst: int = 1,
        per_endpoint: bool = True,
        endpoints: Mapping[str, float | Mapping[str, float | None]] | None = None,
        margin: float = DEFAULT_MARGIN,
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
        if not isinstance(per_endpoint, bool):
            raise ConfigurationError(f"per_endpoint must be True or False, got {per_endpoint!r}")
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 <= margin <= 1:
            raise ConfigurationError(f"margin must be a number of seconds in [0, 1], got {margin!r}")
        if not isinstance(key, str) or not key:
            raise ConfigurationError("key must be a non-empty string")
        self.burst = burst
        #: True: each endpoint (API path) has its own budget, as the API counts; False: one for every call.
        self.per_endpoint = per_endpoint
        self.margin = float(margin)
        self.key = key
        self._clock = clock
        self._lock = threading.Lock()
        self._limits = self._endpoint_limits(endpoints)
        self._rules: dict[str, tuple[_Rule, ...]] = {}
        self._arrivals: dict[str, list[float]] = {}  # in one process: each endpoint's theoretical arrival times
        #: True when the limit lives in a storage shared by processes (each attempt asks it).
        self.shared = storage is not None
        self._storage_shown = ""
        self._threads: _StorageThreads | None = None
        self._threads_pid = 0
        if storage is not None:
            self._setup_shared(storage)

    def _endpoint_limits(
        self, endpoints: Mapping[str, float | Mapping[str, float | None]] | None
    ) -> dict[str, tuple[float | None, float | None]]:
        if endpoints is None:
            return {}
        if not isinstance(endpoints, Mapping):
            raise ConfigurationError(f"endpoints must map API paths to limits, got {type(endpoints).__name__}")
        if not self.per_endpoint:
            raise ConfigurationError("endpoints= gives endpoints limits of their own: not with per_endpoint=False")
        limits: dict[str, tuple[float | None, float | None]] = {}
        for path, limit in endpoints.items():
            name = _endpoint(path)
            if isinstance(limit, Mapping):
                unknown = set(limit) - {"per_second", "per_minute"}
                if unknown:
                    raise ConfigurationError(f"endpoints[{path!r}]: per_second and/or per_minute, got {unknown}")
                second = _rate(limit.get("per_second", self.per_second), f"endpoints[{path!r}]['per_second']")
                minute = _rate(limit.get("per_minute", self.per_minute), f"endpoints[{path!r}]['per_minute']")
            else:
                second, minute = _rate(limit, f"endpoints[{path!r}]"), self.per_minute
            if second is None and minute is None:
                raise ConfigurationError(f"endpoints[{path!r}] needs per_second and/or per_minute")
            limits[name] = (second, minute)
        return limits

    def _rules_for(self, endpoint: str) -> tuple[_Rule, ...]:
        """The endpoint's GCRA rules: (name, interval, tolerance) per limit, computed once per endpoint."""
        rules = self._rules.get(endpoint)
        if rules is None:
            second, minute = self._limits.get(endpoint, (self.per_second, self.per_minute))
            built: list[_Rule] = []
            if second is not None:
                interval = (1.0 + self.margin) / second
                built.append(("1s", interval, (self.burst - 1) * interval))
            if minute is not None:
                built.append(("60s", (60.0 + self.margin) / minute, 0.0))
            rules = self._rules[endpoint] = tuple(built)
        return rules

    def _scope(self, endpoint: str | None) -> str:
        if not self.per_endpoint or endpoint is None:
            return EVERY_ENDPOINT
        return _endpoint(endpoint)

    def _setup_shared(self, storage: str | Any) -> None:
        redis = require("redis", feature="a shared RateLimiter", extra="redis")
        client: Any = storage
        if isinstance(storage, str):
            uri = storage
            self._storage_shown = shown_url(uri)
            failure = None
            if uri.partition("://")[0].lower() not in ("redis", "rediss", "unix"):
                failure = "a redis://, rediss:// or unix:// URL (or a redis.Redis client)"
            else:
                try:
                    client = redis.Redis.from_url(uri, socket_timeout=5.0, socket_connect_timeout=5.0)
                except (ValueError, TypeError) as exc:  # a bad port, an unknown option: redis-py's text names no secret
                    failure = f"a usable Redis URL ({type(exc).__name__})"
            if failure is not None:  # raised outside the except block: nothing chained holds the URL
                raise ConfigurationError(f"storage must be {failure}, got {self._storage_shown!r}")
        elif not callable(getattr(storage, "register_script", None)):
            raise ConfigurationError("storage must be a Redis URL (redis://host:port/db) or a redis.Redis client")
        else:
            self._storage_shown = type(storage).__name__
        self._script = client.register_script(_GCRA)

    def acquire(self, timeout: float | None = None, endpoint: str | None = None) -> Slot:
        """Reserve the next attempt's slot on ``endpoint`` (an API path): (seconds to wait, whether it is ours).

        The slot is ours after the wait, unless it is farther than ``timeout`` (the call's time left): then it is
        not taken, and the answer is (its wait, False). A shared limiter asks its storage within ``timeout``;
        past it, :class:`TimeoutError` (the storage may still count the slot: never more than the limit).
        """
        scope = self._scope(endpoint)
        if not self.shared:
            return self._reserve_here(scope, timeout)
        if timeout is None:
            return self._reserve_shared(scope, None)
        future = self._storage_threads().submit(lambda: self._reserve_shared(scope, timeout))
        try:
            return future.result(timeout=max(timeout, 0.0))
        except TimeoutError:
            future.cancel()
        raise _storage_timeout(timeout)

    async def aacquire(self, timeout: float | None = None, endpoint: str | None = None) -> Slot:
        """:meth:`acquire` for asyncio: a shared storage is asked on the limiter's threads, never the loop's."""
        if not self.shared:
            return self.acquire(timeout, endpoint)
        import asyncio

        scope = self._scope(endpoint)
        waiting = asyncio.wrap_future(self._storage_threads().submit(lambda: self._reserve_shared(scope, timeout)))
        try:
            return await asyncio.wait_for(waiting, None if timeout is None else max(timeout, 0.0))
        except TimeoutError:  # wait_for cancelled the question (if it had not started yet)
            pass
        raise _storage_timeout(timeout or 0.0)

    def _reserve_here(self, scope: str, most: float | None) -> Slot:
        rules = self._rules_for(scope)
        with self._lock:
            now = self._clock()
            arrivals = self._arrivals.setdefault(scope, [-math.inf] * len(rules))
            slot = now
            for (_, _, tolerance), arrival in zip(rules, arrivals, strict=True):
                slot = max(slot, arrival - tolerance)
            wait = slot - now
            if most is not None and wait > most:
                return wait, False
            for n, (_, interval, _) in enumerate(rules):
                arrivals[n] = max(arrivals[n], slot) + interval
        return wait, True

    def _storage_threads(self) -> _StorageThreads:
        # per process: a forked child has none of its parent's threads
        if self._threads is None or self._threads_pid != os.getpid():
            self._threads = _StorageThreads(STORAGE_THREADS)
            self._threads_pid = os.getpid()
        return self._threads

    def _reserve_shared(self, scope: str, most: float | None) -> Slot:
        rules = self._rules_for(scope)
        keys = [f"{self.key}:{scope}:{name}" for name, _, _ in rules]
        args: list[int] = [-1 if most is None else max(0, int(most * 1e6))]
        for _, interval, tolerance in rules:
            args += [math.ceil(interval * 1e6), int(tolerance * 1e6)]
        failure: Exception | None = None
        try:
            wait, ours = self._script(keys=keys, args=args)
            return int(wait) / 1e6, bool(ours)
        except Exception as exc:  # the storage's own errors (Redis down): a typed, retryable error, nothing chained
            failure = exc
        from ._errors import ConnectError
        from ._redaction import redact

        raise ConnectError(f"the rate limit's storage failed: {type(failure).__name__}: {redact(str(failure))[:300]}")

    def reserve(self, endpoint: str | None = None) -> float:
        """Take the next slot on ``endpoint`` and return the seconds to wait until it starts (0 when free)."""
        delay, _ = self.acquire(endpoint=endpoint)
        return delay

    def __repr__(self) -> str:
        where = f", storage={self._storage_shown}, key={self.key!r}" if self.shared else ""
        minute = f", per_minute={self.per_minute}" if self.per_minute is not None else ""
        scope = "" if self.per_endpoint else ", per_endpoint=False"
        own = f", endpoints={len(self._limits)}" if self._limits else ""
        margin = f", margin={self.margin}" if self.margin != DEFAULT_MARGIN else ""
        return f"RateLimiter(per_second={self.per_second}{minute}, burst={self.burst}{margin}{scope}{own}{where})"
