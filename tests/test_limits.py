"""The API's rate limits as the fake enforces them, the errors that name the window, and the CLI's oauth commands."""

from __future__ import annotations

import json
import pickle
import stat
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
        ((1.5,), {"storage": "memory://"}),
    ):
        with pytest.raises(ConfigurationError):
            RateLimiter(*args, **kwargs)
    assert RateLimiter(per_minute=60).acquire() == (0.0, True)


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
