"""Writes through the spec, on the wire and under failure: a POST's body, its signing, and retries that never
send a write twice when it may have been processed.

Every test talks HTTP to a real loopback server (``RawServer``) that records each request and answers as the
test says: on time, never, with a dropped connection, a 503, or a refusal the API makes before processing.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any, Literal

import pytest
from tencent_ads import (
    AsyncClient,
    Client,
    ConnectError,
    OutcomeUnknownError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    RetryPolicy,
)
from tencent_ads._calls import prepare
from tencent_ads_api.models.async_task_spec import AsyncTaskSpec
from tencent_ads_api.models.create_android_channel_package_spec import CreateAndroidChannelPackageSpec
from tencent_ads_api.models.create_channel_package_item import CreateChannelPackageItem
from tencent_ads_generated.bodies import AsyncTasksAddRequestParam

from .rawserver import Behaviour, RawServer, Recorder, recording_servers, response

TOKEN = "write-token-0123456789abcdef"
# the doc page's curl body, typed by the generated TypedDict: ``add(**CURL_BODY)`` is checked by mypy
CURL_BODY: AsyncTasksAddRequestParam = {
    "account_id": 25610,
    "task_name": "test task name",
    "task_type": "TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
    "task_spec": {"task_type_agency_ad_hourly_report_spec": {"date": "2018-08-28"}},
}
FAST = RetryPolicy(max_attempts=3, wait_initial=0.01, wait_max=0.02, wait_jitter=0.0, deadline=20)


def envelope(data: Any = None, code: int = 0, message: str = "") -> bytes:
    return json.dumps({"code": code, "message": message, "message_cn": "", "data": data}).encode()


def reply(body: bytes, *, status: str = "200 OK", headers: dict[str, str] | None = None) -> bytes:
    """An answer after which the server closes the connection, and says so (RawServer serves one request per
    connection): a client never writes its next request into a connection the server is closing."""
    return response(body, status=status, headers={**(headers or {}), "Connection": "close"})


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], tuple[RawServer, Recorder]]]:
    """``serve(behaviour)``: a loopback server calling ``behaviour(conn, n)`` for the n-th request (from 1)."""
    with recording_servers() as start:
        yield start


def answer(data: Any = None, code: int = 0) -> Behaviour:
    return lambda conn, n: conn.sendall(reply(envelope(data, code)))


def never_answer(conn: socket.socket, n: int) -> None:
    conn.settimeout(5)
    with contextlib.suppress(OSError):
        conn.recv(1)  # the client gives up first and closes


def drop(conn: socket.socket, n: int) -> None:
    conn.shutdown(socket.SHUT_RDWR)


def http_503(conn: socket.socket, n: int) -> None:
    conn.sendall(reply(b'{"error": "upstream"}', status="503 Service Unavailable"))


# --- on the wire ---------------------------------------------------------------------------------------------


def test_a_post_sends_its_body_as_compact_json_and_its_signature_in_the_query(serve: Any) -> None:
    server, seen = serve(answer({"task_id": "1024"}))
    with Client(TOKEN, base_url=server.base_url) as client:
        named: AsyncTasksAddRequestParam = {**CURL_BODY, "task_name": "日报 daily"}
        data = client.async_tasks.add(**named)
    assert data.task_id == 1024  # the doc example writes ids as strings: read as an int
    request = seen.seen[0]
    assert request["method"] == "POST"
    assert request["path"] == "/v3.0/async_tasks/add"
    assert set(request["query"]) == {"access_token", "timestamp", "nonce"}  # nothing of the body in the query
    assert request["query"]["access_token"] == TOKEN
    assert request["headers"]["content-type"] == "application/json"
    assert request["body"] == json.dumps(named, ensure_ascii=False, separators=(",", ":")).encode()


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_the_async_client_sends_the_same_post(serve: Any, backend: Literal["httpx", "aiohttp"]) -> None:
    server, seen = serve(answer({"task_id": 7}))
    async with AsyncClient(TOKEN, base_url=server.base_url, backend=backend) as client:
        data = await client.async_tasks.add(**CURL_BODY)
    assert data.task_id == 7
    request = seen.seen[0]
    assert (request["method"], request["path"]) == ("POST", "/v3.0/async_tasks/add")
    assert request["headers"]["content-type"] == "application/json"
    assert json.loads(request["body"]) == CURL_BODY


def test_nested_objects_as_generated_models_or_dicts_send_the_same_json(serve: Any) -> None:
    server, seen = serve(answer({"task_id": 1}))
    package = {"package_name": "com.example.app.channel1", "download_url": "https://example.com/a.apk"}
    spec_dict = {
        "task_type_create_android_channel_package_spec": {
            "myapp_auth_key": "key",
            "android_app_id": 1234,
            "android_channel_package_spec": [package],
        }
    }
    model = AsyncTaskSpec.from_dict(spec_dict)
    nested_spec = CreateAndroidChannelPackageSpec(
        myapp_auth_key="key", android_app_id=1234, android_channel_package_spec=[CreateChannelPackageItem(**package)]
    )
    with Client(TOKEN, base_url=server.base_url) as client:
        for given in (spec_dict, model, {"task_type_create_android_channel_package_spec": nested_spec}):
            client.async_tasks.add(
                account_id=1, task_name="n", task_type="TASK_TYPE_CREATE_ANDROID_CHANNEL_PACKAGE", task_spec=given
            )
    bodies = [json.loads(r["body"]) for r in seen.seen]
    assert len(bodies) == 3
    assert all(body["task_spec"] == spec_dict for body in bodies)


def test_a_bad_body_is_refused_before_any_io_naming_every_problem(serve: Any) -> None:
    server, seen = serve(answer({"task_id": 1}))
    with Client(TOKEN, base_url=server.base_url) as client, pytest.raises(RequestValidationError) as caught:
        client.async_tasks.add(
            account_id=0,
            task_name="名" * 41,  # 123 bytes of UTF-8: over the 120-byte bound though only 41 characters
            task_type="",
            task_spec={
                "task_type_create_android_channel_package_spec": {
                    "myapp_auth_key": "k",
                    "android_app_id": "1234",
                    "android_channel_package_spec": [{"package_name": "p"}, {"package_name": "q", "x": 1}],
                },
                "task_type_agency_ad_hourly_report_spec": "2018-08-28",
            },
        )
    text = str(caught.value)
    for expected in (
        "account_id must be >= 1",
        "task_name must be at most 120 bytes of UTF-8 (a Chinese character counts 3), got 123",
        "task_type must have at least 1 character(s)",
        "task_spec.task_type_create_android_channel_package_spec.android_app_id must be an int, got str '1234'",
        "android_channel_package_spec[0].download_url is required",
        "android_channel_package_spec[1]: unknown member 'x'",
        "task_spec.task_type_agency_ad_hourly_report_spec must be a mapping",
    ):
        assert expected in text, (expected, text)
    assert len(caught.value.problems) == 8
    assert seen.count == 0  # nothing was sent


def test_missing_required_members_and_unknown_arguments_are_named() -> None:
    with pytest.raises(RequestValidationError) as caught:
        prepare("async_tasks_add", account_id=1, task_nam="typo")
    assert caught.value.problems == [
        "unknown parameter(s) for async_tasks_add: task_nam",
        "task_name is required",
        "task_type is required",
    ]


def test_the_doc_pages_curl_body_is_accepted_as_it_stands() -> None:
    call = prepare("async_tasks_add", **CURL_BODY)
    assert call.method == "POST"
    assert call.idempotent is False
    assert json.loads(call.body or b"") == CURL_BODY
    assert call.params == {}  # the body's members are not in the query


# --- retries that never duplicate a write --------------------------------------------------------------------


def _unknown(caught: pytest.ExceptionInfo[OutcomeUnknownError], cause: type[Exception]) -> None:
    error = caught.value
    assert isinstance(error.cause, cause), error.cause
    assert error.operation_id == "async_tasks_add"
    assert error.sent_at > 1_600_000_000
    assert "outcome is unknown" in str(error)
    for text in (str(error), repr(error), str(error.cause), repr(pickle.loads(pickle.dumps(error)))):  # noqa: S301
        assert TOKEN not in text
    assert error.__context__ is None
    assert error.__cause__ is None


def test_an_add_whose_answer_never_arrives_reaches_the_server_once(serve: Any) -> None:
    server, seen = serve(never_answer)
    with Client(TOKEN, base_url=server.base_url, retry=FAST, timeout=0.5) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            client.async_tasks.add(**CURL_BODY)
    _unknown(caught, RequestTimeoutError)
    assert seen.count == 1


def test_a_get_that_times_out_is_retried(serve: Any) -> None:
    server, seen = serve(never_answer)
    with Client(TOKEN, base_url=server.base_url, retry=FAST, timeout=0.3) as client:
        with pytest.raises(RequestTimeoutError):
            client.async_tasks.get(account_id=1)
    assert seen.count == 3  # GET keeps today's rules


@pytest.mark.parametrize(("behaviour", "cause"), [(drop, ConnectError), (http_503, Exception)])
def test_a_dropped_connection_or_a_5xx_after_the_request_went_out_is_not_retried(
    serve: Any, behaviour: Behaviour, cause: type[Exception]
) -> None:
    server, seen = serve(behaviour)
    with Client(TOKEN, base_url=server.base_url, retry=FAST) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            client.async_tasks.add(**CURL_BODY)
    _unknown(caught, cause)
    assert seen.count == 1


def test_a_transient_api_error_leaves_the_outcome_unknown(serve: Any) -> None:
    server, seen = serve(answer(code=10000))
    with Client(TOKEN, base_url=server.base_url, retry=FAST) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            client.async_tasks.add(**CURL_BODY)
    assert caught.value.cause.code == 10000  # type: ignore[attr-defined]
    assert seen.count == 1


@pytest.mark.parametrize("code", [11016, 12100])
def test_a_refusal_before_processing_is_retried_and_the_write_lands_once(serve: Any, code: int) -> None:
    def refuse_then_answer(conn: socket.socket, n: int) -> None:
        conn.sendall(reply(envelope(code=code) if n == 1 else envelope({"task_id": 99})))

    server, seen = serve(refuse_then_answer)
    with Client(TOKEN, base_url=server.base_url, retry=FAST) as client:
        assert client.async_tasks.add(**CURL_BODY).task_id == 99
    assert seen.count == 2
    assert seen.seen[0]["query"]["nonce"] != seen.seen[1]["query"]["nonce"]  # re-signed


def test_a_per_minute_refusal_is_raised_as_it_is(serve: Any) -> None:
    server, seen = serve(answer(code=11017))
    with Client(TOKEN, base_url=server.base_url, retry=FAST) as client, pytest.raises(RateLimitError):
        client.async_tasks.add(**CURL_BODY)
    assert seen.count == 1


def test_a_connection_that_never_opens_is_retried_because_nothing_was_sent() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there
    with Client(TOKEN, base_url=f"http://127.0.0.1:{port}/v3.0", retry=FAST) as client:
        with pytest.raises(ConnectError) as caught:
            client.async_tasks.add(**CURL_BODY)
    assert caught.value.unsent is True
    assert caught.value.attempts == 3


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_the_async_client_never_sends_an_add_twice(serve: Any, backend: Literal["httpx", "aiohttp"]) -> None:
    server, seen = serve(never_answer)
    async with AsyncClient(TOKEN, base_url=server.base_url, retry=FAST, timeout=0.5, backend=backend) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            await client.async_tasks.add(**CURL_BODY)
    _unknown(caught, RequestTimeoutError)
    assert seen.count == 1


def test_a_deadline_that_passes_while_waiting_leaves_the_outcome_unknown(serve: Any) -> None:
    server, seen = serve(never_answer)
    policy = FAST.evolve(deadline=0.5)
    with Client(TOKEN, base_url=server.base_url, retry=policy, timeout=10) as client:
        with pytest.raises(OutcomeUnknownError):
            client.async_tasks.add(**CURL_BODY)
    assert seen.count == 1


# --- the raw escape hatch -------------------------------------------------------------------------------------


def test_request_calls_an_endpoint_not_in_the_spec_signed_and_typed(serve: Any) -> None:
    server, seen = serve(answer({"list": [{"account_id": 1}]}))
    with Client(TOKEN, base_url=server.base_url) as client:
        data = client.request("GET", "/advertiser/get", params={"account_id": 1, "fields": ["corporation_name"]})
        assert data == {"list": [{"account_id": 1}]}
        client.request("POST", "/adgroups/update", json={"account_id": 1, "adgroup_name": "名"})
    get, post = seen.seen
    assert (get["method"], get["path"]) == ("GET", "/v3.0/advertiser/get")
    assert get["query"]["fields"] == '["corporation_name"]'  # JSON once, by the API's GET rule
    assert get["query"]["account_id"] == "1"
    assert {"access_token", "timestamp", "nonce"} <= set(get["query"])
    assert (post["method"], post["headers"]["content-type"]) == ("POST", "application/json")
    assert json.loads(post["body"]) == {"account_id": 1, "adgroup_name": "名"}


def test_request_posts_are_not_re_sent_unless_declared_idempotent(serve: Any) -> None:
    server, seen = serve(http_503)
    with Client(TOKEN, base_url=server.base_url, retry=FAST) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            client.request("POST", "/adgroups/update", json={"account_id": 1})
        assert caught.value.operation_id == "POST /adgroups/update"
        assert seen.count == 1
        with pytest.raises(Exception, match="HTTP 503"):
            client.request("POST", "/adgroups/update", json={"account_id": 1}, idempotent=True)
    assert seen.count == 4


@pytest.mark.parametrize(
    ("args", "kwargs", "problem"),
    [
        (("DELETE", "/x/get"), {}, "method must be one of GET, POST"),
        (("GET", "https://evil.example/v3.0/x"), {}, "path must be the API path after the base URL"),
        (("GET", "/a/../oauth/token"), {}, "no host, query, fragment, dots or %-escapes"),
        (("GET", "/x/get"), {"params": {"access_token": "t"}}, "the client signs every call itself"),
        (("GET", "/x/get"), {"json": {"a": 1}}, "a GET sends no body"),
        (("POST", "/x/add"), {"json": {"a": float("nan")}}, "json.a must be a finite number"),
        (("GET", "/x/get"), {"params": {"a": object()}}, "is not JSON"),
    ],
)
def test_request_refuses_what_cannot_be_sent_before_any_io(args: Any, kwargs: Any, problem: str) -> None:
    with Client(TOKEN, base_url="http://127.0.0.1:9/v3.0") as client, pytest.raises(RequestValidationError) as caught:
        client.request(*args, **kwargs)
    assert problem in str(caught.value)


async def test_async_request(serve: Any) -> None:
    server, seen = serve(answer({"ok": True}))
    async with AsyncClient(TOKEN, base_url=server.base_url) as client:
        assert await client.request("POST", "/x/add", json={"a": [1, 2]}) == {"ok": True}
    assert json.loads(seen.seen[0]["body"]) == {"a": [1, 2]}


def test_with_raw_response_answers_a_write_with_its_http_answer(serve: Any) -> None:
    server, seen = serve(lambda conn, n: conn.sendall(reply(envelope({"task_id": 5}), headers={"X-Trace": "t1"})))
    with Client(TOKEN, base_url=server.base_url) as client:
        raw = client.with_raw_response.async_tasks.add(**CURL_BODY)
    assert (raw.status_code, raw.method, raw.path, raw.attempts) == (200, "POST", "/async_tasks/add", 1)
    assert raw.headers["X-Trace"] == "t1"
    assert raw.parse().task_id == 5
    assert seen.count == 1


def test_validate_requests_checks_a_writes_body_against_the_spec_too(serve: Any) -> None:
    server, seen = serve(answer({"task_id": 1}))
    with Client(TOKEN, base_url=server.base_url, validate_requests=True) as client:
        assert client.async_tasks.add(**CURL_BODY).task_id == 1
    assert seen.count == 1


# --- found by an independent attack: every input typed, every name findable -----------------------------------


@pytest.mark.parametrize(
    "name", ["report 2025/11/23", "a&b", 'say "hi" it\'s', "tab\there", " lead-space", "comma,sep", "back\\slash"]
)
def test_find_created_finds_any_name_add_accepts_after_a_lost_answer(fake_api: Any, name: str) -> None:
    from tencent_ads.testing import Fault

    fake_api.inject(Fault("drop_connection", path="/v3.0/async_tasks/add", processed=True))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            client.async_tasks.add(account_id=fake_api.account_id, task_name=name, task_type="TASK_TYPE_X")
        found = client.async_tasks.find_created(
            account_id=fake_api.account_id, task_name=name, since=caught.value.sent_at
        )
    assert [t.task_id for t in found] == fake_api.created_tasks  # exactly the one the lost add created
    assert len(found) == 1
    assert found[0].task_name == name


class _Raises(dict[str, Any]):
    def items(self) -> Any:
        raise RuntimeError("boom")

    def __iter__(self) -> Any:
        raise RuntimeError("boom")


def _self_referencing() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["again"] = loop
    return loop


@pytest.mark.parametrize(
    ("task_spec", "problem"),
    [
        ({"x_spec": {1: "a", "b": 2, (1, 2): 3}}, "member names must be strings, got (1, 2)"),
        ({"x_spec": {"\ud800": 1}}, "not valid Unicode text"),
        ({"x_spec": {"n": 10**5000}}, "must be an int64, got a 16610-bit number"),
        ({"x_spec": {"n": 2**64}}, "must be an int64"),
        ({"x_spec": _self_referencing()}, "nested"),
        (_Raises(), "task_spec could not be read (RuntimeError)"),
        ({"x_spec": {"g": (i for i in range(3))}}, "is not JSON: generator"),
        ({"x_spec": {"f": float("inf")}}, "must be a finite number"),
    ],
    ids=["keys", "surrogate-key", "huge-int", "int-beyond-int64", "cycle", "raising-mapping", "generator", "inf"],
)
def test_hostile_body_values_are_typed_problems_and_nothing_is_sent(serve: Any, task_spec: Any, problem: str) -> None:
    server, seen = serve(answer({"task_id": 1}))
    with Client(TOKEN, base_url=server.base_url) as client, pytest.raises(RequestValidationError) as caught:
        client.async_tasks.add(account_id=1, task_name="n", task_type="T", task_spec=task_spec)
    assert problem in str(caught.value)
    assert seen.count == 0


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"path": "/a/%2e%2e/oauth/token"}, "path must be the API path"),
        ({"path": "/a%3Faccess_token=x"}, "path must be the API path"),
        ({"path": "/a%23frag"}, "path must be the API path"),
        ({"params": {"Access_Token": "x"}}, "the client signs every call itself"),
        ({"params": {"a&b=c": "1"}}, "names are letters, digits and '_'"),
        ({"params": {"a\r\nb": "1"}}, "names are letters, digits and '_'"),
        ({"params": [("a", "b")]}, "params must be a mapping"),
        ({"params": {"x": "\ud800"}}, "not valid Unicode text"),
        ({"params": {"x": _self_referencing()}}, "nested"),
        ({"params": {"x": 10**5000}}, "must be an int64"),
        ({"params": _Raises()}, "params could not be read (RuntimeError)"),
        ({"method": "POST", "json": _self_referencing()}, "nested"),
        ({"method": "POST", "json": {"\ud800": 1}}, "member names must be text"),
    ],
)
def test_request_turns_every_hostile_input_into_a_typed_problem(kwargs: dict[str, Any], problem: str) -> None:
    arguments: dict[str, Any] = {"method": "GET", "path": "/x/get", **kwargs}
    with Client(TOKEN, base_url="http://127.0.0.1:9/v3.0") as client, pytest.raises(RequestValidationError) as caught:
        client.request(arguments.pop("method"), arguments.pop("path"), **arguments)
    assert problem in str(caught.value)


def test_request_masks_secret_parameters_in_the_calls_repr() -> None:
    from tencent_ads._calls import raw_call

    call = raw_call("GET", "/x/get", params={"refresh_token": "RT-123456789", "client_secret": "CS-123456789"})
    assert "RT-123456789" not in repr(call) and "CS-123456789" not in repr(call)


def test_a_pattern_does_not_let_a_final_newline_through() -> None:
    """JSON Schema's ``$`` (ECMA-262) is the end of the input; Python's also matches before a final newline."""
    from tencent_ads._body import string_problem

    assert string_problem("ab", pattern="^[a-z]+$") is None
    assert string_problem("ab\n", pattern="^[a-z]+$") is not None
    assert string_problem("a$b", pattern="^a[$]b$") is None  # a $ inside a class stays a character
    assert string_problem("1024", pattern="^[^<>&'\"/\\\\\\t\\n\\r]+$(?!\\n)") is None  # the spec's own form


def _reads_slowly(conn: socket.socket, head: bytes) -> None:
    """A server that takes a body 1 KiB every 0.2 s for 3 s, never answers, then closes."""
    conn.settimeout(1)
    ends = time.monotonic() + 3
    with contextlib.suppress(OSError):
        while time.monotonic() < ends and conn.recv(1024):
            time.sleep(0.2)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_slow_upload_is_bounded_by_the_attempts_timeouts_without_a_deadline(
    backend: Literal["httpx", "aiohttp"],
) -> None:
    """aiohttp has no write timeout: a write's exchange is bounded by the sum of the attempt's timeouts."""
    import asyncio

    big = "x" * 1000
    spec = {f"k{i}_spec": {"v": big} for i in range(4000)}  # a 4 MB body the server reads at 5 KiB/s
    with RawServer(_reads_slowly) as server:
        policy = RetryPolicy(max_attempts=3, deadline=None)
        async with AsyncClient(TOKEN, base_url=server.base_url, retry=policy, timeout=0.5, backend=backend) as client:
            started = time.monotonic()
            with pytest.raises(OutcomeUnknownError) as caught:
                await client.async_tasks.add(account_id=1, task_name="n", task_type="T", task_spec=spec)
            assert time.monotonic() - started < 2.8  # 4 × 0.5 s at most, not the server's 3 s
        # asyncio completes the close of a connection cut mid-upload only once its buffer is written or the peer
        # closes: let the server close while this loop runs, so no socket outlives the test
        for _ in range(60):
            if not any(thread.is_alive() for thread in server._threads):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.1)
    assert isinstance(caught.value.cause, RequestTimeoutError)
    assert len(server.heads) == 1
