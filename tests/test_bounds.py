"""Every call is bounded: by its deadline across every read, by max_response_bytes, and by sane waits."""

from __future__ import annotations

import json
import socket
import time
import zlib

import pytest
from tencent_ads import (
    AsyncClient,
    Client,
    HTTPStatusError,
    RateLimiter,
    ReplayError,
    RequestTimeoutError,
    RetryPolicy,
)
from tencent_ads._errors import ResponseTooLargeError
from tencent_ads.testing import FakeMarketingAPI, Fault

from .rawserver import Handler, RawServer, drip, response

TOKEN = "raw-server-token-0123456789"
OK_BODY = json.dumps({"code": 0, "message": "", "data": {"list": []}}).encode()
POLICY = RetryPolicy(max_attempts=3, deadline=3.0, wait_initial=0.0, wait_max=0.0, wait_jitter=0.0)


def _drip_head(conn: socket.socket, head: bytes) -> None:
    drip(conn, response(OK_BODY), 0.5)


def _drip_body(conn: socket.socket, head: bytes) -> None:
    whole = response(OK_BODY)
    split = whole.index(b"\r\n\r\n") + 4
    conn.sendall(whole[:split])
    drip(conn, whole[split:], 0.5)


@pytest.mark.parametrize("handler", [_drip_head, _drip_body], ids=["headers", "body"])
def test_deadline_bounds_a_dripping_server(handler: Handler) -> None:
    with RawServer(handler) as server, Client(TOKEN, base_url=server.base_url, timeout=2, retry=POLICY) as client:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="deadline of 3 s exceeded"):
            client.async_tasks.get(account_id=1)
        elapsed = time.monotonic() - started
    assert elapsed < 4.0, elapsed  # 3 s deadline; was minutes before


@pytest.mark.parametrize("handler", [_drip_head, _drip_body], ids=["headers", "body"])
async def test_async_deadline_bounds_a_dripping_server(handler: Handler) -> None:
    with RawServer(handler) as server:
        async with AsyncClient(TOKEN, base_url=server.base_url, timeout=2, retry=POLICY) as client:
            started = time.monotonic()
            with pytest.raises(RequestTimeoutError, match="deadline of 3 s exceeded"):
                await client.async_tasks.get(account_id=1)
            elapsed = time.monotonic() - started
    assert elapsed < 4.0, elapsed


def _gzip_bomb(inflated: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    block = b"\0" * (1 << 20)
    parts = [packer.compress(block) for _ in range(inflated >> 20)]
    return b"".join([*parts, packer.flush()])


def test_a_decompression_bomb_stops_at_the_limit() -> None:
    bomb = _gzip_bomb(64 << 20)
    assert len(bomb) < 100_000  # 64 MiB of zeros in < 0.1 MB

    def handler(conn: socket.socket, head: bytes) -> None:
        conn.sendall(response(bomb, headers={"Content-Encoding": "gzip"}))

    with RawServer(handler) as server, Client(TOKEN, base_url=server.base_url, retry=0) as client:
        with pytest.raises(ResponseTooLargeError, match=r"max_response_bytes=16777216") as info:
            client.async_tasks.get(account_id=1)
        assert info.value.limit == 16 * 1024 * 1024
    with RawServer(handler) as server, Client(TOKEN, base_url=server.base_url, max_response_bytes=1000) as client:
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1000"):
            client.async_tasks.get(account_id=1)
        assert len(server.heads) == 1  # too large is not retried


def test_a_huge_error_page_is_not_read_whole() -> None:
    page = b"<html>" + b"x" * (50 << 20) + b"</html>"
    sent: list[int] = []

    def handler(conn: socket.socket, head: bytes) -> None:
        whole = response(page, status="500 Internal Server Error", headers={"Content-Type": "text/html"})
        for start in range(0, len(whole), 1 << 16):
            conn.sendall(whole[start : start + (1 << 16)])
            sent.append(1 << 16)

    with RawServer(handler) as server, Client(TOKEN, base_url=server.base_url, retry=0) as client:
        with pytest.raises(HTTPStatusError) as info:
            client.async_tasks.get(account_id=1)
    assert info.value.status_code == 500
    assert len(info.value.body_snippet) < 600 and "more characters" in info.value.body_snippet
    assert sum(sent) < (50 << 20)  # the client hung up long before the end


def test_a_long_retry_after_ends_the_call_instead_of_sleeping(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("http_status", status=503, retry_after="3600"))
    policy = RetryPolicy(max_attempts=3, deadline=None)
    with Client(fake_api.token, base_url=fake_api.base_url, retry=policy) as client:
        started = time.monotonic()
        with pytest.raises(HTTPStatusError) as info:
            client.async_tasks.get(account_id=fake_api.account_id)
    assert time.monotonic() - started < 2
    assert info.value.retry_after == 3600.0  # the caller learns when to come back


def test_a_bogus_date_header_does_not_move_the_clock() -> None:
    body = json.dumps({"code": 12101, "message": "timestamp expired"}).encode()

    def handler(conn: socket.socket, head: bytes) -> None:
        conn.sendall(response(body, headers={"Date": "Fri, 31 Dec 9999 23:59:59 GMT"}))

    with RawServer(handler) as server, Client(TOKEN, base_url=server.base_url, retry=POLICY) as client:
        with pytest.raises(ReplayError):
            client.async_tasks.get(account_id=1)
        assert client.auth.clock_offset == 0.0
        assert len(server.heads) == 1  # no usable correction: not retried


def test_a_rate_limit_slot_beyond_the_deadline_ends_the_call_now(fake_api: FakeMarketingAPI) -> None:
    limiter = RateLimiter(0.1)  # one call per 10 s
    policy = RetryPolicy(deadline=2.0)
    with Client(fake_api.token, base_url=fake_api.base_url, rate_limit=limiter, retry=policy) as client:
        client.async_tasks.get(account_id=fake_api.account_id)
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="rate limit"):
            client.async_tasks.get(account_id=fake_api.account_id)
    assert time.monotonic() - started < 0.5
