"""The spec: valid OpenAPI 3.1, holding the docs' examples, enums and rules, and lenient on receive."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from tencent_ads import FIELD_RULES
from tencent_ads._filters import MAX_FILTERS, MAX_VALUE_BYTES, MAX_VALUES_IN
from tencent_ads._spec import load_spec, spec_text

from .conftest import ROOT, SHARED_DOCS

SPEC_PATH = ROOT / "spec" / "tencent-ads-v3.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> OAS31Validator:
    """A validator for one schema of the spec; ``#/components/...`` resolves within the wrapped schema."""
    return OAS31Validator({**schema, "components": spec["components"]})


def response_schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_packaged_spec_is_the_spec() -> None:
    assert spec_text() == SPEC_PATH.read_text(encoding="utf-8")
    assert load_spec()["info"]["title"] == "Tencent Ads Marketing API"


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation of the spec by (METHOD, path): no test names the whole set, so adding one breaks nothing."""
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }


def test_the_documented_operations_with_ids_tags_and_wire_spelling(spec: dict[str, Any]) -> None:
    ops = _operations(spec)
    # the two doc pages' operations, the file endpoint (issue 11) on its own host, oauth/token (issue 12),
    # and the write that starts a task (issue 20); the spec may hold more
    assert {
        ("GET", "/async_tasks/get"),
        ("GET", "/programmed_commponent_result/get"),
        ("GET", "/async_task_files/get"),
        ("GET", "/oauth/token"),
        ("POST", "/async_tasks/add"),
    } <= set(ops)
    assert [s["url"] for s in ops["GET", "/async_task_files/get"]["servers"]] == ["https://dl.e.qq.com/v3.0"]
    # oauth/token: on the API host without /v3.0, and not signed
    assert [s["url"] for s in ops["GET", "/oauth/token"]["servers"]] == ["https://api.e.qq.com"]
    assert ops["GET", "/oauth/token"]["security"] == []
    assert ops["GET", "/async_tasks/get"]["operationId"] == "async_tasks_get"
    assert ops["GET", "/programmed_commponent_result/get"]["tags"] == ["programmed_commponent_result"]
    # a write: a JSON body, and never re-sent blindly (no idempotency key in the API)
    add = ops["POST", "/async_tasks/add"]
    assert set(add["requestBody"]["content"]) == {"application/json"}
    assert add["x-idempotent"] is False
    ids = [op["operationId"] for op in ops.values()]
    assert len(ids) == len(set(ids))
    assert [s["url"] for s in spec["servers"]] == [
        "https://api.e.qq.com/v3.0",
        "https://sandbox-api.e.qq.com/v3.0",
    ]


def test_global_parameters_are_security_schemes_not_arguments(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert {name: (s["type"], s["in"]) for name, s in schemes.items()} == {
        "access_token": ("apiKey", "query"),
        "timestamp": ("apiKey", "query"),
        "nonce": ("apiKey", "query"),
    }
    for op in _operations(spec).values():
        names = {p["name"] for p in op.get("parameters", [])}
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        members = set(_resolve(spec, body).get("properties", {})) if body else set()
        assert names.isdisjoint(schemes)
        assert members.isdisjoint(schemes)


def test_request_parameters_and_bounds(spec: dict[str, Any]) -> None:
    params = {p["name"]: p for p in spec["paths"]["/async_tasks/get"]["get"]["parameters"]}
    assert params["account_id"]["required"] is True
    page = params["page"]["schema"]
    assert (page["minimum"], page["maximum"], page["default"]) == (1, 99999, 1)
    size = params["page_size"]["schema"]
    assert (size["minimum"], size["maximum"], size["default"]) == (1, 100, 10)
    assert "application/json" in params["filtering"]["content"]
    schemas = spec["components"]["schemas"]
    assert schemas["AccountId"]["format"] == "int64"
    filtering = schemas["AsyncTasksFiltering"]
    assert filtering["maxItems"] == MAX_FILTERS
    item = schemas["AsyncTasksFilter"]
    assert item["required"] == ["field", "operator", "values"]
    assert item["properties"]["values"]["maxItems"] == MAX_VALUES_IN
    assert schemas["AsyncTasksFilterValue"]["x-max-bytes"] == MAX_VALUE_BYTES
    derive = {p["name"]: p for p in spec["paths"]["/programmed_commponent_result/get"]["get"]["parameters"]}
    assert derive["material_derive_id"]["required"] is True


def test_every_contradiction_carries_a_recorded_decision(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in (
        "AsyncTasksFilterField",
        "AsyncTasksFiltering",
        "AsyncTasksFilterValue",
        "AsyncTasksFilter",
        "LenientInteger",
    ):
        assert "Source:" in schemas[name]["x-decision"], name
    readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    for topic in ("1–2", "64", "task_name", "material_id", "six"):
        assert topic in readme


def _rules_from_spec(spec: dict[str, Any]) -> dict[str, tuple[set[str], str | None]]:
    rules = {}
    for clause in spec["components"]["schemas"]["AsyncTasksFilter"]["allOf"]:
        field = clause["if"]["properties"].get("field", {}).get("const")
        if field is None:
            continue
        then = clause["then"]["properties"]
        items = then.get("values", {}).get("items", {})
        kind = "decimal" if items.get("pattern") == "^[0-9]+$" else items.get("$ref", "").rsplit("/", 1)[-1] or None
        rules[field] = (set(then["operator"]["enum"]), kind)
    return rules


def test_filter_rule_table_equals_the_spec(spec: dict[str, Any]) -> None:
    from_spec = _rules_from_spec(spec)
    schemas = spec["components"]["schemas"]
    assert set(from_spec) == set(FIELD_RULES) == set(schemas["AsyncTasksFilterField"]["enum"])
    for field, rule in FIELD_RULES.items():
        operators, kind = from_spec[field]
        assert set(rule.operators) == operators, field
        if kind == "decimal":
            assert rule.decimal, field
        elif kind is not None:
            assert rule.allowed_values == frozenset(schemas[kind]["enum"]), field
        else:
            assert not rule.decimal and rule.allowed_values is None, field


def _doc_example(name: str) -> dict[str, Any]:
    path = SHARED_DOCS / name
    if not path.exists():
        pytest.skip(f"{path} not present (the doc pages live in shared/, beside the repository)")
    text = path.read_text(encoding="utf-8")
    body = text[text.index("应答示例") :]
    start = body.index("{")
    decoder = json.JSONDecoder()
    document: dict[str, Any] = decoder.raw_decode(body[start:])[0]
    return document


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        ("async_tasks_get.txt", "/async_tasks/get"),
        ("programmed_commponent_result_get.txt", "/programmed_commponent_result/get"),
    ],
)
def test_doc_examples_are_in_the_spec_verbatim_and_validate(spec: dict[str, Any], doc: str, path: str) -> None:
    from_doc = _doc_example(doc)
    examples = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    assert examples["doc_page"]["value"] == from_doc
    schema_validator(spec, response_schema(spec, path)).validate(from_doc)


def test_every_example_of_every_operation_validates(spec: dict[str, Any]) -> None:
    """Answers' and request bodies' examples, of whatever operations the spec holds."""
    checked = 0
    for (method, path), op in _operations(spec).items():
        answer = op["responses"]["200"].get("content", {}).get("application/json", {})
        for example in (answer.get("examples") or {}).values():
            schema_validator(spec, answer["schema"]).validate(example["value"])
            checked += 1
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        for example in (body.get("examples") or {}).values():
            schema_validator(spec, body["schema"]).validate(example["value"])
            checked += 1
        assert method in {"GET", "POST"}, (method, path)
    assert checked >= 5


def test_the_add_doc_pages_curl_body_is_accepted_and_its_bounds_enforced(spec: dict[str, Any]) -> None:
    """The page's curl (a task_type in no enum, a *_spec member no source documents) passes; what is documented
    is checked: a task_name of 121 bytes, an unknown top-level member and a bad channel package fail."""
    body = spec["paths"]["/async_tasks/add"]["post"]["requestBody"]["content"]["application/json"]
    validator = schema_validator(spec, body["schema"])
    curl = body["examples"]["doc_page"]["value"]
    assert curl["task_type"] == "TASK_TYPE_AGENCY_AD_HOURLY_REPORT"
    assert curl["task_spec"] == {"task_type_agency_ad_hourly_report_spec": {"date": "2018-08-28"}}
    validator.validate(curl)
    package = {"myapp_auth_key": "k", "android_app_id": 1, "android_channel_package_spec": [{"package_name": "p"}]}
    for bad in (
        {**curl, "task_name": "x" * 121},
        {**curl, "unknown": 1},
        {**curl, "task_spec": {"task_type_create_android_channel_package_spec": package}},
        {**curl, "task_spec": {"task_type_agency_ad_hourly_report_spec": "not an object"}},
        {k: v for k, v in curl.items() if k != "task_type"},
    ):
        assert not validator.is_valid(bad), bad


def test_receive_side_is_lenient(spec: dict[str, Any]) -> None:
    body = {
        "code": "0",
        "data": {
            "list": [
                {
                    "task_id": "1024",
                    "status": "TASK_STATUS_FROM_THE_FUTURE",
                    "brand_new_field": {"x": 1},
                    "result": {"data": {"channel_package_info_list": [{"status": "NEW", "error_code": "NEW"}]}},
                }
            ],
            "page_info": {"page": "1"},
        },
    }
    schema_validator(spec, response_schema(spec, "/async_tasks/get")).validate(body)


def test_doc_filter_example_validates_and_bad_filters_do_not(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["AsyncTasksFiltering"]
    validator = schema_validator(spec, schema)
    validator.validate([{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}])
    for bad in (
        [{"field": "task_id", "operator": "CONTAINS", "values": ["1"]}],
        [{"field": "task_id", "operator": "EQUALS", "values": ["1", "2"]}],
        [{"field": "status", "operator": "IN", "values": ["NOPE"]}],
        [{"field": "foo", "operator": "EQUALS", "values": ["1"]}],
        [{"field": "task_name", "operator": "EQUALS", "values": ["a/b"]}],
    ):
        assert not validator.is_valid(bad), bad


_ENUMS_IN_REFERENCE = {
    "TaskStatus": "task `status` (task_status)",
    "TaskResultStatus": "filter value for `result_status` (task_result_status)",
    "ApiFilterOperator": "filter `operator` (api_filter_operator)",
    "ChannelTaskStatus": "channel package `status` (channel_task_status)",
    "ChannelTaskError": "channel package `error_code` (channel_task_error)",
    "UnionChannelTaskStatus": "union channel package `status` (union_channel_task_status)",
    "PreReviewElementType": "prereview `element_type` (pre_review_element_type)",
    "RiskLevel": "`risk_level`",
    "GroupRiskLevel": "`pre_review_result` (group_risk_level)",
    "PreReviewSiteSet": "`site_set` (pre_review_site_set_definition_string)",
    "DeriveDataVersion": "`derive_data_version`",
}


def _reference_values(text: str, heading: str) -> set[str]:
    start = text.index(f"- {heading}:") + len(heading) + 3
    end = text.find("\n- ", start)
    return set(re.findall(r"[A-Z][A-Z0-9_]+", text[start:end]))


def test_every_enum_value_of_reference_md_is_in_the_spec(spec: dict[str, Any]) -> None:
    path = SHARED_DOCS / "REFERENCE.md"
    if not path.exists():
        pytest.skip(f"{path} not present")
    text = path.read_text(encoding="utf-8")
    schemas = spec["components"]["schemas"]
    for schema, heading in _ENUMS_IN_REFERENCE.items():
        assert set(schemas[schema]["enum"]) == _reference_values(text, heading), schema
    task_types = {v for v in _reference_values(text, "`task_type`") if v.startswith("TASK_TYPE_")}
    assert task_types <= set(schemas["TaskType"]["examples"])
