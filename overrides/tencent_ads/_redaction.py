"""Keeping the access token out of logs, exception texts and reprs.

The Marketing API takes ``access_token`` in the query string, so every full URL
is a secret. httpx logs the full URL of each request at INFO on the ``httpx``
logger; :func:`install_log_redaction` puts a filter on that logger (and on
httpcore's) that rewrites the record before any handler sees it.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Final

REDACTED: Final = "***"

# access_token=<anything up to a separator>, raw or percent-encoded, in URLs, reprs and messages.
_TOKEN_IN_QUERY: Final = re.compile(r"(access_token(?:=|%3D|'\s*:\s*'|\"\s*:\s*\"))[^&\s'\"#]+", re.IGNORECASE)

_LOGGERS: Final = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


def redact(text: str) -> str:
    """Replace every ``access_token`` value in ``text`` by ``***``.

    >>> redact("GET https://api.e.qq.com/v3.0/async_tasks/get?access_token=abc&nonce=1")
    'GET https://api.e.qq.com/v3.0/async_tasks/get?access_token=***&nonce=1'
    """
    return _TOKEN_IN_QUERY.sub(lambda m: m.group(1) + REDACTED, text)


class RedactingFilter(logging.Filter):
    """A logging filter that renders a record's message, redacts it, and freezes it.

    Records are never dropped: the filter returns True after rewriting.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to the handler to report
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        return True


_FILTER: Final = RedactingFilter()
_LOCK: Final = threading.Lock()


def install_log_redaction() -> None:
    """Attach the redacting filter to httpx's and httpcore's loggers (idempotent, thread-safe).

    Logger filters apply only to records created on that very logger, so each
    logger that may print a URL gets its own reference to the filter.
    """
    with _LOCK:
        for name in _LOGGERS:
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)


class Secret:
    """A string that never shows itself in ``repr``/``str``; call :meth:`reveal` to use it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")
