"""Rendering the spec-driven package ``tencent_ads_generated``: ``spec_data.py`` (the rules), ``bodies.py`` (the
bodies' TypedDicts) and ``resources/<tag>.py`` (from ``scripts/templates/resource.py.jinja``)."""

from __future__ import annotations

import keyword
import textwrap
from typing import Any

from .common import (
    _fail,
    _py_name,
)
from .read import EXTRAS_PACKAGE, INT64_MAX, INT64_MIN, OVERRIDES, TEMPLATES, filter_rules, row_fields, task_families

# --- the spec-driven layer: rendering ----------------------------------------------------------------------------


def _schema_expr(schema: dict[str, Any]) -> str:
    """``Schema(...)`` for one body value (defaults left out)."""
    args = [repr(schema["type"])]
    for key in ("name", "description"):
        if schema.get(key):
            args.append(f"{key}={schema[key]!r}")
    if schema["type"] == "object":
        if schema["properties"]:
            members = ", ".join(f"{k!r}: {_schema_expr(v)}" for k, v in schema["properties"].items())
            args.append(f"properties={{{members}}}")
        if schema["required"]:
            args.append(f"required=frozenset({schema['required']!r})")
        extra = schema["additional"]
        if extra is not True:
            args.append(f"additional={extra!r}" if isinstance(extra, bool) else f"additional={_schema_expr(extra)}")
    elif schema["type"] == "array":
        args.append(f"items={_schema_expr(schema['items'])}")
    for key in (
        "min_items",
        "max_items",
        "minimum",
        "maximum",
        "min_length",
        "max_length",
        "min_bytes",
        "max_bytes",
        "pattern",
        "enum",
    ):
        value = schema.get(key)
        if value is not None:
            args.append(f"{key}={tuple(value) if isinstance(value, list) else value!r}")
    return f"Schema({', '.join(args)})"


def render_spec_data(spec: dict[str, Any], ops: list[dict[str, Any]]) -> str:
    filter_names = sorted({p["rules"] for op in ops for p in op["params"] if p["kind"] == "filtering"})
    lines = [
        '"""The spec as the client enforces it: operations, parameter bounds, bodies, filter rules, terminal statuses.',
        "",
        "Derived from spec/tencent-ads-v3.yaml by scripts/regenerate; the types are in ``tencent_ads._descriptors``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final, Literal",
        "",
        "from tencent_ads._descriptors import FieldRule, FilterRules, Operation, Param, Schema, TaskFamily",
        "",
        "# fmt: off",
        "FILTERS: Final[dict[str, FilterRules]] = {",
    ]
    for name in filter_names:
        r = filter_rules(spec, name)
        lines.append(f"    {name!r}: FilterRules(")
        lines.append(f"        max_filters={r['max_filters']!r},")
        lines.append(f"        min_values={r['min_values']!r},")
        lines.append(f"        max_values={r['max_values']!r},")
        lines.append(f"        multi_value_operators=frozenset({r['multi']!r}),")
        lines.append(f"        min_value_bytes={r['min_bytes']!r},")
        lines.append(f"        max_value_bytes={r['max_bytes']!r},")
        lines.append(f"        forbidden_characters={r['forbidden']!r},")
        lines.append("        fields={")
        for field, rule in r["fields"].items():
            extra = ""
            if rule.get("decimal"):
                extra += ", decimal=True"
            if "allowed" in rule:
                extra += f", allowed_values=frozenset({rule['allowed']!r})"
            lines.append(f"            {field!r}: FieldRule({tuple(rule['operators'])!r}{extra}),")
        lines.append("        },")
        lines.append("    ),")
    lines.append("}")
    lines.append("")
    for name in filter_names:  # Literal types of a filter's fields and operators, for type checkers
        r = filter_rules(spec, name)
        operators = sorted({op for rule in r["fields"].values() for op in rule["operators"]})
        lines.append(f"{name}Field = Literal[{', '.join(repr(f) for f in r['fields'])}]")
        lines.append(f"{name}Operator = Literal[{', '.join(repr(o) for o in operators)}]")
        lines.append("")
    terminal = spec["components"]["schemas"].get("TaskStatus", {}).get("x-terminal", [])
    lines.append(f"TERMINAL_TASK_STATUSES: Final = frozenset({sorted(terminal)!r})")
    lines.append("")
    lines.append(
        "#: Asynchronous job families (``x-task``), by tag: what creates, polls and serves the files of a job."
    )
    lines.append("TASKS: Final[dict[str, TaskFamily]] = {")
    for family in task_families(spec, ops):
        named = ", ".join(f"{key}={family[key]!r}" for key in ("tag", "poll", "create", "files", "filtering"))
        lines.append(f"    {family['tag']!r}: TaskFamily({named}, terminal=frozenset({family['terminal']!r})),")
    lines.append("}")
    lines.append("")
    lines.append("#: The members of each report row schema as the spec types them: integer, number or string (a file's")
    lines.append("#: columns are typed by these; a metric not listed stays text).")
    lines.append("ROW_FIELDS: Final[dict[str, dict[str, str]]] = {")
    for item_class in sorted({op["item_class"] for op in ops if op["item_key"] == ""}):
        lines.append(f"    {item_class!r}: {row_fields(spec, item_class)!r},")
    lines.append("}")
    lines.append("")
    lines.append("OPERATIONS: Final[dict[str, Operation]] = {")
    for op in ops:
        lines.append(f"    {op['operation_id']!r}: Operation(")
        for key in ("operation_id", "method", "path", "tag", "name", "summary"):
            lines.append(f"        {key}={op[key]!r},")
        lines.append("        params=(")
        for p in op["params"]:
            args = [f"{p['name']!r}", f"{p['kind']!r}"]
            for key in (
                "required",
                "minimum",
                "maximum",
                "enum",
                "min_length",
                "max_length",
                "min_bytes",
                "max_bytes",
                "pattern",
                "rules",
                "secret",
            ):
                value = p.get(key)
                if value not in (None, False):
                    args.append(f"{key}={tuple(value) if isinstance(value, list) else value!r}")
            args.append(f"description={p['description']!r}")
            if p["kind"] == "json":
                args.append(f"schema={_schema_expr(p['schema'])}")
            lines.append(f"            Param({', '.join(args)}),")
        lines.append("        ),")
        lines.append(f"        data_model={op['data_model']!r},")
        lines.append(f"        example={op['example']!r},")
        lines.append(f"        server={op['server']!r},")
        if op["binary"]:
            lines.append("        binary=True,")
        if not op["signed"]:
            lines.append("        signed=False,")
        if op["secret_answer"]:
            lines.append("        secret_answer=True,")
        if op["cli"] != "generated":
            lines.append(f"        cli={op['cli']!r},")
        if op["body"] is not None:
            lines.append(f"        body={_schema_expr(op['body'])},")
            if op["body_required"]:
                lines.append("        body_required=True,")
            lines.append(f"        body_example={op['body_example']!r},")
        if not op["idempotent"]:
            lines.append("        idempotent=False,")
        if op["item_key"] is not None:
            lines.append(f"        item_key={op['item_key']!r},")
        lines.append("    ),")
    lines.append("}")
    lines.append("# fmt: on")
    return "\n".join(lines) + "\n"


_PARAM_TYPES = {
    "integer": "int",
    "string": "str",
    "filtering": "Iterable[FilterLike]",
    "names": "Iterable[str]",
}
_SCALARS = {"integer": "int", "number": "float", "string": "str", "boolean": "bool"}


def _typed_dicts(schema: dict[str, Any], found: dict[str, dict[str, Any]]) -> None:
    """Every object of a body with documented members, by name: each becomes a ``<Name>Param`` TypedDict."""
    if schema["type"] == "object":
        if schema["properties"]:
            if schema["name"] in found and found[schema["name"]] != schema:
                _fail(f"two different body objects are both named {schema['name']}")
            found[schema["name"]] = schema
        for sub in schema["properties"].values():
            _typed_dicts(sub, found)
        if isinstance(schema["additional"], dict):
            _typed_dicts(schema["additional"], found)
    elif schema["type"] == "array":
        _typed_dicts(schema["items"], found)


def _annotation(schema: dict[str, Any], models: dict[str, str], qualify: str = "") -> str:
    """The Python type of one body value: scalars, ``Iterable[...]``, and for an object its ``<Name>Param``
    TypedDict, or the generated model of the same name, or (where undocumented members are allowed) any mapping."""
    kind = schema["type"]
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "array":
        return f"Iterable[{_annotation(schema['items'], models, qualify)}]"
    if not schema["properties"]:
        return "Mapping[str, Any]"
    options = [f"{qualify}{schema['name']}Param"]
    if schema["name"] in models:
        options.append(schema["name"])
    if schema["additional"] is not False:
        options.append("Mapping[str, Any]")
    return " | ".join(options)


def _model_imports(schema: dict[str, Any], models: dict[str, str], found: set[tuple[str, str]]) -> None:
    if schema["type"] == "object":
        if schema["properties"] and schema["name"] in models:
            found.add((models[schema["name"]], schema["name"]))
        for sub in schema["properties"].values():
            _model_imports(sub, models, found)
        if isinstance(schema["additional"], dict):
            _model_imports(schema["additional"], models, found)
    elif schema["type"] == "array":
        _model_imports(schema["items"], models, found)


def _json_values(op: dict[str, Any]) -> list[dict[str, Any]]:
    """The schemas of an operation's JSON values: its body and its ``json`` query parameters."""
    found = [p["schema"] for p in op["params"] if p["kind"] == "json"]
    return found + ([op["body"]] if op["body"] is not None else [])


def _param_type(p: dict[str, Any], models: dict[str, str]) -> str:
    if p["kind"] == "json":
        return _annotation(p["schema"], models, "bodies.")
    return _PARAM_TYPES[p["kind"]]


def render_bodies(ops: list[dict[str, Any]], models: dict[str, str]) -> str:
    """``bodies.py``: a TypedDict per documented object of a request body (``AsyncTaskSpecParam``, ...).

    A nested object may be given as such a dict, or as the generated model of the same name (``to_dict()``).
    """
    found: dict[str, dict[str, Any]] = {}
    imports: set[tuple[str, str]] = set()
    for op in ops:
        for schema in _json_values(op):
            _typed_dicts(schema, found)
            _model_imports(schema, models, imports)
    lines = [
        '"""The request bodies\' objects as TypedDicts: ``<Name>Param`` for every documented object of a body.',
        "",
        "Generated from spec/tencent-ads-v3.yaml by scripts/regenerate. Pass a plain dict typed with these (a type",
        "checker then knows every member), or the generated model of the same name from ``tencent_ads_api.models``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Iterable, Mapping",
        "from typing import TYPE_CHECKING, Any, Required, TypedDict",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    from {module} import {name}" for module, name in sorted(imports)] or ["    pass"]
    lines += ["", f"__all__ = {sorted(name + 'Param' for name in found)!r}"]
    for name, schema in sorted(found.items()):
        lines += ["", "", f"class {name}Param(TypedDict, total=False):"]
        doc = textwrap.wrap(schema["description"] or f"The object {name}.", 100, break_long_words=False)
        lines.append(f'    """{doc[0]}' + ('"""' if len(doc) == 1 else ""))
        if len(doc) > 1:
            lines += [f"    {line}" for line in doc[1:]] + ['    """']
        lines.append("")
        for key, sub in schema["properties"].items():
            kind = _annotation(sub, models)
            lines.append(f"    {key}: Required[{kind}]" if key in schema["required"] else f"    {key}: {kind}")
    return "\n".join(lines) + "\n"


def _bound(p: dict[str, Any]) -> str:
    if p.get("type", p.get("kind")) in {"integer", "number"}:
        low, high = p.get("minimum"), p.get("maximum")
        if low is None or low == INT64_MIN:
            return ""
        return f", {low}–{'2**63-1' if high == INT64_MAX else high}"
    if p.get("min_bytes") is not None or p.get("max_bytes") is not None:
        return f", {p.get('min_bytes') or 0}–{p.get('max_bytes')} bytes"
    if p.get("min_length") is not None and p.get("max_length") is not None:
        return f", {p['min_length']}–{p['max_length']} characters"
    if p.get("min_items") is not None or p.get("max_items") is not None:
        return f", {p.get('min_items') or 0}–{p.get('max_items') or 'any'} items"
    return ""


def _docstring(op: dict[str, Any]) -> str:
    text = textwrap.wrap(f"``{op['method']} {op['path'].lstrip('/')}`` — {op['summary']}", 100)
    if op["description"]:
        text += ["", *op["description"].splitlines()]
    text += ["", "Arguments (keyword-only; checked before anything is sent):"]
    entries = [(p["name"], p["required"], p, p["description"]) for p in op["params"]]
    body = op["body"]
    if body is not None:
        entries += [(k, k in body["required"], s, s["description"]) for k, s in body["properties"].items()]
    for name, required, rule, description in entries:
        need = "required" if required else "optional"
        entry = f"``{name}`` ({need}{_bound(rule)}): {description}"
        text += textwrap.wrap(entry, 100, initial_indent="    ", subsequent_indent="        ", break_long_words=False)
    if body is not None:
        text.append(
            "    Sent as the JSON body; objects as the ``*Param`` TypedDicts of ``bodies`` or the generated models."
        )
    if not op["idempotent"]:
        text += textwrap.wrap(
            "    Not idempotent: re-sent only when the failure proves the server did not process it; otherwise "
            "``OutcomeUnknownError`` (nothing is sent twice).",
            100,
            subsequent_indent="        ",
        )
    text.append("    ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.")
    lines = [line.replace("\\", "\\\\").replace('"""', "'''") for line in text]
    return "\n".join([lines[0], *[f"        {line}" if line else "" for line in lines[1:]]])


def _method_context(op: dict[str, Any], models: dict[str, str]) -> dict[str, Any]:
    params = op["params"]
    body = op["body"]
    members = [] if body is None else list(body["properties"].items())
    required_body = set() if body is None else set(body["required"])
    args: list[str] = []
    for p in [p for p in params if p["required"]]:
        args.append(f"{p['name']}: {_param_type(p, models)}")
    for key, sub in members:
        if key in required_body:
            args.append(f"{key}: {_annotation(sub, models, 'bodies.')}")
    for p in [p for p in params if not p["required"]]:
        args.append(f"{p['name']}: {_param_type(p, models)} | None = None")
    for key, sub in members:
        if key not in required_body:
            args.append(f"{key}: {_annotation(sub, models, 'bodies.')} | None = None")
    filtering = any(p["kind"] == "filtering" for p in params)
    if filtering:
        args.append("strict_filters: bool | None = None")
    args += ["retry: RetryPolicy | int | None = None", "timeout: TimeoutLike = None"]
    iterate = None
    if op["item_key"] is not None:  # a page of a list: iterate() over every page (page_size: the spec's maximum)
        size = next(p for p in params if p["name"] == "page_size")
        iterate = {
            "name": "iterate" if op["name"] == "get" else f"iterate_{op['name']}",
            "args": [a for a in args if not a.startswith(("page:", "page_size:"))],
            "names": [p["name"] for p in params if p["name"] not in ("page", "page_size")]
            + [key for key, _ in members],
            "item": op["item_class"],
            "page_size": size.get("maximum") or 100,
        }
    download = None
    if op["binary"]:  # a file: download() streams it to disk; ids may be given as a listing holds them (Unset)
        download = {
            "args": [
                f"{p['name']}: {_param_type(p, models)}{' | Unset' if p['kind'] == 'integer' else ''}"
                + ("" if p["required"] else " | None = None")
                for p in sorted(params, key=lambda p: not p["required"])
            ],
            "names": [p["name"] for p in params],
        }
    return {
        "iterate": iterate,
        "download": download,
        "operation_id": op["operation_id"],
        "method_name": op["name"],
        "args": args,
        "names": [p["name"] for p in params] + [key for key, _ in members],
        "strict": "strict_filters" if filtering else "None",
        "returns": op["data_class"],
        "raw_returns": f"RawResponse[{op['data_class']}]",
        "docstring": _docstring(op),
    }


def _jinja() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )


def render_resources(spec: dict[str, Any], ops: list[dict[str, Any]], models: dict[str, str]) -> dict[str, str]:
    """``resources/<tag>.py`` per tag (four classes: sync, async and their raw twins) and ``resources/__init__.py``."""
    env = _jinja()
    families = task_families(spec, ops)
    tags: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        tags.setdefault(op["tag"], []).append(op)
    descriptions = {t["name"]: " ".join(str(t.get("description", "")).split()) for t in spec.get("tags", [])}
    files: dict[str, str] = {}
    summary = []
    for tag, tag_ops in tags.items():
        if not tag.isidentifier() or keyword.iskeyword(tag):
            _fail(f"tag {tag!r}: not usable as a Python attribute (client.<tag>)")
        extras = (OVERRIDES / EXTRAS_PACKAGE / f"{tag}.py").exists()
        family = next((f for f in families if f["tag"] == tag), None)
        if family is not None and extras:
            _fail(f"tag {tag!r}: x-task gives it the task methods; its _extras/{tag}.py would be a second base")
        sync_base = "_SyncTaskFamily" if family else "_SyncExtras" if extras else "SyncResource"
        async_base = "_AsyncTaskFamily" if family else "_AsyncExtras" if extras else "AsyncResource"
        names = {
            "sync_class": _py_name(tag),
            "async_class": "Async" + _py_name(tag),
            "raw_class": "Raw" + _py_name(tag),
            "async_raw_class": "AsyncRaw" + _py_name(tag),
        }
        about = f"``{tag}`` — {descriptions.get(tag) or tag}"
        raw_about = f"``{tag}``, each method returning a :class:`RawResponse` (``with_raw_response``)."
        flavours = [
            {
                "cls": names["sync_class"],
                "base": sync_base,
                "prefix": "def",
                "asynchronous": False,
                "raw": False,
                "doc": about,
            },
            {
                "cls": names["async_class"],
                "base": async_base,
                "prefix": "async def",
                "asynchronous": True,
                "raw": False,
                "doc": about,
            },
            {
                "cls": names["raw_class"],
                "base": "SyncResource",
                "prefix": "def",
                "asynchronous": False,
                "raw": True,
                "doc": raw_about,
            },
            {
                "cls": names["async_raw_class"],
                "base": "AsyncResource",
                "prefix": "async def",
                "asynchronous": True,
                "raw": True,
                "doc": raw_about,
            },
        ]
        type_imports = sorted(
            {tuple(op["data_model"].split(":")) for op in tag_ops if not op["binary"]}
            | {tuple(op["item_model"].split(":")) for op in tag_ops if op["item_model"]}
            | ({("tencent_ads_generated", "bodies")} if any(_json_values(op) for op in tag_ops) else set())
        )
        for op in tag_ops:
            for schema in _json_values(op):
                found: set[tuple[str, str]] = set()
                _model_imports(schema, models, found)
                type_imports = sorted(set(type_imports) | found)
        files[f"resources/{tag}.py"] = env.get_template("resource.py.jinja").render(
            tag=tag,
            extras=extras,
            family=family,
            binary=any(op["binary"] for op in tag_ops),
            ops=[_method_context(op, models) for op in tag_ops],
            flavours=flavours,
            type_imports=type_imports,
            **names,
        )
        summary.append({"name": tag, "module": tag, **names})
    collections = [
        {
            "name": "SyncResources",
            "attr": "sync_class",
            "client": "Client",
            "raw": False,
            "doc": "The resources of :class:`Client`, one attribute per tag.",
        },
        {
            "name": "AsyncResources",
            "attr": "async_class",
            "client": "AsyncClient",
            "raw": False,
            "doc": "The resources of :class:`AsyncClient`, one attribute per tag.",
        },
        {
            "name": "RawResources",
            "attr": "raw_class",
            "client": "Client",
            "raw": True,
            "doc": "``Client.with_raw_response``: the resources, answering with the HTTP answer.",
        },
        {
            "name": "AsyncRawResources",
            "attr": "async_raw_class",
            "client": "AsyncClient",
            "raw": True,
            "doc": "``AsyncClient.with_raw_response``: the resources, answering with the HTTP answer.",
        },
    ]
    files["resources/__init__.py"] = env.get_template("resources_init.py.jinja").render(
        tags=summary, flavours=collections
    )
    return files
