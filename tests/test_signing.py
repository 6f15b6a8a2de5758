"""Signing: access_token, timestamp and a fresh nonce on every attempt, across threads and asyncio tasks."""

from __future__ import annotations

import asyncio
import re
import threading

import httpx
import pytest
from tencent_ads import AsyncClient, Client, SigningAuth, new_nonce
from tencent_ads.testing import FakeMarketingAPI, Fault

from .conftest import FAST_RETRY


def test_nonce_is_32_hex_characters_and_random() -> None:
    nonces = {new_nonce() for _ in range(10_000)}
    assert len(nonces) == 10_000
    assert all(re.fullmatch(r"[0-9a-f]{32}", n) for n in nonces)


def test_sign_sets_all_three_and_replaces_stale_ones() -> None:
    auth = SigningAuth("tok", clock=lambda: 1_700_000_000.9)
    request = httpx.Request("GET", "https://api.e.qq.com/v3.0/async_tasks/get?account_id=1&nonce=old&timestamp=1")
    auth.sign(request)
    params = request.url.params
    assert params["access_token"] == "tok"
    assert params["timestamp"] == "1700000000"
    assert params["nonce"] != "old" and len(params["nonce"]) == 32
    assert params.get_list("nonce") == [params["nonce"]]
    assert params["account_id"] == "1"


def test_clock_offset_shifts_the_timestamp() -> None:
    auth = SigningAuth("tok", clock=lambda: 1000.0)
    auth.clock_offset = 250.4
    assert auth.timestamp() == 1250


def test_every_send_through_the_client_is_signed_afresh() -> None:
    seen: list[httpx.QueryParams] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params)
        return httpx.Response(200, json={"code": 0, "data": {}})

    with Client("tok", transport=httpx.MockTransport(handler)) as client:
        for _ in range(3):
            client.programmed_commponent_result.get(account_id=1, material_derive_id=2)
    assert len({p["nonce"] for p in seen}) == 3
    assert {p["access_token"] for p in seen} == {"tok"}


def test_nonces_unique_across_threads() -> None:
    auth = SigningAuth("tok")
    found: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        local = []
        for _ in range(500):
            request = httpx.Request("GET", "https://example.invalid/x")
            auth.sign(request)
            local.append(request.url.params["nonce"])
        with lock:
            found.extend(local)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(found) == len(set(found)) == 4000


def test_threads_share_one_client_against_the_server(fake_api: FakeMarketingAPI) -> None:
    """The server rejects any reused nonce (12100), so 8 threads × 25 calls all succeeding proves uniqueness."""
    errors: list[BaseException] = []
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY.none()) as client:

        def work() -> None:
            try:
                for _ in range(25):
                    client.async_tasks.get(account_id=fake_api.account_id, page_size=1)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    nonces = [r.params["nonce"] for r in fake_api.requests]
    assert len(nonces) == len(set(nonces)) == 200


async def test_asyncio_tasks_get_unique_nonces(fake_api: FakeMarketingAPI) -> None:
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY.none()) as client:
        results = await asyncio.gather(
            *(client.async_tasks.get(account_id=fake_api.account_id, page_size=1) for _ in range(200))
        )
    assert len(results) == 200
    nonces = [r.params["nonce"] for r in fake_api.requests]
    assert len(set(nonces)) == 200


@pytest.mark.parametrize("fault", [Fault("http_status", status=503), Fault("api_error", code=12100)])
def test_a_retried_attempt_never_reuses_a_nonce(fake_api: FakeMarketingAPI, client: Client, fault: Fault) -> None:
    fake_api.inject(fault, fault)
    client.async_tasks.get(account_id=fake_api.account_id)
    assert len(fake_api.requests) == 3
    nonces = [r.params["nonce"] for r in fake_api.requests]
    assert len(set(nonces)) == 3
    timestamps = {r.params["timestamp"] for r in fake_api.requests}
    assert all(t.isdigit() for t in timestamps)


def test_timestamp_is_epoch_seconds_at_send_time(fake_api: FakeMarketingAPI, client: Client) -> None:
    import time

    before = int(time.time())
    client.async_tasks.get(account_id=fake_api.account_id)
    after = int(time.time())
    assert before <= int(fake_api.requests[-1].params["timestamp"]) <= after


def test_raw_generated_client_with_signing_auth(fake_api: FakeMarketingAPI) -> None:
    """The README's raw-access example: the generated client, signed by SigningAuth, against the fake API."""
    import tencent_ads_api
    from tencent_ads import encode_filtering
    from tencent_ads_api.api.async_tasks import async_tasks_get
    from tencent_ads_api.types import UNSET

    raw = tencent_ads_api.Client(base_url=fake_api.base_url, httpx_args={"auth": SigningAuth(fake_api.token)})
    with raw:
        first = async_tasks_get.sync_detailed(
            client=raw,
            account_id=fake_api.account_id,
            filtering=encode_filtering([{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}]) or UNSET,
        )
        second = async_tasks_get.sync_detailed(client=raw, account_id=fake_api.account_id)
    envelope = first.parsed
    assert envelope is not None
    assert envelope.code == 0
    assert envelope.data.list_[0].task_id == 1024  # type: ignore[union-attr]
    assert second.parsed is not None and second.parsed.code == 0
    nonces = [r.params["nonce"] for r in fake_api.requests]
    assert len(nonces) == len(set(nonces)) == 2


def test_a_nonce_is_always_quoted_as_its_characters() -> None:
    """A nonce factory may return a str subclass or bytes: the query carries it quoted, never its ``str()``."""

    class Nonce(str):
        def __str__(self) -> str:
            return "n&page_size=1"

    query = SigningAuth("tok-abcdefgh12345", nonce_factory=lambda: Nonce("abc123")).query()
    assert query.endswith("&nonce=abc123")
    odd = SigningAuth("tok-abcdefgh12345", nonce_factory=lambda: Nonce("a b&c")).query()
    assert odd.endswith("&nonce=a+b%26c")
