"""A token refresh bounded by the waiting call, shared by threads and tasks, never losing a rotated pair (issue 22).

Against real loopback servers: ``tests/rawserver.py`` for an ``oauth/token`` that stalls or drips, the fake
Marketing API (with faults) for one that is slow or loses its answer after rotating the pair.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tencent_ads import (
    AsyncClient,
    AuthError,
    Client,
    ConfigurationError,
    DeadlineExceededError,
    FileTokenStore,
    RefreshingToken,
    RequestTimeoutError,
    RetryPolicy,
    TokenPair,
    TokenRefreshError,
    prepare,
)
from tencent_ads._redaction import Secret
from tencent_ads.testing import FakeMarketingAPI, Fault

from .rawserver import Handler, RawServer, response

#: What the waiting call may overrun its deadline by: "ends within about a second of it".
SLACK = 1.5
OAUTH_OK = json.dumps(
    {"code": 0, "message": "", "data": {"access_token": "access-from-drip-0001", "access_token_expires_in": 86400}}
).encode()


@contextlib.contextmanager
def oauth_server(kind: str) -> Iterator[RawServer]:
    """A server whose oauth/token stalls (reads the request, never answers) or drips its answer (a byte per 0.5 s);
    released when the test leaves, so the refresh left running ends at once."""
    release = threading.Event()

    def stall(conn: socket.socket, head: bytes) -> None:
        release.wait(15)

    def dripping(conn: socket.socket, head: bytes) -> None:
        for byte in response(OAUTH_OK):  # a byte every 0.5 s: no socket read ever times out
            if release.wait(0.5):
                return
            conn.sendall(bytes([byte]))

    handler: Handler = stall if kind == "stalled" else dripping
    with RawServer(handler) as server:
        try:
            yield server
        finally:
            release.set()


def due_token(**extra: object) -> RefreshingToken:
    """A token with no access token yet: the first call refreshes."""
    return RefreshingToken(client_id=1100, client_secret="secret-12345678", refresh_token="refresh-12345678", **extra)  # type: ignore[arg-type]


# -- finding 1: the refresh is bounded by the waiting call ----------------------------------------------------


@pytest.mark.parametrize("kind", ["stalled", "dripping"])
def test_a_due_token_on_a_slow_oauth_token_ends_within_the_calls_deadline(kind: str) -> None:
    with oauth_server(kind) as server, Client(due_token(), base_url=server.base_url) as client:
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError, match="renewal"):
            client.async_tasks.get(account_id=25610, retry=RetryPolicy(deadline=2))
        assert time.monotonic() - started < 2 + SLACK


def test_a_due_token_on_a_stalled_oauth_token_ends_within_the_calls_timeout() -> None:
    with oauth_server("stalled") as server, Client(due_token(), base_url=server.base_url, timeout=2) as client:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="renewal") as info:
            client.async_tasks.get(account_id=25610, retry=0)
        assert time.monotonic() - started < 2 + SLACK
        assert info.value.unsent  # the call itself never left: a write may be sent again


async def test_an_async_call_on_a_stalled_oauth_token_ends_within_its_deadline() -> None:
    with oauth_server("stalled") as server:
        async with AsyncClient(due_token(), base_url=server.base_url) as client:
            started = time.monotonic()
            with pytest.raises(DeadlineExceededError):
                await client.async_tasks.get(account_id=25610, retry=RetryPolicy(deadline=2))
            assert time.monotonic() - started < 2 + SLACK


def test_other_threads_do_not_queue_behind_a_stalled_refresh_beyond_their_deadlines() -> None:
    token = due_token()
    ended: dict[str, tuple[float, BaseException | None]] = {}

    def call(name: str, client: Client, deadline: float) -> None:
        started = time.monotonic()
        try:
            client.async_tasks.get(account_id=25610, retry=RetryPolicy(deadline=deadline))
        except Exception as exc:
            ended[name] = (time.monotonic() - started, exc)
        else:
            ended[name] = (time.monotonic() - started, None)

    with oauth_server("stalled") as server, Client(token, base_url=server.base_url) as client:
        first = threading.Thread(target=call, args=("refreshing", client, 4.0))
        first.start()
        time.sleep(0.3)  # the first call's refresh is on its way
        others = [threading.Thread(target=call, args=(f"waiting-{i}", client, 1.0)) for i in range(3)]
        for thread in others:
            thread.start()
        for thread in others:
            thread.join(10)
        first.join(10)
    assert len(server.heads) == 1  # one refresh for all four calls
    for name, (took, error) in ended.items():
        assert isinstance(error, DeadlineExceededError), (name, error)
        assert took < (4.0 if name == "refreshing" else 1.0) + SLACK, (name, took)


def test_a_refresh_is_bounded_by_its_own_default_and_keeps_the_stored_pair(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    pair = TokenPair(Secret("access-12345678"), Secret("refresh-12345678"), access_expires_at=0.0)
    store.save(pair)
    with oauth_server("stalled") as server:
        token = due_token(store=store, refresh_deadline=1.0, base_url=server.base_url)
        started = time.monotonic()
        with pytest.raises(TokenRefreshError, match="outcome is unknown"):
            token.refresh()  # no caller's deadline: the refresh's own
        assert time.monotonic() - started < 1 + SLACK
    assert store.load() == pair


# -- finding 2: coroutines await one refresh, costing no thread -----------------------------------------------


async def test_coroutines_waiting_for_a_slow_refresh_leave_the_default_executor_free() -> None:
    with FakeMarketingAPI() as api:
        api.inject(Fault("slow", delay=2.0, path="/oauth/token"))
        token = RefreshingToken(
            client_id=api.client_id, client_secret=api.client_secret, refresh_token=api.refresh_token
        )
        async with AsyncClient(token, base_url=api.base_url) as client:
            baseline = threading.active_count()
            calls = [
                asyncio.ensure_future(client.async_tasks.get(account_id=api.account_id, page_size=1))
                for _ in range(40)  # more than the default executor's 32 workers at most
            ]
            await asyncio.sleep(0.3)
            threads = threading.active_count()
            await asyncio.wait_for(asyncio.to_thread(lambda: None), 1.0)  # not queued behind parked waiters
            assert not any(c.done() for c in calls)  # ... while the refresh is still under way
            assert threads - baseline <= 3  # no thread parked per waiting coroutine
            pages = await asyncio.gather(*calls)
        assert all(p.list_ for p in pages)
        assert api.refreshes == 1 and token.refreshes == 1 and api.stale_refreshes == 0


# -- finding 3 (the part without Redis): a refresh refused because another holder saved a newer pair meanwhile ----


class RacedStore(FileTokenStore):
    """A store whose first load returns ``seen``: what a worker read just before another one saved its new pair
    (the other's lock had lapsed, say)."""

    def __init__(self, path: Path, seen: TokenPair) -> None:
        super().__init__(path)
        self._seen: TokenPair | None = seen

    def load(self) -> TokenPair | None:
        seen, self._seen = self._seen, None
        return seen if seen is not None else super().load()


def test_a_refresh_refused_after_another_worker_saved_a_newer_pair_adopts_that_pair(tmp_path: Path) -> None:
    with FakeMarketingAPI() as api:
        dead = TokenPair(Secret(api.token), Secret(api.refresh_token), access_expires_at=0.0)
        store = FileTokenStore(tmp_path / "t.json")
        store.save(dead)
        first = RefreshingToken(
            client_id=api.client_id, client_secret=api.client_secret, store=store, base_url=api.base_url
        )
        first.refresh()  # the other worker: rotates the pair and saves it
        second = RefreshingToken(
            client_id=api.client_id, client_secret=api.client_secret, store=RacedStore(tmp_path / "t.json", dead)
        )
        with Client(second, base_url=api.base_url) as client:
            client.async_tasks.get(account_id=api.account_id, page_size=1)  # refused (11002), then adopts
        assert api.refreshes == 1 and api.stale_refreshes == 1
        assert second.refreshes == 0 and second.pair == first.pair


def test_file_store_seed_from_refuses_an_older_pair_unless_told(tmp_path: Path) -> None:
    newer = TokenPair(Secret("access-newer-0001"), Secret("refresh-newer-0001"), 200.0, issued_at=100.0)
    older = TokenPair(Secret("access-older-0001"), Secret("refresh-older-0001"), 150.0, issued_at=50.0)
    source, destination = FileTokenStore(tmp_path / "source.json"), FileTokenStore(tmp_path / "destination.json")
    source.save(older)
    assert destination.seed_from(source) == older  # an empty destination takes it
    source.save(newer)
    assert destination.seed_from(source) == newer  # a newer pair replaces an older one
    assert destination.seed_from(source) == newer  # the same pair again: nothing to do
    source.save(older)
    with pytest.raises(ConfigurationError, match="not older"):
        destination.seed_from(source)
    assert destination.load() == newer
    assert destination.seed_from(source, replace=True) == older


# -- finding 4: a refresh whose answer was lost -----------------------------------------------------------------


def test_oauth_token_is_not_idempotent() -> None:
    call = prepare("oauth_token", client_id=1, client_secret="s" * 9, grant_type="refresh_token", refresh_token="r" * 9)
    assert call.idempotent is False


def test_a_refresh_whose_answer_was_lost_says_outcome_unknown_and_keeps_the_stored_pair(tmp_path: Path) -> None:
    with FakeMarketingAPI() as api:
        store = FileTokenStore(tmp_path / "token.json")
        pair = TokenPair(Secret(api.token), Secret(api.refresh_token), access_expires_at=0.0)
        store.save(pair)
        token = RefreshingToken(client_id=api.client_id, client_secret=api.client_secret, store=store)
        api.inject(Fault("drop_connection", processed=True, path="/oauth/token"))  # rotated, then the answer lost
        with Client(token, base_url=api.base_url) as client, pytest.raises(TokenRefreshError) as info:
            client.async_tasks.get(account_id=api.account_id)
        assert not isinstance(info.value, AuthError)
        assert "outcome is unknown" in str(info.value) and "oauth_token" in str(info.value)
        assert api.refreshes == 1 and api.stale_refreshes == 0  # not re-sent with the refresh token it killed
        assert store.load() == pair  # the stored pair is kept, not thrown away
        assert api.refresh_token not in str(info.value) and "refresh" not in repr(info.value.__context__)


# -- finding 5: temp files holding a refresh token ----------------------------------------------------------------

_KILLED_SAVE = """
import os, sys, time
from tencent_ads import FileTokenStore, TokenPair
from tencent_ads._redaction import Secret

def hang(*args, **kwargs):
    print("written", flush=True)
    time.sleep(60)

os.replace = hang
FileTokenStore(sys.argv[1]).save(TokenPair(Secret("access-killed-0001"), Secret("refresh-killed-0001")))
"""


def _killed_save(path: Path) -> list[Path]:
    """Run a save in a process killed between writing its temp file and replacing the store; the files left."""
    before = set(path.parent.iterdir())
    child = subprocess.Popen([sys.executable, "-c", _KILLED_SAVE, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "written\n"
    finally:
        child.kill()
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()
    return sorted(set(path.parent.iterdir()) - before)


@pytest.mark.parametrize("then", ["save", "load"])
def test_temp_files_of_a_killed_save_are_swept_by_the_next_save_or_load(tmp_path: Path, then: str) -> None:
    path = tmp_path / "token.json"
    left = _killed_save(path)
    assert len(left) == 1 and "refresh-killed-0001" in left[0].read_text()
    fresh = _killed_save(path)  # a save under way elsewhere, for all we know: too young to sweep
    hour_ago = time.time() - 3600
    os.utime(left[0], (hour_ago, hour_ago))
    store = FileTokenStore(path)
    if then == "save":
        store.save(TokenPair(Secret("access-12345678"), Secret("refresh-12345678")))
    else:
        assert store.load() is None
    assert not left[0].exists()
    assert fresh[0].exists()


def test_a_failed_save_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    store = FileTokenStore(tmp_path / "token.json")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        store.save(TokenPair(Secret("access-12345678"), Secret("refresh-12345678")))
    assert list(tmp_path.iterdir()) == []


# -- finding 6: a storage password in the URL's query -------------------------------------------------------------


def test_a_redis_password_in_the_query_never_shows() -> None:
    pytest.importorskip("redis")
    from tencent_ads import RedisTokenStore

    store = RedisTokenStore("redis://127.0.0.1:1/0?password=hunter2-query-secret&socket_keepalive=true")
    assert "hunter2-query-secret" not in repr(store) and "password=***" in repr(store)
    for url in (
        "redsi://127.0.0.1:1/0?password=hunter2-query-secret",  # a mistyped scheme
        "redsi://u:hunter2-query-secret@h:1/0",
        "redis://:hunter2/query-secret@127.0.0.1:1/0",  # a "/" in the password: redis-py cannot parse it
    ):
        with pytest.raises(ConfigurationError) as info:
            RedisTokenStore(url)
        texts = [str(info.value), repr(info.value), repr(info.value.__context__), repr(info.value.__cause__)]
        assert not any("hunter2" in text for text in texts)
        assert url.partition(":")[0] in str(info.value)
