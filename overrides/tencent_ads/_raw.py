"""The HTTP answer behind a successful call: ``client.with_raw_response.<resource>.<method>(...)``.

As openai-python's ``with_raw_response``: the same call, the same checks, retries and parsing, and besides the
typed result, what the HTTP exchange said — the status, the headers (a rate-limit header, a ``Date``), the
envelope's ``trace_id`` (what Tencent's support asks for), how many attempts it took and how long::

    raw = client.with_raw_response.async_tasks.get(account_id=25610)
    print(raw.status_code, raw.trace_id, raw.headers.get("Date"), raw.attempts)
    page = raw.parse()          # AsyncTasksGetData, as client.async_tasks.get would have returned
"""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

from ._redaction import redact

T = TypeVar("T")


def redacted_headers(headers: httpx.Headers) -> httpx.Headers:
    """``headers`` with every secret redacted (:func:`~tencent_ads.redact`): a server or proxy that echoes the
    request (``X-Original-URI: ...?access_token=...``) or the token itself must not put it in a repr or a log."""
    items = headers.multi_items()
    cleaned = [(redact(name), redact(value)) for name, value in items]
    return headers if cleaned == items else httpx.Headers(cleaned)


@attrs.frozen
class RawResponse(Generic[T]):
    """One successful call's answer: its HTTP side, and the typed result (:meth:`parse`)."""

    status_code: int
    #: The answer's headers (the last answer's, after retries), every secret in them redacted. Request data — the
    #: signed URL — is not kept.
    headers: httpx.Headers = attrs.field(converter=redacted_headers)
    #: The envelope's ``trace_id`` (None for a file, or when the API sent none).
    trace_id: str | None
    method: str
    path: str
    #: Attempts the call took (1 without retries).
    attempts: int
    #: Seconds from the call's start to its answer, retries and waits included.
    elapsed: float
    parsed: T = attrs.field(repr=False)

    def parse(self) -> T:
        """The typed result, as the method without ``with_raw_response`` returns it."""
        return self.parsed
