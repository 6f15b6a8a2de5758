"""RefreshingToken against the fake server: expiry, rotation, one refresh at a time, stores, redaction."""

from __future__ import annotations

import asyncio
import json
import math
import os
import pickle
import threading
import time
from pathlib import Path

import pytest
from tencent_ads import (
    AsyncClient,
    AuthError,
    Client,
    ConfigurationError,
    FileTokenStore,
    RefreshingToken,
    TokenPair,
    TokenRefreshError,
    prepare,
)
from tencent_ads._redaction import Secret
from tencent_ads.testing import FakeMarketingAPI


def token_for(api: FakeMarketingAPI, **extra: object) -> RefreshingToken:
    return RefreshingToken(
        client_id=api.client_id,
        client_secret=api.client_secret,
        refresh_token=api.refresh_token,
        access_token=api.token,
        **extra,  # type: ignore[arg-type]
    )


def test_eight_threads_and_eight_tasks_through_one_token_see_no_failure_and_one_refresh_per_expiry() -> None:
    """Issue 12's done-when: token_ttl=2, 8 threads + 8 asyncio tasks for 10 s through one RefreshingToken."""
    duration, ttl = 10.0, 2.0
    with FakeMarketingAPI(token_ttl=ttl) as api:
        token = token_for(api)
        failures: list[BaseException] = []
        calls = [0]
        lock = threading.Lock()
        stop_at = time.monotonic() + duration

        def worker(client: Client) -> None:
            while time.monotonic() < stop_at:
                try:
                    client.async_tasks.get(account_id=api.account_id, page_size=1)
                except Exception as exc:
                    with lock:
                        failures.append(exc)
                with lock:
                    calls[0] += 1

        async def tasks() -> None:
            async with AsyncClient(token, base_url=api.base_url) as client:

                async def one() -> None:
                    while time.monotonic() < stop_at:
                        try:
                            await client.async_tasks.get(account_id=api.account_id, page_size=1)
                        except Exception as exc:
                            failures.append(exc)
                        calls[0] += 1

                await asyncio.gather(*(one() for _ in range(8)))

        with Client(token, base_url=api.base_url) as client:
            threads = [threading.Thread(target=worker, args=(client,)) for _ in range(8)]
            threads.append(threading.Thread(target=asyncio.run, args=(tasks(),)))
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        token.close()
        assert failures == []
        assert calls[0] > 100
        assert api.stale_refreshes == 0  # no refresh token was ever used twice
        # the first token expires at 2 s (renewed on 11000), later ones just before expiry: one per lifetime
        expiries = math.ceil(duration / (ttl * 0.9))
        assert 1 <= api.refreshes <= expiries
        assert token.refreshes == api.refreshes


def test_a_rejected_token_is_renewed_once_and_the_call_retried(fake_api: FakeMarketingAPI) -> None:
    token = token_for(fake_api)
    with Client(token, base_url=fake_api.base_url) as client:
        old = fake_api.token
        fake_api.tokens[0] = "revoked-elsewhere-0000"  # the token dies (another worker refreshed, say) ...
        page = client.async_tasks.get(account_id=fake_api.account_id, page_size=1)  # ... 11002, renew, retry
        assert page.list_
    assert fake_api.refreshes == 1
    assert old not in fake_api.tokens
    assert [r.answered for r in fake_api.requests[-3:]] == ["code:11002", "ok", "ok"]


def test_a_dead_refresh_token_is_an_auth_error_after_one_try(fake_api: FakeMarketingAPI) -> None:
    token = RefreshingToken(
        client_id=fake_api.client_id,
        client_secret=fake_api.client_secret,
        refresh_token="an-old-refresh-token",
        access_token="an-expired-access-token",
    )
    with Client(token, base_url=fake_api.base_url) as client, pytest.raises(AuthError) as info:
        client.async_tasks.get(account_id=fake_api.account_id)
    assert info.value.code == 11002
    assert info.value.path == "/oauth/token"
    assert fake_api.stale_refreshes == 1  # tried once; no loop
    assert "an-old-refresh-token" not in str(info.value) and "an-old-refresh-token" not in repr(info.value)


def test_no_access_token_refreshes_before_the_first_call(fake_api: FakeMarketingAPI) -> None:
    token = RefreshingToken(
        client_id=fake_api.client_id, client_secret=fake_api.client_secret, refresh_token=fake_api.refresh_token
    )
    with Client(token, base_url=fake_api.base_url) as client:
        client.async_tasks.get(account_id=fake_api.account_id)
    assert fake_api.refreshes == 1
    assert token.pair is not None and token.pair.account_id == fake_api.account_id
    assert [r.answered for r in fake_api.requests] == ["ok", "ok"]  # oauth/token, then the call; no 11002


def test_file_store_is_shared_and_written_atomically(tmp_path: Path, fake_api: FakeMarketingAPI) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    first = token_for(fake_api, store=store)
    second = token_for(fake_api, store=store)  # another process, seeded with the same (soon dead) pair
    with Client(first, base_url=fake_api.base_url) as a, Client(second, base_url=fake_api.base_url) as b:
        a.async_tasks.get(account_id=fake_api.account_id)
        first.refresh()  # rotates the pair; the seed pair is dead now
        b.async_tasks.get(account_id=fake_api.account_id)  # reads the store: adopts, does not refresh
    assert fake_api.refreshes == 1 and fake_api.stale_refreshes == 0
    assert second.refreshes == 0
    saved = json.loads((tmp_path / "token.json").read_text())
    assert saved["refresh_token"] == fake_api.refresh_token
    assert os.stat(tmp_path / "token.json").st_mode & 0o077 == 0  # private to its owner
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json", "token.json.lock"]


def test_from_authorization_code_exchanges_and_saves(tmp_path: Path, fake_api: FakeMarketingAPI) -> None:
    store = FileTokenStore(tmp_path / "t.json")
    token = RefreshingToken.from_authorization_code(
        client_id=fake_api.client_id,
        client_secret=fake_api.client_secret,
        authorization_code="fake-authorization-code",
        redirect_uri=fake_api.redirect_uri,
        store=store,
        base_url=fake_api.base_url,
    )
    assert token.pair is not None
    assert store.load() == token.pair
    with Client(token, base_url=fake_api.base_url) as client:
        client.async_tasks.get(account_id=fake_api.account_id)
    with pytest.raises(AuthError):  # a code is good once
        RefreshingToken.from_authorization_code(
            client_id=fake_api.client_id,
            client_secret=fake_api.client_secret,
            authorization_code="fake-authorization-code",
            redirect_uri=fake_api.redirect_uri,
            base_url=fake_api.base_url,
        )


def test_oauth_token_is_sent_unsigned_to_the_base_urls_origin(fake_api: FakeMarketingAPI) -> None:
    with Client(fake_api.token, base_url=fake_api.base_url) as client:
        data = client.oauth.token(
            client_id=fake_api.client_id,
            client_secret=fake_api.client_secret,
            grant_type="refresh_token",
            refresh_token=fake_api.refresh_token,
        )
    assert isinstance(data.access_token, str) and data.access_token in fake_api.tokens
    seen = fake_api.requests[-1]
    assert seen.path == "/oauth/token"
    assert not {"access_token", "timestamp", "nonce"} & set(seen.params)
    assert seen.params["client_secret"] == "***" and seen.params["refresh_token"] == "***"


def test_secrets_never_show(fake_api: FakeMarketingAPI, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")
    token = token_for(fake_api)
    with Client(token, base_url=fake_api.base_url) as client:
        token.refresh()
        client.async_tasks.get(account_id=fake_api.account_id)
    assert token.pair is not None
    secrets = [
        fake_api.client_secret,
        fake_api.refresh_token,
        token.pair.access_token.reveal(),
        token.pair.refresh_token.reveal() if token.pair.refresh_token else "",
    ]
    call = prepare(
        "oauth_token",
        client_id=1,
        client_secret=fake_api.client_secret,
        grant_type="refresh_token",
        refresh_token="x" * 9,
    )
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.__dict__!r}" for r in caplog.records)
    texts = [repr(token), repr(token.pair), repr(call), str(token.pair), logged, repr(client.auth)]
    for text in texts:
        for secret in secrets:
            assert secret not in text
    assert "/oauth/token?client_id=" in logged and "client_secret=***" in logged  # httpx's request line, redacted
    with pytest.raises(TypeError):
        pickle.dumps(token)


def test_the_oauth_answer_never_reaches_an_error_text(fake_api: FakeMarketingAPI) -> None:
    call = prepare(
        "oauth_token", client_id=1, client_secret="s" * 10, grant_type="refresh_token", refresh_token="r" * 10
    )
    body = b'{"access_token": "leaked-access-token-123", "no envelope": 1}'
    from tencent_ads import ResponseDecodeError

    with pytest.raises(ResponseDecodeError) as info:
        call.parse_body(200, body)
    assert "leaked-access-token-123" not in str(info.value)
    assert "withheld" in str(info.value)


def test_bad_arguments_are_configuration_errors() -> None:
    for kwargs in (
        {"client_id": 0, "client_secret": "s", "refresh_token": "r"},
        {"client_id": "1", "client_secret": "s", "refresh_token": "r"},
        {"client_id": 1, "client_secret": "", "refresh_token": "r"},
        {"client_id": 1, "client_secret": "s"},
        {"client_id": 1, "client_secret": "s", "refresh_token": "r", "margin": -1},
        {"client_id": 1, "client_secret": "s", "refresh_token": "r", "store": object()},
        {"client_id": 1, "client_secret": "s", "refresh_token": "bad token"},
    ):
        with pytest.raises(ConfigurationError):
            RefreshingToken(**kwargs)


def test_token_pair_round_trips_and_refuses_garbage() -> None:
    pair = TokenPair(Secret("access-123456"), Secret("refresh-123456"), 10.0, 20.0, 7, 5.0)
    assert TokenPair.from_json(pair.to_json()) == pair
    assert pair.due(9.6, 300) and not pair.due(9.4, 300)  # margin capped at a tenth of the 5 s lifetime
    with pytest.raises(ConfigurationError):
        TokenPair.from_json("[1]")


def test_a_store_that_stays_locked_is_a_typed_error(tmp_path: Path) -> None:
    import filelock

    store = FileTokenStore(tmp_path / "t.json", lock_timeout=0.2)
    holder = filelock.FileLock(str(tmp_path / "t.json") + ".lock")
    holder.acquire()
    try:
        token = RefreshingToken(client_id=1, client_secret="secret-1", refresh_token="refresh-1", store=store)
        with pytest.raises(TokenRefreshError):
            token.refresh()
    finally:
        holder.release()
