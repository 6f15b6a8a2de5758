# mypy: disable-error-code="union-attr,index,arg-type,type-var,operator"
"""The fake Marketing API serves writes: POST async_tasks/add with its JSON body, checked against the spec.

Real HTTP on loopback: the client for well-formed calls, raw httpx for what the client would never send.
Also: ``validate_request`` with bodies (every member at fault named), and the fake's bounds are the spec's.
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tencent_ads import Client, OutcomeUnknownError, RetryPolicy, TencentAdsError
from tencent_ads._spec import load_spec
from tencent_ads.testing import FakeMarketingAPI, Fault
from tencent_ads.testing._http import MAX_BODY
from tencent_ads.validation import validate_request
from tencent_ads_generated.spec_data import OPERATIONS

ADD = OPERATIONS["async_tasks_add"]
GET = OPERATIONS["async_tasks_get"]
ADD_PATH = "/v3.0/async_tasks/add"
GET_PATH = "/v3.0/async_tasks/get"
#: The doc page's curl body, as the spec records it (the requestBody example).
DOC_BODY: dict[str, Any] = load_spec()["paths"]["/async_tasks/add"]["post"]["requestBody"]["content"][
    "application/json"
]["examples"]["doc_page"]["value"]
NO_RETRY = RetryPolicy(max_attempts=1)


@pytest.fixture
def api() -> Iterator[FakeMarketingAPI]:
    now = time.time()  # a fixed server clock (within the API's ±300 s of the client's): created_time is exact
    with FakeMarketingAPI(clock=lambda: now) as fake:
        yield fake


@pytest.fixture
def client(api: FakeMarketingAPI) -> Iterator[Client]:
    with Client(api.token, base_url=api.base_url, retry=NO_RETRY) as c:
        yield c


def signing(api: FakeMarketingAPI) -> dict[str, str]:
    return {"access_token": api.token, "timestamp": str(int(time.time())), "nonce": f"n{time.monotonic_ns()}"}


def origin(api: FakeMarketingAPI) -> str:
    return api.base_url.removesuffix("/v3.0")


def post(
    api: FakeMarketingAPI,
    content: bytes | Iterator[bytes],
    *,
    path: str = ADD_PATH,
    content_type: str | None = "application/json",
    query: dict[str, str] | None = None,
) -> httpx.Response:
    headers = {} if content_type is None else {"Content-Type": content_type}
    params = {**signing(api), **(query or {})}
    return httpx.post(origin(api) + path, params=params, content=content, headers=headers, timeout=10)


def post_json(api: FakeMarketingAPI, document: object) -> httpx.Response:
    return post(api, json.dumps(document, ensure_ascii=False).encode("utf-8"))


def envelope(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def tasks_named(api: FakeMarketingAPI, client: Client, **filters: str) -> list[Any]:
    filtering = [{"field": field, "operator": "EQUALS", "values": [value]} for field, value in filters.items()]
    return list(client.async_tasks.get(account_id=api.account_id, filtering=filtering).list_)


# --- async_tasks/add is emulated --------------------------------------------------------------


def test_the_doc_curl_body_creates_a_task_visible_in_get(api: FakeMarketingAPI, client: Client) -> None:
    assert DOC_BODY["task_spec"] == {"task_type_agency_ad_hourly_report_spec": {"date": "2018-08-28"}}
    before = {task.task_id for task in client.async_tasks.iterate(account_id=api.account_id)}

    answer = envelope(post_json(api, DOC_BODY))

    assert answer["code"] == 0, answer
    task_id = answer["data"]["task_id"]
    assert isinstance(task_id, int)
    assert task_id > max(before)  # fresh: larger than every existing id
    assert api.created_tasks == [task_id]
    found = tasks_named(api, client, task_id=str(task_id))  # this delivered read moves it on: PROCESSING next
    assert [(t.task_id, t.task_name, t.task_type, t.status, t.created_time) for t in found] == [
        (task_id, DOC_BODY["task_name"], DOC_BODY["task_type"], "TASK_STATUS_PENDING", int(api.clock()))
    ]
    first = client.async_tasks.get(account_id=api.account_id).list_[0]  # first in the list, like add_task
    assert (first.task_id, first.status) == (task_id, "TASK_STATUS_PROCESSING")
    # the other filters find it too: the name (the doc's name is the doc task's as well), the type, created_time
    assert task_id in {t.task_id for t in tasks_named(api, client, task_name=DOC_BODY["task_name"])}
    created = [{"field": "created_time", "operator": "GREATER_EQUALS", "values": [str(int(api.clock()))]}]
    assert [t.task_id for t in client.async_tasks.get(account_id=api.account_id, filtering=created).list_] == [task_id]


def test_the_client_adds_and_the_record_keeps_method_and_body_without_the_token(
    api: FakeMarketingAPI, client: Client
) -> None:
    added = client.async_tasks.add(account_id=api.account_id, task_name="日报 run 1", task_type="TASK_TYPE_X")
    assert api.created_tasks == [added.task_id]
    record = api.requests[-1]
    assert (record.method, record.path, record.answered) == ("POST", ADD_PATH, "ok")
    assert record.body == {"account_id": api.account_id, "task_name": "日报 run 1", "task_type": "TASK_TYPE_X"}
    assert record.params["access_token"] == "***"
    assert api.token not in repr(record)


def test_tasks_ids_are_unique_and_increasing(api: FakeMarketingAPI, client: Client) -> None:
    ids = [
        client.async_tasks.add(account_id=api.account_id, task_name=f"t{n}", task_type="T").task_id for n in range(3)
    ]
    assert ids == sorted(set(ids)) and len(ids) == 3
    assert api.created_tasks == ids


def test_an_added_task_progresses_to_completed_with_files_whose_md5_matches(
    api: FakeMarketingAPI, client: Client, tmp_path: Path
) -> None:
    task_id = client.async_tasks.add(account_id=api.account_id, task_name="progress", task_type="T").task_id
    seen = [tasks_named(api, client, task_id=str(task_id))[0].status for _ in range(2)]
    assert seen == ["TASK_STATUS_PENDING", "TASK_STATUS_PROCESSING"]  # one step per delivered read

    task = client.async_tasks.wait(account_id=api.account_id, task_id=task_id, poll_interval=0.01)

    assert task.status == "TASK_STATUS_COMPLETED"
    assert task.result.code == 0 and task.result.message == ""
    files = task.result.data.file_info_list
    assert len(files) == 1
    paths = client.async_tasks.download_files(account_id=api.account_id, task=task, dest_dir=tmp_path)
    assert len(paths) == 1
    content = paths[0].read_bytes()
    assert content == api.file_bytes(files[0].file_id)
    assert hashlib.md5(content).hexdigest() == files[0].md5  # noqa: S324 - the API's integrity check


def test_an_add_is_answered_in_the_envelope_with_the_account_from_the_body(api: FakeMarketingAPI) -> None:
    unknown = envelope(post_json(api, {**DOC_BODY, "account_id": api.account_id + 1}))
    assert unknown["code"] == 12201
    assert api.created_tasks == []


# --- faults on a write ------------------------------------------------------------------------


def test_a_slow_add_creates_the_task_even_when_the_client_gave_up(api: FakeMarketingAPI) -> None:
    api.inject(Fault("slow", delay=3.0, path=ADD_PATH))
    with Client(api.token, base_url=api.base_url, retry=NO_RETRY, timeout=0.3) as impatient:
        with pytest.raises(OutcomeUnknownError):
            impatient.async_tasks.add(account_id=api.account_id, task_name="slow one", task_type="T")
    assert len(api.created_tasks) == 1  # the server processed it: the task exists
    assert [r.answered for r in api.requests if r.method == "POST"] == ["fault:slow"]
    with Client(api.token, base_url=api.base_url, retry=NO_RETRY) as client:
        assert [t.task_id for t in tasks_named(api, client, task_name="slow one")] == api.created_tasks


def test_a_drop_before_processing_creates_nothing(api: FakeMarketingAPI, client: Client) -> None:
    api.inject(Fault("drop_connection", path=ADD_PATH))
    with pytest.raises(TencentAdsError):
        client.async_tasks.add(account_id=api.account_id, task_name="dropped", task_type="T")
    assert api.created_tasks == []
    assert tasks_named(api, client, task_name="dropped") == []


def test_a_drop_after_processing_leaves_the_task_and_an_unknown_outcome(api: FakeMarketingAPI, client: Client) -> None:
    api.inject(Fault("drop_connection", processed=True, path=ADD_PATH))
    with pytest.raises(OutcomeUnknownError):
        client.async_tasks.add(account_id=api.account_id, task_name="dropped after", task_type="T")
    assert len(api.created_tasks) == 1
    assert [r.answered for r in api.requests if r.method == "POST"] == ["fault:drop_connection:processed"]
    assert [t.task_id for t in tasks_named(api, client, task_name="dropped after")] == api.created_tasks


@pytest.mark.parametrize(("processed", "created"), [(False, 0), (True, 1)])
def test_an_http_status_fault_on_a_write_processes_only_when_told(
    api: FakeMarketingAPI, processed: bool, created: int
) -> None:
    api.inject(Fault("http_status", status=502, processed=processed))
    assert post_json(api, DOC_BODY).status_code == 502
    assert len(api.created_tasks) == created


def test_a_truncated_answer_to_an_add_comes_after_processing(api: FakeMarketingAPI) -> None:
    api.inject(Fault("truncated_json", path=ADD_PATH))
    with pytest.raises(json.JSONDecodeError):  # the answer is cut in half
        post_json(api, DOC_BODY).json()
    assert len(api.created_tasks) == 1


def test_a_fault_for_one_account_matches_the_account_in_the_body(api: FakeMarketingAPI) -> None:
    api.inject(Fault("api_error", code=10000, account_id=api.account_id))
    answer = envelope(post_json(api, DOC_BODY))
    assert answer["code"] == 10000
    assert api.created_tasks == []
    assert envelope(post_json(api, DOC_BODY))["code"] == 0  # the fault was used once


# --- what the fake refuses --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"account_id": 25610, "task_name": "x", ', "application/json"),
        (b"account_id=25610&task_name=x&task_type=y", "application/json"),
        (b'{"account_id": 25610, "task_name": "\xff", "task_type": "T"}', "application/json"),
        (b'{"account_id": NaN, "task_name": "x", "task_type": "T"}', "application/json"),
        (json.dumps(DOC_BODY).encode(), "text/plain"),
        (json.dumps(DOC_BODY).encode(), "application/x-www-form-urlencoded"),
        (json.dumps(DOC_BODY).encode(), None),
    ],
)
def test_a_body_that_is_not_json_is_12003(api: FakeMarketingAPI, content: bytes, content_type: str | None) -> None:
    answer = envelope(post(api, content, content_type=content_type))
    assert answer["code"] == 12003, answer
    assert api.created_tasks == []


def test_a_json_content_type_with_a_charset_is_json(api: FakeMarketingAPI) -> None:
    answer = envelope(post(api, json.dumps(DOC_BODY).encode(), content_type="application/json; charset=utf-8"))
    assert answer["code"] == 0


def test_a_body_breaking_the_spec_is_18001_naming_every_problem(api: FakeMarketingAPI) -> None:
    body = {"account_id": api.account_id, "task_name": "n" * 121, "extra": 1}
    answer = envelope(post_json(api, body))
    assert answer["code"] == 18001
    message = answer["message"]
    assert "body.task_name: expected at most 120 character(s), got 121 characters" in message
    assert "body.task_type: expected a value (required), got nothing" in message
    assert "body.extra: expected a documented member (account_id, task_name, task_type, task_spec)" in message
    assert message.count("body.task_name") == 1  # the byte bound says the same: said once
    assert api.created_tasks == []


def test_the_byte_bound_json_schema_cannot_say_is_18001(api: FakeMarketingAPI) -> None:
    answer = envelope(post_json(api, {**DOC_BODY, "task_name": "报" * 41}))  # 41 characters, 123 bytes
    assert answer["code"] == 18001
    assert "body.task_name: expected at most 120 bytes of UTF-8" in answer["message"]
    assert "got 123 bytes" in answer["message"]
    assert envelope(post_json(api, {**DOC_BODY, "task_name": "报" * 40}))["code"] == 0  # 120 bytes


def test_a_nested_member_is_named_with_its_place(api: FakeMarketingAPI) -> None:
    spec = {"myapp_auth_key": "k", "android_app_id": 7, "android_channel_package_spec": [{"package_name": "p"}]}
    body = {**DOC_BODY, "task_spec": {"task_type_create_android_channel_package_spec": spec}}
    answer = envelope(post_json(api, body))
    assert answer["code"] == 18001
    assert (
        "body.task_spec.task_type_create_android_channel_package_spec.android_channel_package_spec[0].download_url:"
        " expected a value (required), got nothing"
    ) in answer["message"]


def test_a_missing_body_is_18001_and_signing_is_checked_first(api: FakeMarketingAPI) -> None:
    assert envelope(post(api, b""))["code"] == 18001
    unsigned = httpx.post(origin(api) + ADD_PATH, content=json.dumps(DOC_BODY).encode(), timeout=10)
    assert envelope(unsigned)["code"] == 12000
    wrong = httpx.post(
        origin(api) + ADD_PATH,
        params={**signing(api), "access_token": "not-a-token"},
        content=json.dumps(DOC_BODY).encode(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert envelope(wrong)["code"] == 11002
    assert api.created_tasks == []


def test_a_write_takes_nothing_in_the_query_but_the_signing(api: FakeMarketingAPI) -> None:
    answer = envelope(post(api, json.dumps(DOC_BODY).encode(), query={"account_id": str(api.account_id)}))
    assert answer["code"] == 18001
    assert "account_id: expected no query parameter but access_token, timestamp and nonce" in answer["message"]


def test_the_wrong_method_on_a_path_of_the_spec_is_405_with_allow(api: FakeMarketingAPI) -> None:
    on_add = httpx.get(origin(api) + ADD_PATH, params=signing(api), timeout=10)
    assert on_add.status_code == 405 and on_add.headers["Allow"] == "POST"
    on_get = post(api, json.dumps(DOC_BODY).encode(), path=GET_PATH)
    assert on_get.status_code == 405 and on_get.headers["Allow"] == "GET"
    unknown = post(api, json.dumps(DOC_BODY).encode(), path="/v3.0/async_tasks/create")
    assert envelope(unknown)["code"] == 12007
    assert api.created_tasks == []
    assert [r.method for r in api.requests] == ["GET", "POST", "POST"]


def test_an_oversized_body_gets_413(api: FakeMarketingAPI) -> None:
    padding = "x" * MAX_BODY
    declared = post(api, json.dumps({**DOC_BODY, "pad": padding}).encode())
    assert declared.status_code == 413
    assert "over" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked, refused when it passes the bound
        for _ in range(MAX_BODY // 65536 + 2):
            yield b" " * 65536

    chunked = post(api, chunks())
    assert chunked.status_code == 413
    assert api.created_tasks == []
    just_under = post(api, json.dumps(DOC_BODY).encode().ljust(MAX_BODY, b" "))
    assert envelope(just_under)["code"] == 0


# --- the fake's bounds are the spec's ---------------------------------------------------------


@pytest.mark.parametrize("validate", [True, False], ids=["openapi-core", "the fake's own"])
@pytest.mark.parametrize("name", ["page_size", "page"])
def test_paging_bounds_come_from_the_spec(validate: bool, name: str) -> None:
    param = GET.param(name)
    assert param is not None and param.maximum is not None and param.minimum is not None
    with FakeMarketingAPI(validate=validate) as api:

        def code(value: int) -> int:
            query = {**signing(api), "account_id": str(api.account_id), name: str(value)}
            answer: int = envelope(httpx.get(origin(api) + GET_PATH, params=query, timeout=10))["code"]
            return answer

        assert code(param.maximum) == 0
        assert code(param.maximum + 1) == 18001
        assert code(param.minimum) == 0
        assert code(param.minimum - 1) == 18001


# --- validate_request with bodies -------------------------------------------------------------

AUTH = {"access_token": "x", "timestamp": "1700000000", "nonce": "abc"}


def check(body: Any, **kwargs: Any) -> list[str]:
    return [str(v) for v in validate_request("/async_tasks/add", method="POST", query=AUTH, body=body, **kwargs)]


@pytest.mark.parametrize(
    "body",
    [
        DOC_BODY,
        json.dumps(DOC_BODY),
        json.dumps(DOC_BODY, ensure_ascii=False).encode("utf-8"),
        {"account_id": 1, "task_name": "报" * 40, "task_type": "T"},
        {
            "account_id": 1,
            "task_name": "n",
            "task_type": "TASK_TYPE_UPDATE_ANDROID_CHANNEL_PACKAGE",
            "task_spec": {
                "task_type_update_android_channel_package_spec": {
                    "myapp_auth_key": "k",
                    "android_app_id": 2,
                    "android_channel_package_spec": [{"channel_package_id": "c" * 64, "download_url": "https://x"}],
                }
            },
        },
    ],
)
def test_good_bodies_have_no_violations(body: Any) -> None:
    assert check(body) == []


def test_bad_bodies_name_each_member() -> None:
    body = {
        "account_id": 0,
        "task_name": "",
        "extra": True,
        "task_spec": {
            "task_type_create_android_channel_package_spec": {
                "myapp_auth_key": "k",
                "android_app_id": "12",
                "android_channel_package_spec": [{"package_name": "p" * 1025, "download_url": ""}],
            },
            "task_type_other_spec": [],
        },
    }
    place = "body.task_spec.task_type_create_android_channel_package_spec"
    assert sorted(check(body)) == sorted(
        [
            "body.task_type: expected a value (required), got nothing",
            "body.extra: expected a documented member (account_id, task_name, task_type, task_spec), "
            "got unknown member",
            "body.account_id: expected ≥ 1 (minimum), got 0",
            "body.task_name: expected at least 1 character(s), got ''",
            f"{place}.android_app_id: expected a value of type integer, got '12'",
            f"{place}.android_channel_package_spec[0].package_name: expected at most 1024 character(s), "
            "got 1025 characters",
            f"{place}.android_channel_package_spec[0].download_url: expected at least 1 character(s), got ''",
            "body.task_spec.task_type_other_spec: expected a value of type object, got []",
        ]
    )


def test_byte_bounds_and_int64_rules_beyond_json_schema() -> None:
    assert check({"account_id": 1, "task_name": "报" * 41, "task_type": "T"}) == [
        "body.task_name: expected at most 120 bytes of UTF-8 (x-max-bytes; a Chinese character counts 3), got 123 bytes"
    ]
    # 121 characters break maxLength and x-max-bytes alike: one problem, said once
    assert check({"account_id": 1, "task_name": "n" * 121, "task_type": "T"}) == [
        "body.task_name: expected at most 120 character(s), got 121 characters"
    ]
    assert check({"account_id": 1.0, "task_name": "n", "task_type": "T"}) == [
        "body.account_id: expected an integer written without a fraction (the API reads an int64), got 1.0"
    ]
    assert check({"account_id": 2**63, "task_name": "n", "task_type": "T"}) == [
        f"body.account_id: expected an int64 (-2**63 to 2**63-1), got {2**63}"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"account_id": 1,', "body: expected a JSON document, got invalid JSON (Expecting property name"),
        (b"\xff\xfe{}", "body: expected JSON in UTF-8, got bytes that are not UTF-8 (at byte 0)"),
        (b'{"account_id": Infinity}', "body: expected a JSON document, got invalid JSON (Infinity is not JSON)"),
        (None, "body: expected a JSON body (required), got nothing"),
        (b"", "body: expected a JSON body (required), got nothing"),
        ({"when": object()}, "body: expected a mapping of JSON values, got TypeError"),
    ],
)
def test_a_body_that_cannot_be_read_is_one_violation(body: Any, expected: str) -> None:
    found = check(body)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_the_query_of_a_write_gets_the_global_checks() -> None:
    found = [str(v) for v in validate_request("/async_tasks/add", method="POST", query={}, body=DOC_BODY)]
    assert found == [
        "access_token: expected the global parameter (every call carries it), got nothing",
        "timestamp: expected the global parameter (every call carries it), got nothing",
        "nonce: expected the global parameter (every call carries it), got nothing",
    ]
    assert check(DOC_BODY, content_type="text/plain") == [
        "Content-Type: expected application/json (the body is JSON), got 'text/plain'"
    ]
    assert check({**DOC_BODY, "account_id": 0}, content_type="") == [
        "Content-Type: expected application/json (the body is JSON), got nothing",
        "body.account_id: expected ≥ 1 (minimum), got 0",  # the JSON is still checked
    ]
    assert check(DOC_BODY, content_type="Application/JSON; charset=utf-8") == []


def test_a_body_on_an_operation_without_one() -> None:
    found = validate_request(f"/async_tasks/get?{urllib.parse.urlencode(AUTH)}&account_id=1", body=b"{}")
    assert [str(v) for v in found] == ["body: expected no body (GET /async_tasks/get takes none), got 2 bytes"]


def test_the_client_validating_requests_sends_its_body_to_the_check(api: FakeMarketingAPI) -> None:
    with Client(api.token, base_url=api.base_url, validate_requests=True, retry=NO_RETRY) as strict:
        added = strict.async_tasks.add(account_id=api.account_id, task_name="checked", task_type="T")
    assert api.created_tasks == [added.task_id]
