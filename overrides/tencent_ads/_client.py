"""``Client`` and ``AsyncClient``: signing, retries, timeouts, rate limit and logging around httpx.

Both clients share one :class:`_Core` holding the settings and every decision
that does no I/O (building a request, reading an answer, mapping httpx's
exceptions, the retry hook); the two classes only differ in how they wait and
send. A call goes::

    Call (validated, no I/O)
      └─ stamina retry_context (RetryPolicy.backoff_for decides)
           └─ attempt: rate-limit slot → build a new request, signed with
                access_token, timestamp and a fresh nonce → httpx send
                → Call.parse (envelope, typed errors, lenient models)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Self, TypeVar
from urllib.parse import urlencode

import httpx

from ._config import (
    DEFAULT_TIMEOUT,
    TimeoutLike,
    resolve_base_url,
    resolve_timeout,
    resolve_token,
)
from ._errors import (
    ConnectError,
    ReplayError,
    RequestError,
    RequestValidationError,
    ResponseValidationError,
    TimeoutError,
)
from ._ratelimit import RateLimiter
from ._redaction import install_log_redaction, redact
from ._retries import TIMESTAMP_EXPIRED, RetryPolicy, parse_retry_after, server_clock_offset
from ._signing import SigningAuth

if TYPE_CHECKING:
    from ._calls import Call

T = TypeVar("T")

logger: Final = logging.getLogger("tencent_ads")

USER_AGENT: Final = "tencent-ads-python/0.1.0"


class _CallState:
    """Per-call bookkeeping shared by all attempts of one call."""

    __slots__ = ("attempts", "clock_corrected", "deadline_at", "longest_timeout", "policy", "started", "timeout")

    def __init__(self, policy: RetryPolicy, timeout: httpx.Timeout) -> None:
        self.policy = policy
        self.timeout = timeout
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        self.longest_timeout = float("inf") if None in parts else max(p for p in parts if p is not None)
        self.started = time.monotonic()
        self.deadline_at = None if policy.deadline is None else self.started + policy.deadline
        self.attempts = 0
        self.clock_corrected = False

    def remaining(self) -> float | None:
        return None if self.deadline_at is None else self.deadline_at - time.monotonic()

    def backoff(self, exc: Exception) -> bool | float:
        decision = self.policy.backoff_for(exc)
        if decision is False:
            return False
        remaining = self.remaining()
        if remaining is not None and not isinstance(decision, bool) and decision >= remaining:
            return False  # the server asks us to wait past the deadline: give up now
        return decision


class _Core:
    """Settings and the I/O-free half of every call."""

    def __init__(
        self,
        *,
        access_token: str | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutLike,
        retry: RetryPolicy | None,
        rate_limit: float | RateLimiter | None,
        strict_filters: bool,
        validate_requests: bool = False,
        validate_responses: bool = False,
    ) -> None:
        install_log_redaction()
        self.validate_requests = validate_requests
        self.validate_responses = validate_responses
        self.auth = SigningAuth(resolve_token(access_token))
        self.base_url = resolve_base_url(base_url)
        self._prefix = str(self.base_url).rstrip("/")
        self.timeout = resolve_timeout(timeout)
        self.retry = retry if retry is not None else RetryPolicy()
        if rate_limit is None or isinstance(rate_limit, RateLimiter):
            self.limiter = rate_limit
        else:
            self.limiter = RateLimiter(rate_limit)
        self.strict_filters = strict_filters

    def httpx_kwargs(self, transport: Any, extra: Mapping[str, Any] | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "headers": {"User-Agent": USER_AGENT},
            "follow_redirects": False,
        }
        if transport is not None:
            kwargs["transport"] = transport
        kwargs.update(extra or {})
        return kwargs

    def state(self, retry: RetryPolicy | int | None, timeout: TimeoutLike | None) -> _CallState:
        if isinstance(retry, int):
            policy = self.retry.evolve(max_attempts=retry)
        else:
            policy = retry if retry is not None else self.retry
        return _CallState(policy, self.timeout if timeout is None else resolve_timeout(timeout))

    def check_request(self, call: Call[Any]) -> None:
        """With ``validate_requests=True``: validate against the spec (openapi-core) before anything is sent."""
        if not self.validate_requests:
            return
        from .validation import validate_request

        violations = validate_request(call.path, method=call.method, query=call.params, require_auth=False)
        if violations:
            raise RequestValidationError(violations, what=f"{call.method} {call.path} (checked against the spec)")

    def check_response(self, call: Call[Any], response: httpx.Response, state: _CallState) -> None:
        """With ``validate_responses=True``: validate a 200 answer against the spec's response schema."""
        if not self.validate_responses or response.status_code != 200:
            return
        from .validation import validate_response

        violations = validate_response(call.path, response.content, method=call.method)
        if violations:
            raise ResponseValidationError(
                violations, response.content, method=call.method, path=call.path, attempts=state.attempts
            )

    def retrying(self, state: _CallState) -> Any:
        import stamina  # imported on the first call, not with the package

        p = state.policy
        return stamina.retry_context(
            on=state.backoff,
            attempts=p.max_attempts,
            timeout=p.deadline,
            wait_initial=p.wait_initial,
            wait_max=p.wait_max,
            wait_jitter=p.wait_jitter,
        )

    def attempt_timeout(self, call: Call[Any], state: _CallState) -> httpx.Timeout:
        """This attempt's timeout: the configured one, shortened to what is left of the deadline."""
        state.attempts += 1
        remaining = state.remaining()
        if remaining is None or remaining >= state.longest_timeout:
            return state.timeout
        if remaining <= 0:
            raise TimeoutError(
                f"deadline of {state.policy.deadline} s exceeded",
                method=call.method,
                path=call.path,
                attempts=state.attempts - 1,
            )

        def clamp(value: float | None) -> float:
            return remaining if value is None else min(value, remaining)

        t = state.timeout
        return httpx.Timeout(connect=clamp(t.connect), read=clamp(t.read), write=clamp(t.write), pool=clamp(t.pool))

    def build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], timeout: httpx.Timeout) -> httpx.Request:
        """A new request for one attempt, signed here: fresh nonce and timestamp, one URL parse."""
        # urlencode is what httpx.QueryParams uses underneath (params here are ints and strings), minus a layer.
        query = urlencode({**call.params, **self.auth.global_params()})
        return http.build_request(call.method, f"{self._prefix}{call.path}?{query}", timeout=timeout)

    def transport_error(self, exc: Exception, call: Call[Any], state: _CallState, started: float) -> RequestError:
        """Map an httpx exception to ours (the URL, and so the token, is never part of the text)."""
        where: dict[str, Any] = {"method": call.method, "path": call.path, "attempts": state.attempts}
        kind = type(exc).__name__
        text = redact(str(exc)) or kind
        self._log(call, state, started, None, error=kind)
        if isinstance(exc, httpx.TimeoutException):
            return TimeoutError(f"{kind}: {text}", **where)
        return ConnectError(f"{kind}: {text}", **where)

    def finish(self, call: Call[T], response: httpx.Response, state: _CallState, started: float) -> T:
        """Read one answer: the typed model, or the typed error annotated for the retry decision."""
        trace_id: str | None = None
        try:
            self.check_response(call, response, state)
            result, trace_id = call.parse_traced(response, attempts=state.attempts)
        except ReplayError as exc:
            trace_id = exc.trace_id
            if exc.code == TIMESTAMP_EXPIRED and not state.clock_corrected:
                offset = server_clock_offset(response.headers.get("Date"))
                if offset is not None:
                    self.auth.clock_offset = offset
                    state.clock_corrected = True
                    exc.clock_corrected = True
                    logger.warning("clock corrected by %.1f s from the server's Date header after 12101", offset)
            raise
        except RequestError as exc:
            trace_id = exc.trace_id
            exc.retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise
        finally:
            self._log(call, state, started, response, trace_id=trace_id)
        return result

    def _log(
        self,
        call: Call[Any],
        state: _CallState,
        started: float,
        response: httpx.Response | None,
        *,
        trace_id: str | None = None,
        error: str | None = None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d%s)",
            call.method,
            call.path,
            response.status_code if response is not None else error,
            (time.perf_counter() - started) * 1000,
            state.attempts,
            f", trace_id={trace_id}" if trace_id else "",
            extra={
                "tencent_ads_method": call.method,
                "tencent_ads_path": call.path,
                "tencent_ads_status": response.status_code if response is not None else None,
                "tencent_ads_attempt": state.attempts,
                "tencent_ads_trace_id": trace_id,
                "tencent_ads_duration_ms": (time.perf_counter() - started) * 1000,
            },
        )


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _ClientBase(Generic[TransportT]):
    """What both clients take and hold; each subclass opens its own kind of httpx client."""

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | RateLimiter | None = None,
        strict_filters: bool = True,
        validate_requests: bool = False,
        validate_responses: bool = False,
        transport: TransportT | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        self._core = _Core(
            access_token=access_token,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            strict_filters=strict_filters,
            validate_requests=validate_requests,
            validate_responses=validate_responses,
        )
        self._open(self._core.httpx_kwargs(transport, httpx_args))

    def _open(self, httpx_kwargs: dict[str, Any]) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        return self._core.base_url

    @property
    def auth(self) -> SigningAuth:
        """The signing step (for raw access with the generated client, or to inspect ``clock_offset``)."""
        return self._core.auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._core.base_url)!r})"


class Client(_ClientBase[httpx.BaseTransport]):
    """Synchronous client.

    ::

        from tencent_ads import Client

        with Client() as client:                      # token from TENCENT_ADS_ACCESS_TOKEN
            page = client.async_tasks.get(account_id=123, page_size=100)
            for task in page.list_:
                print(task.task_id, task.status)

    Arguments: ``access_token`` (default: env ``TENCENT_ADS_ACCESS_TOKEN``),
    ``base_url`` (default: env ``TENCENT_ADS_BASE_URL``, else production),
    ``timeout`` (seconds or :class:`httpx.Timeout`; finite by default),
    ``retry`` (:class:`RetryPolicy`), ``rate_limit`` (requests per second shared
    by all threads using this client, or a :class:`RateLimiter`),
    ``strict_filters`` (False skips the filter rules but not the shape),
    ``validate_requests`` / ``validate_responses`` (check every request before
    sending, every answer before returning, against the packaged spec with
    openapi-core — loaded on first use),
    ``transport`` and ``httpx_args`` (passed to :class:`httpx.Client`).
    """

    def _open(self, httpx_kwargs: dict[str, Any]) -> None:
        from ._resources import AsyncTasks, ProgrammedCommponentResult

        self._http = httpx.Client(**httpx_kwargs)
        self.async_tasks = AsyncTasks(self)
        self.programmed_commponent_result = ProgrammedCommponentResult(self)

    def execute(self, call: Call[T], *, retry: RetryPolicy | int | None = None, timeout: TimeoutLike = None) -> T:
        """Send a prepared :class:`Call` with retries; return its typed result."""
        core = self._core
        core.check_request(call)
        state = core.state(retry, timeout)
        for attempt in core.retrying(state):
            with attempt:
                return self._attempt(call, state)
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    def _attempt(self, call: Call[T], state: _CallState) -> T:
        core = self._core
        timeout = core.attempt_timeout(call, state)
        if core.limiter is not None and (delay := core.limiter.reserve()) > 0:
            time.sleep(delay)
        request = core.build(self._http, call, timeout)
        started = time.perf_counter()
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise core.transport_error(exc, call, state, started) from None
        return core.finish(call, response, state, started)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_ClientBase[httpx.AsyncBaseTransport]):
    """Asynchronous client; the same arguments and behaviour as :class:`Client`.

    ::

        async with AsyncClient() as client:
            data = await client.programmed_commponent_result.get(account_id=123, material_derive_id=116922)
    """

    def _open(self, httpx_kwargs: dict[str, Any]) -> None:
        from ._resources import AsyncAsyncTasks, AsyncProgrammedCommponentResult

        self._http = httpx.AsyncClient(**httpx_kwargs)
        self.async_tasks = AsyncAsyncTasks(self)
        self.programmed_commponent_result = AsyncProgrammedCommponentResult(self)

    async def execute(self, call: Call[T], *, retry: RetryPolicy | int | None = None, timeout: TimeoutLike = None) -> T:
        """Send a prepared :class:`Call` with retries; return its typed result."""
        core = self._core
        core.check_request(call)
        state = core.state(retry, timeout)
        async for attempt in core.retrying(state):
            with attempt:
                return await self._attempt(call, state)
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    async def _attempt(self, call: Call[T], state: _CallState) -> T:
        core = self._core
        timeout = core.attempt_timeout(call, state)
        if core.limiter is not None and (delay := core.limiter.reserve()) > 0:
            import asyncio

            await asyncio.sleep(delay)
        request = core.build(self._http, call, timeout)
        started = time.perf_counter()
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise core.transport_error(exc, call, state, started) from None
        return core.finish(call, response, state, started)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
