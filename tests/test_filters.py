"""Filter validation: every rule, its error text, and the wire form compared with the doc's curl example."""

from __future__ import annotations

import urllib.parse
from typing import Any

import httpx
import pytest
from tencent_ads import (
    ApiFilterOperator,
    AsyncTasksFilter,
    AsyncTasksFilterField,
    Client,
    FilterProblem,
    FilterValidationError,
    InvalidRequestError,
    RequestValidationError,
    TaskStatus,
    encode_filtering,
    validate_filtering,
)
from tencent_ads.testing import FakeMarketingAPI

# The doc page's curl example: -d 'filtering=[{"field":"task_id","operator":"EQUALS","values":["1024"]}]'
DOC_CURL_FILTERING = '[{"field":"task_id","operator":"EQUALS","values":["1024"]}]'


def problems_of(filtering: Any, **kwargs: Any) -> list[str]:
    with pytest.raises(FilterValidationError) as info:
        validate_filtering(filtering, **kwargs)
    return [str(p) for p in info.value.problems]


def f(field: str, operator: str, *values: Any) -> Any:
    """A filter built from any field and operator — unchecked by type checkers, since these tests feed the
    client's run-time validation with wrong ones on purpose."""
    return {"field": field, "operator": operator, "values": list(values)}


def test_wire_form_is_byte_identical_to_the_doc_curl_example() -> None:
    assert encode_filtering([f("task_id", "EQUALS", "1024")]) == DOC_CURL_FILTERING


def test_typed_filter_objects_encode_the_same() -> None:
    typed = AsyncTasksFilter(field=AsyncTasksFilterField.TASK_ID, operator=ApiFilterOperator.EQUALS, values=["1024"])
    assert encode_filtering([typed]) == DOC_CURL_FILTERING


def test_enum_members_are_accepted_as_values() -> None:
    encoded = encode_filtering([f("status", "IN", TaskStatus.TASK_STATUS_FAIL, "TASK_STATUS_COMPLETED")])
    assert encoded == '[{"field":"status","operator":"IN","values":["TASK_STATUS_FAIL","TASK_STATUS_COMPLETED"]}]'


def test_non_ascii_is_sent_as_utf8_not_escaped() -> None:
    assert encode_filtering([f("task_name", "CONTAINS", "报表")]) == (
        '[{"field":"task_name","operator":"CONTAINS","values":["报表"]}]'
    )


@pytest.mark.parametrize("empty", [None, [], ()])
def test_empty_filtering_means_no_filter(empty: Any) -> None:
    assert validate_filtering(empty) == []
    assert encode_filtering(empty) is None


@pytest.mark.parametrize(
    ("filtering", "expected"),
    [
        (
            [f("foo", "EQUALS", "1")],
            "filtering[0] (foo): field 'foo' is not filterable; allowed: task_id, task_name, "
            "task_type, created_time, result_status, status",
        ),
        (
            [f("task_id", "CONTAINS", "1")],
            "filtering[0] (task_id): operator 'CONTAINS' is not allowed for field 'task_id'; allowed: EQUALS, IN",
        ),
        (
            [f("task_name", "IN", "a")],
            "filtering[0] (task_name): operator 'IN' is not allowed for field 'task_name'; allowed: EQUALS, CONTAINS",
        ),
        (
            [f("created_time", "IN", "1")],
            "filtering[0] (created_time): operator 'IN' is not allowed for field "
            "'created_time'; allowed: EQUALS, LESS_EQUALS, LESS, GREATER_EQUALS, GREATER",
        ),
        ([f("task_id", "EQUALS", "1", "2")], "filtering[0] (task_id): operator EQUALS takes exactly 1 value, got 2"),
        ([f("task_id", "EQUALS")], "filtering[0] (task_id): operator EQUALS takes exactly 1 value, got 0"),
        ([f("task_id", "IN")], "filtering[0] (task_id): operator IN takes 1–100 values, got 0"),
        (
            [f("task_id", "IN", *[str(n) for n in range(101)])],
            "filtering[0] (task_id): operator IN takes 1–100 values, got 101",
        ),
        (
            [f("task_name", "EQUALS", "a", "b")],
            "filtering[0] (task_name): operator EQUALS takes exactly 1 value, got 2",
        ),
        ([f("task_id", "EQUALS", "12a")], "filtering[0] (task_id): values[0] '12a' is not a decimal integer"),
        ([f("task_id", "EQUALS", "١٢")], "filtering[0] (task_id): values[0] '١٢' is not a decimal integer"),
        (
            [f("created_time", "GREATER", "yesterday")],
            "filtering[0] (created_time): values[0] 'yesterday' is not a decimal integer",
        ),
        (
            [f("task_name", "EQUALS", "")],
            "filtering[0] (task_name): values[0] is empty; values must be 1–120 UTF-8 bytes",
        ),
        (
            [f("task_name", "EQUALS", "报" * 41)],
            "filtering[0] (task_name): values[0] is 123 UTF-8 bytes; at most 120 allowed",
        ),
        ([f("task_name", "CONTAINS", "a/b")], "filtering[0] (task_name): values[0] contains forbidden character '/'"),
        (
            [f("task_name", "CONTAINS", "<a>\t")],
            "filtering[0] (task_name): values[0] contains forbidden characters '\\t', '<', '>'",
        ),
        ([f("task_id", "EQUALS", 1024)], "filtering[0] (task_id): values[0] must be a string, got int 1024"),
        ([f("task_id", "EQUALS", None)], "filtering[0] (task_id): values[0] must be a string, got NoneType None"),
        (
            [{"field": "task_id", "operator": "EQUALS", "values": "1024"}],
            "filtering[0] (task_id): values must be a list of strings, got str",
        ),
        ([{"operator": "EQUALS", "values": ["1"]}], "filtering[0]: field is missing"),
        ([{"field": "task_id", "values": ["1"]}], "filtering[0] (task_id): operator is missing"),
        ([{"field": "task_id", "operator": "EQUALS"}], "filtering[0] (task_id): values is missing"),
        (
            [{"field": "task_id", "operator": "EQUALS", "values": ["1"], "value": "1"}],
            "filtering[0] (task_id): unknown key value; expected field, operator, values",
        ),
        (
            [f("status", "IN", "TASK_STATUS_DONE")],
            "filtering[0] (status): values[0] 'TASK_STATUS_DONE' is not one of "
            "TASK_STATUS_CANCELLED, TASK_STATUS_COMPLETED, TASK_STATUS_DELETED, TASK_STATUS_DRAFT, TASK_STATUS_EXPIRED, "
            "TASK_STATUS_FAIL, TASK_STATUS_PENDING, TASK_STATUS_PROCESSING",
        ),
        (
            [f("result_status", "EQUALS", "SUCCESS")],
            "filtering[0] (result_status): values[0] 'SUCCESS' is not one of "
            "TASK_RESULT_STATUS_DELETED, TASK_RESULT_STATUS_FAIL, TASK_RESULT_STATUS_PARTIAL_FAIL, "
            "TASK_RESULT_STATUS_PENDING, TASK_RESULT_STATUS_PROCESSING, TASK_RESULT_STATUS_SUCCESS, "
            "TASK_RESULT_STATUS_SYSTEM_ERROR, TASK_RESULT_STATUS_UNKNOWN",
        ),
        (["task_id=1"], "filtering[0]: must be a mapping or AsyncTasksFilter, got str"),
        ([f("task_id", "EQUALS", "1")] * 11, "filtering: at most 10 filters allowed, got 11"),
    ],
)
def test_each_rule_and_its_message(filtering: Any, expected: str) -> None:
    assert problems_of(filtering) == [expected]


@pytest.mark.parametrize("not_a_list", ["[]", {"field": "task_id"}, b"x"])
def test_filtering_must_be_a_list(not_a_list: Any) -> None:
    assert problems_of(not_a_list)[0].startswith("filtering: must be a list of filters, got ")


def test_limits_are_inclusive() -> None:
    validate_filtering([f("task_id", "IN", *[str(n) for n in range(100)])])
    validate_filtering([f("task_name", "EQUALS", "报" * 40)])  # 120 bytes
    validate_filtering([f("task_name", "EQUALS", "a" * 120)])
    validate_filtering([f("task_id", "EQUALS", "1")] * 10)
    validate_filtering([f("task_type", "IN", "TASK_TYPE_FROM_THE_FUTURE")])  # open enum


def test_every_problem_is_listed_with_index_and_field() -> None:
    with pytest.raises(FilterValidationError) as info:
        validate_filtering(
            [
                f("task_id", "CONTAINS", "x"),
                f("task_name", "EQUALS", "ok"),
                f("status", "EQUALS", "NOPE", "TASK_STATUS_FAIL"),
            ]
        )
    error = info.value
    assert error.problems == [
        FilterProblem(0, "task_id", "operator 'CONTAINS' is not allowed for field 'task_id'; allowed: EQUALS, IN"),
        FilterProblem(0, "task_id", "values[0] 'x' is not a decimal integer"),
        FilterProblem(2, "status", "operator EQUALS takes exactly 1 value, got 2"),
        FilterProblem(
            2,
            "status",
            "values[0] 'NOPE' is not one of TASK_STATUS_CANCELLED, TASK_STATUS_COMPLETED, TASK_STATUS_DELETED, "
            "TASK_STATUS_DRAFT, TASK_STATUS_EXPIRED, TASK_STATUS_FAIL, TASK_STATUS_PENDING, TASK_STATUS_PROCESSING",
        ),
    ]
    text = str(error)
    assert text.startswith("4 problems in filtering (nothing was sent):")
    assert "filtering[2] (status)" in text
    assert isinstance(error, ValueError)


def test_opt_out_skips_rules_but_keeps_the_shape() -> None:
    ahead = [f("ad_group_name", "NOT_IN", "x", "y"), f("task_id", "EQUALS", "1", "2")]
    assert encode_filtering(ahead, strict=False) == (
        '[{"field":"ad_group_name","operator":"NOT_IN","values":["x","y"]},'
        '{"field":"task_id","operator":"EQUALS","values":["1","2"]}]'
    )
    assert problems_of([f("task_id", "EQUALS", 1)], strict=False) == [
        "filtering[0] (task_id): values[0] must be a string, got int 1"
    ]


def _refusing_transport(sent: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return httpx.MockTransport(handler)


def test_client_rejects_before_any_network_io() -> None:
    sent: list[httpx.Request] = []
    with Client("t0ken", transport=_refusing_transport(sent)) as client, pytest.raises(FilterValidationError):
        client.async_tasks.get(account_id=1, filtering=[f("task_id", "LESS", "1")])
    assert sent == []


def test_parameter_and_filter_problems_are_reported_together() -> None:
    sent: list[httpx.Request] = []
    with Client("t0ken", transport=_refusing_transport(sent)) as client:
        with pytest.raises(FilterValidationError) as info:
            client.async_tasks.get(account_id=0, page_size=500, filtering=[f("nope", "EQUALS", "1")])
        text = str(info.value)
        assert "3 problems in the request" in text
        assert "account_id must be >= 1, got 0" in text
        assert "page_size must be 1–100, got 500" in text
        assert "filtering[0] (nope)" in text
        with pytest.raises(RequestValidationError, match="material_derive_id must be an int, got str '116922'"):
            client.programmed_commponent_result.get(account_id=1, material_derive_id="116922")  # type: ignore[arg-type]
    assert sent == []


def test_client_level_and_per_call_opt_out(fake_api: FakeMarketingAPI) -> None:
    ahead = [f("task_id", "EQUALS", "1024", "2001")]
    with Client(fake_api.token, base_url=fake_api.base_url, strict_filters=False) as client:
        # the fake server enforces the documented rules, as the real API would
        with pytest.raises(
            InvalidRequestError, match=r"API error 18001: .*filtering\[0\] \(task_id\): operator EQUALS takes exactly 1"
        ):
            client.async_tasks.get(account_id=fake_api.account_id, filtering=ahead)
        with pytest.raises(FilterValidationError):
            client.async_tasks.get(account_id=fake_api.account_id, filtering=ahead, strict_filters=True)


def test_wire_query_matches_the_curl_example(fake_api: FakeMarketingAPI, client: Client) -> None:
    client.async_tasks.get(
        account_id=fake_api.account_id, filtering=[f("task_id", "EQUALS", "1024")], page=1, page_size=10
    )
    received = fake_api.requests[-1].params
    assert received["filtering"] == DOC_CURL_FILTERING
    assert received["page"] == "1" and received["page_size"] == "10"
    # curl -G -d sends the same bytes, form-encoded into the query string
    curl_query = urllib.parse.urlencode({"filtering": DOC_CURL_FILTERING})
    assert urllib.parse.parse_qs(curl_query)["filtering"] == [received["filtering"]]


def test_fields_are_checked_and_sent_as_compact_json() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 0, "data": {}})

    with Client("t0ken", transport=httpx.MockTransport(handler)) as client:
        client.async_tasks.get(account_id=1, fields=["task_id", "status"])
        client.programmed_commponent_result.get(account_id=1, material_derive_id=2, fields=("list",))
        client.async_tasks.get(account_id=1, fields=[])
        with pytest.raises(RequestValidationError) as info:
            client.async_tasks.get(account_id=1, fields=["ok", "", "a/b", 3])  # type: ignore[list-item]
        with pytest.raises(RequestValidationError, match="fields must be a list of field names, got str"):
            client.async_tasks.get(account_id=1, fields="task_id")
    assert [r.url.params.get("fields") for r in sent] == ['["task_id","status"]', '["list"]', None]
    assert info.value.problems == [
        "fields[1] must be a non-empty string, got ''",
        "fields[2] 'a/b' contains forbidden character(s) '/'",
        "fields[3] must be a non-empty string, got 3",
    ]
