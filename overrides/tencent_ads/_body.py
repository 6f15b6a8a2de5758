"""A JSON request body, checked against the spec's :class:`~tencent_ads._descriptors.Schema` and encoded once.

An operation with a ``requestBody`` takes the body's members as keyword
arguments (``client.async_tasks.add(account_id=..., task_name=..., ...)``).
:func:`check_body` turns what was given into the JSON document — a generated
model becomes its ``to_dict()``, a mapping a ``dict``, any other iterable a
``list``; ``None`` (an argument or a member of a mapping) means "not given" —
and checks it against the schema the generator derived from the spec: types,
``required``, undocumented members, ``enum``, numeric bounds, string lengths in
characters and in UTF-8 bytes, ``pattern``, item counts. Every problem is
listed with its place (``task_spec.task_type_create_android_channel_package_spec
.android_channel_package_spec[0].package_name``); nothing is sent while one
remains. :func:`encode_body` writes the compact JSON the API reads
(``Content-Type: application/json``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final, Protocol

from ._descriptors import Schema
from ._filters import unencodable

INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1
#: How deep a body may nest (a guard against a self-referencing mapping given by mistake).
MAX_DEPTH: Final = 32

_patterns: dict[str, re.Pattern[str]] = {}


def shown(value: object, limit: int = 60) -> str:
    """A bounded repr of a value for a problem's text (a value whose repr fails, or a huge int, by its type)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"a {value.bit_length()}-bit number"
    try:
        text = repr(value)
    except Exception:  # a user's object whose repr raises
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def string_problem(
    value: str,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    min_bytes: int | None = None,
    max_bytes: int | None = None,
    pattern: str | None = None,
    enum: Iterable[Any] | None = None,
    secret: bool = False,
) -> str | None:
    """What is wrong with a string by the spec's rules (a sentence without the name), or None.

    Shared by query parameters and body members: the same keywords mean the same everywhere.
    """
    if unencodable(value):
        return "is not valid Unicode text (a lone surrogate)"
    if enum is not None:
        allowed = tuple(enum)
        if value not in allowed:
            given = "another value" if secret else shown(value)
            return f"must be one of {', '.join(str(a) for a in allowed)}, got {given}"
        return None
    if min_length is not None and len(value) < min_length:
        return f"must have at least {min_length} character(s), got {len(value)}"
    if max_length is not None and len(value) > max_length:
        return f"must have at most {max_length} character(s), got {len(value)}"
    if min_bytes is not None or max_bytes is not None:
        size = len(value.encode("utf-8"))
        if min_bytes is not None and size < min_bytes:
            return f"must be at least {min_bytes} byte(s) of UTF-8, got {size}"
        if max_bytes is not None and size > max_bytes:
            return f"must be at most {max_bytes} bytes of UTF-8 (a Chinese character counts 3), got {size}"
    if pattern is not None:
        compiled = _patterns.get(pattern)
        if compiled is None:
            compiled = _patterns[pattern] = re.compile(ecma_pattern(pattern))
        if compiled.search(value) is None:
            return f"does not match the pattern {pattern}" + ("" if secret else f", got {shown(value)}")
    return None


class StringRule(Protocol):
    """What bounds a string, a query parameter's (``Param``) or a body member's (``Schema``) alike."""

    @property
    def min_length(self) -> int | None: ...
    @property
    def max_length(self) -> int | None: ...
    @property
    def min_bytes(self) -> int | None: ...
    @property
    def max_bytes(self) -> int | None: ...
    @property
    def pattern(self) -> str | None: ...
    @property
    def enum(self) -> tuple[Any, ...] | None: ...


def check_string(value: object, rule: StringRule, where: str, problems: list[str], *, secret: bool = False) -> bool:
    """Whether ``value`` is a string within ``rule``; else the problem, naming ``where``, is appended."""
    if not isinstance(value, str):
        given = f"{type(value).__name__}" if secret else f"{type(value).__name__} {shown(value)}"
        problems.append(f"{where} must be a string, got {given}")
        return False
    problem = string_problem(
        value,
        min_length=rule.min_length,
        max_length=rule.max_length,
        min_bytes=rule.min_bytes,
        max_bytes=rule.max_bytes,
        pattern=rule.pattern,
        enum=rule.enum,
        secret=secret,
    )
    if problem is not None:
        problems.append(f"{where} {problem}")
        return False
    return True


def ecma_pattern(pattern: str) -> str:
    """A JSON Schema (ECMA-262) ``pattern`` for Python's ``re``: an unescaped ``$`` outside a character class is the
    end of the input (``\\Z``), where Python's ``$`` would also match before a final newline (``"ab\\n"`` would
    pass ``^[a-z]+$``)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        out.append("\\Z" if char == "$" and not in_class else char)
        i += 1
    return "".join(out)


def _key_text(key: object) -> str:
    return shown(key)


def plain(value: object) -> object:
    """A generated model as its JSON dict (``to_dict()``); anything else unchanged."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping | str | bytes | type):
        try:
            return to_dict()
        except Exception:
            return _Broken(type(value).__name__)
    return value


class _Broken:
    """A value whose ``to_dict()`` failed (reported by name)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name} whose to_dict() failed>"


def check_value(schema: Schema, value: object, where: str, problems: list[str], depth: int = 0) -> Any:
    """``value`` as JSON by ``schema``; each problem found is appended to ``problems`` naming ``where``.

    A value that fails while it is read (a mapping or an iterable that raises) is a problem too, never an
    exception from inside.
    """
    try:
        return _check_value(schema, value, where, problems, depth)
    except RecursionError:
        problems.append(f"{where}: nested too deeply")
    except Exception as exc:
        problems.append(f"{where} could not be read ({type(exc).__name__})")
    return None


def _check_value(schema: Schema, value: object, where: str, problems: list[str], depth: int) -> Any:
    if depth > MAX_DEPTH:
        problems.append(f"{where}: nested deeper than {MAX_DEPTH} levels")
        return None
    value = plain(value)
    kind = schema.type
    if kind == "object":
        return _check_object(schema, value, where, problems, depth)
    if kind == "array":
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            problems.append(f"{where} must be a list, got {type(value).__name__}")
            return None
        items = list(value)
        if schema.min_items is not None and len(items) < schema.min_items:
            problems.append(f"{where} must have at least {schema.min_items} item(s), got {len(items)}")
        if schema.max_items is not None and len(items) > schema.max_items:
            problems.append(f"{where} must have at most {schema.max_items} item(s), got {len(items)}")
        out = []
        for index, item in enumerate(items):
            if item is None:
                problems.append(f"{where}[{index}] is None")
                continue
            if schema.items is not None:
                out.append(check_value(schema.items, item, f"{where}[{index}]", problems, depth + 1))
            else:
                out.append(item)
        return out
    if kind == "string":
        return value if check_string(value, schema, where, problems) else None
    if kind == "boolean":
        if not isinstance(value, bool):
            problems.append(f"{where} must be True or False, got {type(value).__name__} {shown(value)}")
        return value
    return _check_number(schema, value, where, problems)


def _check_number(schema: Schema, value: object, where: str, problems: list[str]) -> object:
    integer = schema.type == "integer"
    if isinstance(value, bool) or not isinstance(value, int | float) or (integer and not isinstance(value, int)):
        problems.append(
            f"{where} must be {'an int' if integer else 'a number'}, got {type(value).__name__} {shown(value)}"
        )
        return value
    if isinstance(value, float) and not math.isfinite(value):
        problems.append(f"{where} must be a finite number, got {value}")
        return value
    low = schema.minimum if schema.minimum is not None else (INT64_MIN if integer else None)
    high = schema.maximum if schema.maximum is not None else (INT64_MAX if integer else None)
    if (low is not None and value < low) or (high is not None and value > high):
        text = (
            str(value)
            if not isinstance(value, int) or value.bit_length() < 128
            else f"a {value.bit_length()}-bit number"
        )
        bound = (
            f"{low}–{high}"
            if low is not None and high is not None
            else (f">= {low}" if low is not None else f"<= {high}")
        )
        if high == INT64_MAX and low is not None:
            bound = f">= {low} and at most 2**63-1 (an int64)"
        problems.append(f"{where} must be {bound}, got {text}")
    if (enum := schema.enum) and value not in enum:
        problems.append(f"{where} must be one of {', '.join(str(e) for e in enum)}, got {value}")
    return value


def _check_object(schema: Schema, value: object, where: str, problems: list[str], depth: int) -> Any:
    if not isinstance(value, Mapping):
        name = schema.name or "an object"
        problems.append(f"{where} must be a mapping (or a {name} model), got {type(value).__name__} {shown(value)}")
        return None
    out: dict[str, Any] = {}
    given = {key: item for key, item in value.items() if item is not None}
    for key in sorted((k for k in given if not isinstance(k, str)), key=_key_text):
        problems.append(f"{where}: member names must be strings, got {shown(key)}")
    for key in sorted(k for k in given if isinstance(k, str) and unencodable(k)):
        problems.append(f"{where}: member name {shown(key)} is not valid Unicode text (a lone surrogate)")
    for key in sorted(schema.required - set(given)):
        problems.append(f"{where}.{key} is required")
    for key, item in given.items():
        if not isinstance(key, str) or unencodable(key):
            continue
        sub = schema.properties.get(key)
        place = f"{where}.{key}"
        if sub is not None:
            out[key] = check_value(sub, item, place, problems, depth + 1)
        elif schema.additional is False:
            documented = ", ".join(schema.properties) or "none"
            problems.append(f"{where}: unknown member {key!r} (documented: {documented})")
        elif isinstance(schema.additional, Schema):
            out[key] = check_value(schema.additional, item, place, problems, depth + 1)
        else:
            out[key] = _json_only(item, place, problems, depth + 1)
    return out


def json_value(value: object, where: str, problems: list[str]) -> Any:
    """Any value as plain JSON (mappings, lists and tuples, generated models, scalars), or a problem naming
    ``where`` — for what no schema describes (``client.request``'s ``params`` and ``json``)."""
    try:
        return _json_only(value, where, problems, 0)
    except RecursionError:
        problems.append(f"{where}: nested too deeply")
    except Exception as exc:
        problems.append(f"{where} could not be read ({type(exc).__name__})")
    return None


def encoded(document: Any, problems: list[str], what: str = "the body") -> bytes | None:
    """:func:`encode_body`, or a problem when ``json`` refuses the document (the last guard)."""
    try:
        return encode_body(document)
    except (ValueError, TypeError, RecursionError) as exc:
        problems.append(f"{what} is not JSON ({type(exc).__name__}: {str(exc)[:80]})")
        return None


def _json_only(value: object, where: str, problems: list[str], depth: int) -> Any:
    """A member the spec does not describe: kept as given, if it is JSON (mappings, lists, scalars)."""
    if depth > MAX_DEPTH:
        problems.append(f"{where}: nested deeper than {MAX_DEPTH} levels")
        return None
    value = plain(value)
    if value is None or isinstance(value, bool | str):
        if isinstance(value, str) and unencodable(value):
            problems.append(f"{where} is not valid Unicode text (a lone surrogate)")
        return value
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            problems.append(f"{where} must be an int64, got a {value.bit_length()}-bit number")
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            problems.append(f"{where} must be a finite number, got {value}")
        return value
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str) or unencodable(key):
                problems.append(f"{where}: member names must be text, got {shown(key)}")
                continue
            out[key] = _json_only(item, f"{where}.{key}", problems, depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [_json_only(item, f"{where}[{i}]", problems, depth + 1) for i, item in enumerate(value)]
    problems.append(f"{where} is not JSON: {type(value).__name__} {shown(value)}")
    return None


def check_body(
    schema: Schema, values: Mapping[str, Any], problems: list[str], *, required: bool
) -> dict[str, Any] | None:
    """The body document from the call's body arguments (``None``: not given), checked; None when empty."""
    document: dict[str, Any] = {}
    for key in sorted(schema.required):
        if values.get(key) is None:
            problems.append(f"{key} is required")
    for key, sub in schema.properties.items():
        value = values.get(key)
        if value is not None:
            document[key] = check_value(sub, value, key, problems)

    if not document and not required:
        return None
    return document


#: How deep a decoded JSON body may nest where it is read (the fake, validation): the API's nest a few levels.
MAX_DOCUMENT_DEPTH: Final = 64


def document_problem(document: Any) -> str | None:
    """What makes a decoded body unusable, walked without recursion: nesting beyond :data:`MAX_DOCUMENT_DEPTH`, or a
    lone surrogate (``"\\ud800"`` decodes to one) in a string or a member name — text that is not UTF-8."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DOCUMENT_DEPTH:
            return f"nested deeper than {MAX_DOCUMENT_DEPTH} levels"
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return "a string holds a lone surrogate (not UTF-8 text)"
        elif isinstance(value, dict):
            stack.extend((key, depth) for key in value)
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return None


def encode_body(document: Any) -> bytes:
    """Compact JSON in UTF-8, as the API reads it (the Go SDK's ``json.Marshal``)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
