"""Reading the spec: one function per construct — an operation (``operations``), a query parameter (``_param``),
a request body (``_body``, ``body_schema``), an answer (``_response``), a filter schema (``filter_rules``).
What the client cannot follow stops here, named."""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

from .common import (
    PACKAGE,
    ROOT,
    SCHEMA_PREFIX,
    _fail,
    _operations,
    _py_name,
    _resolve,
    _schema_name,
)

# --- the spec-driven layer (generated/tencent_ads_generated): reading the spec ---------------------------------
#
# One place per construct of the spec. Reading (turning the spec into plain dicts, refusing what the client
# cannot follow, by name): an operation (`operations`), a parameter (`_param`: query only; path, header and
# cookie parameters are refused), a request body (`_body`/`body_schema`), a response (`_response`). Rendering:
# `render_spec_data` (the rules), `render_resources` (one module per tag, from the Jinja template
# scripts/templates/resource.py.jinja), `render_bodies` (the TypedDicts of the bodies), `render_decoders`.

LAYER_PACKAGE = "tencent_ads_generated"
DEFAULT_LAYER_OUTPUT = ROOT / "generated" / LAYER_PACKAGE
TEMPLATES = ROOT / "scripts" / "templates"
OVERRIDES = ROOT / "overrides" / "tencent_ads"
#: A tag's hand-written extras (methods beyond the operations, e.g. iterate and wait) live in this package as
#: ``<tag>.py`` with classes ``SyncExtras`` and ``AsyncExtras``; the generated resource of the tag inherits them.
EXTRAS_PACKAGE = "_extras"
INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
_NEGATED_CLASS = re.compile(r"^\^\[\^(?P<chars>(?:\\.|[^\]])+)\]")
#: The methods the client sends; any other stops regeneration, naming the operation.
METHODS = {"get": "GET", "post": "POST"}
#: Keyword arguments every generated method has: a body member or a parameter of that name is refused.
RESERVED_ARGUMENTS = {"self", "retry", "timeout", "strict_filters"}
#: Keywords of a query parameter's schema the client follows; any other is refused by name (no silent gaps).
PARAM_KEYWORDS = {
    "type",
    "format",
    "minimum",
    "maximum",
    "enum",
    "minLength",
    "maxLength",
    "pattern",
    "default",
    "description",
    "example",
    "examples",
    "x-min-bytes",
    "x-max-bytes",
    "x-decision",
    "x-pattern-note",
    "title",
}
#: Keywords of a body schema the client follows (`Schema`); any other is refused by name.
BODY_KEYWORDS = PARAM_KEYWORDS | {
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "$ref",
}
#: Formats: what they add (int64: the integer range) or that they are documentation only.
FORMATS = {"int64", "int32", "date", "date-time", "uri", "double", "float"}


def _forbidden_from_pattern(pattern: str | None) -> str:
    """The characters of a ``^[^...]...`` pattern's negated class (the input-character rule), in order."""
    if not pattern:
        return ""
    match = _NEGATED_CLASS.match(pattern)
    if match is None:
        _fail(f"pattern {pattern!r}: expected a negated character class ^[^...] naming the forbidden characters")
    escapes = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
    chars, raw, i = [], match.group("chars"), 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw):
            chars.append(escapes.get(raw[i + 1], raw[i + 1]))
            i += 2
        else:
            chars.append(raw[i])
            i += 1
    return "".join(chars)


def filter_rules(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """The rules of a filter schema (an array of ``{field, operator, values}`` with ``if``/``then`` rules)."""
    filtering = spec["components"]["schemas"][name]
    item = _resolve(spec, filtering["items"])
    props = item["properties"]
    fields = _resolve(spec, props["field"])["enum"]
    operators = _resolve(spec, props["operator"])["enum"]
    values = props["values"]
    value = _resolve(spec, values["items"])
    rules: dict[str, dict[str, Any]] = {f: {"operators": list(operators)} for f in fields}
    multi = set(operators)
    for clause in item.get("allOf", []):
        condition = clause.get("if", {}).get("properties", {})
        then = clause.get("then", {}).get("properties", {})
        if "field" in condition and "const" in condition["field"]:
            rule = rules[condition["field"]["const"]]
            if "operator" in then:
                rule["operators"] = list(then["operator"]["enum"])
            items = then.get("values", {}).get("items", {})
            if items.get("pattern") == "^[0-9]+$":
                rule["decimal"] = True
            if "$ref" in items:
                rule["allowed"] = sorted(_resolve(spec, items)["enum"])
        elif "operator" in condition and then.get("values", {}).get("maxItems") == 1:
            multi = {condition["operator"]["not"]["const"]}
    return {
        "max_filters": filtering.get("maxItems"),
        "min_values": values.get("minItems", 1),
        "max_values": values.get("maxItems"),
        "multi": sorted(multi),
        "min_bytes": value.get("x-min-bytes", value.get("minLength", 1)),
        "max_bytes": value.get("x-max-bytes", value.get("maxLength")),
        "forbidden": _forbidden_from_pattern(value.get("pattern")),
        "fields": rules,
    }


def _is_filter_schema(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = _resolve(spec, schema)
    if schema.get("type") != "array":
        return False
    props = _resolve(spec, schema.get("items", {})).get("properties", {})
    return {"field", "operator", "values"} <= set(props)


#: The keywords of a ``names`` parameter (``fields``: a JSON list of non-empty names): an array of strings with
#: no bound beyond ``minItems: 1``. A list with other bounds is a ``json`` parameter (every bound checked).
_NAMES_ARRAY = {"type", "items", "minItems", "description", "example", "examples", "x-decision"}
_NAMES_ITEM = {"type", "minLength", "pattern", "description"}


def _is_names(schema: dict[str, Any], items: dict[str, Any]) -> bool:
    return (
        schema.get("type") == "array"
        and items.get("type") == "string"
        and set(schema) <= _NAMES_ARRAY
        and schema.get("minItems", 1) == 1
        and set(items) <= _NAMES_ITEM
        and items.get("minLength", 1) == 1
    )


def _unknown_keywords(schema: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(schema) - allowed)
    if unknown:
        _fail(
            f"{where}: {', '.join(unknown)} — not followed by the client; extend scripts/regenerate "
            "(or leave it out of the spec) rather than have it silently ignored"
        )
    fmt = schema.get("format")
    if fmt is not None and fmt not in FORMATS:
        _fail(f"{where}: format {fmt!r} is not one the client knows ({', '.join(sorted(FORMATS))})")
    _check_values(schema, where)


#: The JSON types a keyword's value must have, to be followed as written.
_NUMBER_KEYWORDS = ("minimum", "maximum")
_COUNT_KEYWORDS = ("minLength", "maxLength", "minItems", "maxItems", "x-min-bytes", "x-max-bytes")
_TYPES = {"object", "array", "string", "integer", "number", "boolean"}


def _check_values(schema: dict[str, Any], where: str) -> None:
    """The keywords' values are of the kind JSON Schema says: a malformed one is refused here, not met by the
    client as a raw error later (``minimum: "1"``, a pattern that does not compile, ``type: [string, "null"]``)."""
    kind = schema.get("type")
    if kind is not None and (not isinstance(kind, str) or kind not in _TYPES):
        _fail(f"{where}: type {kind!r} — one of {', '.join(sorted(_TYPES))} (a list of types or null is not followed)")
    for key in _NUMBER_KEYWORDS:
        value = schema.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            _fail(f"{where}: {key} {value!r} is not a number")
    for key in _COUNT_KEYWORDS:
        value = schema.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            _fail(f"{where}: {key} {value!r} is not a count (an int >= 0)")
    required = schema.get("required")
    if required is not None and (not isinstance(required, list) or not all(isinstance(r, str) for r in required)):
        _fail(f"{where}: required {required!r} must be a list of member names")
    enum = schema.get("enum")
    if enum is not None and (not isinstance(enum, list) or not enum):
        _fail(f"{where}: enum {enum!r} must be a non-empty list")
    pattern = schema.get("pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            _fail(f"{where}: pattern {pattern!r} does not compile ({exc})")


def _string_bounds(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "min_length": schema.get("minLength"),
        "max_length": schema.get("maxLength"),
        "min_bytes": schema.get("x-min-bytes"),
        "max_bytes": schema.get("x-max-bytes"),
        "pattern": schema.get("pattern"),
        "enum": schema.get("enum"),
    }


def _param(spec: dict[str, Any], param: dict[str, Any], where: str) -> dict[str, Any]:
    """A parameter as the client sends it: query parameters only; every keyword of its schema followed."""
    name = param["name"]
    place = f"{where}: parameter {name!r} ({param.get('in')})"
    if param.get("in") != "query":
        _fail(
            f"{place}: the client sends query parameters only; a {param.get('in')} parameter would not reach the "
            "wire as the spec says (a path template would be sent literally) — extend scripts/regenerate and _calls"
        )
    if not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED_ARGUMENTS:
        _fail(f"{place}: not usable as a Python keyword argument")
    out: dict[str, Any] = {"name": name, "required": bool(param.get("required")), "description": ""}
    out["secret"] = bool(param.get("x-secret"))
    out["description"] = " ".join(str(param.get("description", "")).split())
    content = param.get("content")
    if content:
        if set(content) != {"application/json"}:
            _fail(f"{place}: content {', '.join(content)} — only application/json is sent")
        raw = content["application/json"]["schema"]
        if _is_filter_schema(spec, raw):
            out.update(kind="filtering", rules=_schema_name(raw["$ref"]))
            return out
        schema = _resolve(spec, raw)
        items = _resolve(spec, schema.get("items", {}))
        if _is_names(schema, items):
            out.update(kind="names", rules=_forbidden_from_pattern(items.get("pattern")))
            return out
        # any other JSON value (an object such as date_range, an array of objects such as order_by, a bounded
        # list of names): checked by the same Schema rules as a body, sent as its compact JSON
        name_hint = _schema_name(raw["$ref"]) if "$ref" in raw else _py_name(where.split()[-1]) + _py_name(name)
        out.update(kind="json", schema=body_schema(spec, raw, place, name_hint))
        return out
    schema = _resolve(spec, param.get("schema", {}))
    if schema.get("type") in {"array", "object"}:
        _fail(
            f"{place}: is {schema['type']}; declare it with content: application/json (JSON on the wire, as the "
            "API reads it) — as schema:, openapi-python-client would send Python reprs"
        )
    _unknown_keywords(schema, PARAM_KEYWORDS, place)
    if schema.get("type") == "integer":
        int64 = schema.get("format") == "int64"
        maximum = schema.get("maximum", INT64_MAX if int64 else None)
        out.update(kind="integer", minimum=schema.get("minimum"), maximum=maximum)
    elif schema.get("type") == "string":
        out.update(kind="string", **_string_bounds(schema))
    else:
        _fail(f"{place}: type {schema.get('type')!r} is not supported by the client")
    return out


def body_schema(
    spec: dict[str, Any], raw: dict[str, Any], where: str, name: str = "", depth: int = 0
) -> dict[str, Any]:
    """One value of a request body as a plain dict mirroring ``tencent_ads._descriptors.Schema``.

    Follows ``$ref`` (the component's name names the value: the TypedDict and the model), and refuses any
    keyword it does not turn into a rule, naming where it stands.
    """
    if depth > 16:
        _fail(f"{where}: nested deeper than 16 levels (a recursive schema?); the client's bodies are trees")
    ref = raw.get("$ref")
    if ref is not None:
        if not str(ref).startswith(SCHEMA_PREFIX):
            _fail(f"{where}: $ref {ref!r} is not a component schema")
        name = _schema_name(ref)
        siblings = {k: v for k, v in raw.items() if k != "$ref"}
        _unknown_keywords(siblings, {"description", "example", "examples", "x-decision"}, where)
        schema = _resolve(spec, raw)
        description = raw.get("description") or schema.get("description", "")
    else:
        schema, description = raw, raw.get("description", "")
    _unknown_keywords(schema, BODY_KEYWORDS, where)
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"
    out: dict[str, Any] = {"type": kind, "name": name, "description": " ".join(str(description).split())}
    if kind == "object":
        props = schema.get("properties") or {}
        required = list(schema.get("required") or [])
        for key in required:
            if key not in props:
                _fail(f"{where}: required member {key!r} is not among its properties")
        out["properties"] = {
            key: body_schema(spec, sub, f"{where}.{key}", (name or "Body") + _py_name(key), depth + 1)
            for key, sub in props.items()
        }
        out["required"] = sorted(required)
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, dict):
            extra = body_schema(spec, extra, f"{where}.<additional>", "", depth + 1)
        elif not isinstance(extra, bool):
            _fail(f"{where}: additionalProperties must be a boolean or a schema")
        out["additional"] = extra
    elif kind == "array":
        if "items" not in schema:
            _fail(f"{where}: an array without items")
        out["items"] = body_schema(spec, schema["items"], f"{where}[]", name + "Item" if name else "", depth + 1)
        out["min_items"] = schema.get("minItems")
        out["max_items"] = schema.get("maxItems")
    elif kind == "string":
        out.update(_string_bounds(schema))
    elif kind in {"integer", "number"}:
        int64 = schema.get("format") == "int64"
        out["minimum"] = schema.get("minimum", INT64_MIN if int64 else None)
        out["maximum"] = schema.get("maximum", INT64_MAX if int64 else None)
        out["enum"] = schema.get("enum")
    elif kind != "boolean":
        _fail(f"{where}: type {kind!r} is not a body value the client knows")
    return out


def _body(spec: dict[str, Any], op: dict[str, Any], where: str) -> tuple[dict[str, Any] | None, bool, Any]:
    """(the body's schema, whether it is required, its first example) of an operation; (None, False, None)."""
    request = op.get("requestBody")
    if request is None:
        return None, False, None
    if "$ref" in request:
        _fail(f"{where}: requestBody by $ref — write it inline (its schema may be a $ref)")
    content = request.get("content") or {}
    if set(content) != {"application/json"}:
        _fail(f"{where}: requestBody content {', '.join(content) or 'none'} — the client sends application/json only")
    media = content["application/json"]
    schema = body_schema(spec, media["schema"], f"{where} requestBody")
    if schema["type"] != "object":
        _fail(f"{where}: the requestBody must be an object (its members become keyword arguments)")
    if not schema["name"]:
        schema["name"] = _py_name(op["operationId"]) + "Request"
    for key in schema["properties"]:
        if not key.isidentifier() or keyword.iskeyword(key) or key in RESERVED_ARGUMENTS:
            _fail(f"{where}: body member {key!r} is not usable as a Python keyword argument")
    example = None
    for sample in (media.get("examples") or {}).values():
        example = sample.get("value")
        break
    if example is None:
        example = media.get("example")
    return schema, bool(request.get("required")), example


def _response(spec: dict[str, Any], op: dict[str, Any], models: dict[str, str] | None, where: str) -> dict[str, Any]:
    """What an operation answers: a file (bytes), or the envelope's ``data`` model and its first example."""
    try:
        content = op["responses"]["200"]["content"]
    except KeyError:
        _fail(f"{where}: no 200 answer with content")
    if next(iter(content)) == "application/octet-stream":  # a file: bytes on success, the envelope for an error
        none = {"item_key": None, "item_class": "", "item_model": ""}
        return {"binary": True, "data_model": "", "data_class": "bytes", "example": None, **none}
    response = content["application/json"]
    data_ref = _resolve(spec, response["schema"])["properties"]["data"]
    data_class = _schema_name(data_ref["$ref"])
    example = None
    for sample in (response.get("examples") or {}).values():
        example = sample.get("value", {}).get("data")
        break
    return {
        "binary": False,
        "data_model": "" if models is None else f"{models[data_class]}:{data_class}",
        "data_class": data_class,
        "example": example,
        **_paging(spec, op, data_ref, models, where),
    }


def _paging(
    spec: dict[str, Any], op: dict[str, Any], data_ref: dict[str, Any], models: dict[str, str] | None, where: str
) -> dict[str, Any]:
    """Whether an answer is a page of a list: ``page`` and ``page_size`` parameters, ``data.list`` (items by
    ``$ref``) and ``data.page_info``. Its item's class, and ``x-item-key`` (the member naming an item across
    pages) on the item schema — "" when the items have none (report rows)."""
    names = {p.get("name") for p in op.get("parameters", [])}
    props = _resolve(spec, data_ref).get("properties", {})
    listed = props.get("list", {})
    if not ({"page", "page_size"} <= names and "page_info" in props and "$ref" in listed.get("items", {})):
        return {"item_key": None, "item_class": "", "item_model": ""}
    item_class = _schema_name(listed["items"]["$ref"])
    item = _resolve(spec, listed["items"])
    key = item.get("x-item-key", "")
    if key and key not in item.get("properties", {}):
        _fail(f"{where}: x-item-key {key!r} is not a member of {item_class}")
    return {
        "item_key": key,
        "item_class": item_class,
        "item_model": "" if models is None else f"{models[item_class]}:{item_class}",
    }


def task_families(spec: dict[str, Any], ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``x-task`` on a paged GET listing jobs: ``{create: <operationId>, files: <operationId>, status: <enum>}``.

    Every reference is checked here: the creating POST takes a ``task_name``, the file operation answers a file,
    the listing filters (its ``IN`` chunk) and is keyed by ``task_id``, the status enum lists ``x-terminal``."""
    by_id = {op["operation_id"]: op for op in ops}
    found = []
    for op in ops:
        raw = next(o for p, m, o in _operations(spec) if o.get("operationId") == op["operation_id"]).get("x-task")
        if raw is None:
            continue
        where = f"{op['method']} {op['path']}: x-task"
        if not isinstance(raw, dict) or set(raw) != {"create", "files", "status"}:
            _fail(f"{where} must be {{create: <operationId>, files: <operationId>, status: <enum schema>}}")
        create, files = by_id.get(raw["create"]), by_id.get(raw["files"])
        if op["item_key"] != "task_id":
            _fail(f"{where}: the listing must be paged with x-item-key task_id")
        if create is None or create["body"] is None or "task_name" not in create["body"]["properties"]:
            _fail(f"{where}: create {raw['create']!r} is not a POST whose body takes task_name")
        if files is None or not files["binary"] or files["tag"] == op["tag"]:
            _fail(f"{where}: files {raw['files']!r} is not a file operation of its own tag")
        if create["tag"] != op["tag"]:
            _fail(f"{where}: create {raw['create']!r} must share the listing's tag {op['tag']!r}")
        filtering = next((p["rules"] for p in op["params"] if p["kind"] == "filtering"), None)
        if filtering is None or "task_id" not in filter_rules(spec, filtering)["fields"]:
            _fail(f"{where}: the listing must take a filtering with a task_id field")
        status = spec["components"]["schemas"].get(str(raw["status"]), {})
        terminal = status.get("x-terminal")
        if not terminal or not set(terminal) <= set(status.get("enum", [])):
            _fail(f"{where}: status {raw['status']!r} must be an enum schema whose x-terminal lists its members")
        found.append(
            {
                "tag": op["tag"],
                "poll": op["operation_id"],
                "create": create["operation_id"],
                "files": files["operation_id"],
                "filtering": filtering,
                "terminal": sorted(terminal),
                "item_class": op["item_class"],
                "item_model": op["item_model"],
                "files_tag": files["tag"],
            }
        )
    return found


def _model_modules(models_init: Path) -> dict[str, str]:
    # the models' __init__ imports them under TYPE_CHECKING (indented): see models_init.py.jinja
    found = re.findall(r"^\s*from \.(\w+) import (\w+)$", models_init.read_text(encoding="utf-8"), re.MULTILINE)
    return {cls: f"{PACKAGE}.models.{module}" for module, cls in found}


#: An API path as the client sends it: never a template, a dot segment or an escape.
_PATH = re.compile(r"(?:/[a-z0-9_]+)+")


def _client_attributes() -> set[str]:
    """What ``Client``/``AsyncClient`` already name (methods, properties, attributes): a tag may not be one."""
    import ast

    source = (OVERRIDES / "_client.py").read_text(encoding="utf-8")
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name in {"Client", "AsyncClient", "_ClientBase"}:
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    names.add(item.name)
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    names.add(item.target.id)
                elif isinstance(item, ast.Assign):
                    names.update(t.id for t in item.targets if isinstance(t, ast.Name))
    return names


def operations(spec: dict[str, Any], models: dict[str, str] | None) -> list[dict[str, Any]]:
    """Each operation as the client needs it, from the canonical spec (``models``: class name → module of the
    generated models; None before generation, to refuse what the client cannot follow before the generator runs)."""
    found = []
    taken = _client_attributes()
    seen_ids: dict[str, str] = {}
    seen_methods: dict[tuple[str, str], str] = {}
    for path, method, op in _operations(spec):
        where = f"{method.upper()} {path}"
        if method not in METHODS:
            _fail(f"{where}: the client sends {' and '.join(METHODS.values())} operations only")
        if not _PATH.fullmatch(path):
            _fail(f"{where}: a path is segments of lowercase letters, digits and '_' (no dots, braces or escapes)")
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str) or not operation_id.isidentifier():
            _fail(f"{where}: operationId {operation_id!r} must be a Python identifier (it names modules and keys)")
        if operation_id in seen_ids:
            _fail(f"{where}: operationId {operation_id!r} is also {seen_ids[operation_id]}'s")
        seen_ids[operation_id] = where
        tag = str((op.get("tags") or ["default"])[0])
        if tag in taken or tag.startswith("_"):
            _fail(f"{where}: tag {tag!r} would replace the client's own attribute client.{tag}")
        name = path.rstrip("/").rsplit("/", 1)[-1]
        if (tag, name) in seen_methods:
            _fail(f"{where}: client.{tag}.{name} is also {seen_methods[tag, name]} (same tag, same last segment)")
        seen_methods[tag, name] = where
        for param in spec["paths"][path].get("parameters") or []:
            _param(spec, param, where)  # path-level parameters: refused unless in the query, which we do not merge
            _fail(f"{where}: path-level parameters are not read; declare {param.get('name')!r} on the operation")
        body, body_required, body_example = _body(spec, op, where)
        params = [_param(spec, p, where) for p in op.get("parameters", [])]
        if body is not None:
            clash = sorted({p["name"] for p in params} & set(body["properties"]))
            if clash:
                _fail(f"{where}: {', '.join(clash)} both a query parameter and a body member")
        idempotent = op.get("x-idempotent", method == "get")
        if not isinstance(idempotent, bool):
            _fail(f"{where}: x-idempotent must be true or false")
        servers = op.get("servers") or []
        found.append(
            {
                "operation_id": op["operationId"],
                "method": METHODS[method],
                "path": path,
                "tag": tag,
                "name": name,
                "summary": " ".join(str(op.get("summary", "")).split()),
                "description": str(op.get("description", "")).strip(),
                "params": params,
                "body": body,
                "body_required": body_required,
                "body_example": body_example,
                "idempotent": idempotent,
                **_response(spec, op, models, where),
                "server": servers[0]["url"] if servers else None,
                # `security: []` on the operation: sent without access_token, timestamp and nonce
                "signed": op.get("security", spec.get("security")) != [],
                "secret_answer": bool(op.get("x-secret-answer")),
                "cli": str(op.get("x-cli", "generated")),
            }
        )
    return found


#: How a row member's schema reads as a column's type (``LenientInteger``: an integer, or its decimal string).
_COLUMN_TYPES = {"LenientInteger": "integer", "LenientNumber": "number"}


def row_fields(spec: dict[str, Any], name: str) -> dict[str, str]:
    """A row schema's members → ``integer`` | ``number`` | ``string`` (others, such as objects, left out)."""
    found = {}
    for key, sub in spec["components"]["schemas"][name].get("properties", {}).items():
        ref = _schema_name(sub["$ref"]) if "$ref" in sub else ""
        kind = _COLUMN_TYPES.get(ref) or _resolve(spec, sub).get("type")
        if kind in {"integer", "number", "string"}:
            found[key] = kind
    return found
