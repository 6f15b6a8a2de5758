"""``filtering``: validation before any network I/O, and the wire form — with the rules of the spec.

A filter is a generated :class:`tencent_ads_api.models.AsyncTasksFilter` (any
generated model with ``to_dict``) or a plain mapping ``{"field": ..., "operator":
..., "values": [...]}``. The rules are not written here: ``scripts/regenerate``
reads them from the spec's filter schema (``AsyncTasksFiltering`` and the
``if``/``then`` rules of ``AsyncTasksFilter``) into ``_spec_data.FILTERS``. For
``async_tasks/get`` today:

==============  ===================================================  =====================
field           operators                                            values
==============  ===================================================  =====================
task_id         EQUALS, IN                                           decimal integers
task_name       EQUALS, CONTAINS                                     any text
task_type       EQUALS, IN                                           any text (open enum)
created_time    EQUALS, LESS_EQUALS, LESS, GREATER_EQUALS, GREATER   decimal epoch seconds
result_status   EQUALS, IN                                           TaskResultStatus
status          EQUALS, IN                                           TaskStatus
==============  ===================================================  =====================

* 0–10 filters (``maxItems``); an empty list means "no filter" and nothing is sent.
* ``IN`` takes 1–100 values; every other operator exactly 1.
* Each value is a string of 1–120 **UTF-8 bytes** (``x-min-bytes``/``x-max-bytes``;
  a Chinese character is 3) without ``< > & ' " / \\``, TAB, LF or CR (the value
  pattern's negated class).

:func:`validate_filtering` collects every problem before raising one
:class:`FilterValidationError`. With ``strict=False`` (for when the API moves
ahead of the spec) only the shape is checked — a list of objects with a string
``field``, a string ``operator`` and a list of string ``values`` — since
anything else cannot be put on the wire faithfully.

:func:`encode_filtering` gives the compact JSON text that goes on the wire,
serialized once, byte-identical to the doc page's curl example::

    >>> encode_filtering([{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}])
    '[{"field":"task_id","operator":"EQUALS","values":["1024"]}]'
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TypeAlias, TypedDict

import attrs
from tencent_ads_api.models.async_tasks_filter import AsyncTasksFilter
from tencent_ads_generated.spec_data import FILTERS, AsyncTasksFilteringField, AsyncTasksFilteringOperator

from ._descriptors import FieldRule, FilterRules
from ._errors import FilterValidationError


class Filter(TypedDict):
    """One filter of ``async_tasks/get``, typed: the field and operator names are the spec's (a typo is a type
    error), the values strings. ``{"field": "task_id", "operator": "IN", "values": ["1024", "1025"]}``."""

    field: AsyncTasksFilteringField
    operator: AsyncTasksFilteringOperator
    values: Sequence[str]


FilterLike: TypeAlias = AsyncTasksFilter | Filter
"""What callers may pass as one filter: a :class:`Filter` dict or the generated model. (Any mapping of that
shape is accepted at run time and checked; type checkers see the typed forms.)"""

#: The rules of ``async_tasks/get``'s ``filtering`` (the default of the functions below).
DEFAULT_RULES: Final = FILTERS["AsyncTasksFiltering"]

MAX_FILTERS: Final = DEFAULT_RULES.max_filters
MAX_VALUES_IN: Final = DEFAULT_RULES.max_values
MIN_VALUE_BYTES: Final = DEFAULT_RULES.min_value_bytes
MAX_VALUE_BYTES: Final = DEFAULT_RULES.max_value_bytes
MULTI_VALUE_OPERATORS: Final = DEFAULT_RULES.multi_value_operators
FORBIDDEN_CHARACTERS: Final = DEFAULT_RULES.forbidden_characters
FIELD_RULES: Final[Mapping[str, FieldRule]] = DEFAULT_RULES.fields


@attrs.frozen
class FilterProblem:
    """One broken filter rule: ``index`` (None for the list as a whole), ``field`` and ``message``."""

    index: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        if self.index is None:
            return f"filtering: {self.message}"
        field = f" ({self.field})" if self.field else ""
        return f"filtering[{self.index}]{field}: {self.message}"


__all__ = [
    "FIELD_RULES",
    "FieldRule",
    "FilterLike",
    "FilterProblem",
    "FilterRules",
    "encode_filtering",
    "validate_filtering",
]


def unencodable(value: str) -> bool:
    """Whether ``value`` cannot be sent as UTF-8 (it holds a lone surrogate such as ``"\\ud800"``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def forbidden_characters(value: str, forbidden: str = FORBIDDEN_CHARACTERS) -> str | None:
    """The forbidden characters ``value`` contains, as ``"'/', '<'"``; None when it has none."""
    bad = sorted({c for c in value if c in forbidden})
    return ", ".join(repr(c) for c in bad) if bad else None


def _plain(value: Any) -> Any:
    """Enum members become their values, so ``TaskStatus.TASK_STATUS_FAIL`` works like its string."""
    return value.value if isinstance(value, enum.Enum) else value


def _as_mapping(item: object) -> Mapping[str, Any] | None:
    if isinstance(item, Mapping):
        return item
    if hasattr(item, "to_dict") and hasattr(item, "field"):  # a generated filter model
        return {
            "field": item.field,
            "operator": getattr(item, "operator", None),
            "values": getattr(item, "values", None),
        }
    return None


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_value(value: str, rule: FieldRule | None, rules: FilterRules, problems: list[str], label: str) -> None:
    size = len(value.encode("utf-8", "surrogatepass"))
    low, high = rules.min_value_bytes, rules.max_value_bytes
    if size < low:
        problems.append(f"{label} is empty; values must be {low}–{high} UTF-8 bytes")
        return
    if size > high:
        problems.append(f"{label} is {size} UTF-8 bytes; at most {high} allowed")
    if shown := forbidden_characters(value, rules.forbidden_characters):
        plural = "s" if "," in shown else ""
        problems.append(f"{label} contains forbidden character{plural} {shown}")
    if rule is None:
        return
    if rule.decimal and not (value.isascii() and value.isdigit()):
        problems.append(f"{label} {_describe(value)} is not a decimal integer")
    if rule.allowed_values is not None and value not in rule.allowed_values:
        problems.append(f"{label} {_describe(value)} is not one of {', '.join(sorted(rule.allowed_values))}")


def _check_item(
    index: int, raw: object, strict: bool, rules: FilterRules, out: list[FilterProblem]
) -> dict[str, Any] | None:
    item = _as_mapping(raw)
    if item is None:
        out.append(FilterProblem(index, None, f"must be a mapping or AsyncTasksFilter, got {type(raw).__name__}"))
        return None
    problems: list[str] = []
    field = _plain(item.get("field"))
    operator = _plain(item.get("operator"))
    values = item.get("values")
    field_name = field if isinstance(field, str) else None

    extra = sorted(str(k) for k in item if k not in {"field", "operator", "values"})
    if extra:
        problems.append(
            f"unknown key{'s' if len(extra) > 1 else ''} {', '.join(extra)}; expected field, operator, values"
        )

    rule: FieldRule | None = None
    if field is None:
        problems.append("field is missing")
    elif not isinstance(field, str):
        problems.append(f"field must be a string, got {type(field).__name__}")
    elif unencodable(field):
        problems.append("field is not valid Unicode text (a lone surrogate)")
        field_name = None
    elif strict:
        rule = rules.fields.get(field)
        if rule is None:
            problems.append(f"field {field!r} is not filterable; allowed: {', '.join(rules.fields)}")

    if operator is None:
        problems.append("operator is missing")
    elif not isinstance(operator, str):
        problems.append(f"operator must be a string, got {type(operator).__name__}")
    elif unencodable(operator):
        problems.append("operator is not valid Unicode text (a lone surrogate)")
    elif rule is not None and operator not in rule.operators:
        problems.append(
            f"operator {operator!r} is not allowed for field {field!r}; allowed: {', '.join(rule.operators)}"
        )

    clean_values: list[str] = []
    if values is None:
        problems.append("values is missing")
    elif isinstance(values, str | bytes) or not isinstance(values, Sequence):
        problems.append(f"values must be a list of strings, got {type(values).__name__}")
    else:
        if strict:
            if isinstance(operator, str) and operator in rules.multi_value_operators:
                if not rules.min_values <= len(values) <= rules.max_values:
                    problems.append(
                        f"operator {operator} takes {rules.min_values}–{rules.max_values} values, got {len(values)}"
                    )
            elif len(values) != 1:
                shown = operator if isinstance(operator, str) else "this operator"
                problems.append(f"operator {shown} takes exactly 1 value, got {len(values)}")
        for position, value in enumerate(values):
            value = _plain(value)
            label = f"values[{position}]"
            if not isinstance(value, str):
                problems.append(f"{label} must be a string, got {type(value).__name__} {_describe(value)}")
                continue
            if unencodable(value):
                problems.append(f"{label} is not valid Unicode text (a lone surrogate)")
                continue
            if strict:
                _check_value(value, rule, rules, problems, label)
            clean_values.append(value)

    out.extend(FilterProblem(index, field_name, message) for message in problems)
    if problems:
        return None
    return {"field": field, "operator": operator, "values": clean_values}


def validate_filtering(
    filtering: Iterable[FilterLike | Mapping[str, Any]] | None,
    *,
    strict: bool = True,
    rules: FilterRules = DEFAULT_RULES,
) -> list[dict[str, Any]]:
    """Check ``filtering`` and return it as plain dicts; raise :class:`FilterValidationError` listing every problem.

    ``None`` and ``[]`` both mean "no filter" and return ``[]``. ``rules``: the filter schema's rules
    (``async_tasks/get``'s by default).
    """
    if filtering is None:
        return []
    if (
        isinstance(filtering, str | bytes | Mapping)
        or hasattr(filtering, "to_dict")
        or not isinstance(filtering, Iterable)
    ):
        raise FilterValidationError(
            [FilterProblem(None, None, f"must be a list of filters, got {type(filtering).__name__}")]
        )
    items = list(filtering)
    problems: list[FilterProblem] = []
    if strict and rules.max_filters is not None and len(items) > rules.max_filters:
        problems.append(FilterProblem(None, None, f"at most {rules.max_filters} filters allowed, got {len(items)}"))
    cleaned = [_check_item(index, item, strict, rules, problems) for index, item in enumerate(items)]
    if problems:
        raise FilterValidationError(problems)
    return [item for item in cleaned if item is not None]


def encode_filtering(
    filtering: Iterable[FilterLike | Mapping[str, Any]] | None,
    *,
    strict: bool = True,
    rules: FilterRules = DEFAULT_RULES,
) -> str | None:
    """Validate, then serialize to the compact JSON sent on the wire; ``None`` when there is no filter."""
    cleaned = validate_filtering(filtering, strict=strict, rules=rules)
    if not cleaned:
        return None
    return json.dumps(cleaned, ensure_ascii=False, separators=(",", ":"))
