"""Validating requests and responses against the packaged spec (openapi-core), in plain words."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse

import httpx
import pytest
from tencent_ads import Client, RequestValidationError, ResponseValidationError
from tencent_ads.validation import Violation, validate_request, validate_response
from tencent_ads_generated.spec_data import OPERATIONS

#: Every operation of the spec, as the validator names them (no test hard-codes the set of operations).
KNOWN = ", ".join(f"{op.method} {op.path}" for op in OPERATIONS.values())

AUTH = "access_token=x&timestamp=1700000000&nonce=abc"
DOC_FILTER = urllib.parse.quote('[{"field":"task_id","operator":"EQUALS","values":["1024"]}]')


def q(filtering: object) -> str:
    return urllib.parse.quote(json.dumps(filtering, separators=(",", ":")))


GOOD = [
    f"/async_tasks/get?{AUTH}&account_id=1&fields=" + urllib.parse.quote('["task_id","status"]'),
    f"https://api.e.qq.com/v3.0/async_tasks/get?{AUTH}&account_id=1&filtering={DOC_FILTER}&page=1&page_size=10",
    f"https://sandbox-api.e.qq.com/v3.0/async_tasks/get?{AUTH}&account_id=1",
    f"http://127.0.0.1:8080/v3.0/async_tasks/get?{AUTH}&account_id=1&page=99999&page_size=100",
    f"/async_tasks/get?{AUTH}&account_id=1&filtering=%5B%5D",
    f"/programmed_commponent_result/get?{AUTH}&account_id=1&material_derive_id=116922",
]


@pytest.mark.parametrize("url", GOOD)
def test_good_requests(url: str) -> None:
    assert validate_request(url) == []


BAD: list[tuple[str, list[str]]] = [
    (
        "/async_tasks/get?account_id=1",
        [
            "access_token: expected the global parameter (every call carries it), got nothing",
            "timestamp: expected the global parameter (every call carries it), got nothing",
            "nonce: expected the global parameter (every call carries it), got nothing",
        ],
    ),
    (
        f"/async_tasks/get?{AUTH}&account_id=abc&page=0&page_size=1000",
        [
            "account_id: expected a value of type integer, got 'abc'",
            "page: expected ≥ 1 (minimum), got 0",
            "page_size: expected ≤ 100 (maximum), got 1000",
        ],
    ),
    (f"/async_tasks/get?{AUTH}", ["account_id: expected a value (required), got nothing"]),
    (
        f"/async_tasks/get?{AUTH}&account_id=1&sort_by=x",
        [
            "sort_by: expected a declared parameter (account_id, fields, filtering, page, page_size), "
            "got unknown parameter"
        ],
    ),
    (f"/async_tasks/get?{AUTH}&account_id=1&account_id=2", ["account_id: expected one value, got several"]),
    (f"/async_tasks/get?{AUTH}&account_id=1&fields=%5B%5D", ["fields: expected at least 1 item(s), got []"]),
    (
        f"/async_tasks/get?{AUTH}&account_id=1&filtering=task_id%3D1",
        ["filtering: expected compact JSON, got 'task_id=1'"],
    ),
    (
        f"/async_tasks/get?{AUTH}&account_id=1&filtering="
        + q([{"field": "foo", "operator": "EQUALS", "values": ["1"]}]),
        [
            "filtering[0] (foo): field 'foo' is not filterable; allowed: task_id, task_name, task_type, created_time, "
            "result_status, status"
        ],
    ),
    (
        f"/async_tasks/get?{AUTH}&account_id=1&filtering="
        + q([{"field": "task_name", "operator": "CONTAINS", "values": ["报" * 41]}]),
        ["filtering[0] (task_name): values[0] is 123 UTF-8 bytes; at most 120 allowed"],
    ),
    (
        "/async_tasks/get?access_token=x&timestamp=2024-01-01&nonce=" + "n" * 33 + "&account_id=1",
        [
            "timestamp: expected Unix epoch seconds (digits), got '2024-01-01'",
            "nonce: expected at most 32 characters, got 33 characters",
        ],
    ),
    (
        f"/programmed_commponent_result/get?{AUTH}&account_id=0",
        [
            "account_id: expected ≥ 1 (minimum), got 0",
            "material_derive_id: expected a value (required), got nothing",
        ],
    ),
    (
        f"/programmed_component_result/get?{AUTH}&account_id=1",
        [f"expected one of the API operations ({KNOWN}), got GET /programmed_component_result/get"],
    ),
]


@pytest.mark.parametrize(("url", "expected"), BAD, ids=[str(n) for n in range(len(BAD))])
def test_bad_requests_list_every_violation(url: str, expected: list[str]) -> None:
    assert [str(v) for v in validate_request(url)] == expected


def test_method_path_and_query_given_apart() -> None:
    assert validate_request("/async_tasks/get", query={"account_id": "1"}, require_auth=False) == []
    violations = validate_request("/async_tasks/get", method="POST", query={"account_id": "1"})
    assert violations[0].given == "POST /async_tasks/get"
    assert violations == [
        Violation(
            None,
            f"one of the API operations ({KNOWN})",
            "POST /async_tasks/get",
        )
    ]


def test_responses() -> None:
    assert validate_response("/async_tasks/get", b'{"code": 0, "data": {"list": [{"task_id": "1"}]}}') == []
    assert [str(v) for v in validate_response("/async_tasks/get", b'{"code": 0, "data": {"list": {}}}')] == [
        "body.data.list: expected a value of type array, got {}"
    ]


def test_import_tencent_ads_stays_light() -> None:
    code = (
        "import sys, tencent_ads; "
        "heavy = [m for m in ('openapi_core', 'jsonschema', 'werkzeug', 'yaml', 'typer', 'rich', 'click') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_client_validates_requests_when_asked() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 0, "data": {"list": []}})

    transport = httpx.MockTransport(handler)
    with Client("tok", transport=transport, validate_requests=True, strict_filters=False) as client:
        client.async_tasks.get(account_id=1)
        with pytest.raises(RequestValidationError, match=r"filtering\[0\] \(nope\): field 'nope' is not filterable"):
            client.async_tasks.get(
                account_id=1,
                filtering=[{"field": "nope", "operator": "EQUALS", "values": ["1"]}],  # type: ignore[list-item]
            )
    assert len(sent) == 1


def test_client_validates_responses_when_asked() -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json={"code": 0, "data": {"list": {"x": 1}}}))
    with Client("tok", transport=transport, validate_responses=True) as client:
        with pytest.raises(ResponseValidationError, match=r"body\.data\.list: expected a value of type array"):
            client.async_tasks.get(account_id=1)
