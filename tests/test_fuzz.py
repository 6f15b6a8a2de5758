# mypy: disable-error-code="union-attr,index,arg-type"
"""Property-based tests (Hypothesis): filters and responses.

A short profile runs in CI; thousands of examples on demand::

    HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import enum
import json
import re
from typing import Any

import httpx
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tencent_ads import Client, FilterValidationError, RetryPolicy, encode_filtering, prepare
from tencent_ads._filters import FIELD_RULES, FORBIDDEN_CHARACTERS, MAX_VALUE_BYTES

from .test_spec import schema_validator

# The Hypothesis profiles (ci, long) are registered in conftest.py.

OPERATORS = ["EQUALS", "CONTAINS", "LESS_EQUALS", "LESS", "GREATER_EQUALS", "GREATER", "IN", "NOT_EQUALS", "NOT_IN"]
STATUS = ["TASK_STATUS_PENDING", "TASK_STATUS_COMPLETED", "TASK_STATUS_FAIL", "TASK_STATUS_FROM_2030"]

text_values = st.one_of(
    st.text(max_size=50),
    st.text(alphabet="报表任务abc 123", min_size=0, max_size=60),
    st.from_regex(r"[0-9]{1,12}", fullmatch=True),
    st.sampled_from([*STATUS, "TASK_RESULT_STATUS_SUCCESS", "", "a/b", "<x>", "x" * 121]),
)
any_value = st.one_of(text_values, st.integers(), st.none(), st.floats(allow_nan=False))

filter_item = st.fixed_dictionaries(
    {
        "field": st.one_of(st.sampled_from(list(FIELD_RULES)), st.text(max_size=20), st.integers()),
        "operator": st.one_of(st.sampled_from(OPERATORS), st.text(max_size=10), st.none()),
        "values": st.one_of(
            st.lists(text_values, min_size=0, max_size=4),
            st.lists(any_value, max_size=3),
            st.lists(st.from_regex(r"[0-9]{1,6}", fullmatch=True), min_size=90, max_size=105),
            text_values,
        ),
    },
    optional={"extra": st.text(max_size=5)},
)


@st.composite
def plausible_item(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly valid filters, built from the rule table, so that the success path is exercised too."""
    field = draw(st.sampled_from(list(FIELD_RULES)))
    rule = FIELD_RULES[field]
    operator = draw(st.sampled_from(rule.operators))
    if rule.allowed_values is not None:
        value = st.sampled_from(sorted(rule.allowed_values))
    elif rule.decimal:
        value = st.from_regex(r"[0-9]{1,12}", fullmatch=True)
    else:
        value = st.text(alphabet="报表任务abcXYZ 0123-_.", min_size=1, max_size=40)
    count = draw(st.integers(1, 100)) if operator == "IN" else 1
    return {"field": field, "operator": operator, "values": draw(st.lists(value, min_size=count, max_size=count))}


filterings = st.one_of(
    st.lists(filter_item, max_size=12),
    st.lists(plausible_item(), max_size=10),
    st.lists(st.one_of(plausible_item(), filter_item), max_size=11),
    st.none(),
    st.text(max_size=5),
)


def _spec() -> dict[str, Any]:
    from tencent_ads._spec import load_spec

    return load_spec()


FILTERING_VALIDATOR = schema_validator(_spec(), _spec()["components"]["schemas"]["AsyncTasksFiltering"])


@given(filterings)
def test_filters_either_validate_or_raise_filter_validation_error(filtering: Any) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 0, "data": {"list": []}})

    with Client("tok", transport=httpx.MockTransport(handler), retry=RetryPolicy.none()) as client:
        try:
            client.async_tasks.get(account_id=1, filtering=filtering)
        except FilterValidationError as exc:
            event("rejected")
            assert exc.problems
            assert sent == []  # nothing goes out for an invalid filter
            return
    event("accepted")
    assert len(sent) == 1
    wire = sent[0].url.params.get("filtering")
    if not filtering:
        assert wire is None
        return
    decoded = json.loads(wire)
    assert wire == json.dumps(decoded, ensure_ascii=False, separators=(",", ":"))  # compact, serialized once
    for item in decoded:
        for value in item["values"]:
            assert 1 <= len(value.encode("utf-8")) <= MAX_VALUE_BYTES
            assert not set(value) & set(FORBIDDEN_CHARACTERS)
    # what the client accepts, the spec's own rules accept too
    FILTERING_VALIDATOR.validate(decoded)


@given(st.lists(filter_item, max_size=12))
def test_the_spec_never_accepts_what_the_client_rejects_for_a_schema_reason(filtering: list[dict[str, Any]]) -> None:
    """The client's rules are the spec's plus byte lengths: when the spec rejects, the client rejects."""
    if FILTERING_VALIDATOR.is_valid(filtering):
        return
    try:
        encode_filtering(filtering)
    except FilterValidationError:
        return
    raise AssertionError(f"client accepted what the spec rejects: {filtering!r}")


int_or_string = st.one_of(
    st.integers(min_value=0, max_value=2**63 - 1),
    st.integers(min_value=0, max_value=2**63 - 1).map(str),
    st.sampled_from(["<ADGROUP_ID>", "", " 12 "]),
)
maybe = st.one_of  # readability below


def _task() -> st.SearchStrategy[dict[str, Any]]:
    file_info = st.fixed_dictionaries(
        {}, optional={"file_id": int_or_string, "md5": st.text(max_size=8), "new": st.integers()}
    )
    result = st.fixed_dictionaries(
        {},
        optional={
            "code": int_or_string,
            "message": st.text(max_size=8),
            "data": st.fixed_dictionaries(
                {},
                optional={
                    "file_info_list": st.lists(st.one_of(file_info, st.none()), max_size=3),
                    "channel_package_info_list": st.lists(
                        st.fixed_dictionaries(
                            {},
                            optional={
                                "status": st.text(max_size=30),
                                "error_code": st.text(max_size=30),
                                "android_app_id": int_or_string,
                            },
                        ),
                        max_size=2,
                    ),
                    "review_element_prereview_result_list": st.lists(
                        st.fixed_dictionaries(
                            {},
                            optional={
                                "element_type": st.text(max_size=10),
                                "risk_level": st.sampled_from(["PASS", "REJECT", "MAYBE_LATER"]),
                                "pre_review_details": st.lists(
                                    st.fixed_dictionaries(
                                        {},
                                        optional={
                                            "site_set": st.text(max_size=20),
                                            "reject_reason_detail": st.lists(
                                                st.fixed_dictionaries(
                                                    {},
                                                    optional={
                                                        "reject_info_locations": st.lists(
                                                            st.fixed_dictionaries(
                                                                {},
                                                                optional={
                                                                    "x": int_or_string,
                                                                    "time_second": st.one_of(
                                                                        st.floats(allow_nan=False), st.text(max_size=5)
                                                                    ),
                                                                },
                                                            ),
                                                            max_size=2,
                                                        )
                                                    },
                                                ),
                                                max_size=2,
                                            ),
                                        },
                                    ),
                                    max_size=2,
                                ),
                            },
                        ),
                        max_size=2,
                    ),
                },
            ),
        },
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "task_id": int_or_string,
            "task_name": st.one_of(st.text(max_size=10), st.none()),
            "task_type": st.text(max_size=20),
            "status": st.one_of(st.sampled_from(STATUS), st.text(max_size=20), st.none()),
            "created_time": int_or_string,
            "result": st.one_of(result, st.none()),
            "brand_new_field": st.one_of(st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2)),
        },
    )


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.fixed_dictionaries(
        {"code": st.sampled_from([0, "0"])},
        optional={
            "message": st.text(max_size=5),
            "trace_id": st.text(max_size=8),
            "data": st.one_of(
                st.none(),
                st.fixed_dictionaries(
                    {},
                    optional={
                        "list": st.one_of(st.lists(st.one_of(_task(), st.none()), max_size=4), st.none()),
                        "page_info": st.fixed_dictionaries(
                            {}, optional={"page": int_or_string, "total_page": int_or_string}
                        ),
                        "cursor": st.text(max_size=4),
                    },
                ),
            ),
        },
    )
)
def test_generated_task_pages_always_parse(body: dict[str, Any]) -> None:
    raw = json.dumps(body).encode()
    data = prepare("async_tasks_get", account_id=1).parse(httpx.Response(200, content=raw))
    source = (body.get("data") or {}).get("list") or []
    tasks = data.list_ if isinstance(data.list_, list) else []
    assert len(tasks) == len([t for t in source if t is not None])
    for task, original in zip(tasks, [t for t in source if t is not None], strict=True):
        sent = original.get("task_id")
        if isinstance(sent, str) and re.fullmatch(r"[+-]?[0-9]+", sent.strip()):
            assert task.task_id == int(sent)  # a decimal string comes out as int
        elif sent is not None:
            assert task.task_id == sent  # anything else is kept as it came
        if "brand_new_field" in original:
            assert task.additional_properties["brand_new_field"] == original["brand_new_field"]


@given(
    st.fixed_dictionaries(
        {
            "material_derive_id": int_or_string,
            "derive_data_version": st.one_of(st.sampled_from(["DERIVE_DATA_VERSION_V3"]), st.text(max_size=12)),
            "adgroup_id": int_or_string,
        },
        optional={
            "list": st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "derive_component_id": int_or_string,
                        "derive_material": st.fixed_dictionaries(
                            {}, optional={"material_id": int_or_string, "type": st.text(max_size=6)}
                        ),
                        "origin_material": st.lists(
                            st.fixed_dictionaries(
                                {}, optional={"material_id": int_or_string, "type": st.text(max_size=6)}
                            ),
                            max_size=3,
                        ),
                    },
                ),
                max_size=5,
            )
        },
    )
)
def test_generated_derive_results_always_parse(data: dict[str, Any]) -> None:
    raw = json.dumps({"code": 0, "data": data}).encode()
    parsed = prepare("programmed_commponent_result_get", account_id=1, material_derive_id=1).parse(
        httpx.Response(200, content=raw)
    )
    sent_items = data.get("list") or []
    parsed_items = parsed.list_ if isinstance(parsed.list_, list) else []
    assert len(parsed_items) == len(sent_items)
    for item, original in zip(parsed_items, sent_items, strict=True):
        sent = (original.get("derive_material") or {}).get("material_id")
        if sent is None:
            continue
        got = item.derive_material.material_id
        if isinstance(sent, str) and re.fullmatch(r"[+-]?[0-9]+", sent.strip()):
            assert got == int(sent)
        else:
            assert got == sent


class _Shown(str):
    """A str whose str() is not its characters (urlencode writes the str())."""

    def __str__(self) -> str:
        return "n&page_size=1"


class _Level(str, enum.Enum):  # noqa: UP042 - its str() is "_Level.ADVERTISER" (a StrEnum's is its value)
    ADVERTISER = "REPORT_LEVEL_ADVERTISER"


class _Account(int, enum.Enum):
    MAIN = 25610


_ODD_VALUES = st.sampled_from([_Shown("abc"), _Level.ADVERTISER, _Account.MAIN, True, 1.5, None, b"a b&"])


@given(
    st.dictionaries(
        st.one_of(st.text(min_size=1, max_size=12), st.integers(), st.binary(min_size=1, max_size=5)),
        st.one_of(st.text(max_size=40), st.integers(), st.binary(max_size=20), st.booleans(), _ODD_VALUES),
        max_size=6,
    )
)
def test_the_query_is_what_urlencode_writes(params: dict[object, object]) -> None:
    """The calls' query encoder skips quoting where nothing needs it; its output is urlencode's, byte for byte
    (unicode, spaces, '+', '&', '=', '%', bytes, negative ints, str and int subclasses, non-str keys)."""
    from urllib.parse import quote_plus, urlencode

    from tencent_ads._query import encode, quote

    assert encode(params) == urlencode(params)
    for key in params:
        if isinstance(key, str):
            assert quote(key) == quote_plus(key)
    assert quote(_Shown("abc")) == quote_plus(_Shown("abc")) == "abc"  # its characters, never its str()


def test_an_int_enum_id_is_sent_as_its_number() -> None:
    """An ``(int, Enum)`` member passes the int checks; the query carries the number, not ``_Account.MAIN``."""
    assert "account_id=25610" in prepare("async_tasks_get", account_id=_Account.MAIN).query.split("&")
