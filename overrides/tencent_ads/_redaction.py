"""Keeping the access token out of logs, exception texts and reprs.

The Marketing API takes ``access_token`` in the query string, so every full URL
is a secret. Two layers keep it out of text:

* :func:`redact` rewrites ``access_token=<value>`` (raw, percent-encoded, or in
  a dict's repr) **and** every literal token value this process signs with
  (:func:`remember_secret`, done by every :class:`Secret`), so a proxy that
  answers ``invalid access_token: <token>`` cannot put the token in an error;
* :func:`install_log_redaction` puts a filter on the loggers of httpx,
  httpcore, h2 and hpack that rewrites each record before any handler sees it.
  hpack's DEBUG records show header blocks Huffman-encoded (reversible, and out
  of reach of text matching), so their content is withheld altogether.

Every public entry point that signs (``Client``, ``AsyncClient``,
``SigningAuth``) installs the log filter.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Final

REDACTED: Final = "***"

#: The names whose values are secrets wherever they appear: the access token, and oauth/token's
#: client secret, refresh token and authorization code.
SECRET_NAMES: Final = ("access_token", "refresh_token", "client_secret", "authorization_code")

# name=<anything up to a separator>, raw or percent-encoded, in URLs, reprs and messages.
_TOKEN_IN_QUERY: Final = re.compile(
    r"((?:" + "|".join(SECRET_NAMES) + r")(?:=|%3D|'\s*:\s*'|\"\s*:\s*\"))[^&\s'\"#]+", re.IGNORECASE
)

#: Secrets shorter than this are not scrubbed as literals (they would garble every text); real tokens are longer.
MIN_LITERAL_LENGTH: Final = 8

_LOGGERS: Final = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "h2",
    "h2.connection",
    "h2.stream",
    "h2.config",
    "aiohttp",
    "aiohttp.client",
    "aiohttp.internal",
)
_WITHHELD_LOGGERS: Final = ("hpack", "hpack.hpack", "hpack.table")
_WITHHELD: Final = "hpack record withheld by tencent_ads (header blocks may encode the access token)"

_secrets: tuple[str, ...] = ()
_secrets_lock: Final = threading.Lock()


def remember_secret(value: str) -> None:
    """Scrub this literal value from every text :func:`redact` sees, from now on, in this process."""
    global _secrets
    if len(value) < MIN_LITERAL_LENGTH or value in _secrets:
        return
    with _secrets_lock:
        if value not in _secrets:
            # Longest first, so a token containing another is scrubbed whole.
            _secrets = tuple(sorted((*_secrets, value), key=len, reverse=True))


def redact(text: str) -> str:
    """Replace every ``access_token`` value, and every known token literal, in ``text`` by ``***``.

    >>> redact("GET https://api.e.qq.com/v3.0/async_tasks/get?access_token=abc&nonce=1")
    'GET https://api.e.qq.com/v3.0/async_tasks/get?access_token=***&nonce=1'
    """
    text = _TOKEN_IN_QUERY.sub(lambda m: m.group(1) + REDACTED, text)
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that renders a record's message, redacts it, and freezes it.

    Records are never dropped: the filter returns True after rewriting.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name in _WITHHELD_LOGGERS:
            record.msg = _WITHHELD
            record.args = None
            return True
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
_installed = False


def install_log_redaction() -> None:
    """Attach the redacting filter to the HTTP stack's loggers (idempotent, thread-safe).

    Logger filters apply only to records created on that very logger, so each
    logger that may print a URL or a header gets its own reference to the filter.
    ``tencent_ads`` and ``stamina`` get a :class:`logging.NullHandler`, as a
    library's loggers should: with no logging configured, Python's last-resort
    handler would otherwise print every retry warning to stderr.
    """
    global _installed
    if _installed:
        return
    with _LOCK:
        for name in (*_LOGGERS, *_WITHHELD_LOGGERS):
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
        for name in ("tencent_ads", "stamina"):
            logger = logging.getLogger(name)
            if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
                logger.addHandler(logging.NullHandler())
        _installed = True


class Secret:
    """A string that never shows itself in ``repr``/``str``; call :meth:`reveal` to use it.

    Its value is remembered for :func:`redact`, so it is scrubbed from any text that quotes it.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        remember_secret(value)

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


_SECRET_OPTION: Final = re.compile(r"pass|secret|token|auth|key", re.IGNORECASE)


def shown_url(url: str) -> str:
    """``url`` for a repr or an error: no user or password, and every secret-looking query value ``***``."""
    import urllib.parse

    scheme, _, rest = url.partition("://")
    if not rest:
        return "<not a URL>"
    where, _, query = rest.partition("?")
    where = where.split("#", 1)[0].rpartition("@")[2]  # the user and password go (even one holding a "/")
    host, slash, path = where.partition("/")
    options = [
        f"{name}={REDACTED if _SECRET_OPTION.search(name) else value}"
        for name, value in urllib.parse.parse_qsl(query.split("#", 1)[0], keep_blank_values=True)
    ]
    return f"{scheme}://{host}{slash}{path}" + (f"?{'&'.join(options)}" if options else "")
