"""Lenient reading of response bodies, driven by the spec.

The generated models store what they receive: an id that arrives as the string
``"3173292726"`` (as in the docs' own example) would sit in a field annotated
``int``, and ``null`` for an object would crash ``from_dict``. Before the
generated ``from_dict`` runs, :func:`normalize` walks the decoded JSON once
along a *plan* compiled from the spec:

* a field typed ``LenientInteger`` holding a decimal string becomes ``int``
  (``"3173292726"`` → ``3173292726``); any other string is kept as it is
  (``"<ADGROUP_ID>"`` stays a string, the value is not lost);
* a ``LenientNumber`` holding a numeric string becomes ``float``;
* a documented key whose value is ``null`` is treated as absent.

Unknown keys are left alone (the models keep them in
``additional_properties``); unknown enum values need nothing here, the spec
declares response enums open so the models fall back to the raw string.

The plans are compiled from the spec by ``scripts/regenerate`` (into
``_spec_data``), so no call parses the YAML spec; walking one costs one pass
over the documented part of the body.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from ._spec import load_spec, resolve

_INT: Final = "int"
_FLOAT: Final = "float"
_LEAF: Final = "leaf"
_LENIENT_INTEGER: Final = "#/components/schemas/LenientInteger"
_LENIENT_NUMBER: Final = "#/components/schemas/LenientNumber"
# At most 20 digits: an int64 id has 19; a longer "number" is kept as the string it arrived as.
_DECIMAL: Final = re.compile(r"[+-]?[0-9]{1,20}")
_ABSENT: Final = object()

# A plan is ("int",) | ("float",) | ("leaf",) | ("array", plan)
#        | ("object", {key: plan}, ((key, plan) for the non-leaf fields, in order))
Plan = tuple[Any, ...]


def to_int(value: Any) -> Any:
    """``"42"`` → ``42``; anything else unchanged."""
    if isinstance(value, str):
        text = value.strip()
        if _DECIMAL.fullmatch(text):
            return int(text)
    return value


def to_float(value: Any) -> Any:
    """``"1.5"`` → ``1.5``; anything else unchanged."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def compile_plan(schema: dict[str, Any], spec: dict[str, Any] | None = None, _depth: int = 0) -> Plan:
    """Compile a response schema of the spec into a normalization plan."""
    spec = spec if spec is not None else load_spec()
    if _depth > 32:
        return (_LEAF,)
    ref = schema.get("$ref")
    if ref == _LENIENT_INTEGER:
        return (_INT,)
    if ref == _LENIENT_NUMBER:
        return (_FLOAT,)
    schema = resolve(spec, schema)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        fields = {key: compile_plan(sub, spec, _depth + 1) for key, sub in (schema.get("properties") or {}).items()}
        # The walk visits only the fields that need work (numbers to coerce, objects and arrays to descend
        # into); documented keys holding null are dropped after one scan of the values finds a None.
        active = tuple((key, sub) for key, sub in fields.items() if sub[0] != _LEAF)
        return ("object", fields, active)
    if kind == "array":
        return ("array", compile_plan(schema.get("items") or {}, spec, _depth + 1))
    return (_LEAF,)


def expand_plan(compact: Plan) -> Plan:
    """A plan as stored by ``scripts/regenerate`` (``("object", fields)``) with its index of non-leaf fields."""
    kind = compact[0]
    if kind == "object":
        fields = {key: expand_plan(sub) for key, sub in compact[1].items()}
        return ("object", fields, tuple((key, sub) for key, sub in fields.items() if sub[0] != _LEAF))
    if kind == "array":
        return ("array", expand_plan(compact[1]))
    return compact


@functools.cache
def plan_for(operation_id: str) -> Plan:
    """The plan for the ``data`` member of an operation's envelope (compiled by ``scripts/regenerate``)."""
    from ._spec_data import OPERATIONS

    return expand_plan(OPERATIONS[operation_id].plan)


def normalize(value: Any, plan: Plan) -> Any:
    """Apply ``plan`` to a decoded JSON value; dicts are modified in place and returned."""
    kind = plan[0]
    if kind == "object":
        if value.__class__ is dict:
            if None in value.values():  # rare; one C-level scan decides
                fields: dict[str, Plan] = plan[1]
                for key in [k for k, v in value.items() if v is None and k in fields]:
                    del value[key]
            for key, sub in plan[2]:
                item = value.get(key, _ABSENT)
                if item is _ABSENT:
                    continue
                sub_kind = sub[0]
                if sub_kind == _INT:
                    if item.__class__ is str:
                        value[key] = to_int(item)
                elif sub_kind == _FLOAT:
                    if item.__class__ is str:
                        value[key] = to_float(item)
                else:
                    value[key] = normalize(item, sub)
        return value
    if kind == "array":
        if value.__class__ is list:
            sub_plan: Plan = plan[1]
            if sub_plan[0] == _LEAF:
                return [item for item in value if item is not None]
            return [normalize(item, sub_plan) for item in value if item is not None]
        return value
    if kind == _INT:
        return to_int(value)
    if kind == _FLOAT:
        return to_float(value)
    return value


def with_lists(data: Any, plan: Plan) -> Any:
    """An answer's ``data`` with each of its array fields present: a missing (or null) one becomes ``[]``.

    ``scripts/regenerate`` marks these fields required for the generator, so ``page.list_`` is typed
    ``list[AsyncTask]``, never ``Unset``; this is what keeps that promise for an answer without them.
    """
    if plan[0] == "object" and data.__class__ is dict:
        for key, sub in plan[1].items():
            if sub[0] == "array" and key not in data:
                data[key] = []
    return data
