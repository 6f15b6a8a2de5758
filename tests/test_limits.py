"""The API's rate limits as the fake enforces them, the errors that name the window, and the CLI's oauth commands."""

from __future__ import annotations

import json
import pickle
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from tencent_ads import Client, ConfigurationError, RateLimiter, RateLimitError, RetryPolicy, TokenRefreshError
from tencent_ads.cli import app
from tencent_ads.testing import FakeMarketingAPI
from typer.testing import CliRunner


def test_the_fake_refuses_past_per_second_then_locks_out_past_per_minute() -> None:
    with (
        FakeMarketingAPI(per_second=3, per_minute=4, lockout=60) as api,
        Client(api.token, base_url=api.base_url, retry=RetryPolicy.none()) as client,
    ):
        for _ in range(3):
            client.async_tasks.get(account_id=api.account_id)
        with pytest.raises(RateLimitError) as second:
            client.async_tasks.get(account_id=api.account_id)
        assert second.value.window == "second" and "per-second limit" in str(second.value)
        # another endpoint has its own windows
        client.programmed_commponent_result.get(account_id=api.account_id, material_derive_id=116922)
    assert [r.answered for r in api.requests] == ["ok", "ok", "ok", "code:11016", "ok"]


def test_a_per_minute_refusal_locks_the_endpoint_for_every_client() -> None:
    with FakeMarketingAPI(per_minute=2, lockout=60) as api:
        with Client(api.token, base_url=api.base_url, retry=RetryPolicy.none()) as one:
            one.async_tasks.get(account_id=api.account_id)
            one.async_tasks.get(account_id=api.account_id)
            with pytest.raises(RateLimitError) as minute:
                one.async_tasks.get(account_id=api.account_id)
        with Client(api.token, base_url=api.base_url) as other, pytest.raises(RateLimitError) as locked:
            other.async_tasks.get(account_id=api.account_id)  # 11017 is not retried: the lock-out lasts minutes
    assert minute.value.window == "minute"
    assert "about 5 minutes" in str(minute.value) and "RateLimiter(per_minute" in str(minute.value)
    assert locked.value.code == 11017 and locked.value.attempts == 1
    restored = pickle.loads(pickle.dumps(minute.value))  # noqa: S301 - our own bytes
    assert str(restored) == str(minute.value) and restored.window == "minute"


def test_a_client_side_limit_keeps_a_worker_under_the_fakes_limit() -> None:
    with (
        FakeMarketingAPI(per_second=5, per_minute=300) as api,
        Client(api.token, base_url=api.base_url, rate_limit=RateLimiter(per_second=4, per_minute=300)) as client,
    ):
        for _ in range(8):
            client.async_tasks.get(account_id=api.account_id, page_size=1)
    assert {r.answered for r in api.requests} == {"ok"}


def test_rate_limiter_arguments_are_checked() -> None:
    for args, kwargs in (
        ((), {}),
        ((0,), {}),
        ((float("nan"),), {}),
        ((1,), {"burst": 0}),
        ((1,), {"key": ""}),
        ((1,), {"storage": object()}),
        ((1,), {"storage": "memory://"}),  # a storage that is not Redis: no clock of its own to count by
        ((1,), {"margin": -0.1}),
        ((1,), {"margin": 2}),
        ((1,), {"per_endpoint": "yes"}),
        ((1,), {"endpoints": {"/async_tasks/get": 0}}),
        ((1,), {"endpoints": {"/async_tasks/get": {"per_hour": 5}}}),
        ((1,), {"endpoints": {"": 5}}),
        ((1,), {"endpoints": {"/async_tasks/get": 5}, "per_endpoint": False}),
    ):
        with pytest.raises(ConfigurationError):
            RateLimiter(*args, **kwargs)
    assert RateLimiter(per_minute=60).acquire() == (0.0, True)


def frozen(at: float = 100.0) -> Callable[[], float]:
    return lambda: at


def test_each_endpoint_has_its_own_budget_unless_asked_otherwise() -> None:
    """The API counts per app and endpoint: one endpoint's calls do not delay another's."""
    limiter = RateLimiter(10, margin=0, clock=frozen())
    assert [limiter.reserve("/async_tasks/get") for _ in range(3)] == pytest.approx([0.0, 0.1, 0.2])
    assert limiter.reserve("programmed_commponent_result/get/") == 0.0  # the same path, however written
    assert limiter.reserve("/programmed_commponent_result/get") == pytest.approx(0.1)
    assert limiter.reserve("/async_task_files/get") == 0.0  # a download is an endpoint of its own
    one = RateLimiter(10, margin=0, per_endpoint=False, clock=frozen())
    waits = [one.reserve(path) for path in ("/async_tasks/get", "/programmed_commponent_result/get") * 2]
    assert waits == pytest.approx([0.0, 0.1, 0.2, 0.3])
    assert "per_endpoint=False" in repr(one)


def test_endpoints_may_have_limits_of_their_own() -> None:
    limiter = RateLimiter(
        10,
        per_minute=1200,
        margin=0,
        clock=frozen(),
        endpoints={"/daily_reports/get": 2, "async_tasks/add": {"per_second": 50, "per_minute": 30}},
    )
    assert [limiter.reserve("/daily_reports/get") for _ in range(3)] == pytest.approx([0.0, 0.5, 1.0])
    assert [limiter.reserve("/async_tasks/add") for _ in range(3)] == pytest.approx([0.0, 2.0, 4.0])  # 30/min
    assert [limiter.reserve("/async_tasks/get") for _ in range(2)] == pytest.approx([0.0, 0.1])  # the default


def test_the_margin_spreads_a_window_s_attempts_instead_of_a_wait_after_each_refusal() -> None:
    """10 a second over 1.05 s: the 11th attempt starts 1.05 s after the first, so an attempt that reaches the
    server up to 50 ms late is still counted in a second of its own; the cost is 1/21 of the rate, not 0.2 s."""
    limiter = RateLimiter(10, clock=frozen())
    waits = [limiter.reserve("/async_tasks/get") for _ in range(11)]
    assert waits == pytest.approx([n * 0.105 for n in range(11)])
    minute = RateLimiter(per_minute=600, clock=frozen())
    assert [minute.reserve() for _ in range(2)] == pytest.approx([0.0, 60.05 / 600])


def test_a_slot_beyond_the_callers_time_left_is_not_taken() -> None:
    limiter = RateLimiter(1, margin=0, clock=frozen())
    assert limiter.acquire(timeout=0.5, endpoint="/async_tasks/get") == (0.0, True)
    assert limiter.acquire(timeout=0.5, endpoint="/async_tasks/get") == (1.0, False)  # 1 s away: not taken ...
    assert limiter.acquire(timeout=5, endpoint="/async_tasks/get") == (1.0, True)  # ... so it is still free


def test_the_client_names_each_calls_endpoint_to_the_limiter(fake_api: FakeMarketingAPI, tmp_path: Path) -> None:
    limiter = RateLimiter(1, margin=0, clock=frozen())
    with Client(fake_api.token, base_url=fake_api.base_url, rate_limit=limiter) as client:
        client.async_tasks.get(account_id=fake_api.account_id, page_size=1)
        client.programmed_commponent_result.get(account_id=fake_api.account_id, material_derive_id=116922)
        client.async_task_files.download(account_id=fake_api.account_id, task_id=1024, file_id=5, dest=tmp_path / "f")
    for path in ("/async_tasks/get", "/programmed_commponent_result/get", "/async_task_files/get"):
        assert limiter.acquire(timeout=0, endpoint=path) == (1.0, False)  # each spent its own first slot
    assert limiter.acquire(timeout=0, endpoint="/oauth/token") == (0.0, True)
    assert [r.answered for r in fake_api.requests] == ["ok", "ok", "file"]


async def test_the_fakes_per_endpoint_limits_are_met_by_a_per_endpoint_limiter(fake_api: FakeMarketingAPI) -> None:
    """Two endpoints at the fake's limit, each through its own budget of one limiter: nothing refused."""
    import asyncio

    from tencent_ads import AsyncClient

    fake_api.per_second = 5
    calls = 8
    async with AsyncClient(
        fake_api.token, base_url=fake_api.base_url, rate_limit=RateLimiter(5), retry=RetryPolicy.none()
    ) as client:
        await asyncio.gather(
            *(client.async_tasks.get(account_id=fake_api.account_id, page_size=1) for _ in range(calls)),
            *(
                client.programmed_commponent_result.get(account_id=fake_api.account_id, material_derive_id=116922)
                for _ in range(calls)
            ),
        )
    assert [r.answered for r in fake_api.requests] == ["ok"] * 2 * calls


def test_token_refresh_error_pickles() -> None:
    error = TokenRefreshError("no refresh token to renew the access token with")
    assert str(pickle.loads(pickle.dumps(error))) == str(error)  # noqa: S301 - our own bytes


runner = CliRunner()


def test_cli_oauth_exchange_and_refresh_with_a_store(tmp_path: Path) -> None:
    store = tmp_path / "token.json"
    result = runner.invoke(app, ["--mock", "oauth", "exchange", "--store", str(store)])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["access_token"] == shown["refresh_token"] == "***"  # not printed unless asked
    assert shown["account_id"] == 25610 and shown["store"] == str(store)
    saved = json.loads(store.read_text())
    assert saved["access_token"].startswith("fake-access-")
    assert stat.S_IMODE(store.stat().st_mode) & 0o077 == 0
    shown = json.loads(runner.invoke(app, ["--mock", "oauth", "refresh", "--show-tokens"]).stdout)
    assert shown["access_token"].startswith("fake-access-") and shown["refresh_token"].startswith("fake-refresh-")


def test_cli_oauth_usage_errors_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TENCENT_ADS_CLIENT_ID", "TENCENT_ADS_CLIENT_SECRET", "TENCENT_ADS_REFRESH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    result = runner.invoke(app, ["oauth", "refresh", "--refresh-token", "r" * 12, "--show-tokens"])
    assert result.exit_code == 2 and "--client-id" in result.output
    result = runner.invoke(app, ["oauth", "refresh", "--client-id", "1", "--client-secret", "s" * 12, "--show-tokens"])
    assert result.exit_code == 2 and "--refresh-token or --store" in result.output
