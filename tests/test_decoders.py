# mypy: disable-error-code="union-attr,index,arg-type"
"""The generated decoders (``_decoders``) against the generated models' own ``from_dict``, on documents drawn
from the spec's schemas (Hypothesis).

Two properties, for every operation with a JSON answer:

* on a *clean* document (ids as numbers, no nulls), a decoder builds exactly what ``from_dict`` builds;
* on the same document *mangled* the ways the API is allowed to answer (ids and numbers as strings, documented
  keys holding ``null``, ``null`` items in arrays, keys the spec does not know), the decoder builds the clean
  document's models, with the unknown keys kept in ``additional_properties``.

Plus the JSON decoding itself: msgspec (when installed) and json must agree on every body, including the ones
orjson refuses.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tencent_ads import ResponseDecodeError, prepare
from tencent_ads._envelope import loads
from tencent_ads._spec import load_spec, resolve, response_schema
from tencent_ads_generated.decoders import DECODERS
from tencent_ads_generated.spec_data import OPERATIONS

LENIENT_INTEGER = "#/components/schemas/LenientInteger"
LENIENT_NUMBER = "#/components/schemas/LenientNumber"
JSON_OPERATIONS = [name for name, op in OPERATIONS.items() if not op.binary]
SPEC = load_spec()


def _data_schema(operation_id: str) -> dict[str, Any]:
    data: dict[str, Any] = response_schema(operation_id)["properties"]["data"]
    return data


def _is_array(schema: dict[str, Any]) -> bool:
    return resolve(SPEC, schema).get("type") == "array"


def _open_enum_values(schema: dict[str, Any]) -> list[str] | None:
    options = resolve(SPEC, schema).get("anyOf")
    if isinstance(options, list) and "$ref" in options[0]:
        values = resolve(SPEC, options[0]).get("enum")
        return list(values) if values else None
    return None


def clean(schema: dict[str, Any], *, top: bool = False, depth: int = 0) -> st.SearchStrategy[Any]:
    """Documents of ``schema`` as the spec describes them: numbers as numbers, no nulls.

    ``top``: the answer's ``data``, whose arrays the models require (the decoders read a missing one as ``[]``).
    """
    ref = schema.get("$ref")
    if ref == LENIENT_INTEGER:
        return st.integers(-(2**63), 2**63 - 1)
    if ref == LENIENT_NUMBER:
        return st.floats(allow_nan=False, allow_infinity=False)
    if (values := _open_enum_values(schema)) is not None:
        return st.one_of(st.sampled_from(values), st.sampled_from(["NEW_IN_2030", ""]))
    target = resolve(SPEC, schema)
    if "properties" in target:
        props = {key: clean(sub, depth=depth + 1) for key, sub in target["properties"].items()}
        required = {key: props.pop(key) for key in list(props) if top and _is_array(target["properties"][key])}
        return st.fixed_dictionaries(required, optional=props)
    if target.get("type") == "array":
        return st.lists(clean(target["items"], depth=depth + 1), max_size=3 if depth < 4 else 1)
    kind = target.get("type")
    if kind == "integer":
        return st.integers()
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    return st.text(max_size=6)


def mangle(value: Any, schema: dict[str, Any], rng: random.Random) -> tuple[Any, Any]:
    """``value`` as the API may also send it, and what the decoded models must then read back as (``to_dict``)."""
    ref = schema.get("$ref")
    if ref in (LENIENT_INTEGER, LENIENT_NUMBER):
        return (repr(value) if rng.random() < 0.5 else value), value
    target = resolve(SPEC, schema)
    if "properties" in target and isinstance(value, dict):
        sent: dict[str, Any] = {}
        expected: dict[str, Any] = {}
        for key, item in value.items():
            sent[key], expected[key] = mangle(item, target["properties"][key], rng)
        for key in target["properties"]:
            if key not in value and rng.random() < 0.3:
                sent[key] = None  # a documented key holding null: absent
        if rng.random() < 0.3:
            extra = rng.choice([None, 7, "x", [1, None], {"nested": None}])
            sent["zz_new_in_2030"] = expected["zz_new_in_2030"] = extra  # kept as it came
        return sent, expected
    if target.get("type") == "array" and isinstance(value, list):
        sent_items: list[Any] = []
        expected_items: list[Any] = []
        for item in value:
            if rng.random() < 0.2:
                sent_items.append(None)  # a null item: skipped
            s, e = mangle(item, target["items"], rng)
            sent_items.append(s)
            expected_items.append(e)
        return sent_items, expected_items
    return value, value


def _model_class(operation_id: str) -> Any:
    import importlib

    module, _, name = OPERATIONS[operation_id].data_model.partition(":")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
def test_every_json_operation_has_a_decoder(operation_id: str) -> None:
    assert operation_id in DECODERS
    assert OPERATIONS[operation_id].decoder() is DECODERS[operation_id]


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@given(data=st.data())
def test_a_clean_document_decodes_as_from_dict_builds_it(operation_id: str, data: st.DataObject) -> None:
    document = data.draw(clean(_data_schema(operation_id), top=True))
    expected = _model_class(operation_id).from_dict(copy.deepcopy(document))
    decoded = DECODERS[operation_id](copy.deepcopy(document))
    assert decoded == expected
    assert type(decoded) is type(expected)


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@given(data=st.data(), seed=st.integers(0, 2**32))
def test_a_mangled_document_decodes_to_the_clean_one(operation_id: str, data: st.DataObject, seed: int) -> None:
    schema = _data_schema(operation_id)
    document = data.draw(clean(schema, top=True))
    sent, expected = mangle(document, schema, random.Random(seed))
    decoded = DECODERS[operation_id](sent)
    assert decoded.to_dict() == expected
    # and the models hold the types the spec promises, not the strings that came
    assert DECODERS[operation_id](copy.deepcopy(expected)) == decoded


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@given(data=st.data())
def test_a_decoded_answer_survives_pickle_and_deepcopy_with_its_unset_fields(
    operation_id: str, data: st.DataObject
) -> None:
    """A model sent to another process (a fleet's worker) or deep-copied equals the original, and a field that
    was absent is still ``UNSET`` itself (the generated ``Unset`` gets a ``__reduce__`` from scripts/regenerate)."""
    import pickle

    from tencent_ads_api.types import UNSET

    document = data.draw(clean(_data_schema(operation_id), top=True))
    decoded = DECODERS[operation_id](copy.deepcopy(document))
    for again in (pickle.loads(pickle.dumps(decoded)), copy.deepcopy(decoded)):  # noqa: S301 - our own bytes
        assert again == decoded
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301 - our own bytes
    assert copy.copy(UNSET) is UNSET


def test_the_docs_examples_decode_with_their_string_ids_as_ints() -> None:
    data = DECODERS["programmed_commponent_result_get"](
        copy.deepcopy(OPERATIONS["programmed_commponent_result_get"].example)
    )
    assert data.list_[0].derive_material.material_id == 3173292726
    assert data.adgroup_id == "<ADGROUP_ID>"  # not a number: kept as it came, never lost
    for operation_id in JSON_OPERATIONS:
        example = OPERATIONS[operation_id].example
        decoded = DECODERS[operation_id](copy.deepcopy(example))
        assert DECODERS[operation_id](decoded.to_dict()) == decoded


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"list": {"task_id": 1}}, "AsyncTasksGetData.list: expected an array, got dict"),
        ({"list": [{"result": "done"}]}, "AsyncTask.result: expected an object, got str"),
        ({"list": [7]}, "AsyncTask: expected an object, got int"),
        ({"list": [{"result": {"data": {"file_info_list": "5"}}}]}, "file_info_list: expected an array, got str"),
    ],
)
def test_a_shape_the_spec_does_not_document_is_a_decode_error_naming_where(data: Any, problem: str) -> None:
    body = json.dumps({"code": 0, "data": data}).encode()
    with pytest.raises(ResponseDecodeError, match="does not match the documented shape") as info:
        prepare("async_tasks_get", account_id=1).parse_body(200, body)
    assert problem in str(info.value)


@pytest.mark.parametrize(
    "body",
    [
        b'{"code": 0, "data": {"n": NaN, "i": Infinity}}',  # json accepts these, msgspec does not
        b'{"code": 0, "data": {"big": 123456789012345678901234567890}}',  # beyond 64 bits (orjson would make it a float)
        '{"code": 0, "data": {"s": "报表"}}'.encode("utf-16"),  # json detects UTF-16; msgspec reads UTF-8 only
        b'{"code": 0, "data": {"s": "\\ud800"}}',  # a lone surrogate escape
        b'{"code": 0, "code": 1}',  # a duplicate key: the last wins in both
        b'{"code": 0, "data": {"f": 0.1, "e": 1e400, "u": "\\u00e9"}}',
        b"[" * 600 + b"]" * 600,
    ],
)
def test_loads_decodes_as_json_does(body: bytes) -> None:
    assert repr(loads(body)) == repr(json.loads(body))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(-(2**80), 2**80) | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(value=json_values, ascii_only=st.booleans())
def test_loads_agrees_with_json_on_any_document(value: Any, ascii_only: bool) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert repr(loads(body)) == repr(json.loads(body))


@pytest.mark.parametrize("body", [b"", b"{", b"\xff\xfe\x00", b'{"a": 1} x', b"<html></html>"])
def test_loads_refuses_what_json_refuses(body: bytes) -> None:
    with pytest.raises(ValueError, match=r".") as by_json:
        json.loads(body)
    with pytest.raises(ValueError, match=r".") as by_us:
        loads(body)
    assert type(by_us.value) is type(by_json.value)  # json's own error: the fast decoder's is never the one raised


def _big_page(tasks: int) -> bytes:
    task = {"task_id": 1, "task_name": "t", "status": "TASK_STATUS_COMPLETED", "created_time": 1}
    tasks_list = [
        dict(task, task_id=n, result={"code": 0, "data": {"file_info_list": [{"file_id": n}]}}) for n in range(tasks)
    ]
    return json.dumps({"code": 0, "message": "", "data": {"list": tasks_list}}).encode()


def test_a_page_is_decoded_without_young_collections_and_the_collector_left_as_it_was() -> None:
    """Decoding a page allocates thousands of containers and makes no garbage: the collector is paused for it
    (every young collection would scan the page built so far), then runs again; one the caller paused stays
    paused."""
    import gc

    body = _big_page(1000)
    call = prepare("async_tasks_get", account_id=1)
    collections: list[str] = []

    def count(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collections.append(phase)

    gc.collect(1)  # the middle generation not due: no collection moved before the decode (see the next test)
    gc.callbacks.append(count)
    try:
        assert gc.isenabled()
        tasks = call.parse_body(200, body)[0].list_
        assert len(tasks) == 1000
        assert tasks[999].result.data.file_info_list[0].file_id == 999
        assert collections == []
        assert gc.isenabled()
        gc.disable()
        try:
            call.parse_body(200, body)
            assert not gc.isenabled()
        finally:
            gc.enable()
        with pytest.raises(ResponseDecodeError):  # an error on the way: the collector runs again all the same
            call.parse_body(200, body[:-10] + b" " * 10)
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)


def test_a_page_is_never_moved_to_the_oldest_generation_by_the_collection_after_its_decode() -> None:
    """When the middle generation is due, the young collection right after a decode would collect it while the
    page's models are alive, moving them to the oldest generation (whose growth sets off full collections of the
    whole heap: most of iterate's cost over a raw loop). pause_gc runs that collection before the decode."""
    import gc

    call = prepare("async_tasks_get", account_id=1)
    body = _big_page(200)
    young, middle, _ = gc.get_threshold()
    if not (gc.isenabled() and young):
        pytest.skip("the automatic collector is off in this process")
    gc.collect()  # a full collection: the oldest generation is not due (else the next collection is a full one)
    for _ in range(middle + 1):
        gc.collect(0)  # each adds one to the middle generation's count: now past its threshold
    assert gc.get_count()[1] > middle
    tasks = call.parse_body(200, body)[0].list_
    filler: list[list[int]] = [[] for _ in range(2 * young)]  # noqa: F841 - allocations that set off the automatic collection
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert not any(id(task) in oldest for task in tasks)
    assert any(id(task) in {id(o) for o in gc.get_objects(generation=1)} for task in tasks)  # it did run


@pytest.fixture
def typed_path() -> Any:
    """The msgspec path, with no refusals remembered from other tests."""
    pytest.importorskip("msgspec")
    from tencent_ads import _envelope

    _envelope._typed_misses.clear()
    yield _envelope
    _envelope._typed_misses.clear()


def _answer(data: Any) -> bytes:
    return json.dumps({"code": 0, "message": "", "data": data, "trace_id": "t-1"}, ensure_ascii=False).encode()


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@given(data=st.data())
def test_the_msgspec_path_builds_what_the_dict_decoders_build(operation_id: str, data: st.DataObject) -> None:
    """With msgspec, a clean answer goes straight into wire Structs and is converted: the same models."""
    from tencent_ads import _envelope

    _envelope._typed_misses.clear()
    document = data.draw(clean(_data_schema(operation_id), top=True))
    found = _envelope.decode_typed(operation_id, _answer(document))
    assert found is not None
    assert found[0] == DECODERS[operation_id](copy.deepcopy(document))
    assert type(found[0]) is type(DECODERS[operation_id](copy.deepcopy(document)))
    assert found[1] == "t-1"


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@given(data=st.data(), seed=st.integers(0, 2**32))
def test_the_msgspec_path_on_a_mangled_answer_builds_the_same_or_steps_aside(
    operation_id: str, data: st.DataObject, seed: int
) -> None:
    """String ids, nulls, unknown keys, null items: the Structs either read the answer into the same models as
    the dict decoders, or refuse it (None: the dict decoders read it, keeping unknown keys), and parse_body
    always gives the dict decoders' models."""
    from tencent_ads import _envelope

    _envelope._typed_misses.clear()
    schema = _data_schema(operation_id)
    sent, _ = mangle(data.draw(clean(schema, top=True)), schema, random.Random(seed))
    body = _answer(sent)
    expected = DECODERS[operation_id](json.loads(body)["data"])
    found = _envelope.decode_typed(operation_id, body)
    assert found is None or found[0] == expected
    if "zz_new_in_2030" in body.decode():
        assert found is None
    from tencent_ads._calls import Call

    call = Call(method="GET", path="/x", params={}, operation_id=operation_id, decoder=DECODERS[operation_id])
    assert call.parse_body(200, body)[0] == expected


def test_answers_the_structs_refuse_go_to_the_dict_decoders_and_refusals_in_a_row_stop_trying(typed_path: Any) -> None:
    call = prepare("async_tasks_get", account_id=1)
    new_field = _answer({"list": [{"task_id": 1, "new_in_2030": {"a": 1}}]})
    for _ in range(typed_path.TYPED_MISSES_MAX + 3):
        tasks = call.parse_body(200, new_field)[0].list_
        assert tasks[0].additional_properties == {"new_in_2030": {"a": 1}}
        assert tasks[0].task_id == 1
    assert typed_path._typed_misses["async_tasks_get"] == typed_path.TYPED_MISSES_MAX + 3
    assert typed_path.decode_typed("async_tasks_get", _answer({"list": []})) is None  # resting
    typed_path._typed_misses["async_tasks_get"] = typed_path.TYPED_MISSES_MAX + typed_path.TYPED_RETRY_EVERY
    found = typed_path.decode_typed("async_tasks_get", _answer({"list": [{"task_id": "7"}]}))  # tried again
    assert found is not None
    assert found[0].list_[0].task_id == 7
    assert "async_tasks_get" not in typed_path._typed_misses
    # an API error is no refusal: nothing remembered, decode() raises it
    from tencent_ads import ApiError

    with pytest.raises(ApiError):
        call.parse_body(200, json.dumps({"code": 11016, "message": "busy", "data": None}).encode())
    assert "async_tasks_get" not in typed_path._typed_misses


def test_without_msgspec_answers_go_to_the_dict_decoders(typed_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typed_path, "_fast_loads", None)  # the light install
    assert typed_path.decode_typed("async_tasks_get", _answer({"list": []})) is None
    page = prepare("async_tasks_get", account_id=1).parse_body(200, _answer({"list": [{"task_id": "3"}]}))[0]
    assert page.list_[0].task_id == 3
