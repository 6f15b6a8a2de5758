"""Which failures are retried, how long to wait, and the overall deadline.

Retries run *above* the signing step: each attempt is a new ``send`` through
the httpx client, so :class:`~tencent_ads.SigningAuth` gives it a new nonce and
a new timestamp (a retrying transport would re-send the same nonce, which the
API rejects with 12100). The loop itself is `stamina
<https://stamina.hynek.me>`_'s ``retry_context``; this module only supplies the
decision (:meth:`RetryPolicy.backoff_for`), shared by the sync and async
clients.

Decisions (REFERENCE.md, error codes; the codes' rules are one table, ``_errors.CODES``):

==============================================  =========================================
failure                                         retried?
==============================================  =========================================
connection error, timeout                       yes, exponential backoff with jitter
HTTP 429 and 5xx                                yes; ``Retry-After`` is honoured
body that is not JSON (truncated, HTML page)    yes
transient codes (10000, 12700, 62000, ...)      yes
rate limits 11016 (per second), 11019, ...      yes
rate limit 11017 (per minute)                   no: the API then refuses calls for ~5 min
rate limit 11018 (per day)                      no (nor a 429/5xx whose body is an 11017/11018 envelope)
12100 nonce already used                        yes, at once (a fresh nonce is automatic)
12101 timestamp expired                         once, after correcting the clock offset
                                                from the server's ``Date`` header
auth (11000–11104, 12000), invalid request      no
unknown codes                                   no
==============================================  =========================================

A write that is not idempotent (``x-idempotent: false`` in the spec; every POST
unless it says otherwise) follows the same table only for failures that prove
the server did not process it (:func:`refused_before_processing`): the request
never left (no connection could be opened, the deadline or the rate limit ended
the call first), or the API refused it before processing (auth, invalid
request, rate limits, 12100/12101), or HTTP 429. Any other failure after the
request went out (a timeout while waiting, a dropped connection, a 5xx, a
truncated body, a transient API error) leaves the outcome unknown: the call
ends with :class:`~tencent_ads.OutcomeUnknownError` instead of a retry that
could create a second object.

Bounds: a ``Retry-After`` longer than ``max_retry_after`` (60 s by default) is
not slept: the call gives up at once with the error, whose ``retry_after`` says
when the server wants to be asked again. No wait is slept past the call's
deadline either: no attempt would fit after it, so the call ends at once —
a computed backoff with :class:`~tencent_ads.DeadlineExceededError` naming the
last error (what it would have ended with after the sleep, without the sleep),
a ``Retry-After`` with the error itself. A ``Date`` header more than
:data:`MAX_CLOCK_CORRECTION` away from the local clock is ignored (a bogus
header must not shift every later timestamp by years).

Counting: ``retry=N`` (a client's or a call's, like the CLI's ``--max-retries``)
means N retries after the first attempt, so ``retry=0`` never retries;
:class:`RetryPolicy` counts ``max_attempts`` (first attempt included).
"""

from __future__ import annotations

import dataclasses
import email.utils
import enum
import math
import numbers
import random
import time
from typing import Final, Literal

from ._errors import (
    CODES,
    ApiError,
    AuthError,
    ConfigurationError,
    ConnectError,
    DeadlineExceededError,
    HTTPStatusError,
    InvalidRequestError,
    RateLimitError,
    ReplayError,
    RequestError,
    RequestTimeoutError,
    ResponseDecodeError,
    Retry,
    TransientApiError,
    TransportError,
    api_error_retry,
)


class _Keep(enum.Enum):
    KEEP = "keep"


NONCE_REUSED: Final = 12100
#: The API's limits that a retry cannot help the same day (11018) or for minutes (11017), whatever carries them
#: (the rate limits ``_errors.CODES`` never retries).
NEVER_RETRIED_LIMITS: Final = frozenset(
    code for code, (kind, rule) in CODES.items() if kind is RateLimitError and rule is Retry.NO
)
TIMESTAMP_EXPIRED: Final = 12101
#: The largest clock correction taken from a server's ``Date`` header (one day).
MAX_CLOCK_CORRECTION: Final = 86400.0


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry settings; pass one to a client, or override per call with ``retry=``.

    ``max_attempts`` counts every attempt (1 = never retry). ``deadline`` bounds
    the whole call, waits included (``None``: no overall bound). Waits grow as
    ``wait_initial * 2**n`` plus up to ``wait_jitter`` random seconds, capped at
    ``wait_max``; a ``Retry-After`` header replaces the computed wait, up to
    ``max_retry_after`` seconds (a longer one ends the call with the error).

    The deadline is a promise on the whole call: every read from the socket,
    the rate limiter's wait (and its shared storage's answer) and the waits
    between attempts end by it, and the call raises
    :class:`~tencent_ads.DeadlineExceededError` (a
    :class:`~tencent_ads.RequestTimeoutError`) when it passes. No wait between
    attempts is slept past it: when the next computed backoff would reach the
    deadline, no attempt fits after it, and the call ends at once — not after
    the sleep — with a :class:`~tencent_ads.DeadlineExceededError` whose text
    names the last attempt's error (an 11016, say); when a ``Retry-After``
    would, with that error itself (its ``retry_after`` says when to come back).
    """

    max_attempts: int = 3
    deadline: float | None = 60.0
    wait_initial: float = 0.5
    wait_max: float = 10.0
    wait_jitter: float = 0.5
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int) or self.max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be an int >= 1, got {self.max_attempts!r}")
        if self.deadline is not None:
            _check_seconds(self.deadline, "deadline", allow_zero=False)
        for name in ("wait_initial", "wait_max", "wait_jitter", "max_retry_after"):
            _check_seconds(getattr(self, name), name, allow_zero=True)

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (``max_attempts - 1``)."""
        return self.max_attempts - 1

    def evolve(
        self,
        *,
        max_attempts: int | None = None,
        deadline: float | Literal[_Keep.KEEP] | None = _Keep.KEEP,
        wait_initial: float | None = None,
        wait_max: float | None = None,
        wait_jitter: float | None = None,
        max_retry_after: float | None = None,
    ) -> RetryPolicy:
        """A copy with some settings changed (``deadline=None`` removes the deadline)."""
        return RetryPolicy(
            max_attempts=self.max_attempts if max_attempts is None else max_attempts,
            deadline=self.deadline if deadline is _Keep.KEEP else deadline,
            wait_initial=self.wait_initial if wait_initial is None else wait_initial,
            wait_max=self.wait_max if wait_max is None else wait_max,
            wait_jitter=self.wait_jitter if wait_jitter is None else wait_jitter,
            max_retry_after=self.max_retry_after if max_retry_after is None else max_retry_after,
        )

    @classmethod
    def none(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1)

    def wait_for(self, attempt: int) -> float:
        """The computed wait after failed attempt number ``attempt`` (1-based): stamina's formula,
        ``min(wait_max, wait_initial * 2**(attempt - 1) + random(0, wait_jitter))``."""
        jitter = random.uniform(0, self.wait_jitter) if self.wait_jitter else 0.0  # noqa: S311 - not a secret
        try:
            return min(self.wait_max, self.wait_initial * 2.0 ** max(attempt - 1, 0) + jitter)
        except OverflowError:
            return self.wait_max

    def backoff_for(self, exc: Exception) -> bool | float:
        """stamina's backoff hook: False = give up, True = computed backoff, a float = wait exactly that.

        A ``Retry-After`` header, when present, replaces the computed backoff.
        """
        decision = self._decide(exc)
        if decision is True and isinstance(exc, RequestError) and exc.retry_after is not None:
            if exc.retry_after > self.max_retry_after:
                return False  # the server wants a long pause: hand the error (and its retry_after) to the caller
            return exc.retry_after
        return decision

    def _decide(self, exc: Exception) -> bool | float:
        if isinstance(exc, DeadlineExceededError):
            return False
        if isinstance(exc, ApiError):
            rule = api_error_retry(exc.code)
            if rule is Retry.AT_ONCE:
                return 0.0
            # AFTER_CLOCK_FIX (12101) is the client's to decide: only it knows whether it corrected the clock.
            return rule is Retry.BACKOFF
        if isinstance(exc, HTTPStatusError):
            if envelope_refuses_retry(exc.body_snippet):
                return False  # a gateway's 429 or 5xx carrying the API's own "not today" (11018) or "not now" (11017)
            return exc.status_code == 429 or exc.status_code >= 500
        if isinstance(exc, ResponseDecodeError):
            return exc.transient
        return isinstance(exc, ConnectError | RequestTimeoutError)


def envelope_refuses_retry(body: str) -> bool:
    """Whether a non-200 answer's body is the API's envelope with a code that is never retried (11018, the
    per-day limit, or 11017, the per-minute lock-out): its rule wins over the HTTP status's."""
    text = body.strip()
    if not text.startswith("{") or '"code"' not in text:
        return False
    import json

    try:
        document = json.loads(text)
    except ValueError:  # a snippet cut short, or not JSON
        return False
    code = document.get("code") if isinstance(document, dict) else None
    if isinstance(code, str) and code.isascii() and code.isdigit() and len(code) <= 9:
        code = int(code)
    return isinstance(code, int) and not isinstance(code, bool) and code in NEVER_RETRIED_LIMITS


def _check_seconds(value: object, name: str, *, allow_zero: bool) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise ConfigurationError(f"{name} must be a finite number of seconds, got {value!r}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigurationError(f"{name} must be {'>= 0' if allow_zero else '> 0'}, got {value!r}")


def as_policy(retry: object, default: RetryPolicy) -> RetryPolicy:
    """A client's or a call's ``retry=``: a :class:`RetryPolicy`, an int N (N retries), or None (the default)."""
    if retry is None:
        return default
    if isinstance(retry, RetryPolicy):
        return retry
    if isinstance(retry, int) and not isinstance(retry, bool) and retry >= 0:
        return default.evolve(max_attempts=retry + 1)
    raise ConfigurationError(f"retry must be a RetryPolicy or an int >= 0 (retries after the first), got {retry!r}")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value) if len(value) <= 12 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
        stamp = when.timestamp()
    except (TypeError, ValueError, OverflowError, AttributeError):
        return None
    now = time.time() if now is None else now
    return max(0.0, stamp - now)


def server_clock_offset(date_header: str | None, *, local_now: float | None = None) -> float | None:
    """Server time minus local time, from a ``Date`` header; None when absent, unparsable or beyond one day."""
    if not date_header:
        return None
    try:
        when = email.utils.parsedate_to_datetime(date_header)
        stamp = when.timestamp()
    except (TypeError, ValueError, OverflowError, AttributeError):
        return None
    local_now = time.time() if local_now is None else local_now
    offset = stamp - local_now
    return offset if abs(offset) <= MAX_CLOCK_CORRECTION else None


def refused_before_processing(exc: Exception) -> bool:
    """Whether a failure proves the server did not process the request (so a write may be sent again).

    The request never left (``unsent``: no connection could be opened), the API refused it before processing
    (auth, invalid request, rate limits, 12100/12101: the API's error table), or a gateway's HTTP 429.
    """
    if isinstance(exc, AuthError | InvalidRequestError | RateLimitError | ReplayError):
        return True
    if isinstance(exc, HTTPStatusError) and (exc.status_code == 429 or envelope_refuses_retry(exc.body_snippet)):
        return True
    return isinstance(exc, RequestError) and exc.unsent


def outcome_unknown(exc: Exception) -> bool:
    """Whether a failure after the request went out leaves its outcome unknown (it may have been processed)."""
    if refused_before_processing(exc):
        return False
    if isinstance(exc, HTTPStatusError):
        return exc.status_code >= 500
    return isinstance(exc, TransientApiError | TransportError)
