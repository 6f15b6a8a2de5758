"""Tokens that refresh themselves: :class:`RefreshingToken`, and where a fleet keeps them (:class:`TokenStore`).

An access token lives 24 hours and a refresh token 30 days; refreshing
(``oauth/token`` with ``grant_type=refresh_token``) invalidates the previous
pair, so a refresh token used twice is a refresh token lost. Hence four rules:

* **One refresh at a time, awaited by all.** Within a process one refresh runs
  at a time, in a thread of its own; every thread and asyncio task that needs
  the token awaits that one refresh (an asyncio task awaits it without taking a
  thread), each for no longer than its own call allows: past the call's
  deadline it raises :class:`~tencent_ads.DeadlineExceededError`, past the
  attempt's timeout :class:`~tencent_ads.RequestTimeoutError` (``unsent``),
  as a connection that does not come free would. A caller that gives up does
  not abort the refresh: cutting it short could lose a pair the server has
  already rotated. The refresh itself ends within ``refresh_deadline``
  seconds (20 by default) of sending ``oauth/token``. Across processes, the
  store's lock (a file lock, or a Redis lock kept alive while its holder
  works) does the same, and the store is read under it: a process that finds
  a newer pair there adopts it.
* **Save before use.** A new pair is written to the store before any call uses it.
* **Never re-send a refresh whose outcome is unknown.** ``oauth/token`` is not
  idempotent (``x-idempotent: false``): a refresh whose answer was lost after it
  was sent may have rotated the pair, so it is not sent again and raises
  :class:`~tencent_ads.TokenRefreshError` saying the outcome is unknown; the
  stored pair is kept.
* **Refresh early, and once on rejection.** A token is refreshed ``margin``
  seconds before it expires (at most a tenth of its lifetime); a call answered
  11000 (expired) or 11002 (invalid: another process refreshed) refreshes —
  or adopts the store's newer pair — and is retried once, re-signed.

The token endpoint is the spec's ``oauth_token`` operation (not signed, on the
API host without ``/v3.0``); it is called through a :class:`~tencent_ads.Client`
of its own, with the same redaction as any call.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn, Protocol, TypeVar, runtime_checkable

import attrs
import httpx

from ._errors import REFRESH_CODES, AuthError, ConfigurationError, TencentAdsError, TokenRefreshError
from ._optional import require
from ._redaction import Secret, shown_url

if TYPE_CHECKING:
    import asyncio

logger: Final = logging.getLogger("tencent_ads")
T = TypeVar("T")

#: Refresh this long before the access token expires (capped at a tenth of its lifetime).
DEFAULT_MARGIN: Final = 300.0
#: The most seconds one refresh may take from its first ``oauth/token`` request to its answer (retries
#: included); the callers waiting for it wait no longer than their own deadline or timeout allows.
DEFAULT_REFRESH_DEADLINE: Final = 20.0
#: A temp file of a :class:`FileTokenStore` older than this is what a killed save left: swept.
STALE_TEMP_AGE: Final = 60.0


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
        self._sweep()
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        return TokenPair.from_json(text)

    def save(self, pair: TokenPair) -> None:
        """Write the pair to a temp file beside the store (``<name>.<8 random>.tmp``, mode 0600), then rename it
        over the store; the temp file is removed whatever fails. Temp files older than :data:`STALE_TEMP_AGE`
        (what a killed save left, holding a refresh token) are swept here and by :meth:`load`."""
        import tempfile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._sweep()
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)  # mode 0600
        try:
            try:
                handle = os.fdopen(fd, "w", encoding="utf-8")
            except BaseException:
                os.close(fd)
                raise
            try:
                handle.write(pair.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            finally:
                with suppress(OSError):  # a full disk can fail the close too: the unlink below must still run
                    handle.close()
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _sweep(self) -> None:
        """Remove this store's temp files older than :data:`STALE_TEMP_AGE` (a save takes milliseconds)."""
        pattern = re.compile(re.escape(self.path.name) + r"\.[a-z0-9_]{8}\.tmp")  # tempfile.mkstemp's names
        oldest = time.time() - STALE_TEMP_AGE
        try:
            entries = list(os.scandir(self.path.parent))
        except OSError:
            return
        for entry in entries:
            if pattern.fullmatch(entry.name):
                with suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < oldest:
                        os.unlink(entry.path)
                        logger.warning("removed %s, left by a save that did not finish", entry.name)

    def seed_from(self, source: TokenStore, *, replace: bool = False) -> TokenPair:
        """Copy the pair ``source`` holds into this store (see :func:`copy_pair`); return it."""
        return copy_pair(source, self, replace=replace)

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

    ``url``: ``redis://host:port/db`` (or ``rediss://``, ``unix://``); ``key``: the pair's key (the lock is
    ``key + ":lock"``). The lock expires ``lock_ttl`` seconds after its holder last renewed it: the holder
    renews it every ``lock_ttl / 3`` seconds while it works, however long its refresh takes, so a worker that
    dies while refreshing blocks the fleet for ``lock_ttl`` seconds at most. ``lock_timeout``: the most seconds
    to wait for the lock. A password in the URL (``redis://:pw@host`` or ``?password=pw``) is never shown.
    Needs ``pip install 'tencent-ads[redis]'``.
    """

    def __init__(
        self,
        url: str,
        key: str = "tencent-ads:token",
        *,
        lock_ttl: float = 10.0,
        lock_timeout: float = 60.0,
        socket_timeout: float = 5.0,
    ) -> None:
        redis = require("redis", feature="RedisTokenStore", extra="redis")
        if not isinstance(url, str) or not isinstance(key, str) or not key:
            raise ConfigurationError("RedisTokenStore needs a redis:// URL and a non-empty key")
        for name, value in (("lock_ttl", lock_ttl), ("lock_timeout", lock_timeout), ("socket_timeout", socket_timeout)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 86400:
                raise ConfigurationError(f"{name} must be a number of seconds in (0, 86400), got {value!r}")
        self.key = key
        self.lock_ttl = float(lock_ttl)
        self.lock_timeout = float(lock_timeout)
        self._shown = shown_url(url)
        failure = None
        if url.partition("://")[0].lower() not in ("redis", "rediss", "unix"):
            failure = "needs a redis://, rediss:// or unix:// URL"
        else:
            try:
                self._redis = redis.Redis.from_url(
                    url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout
                )
            except (ValueError, TypeError) as exc:  # a bad port, an unknown option: redis-py's text names no secret
                failure = f"cannot use this URL ({type(exc).__name__})"
        if failure is not None:  # raised here, outside the except block: nothing chained holds the URL
            raise ConfigurationError(f"RedisTokenStore {failure}, got {self._shown!r}")

    def load(self) -> TokenPair | None:
        raw = self._redis.get(self.key)
        return None if raw is None else TokenPair.from_json(raw)

    def save(self, pair: TokenPair) -> None:
        self._redis.set(self.key, pair.to_json())

    @contextmanager
    def lock(self) -> Iterator[None]:
        """The fleet's lock, renewed by a watchdog thread every ``lock_ttl / 3`` s for as long as it is held."""
        lock = self._redis.lock(
            self.key + ":lock", timeout=self.lock_ttl, blocking_timeout=self.lock_timeout, thread_local=False
        )
        if not lock.acquire():
            raise TokenRefreshError(f"the token store's lock was not free within {self.lock_timeout:g} s")
        released = threading.Event()
        watchdog = threading.Thread(
            target=self._keep, args=(lock, released), name="tencent-ads-token-lock", daemon=True
        )
        watchdog.start()
        try:
            yield
        finally:
            released.set()
            watchdog.join()
            from redis.exceptions import LockError

            try:
                lock.release()
            except LockError:  # it expired meanwhile (the holder stalled past lock_ttl): another may hold it now
                logger.warning("the token store's lock expired before the refresh ended (lock_ttl=%g s)", self.lock_ttl)

    def _keep(self, lock: Any, released: threading.Event) -> None:
        """The watchdog: renew ``lock`` to a full ``lock_ttl`` every third of it until ``released`` is set."""
        while not released.wait(self.lock_ttl / 3):
            try:
                lock.reacquire()
            except Exception as exc:  # lost (expired, taken) or Redis unreachable: the release will say so too
                logger.warning("could not renew the token store's lock: %s", type(exc).__name__)
                return

    def seed_from(self, source: TokenStore, *, replace: bool = False) -> TokenPair:
        """Copy the pair ``source`` holds into this store (see :func:`copy_pair`); return it.

        Moving a fleet from a :class:`FileTokenStore`: ``RedisTokenStore(url, key).seed_from(FileTokenStore(path))``
        before the first worker starts on Redis — never seed Redis from the refresh token you started with.
        """
        return copy_pair(source, self, replace=replace)

    def __repr__(self) -> str:
        return f"RedisTokenStore({self._shown!r}, key={self.key!r})"


#: Query options of a storage URL whose value is withheld from reprs and errors.
def _issued(pair: TokenPair) -> float | None:
    """When ``pair`` was issued, or failing that when its access token expires: what orders two pairs."""
    return pair.issued_at if pair.issued_at is not None else pair.access_expires_at


def copy_pair(source: TokenStore, destination: TokenStore, *, replace: bool = False) -> TokenPair:
    """Copy the pair ``source`` holds into ``destination``, under both stores' locks; return the pair.

    For moving a fleet between stores (a :class:`FileTokenStore` to a :class:`RedisTokenStore`): the source
    holds the newest, rotated pair; the refresh token you started with is dead. Refuses (a
    :class:`~tencent_ads.ConfigurationError`) when the source is empty, and when the destination holds a
    different pair that is not provably older (issued earlier; failing that, expiring earlier) —
    ``replace=True`` overrides the second check once you know the source's pair is the newest.
    """
    pair = _typed_store_errors(lambda: _copy_locked(source, destination, replace))
    logger.info("copied the token pair from %r to %r", source, destination)
    return pair


def _copy_locked(source: TokenStore, destination: TokenStore, replace: bool) -> TokenPair:
    with source.lock():
        pair = source.load()
        if pair is None:
            raise ConfigurationError(f"{source!r} holds no token pair to copy")
        with destination.lock():
            current = destination.load()
            if current == pair:
                return pair
            if current is not None and not replace:
                theirs, ours = _issued(current), _issued(pair)
                if theirs is None or ours is None or theirs >= ours:
                    raise ConfigurationError(
                        f"{destination!r} holds another pair, not older than {source!r}'s (issued "
                        f"{'at an unknown time' if theirs is None else f'at {theirs:.0f}'}, against "
                        f"{'an unknown time' if ours is None else f'{ours:.0f}'}): not replaced. "
                        "If the source's pair is the newest, pass replace=True"
                    )
            destination.save(pair)
    return pair


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


class RenewalWaitError(TokenRefreshError):
    """The access token's renewal did not end within the time the caller gave it (``wait=``); it goes on.

    A :class:`~tencent_ads.Client` turns it into :class:`~tencent_ads.DeadlineExceededError` (the call's
    deadline passed) or :class:`~tencent_ads.RequestTimeoutError` (the attempt's timeout passed).
    """

    def __init__(self, waited: float) -> None:
        self.waited = waited
        super().__init__(f"the access token's renewal did not end within {waited:.3g} s (it goes on)")


def _reraise(error: BaseException) -> NoReturn:
    """Raise a copy of ``error`` (shared by every waiter: each gets its own, no traceback, nothing chained)."""
    import copy

    try:
        clone = copy.copy(error)
    except Exception:  # not copyable: raise the object itself
        clone = error
    raise clone.with_traceback(None) from None


def _outcome_unknown(error: Exception, grant_type: str) -> TokenRefreshError:
    """The refresh's outcome is unknown (sent, answer lost): say so, and what it means for the stored pair."""
    cause = getattr(error, "cause", error)
    what = (
        "the stored pair was kept: the next refresh tries it again, and if oauth/token refuses it (11002) the "
        "pair was rotated and its answer lost — authorize again (tencent-ads oauth exchange)"
        if grant_type == "refresh_token"
        else "the authorization code may have been used: if a new exchange is refused, ask for a new code"
    )
    return TokenRefreshError(
        f"oauth_token: the outcome is unknown ({type(cause).__name__}: {cause}) — the request may have been "
        f"processed, so it was not sent again; {what}"
    )


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class _Renewal:
    """One renewal under way: it runs once, in a thread of its own; threads wait on :attr:`done`, each asyncio
    loop awaits one future of its own (:meth:`future`) — a waiting task costs no thread."""

    __slots__ = ("_futures", "_guard", "done", "error", "force", "pair")

    def __init__(self, *, force: bool) -> None:
        self.force = force
        self.done = threading.Event()
        self.pair: TokenPair | None = None
        self.error: BaseException | None = None
        self._guard = threading.Lock()
        self._futures: dict[asyncio.AbstractEventLoop, asyncio.Future[None]] = {}

    def finish(self, pair: TokenPair | None, error: BaseException | None) -> None:
        with self._guard:
            self.pair, self.error = pair, error
            self.done.set()
            futures, self._futures = self._futures, {}
        for loop, future in futures.items():
            with suppress(RuntimeError):  # that loop closed meanwhile: nobody awaits it
                loop.call_soon_threadsafe(_wake, future)

    def future(self, loop: asyncio.AbstractEventLoop) -> asyncio.Future[None] | None:
        """The future ``loop`` awaits this renewal with (one per loop); None once it has ended."""
        with self._guard:
            if self.done.is_set():
                return None
            future = self._futures.get(loop)
            if future is None:
                future = self._futures[loop] = loop.create_future()
            return future

    def result(self) -> TokenPair:
        if self.error is not None:
            _reraise(self.error)
        if self.pair is None:  # pragma: no cover - finish() always sets one of the two
            raise TokenRefreshError("the renewal ended without a pair")
        return self.pair


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
    replaced by ``/oauth/token``). ``refresh_deadline``: the most seconds one refresh's ``oauth/token``
    requests may take (20 by default). :attr:`refreshes` counts the refreshes this object made.

    A refresh runs in a thread of its own, one at a time; a call waits for it no longer than its deadline
    (then :class:`~tencent_ads.DeadlineExceededError`) or its attempt's timeout (then
    :class:`~tencent_ads.RequestTimeoutError`, ``unsent``: retried like a connection that did not come
    free). The refresh goes on after a caller gave up, so a pair the server rotated is saved, not lost; a
    program that ends meanwhile waits for it (``refresh_deadline`` at most, plus the store's lock).
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
        refresh_deadline: float = DEFAULT_REFRESH_DEADLINE,
        _exchanging: bool = False,
    ) -> None:
        if isinstance(client_id, bool) or not isinstance(client_id, int) or client_id < 1:
            raise ConfigurationError("client_id must be a positive int")
        if store is not None and not isinstance(store, TokenStore):
            raise ConfigurationError("store must be a TokenStore (load, save and lock)")
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 <= margin < 86400:
            raise ConfigurationError("margin must be a number of seconds in [0, 86400)")
        if (
            isinstance(refresh_deadline, bool)
            or not isinstance(refresh_deadline, int | float)
            or not 0 < refresh_deadline <= 600
        ):
            raise ConfigurationError("refresh_deadline must be a number of seconds in (0, 600]")
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
        self.refresh_deadline = float(refresh_deadline)
        self._base_url = None if base_url is None else str(base_url)
        self._clock = clock
        self._pair: TokenPair | None = None
        self._pid = os.getpid()
        #: Guards :attr:`_renewal` and the pair's replacement; never held across I/O.
        self._lock = threading.Lock()
        #: The renewal under way, if any.
        self._renewal: _Renewal | None = None
        #: Refreshes made by this object (in this process).
        self.refreshes = 0

    # -- what a client asks ---------------------------------------------------------------------

    def attach(self, base_url: httpx.URL) -> None:
        """Called by a client given this token: adopt its base URL for oauth/token unless one was given."""
        if self._base_url is None:
            self._base_url = str(base_url)

    def current(self, stale: Secret | None = None, *, wait: float | None = None) -> Secret:
        """The access token to sign with now; renewed first when due, or when it is ``stale`` (rejected).

        ``wait``: the most seconds to wait for a renewal (default: until it ends, within its own bounds);
        past it, :class:`RenewalWaitError` (a :class:`~tencent_ads.TokenRefreshError`) — the renewal goes on.
        """
        usable = self._usable(stale)
        if usable is not None:
            return usable
        until = None if wait is None else time.monotonic() + max(wait, 0.0)
        for _ in range(2):  # a renewal joined under way may end with the very token this caller saw rejected
            renewal, pair = self._begin(stale, force=False)
            if renewal is not None:
                if not renewal.done.wait(None if until is None else max(until - time.monotonic(), 0.0)):
                    raise RenewalWaitError(wait or 0.0)
                pair = renewal.result()
            if pair is not None and pair.access_token != stale:
                break
        if pair is None:  # pragma: no cover - _begin hands back a pair or a renewal, which ends with one
            raise TokenRefreshError("no access token after the renewal")
        return pair.access_token

    async def acurrent(self, stale: Secret | None = None, *, wait: float | None = None) -> Secret:
        """:meth:`current` for asyncio: awaits the renewal (run in a thread of its own) without taking a thread."""
        usable = self._usable(stale)
        if usable is not None:
            return usable
        import asyncio

        loop = asyncio.get_running_loop()
        until = None if wait is None else loop.time() + max(wait, 0.0)
        for _ in range(2):
            renewal, pair = self._begin(stale, force=False)
            if renewal is not None:
                future = renewal.future(loop)
                if future is not None:
                    failure: RenewalWaitError | None = None
                    try:  # shielded: one waiter's timeout or cancellation leaves the loop's future to the others
                        async with asyncio.timeout_at(until):
                            await asyncio.shield(future)
                    except TimeoutError:
                        failure = RenewalWaitError(wait or 0.0)
                    if failure is not None:  # raised outside the except block: nothing chained
                        raise failure
                pair = renewal.result()
            if pair is not None and pair.access_token != stale:
                break
        if pair is None:  # pragma: no cover - as in current()
            raise TokenRefreshError("no access token after the renewal")
        return pair.access_token

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
        if self._pid != os.getpid():  # after fork: a lock held, and a renewal run, by a thread of the parent
            self._pid = os.getpid()
            self._lock = threading.Lock()
            self._renewal = None
        return self._lock

    def _begin(self, stale: Secret | None, *, force: bool) -> tuple[_Renewal | None, TokenPair | None]:
        """(None, the pair) when the current pair will do; else (the renewal to wait for, None) — the one under
        way, or one started now in a thread of its own. Holds the process lock for microseconds, never for I/O."""
        with self._process_lock():
            pair = self._pair
            if pair is None and self.store is None and self._seed is not None:
                pair = self._pair = self._seed
            if not force and pair is not None and pair.access_token != stale and not self._due(pair):
                return None, pair  # another thread renewed it meanwhile
            renewal = self._renewal
            if renewal is None or (force and not renewal.force):
                if renewal is not None:  # refresh() while an ordinary renewal runs: after it, not beside it
                    return renewal, None
                renewal = self._renewal = _Renewal(force=force)
                # Not a daemon: a program that ends while a refresh is under way waits for it (bounded), so a
                # pair the server rotated reaches the store.
                thread = threading.Thread(
                    target=self._run, args=(renewal, stale), name="tencent-ads-token-refresh", daemon=False
                )
                thread.start()
            return renewal, None

    def _run(self, renewal: _Renewal, stale: Secret | None) -> None:
        """The renewal's thread: renew under the store's lock, then wake every waiter."""
        pair: TokenPair | None = None
        error: BaseException | None = None
        try:
            pair = _typed_store_errors(lambda: self._renew_locked(stale, force=renewal.force))
        except BaseException as exc:  # handed to every waiter
            error = exc
        with self._lock:
            if self._renewal is renewal:
                self._renewal = None
        renewal.finish(pair, error)

    def _renew_locked(self, stale: Secret | None, *, force: bool = False) -> TokenPair:
        """Under the store's lock: adopt the store's newer pair, or refresh and save; the new pair in use."""
        with self.store.lock() if self.store is not None else nullcontext():
            pair = self._pair
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
            fresh, refreshed = self._refresh_from(base, stale)
            if refreshed:
                if self.store is not None:
                    self.store.save(fresh)  # saved before anything uses it: the old refresh token is dead now
                self.refreshes += 1
            self._pair = fresh
            return fresh

    def _refresh_from(self, base: TokenPair, stale: Secret | None) -> tuple[TokenPair, bool]:
        """oauth/token with ``base``'s refresh token. Refused (11002) while the store meanwhile got a pair with
        another refresh token (a holder whose lock had expired saved it): that pair, adopted or refreshed.
        (the pair, whether it is a new one from oauth/token)."""
        if base.refresh_token is None:  # pragma: no cover - checked by the caller
            raise TokenRefreshError("no refresh token to renew the access token with")
        try:
            return self._request("refresh_token", refresh_token=base.refresh_token.reveal()), True
        except AuthError as exc:
            if self.store is None or exc.code not in REFRESH_CODES:
                raise
            newer = self.store.load()
            if newer is None or newer.refresh_token is None or newer.refresh_token == base.refresh_token:
                raise
        logger.warning("oauth/token refused the refresh token, and the store holds a newer pair: using that")
        if newer.access_token != stale and not self._due(newer):
            return newer, False
        return self._request("refresh_token", refresh_token=newer.refresh_token.reveal()), True

    def refresh(self) -> TokenPair:
        """Refresh now, with the newest refresh token (the store's, when there is one); return the new pair.

        Waits for a renewal already under way first; bounded by ``refresh_deadline`` (plus the store's lock).
        """
        renewal: _Renewal | None = None
        for _ in range(3):
            renewal, _pair = self._begin(None, force=True)
            if renewal is None:  # pragma: no cover - force always renews
                break
            renewal.done.wait()
            if renewal.force:
                break
        if renewal is None:  # pragma: no cover
            raise TokenRefreshError("no renewal was started")
        return renewal.result()  # a forced refresh; or, if others kept starting, the newest of theirs

    def _request(self, grant_type: str, **values: str) -> TokenPair:
        """One ``oauth/token`` exchange, bounded by ``refresh_deadline``; never re-sent once it may have been
        processed (``x-idempotent: false``): that failure is a :class:`TokenRefreshError` saying so."""
        from tencent_ads_generated.spec_data import OPERATIONS

        from ._calls import prepare_call
        from ._errors import OutcomeUnknownError
        from ._retries import RetryPolicy

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
        unknown: OutcomeUnknownError | None = None
        with Client(
            access_token=self, base_url=self._base_url, retry=RetryPolicy(deadline=self.refresh_deadline)
        ) as oauth:
            try:
                data = oauth.execute(call)
            except OutcomeUnknownError as exc:
                unknown = exc
        if unknown is not None:  # raised outside the except block: nothing chained
            raise _outcome_unknown(unknown, grant_type)
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
