"""Nothing reachable from a raised error, a log record or a proxy holds the access token."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import types
from collections import deque
from pathlib import Path
from typing import Any

import httpx
import pytest
from tencent_ads import Client, ConnectError, HTTPStatusError, TencentAdsError
from tencent_ads._redaction import Secret
from tencent_ads.testing import FakeMarketingAPI, Fault

from .rawserver import RawServer, h2c_handler, response

TOKEN = "leaky-token-5f0c1e9a7b3d4e2f"
OK_BODY = json.dumps({"code": 0, "message": "", "data": {"list": []}}).encode()


def reachable_reprs(root: BaseException, limit: int = 20000) -> list[str]:
    """The reprs of everything reachable from an error: attributes, chained errors, traceback frames' locals.

    A :class:`Secret` is a leaf (its repr is the redaction); modules, classes and functions are not entered.
    """
    seen: set[int] = set()
    queue: deque[Any] = deque([root])
    out: list[str] = []
    while queue and len(seen) < limit:
        obj = queue.popleft()
        if id(obj) in seen or isinstance(obj, types.ModuleType | type | types.FunctionType | types.BuiltinFunctionType):
            continue
        seen.add(id(obj))
        try:
            out.append(repr(obj))
        except Exception:  # noqa: S112 - an object that cannot show itself cannot show the token either
            continue
        if isinstance(obj, Secret | str | bytes | int | float):
            continue
        if isinstance(obj, BaseException):
            queue.extend([obj.__context__, obj.__cause__, obj.__traceback__, *obj.args])
        if isinstance(obj, types.TracebackType):
            frame = obj.tb_frame
            if "tencent_ads" in frame.f_code.co_filename or "site-packages" in frame.f_code.co_filename:
                queue.extend(frame.f_locals.values())
            queue.append(obj.tb_next)
            continue
        if isinstance(obj, dict):
            queue.extend(obj.values())
        elif isinstance(obj, list | tuple | set | frozenset | deque):
            queue.extend(obj)
        if hasattr(obj, "__dict__"):
            queue.extend(vars(obj).values())
        for slot in getattr(type(obj), "__slots__", ()):
            queue.append(getattr(obj, slot, None))
    return out


def assert_no_token(error: BaseException) -> None:
    for text in reachable_reprs(error):
        assert TOKEN not in text, text[:300]


def test_errors_from_every_failure_hold_nothing_with_the_token(fake_api: FakeMarketingAPI) -> None:
    fake_api.tokens.append(TOKEN)
    failures = [
        Fault("api_error", code=11000),
        Fault("http_status", status=500),
        Fault("truncated_json"),
        Fault("drop_connection"),
    ]
    for fault in failures:
        fake_api.inject(fault)
        with Client(TOKEN, base_url=fake_api.base_url, retry=0) as client:
            with pytest.raises(TencentAdsError) as info:
                client.async_tasks.get(account_id=fake_api.account_id)
        assert info.value.__context__ is None
        assert_no_token(info.value)


def test_a_transport_error_keeps_no_request() -> None:
    with Client(TOKEN, base_url="http://127.0.0.1:9/v3.0", retry=0) as client:
        with pytest.raises(ConnectError) as info:
            client.async_tasks.get(account_id=1)
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert_no_token(info.value)


def test_a_server_quoting_the_token_cannot_put_it_in_an_error() -> None:
    answers = deque(
        [
            response(json.dumps({"code": 11002, "message": f"invalid access_token: {TOKEN}"}).encode()),
            response(f"<html>bad token {TOKEN}</html>".encode(), status="502 Bad Gateway"),
            response(f"not json, token {TOKEN}".encode()),
        ]
    )

    def handler(conn: socket.socket, head: bytes) -> None:
        conn.sendall(answers.popleft())

    with RawServer(handler) as server:
        for _ in range(3):
            with Client(TOKEN, base_url=server.base_url, retry=0) as client:
                with pytest.raises(TencentAdsError) as info:
                    client.async_tasks.get(account_id=1)
            assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
            # an HTML page is summarised by its title in the text; its snippet keeps the (redacted) start
            assert "***" in str(info.value) or "***" in getattr(info.value, "body_snippet", "")
            assert_no_token(info.value)


def test_http2_debug_logs_hold_no_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with RawServer(h2c_handler(OK_BODY)) as server:
        args = {"http1": False, "http2": True}
        with Client(TOKEN, base_url=server.base_url, httpx_args=args, retry=0) as client:
            client.async_tasks.get(account_id=1)
    names = {r.name for r in caplog.records}
    assert "hpack.hpack" in names  # the header blocks were logged ...
    text = "\n".join(f"{r.name} {r.getMessage()} {r.__dict__!r}" for r in caplog.records)
    assert TOKEN not in text  # ... without the token, in clear or encoded


def test_a_proxy_in_the_environment_never_sees_a_plain_http_request(
    fake_api: FakeMarketingAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RawServer(lambda conn, head: conn.sendall(response(OK_BODY))) as proxy:
        proxy_url = proxy.base_url.removesuffix("/v3.0")
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        with Client(fake_api.token, base_url=fake_api.base_url) as client:
            client.async_tasks.get(account_id=fake_api.account_id)
        assert proxy.heads == []
        with httpx.Client() as plain:  # the check would fail if the environment did not point httpx at the proxy
            plain.get(fake_api.base_url + "/async_tasks/get")
        assert len(proxy.heads) == 1


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
        check=False,
        cwd=Path(__file__).parent,
    )


def test_the_raw_generated_client_with_signing_auth_protects_the_logs() -> None:
    code = f"""
import logging
logging.basicConfig(level=logging.INFO)
import tencent_ads_api
from tencent_ads_api.api.async_tasks import async_tasks_get
from tencent_ads import SigningAuth
from tencent_ads.testing import FakeMarketingAPI
with FakeMarketingAPI(tokens=["{TOKEN}"], validate=False) as api:
    raw = tencent_ads_api.Client(base_url=api.base_url, httpx_args={{"auth": SigningAuth("{TOKEN}")}})
    print(async_tasks_get.sync_detailed(client=raw, account_id=api.account_id).status_code)
"""
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert "HTTP Request: GET" in result.stderr
    assert TOKEN not in result.stderr + result.stdout


def test_retries_print_nothing_when_logging_is_not_configured() -> None:
    code = """
from tencent_ads import Client, RetryPolicy
from tencent_ads.testing import FakeMarketingAPI, Fault
with FakeMarketingAPI(validate=False) as api:
    api.inject(Fault("http_status", status=503), Fault("api_error", code=12101))
    policy = RetryPolicy(wait_initial=0, wait_max=0, wait_jitter=0)
    with Client(api.token, base_url=api.base_url, retry=policy) as client:
        try:
            client.async_tasks.get(account_id=api.account_id)
        except Exception as exc:
            print(type(exc).__name__)
"""
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_http_status_error_text_is_redacted_and_bounded(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("http_status", status=503, message=f"upstream said access_token={TOKEN}"))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=0) as client:
        with pytest.raises(HTTPStatusError) as info:
            client.async_tasks.get(account_id=fake_api.account_id)
    assert TOKEN not in str(info.value)
