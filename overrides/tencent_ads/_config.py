"""Client settings: where the token and base URL come from, timeouts, limits, and the plain-http rule.

Every setting is checked when the client is built, so a bad one is a
:class:`~tencent_ads.ConfigurationError` at construction, never a ``TypeError``
from deep inside httpx at the first call.

The plain-http rule: the access token travels in the query string, so
``http://`` is accepted only for a *literal* loopback address
(``127.0.0.0/8`` or ``[::1]``) — not for names such as ``localhost`` or
``x.localhost``, whose resolution is outside our control — and a plain-http
client never goes through a proxy from the environment (``HTTP_PROXY`` would
receive the token in clear).
"""

from __future__ import annotations

import ipaddress
import math
import numbers
import os
from typing import Final

import httpx

from ._env import BASE_URL_ENV, FILE_BASE_URL_ENV, LOG_ENV, MAX_RETRIES_ENV, TIMEOUT_ENV, TOKEN_ENV
from ._errors import ConfigurationError
from ._redaction import Secret

__all__ = ["BASE_URL_ENV", "FILE_BASE_URL_ENV", "LOG_ENV", "MAX_RETRIES_ENV", "TIMEOUT_ENV", "TOKEN_ENV"]

#: The API version's path prefix: every base URL ends with it, every operation's path follows it.
API_PREFIX: Final = "/v3.0"
PRODUCTION_BASE_URL: Final = "https://api.e.qq.com" + API_PREFIX
SANDBOX_BASE_URL: Final = "https://sandbox-api.e.qq.com" + API_PREFIX

#: httpx's ``timeout=None`` waits forever; these are finite. Per call: ``timeout=``.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)

#: The most response bytes read for one answer (after decompression). The largest documented answer, a page of
#: 100 tasks, is about 100 KB; 16 MiB leaves room for any real answer and stops a decompression bomb.
DEFAULT_MAX_RESPONSE_BYTES: Final = 16 * 1024 * 1024

TimeoutLike = httpx.Timeout | float | None

_TOKEN_CHARACTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/")


def resolve_token(access_token: str | None) -> Secret:
    token = access_token if access_token is not None else os.environ.get(TOKEN_ENV)
    if token is not None and not isinstance(token, str):
        raise ConfigurationError(f"access_token must be a string, got {type(token).__name__}")
    if not token:
        raise ConfigurationError(f"no access token: pass access_token=... or set {TOKEN_ENV}")
    if not set(token) <= _TOKEN_CHARACTERS:
        # Never echo the token (or any of its characters) in the message.
        raise ConfigurationError(
            "the access token contains characters a token cannot contain (expected letters, digits and -._~+/)"
        )
    return Secret(token)


def is_literal_loopback(host: str) -> bool:
    """``127.x.x.x`` or ``::1`` written as an address — never a name."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


#: The query parameters every call is signed with (the token among them): never sent anywhere else.
GLOBAL_PARAMETERS: Final = ("access_token", "timestamp", "nonce")


def may_carry_secrets(url: httpx.URL) -> bool:
    """https, or plain http to a literal loopback address: where a signed URL (or a file) may be fetched."""
    return url.scheme == "https" or (url.scheme == "http" and is_literal_loopback(url.host))


def resolve_base_url(base_url: str | httpx.URL | None, *, what: str = "base_url") -> httpx.URL:
    """The base URL to use; refuses plain ``http://`` to anything but a literal loopback address."""
    raw = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or PRODUCTION_BASE_URL
    if not isinstance(raw, str | httpx.URL):
        raise ConfigurationError(f"{what} must be a string or httpx.URL, got {type(raw).__name__}")
    try:
        url = httpx.URL(str(raw))
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"invalid {what}: {exc}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"{what} must be an http(s) URL with a host, got {str(url)!r}")
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError(f"{what} must not carry a query, fragment or user info")
    if not may_carry_secrets(url):
        raise ConfigurationError(
            f"refusing to send the access token over plain http to {url.host}: use https "
            "(plain http is allowed only for a literal loopback address such as http://127.0.0.1:8000)"
        )
    return url


def resolve_file_base_url(file_base_url: str | httpx.URL | None, base_url: str | httpx.URL | None) -> httpx.URL | None:
    """Where operations with their own server in the spec (the file host) go; None: that server.

    ``file_base_url`` (or ``TENCENT_ADS_FILE_BASE_URL``) wins; otherwise a custom ``base_url`` (an argument or
    ``TENCENT_ADS_BASE_URL``: the sandbox, a test server) serves files too; with neither, the spec's file host.
    """
    raw = file_base_url if file_base_url is not None else os.environ.get(FILE_BASE_URL_ENV)
    if raw:
        return resolve_base_url(raw, what="file_base_url")
    if base_url is not None or os.environ.get(BASE_URL_ENV):
        return resolve_base_url(base_url)
    return None


def positive_seconds(value: object, name: str, *, allow_zero: bool = False) -> float:
    """A finite number of seconds (any real number type, not bool), as float; ConfigurationError otherwise."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ConfigurationError(f"{name} must be a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ConfigurationError(f"{name} must be a finite number {bound}, got {value!r}")
    return seconds


def timeout_from_env(timeout: TimeoutLike) -> TimeoutLike:
    """A client built without ``timeout=`` takes ``TENCENT_ADS_TIMEOUT`` (seconds) when it is set."""
    raw = os.environ.get(TIMEOUT_ENV)
    if timeout is not DEFAULT_TIMEOUT or not raw:
        return timeout
    try:
        return positive_seconds(float(raw), TIMEOUT_ENV)
    except ValueError:
        raise ConfigurationError(f"{TIMEOUT_ENV} must be a number of seconds, got {raw!r}") from None


def retries_from_env() -> int | None:
    """``TENCENT_ADS_MAX_RETRIES``: retries after the first attempt for clients built without ``retry=``."""
    raw = os.environ.get(MAX_RETRIES_ENV)
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 3:
        raise ConfigurationError(f"{MAX_RETRIES_ENV} must be a whole number of retries, got {raw!r}")
    return int(raw)


def logging_from_env() -> None:
    """``TENCENT_ADS_LOG=debug|info|warning``: log ``tencent_ads`` (and, at debug, httpx) to stderr (redacted)."""
    raw = os.environ.get(LOG_ENV)
    if not raw:
        return
    import logging

    level = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}.get(raw.strip().lower())
    if level is None:
        raise ConfigurationError(f"{LOG_ENV} must be debug, info or warning, got {raw!r}")
    names = ("tencent_ads", "httpx") if level == logging.DEBUG else ("tencent_ads",)
    for name in names:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not any(getattr(h, "_tencent_ads_env", False) for h in logger.handlers):
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            handler._tencent_ads_env = True  # type: ignore[attr-defined]
            logger.addHandler(handler)


def resolve_timeout(timeout: TimeoutLike) -> httpx.Timeout:
    if timeout is None:
        raise ConfigurationError("timeout=None would wait forever; pass a number of seconds or an httpx.Timeout")
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is None:
                raise ConfigurationError(f"timeout.{part}=None would wait forever; give every part a finite value")
            positive_seconds(value, f"timeout.{part}")
        return timeout
    return httpx.Timeout(positive_seconds(timeout, "timeout"))


def resolve_max_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be a positive int, got {value!r}")
    return value
