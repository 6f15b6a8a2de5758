"""Request signing: the three global query parameters on every HTTP attempt.

Every Marketing API call carries ``access_token``, ``timestamp`` (Unix epoch
seconds, within 300 s of the server's clock) and ``nonce`` (at most 32
characters, never reused — a reused nonce is rejected with error 12100).

:class:`SigningAuth` is an :class:`httpx.Auth`: httpx runs its ``auth_flow``
each time a request is *sent*, sync or async, so a request that is re-sent
through the client (a retry) is signed afresh. A retry placed below the client
(a retrying transport) would re-send the same nonce; ``tencent_ads`` never
does that. ``tencent_ads.Client`` itself builds a new request for every
attempt and signs it there with :meth:`SigningAuth.global_params` — one URL
parse instead of three — which keeps the same guarantee.

Use it with the generated client for raw access::

    import tencent_ads_api
    from tencent_ads import SigningAuth

    raw = tencent_ads_api.Client(
        base_url="https://api.e.qq.com/v3.0",
        httpx_args={"auth": SigningAuth("<ACCESS_TOKEN>")},
    )
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, TypeGuard
from urllib.parse import quote_plus

import httpx

from ._errors import ConfigurationError
from ._query import quote
from ._redaction import Secret, install_log_redaction

if TYPE_CHECKING:
    from ._tokens import RefreshingToken

NONCE_BYTES = 16  # 32 hex characters: the documented maximum, 128 bits of randomness


def new_nonce() -> str:
    """A fresh nonce: 32 lowercase hex characters from the OS's CSPRNG (thread- and task-safe)."""
    return secrets.token_hex(NONCE_BYTES)


class SigningAuth(httpx.Auth):
    """Adds ``access_token``, ``timestamp`` and ``nonce`` to the query string of every attempt.

    ``clock`` returns epoch seconds (``time.time`` by default). ``clock_offset``
    is added to it; the client adjusts it when the server reports that our
    clock is off (error 12101), using the server's ``Date`` header.
    Any ``access_token``/``timestamp``/``nonce`` already in the URL is replaced.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        access_token: str | Secret | RefreshingToken,
        *,
        clock: Callable[[], float] = time.time,
        nonce_factory: Callable[[], str] = new_nonce,
    ) -> None:
        #: The token source when the token renews itself (None: a fixed token).
        self.refreshing: RefreshingToken | None = None
        if isinstance(access_token, Secret):
            self._token = access_token
        elif _is_refreshing(access_token):
            self.refreshing = access_token
            self._token = Secret("-")  # never used: every signature asks the RefreshingToken
        else:
            from ._config import resolve_token

            if not isinstance(access_token, str):
                raise ConfigurationError("SigningAuth needs an access token (a string or a RefreshingToken)")
            self._token = resolve_token(access_token)
        # Signing puts the token into URLs that httpx logs: protect the logs whichever way this is used.
        install_log_redaction()
        self._clock = clock
        self._nonce_factory = nonce_factory
        self._offset_lock = threading.Lock()
        self._clock_offset = 0.0
        #: (token, the token URL-encoded, itself a Secret): what :meth:`query` encoded last.
        self._encoded: tuple[Secret, Secret] | None = None

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock when signing (server time minus local time)."""
        return self._clock_offset

    @clock_offset.setter
    def clock_offset(self, seconds: float) -> None:
        with self._offset_lock:
            self._clock_offset = float(seconds)

    def timestamp(self) -> int:
        """The ``timestamp`` to send now: epoch seconds, corrected by :attr:`clock_offset`."""
        return int(self._clock() + self._clock_offset)

    def token(self) -> Secret:
        """The access token to sign with now (a :class:`RefreshingToken` renews it first when due)."""
        return self._token if self.refreshing is None else self.refreshing.current()

    def global_params(self, token: Secret | None = None) -> dict[str, str]:
        """A fresh set of the three global parameters (a new nonce and timestamp on every call).

        ``token``: the access token to sign with (default: :meth:`token`).
        """
        return {
            "access_token": (token or self.token()).reveal(),
            "timestamp": str(self.timestamp()),
            "nonce": self._nonce_factory(),
        }

    def query(self, token: Secret | None = None) -> str:
        """:meth:`global_params` as an encoded query string (the token is encoded once, not on every call)."""
        secret = token or self.token()
        encoded = self._encoded
        if encoded is None or encoded[0] is not secret:
            encoded = self._encoded = (secret, Secret(quote_plus(secret.reveal())))
        nonce = quote(self._nonce_factory())
        return f"access_token={encoded[1].reveal()}&timestamp={self.timestamp()}&nonce={nonce}"

    def sign(self, request: httpx.Request) -> None:
        """Write fresh global parameters into ``request.url`` (in place)."""
        request.url = request.url.copy_merge_params(self.global_params())

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def __repr__(self) -> str:
        shown = self.refreshing if self.refreshing is not None else self._token
        return f"SigningAuth(access_token={shown!r}, clock_offset={self._clock_offset})"


def _is_refreshing(value: object) -> TypeGuard[RefreshingToken]:
    from ._tokens import RefreshingToken

    return isinstance(value, RefreshingToken)
