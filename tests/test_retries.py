"""Retries: which failures retry and which do not, fresh signing per attempt, Retry-After, clock skew, deadline."""
# mypy: disable-error-code="union-attr,index,arg-type,comparison-overlap,type-var"
# (models mark every field optional — lenient on receive — and these tests assert presence at run time)

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
import stamina.instrumentation
from tencent_ads import (
    AsyncClient,
    AuthError,
    Client,
    ConnectError,
    HTTPStatusError,
    InvalidRequestError,
    RateLimitError,
    ReplayError,
    RequestTimeoutError,
    ResponseDecodeError,
    RetryPolicy,
    TransientApiError,
)
from tencent_ads._retries import parse_retry_after, server_clock_offset
from tencent_ads.testing import FakeMarketingAPI, Fault

from .conftest import FAST_RETRY

RETRIED = [
    Fault("http_status", status=500),
    Fault("http_status", status=503),
    Fault("http_status", status=429),
    Fault("html_error_page", status=502),
    Fault("truncated_json"),
    Fault("drop_connection"),
    Fault("api_error", code=10000),
    Fault("api_error", code=12700),
    Fault("api_error", code=62000),
    Fault("api_error", code=11016),
    Fault("api_error", code=11019),
    Fault("api_error", code=12100),
]

NOT_RETRIED = [
    (Fault("api_error", code=11000), AuthError),
    (Fault("api_error", code=11002), AuthError),
    (Fault("api_error", code=12000), AuthError),
    (Fault("api_error", code=18001), InvalidRequestError),
    (Fault("api_error", code=12203), InvalidRequestError),
    (Fault("api_error", code=11018), RateLimitError),
    (Fault("api_error", code=11017), RateLimitError),
    (Fault("http_status", status=404), HTTPStatusError),
    (Fault("http_status", status=400), HTTPStatusError),
]


@pytest.mark.parametrize("fault", RETRIED, ids=lambda f: f"{f.kind}-{f.code if f.kind == 'api_error' else f.status}")
def test_retried_failures_succeed_on_a_later_attempt(fake_api: FakeMarketingAPI, client: Client, fault: Fault) -> None:
    fake_api.inject(fault, fault)
    data = client.async_tasks.get(account_id=fake_api.account_id)
    assert len(data.list_) == 10
    assert len(fake_api.requests) == 3
    assert len({r.params.get("nonce") for r in fake_api.requests}) == 3


@pytest.mark.parametrize(
    ("fault", "error"), NOT_RETRIED, ids=lambda x: getattr(x, "kind", "") + str(getattr(x, "code", ""))
)
def test_failures_that_are_not_retried(
    fake_api: FakeMarketingAPI, client: Client, fault: Fault, error: type[Exception]
) -> None:
    fake_api.inject(fault)
    with pytest.raises(error) as info:
        client.async_tasks.get(account_id=fake_api.account_id)
    assert len(fake_api.requests) == 1
    assert info.value.attempts == 1  # type: ignore[attr-defined]


def test_budget_exhausted_raises_the_last_typed_error(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.inject(*[Fault("api_error", code=10000)] * 4)
    with pytest.raises(TransientApiError) as info:
        client.async_tasks.get(account_id=fake_api.account_id)
    assert info.value.attempts == 4
    assert len(fake_api.requests) == 4


def test_per_call_retry_override(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.inject(Fault("http_status", status=503))
    with pytest.raises(HTTPStatusError):
        client.async_tasks.get(account_id=fake_api.account_id, retry=0)  # retry=N: N retries, so 0 = none
    fake_api.inject(Fault("http_status", status=503))
    client.async_tasks.get(account_id=fake_api.account_id, retry=1)  # one retry is enough for one fault
    fake_api.inject(*[Fault("http_status", status=503)] * 5)
    client.async_tasks.get(account_id=fake_api.account_id, retry=FAST_RETRY.evolve(max_attempts=6))


def test_dropped_connection_and_truncated_json_are_typed(fake_api: FakeMarketingAPI) -> None:
    with Client(fake_api.token, base_url=fake_api.base_url, retry=RetryPolicy.none()) as client:
        fake_api.inject(Fault("drop_connection"))
        with pytest.raises(ConnectError, match="RemoteProtocolError"):
            client.async_tasks.get(account_id=fake_api.account_id)
        fake_api.inject(Fault("truncated_json"))
        with pytest.raises(ResponseDecodeError, match="not JSON"):
            client.async_tasks.get(account_id=fake_api.account_id)


@pytest.fixture
def scheduled_waits() -> Iterator[list[float]]:
    waits: list[float] = []
    previous = stamina.instrumentation.get_on_retry_hooks()
    stamina.instrumentation.set_on_retry_hooks([lambda details: waits.append(details.wait_for)])
    yield waits
    stamina.instrumentation.set_on_retry_hooks(previous)


def test_retry_after_is_honoured(fake_api: FakeMarketingAPI, client: Client, scheduled_waits: list[float]) -> None:
    fake_api.inject(
        Fault("http_status", status=503, retry_after="0"), Fault("http_status", status=429, retry_after="1")
    )
    started = time.monotonic()
    client.async_tasks.get(account_id=fake_api.account_id)
    assert scheduled_waits == [0.0, 1.0]  # the policy alone would wait 0 (FAST_RETRY)
    assert time.monotonic() - started >= 1.0


def test_retry_after_beyond_the_deadline_gives_up(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("http_status", status=503, retry_after="120"))
    policy = FAST_RETRY.evolve(deadline=5.0)
    with Client(fake_api.token, base_url=fake_api.base_url, retry=policy) as client:
        with pytest.raises(HTTPStatusError) as info:
            client.async_tasks.get(account_id=fake_api.account_id)
    assert info.value.retry_after == 120.0
    assert len(fake_api.requests) == 1


def test_exponential_backoff_with_jitter_is_scheduled(fake_api: FakeMarketingAPI, scheduled_waits: list[float]) -> None:
    policy = RetryPolicy(max_attempts=4, wait_initial=0.01, wait_max=0.05, wait_jitter=0.01)
    fake_api.inject(*[Fault("api_error", code=12700)] * 3)
    with Client(fake_api.token, base_url=fake_api.base_url, retry=policy) as client:
        client.async_tasks.get(account_id=fake_api.account_id)
    assert len(scheduled_waits) == 3
    assert 0.01 <= scheduled_waits[0] <= 0.02 + 1e-9
    assert 0.02 <= scheduled_waits[1] <= 0.03 + 1e-9
    assert scheduled_waits[2] <= 0.05 + 1e-9


def test_nonce_reuse_retries_at_once_with_a_fresh_nonce(
    fake_api: FakeMarketingAPI, client: Client, scheduled_waits: list[float]
) -> None:
    fake_api.inject(Fault("api_error", code=12100))
    client.async_tasks.get(account_id=fake_api.account_id)
    assert scheduled_waits == [0.0]
    first, second = fake_api.requests
    assert first.params["nonce"] != second.params["nonce"]


def test_clock_skew_is_corrected_from_the_date_header_then_retried_once() -> None:
    skew = 1000.0
    with FakeMarketingAPI(clock=lambda: time.time() + skew) as api:
        with Client(api.token, base_url=api.base_url, retry=FAST_RETRY) as client:
            data = client.async_tasks.get(account_id=api.account_id)
            assert len(data.list_) == 10
            assert abs(client.auth.clock_offset - skew) < 3
            assert [r.answered for r in api.requests] == ["code:12101", "ok"]
            client.async_tasks.get(account_id=api.account_id)  # the correction sticks
            assert api.requests[-1].answered == "ok"


def test_a_second_12101_is_not_retried_again() -> None:
    with FakeMarketingAPI() as api:
        api.inject(Fault("api_error", code=12101), Fault("api_error", code=12101))
        with Client(api.token, base_url=api.base_url, retry=FAST_RETRY) as client:
            with pytest.raises(ReplayError) as info:
                client.async_tasks.get(account_id=api.account_id)
        assert info.value.code == 12101 and info.value.attempts == 2


def test_deadline_bounds_the_whole_call(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(*[Fault("slow", delay=0.4)] * 10)
    policy = RetryPolicy(max_attempts=10, deadline=1.0, wait_initial=0.0, wait_max=0.0, wait_jitter=0.0)
    started = time.monotonic()
    with Client(fake_api.token, base_url=fake_api.base_url, timeout=0.3, retry=policy) as client:
        with pytest.raises(RequestTimeoutError):
            client.async_tasks.get(account_id=fake_api.account_id)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0
    assert 2 <= len(fake_api.requests) <= 5


async def test_async_client_retries_identically(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("http_status", status=502), Fault("api_error", code=10000), Fault("drop_connection"))
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
        data = await client.async_tasks.get(account_id=fake_api.account_id)
        assert len(data.list_) == 10
        fake_api.inject(Fault("api_error", code=11000))
        with pytest.raises(AuthError):
            await client.async_tasks.get(account_id=fake_api.account_id)
    assert len({r.params.get("nonce") for r in fake_api.requests}) == 5


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None


def test_server_clock_offset() -> None:
    assert server_clock_offset("Wed, 21 Oct 2015 07:28:00 GMT", local_now=1445412380.0) == 100.0
    assert server_clock_offset("garbage") is None


def test_retry_goes_through_signing_not_the_transport() -> None:
    """A 503 from a transport is retried by the client, so each attempt carries its own nonce."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params["nonce"])
        if len(seen) < 3:
            return httpx.Response(503)
        return httpx.Response(200, json={"code": 0, "data": {}})

    with Client("tok", transport=httpx.MockTransport(handler), retry=FAST_RETRY) as client:
        client.programmed_commponent_result.get(account_id=1, material_derive_id=1)
    assert len(seen) == len(set(seen)) == 3


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_both_async_backends_retry_with_fresh_nonces_and_never_resend(
    fake_api: FakeMarketingAPI, backend: str
) -> None:
    """aiohttp re-sends a GET by itself when a kept-alive connection turns out closed: that would reuse the
    nonce (12100). The client turns it off; every attempt is the client's own, signed afresh."""
    fake_api.inject(Fault("drop_connection"), Fault("drop_connection"), Fault("http_status", status=503))
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY, backend=backend) as client:
        assert client.backend == backend
        await client.async_tasks.get(account_id=fake_api.account_id)  # opens a kept-alive connection
        await client.async_tasks.get(account_id=fake_api.account_id)
    nonces = [r.params["nonce"] for r in fake_api.requests]
    assert len(nonces) == len(set(nonces)) == 5


def test_backend_choice() -> None:
    import httpx
    from tencent_ads import ConfigurationError

    assert AsyncClient("t" * 12, base_url="http://127.0.0.1:9/v3.0").backend == "aiohttp"  # [test] installs it
    custom = AsyncClient("t" * 12, base_url="http://127.0.0.1:9/v3.0", transport=httpx.AsyncHTTPTransport())
    assert custom.backend == "httpx"
    with pytest.raises(ConfigurationError, match="backend must be one of"):
        AsyncClient("t" * 12, backend="curl")  # type: ignore[arg-type,unused-ignore]
