"""The exceptions ``tencent_ads`` raises.

Everything derives from :class:`TencentAdsError`. An answer with ``code != 0``
is an :class:`ApiError`, or one of its subclasses when the code belongs to a
class that calls for a different reaction (see ``REFERENCE.md``, error codes)::

    TencentAdsError
    ├── RequestValidationError      a bad parameter, raised before any network I/O
    │   └── FilterValidationError   bad ``filtering``
    ├── ConfigurationError          no token, plain http to a remote host, ...
    ├── ApiError                    code != 0 (unknown codes stay plain ApiError)
    │   ├── AuthError               11000–11104, 12000: fix the token; no retry
    │   ├── InvalidRequestError     12003, 12007–12009, 12201, 12203, 18001–18014; no retry
    │   ├── RateLimitError          11008, 11016–11019, 11022, ...; back off
    │   ├── ReplayError             12100 nonce reused / 12101 timestamp expired
    │   └── TransientApiError       10000, 12700, 51001, 62000, ...; retry with backoff
    ├── OutcomeUnknownError         a write failed after it may have been processed: not re-sent
    ├── WaitTimeoutError            ``wait`` gave up (also a builtin TimeoutError)
    ├── TasksNotFoundError          ``wait_many``: ids absent from two consecutive polls
    └── TransportError              no usable answer
        ├── ConnectError
        ├── RequestTimeoutError
        │   └── DeadlineExceededError   the call's deadline passed (not retried)
        ├── HTTPStatusError         HTTP status other than 200 (status, bounded body snippet)
        ├── ResponseTooLargeError   the answer is larger than ``max_response_bytes``
        └── ResponseDecodeError     body is not JSON, not an envelope, or not the documented shape
            └── ResponseValidationError   breaks the spec (opt-in ``validate_responses=True``)

No exception text or repr contains the access token: errors carry the method
and the path, never the URL, and the clients raise them with no ``__context__``
(httpx's exception, whose request holds the URL) and no traceback frames below
the client's own. Every error pickles with its fields (a worker process of a
``ProcessPoolExecutor`` can raise any of them).
"""

from __future__ import annotations

import builtins
import enum
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from ._redaction import redact

if TYPE_CHECKING:
    from tencent_ads_api.models.async_task import AsyncTask

    from ._filters import FilterProblem

SNIPPET_LIMIT: Final = 500


def snippet(body: bytes | str, limit: int = SNIPPET_LIMIT, *, truncated: bool = False) -> str:
    """A bounded, redacted, printable piece of a response body (``truncated``: the body was not read whole)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    more = "+" if truncated else ""
    if len(text) > limit:
        text = text[:limit] + f"… ({len(text) - limit}{more} more characters)"
    elif truncated:
        text += "… (more not read)"
    return redact(text)


_HTML_START: Final = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body)", re.IGNORECASE)
_HTML_TITLE: Final = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def html_title(body: bytes | str) -> str | None:
    """For an HTML page: its ``<title>`` (bounded, redacted; "" when it has none); None for anything else."""
    raw = body.encode("utf-8", "replace") if isinstance(body, str) else body
    if not _HTML_START.match(raw[:512]):
        return None
    found = _HTML_TITLE.search(raw[:65536])
    if found is None:
        return ""
    title = " ".join(found.group(1).decode("utf-8", "replace").split())
    return redact(title[:120])


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    error.__dict__.update(state)
    return error


class TencentAdsError(Exception):
    """Base class of every error raised by ``tencent_ads``."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls ``cls(*self.args)``, which fails for any subclass whose __init__ takes
        # other arguments; rebuilding from args and __dict__ works for every subclass, fields included.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(TencentAdsError, ValueError):
    """The client was set up in a way that cannot work or is unsafe."""


class RequestError(TencentAdsError):
    """An error tied to one request: carries what identifies it (never the token)."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        attempts: int | None = None,
        trace_id: str | None = None,
        retry_after: float | None = None,
        transient: bool = False,
        unsent: bool = False,
    ) -> None:
        self.message = redact(message)
        self._text = self.message
        self.method = method
        self.path = path
        self.attempts = attempts
        self.trace_id = trace_id
        #: Seconds from the answer's ``Retry-After`` header, when it had one.
        self.retry_after = retry_after
        #: The failure is worth retrying although its class alone would not say so (e.g. a truncated body).
        self.transient = transient
        #: The request never left: the connection could not be opened (so a write may be sent again).
        self.unsent = unsent
        super().__init__(self.message)

    def _where(self) -> str:
        parts = []
        if self.method and self.path:
            parts.append(f"{self.method} {self.path}")
        if self.attempts is not None:
            parts.append(f"attempt {self.attempts}")
        if self.trace_id:
            parts.append(f"trace_id={self.trace_id}")
        return f" [{', '.join(parts)}]" if parts else ""

    def __str__(self) -> str:
        return self._text + self._where()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ApiError(RequestError):
    """The API answered with ``code != 0``.

    Attributes: ``code``, ``message``, ``message_cn``, ``trace_id``, ``errors``
    (the envelope's ``errors[]`` when present), plus ``method``, ``path`` and
    ``attempts``.
    """

    def __init__(
        self,
        code: int | str,
        message: str = "",
        message_cn: str = "",
        *,
        trace_id: str | None = None,
        errors: Sequence[Any] = (),
        method: str | None = None,
        path: str | None = None,
        attempts: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.code = code
        self.message_cn = redact(message_cn)
        self.errors = list(errors)
        shown = code if isinstance(code, int) and abs(code) < 10**18 else snippet(str(code), 40)
        text = f"API error {shown}: {snippet(message)}" if message else f"API error {shown}"
        if message_cn and message_cn != message:
            text += f" ({snippet(message_cn)})"
        super().__init__(text, method=method, path=path, attempts=attempts, trace_id=trace_id, retry_after=retry_after)
        self.message = redact(message)


class AuthError(ApiError):
    """The token is expired, invalid, out of scope, or a global parameter is missing. Not retried."""


class InvalidRequestError(ApiError):
    """The request itself is wrong (bad JSON, unknown API, bad account, parameter validation). Not retried."""


class RateLimitError(ApiError):
    """A rate limit was hit; the text says which window. ``per_day`` limits are not worth retrying.

    ``window``: ``"second"`` (11016), ``"minute"`` (11017: the API then refuses this endpoint for about five
    minutes), ``"day"`` (11018), or None for the other limits (app, user token, frequency).
    """

    def __init__(self, code: int | str, message: str = "", message_cn: str = "", **where: Any) -> None:
        super().__init__(code, message, message_cn, **where)
        hint = _WINDOW_HINTS.get(self.window or "")
        if hint:
            self._text = f"{self._text} — {hint}"
            self.args = (self._text,)

    @property
    def window(self) -> str | None:
        """Which of the API's windows was exceeded: second, minute, day, or None."""
        return _WINDOWS.get(self.code) if isinstance(self.code, int) else None

    @property
    def per_day(self) -> bool:
        return self.code == 11018

    @property
    def per_minute(self) -> bool:
        return self.code == 11017


_WINDOWS: Final = {11016: "second", 11017: "minute", 11018: "day"}
_WINDOW_HINTS: Final = {
    "second": "the per-second limit: slow down (RateLimiter(per_second=...))",
    "minute": (
        "the per-minute limit: the API refuses this endpoint for about 5 minutes; "
        "share one RateLimiter(per_minute=...) across workers"
    ),
    "day": "the per-day limit: retry tomorrow",
}


#: 11000 expired, 11002 invalid: after these a RefreshingToken renews the token and the call is retried.
REFRESH_CODES: Final = frozenset({11000, 11002})


class TokenRefreshError(TencentAdsError):
    """A :class:`~tencent_ads.RefreshingToken` could not renew the access token (no refresh token, a
    token store that stayed locked, an answer without a token). The API's own refusals stay :class:`AuthError`."""


class ReplayError(ApiError):
    """12100: the nonce was used before (retry at once, re-signed); 12101: the timestamp is off."""


class TransientApiError(ApiError):
    """The server is busy or failed internally; retrying with backoff may succeed."""


class RequestValidationError(TencentAdsError, ValueError):
    """The request breaks the documented rules; raised before any network I/O. Lists every problem."""

    def __init__(self, problems: Sequence[object], *, what: str = "the request") -> None:
        self.problems: list[Any] = list(problems)
        lines = [str(p) for p in self.problems]
        count = len(lines)
        head = f"{count} problem{'s' if count != 1 else ''} in {what} (nothing was sent):"
        super().__init__(redact("\n  ".join([head, *lines])))


class FilterValidationError(RequestValidationError):
    """``filtering`` breaks the documented rules. Lists every problem; nothing was sent.

    ``problems`` holds one :class:`FilterProblem` per broken rule, each naming
    the filter's index and field; ``parameter_problems`` lists problems of the
    call's other parameters found at the same time.
    """

    def __init__(self, problems: Sequence[FilterProblem], *, parameter_problems: Sequence[str] = ()) -> None:
        self.parameter_problems = list(parameter_problems)
        super().__init__(
            [*self.parameter_problems, *problems], what="the request" if parameter_problems else "filtering"
        )
        self.problems = list(problems)


class TransportError(RequestError):
    """No usable answer arrived."""


class ConnectError(TransportError):
    """The connection could not be opened or was dropped."""


class RequestTimeoutError(TransportError):
    """Connecting, sending or reading took longer than the configured timeout."""


class DeadlineExceededError(RequestTimeoutError):
    """The call's overall deadline (``RetryPolicy.deadline``) passed; never retried."""


class HTTPStatusError(TransportError):
    """The server answered with an HTTP status other than 200 (the API sends its errors with 200).

    An HTML error page (a proxy's or a gateway's) is summarised by its title in the message;
    ``body_snippet`` keeps the start of the body.
    """

    def __init__(self, status_code: int, body: bytes | str, *, truncated: bool = False, **where: Any) -> None:
        self.status_code = status_code
        self.body_snippet = snippet(body, truncated=truncated)
        page = html_title(body)
        shown = self.body_snippet if page is None else f"an HTML page{f' titled {page!r}' if page else ''}"
        super().__init__(f"HTTP {status_code}: {shown}", **where)


class ResponseTooLargeError(TransportError):
    """The answer is larger than the client's ``max_response_bytes`` (counted after decompression); not retried."""

    def __init__(self, limit: int, **where: Any) -> None:
        self.limit = limit
        super().__init__(f"response body exceeds max_response_bytes={limit} (reading stopped there)", **where)


class ResponseDecodeError(TransportError):
    """The body is not JSON, not the API's envelope, or not the documented shape."""

    def __init__(self, message: str, body: bytes | str = b"", **where: Any) -> None:
        self.body_snippet = snippet(body)
        super().__init__(f"{message}: {self.body_snippet!r}" if body else message, **where)


class ResponseValidationError(ResponseDecodeError):
    """With ``validate_responses=True``: the answer breaks the spec's response schema (``violations``)."""

    def __init__(self, violations: Sequence[object], body: bytes | str, **where: Any) -> None:
        self.violations = list(violations)
        lines = "; ".join(str(v) for v in self.violations)
        super().__init__(f"response breaks the spec ({len(self.violations)} violation(s)): {lines}", body, **where)


class OutcomeUnknownError(RequestError):
    """A write that is not idempotent (``async_tasks/add``: the API has no idempotency key) failed after its
    request may have reached the server: a timeout while waiting for the answer, a connection dropped after the
    request was written, a gateway's 5xx, a transient API error. It may or may not have been processed, so the
    client did not send it again (a second task could be created).

    ``cause`` is the failure itself; ``operation_id`` names the operation; ``sent_at`` is when its last attempt
    went out (epoch seconds, for finding what it created: ``client.async_tasks.find_created(...)``).
    """

    def __init__(self, operation_id: str, cause: TencentAdsError, *, sent_at: float, **where: Any) -> None:
        self.operation_id = operation_id
        self.cause = cause
        self.sent_at = sent_at
        kind = type(cause).__name__
        super().__init__(
            f"{operation_id}: the outcome is unknown ({kind}: {cause}) — the request may have been processed, "
            "so it was not sent again; check what exists before retrying",
            **where,
        )

    def _where(self) -> str:
        return ""  # the cause's text already says where


class WaitTimeoutError(TencentAdsError, builtins.TimeoutError):
    """The task did not reach a terminal status in time; carries the last status and task seen."""

    def __init__(self, task_id: int, timeout: float, last_status: str | None, last_task: AsyncTask | None) -> None:
        self.task_id = task_id
        self.timeout = timeout
        self.last_status = last_status
        self.last_task = last_task
        seen = f"last status {last_status}" if last_status else "the task was never seen"
        super().__init__(f"task {task_id} not finished after {timeout:g} s ({seen})")

    def __reduce__(self) -> tuple[Any, ...]:
        # The generated models' ``Unset`` sentinel is not a singleton once unpickled (fields compare unequal),
        # so the task travels as its dict and is rebuilt by ``from_dict``.
        task = None if self.last_task is None else self.last_task.to_dict()
        return (_rebuild_wait_timeout, (self.task_id, self.timeout, self.last_status, task))


def _rebuild_wait_timeout(
    task_id: int, timeout: float, last_status: str | None, task: dict[str, Any] | None
) -> WaitTimeoutError:
    from tencent_ads_api.models.async_task import AsyncTask

    return WaitTimeoutError(task_id, timeout, last_status, None if task is None else AsyncTask.from_dict(task))


class TasksNotFoundError(TencentAdsError, LookupError):
    """``wait_many``: these task ids were absent from two consecutive polls (wrong id, or another account's)."""

    def __init__(self, task_ids: Sequence[int], found: Sequence[AsyncTask] = ()) -> None:
        self.task_ids = list(task_ids)
        #: The tasks that were found, as last seen.
        self.found = list(found)
        shown = ", ".join(str(i) for i in self.task_ids[:20]) + (" ..." if len(self.task_ids) > 20 else "")
        super().__init__(f"{len(self.task_ids)} task(s) not found in two consecutive polls: {shown}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_not_found, (self.task_ids, [t.to_dict() for t in self.found]))


def _rebuild_not_found(task_ids: list[int], found: list[dict[str, Any]]) -> TasksNotFoundError:
    from tencent_ads_api.models.async_task import AsyncTask

    return TasksNotFoundError(task_ids, [AsyncTask.from_dict(t) for t in found])


# --- classification: one table, code -> (class, retry rule) ---------------------------------------------


class Retry(enum.Enum):
    """How an API error code is retried (REFERENCE.md, error codes)."""

    NO = "no"
    BACKOFF = "backoff"  # exponential backoff with jitter; a Retry-After header replaces the wait
    AT_ONCE = "at once"  # 12100: the next attempt is signed with a fresh nonce anyway
    AFTER_CLOCK_FIX = "once, after the clock is corrected"  # 12101


def _codes(cls: type[ApiError], retry: Retry, *codes: int) -> dict[int, tuple[type[ApiError], Retry]]:
    return dict.fromkeys(codes, (cls, retry))


#: Every API error code the client tells apart: its exception class and whether it is retried.
#: Unknown codes are plain :class:`ApiError`, not retried.
CODES: Final[dict[int, tuple[type[ApiError], Retry]]] = {
    # token / auth: fix the token
    **_codes(AuthError, Retry.NO, 11000, 11002, 11004, 11005, 11007, 11014, 11030, 11101, 11102, 11103, 11104, 12000),
    # the request itself is wrong
    **_codes(InvalidRequestError, Retry.NO, 12003, 12007, 12008, 12009, 12201, 12203, *range(18001, 18015)),
    # rate limits: back off ...
    **_codes(
        RateLimitError, Retry.BACKOFF, 11008, 11016, 11019, 11022, 50018, 60005, 64016, 66029, 66030, 68002, 72005
    ),
    # ... except per minute (the API then refuses calls for ~5 minutes) and per day
    **_codes(RateLimitError, Retry.NO, 11017, 11018),
    12100: (ReplayError, Retry.AT_ONCE),
    12101: (ReplayError, Retry.AFTER_CLOCK_FIX),
    # busy or failed inside
    **_codes(
        TransientApiError, Retry.BACKOFF, 10000, 12700, 51001, 62000, 60000, 72000, 73000, 74000, 75000, 76000, 66045
    ),
}


def api_error_class(code: int | str) -> type[ApiError]:
    """The :class:`ApiError` subclass for an API error code (:data:`CODES`)."""
    found = CODES.get(code) if isinstance(code, int) else None
    return ApiError if found is None else found[0]


def api_error_retry(code: int | str) -> Retry:
    """How an API error code is retried (:data:`CODES`); unknown codes are not."""
    found = CODES.get(code) if isinstance(code, int) else None
    return Retry.NO if found is None else found[1]
