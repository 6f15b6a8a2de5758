"""``Client`` and ``AsyncClient``: signing, retries, timeouts, rate limit and logging around httpx.

Both clients share one :class:`_Core` holding the settings and every decision
that does no I/O (building a request, reading an answer, mapping httpx's
exceptions, the retry hook); the two classes only differ in how they wait and
send. A call goes::

    Call (validated, no I/O)
      └─ stamina retry_context (RetryPolicy.backoff_for decides)
           └─ attempt: rate-limit slot → build a new request, signed with
                access_token, timestamp and a fresh nonce → httpx send
                (AsyncClient with the aiohttp backend: aiohttp, see _aiohttp),
                body read in chunks under the call's deadline and size limit
                → Call.parse_body (envelope, typed errors, generated decoders)

An error leaves an attempt scrubbed: no ``__context__`` (httpx's exception
holds the request, and so the URL with the token) and no traceback frames
below the attempt (their locals hold the request and the response).

After ``os.fork()`` a client opens a fresh connection pool in the child on its
next call, so the two processes never share a keep-alive socket (they would
read each other's answers). The pool inherited from the parent is abandoned,
not closed: closing it could write to sockets the parent still uses. A
``transport=`` you pass yourself is yours to make fork-safe.
"""

from __future__ import annotations

import io
import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, Protocol, Self, TypeVar

import httpx

from . import __version__
from ._bounds import CALL_DEADLINE, BodySink, body_limit, bound_transports, past
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    GLOBAL_PARAMETERS,
    PRODUCTION_BASE_URL,
    TimeoutLike,
    logging_from_env,
    may_carry_secrets,
    resolve_base_url,
    resolve_file_base_url,
    resolve_max_bytes,
    resolve_timeout,
    resolve_token,
    retries_from_env,
    timeout_from_env,
)
from ._errors import (
    REFRESH_CODES,
    AuthError,
    ConfigurationError,
    ConnectError,
    DeadlineExceededError,
    HTTPStatusError,
    OutcomeUnknownError,
    ReplayError,
    RequestError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ResponseValidationError,
    TencentAdsError,
)
from ._ratelimit import RateLimiter
from ._redaction import Secret, install_log_redaction, redact
from ._retries import (
    TIMESTAMP_EXPIRED,
    RetryPolicy,
    as_policy,
    outcome_unknown,
    parse_retry_after,
    server_clock_offset,
)
from ._signing import SigningAuth
from ._tls import OnDemandContext

if TYPE_CHECKING:
    from tencent_ads_generated.resources import AsyncRawResources, AsyncResources, RawResources, SyncResources

    from ._aiohttp import AiohttpSender
    from ._calls import Call
    from ._raw import RawResponse
    from ._tokens import RefreshingToken
else:  # the resources (and the generated models under them) load when a client is built, not on import

    class SyncResources:
        pass

    class AsyncResources:
        pass


T = TypeVar("T")

logger: Final = logging.getLogger("tencent_ads")

USER_AGENT: Final = f"tencent-ads-python/{__version__}"
#: Connections per client: 20, every one kept alive between calls. httpx's default (100, of which 20 are kept)
#: opened a new connection — against the real API, a TLS handshake — for nearly every call beyond 20 in flight
#: (1,000 for 1,000 calls at 200 in flight), and httpcore's pool slows down with every connection it holds:
#: on a fast loopback server, 20 kept connections gave 494 / 414 calls/s at 50 / 200 in flight, where the
#: default gave 315 / 217 and 100 kept connections 175 / 53. Calls beyond 20 wait for a free connection (within
#: the pool timeout); 20 at 100 ms each is 200 calls/s, more than the API's per-second limits allow. More:
#: ``httpx_args={"limits": httpx.Limits(...)}``.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=30.0)


class Answer(Protocol):
    """What the client reads of an HTTP answer besides its body: an ``httpx.Response``, or aiohttp's, adapted."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


class _AiohttpAnswer:
    """aiohttp's status and headers under httpx's names (the headers: aiohttp's case-insensitive mapping)."""

    __slots__ = ("headers", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str]) -> None:
        self.status_code = status_code
        self.headers = headers


#: The header of a write's JSON body (the body itself is compact UTF-8 JSON, built once per call).
JSON_HEADERS: Final = {"Content-Type": "application/json"}
#: httpx's exceptions that mean the request never left: no connection could be opened, none came free in time.
UNSENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: The most times one call renews a rejected (11000/11002) token — each time for a different, newer token.
MAX_RENEWALS: Final = 3
#: Redirects followed for a file (the file endpoint answers with one to the file's download address).
MAX_REDIRECTS: Final = 3


class _CallState:
    """Per-call bookkeeping shared by all attempts of one call."""

    __slots__ = (
        "answer",
        "attempts",
        "clock_fixed_for",
        "cut_short",
        "deadline_at",
        "longest_timeout",
        "policy",
        "refreshed_for",
        "rejected",
        "renewals",
        "sent",
        "sent_at",
        "sink",
        "stale",
        "started",
        "timeout",
        "token",
    )

    def __init__(self, policy: RetryPolicy, timeout: httpx.Timeout) -> None:
        self.policy = policy
        self.timeout = timeout
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        self.longest_timeout = float("inf") if None in parts else max(p for p in parts if p is not None)
        self.started = time.monotonic()
        self.deadline_at = None if policy.deadline is None else self.started + policy.deadline
        self.attempts = 0
        #: For a download: makes each attempt's file sink (a file answer's body goes to disk, not memory).
        self.sink: Callable[[httpx.Response], BodySink] | None = None
        #: The 12101 error whose attempt corrected the clock: that one, and only that one, is retried.
        self.clock_fixed_for: Exception | None = None
        #: The 11000/11002 error after which the (refreshing) token is renewed: retried once, at once.
        self.refreshed_for: Exception | None = None
        #: The error whose computed backoff would have reached the deadline, and that wait: the call ends with
        #: a DeadlineExceededError naming it (:meth:`final_error`), not after a sleep past the deadline.
        self.cut_short: tuple[Exception, float] | None = None
        #: The last answer's (status, headers, trace_id): for ``with_raw_response``.
        self.answer: tuple[int, Mapping[str, str], str | None] | None = None
        #: The access token the last attempt was signed with.
        self.token: Secret | None = None
        #: The token just rejected (11000/11002): the next attempt renews it, then this is cleared.
        self.stale: Secret | None = None
        #: The last token rejected, and how many times this call renewed its token.
        self.rejected: Secret | None = None
        self.renewals = 0
        #: Whether this attempt's request was handed to the transport (before: a failure proves nothing was sent),
        #: and when (epoch seconds) the last request went out.
        self.sent = False
        self.sent_at = 0.0

    def remaining(self) -> float | None:
        return None if self.deadline_at is None else self.deadline_at - time.monotonic()

    def deadline_error(self, call: Call[Any], what: str = "") -> DeadlineExceededError:
        return DeadlineExceededError(
            f"deadline of {self.policy.deadline:g} s exceeded{what}",
            method=call.method,
            path=call.path,
            attempts=self.attempts,
        )

    def backoff(self, exc: Exception) -> bool | float:
        if exc is self.clock_fixed_for or exc is self.refreshed_for:
            return 0.0  # 12101 after the clock was corrected, or 11000/11002 with a token to renew: once, at once
        decision = self.policy.backoff_for(exc)
        if decision is False:
            return False
        # The wait is decided here (stamina sleeps exactly what this returns), so that it is capped by the time
        # left: a wait that reaches the deadline leaves no time for an attempt, and the call ends now instead of
        # sleeping past the deadline — with a DeadlineExceededError naming this error after a computed backoff
        # (final_error), with this error itself after a Retry-After (its retry_after says when to come back).
        wait = self.policy.wait_for(self.attempts) if decision is True else decision
        remaining = self.remaining()
        if remaining is not None and wait >= remaining:
            if decision is True:
                self.cut_short = (exc, wait)
            return False
        return wait

    def final_error(self, error: TencentAdsError) -> TencentAdsError:
        """The error a call ends with once no retry follows: ``error``, or — when the deadline left no time for
        the backoff before another attempt — a :class:`DeadlineExceededError` that names it."""
        if self.cut_short is None or self.cut_short[0] is not error:
            return error
        wait = self.cut_short[1]
        left = max(self.remaining() or 0.0, 0.0)
        text = str(error)
        if isinstance(error, RequestError):
            text = text.removesuffix(error._where())
        return DeadlineExceededError(
            f"deadline of {self.policy.deadline:g} s: no time for another attempt ({left:.1f} s left, the next "
            f"after a {wait:.1f} s backoff); the last attempt failed with {type(error).__name__}: {text}",
            method=getattr(error, "method", None),
            path=getattr(error, "path", None),
            attempts=self.attempts,
            trace_id=getattr(error, "trace_id", None),
        )


class _Retrying:
    """stamina's retry context (sync and async iteration), whose final error passes through
    :meth:`_CallState.final_error`. An iterator class, not a generator: a call that returns from inside the
    loop leaves nothing suspended for the event loop to finalize."""

    __slots__ = ("_attempts", "_context", "_state")

    def __init__(self, context: Any, state: _CallState) -> None:
        self._context = context
        self._state = state
        self._attempts: Any = None

    def __iter__(self) -> Self:
        self._attempts = iter(self._context)
        return self

    def __next__(self) -> Any:
        try:
            return next(self._attempts)
        except TencentAdsError as error:
            final = self._state.final_error(error)
        raise final  # outside the except block: nothing chained

    def __aiter__(self) -> Self:
        self._attempts = self._context.__aiter__()
        return self

    async def __anext__(self) -> Any:
        try:
            return await self._attempts.__anext__()
        except TencentAdsError as error:
            final = self._state.final_error(error)
        raise final


class _Core:
    """Settings and the I/O-free half of every call."""

    def __init__(
        self,
        *,
        access_token: str | RefreshingToken | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutLike,
        retry: RetryPolicy | int | None,
        rate_limit: float | RateLimiter | None,
        strict_filters: bool,
        validate_requests: bool = False,
        validate_responses: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        file_base_url: str | httpx.URL | None = None,
    ) -> None:
        install_log_redaction()
        for name, flag in (
            ("strict_filters", strict_filters),
            ("validate_requests", validate_requests),
            ("validate_responses", validate_responses),
        ):
            if not isinstance(flag, bool):
                raise ConfigurationError(f"{name} must be True or False, got {flag!r}")
        self.validate_requests = validate_requests
        self.validate_responses = validate_responses
        self.base_url = resolve_base_url(base_url)
        if isinstance(access_token, str | None):
            self.auth = SigningAuth(resolve_token(access_token))
        else:
            self.auth = SigningAuth(access_token)
            if self.auth.refreshing is not None:
                self.auth.refreshing.attach(self.base_url)
        #: The token that renews itself, or None for a fixed access token.
        self.refreshing = self.auth.refreshing
        self._prefix = str(self.base_url).rstrip("/")
        self.file_base_url = resolve_file_base_url(file_base_url, base_url)
        self._file_prefix = None if self.file_base_url is None else str(self.file_base_url).rstrip("/")
        self._servers: dict[str, str] = {}
        logging_from_env()
        self.timeout = resolve_timeout(timeout_from_env(timeout))
        self.retry = as_policy(retries_from_env() if retry is None else retry, RetryPolicy())
        self.max_response_bytes = resolve_max_bytes(max_response_bytes)
        if rate_limit is None or isinstance(rate_limit, RateLimiter):
            self.limiter = rate_limit
        elif isinstance(rate_limit, int | float) and not isinstance(rate_limit, bool):
            try:
                self.limiter = RateLimiter(rate_limit)
            except ValueError as exc:
                raise ConfigurationError(f"rate_limit: {exc}") from None
        else:
            raise ConfigurationError(f"rate_limit must be requests per second or a RateLimiter, got {rate_limit!r}")
        self.strict_filters = strict_filters

    def httpx_kwargs(self, transport: Any, extra: Mapping[str, Any] | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "headers": {"User-Agent": USER_AGENT},
            "follow_redirects": False,
            # every connection opened is kept: httpx's default keeps 20 of 100, so beyond 20 calls in flight
            # each call opened (and, against the real API, TLS-handshook) a connection of its own
            "limits": DEFAULT_LIMITS,
        }
        if self.base_url.scheme == "http":
            # Plain http (literal loopback only): a proxy from the environment would receive the token in clear.
            kwargs["trust_env"] = False
            # and no TLS context until a connection needs one (a file redirected to https): httpx's, built then
            kwargs["verify"] = OnDemandContext(trust_env=False)
        if transport is not None:
            kwargs["transport"] = transport
        if extra is not None and not isinstance(extra, Mapping):
            raise ConfigurationError(f"httpx_args must be a mapping, got {type(extra).__name__}")
        kwargs.update(extra or {})
        return kwargs

    def state(self, retry: RetryPolicy | int | None, timeout: TimeoutLike | None) -> _CallState:
        return _CallState(as_policy(retry, self.retry), self.timeout if timeout is None else resolve_timeout(timeout))

    def check_request(self, call: Call[Any]) -> None:
        """With ``validate_requests=True``: validate against the spec (openapi-core) before anything is sent."""
        if not self.validate_requests:
            return
        from .validation import validate_request

        violations = validate_request(
            call.path, method=call.method, query=call.params, body=call.body, require_auth=False
        )
        if violations:
            raise RequestValidationError(violations, what=f"{call.method} {call.path} (checked against the spec)")

    def check_response(self, call: Call[Any], status_code: int, body: bytes, state: _CallState) -> None:
        """With ``validate_responses=True``: validate a 200 answer against the spec's response schema."""
        if not self.validate_responses or status_code != 200 or call.binary:
            return
        from .validation import validate_response

        violations = validate_response(call.path, body, method=call.method)
        if violations:
            raise ResponseValidationError(violations, body, method=call.method, path=call.path, attempts=state.attempts)

    def may_retry(self, error: Exception, state: _CallState) -> bool:
        """Whether a retry could follow this failed attempt (else the bare first attempt's error is final).

        True as well when the deadline cut the backoff short: :meth:`retrying` then ends the call with the
        DeadlineExceededError that names the error (:meth:`_CallState.final_error`).
        """
        if state.policy.max_attempts <= 1:
            return False
        return state.backoff(error) is not False or (state.cut_short is not None and state.cut_short[0] is error)

    def retrying(self, state: _CallState) -> Any:
        """stamina's retry context, entered after a first attempt failed (it replays that failure first).

        Every wait is :meth:`_CallState.backoff`'s (capped by the deadline); the error the context ends with
        passes through :meth:`_CallState.final_error`.
        """
        import stamina  # imported on the first retry, not with the package

        p = state.policy
        remaining = state.remaining()
        return _Retrying(
            stamina.retry_context(
                on=state.backoff,
                attempts=p.max_attempts,
                # the deadline counts from the call's start, not from the first retry
                timeout=None if remaining is None else max(remaining, 0.001),
                wait_initial=p.wait_initial,
                wait_max=p.wait_max,
                wait_jitter=p.wait_jitter,
            ),
            state,
        )

    def settle(self, call: Call[Any], state: _CallState, error: TencentAdsError) -> TencentAdsError:
        """The error an attempt ends with: for a write that is not idempotent, a failure that leaves its outcome
        unknown becomes :class:`OutcomeUnknownError` (never retried); anything else is returned as it is."""
        if call.idempotent or not state.sent or not outcome_unknown(error):
            return error
        return OutcomeUnknownError(
            call.operation_id, error, sent_at=state.sent_at, method=call.method, path=call.path, attempts=state.attempts
        )

    def attempt_timeout(self, call: Call[Any], state: _CallState) -> httpx.Timeout:
        """This attempt's timeout: the configured one, shortened to what is left of the deadline."""
        state.sent = False
        state.attempts += 1
        remaining = state.remaining()
        if remaining is None or remaining >= state.longest_timeout:
            return state.timeout
        if remaining <= 0:
            state.attempts -= 1
            raise state.deadline_error(call)

        def clamp(value: float | None) -> float:
            return remaining if value is None else min(value, remaining)

        t = state.timeout
        return httpx.Timeout(connect=clamp(t.connect), read=clamp(t.read), write=clamp(t.write), pool=clamp(t.pool))

    def rate_limit_slot(self, call: Call[Any], state: _CallState) -> tuple[float, bool]:
        """This attempt's rate-limit slot: (seconds to wait, whether the slot is ours after waiting).

        A slot beyond the deadline ends the call now.
        """
        if self.limiter is None:
            return 0.0, True
        if not self.limiter.shared:  # each endpoint (the call's path) has its own budget, as the API counts
            return self._checked_slot(call, state, self.limiter.acquire(state.remaining(), call.path))
        # a shared limiter's storage answers within the deadline, or the call ends (a hung Redis, say)
        remaining = self._storage_wait(call, state)
        try:
            slot = self.limiter.acquire(timeout=remaining, endpoint=call.path)
        except TimeoutError:
            slot = None
        if slot is None:
            raise state.deadline_error(call, " (the rate limit's storage did not answer in time)")
        return self._checked_slot(call, state, slot)

    async def arate_limit_slot(self, call: Call[Any], state: _CallState) -> tuple[float, bool]:
        """:meth:`rate_limit_slot` for asyncio: a limiter that talks to Redis does so on its own threads
        (``RateLimiter.aacquire``), and the call waits for it at most until its deadline."""
        if self.limiter is None:
            return 0.0, True
        if not self.limiter.shared:
            return self._checked_slot(call, state, self.limiter.acquire(state.remaining(), call.path))
        remaining = self._storage_wait(call, state)
        try:
            slot = await self.limiter.aacquire(timeout=remaining, endpoint=call.path)
        except TimeoutError:
            slot = None
        if slot is None:
            raise state.deadline_error(call, " (the rate limit's storage did not answer in time)")
        return self._checked_slot(call, state, slot)

    @staticmethod
    def _storage_wait(call: Call[Any], state: _CallState) -> float | None:
        """How long a shared limiter's storage may take to answer: the call's time left (None: no deadline)."""
        remaining = state.remaining()
        if remaining is not None and remaining <= 0:
            raise state.deadline_error(call, " (before the rate limit's slot)")
        return remaining

    def _checked_slot(self, call: Call[Any], state: _CallState, slot: tuple[float, bool]) -> tuple[float, bool]:
        delay = slot[0]
        remaining = state.remaining()
        if remaining is not None and delay >= remaining:
            raise state.deadline_error(call, f" (the rate limit's next slot is {delay:.1f} s away)")
        return slot

    def stale_token(self, state: _CallState) -> Secret | None:
        """The token the previous attempt was rejected with (11000/11002), for the token to renew; else None."""
        stale, state.stale = state.stale, None
        return stale

    def attempt_token(self, call: Call[Any], state: _CallState) -> Secret | None:
        """The access token this attempt signs with (None for an unsigned call); a due or rejected one is renewed.

        A renewal is waited for no longer than the call's deadline or the attempt's timeout allow
        (:meth:`token_wait`); then :meth:`renewal_timed_out`'s error — the renewal itself goes on.
        """
        if not call.signed:
            return None
        refreshing = self.auth.refreshing
        if refreshing is None:
            state.token = self.auth.token()
            return state.token
        stale = self.stale_token(state)
        usable = refreshing._usable(stale)  # the common case: no renewal, nothing to bound
        if usable is not None:
            state.token = usable
            return usable
        from ._tokens import RenewalWaitError

        wait = self.token_wait(state)
        try:
            state.token = refreshing.current(stale, wait=wait)
        except RenewalWaitError:
            failure = self.renewal_timed_out(call, state, stale, wait)
        else:
            return state.token
        raise failure  # outside the except block: nothing chained

    async def aattempt_token(self, call: Call[Any], state: _CallState) -> Secret | None:
        """:meth:`attempt_token` for asyncio: awaits the renewal (``RefreshingToken.acurrent``), taking no thread."""
        refreshing = self.auth.refreshing
        if not call.signed or refreshing is None:
            return self.attempt_token(call, state)
        stale = self.stale_token(state)
        usable = refreshing._usable(stale)
        if usable is not None:
            state.token = usable
            return usable
        from ._tokens import RenewalWaitError

        wait = self.token_wait(state)
        try:
            state.token = await refreshing.acurrent(stale, wait=wait)
        except RenewalWaitError:
            failure = self.renewal_timed_out(call, state, stale, wait)
        else:
            return state.token
        raise failure

    def token_wait(self, state: _CallState) -> float:
        """The most seconds this attempt waits for the token's renewal: the attempt's timeout, or less when the
        call's deadline is nearer (a renewal is like a connection coming free: part of the attempt)."""
        remaining = state.remaining()
        return state.longest_timeout if remaining is None else max(0.0, min(state.longest_timeout, remaining))

    def renewal_timed_out(
        self, call: Call[Any], state: _CallState, stale: Secret | None, waited: float
    ) -> RequestTimeoutError:
        """The error of an attempt whose token's renewal did not end in time: the call's deadline passed
        (:class:`DeadlineExceededError`, final), else the attempt's timeout (:class:`RequestTimeoutError`,
        ``unsent``: nothing was sent, so it is retried as the policy says, a write included)."""
        state.stale = stale  # the next attempt still renews a rejected token
        if state.deadline_at is not None and past(state.deadline_at):
            return state.deadline_error(call, " (the access token's renewal had not ended)")
        return RequestTimeoutError(
            f"the access token's renewal did not end within the attempt's timeout ({waited:g} s)",
            method=call.method,
            path=call.path,
            attempts=state.attempts,
            unsent=True,
        )

    def url(self, call: Call[Any], token: Secret | None, state: _CallState) -> str:
        """The URL of one attempt, signed here with ``token``: fresh nonce and timestamp.

        Called when the request goes out at once: from here on, a failure may mean it reached the server.
        """
        prefix, query = self.signed_query(call, token, state)
        return f"{prefix}{call.path}?{query}"

    def signed_query(self, call: Call[Any], token: Secret | None, state: _CallState) -> tuple[str, str]:
        """:meth:`url` in two parts: where it goes (the base URL, no trailing ``/``) and its signed query."""
        state.sent = True
        state.sent_at = time.time()
        if call.signed:
            signature = self.auth.query(token)
            query = f"{call.query}&{signature}" if call.query else signature
        else:
            query = call.query  # oauth/token: no access_token, timestamp or nonce (``security: []``)
        return (self._prefix if call.server is None else self.server_prefix(call.server)), query

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        call: Call[Any],
        timeout: httpx.Timeout,
        token: Secret | None,
        state: _CallState,
    ) -> httpx.Request:
        """A new httpx request for one attempt (:meth:`url`), parsed once; a write's body as JSON."""
        url = self.url(call, token, state)
        try:
            if call.body is None:
                return http.build_request(call.method, url, timeout=timeout)
            return http.build_request(call.method, url, timeout=timeout, content=call.body, headers=JSON_HEADERS)
        except httpx.InvalidURL as exc:  # the query is bounded when the Call is built; this is the last guard
            raise RequestValidationError([f"the request URL is invalid: {redact(str(exc))}"]) from None

    def server_prefix(self, server: str) -> str:
        """Where an operation with its own server in the spec goes, given this client's settings.

        On the API's own host (oauth/token, at ``https://api.e.qq.com``): the same path on this client's base
        URL's origin, so the sandbox or a test server serves it too. Elsewhere (the file host): file_base_url,
        else a custom base_url, else the spec's server.
        """
        found = self._servers.get(server)
        if found is None:
            url = httpx.URL(server)
            if url.host == httpx.URL(PRODUCTION_BASE_URL).host:
                found = str(self.base_url.copy_with(path=url.path or "/", query=None)).rstrip("/")
            else:
                found = self._file_prefix or server.rstrip("/")
            self._servers[server] = found
        return found

    def redirect(
        self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], response: httpx.Response, timeout: httpx.Timeout
    ) -> httpx.Request | None:
        """For a file operation's redirect: the request for its target — https (or a literal loopback address),
        and never the access token; None when the answer is not a redirect to follow."""
        location = response.headers.get("Location")
        if not call.binary or not response.is_redirect or not location:
            return None
        try:
            target = response.url.join(location)
        except httpx.InvalidURL:
            target = None
        if target is None or not may_carry_secrets(target):
            shown = "an invalid URL" if target is None else f"{target.scheme}://{target.host}"
            raise HTTPStatusError(
                response.status_code,
                f"refusing to follow the file's redirect to {shown} (https only)",
                method=call.method,
                path=call.path,
            )
        kept = [(k, v) for k, v in target.params.multi_items() if k not in GLOBAL_PARAMETERS]
        return http.build_request("GET", target.copy_with(params=kept), timeout=timeout)

    def transport_error(
        self,
        exc: Exception,
        call: Call[Any],
        state: _CallState,
        started: float,
        host: str = "",
        *,
        connect_proves_unsent: bool = True,
    ) -> RequestError:
        """Map an httpx exception to ours (the URL, and so the token, is never part of the text).

        ``host``: where the request went (``host:port``), when the exception does not carry its request.
        ``connect_proves_unsent``: httpx's connect errors mean the request never left (False for a transport
        that maps other failures to them: httpx-aiohttp's).
        """
        unsent = connect_proves_unsent and isinstance(exc, UNSENT_ERRORS)
        where: dict[str, Any] = {"method": call.method, "path": call.path, "attempts": state.attempts, "unsent": unsent}
        kind = type(exc).__name__
        text = redact(str(exc)) or kind
        self._log(call, state, started, None, error=kind)
        if isinstance(exc, httpx.TimeoutException):
            if state.deadline_at is not None and past(state.deadline_at):
                return state.deadline_error(call, f" ({kind})")
            return RequestTimeoutError(f"{kind}: {text}", **where)
        if isinstance(exc, httpx.DecodingError):
            return ResponseDecodeError(
                f"response body could not be decompressed ({kind}: {text})", transient=True, **where
            )
        try:
            url = exc.request.url if isinstance(exc, httpx.RequestError) else None
        except RuntimeError:  # an exception raised outside a request has none
            url = None
        if url is not None and url.host:
            host = f"{url.host}{f':{url.port}' if url.port else ''}"
        return ConnectError(f"{kind}{f' to {host}' if host else ''}: {text}", **where)

    def open_body(self, call: Call[Any], response: httpx.Response, state: _CallState) -> BodySink:
        """Where this answer's body goes: a download's file for a file, else memory up to the limit."""
        content_type = response.headers.get("Content-Type", "").lower()
        if state.sink is not None and call.binary and response.status_code == 200 and "json" not in content_type:
            return state.sink(response)
        return body_limit(response.status_code, self.max_response_bytes)

    def body_read(self, call: Call[Any], state: _CallState, limit: BodySink, more: bool) -> bool:
        """After a chunk: whether to read on. Past the deadline, or a 200 answer over the limit, raises."""
        if state.deadline_at is not None and past(state.deadline_at):
            raise state.deadline_error(call, " (while reading the answer)")
        if not more and limit.over_is_error:
            raise ResponseTooLargeError(limit.limit, method=call.method, path=call.path, attempts=state.attempts)
        return more

    def finish(self, call: Call[T], response: Answer, limit: BodySink, state: _CallState, started: float) -> T:
        """Read one answer: the typed model, or the typed error annotated for the retry decision."""
        trace_id: str | None = None
        body = limit.body()
        header = response.headers.get("Retry-After")
        try:
            self.check_response(call, response.status_code, body, state)
            result, trace_id = call.parse_body(
                response.status_code,
                body,
                attempts=state.attempts,
                truncated=limit.truncated,
                retry_after=None if header is None else parse_retry_after(header),
                content_type=response.headers.get("Content-Type"),
            )
        except ReplayError as exc:
            trace_id = exc.trace_id
            if exc.code == TIMESTAMP_EXPIRED and state.clock_fixed_for is None:
                offset = server_clock_offset(response.headers.get("Date"))
                if offset is None:
                    logger.warning("12101 timestamp expired, and the server's Date header gives no usable time")
                else:
                    self.auth.clock_offset = offset
                    state.clock_fixed_for = exc
                    logger.warning("clock corrected by %.1f s from the server's Date header after 12101", offset)
            raise
        except AuthError as exc:
            trace_id = exc.trace_id
            if (
                self.refreshing is not None
                and call.signed
                and exc.code in REFRESH_CODES
                and state.renewals < MAX_RENEWALS
                and state.token != state.rejected
            ):
                # Renew the token (or adopt another worker's) and retry at once. Again only if the retry's own,
                # newer token is rejected too (rotated while the attempt was on its way): never twice for one token.
                state.refreshed_for = exc
                state.stale = state.rejected = state.token
                state.renewals += 1
                logger.info("access token rejected (%s): renewing it and retrying once", exc.code)
            raise
        except RequestError as exc:
            trace_id = exc.trace_id
            raise
        finally:
            self._log(call, state, started, response, trace_id=trace_id)
        state.answer = (response.status_code, response.headers, trace_id)
        return result

    def raw(self, call: Call[T], state: _CallState, result: T) -> RawResponse[T]:
        from ._raw import RawResponse

        status, headers, trace_id = state.answer or (200, httpx.Headers(), None)
        return RawResponse(
            status_code=status,
            headers=headers if isinstance(headers, httpx.Headers) else httpx.Headers(list(headers.items())),
            trace_id=trace_id,
            method=call.method,
            path=call.path,
            attempts=state.attempts,
            elapsed=time.monotonic() - state.started,
            parsed=result,
        )

    def _log(
        self,
        call: Call[Any],
        state: _CallState,
        started: float,
        response: Answer | None,
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

#: How AsyncClient sends: ``auto`` (over aiohttp when ``tencent-ads[aiohttp]`` is installed, else httpx's own
#: pool), ``aiohttp`` or ``httpx``. Client always sends with httpx.
Backend = Literal["auto", "aiohttp", "httpx"]
BACKENDS: Final = ("auto", "aiohttp", "httpx")


def scrubbed(error: TencentAdsError) -> TencentAdsError:
    """``error``, ready to leave an attempt: no chained exception and no frames below the caller's.

    httpx's exceptions hold the request (its URL carries the token); the frames
    of the attempt hold the request and the response as locals, which error
    reporters that record locals (Sentry, ``pytest -l``) would show.
    """
    error.__cause__ = None
    error.__context__ = None
    error.__suppress_context__ = True
    return error.with_traceback(None)


class _ClientBase(Generic[TransportT]):
    """What both clients take and hold; each subclass opens its own kind of httpx client."""

    _http: Any

    def __init__(
        self,
        access_token: str | RefreshingToken | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        retry: RetryPolicy | int | None = None,
        rate_limit: float | RateLimiter | None = None,
        strict_filters: bool = True,
        validate_requests: bool = False,
        validate_responses: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        file_base_url: str | httpx.URL | None = None,
        transport: TransportT | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        backend: Backend = "auto",
    ) -> None:
        self._backend = self._check_backend(backend)
        self._core = _Core(
            access_token=access_token,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            strict_filters=strict_filters,
            validate_requests=validate_requests,
            validate_responses=validate_responses,
            max_response_bytes=max_response_bytes,
            file_base_url=file_base_url,
        )
        self._httpx_kwargs = self._core.httpx_kwargs(transport, httpx_args)
        self._httpx_args = frozenset(httpx_args or ())
        self._open_http()
        self._add_resources()

    def _open_http(self) -> None:
        self._pid = os.getpid()
        kwargs = self._httpx_kwargs
        transport = self._default_transport() if "transport" not in kwargs else None
        self._http = self._http_class()(**kwargs, **({"transport": transport} if transport is not None else {}))
        bound_transports(self._http)

    def _default_transport(self) -> Any:
        """The transport when none was given: httpx's own (None here), or the async client's aiohttp one."""
        return None

    def _check_backend(self, backend: object) -> Backend:
        if backend not in BACKENDS:
            raise ConfigurationError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        if backend == "aiohttp":
            if not isinstance(self, AsyncClient):
                raise ConfigurationError("backend='aiohttp' is for AsyncClient; Client sends with httpx")
            from ._aiohttp import resends_nothing
            from ._optional import require

            require("httpx_aiohttp", feature="AsyncClient(backend='aiohttp')", extra="aiohttp")
            if not resends_nothing():
                raise ConfigurationError("this aiohttp re-sends failed requests by itself (same nonce): upgrade it")
        return backend

    def _after_fork(self) -> None:
        """In a child process: abandon the parent's pool (never close it: the parent still uses its sockets)."""
        self._open_http()

    def _http_class(self) -> type[httpx.Client | httpx.AsyncClient]:
        raise NotImplementedError

    def _add_resources(self) -> None:
        from tencent_ads_generated import resources as generated  # one attribute per tag of the spec

        resources = generated.AsyncResources if isinstance(self, AsyncClient) else generated.SyncResources
        resources._add_resources(self)  # type: ignore[arg-type]

    @property
    def base_url(self) -> httpx.URL:
        return self._core.base_url

    @property
    def auth(self) -> SigningAuth:
        """The signing step (for raw access with the generated client, or to inspect ``clock_offset``)."""
        return self._core.auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._core.base_url)!r})"


class Client(SyncResources, _ClientBase[httpx.BaseTransport]):
    """Synchronous client.

    ::

        from tencent_ads import Client

        with Client() as client:                      # token from TENCENT_ADS_ACCESS_TOKEN
            page = client.async_tasks.get(account_id=123, page_size=100)
            for task in page.list_:
                print(task.task_id, task.status)

    Settings from the environment, as its peers read them: ``TENCENT_ADS_TIMEOUT`` (seconds, when ``timeout``
    is not given), ``TENCENT_ADS_MAX_RETRIES`` (when ``retry`` is not given), ``TENCENT_ADS_LOG``
    (``debug``/``info``/``warning``: logs to stderr, token redacted).

    Arguments: ``access_token`` (default: env ``TENCENT_ADS_ACCESS_TOKEN``),
    ``base_url`` (default: env ``TENCENT_ADS_BASE_URL``, else production),
    ``timeout`` (seconds or :class:`httpx.Timeout`; finite by default),
    ``retry`` (:class:`RetryPolicy`, or an int: retries after the first attempt),
    ``rate_limit`` (requests per second shared by all threads using this client,
    or a :class:`RateLimiter`), ``strict_filters`` (False skips the filter
    rules but not the shape), ``validate_requests`` / ``validate_responses``
    (check every request before sending, every answer before returning,
    against the packaged spec with openapi-core — loaded on first use),
    ``max_response_bytes`` (the most bytes read of one answer, after
    decompression; 16 MiB by default), ``file_base_url`` (the file host, for
    ``async_task_files``; default: env ``TENCENT_ADS_FILE_BASE_URL``, else a
    custom ``base_url``, else the spec's ``https://dl.e.qq.com/v3.0``),
    ``transport`` and ``httpx_args`` (passed to :class:`httpx.Client`).
    """

    _http: httpx.Client

    def _http_class(self) -> type[httpx.Client]:
        return httpx.Client

    def execute(
        self,
        call: Call[T],
        *,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        sink: Callable[[httpx.Response], BodySink] | None = None,
    ) -> T:
        """Send a prepared :class:`Call` with retries; return its typed result.

        ``sink`` (downloads): called with each attempt's file answer, it takes the body chunk by chunk.
        """
        return self._run(call, self._core.state(retry, timeout), sink)

    def execute_raw(
        self, call: Call[T], *, retry: RetryPolicy | int | None = None, timeout: TimeoutLike = None
    ) -> RawResponse[T]:
        """:meth:`execute`, returning the HTTP answer too (:class:`RawResponse`: status, headers, trace_id)."""
        state = self._core.state(retry, timeout)
        return self._core.raw(call, state, self._run(call, state, None))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> dict[str, Any]:
        """Call an endpoint that is not in the spec yet; return the answer's ``data`` as decoded JSON.

        ::

            data = client.request("GET", "/advertiser/get", params={"account_id": 123, "fields": ["corporation_name"]})
            data = client.request("POST", "/adgroups/update", json={"account_id": 123, "adgroup_id": 4, ...})

        ``path`` is the API path after the base URL. ``params`` go in the query by the API's GET rule (strings as
        they are, anything else its compact JSON); ``json`` is a POST's body. Signing, retries, deadlines, typed
        errors, redaction and the rate limit are those of every call; a POST is not idempotent unless you say
        ``idempotent=True`` (it is re-sent only when the failure proves it was not processed, else
        :class:`OutcomeUnknownError`). Nothing is checked against a schema: add the endpoint to the spec for that.
        """
        from ._calls import raw_call

        call = raw_call(method, path, params=params, json_body=json, idempotent=idempotent)
        return self.execute(call, retry=retry, timeout=timeout)

    @property
    def with_raw_response(self) -> RawResources:
        """The resources, each method returning a :class:`RawResponse` (status, headers, trace_id, ``parse()``)."""
        from tencent_ads_generated.resources import RawResources

        return RawResources(self)

    def _run(self, call: Call[T], state: _CallState, sink: Callable[[httpx.Response], BodySink] | None) -> T:
        core = self._core
        core.check_request(call)
        state.sink = sink
        if self._pid != os.getpid():
            self._after_fork()
        # The first attempt runs bare: stamina's retry context (40 µs) is entered only when a retry may follow,
        # and replays the first error as its own first attempt, so its count, waits and hooks are unchanged.
        try:
            return self._attempt(call, state)
        except TencentAdsError as error:
            if not core.may_retry(error, state):
                raise
            replay: TencentAdsError | None = error
        for attempt in core.retrying(state):
            with attempt:
                if replay is not None:
                    first, replay = replay, None
                    raise first
                return self._attempt(call, state)
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    def _attempt(self, call: Call[T], state: _CallState) -> T:
        try:
            return self._exchange(call, state)
        except TencentAdsError as error:
            failure = self._core.settle(call, state, scrubbed(error))
        raise scrubbed(failure)  # outside the except block: nothing chained (see scrubbed())

    def _exchange(self, call: Call[T], state: _CallState) -> T:
        core = self._core
        timeout = core.attempt_timeout(call, state)
        # The token first (a refresh may wait for a lock or a network call), then the rate-limit slot, then the
        # request at once: the slot's time is the call's start as the server sees it.
        token = core.attempt_token(call, state)
        while True:
            delay, ours = core.rate_limit_slot(call, state)
            if delay > 0:
                time.sleep(delay)
            if ours:
                break
        request = core.build(self._http, call, timeout, token, state)
        started = time.perf_counter()
        deadline = CALL_DEADLINE.set(state.deadline_at)
        try:
            response = self._http.send(request, stream=True)
            try:
                for _ in range(MAX_REDIRECTS):
                    if (hop := core.redirect(self._http, call, response, timeout)) is None:
                        break
                    response.close()
                    response = self._http.send(hop, stream=True)
                limit = core.open_body(call, response, state)
                for chunk in response.iter_bytes():
                    if not core.body_read(call, state, limit, limit.add(chunk)):
                        break
            finally:
                response.close()
        except httpx.RequestError as exc:
            error = core.transport_error(exc, call, state, started)
        else:
            return core.finish(call, response, limit, state, started)
        finally:
            CALL_DEADLINE.reset(deadline)
        raise error

    def close(self) -> None:
        if self._pid == os.getpid():
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: What of ``httpx_args`` the aiohttp backend's own path honours too; any other key sends API calls through httpx.
_SENDER_SETTINGS: Final = frozenset({"limits", "headers", "trust_env", "timeout"})
#: Bytes read at a time from an aiohttp answer (the size limit is checked after each).
_CHUNK: Final = 64 * 1024


def _aiohttp_errors() -> tuple[type[Exception], ...]:
    import sys

    aiohttp = sys.modules.get("aiohttp")  # loaded only if the aiohttp backend is used
    return (aiohttp.ClientError,) if aiohttp is not None else ()  # an empty tuple catches nothing


class AsyncClient(AsyncResources, _ClientBase[httpx.AsyncBaseTransport]):
    """Asynchronous client; the same arguments and behaviour as :class:`Client`.

    ::

        async with AsyncClient() as client:
            data = await client.programmed_commponent_result.get(account_id=123, material_derive_id=116922)
    """

    _http: httpx.AsyncClient
    #: The aiohttp backend's own path for API calls (None: every call goes through ``_http``).
    _sender: AiohttpSender | None = None
    #: Whether ``_http``'s transport reports failures after sending as connect errors (httpx-aiohttp does).
    _mapped_connect_errors = False

    @property
    def backend(self) -> str:
        """``aiohttp`` (API calls straight to aiohttp; files through httpx over aiohttp's pool) or ``httpx``."""
        return "aiohttp" if self._uses_aiohttp() else "httpx"

    def _uses_aiohttp(self) -> bool:
        if self._backend == "httpx" or "transport" in self._httpx_kwargs:
            return False
        if self._backend == "aiohttp":
            return True
        import importlib.util

        if importlib.util.find_spec("httpx_aiohttp") is None:
            return False
        from ._aiohttp import resends_nothing

        return resends_nothing()

    def _default_transport(self) -> Any:
        if not self._uses_aiohttp():
            return None
        from ._aiohttp import AiohttpSender, aiohttp_transport

        # API calls go to aiohttp directly, unless httpx_args asks for what only httpx does (verify, proxy,
        # event hooks, ...); files (a redirect, a body streamed to disk) always go through httpx over aiohttp.
        if self._httpx_args <= _SENDER_SETTINGS:
            self._sender = AiohttpSender(self._httpx_kwargs, https=self._core.base_url.scheme == "https")
        self._mapped_connect_errors = True  # httpx-aiohttp reports a dropped connection as a connect timeout
        return aiohttp_transport(self._httpx_kwargs)

    def _http_class(self) -> type[httpx.AsyncClient]:
        return httpx.AsyncClient

    async def execute(
        self,
        call: Call[T],
        *,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
        sink: Callable[[httpx.Response], BodySink] | None = None,
    ) -> T:
        """Send a prepared :class:`Call` with retries; return its result (``sink``: see :meth:`Client.execute`)."""
        return await self._run(call, self._core.state(retry, timeout), sink)

    async def execute_raw(
        self, call: Call[T], *, retry: RetryPolicy | int | None = None, timeout: TimeoutLike = None
    ) -> RawResponse[T]:
        """:meth:`execute`, returning the HTTP answer too (:class:`RawResponse`)."""
        state = self._core.state(retry, timeout)
        return self._core.raw(call, state, await self._run(call, state, None))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> dict[str, Any]:
        """:meth:`Client.request` for asyncio: an endpoint not yet in the spec, answering its ``data``."""
        from ._calls import raw_call

        call = raw_call(method, path, params=params, json_body=json, idempotent=idempotent)
        return await self.execute(call, retry=retry, timeout=timeout)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The resources, each method returning a :class:`RawResponse` (status, headers, trace_id, ``parse()``)."""
        from tencent_ads_generated.resources import AsyncRawResources

        return AsyncRawResources(self)

    async def _run(self, call: Call[T], state: _CallState, sink: Callable[[httpx.Response], BodySink] | None) -> T:
        core = self._core
        core.check_request(call)
        state.sink = sink
        if self._pid != os.getpid():
            self._after_fork()
        try:  # the first attempt bare, as in Client._run
            return await self._attempt(call, state)
        except TencentAdsError as error:
            if not core.may_retry(error, state):
                raise
            replay: TencentAdsError | None = error
        async for attempt in core.retrying(state):
            with attempt:
                if replay is not None:
                    first, replay = replay, None
                    raise first
                return await self._attempt(call, state)
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    async def _attempt(self, call: Call[T], state: _CallState) -> T:
        # One coroutine from the attempt's start to the exchange (each awaited layer costs every call): the
        # token, the slot, then the request — see Client._exchange (no await when there is nothing to wait for).
        core = self._core
        try:
            timeout = core.attempt_timeout(call, state)
            if core.refreshing is None:
                token = core.attempt_token(call, state)
            else:
                token = await core.aattempt_token(call, state)
            while core.limiter is not None:
                delay, ours = await core.arate_limit_slot(call, state)
                if delay > 0:
                    import asyncio

                    await asyncio.sleep(delay)
                if ours:
                    break
            if self._sender is not None and not call.binary:
                return await self._exchange_aiohttp(self._sender, call, state, timeout, token)
            return await self._exchange(call, state, timeout, token)
        except TencentAdsError as error:
            failure = core.settle(call, state, scrubbed(error))
        raise scrubbed(failure)  # outside the except block: nothing chained (see scrubbed())

    async def _exchange(self, call: Call[T], state: _CallState, timeout: httpx.Timeout, token: Secret | None) -> T:
        """One attempt through httpx (the httpx backend, a file, or ``httpx_args`` only httpx understands)."""
        import asyncio  # here, not at the top: `from tencent_ads import Client` stays free of asyncio's 40 ms

        core = self._core
        request = core.build(self._http, call, timeout, token, state)
        started = time.perf_counter()
        deadline = CALL_DEADLINE.set(state.deadline_at)
        try:
            # every await of the exchange ends by the deadline, whatever the transport (aiohttp's included)
            async with asyncio.timeout_at(state.deadline_at):
                response = await self._http.send(request, stream=True)
                try:
                    for _ in range(MAX_REDIRECTS):
                        if (hop := core.redirect(self._http, call, response, timeout)) is None:
                            break
                        await response.aclose()
                        response = await self._http.send(hop, stream=True)
                    limit = core.open_body(call, response, state)
                    async for chunk in response.aiter_bytes():
                        if not core.body_read(call, state, limit, limit.add(chunk)):
                            break
                finally:
                    await response.aclose()
        except httpx.RequestError as exc:
            error = core.transport_error(
                exc, call, state, started, connect_proves_unsent=not self._mapped_connect_errors
            )
        except TimeoutError:  # asyncio.timeout_at: the deadline passed (httpx's own timeouts are RequestErrors)
            error = state.deadline_error(call, " (while waiting for the answer)")
        except _aiohttp_errors() as exc:  # what httpx-aiohttp leaves unmapped (none when aiohttp is not used)
            from ._aiohttp import as_httpx_error  # the aiohttp path's own mapping: one table for both

            error = core.transport_error(as_httpx_error(exc), call, state, started, connect_proves_unsent=False)
        else:
            return core.finish(call, response, limit, state, started)
        finally:
            CALL_DEADLINE.reset(deadline)
        raise error

    async def _exchange_aiohttp(
        self, sender: AiohttpSender, call: Call[T], state: _CallState, timeout: httpx.Timeout, token: Secret | None
    ) -> T:
        """One attempt of an API call straight over aiohttp (see ``_aiohttp``): the same URL, bounds and errors.

        aiohttp's own timer bounds the exchange by the deadline (its ``total``: waiting for a connection, sending,
        the answer's head and every read of its body), so no second timer runs beside it.
        """
        core = self._core
        prefix, query = core.signed_query(call, token, state)
        url = sender.url(prefix, call.path, query)
        started = time.perf_counter()
        ends_at = state.deadline_at
        if call.body is not None:
            # aiohttp bounds reads, not writes: a server that reads a body slowly would hold the attempt for as
            # long as it likes. A write's exchange ends within the sum of its timeouts (and by the deadline).
            parts = (timeout.connect, timeout.pool, timeout.write, timeout.read)
            if None not in parts:
                upload_at = time.monotonic() + sum(p for p in parts if p is not None)
                ends_at = upload_at if ends_at is None else min(ends_at, upload_at)
        try:
            async with sender.session().request(
                call.method,
                url,
                timeout=sender.timeout(timeout, ends_at),  # the whole exchange ends by ends_at
                allow_redirects=False,
                # aiohttp warns (a ResourceWarning) for bytes over 1 MiB: a larger body goes as a stream
                data=call.body if call.body is None or len(call.body) < 1 << 20 else io.BytesIO(call.body),
                headers=None if call.body is None else JSON_HEADERS,
            ) as response:
                limit = body_limit(response.status, core.max_response_bytes)
                length = response.content_length
                if length is not None and length <= limit.limit and "Content-Encoding" not in response.headers:
                    limit.add(await response.read())  # exactly Content-Length bytes, none inflated
                else:
                    async for chunk in response.content.iter_chunked(_CHUNK):
                        if not core.body_read(call, state, limit, limit.add(chunk)):
                            break
                answer = _AiohttpAnswer(response.status, response.headers)
        except sender.errors as exc:
            if isinstance(exc, sender.client_error):  # aiohttp's own timeouts are ClientErrors too
                host = f"{url.host}:{url.port}" if url.port else str(url.host)
                error = core.transport_error(sender.as_httpx_error(exc), call, state, started, host=host)
            elif state.deadline_at is not None and past(state.deadline_at):  # aiohttp's total: the deadline
                error = state.deadline_error(call, " (while waiting for the answer)")
            else:  # a write's exchange outlasted its timeouts (a slow upload, a slow answer)
                error = RequestTimeoutError(
                    "WriteTimeout: sending the body and reading the answer took longer than the attempt's timeouts",
                    method=call.method,
                    path=call.path,
                    attempts=state.attempts,
                )
        else:
            return core.finish(call, answer, limit, state, started)
        raise error

    async def aclose(self) -> None:
        if self._pid == os.getpid():
            await self._http.aclose()
            if self._sender is not None:
                await self._sender.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
