"""Every public input gets a typed error before any I/O; every error pickles; a client survives fork()."""

from __future__ import annotations

import concurrent.futures
import math
import multiprocessing
import os
import pickle
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from tencent_ads import (
    ApiError,
    AuthError,
    Client,
    ConfigurationError,
    ConnectError,
    DeadlineExceededError,
    FilterProblem,
    FilterValidationError,
    HTTPStatusError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ResponseValidationError,
    RetryPolicy,
    TencentAdsError,
    WaitTimeoutError,
    prepare,
)
from tencent_ads._envelope import decode
from tencent_ads.testing import FakeMarketingAPI, doc_task
from tencent_ads.validation import validate_request
from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.types import Unset

TOKEN = "robust-token-0123456789"


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url.path}")


def offline() -> Client:
    return Client(TOKEN, transport=httpx.MockTransport(_never))


# --- typed errors for bad input, before any I/O ----------------------------------------------------------

BAD_CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("filtering=5", lambda c: c.async_tasks.get(account_id=1, filtering=5)),
    ("filtering=True", lambda c: c.async_tasks.get(account_id=1, filtering=True)),
    ("filtering=0.5", lambda c: c.async_tasks.get(account_id=1, filtering=0.5)),
    (
        "lone surrogate in a value",
        lambda c: c.async_tasks.get(
            account_id=1, filtering=[{"field": "task_name", "operator": "EQUALS", "values": ["\ud800"]}]
        ),
    ),
    (
        "lone surrogate in a field, lenient",
        lambda c: c.async_tasks.get(
            account_id=1,
            filtering=[{"field": "x\ud800", "operator": "EQUALS", "values": ["1"]}],
            strict_filters=False,
        ),
    ),
    ("lone surrogate in fields", lambda c: c.async_tasks.get(account_id=1, fields=["task_id\ud800"])),
    ("fields=[b'x']", lambda c: c.async_tasks.get(account_id=1, fields=[b"x"])),
    ("iterate(page_size=None)", lambda c: c.async_tasks.iterate(account_id=1, page_size=None)),
    ("iterate(page_size=0)", lambda c: c.async_tasks.iterate(account_id=1, page_size=0)),
    ("account_id=2**63", lambda c: c.async_tasks.get(account_id=2**63)),
    ("material_derive_id=2**64", lambda c: c.programmed_commponent_result.get(account_id=1, material_derive_id=2**64)),
    ("account_id='1'", lambda c: c.async_tasks.get(account_id="1")),
    (
        "a URL over 64 KiB",
        lambda c: c.async_tasks.get(
            account_id=1,
            filtering=[{"field": "task_name", "operator": "EQUALS", "values": ["报" * 40]}] * 10
            + [{"field": "task_id", "operator": "IN", "values": [str(10**18 + n) for n in range(100)]}] * 0,
            strict_filters=False,
            fields=["f" * 60000],
        ),
    ),
    ("retry=-1", lambda c: c.async_tasks.get(account_id=1, retry=-1)),
    ("retry=True", lambda c: c.async_tasks.get(account_id=1, retry=True)),
    ("retry='3'", lambda c: c.async_tasks.get(account_id=1, retry="3")),
    ("timeout=-1", lambda c: c.async_tasks.get(account_id=1, timeout=-1)),
    ("timeout=nan", lambda c: c.async_tasks.get(account_id=1, timeout=math.nan)),
    ("timeout=inf", lambda c: c.async_tasks.get(account_id=1, timeout=math.inf)),
    ("timeout='5'", lambda c: c.async_tasks.get(account_id=1, timeout="5")),
    ("wait(timeout=nan)", lambda c: c.async_tasks.wait(account_id=1, task_id=1, timeout=math.nan)),
    ("wait(poll_interval=0)", lambda c: c.async_tasks.wait(account_id=1, task_id=1, poll_interval=0)),
    ("wait(task_id='x')", lambda c: c.async_tasks.wait(account_id=1, task_id="x")),
    ("wait(task_id=None)", lambda c: c.async_tasks.wait(account_id=1, task_id=None)),
]


@pytest.mark.parametrize(("label", "bad"), BAD_CALLS, ids=[label for label, _ in BAD_CALLS])
def test_bad_call_arguments_are_typed_errors_before_any_io(label: str, bad: Callable[[Any], Any]) -> None:
    with offline() as client, pytest.raises((RequestValidationError, ConfigurationError)) as info:
        bad(client)
    assert isinstance(info.value, TencentAdsError) and isinstance(info.value, ValueError)
    str(info.value).encode("utf-8")  # the message itself is printable


BAD_CLIENTS: list[tuple[str, dict[str, Any]]] = [
    ("retry=1.5", {"retry": 1.5}),
    ("retry=-1", {"retry": -1}),
    ("timeout=-1", {"timeout": -1}),
    ("timeout=nan", {"timeout": math.nan}),
    ("httpx.Timeout(read=None)", {"timeout": httpx.Timeout(5.0, read=None)}),
    ("rate_limit='fast'", {"rate_limit": "fast"}),
    ("rate_limit=0", {"rate_limit": 0}),
    ("max_response_bytes=0", {"max_response_bytes": 0}),
    ("strict_filters='yes'", {"strict_filters": "yes"}),
    ("base_url=5", {"base_url": 5}),
    ("token with a surrogate", {"access_token": "abc\ud800def"}),
    ("token with a newline", {"access_token": "abc\ndef"}),
    ("token not a string", {"access_token": b"bytes-token"}),
    ("httpx_args not a mapping", {"httpx_args": [("http2", True)]}),
]


@pytest.mark.parametrize(("label", "kwargs"), BAD_CLIENTS, ids=[label for label, _ in BAD_CLIENTS])
def test_bad_client_settings_are_configuration_errors(label: str, kwargs: dict[str, Any]) -> None:
    settings = {"access_token": TOKEN, **kwargs}
    with pytest.raises(ConfigurationError) as info:
        Client(**settings)
    assert "abc\ud800def" not in str(info.value) and "bytes-token" not in str(info.value)


def test_retry_policy_settings_are_checked() -> None:
    for bad in ({"max_attempts": 0}, {"deadline": math.nan}, {"wait_max": -1}, {"max_retry_after": math.inf}):
        with pytest.raises(ConfigurationError):
            RetryPolicy(**bad)
    assert RetryPolicy(max_attempts=3).max_retries == 2


@pytest.mark.parametrize(
    "filtering", [5, True, 0.5, '[{"field":"status"', "[" * 3000 + "]" * 3000, '[{"field":"task_id","operator":"IN"}]']
)
def test_validate_request_reports_bad_filtering_instead_of_raising(filtering: object) -> None:
    query = {"account_id": "1", "filtering": filtering if isinstance(filtering, str) else repr(filtering)}
    violations = validate_request("/async_tasks/get", query=query, require_auth=False)
    assert violations and all(v.parameter and v.parameter.startswith("filtering") for v in violations)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"code": 0, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ResponseDecodeError),
        (b'{"code": "' + b"9" * 5000 + b'", "message": "x"}', ApiError),
        (b'{"code": ' + b"9" * 5000 + b"}", ResponseDecodeError),
        (b'{"code": 0, "data": {"list": [{"task_id": "' + b"7" * 5000 + b'"}]}}', None),
    ],
    ids=["nested-100k", "code-5000-digit-string", "code-5000-digit-number", "id-5000-digit-string"],
)
def test_hostile_bodies_are_typed(body: bytes, error: type[Exception] | None) -> None:
    call = prepare("async_tasks_get", account_id=1)
    if error is None:
        data = call.parse(httpx.Response(200, content=body))
        assert isinstance(data.list_, list)
        assert data.list_[0].task_id == "7" * 5000  # kept as it arrived
        return
    with pytest.raises(error) as info:
        call.parse(httpx.Response(200, content=body))
    assert len(str(info.value)) < 2000


def test_a_garbage_gzip_body_is_a_retried_decode_error(fake_api: FakeMarketingAPI) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, content=b"definitely not gzip", headers={"Content-Encoding": "gzip"})

    policy = RetryPolicy(max_attempts=2, wait_initial=0, wait_max=0, wait_jitter=0)
    with Client(TOKEN, transport=httpx.MockTransport(handler), retry=policy) as client:
        with pytest.raises(ResponseDecodeError, match="decompressed"):
            client.async_tasks.get(account_id=1)
    assert len(calls) == 2


# --- every error pickles, fields included ---------------------------------------------------------------

WHERE: dict[str, Any] = {"method": "GET", "path": "/async_tasks/get", "attempts": 2}


def _errors() -> list[TencentAdsError]:
    task = AsyncTask.from_dict(doc_task())
    api = RateLimitError(11017, "too many", "太多", trace_id="t-1", errors=[{"a": 1}], **WHERE)
    api.retry_after = 30.0
    return [
        api,
        AuthError(11000, "expired", **WHERE),
        ApiError("weird", "x"),
        HTTPStatusError(503, b"<html>busy</html>", **WHERE),
        ResponseDecodeError("not JSON", b"{", **WHERE),
        ResponseValidationError(["data.list: expected array"], b"{}", **WHERE),
        ResponseTooLargeError(1000, **WHERE),
        ConnectError("refused", **WHERE),
        RequestTimeoutError("slow", **WHERE),
        DeadlineExceededError("deadline of 3 s exceeded", **WHERE),
        RequestValidationError(["account_id must be >= 1, got 0"]),
        FilterValidationError([FilterProblem(0, "task_id", "bad")], parameter_problems=["page_size bad"]),
        ConfigurationError("no token"),
        WaitTimeoutError(1024, 2.0, "TASK_STATUS_PENDING", task),
    ]


@pytest.mark.parametrize("error", _errors(), ids=lambda e: type(e).__name__)
def test_every_error_round_trips_through_pickle(error: TencentAdsError) -> None:
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is type(error)
    assert str(copy) == str(error) and repr(copy) == repr(error)
    assert copy.args == error.args
    mine = {k: v for k, v in vars(error).items() if k != "last_task"}
    theirs = {k: v for k, v in vars(copy).items() if k != "last_task"}
    assert theirs == mine
    if isinstance(error, WaitTimeoutError):
        assert isinstance(copy, WaitTimeoutError) and copy.last_task == error.last_task


def _raise_in_worker(status: int) -> None:
    decode(status, b"busy", method="GET", path="/async_tasks/get", attempts=1)


def test_an_error_raised_in_a_process_pool_worker_arrives_typed() -> None:
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(_raise_in_worker, 503)
        with pytest.raises(HTTPStatusError) as info:
            future.result(timeout=60)
    assert info.value.status_code == 503 and info.value.path == "/async_tasks/get"


# --- fork ------------------------------------------------------------------------------------------------


def _pages(client: Client, page_size: int, count: int) -> int:
    """How many of ``count`` answers were not the answer to the request made (page and page_size echo it)."""
    wrong = 0
    for n in range(count):
        page = 1 + n % 5
        info = client.async_tasks.get(account_id=25610, page=page, page_size=page_size).page_info
        if isinstance(info, Unset) or (info.page, info.page_size) != (page, page_size):
            wrong += 1
    return wrong


def test_a_client_used_before_fork_never_mixes_answers(fake_api: FakeMarketingAPI) -> None:
    client = Client(fake_api.token, base_url=fake_api.base_url)
    _pages(client, 3, 3)  # a pooled keep-alive connection exists now
    read, write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads (3.12+): this test wants exactly that
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.write(write, str(_pages(client, 7, 100)).encode())
        finally:
            os._exit(0)
    os.close(write)
    wrong_here = _pages(client, 3, 100)
    _, status = os.waitpid(pid, 0)
    wrong_there = int(os.read(read, 64) or b"-1")
    os.close(read)
    client.close()
    assert status == 0
    assert (wrong_here, wrong_there) == (0, 0)


def test_retry_after_parsing_refuses_what_is_not_ascii_seconds() -> None:
    from tencent_ads._retries import parse_retry_after, server_clock_offset

    assert parse_retry_after("²") is None  # str.isdigit() says True; float() says ValueError
    assert parse_retry_after("9" * 5000) is None
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT") is not None  # a date far away is still a date
    assert parse_retry_after("30") == 30.0
    assert server_clock_offset("Fri, 31 Dec 9999 23:59:59 GMT") is None
    assert server_clock_offset("Mon, 01 Jan 0001 00:00:00 GMT") is None


def test_a_client_built_with_retry_1_retries_once(fake_api: FakeMarketingAPI) -> None:
    from tencent_ads.testing import Fault

    fake_api.inject(Fault("http_status", status=503), Fault("http_status", status=503))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=1) as client:
        with pytest.raises(HTTPStatusError) as info:
            client.async_tasks.get(account_id=fake_api.account_id)
    assert info.value.attempts == 2


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("nope",), {}, "no operation 'nope'"),
        (([],), {}, "no operation []"),
        (("async_tasks_get",), {}, "account_id is required"),
        (("async_tasks_get",), {"account_id": 1, "bogus": 2}, "unknown parameter(s) for async_tasks_get: bogus"),
        (("async_tasks_get",), {"account_id": 1, "page": "2"}, "page must be an int"),
    ],
)
def test_prepare_refuses_with_typed_errors(args: tuple[Any, ...], kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        prepare(*args, **kwargs)
    assert message in str(info.value)


# --- settings from the environment ------------------------------------------------------------------------


def test_timeout_and_retries_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENT_ADS_TIMEOUT", "7.5")
    monkeypatch.setenv("TENCENT_ADS_MAX_RETRIES", "0")
    with offline() as client:
        assert client._core.timeout == httpx.Timeout(7.5)
        assert client._core.retry.max_attempts == 1
    with Client(TOKEN, timeout=3, retry=4, transport=httpx.MockTransport(_never)) as client:  # arguments win
        assert client._core.timeout == httpx.Timeout(3.0) and client._core.retry.max_attempts == 5
    for name, bad in (("TENCENT_ADS_TIMEOUT", "soon"), ("TENCENT_ADS_TIMEOUT", "-1"), ("TENCENT_ADS_MAX_RETRIES", "x")):
        monkeypatch.setenv(name, bad)
        with pytest.raises(ConfigurationError, match=name):
            offline()
        monkeypatch.delenv(name)
    monkeypatch.setenv("TENCENT_ADS_LOG", "loud")
    with pytest.raises(ConfigurationError, match="TENCENT_ADS_LOG"):
        offline()


def test_log_from_the_environment_is_redacted() -> None:
    import subprocess
    import sys

    code = """
from tencent_ads import Client
from tencent_ads.testing import FakeMarketingAPI
with FakeMarketingAPI(validate=False) as api, Client(api.token, base_url=api.base_url) as client:
    client.async_tasks.get(account_id=api.account_id)
"""
    env = {**os.environ, "TENCENT_ADS_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "tencent_ads DEBUG GET /async_tasks/get -> 200" in result.stderr
    assert "httpx INFO HTTP Request: GET" in result.stderr and "access_token=***" in result.stderr
    assert "fake-access-token-0123456789" not in result.stderr


def test_the_same_arguments_give_the_same_prepared_call_and_only_valid_ones_are_kept() -> None:
    """A program repeats a few calls: the checked, encoded Call is built once and handed out again. Only
    arguments whose class is part of the key are kept (``1`` and ``True`` are equal; ``True`` is no id), and
    arguments that are lists or filters are checked every time."""
    from tencent_ads import RequestValidationError, prepare

    first = prepare("async_tasks_get", account_id=25610, page_size=10)
    assert prepare("async_tasks_get", account_id=25610, page_size=10) is first
    assert prepare("async_tasks_get", account_id=25610, page_size=11) is not first
    assert prepare("async_tasks_get", account_id=25610, page_size=10, strict_filters=False) is not first
    assert prepare("async_tasks_get", account_id=1, page_size=1).query == "account_id=1&page_size=1"
    with pytest.raises(RequestValidationError, match="must be an int, got bool"):
        prepare("async_tasks_get", account_id=True, page_size=1)
    fields = ["task_id"]
    with_fields = prepare("async_tasks_get", account_id=1, fields=fields)
    fields.append("status")
    assert prepare("async_tasks_get", account_id=1, fields=fields).query != with_fields.query
    with pytest.raises(RequestValidationError):
        prepare("async_tasks_get", account_id=1, page_size=0)
    with pytest.raises(RequestValidationError):  # an error is never kept: the same arguments fail again
        prepare("async_tasks_get", account_id=1, page_size=0)
