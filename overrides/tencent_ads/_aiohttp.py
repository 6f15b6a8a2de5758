"""AsyncClient's aiohttp backend (``tencent-ads[aiohttp]``).

httpx's own async pool (httpcore 1.0) re-scans every connection for every queued request, so its throughput
falls as calls in flight rise; aiohttp's does not. And httpx's request and response machinery costs more than
the call itself on a fast server: httpx over aiohttp's pool (``httpx_aiohttp.AiohttpTransport``) ran at
0.25-0.5x the throughput of aiohttp by hand.

So with this backend an API call goes to aiohttp directly (:class:`AiohttpSender`): the client builds the signed
URL as always, sends it with one ``aiohttp.ClientSession`` per event loop, and reads the body in chunks under the
same deadline (``asyncio.timeout_at`` around the exchange) and size limit. Signing per attempt, retries and
redaction stay the client's; aiohttp's exceptions are mapped to httpx's kinds (:func:`as_httpx_error`) so that
the client's one mapping to its own errors decides, as for httpx. A file download (a redirect to follow, a body
streamed to disk) still goes through ``httpx.AsyncClient`` over ``AiohttpTransport``.

aiohttp re-sends a GET once, as it was, when a kept-alive connection turns out closed: the same nonce twice,
which the API refuses (12100) — a retry below the client. Every session made here has it turned off, and the
backend is not used with an aiohttp that does not let it be (:func:`resends_nothing`).

A client never closed (no ``async with``, no ``aclose()``) leaves its sessions open when the program ends, and
aiohttp then prints "Unclosed client session" and "Unclosed connector" to stderr at exit. The sessions made here
are closed quietly at the interpreter's exit instead (their event loop is gone by then), and one
``ResourceWarning`` of ours says so — shown only where ResourceWarnings are (``-X dev``, ``-W default``, pytest).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import threading
import time
import warnings
import weakref
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

if TYPE_CHECKING:
    import aiohttp
    import yarl


#: aiohttp rounds a timeout over its ``ceil_threshold`` (5 s by default) up to a whole second: never here, so that
#: a call ends by its deadline, not up to a second after it.
_NEVER_ROUNDED: Final = float(2**31)


def _session(limits: httpx.Limits, trust_env: bool, ssl: Any, headers: Mapping[str, str]) -> aiohttp.ClientSession:
    """A session with the client's rules: its connection limit, keep-alive, TLS context and proxy policy."""
    import aiohttp

    connector = aiohttp.TCPConnector(
        limit=limits.max_connections or 0,
        keepalive_timeout=limits.keepalive_expiry or 15.0,
        ssl=ssl,
    )
    made = aiohttp.ClientSession(connector=connector, trust_env=trust_env, headers=dict(headers))
    made._retry_connection = False  # see the module's docstring: never a re-send below the client
    _track(made)
    return made


#: Every session made here that may still be open (weakly: a session closed and dropped goes away).
_SESSIONS: weakref.WeakSet[aiohttp.ClientSession] = weakref.WeakSet()
_TRACK_LOCK = threading.Lock()
_exit_hook = False


def _track(session: aiohttp.ClientSession) -> None:
    global _exit_hook
    with _TRACK_LOCK:
        _SESSIONS.add(session)
        if not _exit_hook:
            atexit.register(_close_abandoned)
            _exit_hook = True


def _abandon(session: aiohttp.ClientSession) -> bool:
    """Mark a session whose loop is gone (or no longer runs) closed, its pooled connections dropped; True when
    it was still open. The loop cannot run ``session.close()`` any more; the sockets close with the process."""
    if session.closed:
        return False
    loop: asyncio.AbstractEventLoop | None = getattr(session, "_loop", None)
    if loop is not None and loop.is_running():
        return False  # a loop still running (another thread's) owns it: leave it be
    connector = session.connector
    session.detach()  # the session counts as closed: no "Unclosed client session"
    if connector is not None:
        with contextlib.suppress(Exception):  # best effort at exit: nothing may be printed
            connector._close()  # synchronous; on a closed loop it only marks the connector closed
        connector._closed = True  # no "Unclosed connector" from its __del__ either
    return True


def _close_abandoned() -> None:
    """At exit: the sessions of clients never closed, closed quietly, with one ResourceWarning of ours."""
    with _TRACK_LOCK:
        sessions = list(_SESSIONS)
    left = sum(_abandon(session) for session in sessions)
    if left:
        warnings.warn(
            f"tencent_ads: an AsyncClient was not closed ({left} aiohttp session(s) left open at exit); "
            "use `async with AsyncClient(...)` or `await client.aclose()`",
            ResourceWarning,
            stacklevel=1,
        )


#: Bytes asked of aiohttp at a time for an answer read through httpx (a file): httpx-aiohttp asks 16 KiB, and
#: each chunk then costs httpx's and the file's per-chunk work four times over (an async download ran at 0.72x
#: httpx streaming). aiohttp hands what it has buffered, up to this.
FILE_CHUNK: Final = 256 * 1024


@functools.cache
def _big_chunks() -> type[Any]:
    """``AiohttpTransport`` whose answers stream in chunks of up to :data:`FILE_CHUNK` bytes."""
    from httpx_aiohttp.transport import AiohttpResponseStream, AiohttpTransport, map_aiohttp_exceptions

    class _Stream(AiohttpResponseStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            with map_aiohttp_exceptions():
                async for chunk in self._aiohttp_response.content.iter_chunked(FILE_CHUNK):
                    yield chunk

    class _Transport(AiohttpTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response: httpx.Response = await super().handle_async_request(request)
            if type(response.stream) is AiohttpResponseStream:  # the same aiohttp answer, read in bigger chunks
                response.stream = _Stream(response.stream._aiohttp_response)
            return response

    return _Transport


def aiohttp_transport(settings: Mapping[str, Any]) -> Any:
    """A fresh ``AiohttpTransport`` for one httpx.AsyncClient built with ``settings`` (a new one per process)."""
    from ._tls import OnDemandContext

    limits: httpx.Limits = settings["limits"]
    trust_env = bool(settings.get("trust_env", True))
    given = settings.get("verify")
    # a plain-http client's on-demand context (see _tls), else httpx's: one context, handed to AiohttpTransport
    # too (which would otherwise build a second one for a connector it never makes: ours comes from `client`)
    ssl_context = given if isinstance(given, OnDemandContext) else httpx.create_ssl_context(trust_env=trust_env)
    return _big_chunks()(
        verify=ssl_context,
        limits=limits,
        client=lambda: _session(limits, trust_env, ssl_context, {}),
        trust_env=trust_env,
    )


class AiohttpSender:
    """Where AsyncClient sends an API call with the aiohttp backend: one ``ClientSession`` per event loop.

    The session is made on first use inside the running loop (aiohttp binds it to that loop); a client used
    from another loop later (a second ``asyncio.run``) gets a new one.
    """

    def __init__(self, settings: Mapping[str, Any], *, https: bool) -> None:
        import aiohttp

        #: What an exchange catches: aiohttp's errors (its timeouts among them), and asyncio's deadline timeout.
        self.client_error: type[Exception] = aiohttp.ClientError
        self.errors: tuple[type[Exception], ...] = (aiohttp.ClientError, TimeoutError)
        self._limits: httpx.Limits = settings["limits"]
        self._trust_env = bool(settings.get("trust_env", True))
        self._headers: Mapping[str, str] = settings.get("headers", {})
        self._https = https
        self._ssl: Any = None
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        #: A base URL's (scheme, authority, path), for :meth:`url`.
        self._prefixes: dict[str, tuple[str, str, str]] = {}
        import yarl

        self._build = yarl.URL.build

    def session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop:
            if self._ssl is None:
                # httpx's context (certifi's roots, as the httpx backend verifies): 30-50 ms, so only for https
                self._ssl = httpx.create_ssl_context(trust_env=self._trust_env) if self._https else True
            self._session = _session(self._limits, self._trust_env, self._ssl, self._headers)
            self._loop = loop
        return self._session

    def url(self, prefix: str, path: str, query: str) -> yarl.URL:
        """The request URL as aiohttp takes it, already encoded by the client (aiohttp must not re-quote it):
        assembled from the base URL's parts, parsed once per client, rather than a whole URL parsed per call."""
        parts = self._prefixes.get(prefix)
        if parts is None:
            import yarl

            base = yarl.URL(prefix, encoded=True)
            parts = self._prefixes[prefix] = (base.scheme, base.raw_authority, base.raw_path.rstrip("/"))
        scheme, authority, base_path = parts
        return self._build(scheme=scheme, authority=authority, path=base_path + path, query_string=query, encoded=True)

    def timeout(self, timeout: httpx.Timeout, ends_at: float | None = None) -> aiohttp.ClientTimeout:
        """httpx's four timeouts in aiohttp's terms, and ``ends_at`` (monotonic; the call's deadline, or sooner)
        as aiohttp's ``total``: the whole exchange ends by then, the answer's body read included."""
        found = self._phase_timeout(timeout)
        if ends_at is None:
            return found
        import aiohttp

        return aiohttp.ClientTimeout(
            # aiohttp takes 0 for "no timeout": a deadline already reached still gets a (tiny) one
            total=max(ends_at - time.monotonic(), 0.001),
            connect=found.connect,
            sock_connect=found.sock_connect,
            sock_read=found.sock_read,
            ceil_threshold=_NEVER_ROUNDED,
        )

    def _phase_timeout(self, timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
        key = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        found = self._timeouts.get(key)
        if found is None:
            import aiohttp

            pool = timeout.pool
            connect = timeout.connect
            found = aiohttp.ClientTimeout(
                total=None,
                # aiohttp's `connect`: waiting for a pooled connection plus opening one
                connect=None if pool is None or connect is None else pool + connect,
                sock_connect=connect,
                sock_read=timeout.read,
            )
            if len(self._timeouts) < 64:  # a deadline shortens timeouts call by call: keep only a few
                self._timeouts[key] = found
        return found

    @staticmethod
    def as_httpx_error(exc: Exception) -> httpx.RequestError:
        """:func:`as_httpx_error` (here for the client, which imports this module only with the backend)."""
        return as_httpx_error(exc)

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is None or session.closed:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - aclose is a coroutine: a loop runs
            running = None
        if self._loop is running:
            await session.close()
        else:  # made in a loop that is gone: its connections went with it; mark it closed (nothing to await)
            _abandon(session)


def as_httpx_error(exc: Exception) -> httpx.RequestError:
    """An aiohttp exception as the httpx exception of the same kind (the client maps those to its errors).

    Only the text is kept (the client redacts it); never the exception itself, whose ``request_info`` holds
    the URL with the token.
    """
    import aiohttp

    text = f"{type(exc).__name__}: {exc}"
    kind: type[httpx.RequestError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.ClientPayloadError) and "encoding" in str(exc).lower():
        kind = httpx.DecodingError  # a broken gzip/deflate body
    elif isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError | aiohttp.ClientOSError):
        kind = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientResponseError):  # an answer aiohttp could not parse as HTTP
        kind = httpx.RemoteProtocolError
    else:
        kind = httpx.TransportError
    return kind(text)


def resends_nothing() -> bool:
    """Whether this aiohttp lets the client turn off its own re-send of a failed GET (``_retry_connection``).

    Without that, the aiohttp backend could send one signed request twice; ``auto`` then stays on httpx.
    """
    try:
        import aiohttp
    except ImportError:
        return False
    return "_retry_connection" in getattr(aiohttp.ClientSession, "ATTRS", ())
