"""AsyncClient's two backends answer misbehaving servers alike.

With ``backend="aiohttp"`` an API call goes to aiohttp directly (``tencent_ads._aiohttp``), with ``"httpx"``
through httpx's own pool: for each kind of misbehaviour, both must raise the same typed error, bounded in time
and memory, holding no token, picklable, with nothing chained.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import pickle
import socket
import threading
import time
import zlib
from typing import Any

import httpx
import pytest
from tencent_ads import (
    AsyncClient,
    ConnectError,
    HTTPStatusError,
    RequestTimeoutError,
    ResponseDecodeError,
    RetryPolicy,
    TencentAdsError,
)
from tencent_ads._client import Backend
from tencent_ads._errors import ResponseTooLargeError
from tencent_ads.testing import FakeMarketingAPI

from .rawserver import Handler, RawServer, response

TOKEN = "backend-token-0123456789abcdef"
OK_BODY = json.dumps({"code": 0, "message": "", "data": {"list": [{"task_id": "7"}]}}).encode()
BACKENDS = ["httpx", "aiohttp"]


def _gzip(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


def _bomb(conn: socket.socket, head: bytes) -> None:
    block = _gzip(b"\0" * (64 << 20))  # 64 MiB of zeros in < 100 KB
    conn.sendall(response(block, headers={"Content-Encoding": "gzip"}))


def _broken_gzip(conn: socket.socket, head: bytes) -> None:
    conn.sendall(response(b"\x1f\x8b\x08\x00 this is not deflate data at all", headers={"Content-Encoding": "gzip"}))


def _truncated(conn: socket.socket, head: bytes) -> None:
    whole = response(OK_BODY)
    conn.sendall(whole.replace(f"Content-Length: {len(OK_BODY)}".encode(), b"Content-Length: 5000")[:-5])


def _not_http(conn: socket.socket, head: bytes) -> None:
    conn.sendall(b"HELLO THERE\r\n\r\n")


def _redirect(conn: socket.socket, head: bytes) -> None:
    conn.sendall(response(b"", status="302 Found", headers={"Location": "http://127.0.0.1:9/elsewhere"}))


def _silent(conn: socket.socket, head: bytes) -> None:
    time.sleep(2.0)  # never answers within the 0.5 s read timeout


CASES: list[tuple[str, Handler, type[TencentAdsError], str]] = [
    ("decompression bomb", _bomb, ResponseTooLargeError, "max_response_bytes=16777216"),
    ("broken gzip", _broken_gzip, ResponseDecodeError, "decompress"),
    ("truncated body", _truncated, ConnectError, ""),
    ("not HTTP", _not_http, ConnectError, ""),
    ("redirect on an API call", _redirect, HTTPStatusError, "302"),
    ("no answer", _silent, RequestTimeoutError, "Timeout"),
]


def _checked(error: BaseException) -> None:
    assert TOKEN not in str(error) and TOKEN not in repr(error)
    assert error.__cause__ is None and error.__context__ is None
    assert TOKEN not in repr(vars(error))
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is type(error) and str(copy) == str(error)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("handler", "expected", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_a_misbehaving_server_gives_the_same_error_on_both_backends(
    backend: Backend, handler: Handler, expected: type[TencentAdsError], text: str
) -> None:
    policy = RetryPolicy(max_attempts=1, deadline=10.0)
    with RawServer(handler) as server:
        async with AsyncClient(TOKEN, base_url=server.base_url, timeout=0.5, retry=policy, backend=backend) as client:
            assert client.backend == backend
            started = time.monotonic()
            with pytest.raises(TencentAdsError) as info:
                await client.async_tasks.get(account_id=1)
    assert type(info.value) is expected, (type(info.value), info.value)
    assert text in str(info.value)
    assert time.monotonic() - started < 5
    _checked(info.value)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_connection_refused_names_the_host_and_port(backend: Backend) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}/v3.0"
    async with AsyncClient(TOKEN, base_url=base, retry=RetryPolicy.none(), backend=backend) as client:
        with pytest.raises(ConnectError, match=f"127.0.0.1:{port}") as info:
            await client.async_tasks.get(account_id=1)
    _checked(info.value)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_raw_response_headers_are_httpx_headers(backend: Backend) -> None:
    def handler(conn: socket.socket, head: bytes) -> None:
        conn.sendall(response(OK_BODY, headers={"X-Tag": "a", "x-tag": "b", "X-Trace": "t-1"}))

    with RawServer(handler) as server:
        async with AsyncClient(TOKEN, base_url=server.base_url, backend=backend) as client:
            raw = await client.with_raw_response.async_tasks.get(account_id=1)
    assert isinstance(raw.headers, httpx.Headers)
    assert raw.headers.get_list("x-tag") == ["a", "b"]
    assert raw.parse().list_[0].task_id == 7  # the lenient decoders on this path too
    assert raw.status_code == 200


# The first loop's connections cannot be closed once that loop is gone: they are dropped, and the garbage
# collector warns about them (ResourceWarning), collected here so that no later test inherits the warning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_one_client_serves_two_event_loops(fake_api: FakeMarketingAPI) -> None:
    client = AsyncClient(fake_api.token, base_url=fake_api.base_url, backend="aiohttp")

    async def call() -> int:
        page = await client.async_tasks.get(account_id=fake_api.account_id, page_size=1)
        return len(page.list_)

    assert asyncio.run(call()) == 1
    assert asyncio.run(call()) == 1  # a new session in the new loop: not "attached to a different loop"
    asyncio.run(client.aclose())
    gc.collect()


async def test_httpx_args_only_httpx_knows_send_through_httpx(
    fake_api: FakeMarketingAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    args: dict[str, Any] = {"event_hooks": {"request": []}}
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, backend="aiohttp", httpx_args=args) as client:
        await client.async_tasks.get(account_id=fake_api.account_id)
    assert any("HTTP Request: GET" in r.getMessage() for r in caplog.records)  # httpx sent it (over aiohttp)


async def test_the_connection_limit_holds_on_the_aiohttp_path() -> None:
    busy = 0
    most = 0
    lock = threading.Lock()

    def handler(conn: socket.socket, head: bytes) -> None:
        nonlocal busy, most
        with lock:
            busy += 1
            most = max(most, busy)
        time.sleep(0.05)
        with lock:
            busy -= 1
        conn.sendall(response(OK_BODY, headers={"Connection": "close"}))

    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3)
    with RawServer(handler) as server:
        async with AsyncClient(
            TOKEN, base_url=server.base_url, backend="aiohttp", httpx_args={"limits": limits}
        ) as client:
            await asyncio.gather(*(client.async_tasks.get(account_id=1) for _ in range(12)))
    assert 1 <= most <= 3
