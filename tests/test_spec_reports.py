"""The report operations in the spec (issue 21): every field, bound and enum of the v3.0 pages, the Go SDK's
additions, the recorded contradictions, and rows that keep what the API sends.

The pages' lists are transcribed below (the report pages are not among shared/api-docs); the Go SDK's enums are
read from its mirror when this machine has one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator

from .conftest import ROOT

SPEC_PATH = ROOT / "spec" / "tencent-ads-v3.yaml"
GO_SDK = Path("/work/.mirror/TencentAd+marketing-api-go-sdk/repo")

REPORT_OPERATIONS = {
    ("GET", "/daily_reports/get"): ("daily_reports_get", "daily_reports"),
    ("GET", "/hourly_reports/get"): ("hourly_reports_get", "hourly_reports"),
    ("POST", "/async_reports/add"): ("async_reports_add", "async_reports"),
    ("GET", "/async_reports/get"): ("async_reports_get", "async_reports"),
    ("GET", "/async_report_files/get"): ("async_report_files_get", "async_report_files"),
}

# developers.e.qq.com/v3.0/docs/api/<resource>/<action>, 可选值 of `level`
PAGE_DAILY_LEVELS = {
    "REPORT_LEVEL_ADVERTISER", "REPORT_LEVEL_ADGROUP", "REPORT_LEVEL_DYNAMIC_CREATIVE", "REPORT_LEVEL_COMPONENT",
    "REPORT_LEVEL_CHANNEL", "REPORT_LEVEL_BIDWORD", "REPORT_LEVEL_QUERYWORD", "REPORT_LEVEL_MATERIAL_IMAGE",
    "REPORT_LEVEL_MATERIAL_VIDEO", "REPORT_LEVEL_MARKETING_ASSET", "REPORT_LEVEL_PRODUCT_CATALOG",
    "REPORT_LEVEL_PROJECT", "REPORT_LEVEL_PROJECT_CREATIVE", "REPORT_LEVEL_VIDEO_HIGHLIGHT",
    "REPORT_LEVEL_PRODUCT_CREATIVE_TEMPLATE", "REPORT_LEVEL_WECHAT_SHOP_PRODUCT", "REPORT_LEVEL_PLAYLET",
}  # fmt: skip
PAGE_HOURLY_LEVELS = {
    "REPORT_LEVEL_ADVERTISER", "REPORT_LEVEL_ADGROUP", "REPORT_LEVEL_DYNAMIC_CREATIVE", "REPORT_LEVEL_CHANNEL",
    "REPORT_LEVEL_BIDWORD", "REPORT_LEVEL_PROJECT", "REPORT_LEVEL_PROJECT_CREATIVE", "REPORT_LEVEL_VIDEO_HIGHLIGHT",
}  # fmt: skip
PAGE_ASYNC_LEVELS = {
    "REPORT_LEVEL_ADVERTISER", "REPORT_LEVEL_ADGROUP", "REPORT_LEVEL_BIDWORD", "REPORT_LEVEL_QUERYWORD",
    "REPORT_LEVEL_AGE", "REPORT_LEVEL_GENDER", "REPORT_LEVEL_REGION", "REPORT_LEVEL_CITY",
    "REPORT_LEVEL_DYNAMIC_CREATIVE", "REPORT_LEVEL_COMPONENT", "REPORT_LEVEL_MATERIAL_IMAGE",
    "REPORT_LEVEL_MATERIAL_VIDEO", "REPORT_LEVEL_CHANNEL", "REPORT_LEVEL_LANDING_PAGE",
    "REPORT_LEVEL_MARKETING_ASSET", "REPORT_LEVEL_AD_UNION", "REPORT_LEVEL_PRODUCT_CATALOG", "REPORT_LEVEL_PROJECT",
    "REPORT_LEVEL_PROJECT_CREATIVE", "REPORT_LEVEL_OS", "REPORT_LEVEL_PRODUCT_CREATIVE_TEMPLATE",
}  # fmt: skip
PAGE_DAILY_FILTER_FIELDS = {
    "adgroup_id", "dynamic_creative_id", "component_id", "component_type", "bidword_id", "channel_id", "image_id",
    "video_id", "marketing_target_type", "marketing_asset_id", "smart_delivery_platform", "md5",
    "product_catalog_id", "product_series_id", "product_outer_id", "creative_template_group_id",
}  # fmt: skip
PAGE_HOURLY_FILTER_FIELDS = {
    "adgroup_id", "dynamic_creative_id", "component_id", "bidword_id", "channel_id", "component_type", "image_id",
    "video_id",
}  # fmt: skip
PAGE_ASYNC_ADD_FILTER_FIELDS = {
    "adgroup_id", "dynamic_creative_id", "component_id", "component_type", "bidword_id", "image_id", "video_id",
    "channel_id", "union_position_id", "landing_page_type", "landing_page_id", "md5", "hour",
}  # fmt: skip
PAGE_ASYNC_OPERATORS = {"EQUALS", "CONTAINS", "LESS_EQUALS", "LESS", "GREATER_EQUALS", "GREATER", "IN", "NOT_EQUALS"}
# the aggregation-rule page (v3.0/pages/reference/groupby): every dimension it names for daily and hourly reports
PAGE_GROUP_BY_DAILY = {
    "date", "adgroup_id", "site_set", "dynamic_creative_id", "component_id", "component_type", "channel_id",
    "image_id", "video_id", "bidword_id", "queryword", "marketing_target_type", "marketing_asset_id",
    "product_catalog_id", "product_series_id", "product_outer_id", "creative_template_group_id",
}  # fmt: skip
PAGE_GROUP_BY_HOURLY = {"hour", "adgroup_id", "dynamic_creative_id", "channel_id", "bidword_id"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> OAS31Validator:
    return OAS31Validator({**schema, "components": spec["components"]})


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _op(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][method.lower()]
    return op


def _params(spec: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in _op(spec, "GET", path)["parameters"]}


def _param_schema(spec: dict[str, Any], param: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = param["content"]["application/json"]["schema"] if "content" in param else param["schema"]
    while "$ref" in schema:
        schema = _schema(spec, schema["$ref"].rsplit("/", 1)[-1])
    return schema


def test_the_five_report_operations_with_ids_tags_and_hosts(spec: dict[str, Any]) -> None:
    for (method, path), (operation_id, tag) in REPORT_OPERATIONS.items():
        op = _op(spec, method, path)
        assert (op["operationId"], op["tags"]) == (operation_id, [tag]), path
        assert op["summary"] and op["description"], path
    assert tag in {t["name"] for t in spec["tags"]}
    files = _op(spec, "GET", "/async_report_files/get")
    assert [s["url"] for s in files["servers"]] == ["https://dl.e.qq.com/v3.0"]
    for path in ("/daily_reports/get", "/hourly_reports/get", "/async_reports/get"):
        assert "servers" not in _op(spec, "GET", path)
    add = _op(spec, "POST", "/async_reports/add")
    assert add["x-idempotent"] is False
    assert set(add["requestBody"]["content"]) == {"application/json"}
    # the report family gets the task machinery: created by add, polled by get, files from the file host
    assert _op(spec, "GET", "/async_reports/get")["x-task"] == {
        "create": "async_reports_add",
        "files": "async_report_files_get",
        "status": "TaskStatus",
    }
    assert _schema(spec, "AsyncReportTask")["x-item-key"] == "task_id"


# (path, parameter) -> (required, minimum, maximum) as the pages give them
_SCALARS = {
    ("/daily_reports/get", "account_id"): (False, 1, None),
    ("/daily_reports/get", "page"): (False, 1, 99999),
    ("/daily_reports/get", "page_size"): (False, 1, 2000),
    ("/daily_reports/get", "organization_id"): (False, 0, 9999999999),
    ("/hourly_reports/get", "account_id"): (True, 1, None),
    ("/hourly_reports/get", "page"): (False, 1, 100),
    ("/hourly_reports/get", "page_size"): (False, 1, 2000),
    ("/async_reports/get", "account_id"): (False, 1, None),
    ("/async_reports/get", "page"): (False, 1, 99999),
    ("/async_reports/get", "page_size"): (False, 1, 100),
    ("/async_reports/get", "organization_id"): (False, 0, 9999999999),
    ("/async_report_files/get", "account_id"): (False, 1, None),
    ("/async_report_files/get", "task_id"): (True, 1, None),
    ("/async_report_files/get", "file_id"): (True, 1, None),
    ("/async_report_files/get", "organization_id"): (False, 0, 9999999999),
}


@pytest.mark.parametrize(("path", "name"), sorted(_SCALARS))
def test_scalar_parameters_and_their_bounds(spec: dict[str, Any], path: str, name: str) -> None:
    required, minimum, maximum = _SCALARS[path, name]
    param = _params(spec, path)[name]
    schema = _param_schema(spec, param)
    assert bool(param.get("required")) is required
    assert schema["type"] == "integer"
    assert schema.get("minimum") == minimum
    assert schema.get("maximum") == maximum
    if name in {"page", "page_size"}:
        assert schema["default"] == (1 if name == "page" else 10)


def test_the_parameters_of_each_get_are_the_pages(spec: dict[str, Any]) -> None:
    def required(path: str) -> dict[str, bool]:
        return {name: bool(p.get("required")) for name, p in _params(spec, path).items()}

    assert required("/daily_reports/get") == {
        "account_id": False,
        "level": True,
        "date_range": True,
        "filtering": False,
        "group_by": True,
        "order_by": False,
        "time_line": False,
        "page": False,
        "page_size": False,
        "fields": True,
        "organization_id": False,
    }
    # hourly: account_id required, no organization_id (page and Go SDK)
    daily = required("/daily_reports/get")
    del daily["organization_id"]
    assert required("/hourly_reports/get") == {**daily, "account_id": True}
    assert required("/async_reports/get") == {
        "account_id": False,
        "filtering": False,
        "page": False,
        "page_size": False,
        "organization_id": False,
        "fields": False,
    }
    # a file has no fields to choose: the Go SDK's `fields` is left out
    assert required("/async_report_files/get") == {
        "account_id": False,
        "task_id": True,
        "file_id": True,
        "organization_id": False,
    }


def test_hourly_has_no_organization_id(spec: dict[str, Any]) -> None:
    assert "organization_id" not in _params(spec, "/hourly_reports/get")


def _go_model(name: str) -> str:
    """pkg/model/v3/model_<name>.go of the Go SDK's mirror; the test is skipped where there is none."""
    git = shutil.which("git")
    if git is None or not GO_SDK.is_dir():
        pytest.skip(f"no Go SDK mirror at {GO_SDK}")
    done = subprocess.run(
        [git, "-C", str(GO_SDK), "show", f"HEAD:pkg/model/v3/model_{name}.go"], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"the Go SDK mirror has no model_{name}.go")
    return done.stdout


def _go_enum(name: str) -> set[str]:
    return set(re.findall(r'= "([A-Z_0-9]+)"', _go_model(name)))


@pytest.mark.parametrize(
    ("schema", "page", "go_model"),
    [
        ("ReportDailyLevel", PAGE_DAILY_LEVELS, "report_daily_level"),
        ("ReportHourlyLevel", PAGE_HOURLY_LEVELS, "report_hourly_level"),
        ("AsyncReportLevel", PAGE_ASYNC_LEVELS, "async_report_level"),
    ],
)
def test_levels_are_the_union_of_the_page_and_the_go_sdk(
    spec: dict[str, Any], schema: str, page: set[str], go_model: str
) -> None:
    levels = set(_schema(spec, schema)["enum"])
    assert page <= levels
    go = _go_enum(go_model)
    assert levels == page | go


def test_level_parameters_use_their_own_lists(spec: dict[str, Any]) -> None:
    assert _params(spec, "/daily_reports/get")["level"]["schema"]["$ref"].endswith("/ReportDailyLevel")
    assert _params(spec, "/hourly_reports/get")["level"]["schema"]["$ref"].endswith("/ReportHourlyLevel")
    body = _schema(spec, "AsyncReportsAddRequest")
    assert body["properties"]["level"]["$ref"].endswith("/AsyncReportLevel")


@pytest.mark.parametrize(
    ("schema", "go_model"),
    [("TimeLine", "time_line"), ("SortType", "sorted"), ("ReportGranularity", "report_granularity")],
)
def test_small_enums_agree_with_the_go_sdk(spec: dict[str, Any], schema: str, go_model: str) -> None:
    expected = {
        "TimeLine": {"REQUEST_TIME", "REPORTING_TIME", "ACTIVE_TIME"},
        "SortType": {"ASCENDING", "DESCENDING"},
        "ReportGranularity": {"HOURLY", "DAILY"},
    }[schema]
    assert set(_schema(spec, schema)["enum"]) == expected
    assert _go_enum(go_model) == expected


def test_dates_and_date_ranges(spec: dict[str, Any]) -> None:
    day = _validator(spec, _schema(spec, "ReportDate"))
    assert day.is_valid("2024-01-01")
    for bad_day in ("2024-1-01", "2024-13-01", "2024-01-32", "20240101", "2024-01-01\n", "2024/01/01", ""):
        assert not day.is_valid(bad_day), bad_day
    assert _schema(spec, "ReportDate")["x-max-bytes"] == 10
    ranges = _validator(spec, _schema(spec, "ReportDateRange"))
    assert ranges.is_valid({"start_date": "2024-01-01", "end_date": "2024-01-07"})
    for bad in (
        {"start_date": "2024-01-01"},
        {"start_date": "2024-01-01", "end_date": "2024-01-07", "days": 7},
        {"start_date": "2024-01-01", "end_date": "yesterday"},
    ):
        assert not ranges.is_valid(bad), bad


def test_group_by_fields_and_order_by_bounds(spec: dict[str, Any]) -> None:
    cases = {"ReportGroupBy": (10, 255), "HourlyReportGroupBy": (10, 64), "AsyncReportGroupBy": (5, 255)}
    for name, (count, size) in cases.items():
        schema = _schema(spec, name)
        assert (schema["minItems"], schema["maxItems"]) == (1, count), name
        assert schema["items"]["x-max-bytes"] == size, name
        validator = _validator(spec, schema)
        assert validator.is_valid(["date"] * count)
        assert not validator.is_valid(["date"] * (count + 1))
        assert not validator.is_valid([])
        assert not validator.is_valid(["x" * (size + 1)])
    # every dimension of the aggregation-rule page is named
    assert set(_schema(spec, "ReportGroupBy")["items"]["examples"]) == PAGE_GROUP_BY_DAILY
    assert set(_schema(spec, "HourlyReportGroupBy")["items"]["examples"]) == PAGE_GROUP_BY_HOURLY
    names = _schema(spec, "ReportFieldNames")
    assert (names["minItems"], names["maxItems"]) == (1, 1024)
    assert (names["items"]["x-min-bytes"], names["items"]["x-max-bytes"]) == (1, 64)
    order = _validator(spec, _schema(spec, "ReportOrderBy"))
    assert order.is_valid([{"sort_field": "cost", "sort_type": "DESCENDING"}])
    for bad in (
        [],
        [{"sort_field": "cost", "sort_type": "DOWN"}],
        [{"sort_field": "cost"}],
        [{"sort_field": "a", "sort_type": "ASCENDING"}] * 3,
    ):
        assert not order.is_valid(bad), bad


def test_every_dimension_of_the_aggregation_rules_is_named_by_report_row(spec: dict[str, Any]) -> None:
    row = _schema(spec, "ReportRow")
    named = set(row["properties"]) | set(re.findall(r"`([a-z_]+)`", row["description"]))
    assert named >= PAGE_GROUP_BY_DAILY | PAGE_GROUP_BY_HOURLY


def test_report_filters_follow_the_pages(spec: dict[str, Any]) -> None:
    assert set(_schema(spec, "DailyReportsFilterField")["enum"]) == PAGE_DAILY_FILTER_FIELDS
    assert set(_schema(spec, "HourlyReportsFilterField")["enum"]) == PAGE_HOURLY_FILTER_FIELDS
    assert set(_schema(spec, "AsyncReportsAddFilterField")["enum"]) == PAGE_ASYNC_ADD_FILTER_FIELDS
    assert set(_schema(spec, "AsyncReportsGetFilterField")["enum"]) == {"task_id", "task_name"}
    assert set(_schema(spec, "AsyncReportFilterOperator")["enum"]) == PAGE_ASYNC_OPERATORS
    maxima = {
        "DailyReportsFiltering": 40,
        "HourlyReportsFiltering": 40,
        "AsyncReportsGetFiltering": 5,
    }
    for name, maximum in maxima.items():
        assert _schema(spec, name)["maxItems"] == maximum, name
    value = _schema(spec, "ReportFilterValue")
    assert (value["x-min-bytes"], value["x-max-bytes"]) == (1, 64)

    daily = _validator(spec, _schema(spec, "DailyReportsFiltering"))
    assert daily.is_valid([{"field": "adgroup_id", "operator": "IN", "values": ["123000001", "123000002"]}])
    assert daily.is_valid([{"field": "smart_delivery_platform", "operator": "NOT_EQUALS", "values": ["X"]}])
    assert daily.is_valid([{"field": "md5", "operator": "EQUALS", "values": ["ef7f1570fd20e0f35b70f53bf02d86c3"]}])
    assert daily.is_valid([])
    for bad in (
        [{"field": "adgroup_id", "operator": "CONTAINS", "values": ["1"]}],
        [{"field": "adgroup_id", "operator": "EQUALS", "values": ["1", "2"]}],
        [{"field": "adgroup_id", "operator": "IN", "values": ["abc"]}],
        [{"field": "smart_delivery_platform", "operator": "IN", "values": ["X"]}],
        [{"field": "hour", "operator": "EQUALS", "values": ["1"]}],
        [{"field": "video_id", "operator": "EQUALS", "values": ["x" * 65]}],
        [{"field": "video_id", "operator": "EQUALS", "values": ["a/b"]}],
        [{"field": "video_id", "operator": "IN", "values": [str(i) for i in range(101)]}],
        [{"field": "video_id", "operator": "EQUALS", "values": ["1"]}] * 41,
    ):
        assert not daily.is_valid(bad), bad

    hourly = _validator(spec, _schema(spec, "HourlyReportsFiltering"))
    assert hourly.is_valid([{"field": "adgroup_id", "operator": "IN", "values": ["12345678", "123456789"]}])
    hourly_bad: list[list[dict[str, Any]]] = [
        [{"field": "marketing_asset_id", "operator": "EQUALS", "values": ["1"]}],
        [{"field": "channel_id", "operator": "NOT_EQUALS", "values": ["1"]}],
        [{"field": "adgroup_id", "operator": "IN"}],  # the page's own curl: a filter without values
    ]
    for bad in hourly_bad:
        assert not hourly.is_valid(bad), bad

    tasks = _validator(spec, _schema(spec, "AsyncReportsGetFiltering"))
    assert tasks.is_valid([{"field": "task_id", "operator": "EQUALS", "values": ["53181057839"]}])
    assert tasks.is_valid([{"field": "task_name", "operator": "CONTAINS", "values": ["2024-03-27"]}])
    assert tasks.is_valid([{"field": "task_id", "operator": "IN", "values": ["1", "2"]}])
    for bad in (
        [{"field": "task_id", "operator": "EQUALS", "values": ["x"]}],
        [{"field": "task_id", "operator": "NOT_IN", "values": ["1"]}],
        [{"field": "status", "operator": "EQUALS", "values": ["TASK_STATUS_COMPLETED"]}],
        [{"field": "task_name", "operator": "EQUALS", "values": ["a", "b"]}],
        [{"field": "task_name", "operator": "EQUALS", "values": ["a"]}] * 6,
    ):
        assert not tasks.is_valid(bad), bad


def test_the_generator_reads_the_report_filters_as_the_schema_says(spec: dict[str, Any]) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from regen.read import filter_rules
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    daily = filter_rules(spec, "DailyReportsFiltering")
    assert (daily["max_filters"], daily["max_values"], daily["max_bytes"], daily["multi"]) == (40, 100, 64, ["IN"])
    assert daily["fields"]["smart_delivery_platform"]["operators"] == ["EQUALS", "NOT_EQUALS"]
    assert daily["fields"]["adgroup_id"] == {"operators": ["EQUALS", "IN"], "decimal": True}
    assert "decimal" not in daily["fields"]["video_id"]
    assert set(daily["fields"]) == PAGE_DAILY_FILTER_FIELDS
    tasks = filter_rules(spec, "AsyncReportsGetFiltering")
    assert set(tasks["fields"]["task_id"]["operators"]) == PAGE_ASYNC_OPERATORS
    assert tasks["fields"]["task_id"]["decimal"] is True


def test_async_reports_add_body(spec: dict[str, Any]) -> None:
    body = _op(spec, "POST", "/async_reports/add")["requestBody"]["content"]["application/json"]
    schema = _schema(spec, "AsyncReportsAddRequest")
    assert set(schema["required"]) == {"task_name", "report_fields", "level", "granularity", "date"}
    assert schema["additionalProperties"] is False
    validator = _validator(spec, body["schema"])
    example = body["examples"]["doc_page"]["value"]
    validator.validate(example)
    # the page's curl as it stands: no report_fields, a placeholder account id
    curl = {k: v for k, v in example.items() if k != "report_fields"} | {"account_id": "<ACCOUNT_ID>"}
    assert not validator.is_valid(curl)
    filters = [{"field": "hour", "operator": "LESS", "values": ["12"]}]
    assert validator.is_valid({**example, "filtering": filters, "group_by": ["site_set"], "organization_id": 0})
    for bad in (
        {**example, "task_name": "x" * 121},
        {**example, "task_name": ""},
        {**example, "report_fields": []},
        {**example, "report_fields": ["x" * 65]},
        {**example, "level": "REPORT_LEVEL_NOPE"},
        {**example, "granularity": "WEEKLY"},
        {**example, "date": "2023-11-24T00:00:00"},
        {**example, "time_line": "NOW"},
        {**example, "filtering": []},
        {**example, "filtering": filters * 6},
        {**example, "filtering": [{"field": "hour", "operator": "NOT_IN", "values": ["1"]}]},
        {**example, "group_by": ["a"] * 6},
        {**example, "organization_id": 10000000000},
        {**example, "unknown": 1},
        {k: v for k, v in example.items() if k != "date"},
    ):
        assert not validator.is_valid(bad), bad


def test_every_parameter_example_validates(spec: dict[str, Any]) -> None:
    """The request examples on JSON parameters (date_range, filtering, group_by, ...) are valid requests."""
    checked = 0
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in {"get", "post"}:
                continue
            for param in op.get("parameters", []):
                media = param.get("content", {}).get("application/json")
                if media is not None and "example" in media:
                    _validator(spec, media["schema"]).validate(media["example"])
                    checked += 1
    assert checked >= 15


def _answer(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    media: dict[str, Any] = _op(spec, method, path)["responses"]["200"]["content"]["application/json"]
    return media


@pytest.mark.parametrize(("method", "path"), [k for k in REPORT_OPERATIONS if k[1] != "/async_report_files/get"])
def test_doc_page_answers_are_in_the_spec_and_validate(spec: dict[str, Any], method: str, path: str) -> None:
    media = _answer(spec, method, path)
    example = media["examples"]["doc_page"]["value"]
    assert example["code"] == 0
    _validator(spec, media["schema"]).validate(example)


def test_the_doc_examples_keep_their_values(spec: dict[str, Any]) -> None:
    daily = _answer(spec, "GET", "/daily_reports/get")["examples"]["doc_page"]["value"]["data"]["list"]
    assert [(r["adgroup_id"], r["video_id"], r["site_set"], r["view_count"]) for r in daily] == [
        (123000001, "145000001", "SITE_SET_MOMENTS", 0),
        (123000002, "145000002", "SITE_SET_SEARCH_SCENE", 100),
    ]
    hourly = _answer(spec, "GET", "/hourly_reports/get")["examples"]["doc_page"]["value"]["data"]["list"]
    assert [len(row) for row in hourly] == [166, 166]
    assert [(r["hour"], r["cost"], r["video_outer_play_time_count"]) for r in hourly] == [
        (12, 29866, 0),
        (13, 131892, 12.28944),
    ]
    tasks = _answer(spec, "GET", "/async_reports/get")["examples"]["doc_page"]["value"]["data"]["list"]
    assert tasks[0]["result"]["data"]["file_info_list"] == [
        {"file_id": 831530232, "md5": "ef7f1570fd20e0f35b70f53bf02d86c3"}
    ]


def test_report_rows_are_typed_where_documented_and_keep_the_rest(spec: dict[str, Any]) -> None:
    row = _schema(spec, "ReportRow")
    assert "additionalProperties" not in row and "required" not in row
    lenient = {"#/components/schemas/LenientInteger", "#/components/schemas/LenientNumber"}
    for name, prop in row["properties"].items():
        assert prop.get("$ref") in lenient or prop.get("type") == "string", name
    assert row["properties"]["cost"]["$ref"].endswith("/LenientInteger")
    assert row["properties"]["ctr"]["$ref"].endswith("/LenientNumber")
    assert 30 <= len(row["properties"]) <= 80
    both = _schema(spec, "DailyReportsGetResponse"), _schema(spec, "HourlyReportsGetResponse")
    assert {r["properties"]["data"]["$ref"] for r in both} == {"#/components/schemas/ReportsGetData"}
    validator = _validator(spec, _schema(spec, "DailyReportsGetResponse"))
    validator.validate(
        {
            "code": "0",
            "data": {
                "list": [
                    {
                        "date": "2024-01-01",
                        "adgroup_id": "123000001",
                        "cost": "1200",
                        "ctr": "0.0114",
                        "metric_from_the_future": {"x": 1},
                        "site_set": "SITE_SET_NEW_PLACE",
                    }
                ],
                "page_info": {"page": "1", "total_page": 3},
            },
        }
    )
    assert not validator.is_valid({"data": {"list": [{"cost": [1]}]}})


def test_report_go_sdk_types_match_the_typed_fields(spec: dict[str, Any]) -> None:
    text = _go_model("report_struct")
    go = {name: kind for kind, name in re.findall(r'\*(int64|float64|string)\s+`json:"([a-z0-9_]+)', text)}
    expected = {"int64": "LenientInteger", "float64": "LenientNumber", "string": "string"}
    for name, prop in _schema(spec, "ReportRow")["properties"].items():
        declared = prop.get("$ref", "").rsplit("/", 1)[-1] or prop["type"]
        assert name in go, name
        assert declared == expected[go[name]], name


def test_async_report_tasks_reuse_the_task_parts(spec: dict[str, Any]) -> None:
    task = _schema(spec, "AsyncReportTask")["properties"]
    assert task["status"]["$ref"].endswith("/TaskStatusValue")
    assert task["result"]["$ref"].endswith("/AsyncTaskResult")
    data = _schema(spec, "AsyncReportsGetData")["properties"]
    assert data["page_info"]["$ref"].endswith("/PageInfo")
    assert _schema(spec, "AsyncReportsAddData")["properties"]["task_id"]["$ref"].endswith("/LenientInteger")


def test_report_files_are_answered_like_task_files(spec: dict[str, Any]) -> None:
    reports = _op(spec, "GET", "/async_report_files/get")
    tasks = _op(spec, "GET", "/async_task_files/get")
    assert reports["responses"] == tasks["responses"]
    assert list(reports["responses"]["200"]["content"]) == ["application/octet-stream", "application/json"]
    assert [s["url"] for s in reports["servers"]] == [s["url"] for s in tasks["servers"]]


def test_every_report_decision_is_recorded_with_its_sources(spec: dict[str, Any]) -> None:
    for method, path in REPORT_OPERATIONS:
        assert "Source" in _op(spec, method, path)["x-decision"], path
    for name in ("ReportDailyLevel", "ReportGroupBy", "ReportFilterValue", "DailyReportsFilter", "ReportRow"):
        assert "Source" in _schema(spec, name)["x-decision"], name
    readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    for topic in (
        "daily_reports/get",
        "hourly_reports/get",
        "async_reports/add",
        "async_report_files/get",
        "ReportRow",
    ):
        assert topic in readme, topic
