"""The access token never shows: not in log records at DEBUG (httpx's included), exceptions, or reprs."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest
from tencent_ads import (
    AsyncClient,
    Client,
    ConfigurationError,
    RetryPolicy,
    SigningAuth,
    TencentAdsError,
    redact,
)
from tencent_ads._client import Backend
from tencent_ads._redaction import Secret
from tencent_ads.testing import FakeMarketingAPI, Fault

from .conftest import FAST_RETRY

TOKEN = "fake-access-token-0123456789"


def test_redact_handles_urls_encoded_and_reprs() -> None:
    assert redact(f"https://h/p?a=1&access_token={TOKEN}&nonce=2") == "https://h/p?a=1&access_token=***&nonce=2"
    assert TOKEN not in redact(f"access_token%3D{TOKEN}")
    assert TOKEN not in redact(f"{{'access_token': '{TOKEN}'}}")
    assert TOKEN not in redact(f'{{"access_token": "{TOKEN}"}}')


def _all_logs(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{r.name} {r.levelname} {r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records)


def test_debug_logs_of_every_logger_hold_no_token(fake_api: FakeMarketingAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake_api.inject(Fault("http_status", status=503), Fault("api_error", code=11000))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(TencentAdsError) as info:  # a retried 503, then an auth error
            client.async_tasks.get(account_id=fake_api.account_id)
        client.async_tasks.get(account_id=fake_api.account_id)
    assert getattr(info.value, "attempts", None) == 2
    text = _all_logs(caplog)
    assert "HTTP Request: GET" in text  # httpx did log the request line...
    assert "access_token=***" in text  # ...redacted
    assert TOKEN not in text


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_async_debug_logs_hold_no_token(
    fake_api: FakeMarketingAPI, caplog: pytest.LogCaptureFixture, backend: Backend
) -> None:
    caplog.set_level(logging.DEBUG)
    fake_api.inject(Fault("http_status", status=503))
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY, backend=backend) as client:
        await client.programmed_commponent_result.get(account_id=fake_api.account_id, material_derive_id=116922)
    text = _all_logs(caplog)
    assert "GET /programmed_commponent_result/get -> 503" in text  # the client's own line, per attempt
    assert "GET /programmed_commponent_result/get -> 200" in text
    if backend == "httpx":
        assert "HTTP Request: GET" in text  # httpx's request line (aiohttp logs none)
    assert TOKEN not in text


def test_exceptions_hold_no_token(fake_api: FakeMarketingAPI) -> None:
    errors: list[BaseException] = []
    for fault in (
        Fault("api_error", code=11000),
        Fault("http_status", status=500),
        Fault("html_error_page", status=502),
        Fault("truncated_json"),
    ):
        fake_api.inject(fault)
        with Client(fake_api.token, base_url=fake_api.base_url, retry=RetryPolicy.none()) as client:
            with pytest.raises(TencentAdsError) as info:
                client.async_tasks.get(account_id=fake_api.account_id)
        errors.append(info.value)
    with pytest.raises(TencentAdsError) as refused:
        Client(TOKEN, base_url="http://10.1.2.3/v3.0")
    errors.append(refused.value)
    for error in errors:
        assert TOKEN not in str(error) and TOKEN not in repr(error), error
        assert error.__cause__ is None or TOKEN not in str(error.__cause__)
        assert TOKEN not in repr(error.__dict__)


def test_reprs_hold_no_token() -> None:
    auth = SigningAuth(TOKEN)
    client = Client(TOKEN)
    for obj in (auth, client, client.auth, Secret(TOKEN), client.async_tasks):
        assert TOKEN not in repr(obj) and TOKEN not in str(obj)
    assert TOKEN not in repr(vars(client))
    with pytest.raises(TypeError):
        pickle.dumps(Secret(TOKEN))
    client.close()


def test_plain_http_to_a_remote_host_is_refused_before_connecting() -> None:
    # Names are refused even when they usually mean loopback: only a literal loopback address is trusted.
    for url in (
        "http://api.e.qq.com/v3.0",
        "http://192.168.1.10:8080/v3.0",
        "http://localhost:1/v3.0",
        "http://attacker.localhost/v3.0",
        "http://127.0.0.1.nip.io/v3.0",
    ):
        with pytest.raises(ConfigurationError, match="refusing to send the access token over plain http"):
            Client(TOKEN, base_url=url)
    for url in (
        "http://127.0.0.1:1/v3.0",
        "http://127.5.6.7:1/v3.0",
        "http://[::1]:1/v3.0",
        "https://api.e.qq.com/v3.0",
    ):
        Client(TOKEN, base_url=url).close()


def test_token_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENT_ADS_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("TENCENT_ADS_BASE_URL", "https://sandbox-api.e.qq.com/v3.0")
    with Client() as client:
        assert str(client.base_url) == "https://sandbox-api.e.qq.com/v3.0"
    monkeypatch.delenv("TENCENT_ADS_ACCESS_TOKEN")
    with pytest.raises(ConfigurationError, match="TENCENT_ADS_ACCESS_TOKEN"):
        Client()


def test_timeout_none_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="forever"):
        Client(TOKEN, timeout=None)
    with Client(TOKEN) as client:
        assert client._http.timeout == httpx.Timeout(30.0, connect=10.0)


def test_request_log_carries_structured_fields(fake_api: FakeMarketingAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tencent_ads")
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
        client.async_tasks.get(account_id=fake_api.account_id)
    (record,) = [r for r in caplog.records if r.name == "tencent_ads"]
    assert record.levelno == logging.DEBUG
    fields = {k: v for k, v in vars(record).items() if k.startswith("tencent_ads_")}
    assert fields["tencent_ads_method"] == "GET"
    assert fields["tencent_ads_path"] == "/async_tasks/get"
    assert fields["tencent_ads_status"] == 200
    assert fields["tencent_ads_attempt"] == 1
    assert fields["tencent_ads_trace_id"].startswith("fake-")
    assert fields["tencent_ads_duration_ms"] > 0
    assert record.getMessage().startswith("GET /async_tasks/get -> 200 in ")


def test_a_shared_limiters_storage_password_never_shows_in_its_errors() -> None:
    from tencent_ads import ConfigurationError, RateLimiter

    for url in ("redsi://user:pw-hunter2@host/0?password=pw-hunter2", "mistyped://host/0?password=pw-hunter2"):
        try:
            RateLimiter(per_second=5, storage=url)
        except ConfigurationError as exc:
            assert "pw-hunter2" not in str(exc)
            assert "password=***" in str(exc)
        else:
            raise AssertionError(f"{url} was accepted")
