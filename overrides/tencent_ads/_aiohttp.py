"""AsyncClient's aiohttp backend: httpx over aiohttp's connection pool (``tencent-ads[aiohttp]``).

httpx's own async pool (httpcore 1.0) re-scans every connection for every queued request, so its throughput
falls as calls in flight rise; aiohttp's does not. ``httpx_aiohttp.AiohttpTransport`` (the transport
openai-python offers for the same reason) puts aiohttp under the same ``httpx.AsyncClient``, so signing per
attempt, retries, the deadline (``asyncio.timeout_at`` around every exchange), size limits and redaction stay
the client's. The session is made here, with the client's rules: its connection limit, and no proxy from the
environment for plain http (the token would travel in clear).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def aiohttp_transport(settings: Mapping[str, Any]) -> Any:
    """A fresh ``AiohttpTransport`` for one httpx.AsyncClient built with ``settings`` (a new one per process)."""
    import aiohttp
    import httpx
    from httpx_aiohttp import AiohttpTransport

    limits: httpx.Limits = settings["limits"]
    trust_env = bool(settings.get("trust_env", True))
    ssl_context = httpx.create_ssl_context(trust_env=trust_env)

    def session() -> aiohttp.ClientSession:  # called once, inside the running event loop
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            keepalive_timeout=limits.keepalive_expiry or 15.0,
            ssl=ssl_context,
        )
        made = aiohttp.ClientSession(connector=connector, trust_env=trust_env)
        # aiohttp re-sends a GET once, as it was, when a kept-alive connection turns out closed: the same nonce
        # twice, which the API refuses (12100) — a retry below the client. Retries are the client's alone.
        made._retry_connection = False
        return made

    return AiohttpTransport(limits=limits, client=session, trust_env=trust_env)


def resends_nothing() -> bool:
    """Whether this aiohttp lets the client turn off its own re-send of a failed GET (``_retry_connection``).

    Without that, the aiohttp backend could send one signed request twice; ``auto`` then stays on httpx.
    """
    try:
        import aiohttp
    except ImportError:
        return False
    return "_retry_connection" in getattr(aiohttp.ClientSession, "ATTRS", ())
