"""``decoders.py``: one decoder per response model, lenient as the spec says."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from .common import (
    LENIENT_SCALARS,
    SCHEMA_PREFIX,
    RegenerationError,
    _fail,
    _resolve,
    _schema_name,
)
from .view import generator_view

# --- _decoders.py: one decoder per response model, lenient as the spec says -----------------------------------


def _model_fields(generated: Path, module: str, cls: str) -> list[str]:
    """The attribute names of a generated model class, in order; refuses a class the decoders cannot build.

    The decoders create instances with ``object.__new__`` and set every attribute (the generated ``__init__``
    only assigns them), so the class must be a plain ``@_attrs_define`` class without validators or converters.
    """
    path = generated / "models" / f"{module.rsplit('.', 1)[-1]}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    node = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls), None)
    if node is None:
        _fail(f"{path}: no class {cls}")
    if [ast.unparse(d) for d in node.decorator_list] != ["_attrs_define"]:
        _fail(f"{path}: {cls} is not a plain @_attrs_define class; extend render_decoders")
    names = []
    for item in node.body:
        if not isinstance(item, ast.AnnAssign) or not isinstance(item.target, ast.Name):
            continue
        value = ast.unparse(item.value) if item.value is not None else None
        if item.target.id == "additional_properties":
            if value != "_attrs_field(init=False, factory=dict)":
                _fail(f"{path}: {cls}.additional_properties is {value}; extend render_decoders")
            continue
        if value not in (None, "UNSET"):
            _fail(f"{path}: {cls}.{item.target.id} = {value}; extend render_decoders")
        names.append(item.target.id)
    return names


def _open_enum(spec: dict[str, Any], schema: dict[str, Any]) -> str | None:
    """``anyOf: [{$ref: <enum>}, {type: string}]`` (how the spec keeps a response enum open): the enum's name."""
    options = schema.get("anyOf")
    if not isinstance(options, list) or len(options) != 2 or options[1] != {"type": "string"}:
        return None
    ref = options[0].get("$ref", "")
    if ref.startswith(SCHEMA_PREFIX) and "enum" in _resolve(spec, options[0]):
        return _schema_name(ref)
    return None


def _value_kind(spec: dict[str, Any], schema: dict[str, Any], where: str) -> tuple[str, str]:
    """How the decoders treat one value: (kind, schema name) with kind int | float | leaf | enum | object."""
    ref = schema.get("$ref")
    if ref in LENIENT_SCALARS:
        return ("int" if ref.endswith("LenientInteger") else "float"), ""
    target = _resolve(spec, schema)
    if ref and (enum := _open_enum(spec, target)):
        return "enum", enum
    if "enum" in target:
        _fail(f"{where}: a response enum must be open (anyOf: [$ref: <enum>, type: string]), see spec/README.md")
    if target.get("type") == "object" or "properties" in target:
        if not ref:
            _fail(f"{where}: an inline object in a response; give it a component schema")
        return "object", _schema_name(ref)
    if target.get("type") in {"string", "integer", "number", "boolean"} and not set(target) & {"anyOf", "oneOf"}:
        return "leaf", ""
    raise RegenerationError(f"{where}: {target} is not a response shape the decoders know; extend render_decoders")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def render_decoders(spec: dict[str, Any], ops: list[dict[str, Any]], models: dict[str, str], generated: Path) -> str:
    """``_decoders.py``: for every model an answer can hold, a function from decoded JSON to the model.

    Each does, in one pass, only what the spec asks of that model: a ``LenientInteger`` holding a decimal
    string becomes an ``int`` (``LenientNumber``: a ``float``), an open enum's known value becomes the enum
    member (an unknown one stays a string), a documented key holding ``null`` is absent (``UNSET``; an array
    field of an answer's ``data`` reads ``[]``), a ``null`` in an array is skipped, an undocumented key is
    kept in ``additional_properties``. Anything that is not the documented shape (an object that is not a
    JSON object, an array that is not a JSON array) raises ``TypeError``, which the client reports as a
    ``ResponseDecodeError``.
    """
    schemas = spec["components"]["schemas"]
    view_schemas = generator_view(spec)["components"]["schemas"]
    order: list[str] = []
    enums: set[str] = set()
    pending = [op["data_class"] for op in ops if not op["binary"]]
    while pending:  # every object schema reachable from an answer's data, in the order first met
        name = pending.pop(0)
        if name in order:
            continue
        order.append(name)
        for key, sub in (schemas[name].get("properties") or {}).items():
            item = sub.get("items", {}) if _resolve(spec, sub).get("type") == "array" else sub
            kind, target = _value_kind(spec, item, f"{name}.{key}")
            if kind == "object":
                pending.append(target)
            elif kind == "enum":
                enums.add(target)
    for name in [*order, *sorted(enums)]:
        if name not in models:
            _fail(f"schema {name}: no generated model of that name")
    imports = sorted({(models[n], n) for n in [*order, *enums]})
    lines = [
        '"""Decoders from decoded JSON to the generated models: one function per model an answer can hold.',
        "",
        "Derived from spec/tencent-ads-v3.yaml by scripts/regenerate (``render_decoders`` says what each does).",
        "One pass per answer does the spec's leniency (string ids, nulls, open enums, unknown keys) and builds",
        "the models; the generated ``from_dict`` stays for raw use.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable",
        "from typing import Any, Final",
        "",
        "from tencent_ads_api.types import UNSET",
    ]
    lines += [f"from {module} import {name}" for module, name in imports]
    lines += [
        "",
        "from tencent_ads._lenient import extra_keys, not_an_array, not_an_object, to_float, to_int",
        "",
        "_new = object.__new__",
        "",
    ]
    for name in sorted(enums):
        lines.append(f"_{_snake(name).upper()}: Final = {{member.value: member for member in {name}}}")
    lines.append("")
    for name in order:
        props = schemas[name].get("properties") or {}
        required = set(view_schemas[name].get("required") or [])
        fields = _model_fields(generated, models[name], name)
        attrs_of: dict[str, str] = {}
        for key in props:
            attr = next((a for a in (key, key + "_") if a in fields), None)
            if attr is None or attr in attrs_of.values():
                _fail(f"{name}.{key}: no attribute of the generated model {name} ({fields})")
            attrs_of[key] = attr
        if sorted(attrs_of.values()) != sorted(fields):
            _fail(f"{name}: the model's attributes {fields} are not the spec's properties {list(props)}")
        keys_const = f"_{_snake(name).upper()}_KEYS"
        lines.append(f"{keys_const}: Final = frozenset({sorted(props)!r})")
        lines.append("")
        lines.append("")
        lines.append(f"def {_snake(name)}(d: Any) -> {name}:")
        lines.append(f'    """``{name}`` from a decoded JSON object."""')
        lines.append("    if d.__class__ is not dict:")
        lines.append(f"        raise not_an_object({name!r}, d)")
        lines.append("    missing = 0")
        for key, sub in props.items():
            var = f"v_{attrs_of[key]}"
            array = _resolve(spec, sub).get("type") == "array"
            kind, target = _value_kind(spec, sub.get("items", {}) if array else sub, f"{name}.{key}")
            absent = "[]" if key in required and array else "UNSET"
            if key in required and not array:
                _fail(f"{name}.{key}: required non-array fields are not decoded yet; extend render_decoders")
            lines.append(f"    {var} = d.get({key!r}, UNSET)")  # d.get each time: 10% faster than a bound get
            if array:
                item = {
                    "leaf": "x",
                    "int": "to_int(x)",
                    "float": "to_float(x)",
                    "object": f"{_snake(target)}(x)",
                }.get(kind)
                if item is None:
                    _fail(f"{name}.{key}: arrays of {kind} are not decoded yet; extend render_decoders")
                lines.append(f"    if {var}.__class__ is list:")
                if kind == "object":
                    # map(): no comprehension frame per list (a page holds hundreds of small lists); a null item
                    # (its decoder raises TypeError) sends the list through the comprehension that skips nulls
                    lines.append("        try:")
                    lines.append(f"            {var} = list(map({_snake(target)}, {var}))")
                    lines.append("        except TypeError:")
                    lines.append(f"            {var} = [{item} for x in {var} if x is not None]")
                else:
                    lines.append(f"        {var} = [{item} for x in {var} if x is not None]")
                lines.append(f"    elif {var} is UNSET:")
                lines.append("        missing += 1")
                if absent != "UNSET":
                    lines.append(f"        {var} = {absent}")
                lines.append(f"    elif {var} is None:")
                lines.append(f"        {var} = {absent}")
                lines.append("    else:")
                lines.append(f"        raise not_an_array({f'{name}.{key}'!r}, {var})")
                continue
            if kind == "leaf":
                lines.append(f"    if {var} is UNSET:")
                lines.append("        missing += 1")
                lines.append(f"    elif {var} is None:")
                lines.append(f"        {var} = UNSET")
                continue
            if kind == "object":
                lines.append(f"    if {var}.__class__ is dict:")
                lines.append(f"        {var} = {_snake(target)}({var})")
                lines.append(f"    elif {var} is UNSET:")
                lines.append("        missing += 1")
                lines.append(f"    elif {var} is None:")
                lines.append(f"        {var} = UNSET")
                lines.append("    else:")
                lines.append(f"        raise not_an_object({f'{name}.{key}'!r}, {var})")
                continue
            convert = {
                "int": f"to_int({var})",
                "float": f"to_float({var})",
                "enum": f"_{_snake(target).upper()}.get({var}, {var})",
            }[kind]
            if kind == "int":  # the common case (an int) takes one test
                lines.append(f"    if {var}.__class__ is not int:")
                lines.append(f"        if {var}.__class__ is str:")
                lines.append(f"            {var} = {convert}")
                lines.append(f"        elif {var} is UNSET:")
                lines.append("            missing += 1")
                lines.append(f"        elif {var} is None:")
                lines.append(f"            {var} = UNSET")
                continue
            lines.append(f"    if {var}.__class__ is str:")
            lines.append(f"        {var} = {convert}")
            lines.append(f"    elif {var} is UNSET:")
            lines.append("        missing += 1")
            lines.append(f"    elif {var} is None:")
            lines.append(f"        {var} = UNSET")
        lines.append(f"    obj = _new({name})")
        for key in props:
            lines.append(f"    obj.{attrs_of[key]} = v_{attrs_of[key]}")
        lines.append(
            f"    obj.additional_properties = {{}} if len(d) + missing == {len(props)} else extra_keys(d, {keys_const})"
        )
        lines.append("    return obj")
        lines.append("")
        lines.append("")
    lines.append("#: operationId → the decoder of its answer's ``data`` (a file operation has none).")
    lines.append("DECODERS: Final[dict[str, Callable[[Any], Any]]] = {")
    for op in ops:
        if not op["binary"]:
            lines.append(f"    {op['operation_id']!r}: {_snake(op['data_class'])},")
    lines.append("}")
    lines += _render_typed(spec, ops, order, schemas, view_schemas, models, generated)
    return "\n".join(lines) + "\n"


def _render_typed(
    spec: dict[str, Any],
    ops: list[dict[str, Any]],
    order: list[str],
    schemas: dict[str, Any],
    view_schemas: dict[str, Any],
    models: dict[str, str],
    generated: Path,
) -> list[str]:
    """The msgspec path: every model's wire shape as a msgspec Struct, and one converter per model to its model.

    msgspec decodes an answer straight into the Structs (in C, no dicts: 0.3x json.loads), refusing any key
    the spec does not document (``forbid_unknown_fields``) and any object or array where the spec has none;
    the converters then do the spec's leniency as the dict decoders do, attribute by attribute. Whatever the
    Structs refuse goes through the dict decoders (``_envelope.decode_typed``), which keep unknown keys in
    ``additional_properties``. The Structs are made with ``msgspec.defstruct`` on first use, so that this
    module imports without msgspec (the light install).
    """
    lines = [
        "",
        "",
        "# --- the msgspec path (``[msgspec]``): answers decoded straight into wire Structs, then converted -----",
        "",
    ]
    built: list[str] = []  # the wire Structs, children before their parents

    def visit(name: str, stack: tuple[str, ...]) -> None:
        if name in built:
            return
        if name in stack:
            _fail(f"schema {name} contains itself; extend _render_typed (msgspec Structs made in order)")
        for sub in (schemas[name].get("properties") or {}).values():
            item = sub.get("items", {}) if _resolve(spec, sub).get("type") == "array" else sub
            kind, target = _value_kind(spec, item, name)
            if kind == "object":
                visit(target, (*stack, name))
        built.append(name)

    for name in order:
        visit(name, ())
    struct_lines: list[str] = []
    for name in order:
        props = schemas[name].get("properties") or {}
        required = set(view_schemas[name].get("required") or [])
        fields = _model_fields(generated, models[name], name)
        lines.append("")
        lines.append(f"def _t_{_snake(name)}(s: Any) -> {name}:")
        lines.append(f'    """``{name}`` from its wire Struct (the msgspec path)."""')
        lines.append(f"    obj = _new({name})")
        wire: list[str] = []
        rename: dict[str, str] = {}
        for key, sub in props.items():
            attr = next(a for a in (key, key + "_") if a in fields)
            if attr != key:
                rename[attr] = key
            array = _resolve(spec, sub).get("type") == "array"
            kind, target = _value_kind(spec, sub.get("items", {}) if array else sub, f"{name}.{key}")
            absent = "[]" if key in required and array else "UNSET"
            lines.append(f"    v = s.{attr}")
            if array and kind == "object":
                wire.append(f"({attr!r}, many(S[{target!r}]), UNSET)")
                lines.append("    if v.__class__ is list:")
                lines.append(f"        v = list(map(_t_{_snake(target)}, v))")
                lines.append("    elif v is None or v is UNSET:" if absent != "UNSET" else "    elif v is None:")
                lines.append(f"        v = {absent}")
            elif array:
                wire.append(f"({attr!r}, Any, UNSET)")
                item = {"leaf": "x", "int": "to_int(x)", "float": "to_float(x)"}[kind]
                lines.append("    if v.__class__ is list:")
                lines.append(f"        v = [{item} for x in v if x is not None]")
                lines.append("    elif v is None or v is UNSET:" if absent != "UNSET" else "    elif v is None:")
                lines.append(f"        v = {absent}")
                lines.append("    elif v is not UNSET:" if absent == "UNSET" else "    else:")
                lines.append(f"        raise not_an_array({f'{name}.{key}'!r}, v)")
            elif kind == "object":
                wire.append(f"({attr!r}, maybe(S[{target!r}]), UNSET)")
                lines.append("    if v is None:")
                lines.append("        v = UNSET")
                lines.append("    elif v is not UNSET:")
                lines.append(f"        v = _t_{_snake(target)}(v)")
            else:
                wire.append(f"({attr!r}, Any, UNSET)")
                if kind == "leaf":
                    lines.append("    if v is None:")
                    lines.append("        v = UNSET")
                elif kind == "int":
                    lines.append("    if v.__class__ is not int:")
                    lines.append("        if v.__class__ is str:")
                    lines.append("            v = to_int(v)")
                    lines.append("        elif v is None:")
                    lines.append("            v = UNSET")
                else:
                    convert = "to_float(v)" if kind == "float" else f"_{_snake(target).upper()}.get(v, v)"
                    lines.append("    if v.__class__ is str:")
                    lines.append(f"        v = {convert}")
                    lines.append("    elif v is None:")
                    lines.append("        v = UNSET")
            lines.append(f"    obj.{attr} = v")
        lines.append("    obj.additional_properties = {}")
        lines.append("    return obj")
        lines.append("")
        struct_lines.append(f"        S[{name!r}] = struct(")
        struct_lines.append(f"            {name + 'Wire'!r},")
        struct_lines.append(f"            [{', '.join(wire)}],")
        struct_lines.append(f"            {rename!r},")
        struct_lines.append("        )")
    # the Structs in dependency order (the converters above are in the dict decoders' order)
    by_name = {}
    for n in range(0, len(struct_lines), 5):
        by_name[struct_lines[n].split("[", 1)[1].split("]", 1)[0].strip("'")] = struct_lines[n : n + 5]
    lines += [
        "",
        "_TYPED: dict[str, tuple[Any, Callable[[Any], Any]]] | None = None",
        "",
        "",
        "def typed_decoders() -> dict[str, tuple[Any, Callable[[Any], Any]]]:",
        '    """operationId → (a msgspec decoder of its whole answer, the converter of its ``data``).',
        "",
        '    msgspec required; made on first use."""',
        "    global _TYPED",
        "    if _TYPED is None:",
        "        import msgspec",
        "",
        "        S: dict[str, Any] = {}",
        "",
        "        def maybe(wire: Any) -> Any:  # the Struct, or null",
        "            return wire | None",
        "",
        "        def many(wire: Any) -> Any:  # an array of the Struct, or null",
        "            return list.__class_getitem__(wire) | None",
        "",
        "        def struct(name: str, fields: list[tuple[str, Any, Any]], rename: dict[str, str]) -> Any:",
        "            # gc=False: a Struct made from JSON holds no cycle, and the collector need not track it",
        "            renamed = rename or None",
        "            return msgspec.defstruct(name, fields, forbid_unknown_fields=True, rename=renamed, gc=False)",
        "",
    ]
    for name in built:
        lines += by_name[name]
    lines.append("        _TYPED = {")
    for op in ops:
        if op["binary"]:
            continue
        envelope = f"{op['data_class']}Envelope"
        lines.append(f"            {op['operation_id']!r}: (")
        lines.append("                msgspec.json.Decoder(")
        lines.append("                    msgspec.defstruct(")
        lines.append(f"                        {envelope!r},")
        lines.append(
            f'                        [("code", Any, UNSET), ("trace_id", Any, None), '
            f'("data", S[{op["data_class"]!r}] | None, None)],'
        )
        lines.append("                        gc=False,")
        lines.append("                    )")
        lines.append("                ),")
        lines.append(f"                _t_{_snake(op['data_class'])},")
        lines.append("            ),")
    lines.append("        }")
    lines.append("    return _TYPED")
    return lines
