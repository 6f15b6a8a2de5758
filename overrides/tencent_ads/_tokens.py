"""Tokens that refresh themselves: :class:`RefreshingToken`, and where a fleet keeps them (:class:`TokenStore`).

An access token lives 24 hours and a refresh token 30 days; refreshing
(``oauth/token`` with ``grant_type=refresh_token``) invalidates the previous
pair, so a refresh token used twice is a refresh token lost. Hence three rules:

* **One refresh at a time.** Within a process a lock serialises refreshes
  across threads; asyncio tasks refresh in a worker thread under the same lock.
  A caller that waited for the lock finds the new pair and does not refresh
  again. Across processes, the store's lock (a file lock, or a Redis lock) does
  the same, and the store is read under it: a process that finds a newer pair
  there adopts it.
* **Save before use.** A new pair is written to the store before any call uses it.
* **Refresh early, and once on rejection.** A token is refreshed ``margin``
  seconds before it expires (at most a tenth of its lifetime); a call answered
  11000 (expired) or 11002 (invalid: another process refreshed) refreshes —
  or adopts the store's newer pair — and is retried once, re-signed.

The token endpoint is the spec's ``oauth_token`` operation (not signed, on the
API host without ``/v3.0``); it is called through a :class:`~tencent_ads.Client`
of its own, with the same retries, deadlines and redaction as any call.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar, runtime_checkable

import attrs
import httpx

from ._errors import ConfigurationError, TencentAdsError, TokenRefreshError
from ._optional import require
from ._redaction import Secret

logger: Final = logging.getLogger("tencent_ads")
T = TypeVar("T")

#: Refresh this long before the access token expires (capped at a tenth of its lifetime).
DEFAULT_MARGIN: Final = 300.0


def _secret(value: object, name: str) -> Secret:
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name} must be a non-empty string")
    if any(c.isspace() or not c.isprintable() for c in value):
        raise ConfigurationError(f"{name} contains whitespace or control characters")
    return Secret(value)


def _optional_time(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be epoch seconds (a number), got {type(value).__name__}")
    return float(value)


@attrs.frozen(repr=False)
class TokenPair:
    """An access token and the refresh token that renews it, with their expiry times (epoch seconds).

    The tokens are :class:`~tencent_ads._redaction.Secret`: the repr shows neither.
    """

    access_token: Secret
    refresh_token: Secret | None
    access_expires_at: float | None = None
    refresh_expires_at: float | None = None
    account_id: int | None = None
    #: When the pair was asked for (epoch seconds): with ``access_expires_at``, the token's lifetime.
    issued_at: float | None = None

    def due(self, now: float, margin: float) -> bool:
        """Whether the access token is expired, or will be within ``margin`` (a tenth of its lifetime at most)."""
        if self.access_expires_at is None:
            return False
        if self.issued_at is not None:
            margin = min(margin, (self.access_expires_at - self.issued_at) / 10)
        return now >= self.access_expires_at - margin

    def to_json(self) -> str:
        """The pair as JSON, tokens in clear — what a store writes (keep the store private)."""
        return json.dumps(
            {
                "access_token": self.access_token.reveal(),
                "refresh_token": None if self.refresh_token is None else self.refresh_token.reveal(),
                "access_expires_at": self.access_expires_at,
                "refresh_expires_at": self.refresh_expires_at,
                "account_id": self.account_id,
                "issued_at": self.issued_at,
            }
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> TokenPair:
        try:
            raw = json.loads(text)
            refresh = raw.get("refresh_token")
            return cls(
                access_token=_secret(raw["access_token"], "access_token"),
                refresh_token=None if refresh is None else _secret(refresh, "refresh_token"),
                access_expires_at=_optional_time(raw.get("access_expires_at"), "access_expires_at"),
                refresh_expires_at=_optional_time(raw.get("refresh_expires_at"), "refresh_expires_at"),
                account_id=raw.get("account_id") if isinstance(raw.get("account_id"), int) else None,
                issued_at=_optional_time(raw.get("issued_at"), "issued_at"),
            )
        except (ValueError, KeyError, TypeError, AttributeError, ConfigurationError):
            raise ConfigurationError("the token store holds something that is not a token pair") from None

    def __repr__(self) -> str:
        return f"TokenPair(access_token=***, refresh_token=***, access_expires_at={self.access_expires_at})"


@runtime_checkable
class TokenStore(Protocol):
    """Where a :class:`RefreshingToken` keeps the current pair, shared by every process that uses the store.

    ``lock()`` is held around "load, refresh if still needed, save": it must exclude every other process.
    """

    def load(self) -> TokenPair | None: ...

    def save(self, pair: TokenPair) -> None: ...

    def lock(self) -> Any: ...


class FileTokenStore:
    """The pair in a JSON file (mode 0600), replaced atomically; a ``filelock`` lock file beside it.

    For the processes of one machine. The file holds the tokens in clear: keep it in a private directory.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        import filelock

        self._lock = filelock.FileLock(str(self.path) + ".lock", timeout=lock_timeout)

    def load(self) -> TokenPair | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        return TokenPair.from_json(text)

    def save(self, pair: TokenPair) -> None:
        import tempfile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", dir=self.path.parent)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(pair.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @contextmanager
    def lock(self) -> Iterator[None]:
        import filelock

        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise TokenRefreshError(f"the token store's lock was not free within {self.lock_timeout:g} s") from None
        try:
            yield
        finally:
            self._lock.release()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


class RedisTokenStore:
    """The pair under one Redis key; refreshes serialised by a Redis lock, so a fleet refreshes once.

    ``url``: ``redis://host:port/db`` (or ``rediss://``); ``key``: the pair's key (the lock is ``key + ":lock"``).
    The lock expires after ``lock_ttl`` seconds, so a worker that dies while refreshing does not block the
    fleet. Needs ``pip install 'tencent-ads[redis]'``.
    """

    def __init__(
        self,
        url: str,
        key: str = "tencent-ads:token",
        *,
        lock_ttl: float = 30.0,
        lock_timeout: float = 60.0,
        socket_timeout: float = 5.0,
    ) -> None:
        redis = require("redis", feature="RedisTokenStore", extra="redis")
        if not isinstance(url, str) or not isinstance(key, str) or not key:
            raise ConfigurationError("RedisTokenStore needs a redis:// URL and a non-empty key")
        self.key = key
        self.lock_ttl = lock_ttl
        self.lock_timeout = lock_timeout
        self._shown = httpx.URL(url).copy_with(username=None, password=None)
        self._redis = redis.Redis.from_url(url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout)

    def load(self) -> TokenPair | None:
        raw = self._redis.get(self.key)
        return None if raw is None else TokenPair.from_json(raw)

    def save(self, pair: TokenPair) -> None:
        self._redis.set(self.key, pair.to_json())

    @contextmanager
    def lock(self) -> Iterator[None]:
        lock = self._redis.lock(self.key + ":lock", timeout=self.lock_ttl, blocking_timeout=self.lock_timeout)
        if not lock.acquire():
            raise TokenRefreshError(f"the token store's lock was not free within {self.lock_timeout:g} s")
        try:
            yield
        finally:
            from redis.exceptions import LockError

            try:
                lock.release()
            except LockError:  # it expired meanwhile (lock_ttl passed): another worker may hold it now
                logger.warning("the token store's lock expired before the refresh ended (lock_ttl=%g s)", self.lock_ttl)

    def __repr__(self) -> str:
        return f"RedisTokenStore({str(self._shown)!r}, key={self.key!r})"


_NO_PAIR: Final = TokenPair(Secret("-"), None)


def _typed_store_errors(work: Callable[[], T]) -> T:
    """``work()``, with the store's own errors (redis, OS) turned into a :class:`TokenRefreshError`, nothing chained."""
    failure: Exception | None = None
    try:
        return work()
    except TencentAdsError:
        raise
    except Exception as exc:  # raised below, outside this block, so the store's exception is not its context
        failure = exc
    from ._redaction import redact

    raise TokenRefreshError(f"the token store failed: {type(failure).__name__}: {redact(str(failure))[:300]}")


def _save_locked(store: TokenStore, pair: TokenPair) -> None:
    with store.lock():
        store.save(pair)


class RefreshingToken:
    """An access token that renews itself; pass it wherever an access token goes::

        token = RefreshingToken(client_id=1100, client_secret="...", refresh_token="...",
                                store=RedisTokenStore("redis://10.0.0.5:6379/0"))
        with Client(access_token=token) as client:
            client.async_tasks.get(account_id=25610)

    ``access_token`` / ``expires_at`` (epoch seconds): the current token, when you have one; without it the
    first call refreshes. ``store``: a :class:`TokenStore` shared by every process using these credentials —
    when it holds a pair, that pair wins over the arguments (they only seed an empty store). ``margin``:
    refresh this many seconds before expiry (at most a tenth of the token's lifetime). ``base_url``: where
    ``oauth/token`` is served (default: the base URL of the first client given this token, with ``/v3.0``
    replaced by ``/oauth/token``). :attr:`refreshes` counts the refreshes this object made.
    """

    def __init__(
        self,
        *,
        client_id: int,
        client_secret: str,
        refresh_token: str | None = None,
        access_token: str | None = None,
        expires_at: float | None = None,
        store: TokenStore | None = None,
        margin: float = DEFAULT_MARGIN,
        base_url: str | httpx.URL | None = None,
        clock: Callable[[], float] = time.time,
        _exchanging: bool = False,
    ) -> None:
        if isinstance(client_id, bool) or not isinstance(client_id, int) or client_id < 1:
            raise ConfigurationError("client_id must be a positive int")
        if store is not None and not isinstance(store, TokenStore):
            raise ConfigurationError("store must be a TokenStore (load, save and lock)")
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 <= margin < 86400:
            raise ConfigurationError("margin must be a number of seconds in [0, 86400)")
        if refresh_token is None and access_token is None and store is None and not _exchanging:
            raise ConfigurationError("RefreshingToken needs a refresh_token (or a store holding one)")
        self.client_id = client_id
        self._client_secret = _secret(client_secret, "client_secret")
        self._seed: TokenPair | None = None
        if access_token is not None or refresh_token is not None:
            self._seed = TokenPair(
                access_token=_secret(access_token, "access_token") if access_token is not None else Secret("-"),
                refresh_token=None if refresh_token is None else _secret(refresh_token, "refresh_token"),
                # no access token yet: due at once
                access_expires_at=_optional_time(expires_at, "expires_at") if access_token is not None else 0.0,
            )
        self.store = store
        self.margin = float(margin)
        self._base_url = None if base_url is None else str(base_url)
        self._clock = clock
        self._pair: TokenPair | None = None
        self._pid = os.getpid()
        self._lock = threading.Lock()
        #: Refreshes made by this object (in this process).
        self.refreshes = 0

    # -- what a client asks ---------------------------------------------------------------------

    def attach(self, base_url: httpx.URL) -> None:
        """Called by a client given this token: adopt its base URL for oauth/token unless one was given."""
        if self._base_url is None:
            self._base_url = str(base_url)

    def current(self, stale: Secret | None = None) -> Secret:
        """The access token to sign with now; refreshes first when due, or when it is ``stale`` (rejected)."""
        return self._usable(stale) or self._renew(stale).access_token

    async def acurrent(self, stale: Secret | None = None) -> Secret:
        """:meth:`current` for asyncio: a refresh runs in a worker thread, under the same lock as threads'."""
        usable = self._usable(stale)
        if usable is not None:
            return usable
        import asyncio

        return (await asyncio.to_thread(self._renew, stale)).access_token

    def _usable(self, stale: Secret | None) -> Secret | None:
        """The current access token when it needs no renewal (not due, not the rejected one); else None."""
        pair = self._pair
        if pair is not None and pair.access_token != stale and not self._due(pair):
            return pair.access_token
        return None

    @property
    def pair(self) -> TokenPair | None:
        """The pair in use (None before the first call)."""
        return self._pair

    # -- refreshing -----------------------------------------------------------------------------

    def _due(self, pair: TokenPair) -> bool:
        return pair.due(self._clock(), self.margin)

    def _process_lock(self) -> threading.Lock:
        if self._pid != os.getpid():  # after fork: a lock held by a thread of the parent would never be released
            self._pid = os.getpid()
            self._lock = threading.Lock()
        return self._lock

    def _renew(self, stale: Secret | None, *, force: bool = False) -> TokenPair:
        """Renew under the locks; a failing store (Redis down, a full disk) is a :class:`TokenRefreshError`."""
        return _typed_store_errors(lambda: self._renew_locked(stale, force=force))

    def _renew_locked(self, stale: Secret | None, *, force: bool = False) -> TokenPair:
        with self._process_lock():
            pair = self._pair
            if pair is None and self.store is None and self._seed is not None:
                pair = self._pair = self._seed
            if not force and pair is not None and pair.access_token != stale and not self._due(pair):
                return pair  # another thread renewed it while this one waited
            with self.store.lock() if self.store is not None else nullcontext():
                stored = self.store.load() if self.store is not None else None
                if force:
                    stale = (stored or pair or self._seed or _NO_PAIR).access_token
                if stored is None and self.store is not None and pair is None:
                    stored = self._seed
                    if stored is not None and not self._due(stored) and stored.access_token != stale:
                        self.store.save(stored)
                        self._pair = stored
                        return stored
                if stored is not None and stored.access_token != stale and not self._due(stored):
                    self._pair = stored  # another process refreshed: adopt its pair
                    return stored
                base = stored or pair or self._seed
                if base is None or base.refresh_token is None:
                    raise TokenRefreshError("no refresh token to renew the access token with")
                fresh = self._request("refresh_token", refresh_token=base.refresh_token.reveal())
                if self.store is not None:
                    self.store.save(fresh)  # saved before anything uses it: the old refresh token is dead now
                self._pair = fresh
                self.refreshes += 1
                return fresh

    def refresh(self) -> TokenPair:
        """Refresh now, with the newest refresh token (the store's, when there is one); return the new pair."""
        return self._renew(None, force=True)

    def _request(self, grant_type: str, **values: str) -> TokenPair:
        from tencent_ads_generated.spec_data import OPERATIONS

        from ._calls import prepare_call

        started = self._clock()
        arguments: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": self._client_secret.reveal(),
            "grant_type": grant_type,
            **values,
        }
        call = prepare_call(OPERATIONS["oauth_token"], arguments)
        from ._client import Client

        # A client of its own for each refresh (one a day in production): no socket is held in between.
        with Client(access_token=self, base_url=self._base_url) as oauth:
            data = oauth.execute(call)
        return self._pair_from(data, started)

    def _pair_from(self, data: Any, started: float) -> TokenPair:
        from tencent_ads_api.types import Unset

        access = data.access_token
        refresh = data.refresh_token
        if isinstance(access, Unset) or not access:
            raise TokenRefreshError("oauth/token answered without an access_token")
        lifetime = data.access_token_expires_in
        refresh_lifetime = data.refresh_token_expires_in
        info = data.authorizer_info
        account = None if isinstance(info, Unset) or isinstance(info.account_id, Unset) else info.account_id
        return TokenPair(
            access_token=Secret(access),
            refresh_token=None if isinstance(refresh, Unset) or not refresh else Secret(refresh),
            access_expires_at=started + lifetime if isinstance(lifetime, int) and lifetime > 0 else None,
            refresh_expires_at=(
                started + refresh_lifetime if isinstance(refresh_lifetime, int) and refresh_lifetime > 0 else None
            ),
            account_id=account if isinstance(account, int) else None,
            issued_at=started,
        )

    @classmethod
    def from_authorization_code(
        cls,
        *,
        client_id: int,
        client_secret: str,
        authorization_code: str,
        redirect_uri: str,
        store: TokenStore | None = None,
        base_url: str | httpx.URL | None = None,
        margin: float = DEFAULT_MARGIN,
    ) -> RefreshingToken:
        """Exchange an authorization code (from the OAuth redirect) for a pair; save it; return the token."""
        from ._config import resolve_base_url

        token = cls(client_id=client_id, client_secret=client_secret, store=store, margin=margin, _exchanging=True)
        token._base_url = str(resolve_base_url(base_url))
        with token._process_lock():
            fresh = token._request(
                "authorization_code",
                authorization_code=_secret(authorization_code, "authorization_code").reveal(),
                redirect_uri=redirect_uri,
            )
            if store is not None:
                _typed_store_errors(lambda: _save_locked(store, fresh))
            token._pair = fresh
        return token

    def close(self) -> None:
        """Nothing to release (each refresh opens and closes its own connection); kept for symmetry."""

    def __repr__(self) -> str:
        return f"RefreshingToken(client_id={self.client_id}, client_secret=***, store={self.store!r})"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a RefreshingToken cannot be pickled (it holds secrets); build one per process")
