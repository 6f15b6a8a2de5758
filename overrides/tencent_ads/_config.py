"""Client settings: where the token and base URL come from, timeouts, and the plain-http guard."""

from __future__ import annotations

import ipaddress
import os
from typing import Final

import httpx

from ._errors import ConfigurationError
from ._redaction import Secret

PRODUCTION_BASE_URL: Final = "https://api.e.qq.com/v3.0"
SANDBOX_BASE_URL: Final = "https://sandbox-api.e.qq.com/v3.0"
TOKEN_ENV: Final = "TENCENT_ADS_ACCESS_TOKEN"  # noqa: S105 - the variable's name, not a token
BASE_URL_ENV: Final = "TENCENT_ADS_BASE_URL"

#: httpx's ``timeout=None`` waits forever; these are finite. Per call: ``timeout=``.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)

TimeoutLike = httpx.Timeout | float | None


def resolve_token(access_token: str | None) -> Secret:
    token = access_token if access_token is not None else os.environ.get(TOKEN_ENV)
    if not token:
        raise ConfigurationError(f"no access token: pass access_token=... or set {TOKEN_ENV}")
    if any(c in token for c in "&#= \t\r\n"):
        raise ConfigurationError("the access token contains characters a token cannot contain")
    return Secret(token)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    """The base URL to use; refuses plain ``http://`` to anything but loopback (the token is in the URL)."""
    raw = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or PRODUCTION_BASE_URL
    try:
        url = httpx.URL(str(raw))
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"invalid base_url: {exc}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {str(url)!r}")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not carry a query or fragment")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"refusing to send the access token over plain http to {url.host}: use https "
            "(plain http is allowed only for loopback test servers)"
        )
    return url


def resolve_timeout(timeout: TimeoutLike) -> httpx.Timeout:
    if timeout is None:
        raise ConfigurationError("timeout=None would wait forever; pass a number of seconds or an httpx.Timeout")
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(float(timeout))
