"""The TLS context of a client whose base URL is plain ``http://`` (a loopback fake): made when first needed.

httpx builds its verifying context (certifi's roots loaded: 15-25 ms) for every client, whatever the URL, and
``httpx_aiohttp.AiohttpTransport`` builds another. A command run against a loopback server, or a test suite making
a client per test, paid that for connections that never use TLS. :class:`OnDemandContext` is an
``ssl.SSLContext`` (aiohttp and httpcore take nothing else) that builds httpx's own context, with the same
arguments, the first time a connection needs TLS — a file redirected to an https host, an https
``file_base_url`` — and hands every TLS connection to it: verification is httpx's, only built later.

A client for an ``https://`` base URL builds httpx's context at once, as before (and shares one between its
aiohttp session and its httpx transport).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterable
from typing import Any

import httpx


class OnDemandContext(ssl.SSLContext):
    """``httpx.create_ssl_context(trust_env=...)``, built on the first TLS connection; every connection's TLS
    goes through that context (this object's own settings are never used to verify anything)."""

    _trust_env: bool
    _made: ssl.SSLContext | None
    _alpn: list[str] | None
    _lock: threading.Lock

    def __new__(cls, trust_env: bool = True) -> OnDemandContext:
        made = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)
        made._trust_env = trust_env
        made._made = None
        made._alpn = None
        made._lock = threading.Lock()
        return made

    def __init__(self, trust_env: bool = True) -> None:  # ssl.SSLContext takes the protocol in __new__ only
        pass

    @property
    def built(self) -> bool:
        """Whether a TLS connection has needed (and so built) httpx's context yet."""
        return self._made is not None

    def context(self) -> ssl.SSLContext:
        """httpx's verifying context, built now if no connection needed it before."""
        with self._lock:
            if self._made is None:
                made = httpx.create_ssl_context(trust_env=self._trust_env)
                if self._alpn is not None:
                    made.set_alpn_protocols(self._alpn)
                self._made = made
            return self._made

    def set_alpn_protocols(self, alpn_protocols: Iterable[str]) -> None:  # httpcore sets them per connection
        protocols = list(alpn_protocols)
        with self._lock:
            self._alpn = protocols
            made = self._made
        if made is not None:
            made.set_alpn_protocols(protocols)

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        return self.context().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        return self.context().wrap_bio(*args, **kwargs)


def client_context(base_url: httpx.URL, trust_env: bool) -> ssl.SSLContext:
    """The context a client's connections verify with: httpx's own, built now for an https base URL, and on the
    first TLS connection for a plain-http one."""
    if base_url.scheme == "http":
        return OnDemandContext(trust_env)
    return httpx.create_ssl_context(trust_env=trust_env)
