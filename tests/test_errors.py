"""The envelope and typed errors: code != 0, HTTP statuses, bodies that are not envelopes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from tencent_ads import (
    ApiError,
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
    TencentAdsError,
    TransientApiError,
    TransportError,
    api_error_class,
)
from tencent_ads.testing import FakeMarketingAPI, Fault


def answering(status: int, body: Any, headers: dict[str, str] | None = None) -> Client:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    transport = httpx.MockTransport(lambda _: httpx.Response(status, content=raw, headers=headers))
    return Client("tok", transport=transport, retry=RetryPolicy.none())


def call(client: Client) -> Any:
    with client:
        return client.async_tasks.get(account_id=1)


def test_api_error_carries_code_messages_and_trace_id() -> None:
    body = {
        "code": 11000,
        "message": "access token expired",
        "message_cn": "access_token 已过期",
        "errors": [{"type": "auth", "description": "expired"}],
        "trace_id": "abc123",
    }
    with pytest.raises(AuthError) as info:
        call(answering(200, body))
    error = info.value
    assert isinstance(error, ApiError) and isinstance(error, TencentAdsError)
    assert (error.code, error.message, error.message_cn, error.trace_id) == (
        11000,
        "access token expired",
        "access_token 已过期",
        "abc123",
    )
    assert error.errors == [{"type": "auth", "description": "expired"}]
    assert (error.method, error.path, error.attempts) == ("GET", "/async_tasks/get", 1)
    assert str(error) == (
        "API error 11000: access token expired (access_token 已过期) [GET /async_tasks/get, attempt 1, trace_id=abc123]"
    )


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (11000, AuthError),
        (11002, AuthError),
        (11104, AuthError),
        (12000, AuthError),
        (12003, InvalidRequestError),
        (12007, InvalidRequestError),
        (12201, InvalidRequestError),
        (18001, InvalidRequestError),
        (18014, InvalidRequestError),
        (11016, RateLimitError),
        (11017, RateLimitError),
        (11018, RateLimitError),
        (72005, RateLimitError),
        (12100, ReplayError),
        (12101, ReplayError),
        (10000, TransientApiError),
        (12700, TransientApiError),
        (62000, TransientApiError),
        (66045, TransientApiError),
        (99999, ApiError),
        (1, ApiError),
    ],
)
def test_codes_map_to_their_class(code: int, cls: type[ApiError]) -> None:
    assert api_error_class(code) is cls


def test_code_sent_as_a_string_is_still_an_error() -> None:
    with pytest.raises(InvalidRequestError) as info:
        call(answering(200, {"code": "18001", "message": "bad"}))
    assert info.value.code == 18001


def test_http_status_other_than_200_keeps_status_and_bounded_snippet() -> None:
    with pytest.raises(HTTPStatusError) as info:
        call(answering(404, b"x" * 5000))
    error = info.value
    assert isinstance(error, TransportError)
    assert error.status_code == 404
    assert len(error.body_snippet) < 600 and error.body_snippet.endswith("(4500 more characters)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"<html>502 Bad Gateway</html>", "response body is not JSON"),
        (b'{"code": 0, "data": {"li', "response body is not JSON"),
        (b"[1, 2]", "not a Marketing API envelope"),
        (b'{"data": {}}', "not a Marketing API envelope"),
        (b'{"code": 0, "data": [1]}', "envelope 'data' is not an object"),
    ],
)
def test_bodies_that_are_not_envelopes(body: bytes, expected: str) -> None:
    with pytest.raises(ResponseDecodeError, match=expected):
        call(answering(200, body))


def test_connection_refused_is_a_connect_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConnectError) as info:
        call(Client("tok", base_url=f"http://127.0.0.1:{port}/v3.0", retry=RetryPolicy.none()))
    assert info.value.attempts == 1
    assert "tok" not in str(info.value)


def test_read_timeout_is_a_timeout_error(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("slow", delay=0.5))
    with Client(fake_api.token, base_url=fake_api.base_url, timeout=0.1, retry=RetryPolicy.none()) as client:
        with pytest.raises(RequestTimeoutError, match="ReadTimeout"):
            client.async_tasks.get(account_id=fake_api.account_id)


def test_fake_server_global_parameter_errors(fake_api: FakeMarketingAPI) -> None:
    with Client("unknown-token", base_url=fake_api.base_url, retry=RetryPolicy.none()) as client:
        with pytest.raises(AuthError, match="11002"):
            client.async_tasks.get(account_id=fake_api.account_id)
    with Client(fake_api.token, base_url=fake_api.base_url, retry=RetryPolicy.none()) as client:
        with pytest.raises(InvalidRequestError, match="12201"):
            client.async_tasks.get(account_id=999)
    missing = httpx.get(fake_api.base_url + "/async_tasks/get", params={"account_id": 1})
    assert missing.json()["code"] == 12000
