"""Validate a request (or a response) against the spec shipped in the wheel, in plain words.

::

    from tencent_ads.validation import validate_request

    for violation in validate_request(
        "https://api.e.qq.com/v3.0/async_tasks/get?account_id=1&page=0"
        "&access_token=x&timestamp=1700000000&nonce=abc"
    ):
        print(violation)
    # page: expected an integer ≥ 1 (minimum), got 0

The schema checks are openapi-core's, run against the packaged
``tencent-ads-v3.yaml``; this module only turns its errors into sentences
naming the parameter, what was expected and what was given. ``filtering`` is
checked as the JSON it is on the wire with the client's own filter rules
(:func:`tencent_ads.validate_filtering`), which include the byte lengths that
JSON Schema cannot express. Also reported: query parameters the operation does
not declare, and the wire rules of the global parameters (``timestamp`` in
epoch seconds, ``nonce`` of at most 32 characters).

openapi-core and the spec are loaded once, on first use (about half a second);
``import tencent_ads`` never loads them.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._body import MAX_DEPTH, document_problem
from ._config import API_PREFIX
from ._config import GLOBAL_PARAMETERS as _GLOBALS
from ._descriptors import Schema
from ._errors import FilterValidationError
from ._filters import validate_filtering
from ._optional import require
from ._spec import load_spec

# The module is the feature: it needs the [validate] extra, named when missing.
for _module in ("openapi_core", "werkzeug", "yaml"):
    require(_module, feature="validation against the spec", extra="validate")

_VALIDATION_HOST: Final = "https://api.e.qq.com"

#: The one media type of a request body the API reads.
JSON_MEDIA_TYPE: Final = "application/json"

#: What :func:`validate_request` takes as a body: the bytes or text sent, or a mapping to JSON-encode.
BodyLike = bytes | bytearray | str | Mapping[str, Any]


@attrs.frozen
class Violation:
    """One way a request or response breaks the spec."""

    parameter: str | None
    """The parameter (``filtering[0].values[1]`` style for filter items), or None for the request as a whole."""
    expected: str
    given: str | None
    detail: str | None = None
    """A full sentence, when "expected X, got Y" would say it badly (filter rules)."""

    def __str__(self) -> str:
        where = f"{self.parameter}: " if self.parameter else ""
        if self.detail:
            return where + self.detail
        given = "" if self.given is None else f", got {self.given}"
        return f"{where}expected {self.expected}{given}"


class _Loaded:
    """openapi-core and the spec, built once per process (thread-safe)."""

    _lock: Final = threading.Lock()
    _instance: Any = None

    @classmethod
    def openapi(cls) -> Any:
        with cls._lock:
            if cls._instance is None:
                from openapi_core import OpenAPI

                cls._instance = OpenAPI.from_dict(load_spec())
            return cls._instance


class _Request:
    """The request protocol openapi-core reads (host_url, path, method, parameters, content_type, body)."""

    def __init__(
        self,
        path: str,
        query: Iterable[tuple[str, str]],
        method: str,
        host: str = _VALIDATION_HOST,
        *,
        body: bytes | None = None,
        content_type: str = "",
    ) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host
        self.path = path
        self.full_url_pattern = host + path
        self.method = method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query)), header=Headers(), cookie=ImmutableMultiDict(), path={}
        )
        self.content_type = content_type
        self.body = body


class _Response:
    def __init__(self, status: int, body: bytes, content_type: str) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = status
        self.data = body
        self.content_type = content_type
        self.headers = Headers({"Content-Type": content_type})


def split_url(url: str) -> tuple[str, list[tuple[str, str]]]:
    """An absolute or relative URL → (API path such as ``/async_tasks/get``, query pairs)."""
    parts = urllib.parse.urlsplit(url)
    return api_path(parts.path), urllib.parse.parse_qsl(parts.query, keep_blank_values=True)


def api_path(path: str) -> str:
    """``/v3.0/async_tasks/get`` or ``/anything/v3.0/async_tasks/get`` → ``/async_tasks/get``."""
    index = path.find(API_PREFIX + "/")
    path = path[index + len(API_PREFIX) :] if index >= 0 else path
    return "/" + path.lstrip("/")


@functools.cache
def _operation(path: str, method: str) -> dict[str, Any] | None:
    item = load_spec()["paths"].get(path)
    if not isinstance(item, dict):
        return None
    operation = item.get(method.lower())
    return operation if isinstance(operation, dict) else None


_FORMAT_WORDS: Final = {
    "int64": "an int64 (-2**63 to 2**63-1)",
    "int32": "an int32 (-2**31 to 2**31-1)",
}


def _plain_schema_error(error: Any) -> str:
    """A jsonschema ValidationError → what was expected, in words."""
    kind = getattr(error, "validator", None)
    value = getattr(error, "validator_value", None)
    words = {
        "minimum": f"≥ {value} (minimum)",
        "maximum": f"≤ {value} (maximum)",
        "exclusiveMinimum": f"> {value}",
        "exclusiveMaximum": f"< {value}",
        "minItems": f"at least {value} item(s)",
        "maxItems": f"at most {value} item(s)",
        "minLength": f"at least {value} character(s)",
        "maxLength": f"at most {value} character(s)",
        "type": f"a value of type {value}",
        "enum": "one of " + ", ".join(map(str, value)) if isinstance(value, list) else "an allowed value",
        "pattern": f"text matching {value}",
        "required": f"the keys {', '.join(map(str, value))}" if isinstance(value, list) else "the required keys",
        "format": _FORMAT_WORDS.get(str(value), f"a value of format {value}"),
    }
    return words.get(str(kind), str(getattr(error, "message", error)))


def _json_path(error: object) -> str:
    """``.data.list[0]`` for a jsonschema error's location."""
    parts = getattr(error, "absolute_path", ())
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _given(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _parameter_violations(error: Any, query: Mapping[str, str]) -> list[Violation]:
    """One openapi-core parameter error → violations in plain words."""
    from openapi_core.casting.schemas.exceptions import CastError
    from openapi_core.deserializing.exceptions import DeserializeError
    from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

    name = str(getattr(error, "name", "") or "")
    cause = error.__cause__
    if type(error).__name__ == "MissingRequiredParameter":
        return [Violation(name, "a value (required)", "nothing")]
    if isinstance(cause, CastError):
        return [Violation(name, f"a value of type {cause.type}", _given(cause.value))]
    if isinstance(cause, DeserializeError):
        return [Violation(name, "compact JSON", _given(query.get(name)))]
    if isinstance(cause, InvalidSchemaValue):
        found = []
        for sub in cause.schema_errors:
            found.append(
                Violation(name + _json_path(sub), _plain_schema_error(sub), _given(getattr(sub, "instance", None)))
            )
        return found
    return [Violation(name or None, "a valid value", f"{type(error).__name__}: {error}")]


def _filtering_violations(raw: str, operation_id: object) -> list[Violation] | None:
    """The client's filter rules — the operation's own (daily_reports filters other fields than async_tasks) — on
    the wire JSON; None when the JSON itself is broken (openapi-core says so)."""
    from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

    described = OPERATIONS.get(operation_id) if isinstance(operation_id, str) else None
    param = described.param("filtering") if described is not None else None
    rules = FILTERS.get(param.rules or "") if param is not None else None
    try:
        parsed = json.loads(raw)
    except ValueError:
        return None
    except RecursionError:
        return [Violation("filtering", "compact JSON", "JSON nested too deeply to read")]
    try:
        if rules is None:
            validate_filtering(parsed)
        else:
            validate_filtering(parsed, rules=rules)
    except FilterValidationError as exc:
        found = []
        for problem in exc.problems:
            where = "filtering" if problem.index is None else f"filtering[{problem.index}]"
            if problem.field:
                where += f" ({problem.field})"
            found.append(Violation(where, "the documented filter rules", None, detail=problem.message))
        return found
    return []


def _host(operation: Mapping[str, Any]) -> str:
    """The scheme and host openapi-core should see: the operation's own server (the file host) when it has one."""
    servers = operation.get("servers") or []
    if not servers:
        return _VALIDATION_HOST
    parts = urllib.parse.urlsplit(servers[0]["url"])
    return f"{parts.scheme}://{parts.netloc}"


def _prefix(operation: Mapping[str, Any]) -> str:
    """The path before the operation's own path: ``/v3.0``, or its own server's (``""`` for oauth/token)."""
    servers = operation.get("servers") or []
    if not servers:
        return API_PREFIX
    return urllib.parse.urlsplit(str(servers[0]["url"])).path.rstrip("/")


def _too_deep(raw: str) -> bool:
    try:
        json.loads(raw)
    except RecursionError:
        return True
    except ValueError:
        return False
    return False


def _global_violations(query: Mapping[str, str], require_auth: bool) -> list[Violation]:
    found = []
    for name in _GLOBALS:
        if require_auth and not query.get(name):
            found.append(Violation(name, "the global parameter (every call carries it)", "nothing"))
    timestamp = query.get("timestamp")
    if timestamp and not (timestamp.isascii() and timestamp.isdigit()):
        found.append(Violation("timestamp", "Unix epoch seconds (digits)", _given(timestamp)))
    nonce = query.get("nonce")
    if nonce is not None and len(nonce) > 32:
        found.append(Violation("nonce", "at most 32 characters", f"{len(nonce)} characters"))
    return found


def validate_request(
    url: str,
    *,
    method: str = "GET",
    query: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    require_auth: bool = True,
    body: BodyLike | None = None,
    content_type: str = JSON_MEDIA_TYPE,
) -> list[Violation]:
    """Every way a request breaks the spec; ``[]`` when it is valid.

    ``url`` is a full URL (``https://api.e.qq.com/v3.0/async_tasks/get?...``)
    or a path (``/async_tasks/get``), with ``query`` given separately or in the
    URL. ``require_auth=False`` skips the presence check of ``access_token``,
    ``timestamp`` and ``nonce`` (for requests before signing).

    ``body`` is a write's JSON body (``POST``): the bytes or text sent, or a
    mapping (JSON-encoded here); ``content_type`` is its header. Each problem
    names the member (``body.task_name``, ``body.task_spec.<member>[0].download_url``);
    JSON that does not parse is one violation. Checked beside the schema: the
    byte bounds of strings (``x-min-bytes``/``x-max-bytes``, which JSON Schema
    cannot say) and integers written with a fraction (``1.0``: JSON Schema takes
    it, the API's int64 does not). A body given to an operation without one is
    a violation.
    """
    if not isinstance(url, str) or not isinstance(method, str):
        return [
            Violation(None, "a URL or path and a method, as text", f"{type(url).__name__}, {type(method).__name__}")
        ]
    path, pairs = split_url(url)
    if query is not None:
        pairs += list(query.items()) if isinstance(query, Mapping) else list(query)
    params = dict(pairs)
    operation = _operation(path, method)
    if operation is None:
        known = ", ".join(f"{m.upper()} {p}" for p, item in load_spec()["paths"].items() for m in item)
        return [Violation(None, f"one of the API operations ({known})", f"{method.upper()} {path}")]

    # an operation with ``security: []`` (oauth/token) is sent without the global parameters
    found = _global_violations(params, require_auth and operation.get("security") != [])
    declared = {p["name"] for p in operation.get("parameters", [])}
    allowed = (
        f"a declared parameter ({', '.join(sorted(declared))})"
        if declared
        else "no query parameter but access_token, timestamp and nonce"
        + (" (the body carries the rest)" if "requestBody" in operation else "")
    )
    for name in params:
        if name not in declared and name not in _GLOBALS:
            found.append(Violation(name, allowed, "unknown parameter"))
    duplicated = sorted({name for name, _ in pairs if sum(1 for n, _ in pairs if n == name) > 1})
    found += [Violation(name, "one value", "several") for name in duplicated]

    filtering = (
        _filtering_violations(params["filtering"], operation.get("operationId")) if params.get("filtering") else []
    )
    if filtering:
        found += filtering

    # JSON parameters nested too deeply for a parser (openapi-core's included) are reported here and replaced.
    checked = dict(pairs)
    for parameter in operation.get("parameters", []):
        name = parameter["name"]
        if "content" in parameter and params.get(name) and _too_deep(params[name]):
            if name != "filtering":  # filtering's own check above has said so already
                found.append(Violation(name, "compact JSON", "JSON nested too deeply to read"))
            checked[name] = "[]"
    # openapi-core stops at a failed security requirement; give it placeholders so the parameters are checked.
    for name in _GLOBALS:
        checked.setdefault(name, "0")
        if checked[name] == "":
            checked[name] = "0"

    # The body: encoded, decoded and parsed here (openapi-core's own errors for bytes that are not UTF-8 fail
    # to print), then handed to openapi-core only when it is JSON.
    raw, document, body_found = _read_body(body, content_type, operation, method, path)
    found += body_found
    body_checked = raw is not None and not any(v.parameter == "body" for v in body_found)  # it is JSON
    request = _Request(
        _prefix(operation) + path,
        checked.items(),
        method,
        _host(operation),
        body=raw if body_checked else None,
        content_type=JSON_MEDIA_TYPE,
    )
    from openapi_core.validation.request.exceptions import RequestBodyValidationError

    schema_found: list[Violation] = []
    for error in _Loaded.openapi().iter_request_errors(request):
        if isinstance(error, RequestBodyValidationError):
            if body_checked or (raw is None and not body_found):
                schema_found += _body_violations(error)
            continue
        sub_errors = getattr(error, "errors", None) or [error]
        for sub in sub_errors:
            if getattr(sub, "name", None) == "filtering" and filtering:
                continue  # already reported in plain words by the client's rules
            found += _parameter_violations(sub, params)
    if body_checked:
        schema = _body_schema(path, method)
        if schema is not None:
            reported = {v.parameter for v in schema_found}
            extra: list[Violation] = []
            _beyond_schema(schema, document, "body", extra)
            schema_found += [v for v in extra if v.parameter not in reported]
    return found + list(dict.fromkeys(schema_found))


def _read_body(
    body: BodyLike | None, content_type: str, operation: Mapping[str, Any], method: str, path: str
) -> tuple[bytes | None, Any, list[Violation]]:
    """(the body's bytes, its parsed JSON, the violations found reading it); bytes None: no body given."""
    if body is None:
        return None, None, []
    if isinstance(body, Mapping):
        try:
            raw = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        except (TypeError, ValueError, RecursionError) as exc:
            return (
                b"",
                None,
                [Violation("body", "a mapping of JSON values", f"{type(exc).__name__}: {_given(str(exc))}")],
            )
    elif isinstance(body, str):
        try:
            raw = body.encode("utf-8")
        except UnicodeEncodeError:
            return b"", None, [Violation("body", "text in Unicode", "a lone surrogate")]
    elif isinstance(body, bytes | bytearray):
        raw = bytes(body)
    else:
        return b"", None, [Violation("body", "bytes, str or a mapping (JSON)", type(body).__name__)]
    if not raw:
        return None, None, []  # an empty body is no body (a required one is reported by openapi-core)
    if "requestBody" not in operation:
        where = f"{method.upper()} {path}"
        return raw, None, [Violation("body", f"no body ({where} takes none)", f"{len(raw)} bytes")]
    found = []
    media = content_type.split(";", 1)[0].strip().lower()
    if media != JSON_MEDIA_TYPE:
        found.append(
            Violation(
                "Content-Type",
                f"{JSON_MEDIA_TYPE} (the body is JSON)",
                _given(content_type) if content_type else "nothing",
            )
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return (
            raw,
            None,
            [*found, Violation("body", "JSON in UTF-8", f"bytes that are not UTF-8 (at byte {exc.start})")],
        )
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        return raw, None, [*found, Violation("body", "a JSON document", "JSON nested too deeply to read")]
    except json.JSONDecodeError as exc:
        given = f"invalid JSON ({exc.msg} at character {exc.pos})"
        return raw, None, [*found, Violation("body", "a JSON document", given)]
    except ValueError as exc:  # NaN or Infinity, or an integer of more than 4300 digits
        return raw, None, [*found, Violation("body", "a JSON document", f"invalid JSON ({_text(str(exc))})")]
    problem = document_problem(document)
    if problem is not None:  # too deep to check, or "\ud800" decoded to a lone surrogate
        return raw, None, [*found, Violation("body", "a JSON document of UTF-8 text", problem)]
    return raw, document, found


def _text(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_MEMBER_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _member(where: str, key: object) -> str:
    """``where.key``, ``where[0]``, or ``where["odd key"]`` for a key that is not a plain name."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    name = str(key)
    if _MEMBER_NAME.fullmatch(name):
        return f"{where}.{name}"
    shown = name if len(name) <= 60 else name[:57] + "..."
    return f"{where}[{json.dumps(shown, ensure_ascii=False)}]"


def _body_path(error: object) -> str:
    where = "body"
    for part in getattr(error, "absolute_path", ()):
        where = _member(where, part)
    return where


def _body_violations(error: Any) -> list[Violation]:
    """One openapi-core body error → violations naming the member (never ``str(error)``: it can fail)."""
    from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

    name = type(error).__name__
    if name == "MissingRequiredRequestBody":
        return [Violation("body", "a JSON body (required)", "nothing")]
    if name == "MissingRequestBody":
        return []
    cause = error.__cause__
    if not isinstance(cause, InvalidSchemaValue):
        return [Violation("body", "a valid JSON body", type(cause or error).__name__)]
    found = []
    for sub in cause.schema_errors:
        where = _body_path(sub)
        kind = getattr(sub, "validator", None)
        instance = getattr(sub, "instance", None)
        value = getattr(sub, "validator_value", None)
        if kind == "required" and isinstance(instance, Mapping) and isinstance(value, list):
            found += [
                Violation(_member(where, key), "a value (required)", "nothing") for key in value if key not in instance
            ]
        elif kind == "additionalProperties" and value is False and isinstance(instance, Mapping):
            schema = getattr(sub, "schema", None)
            documented = list((schema.get("properties") or {}) if isinstance(schema, Mapping) else {})
            expected = f"a documented member ({', '.join(documented) or 'none'})"
            found += [
                Violation(_member(where, key), expected, "unknown member") for key in instance if key not in documented
            ]
        elif kind in {"maxLength", "maxItems"} and isinstance(instance, str | list):
            unit = "characters" if isinstance(instance, str) else "items"
            found.append(Violation(where, _plain_schema_error(sub), f"{len(instance)} {unit}"))
        else:
            found.append(Violation(where, _plain_schema_error(sub), _given(instance)))
    return found


def _body_schema(path: str, method: str) -> Schema | None:
    """The operation's body as ``scripts/regenerate`` derived it (with the byte bounds)."""
    from tencent_ads_generated.spec_data import OPERATIONS

    for operation in OPERATIONS.values():
        if operation.path == path and operation.method == method.upper():
            return operation.body
    return None


def _beyond_schema(schema: Schema, value: object, where: str, found: list[Violation], depth: int = 0) -> None:
    """What JSON Schema lets through: ``x-min-bytes``/``x-max-bytes`` of strings, and ``1.0`` for an int64."""
    if depth > MAX_DEPTH:
        return
    if schema.type == "string" and isinstance(value, str):
        size = len(value.encode("utf-8", "surrogatepass"))
        if schema.min_bytes is not None and size < schema.min_bytes:
            found.append(
                Violation(where, f"at least {schema.min_bytes} byte(s) of UTF-8 (x-min-bytes)", f"{size} bytes")
            )
        if schema.max_bytes is not None and size > schema.max_bytes:
            expected = f"at most {schema.max_bytes} bytes of UTF-8 (x-max-bytes; a Chinese character counts 3)"
            found.append(Violation(where, expected, f"{size} bytes"))
    elif schema.type == "integer" and isinstance(value, float):
        found.append(Violation(where, "an integer written without a fraction (the API reads an int64)", _given(value)))
    elif schema.type == "object" and isinstance(value, Mapping):
        for key, item in value.items():
            sub = schema.properties.get(key)
            if sub is None and isinstance(schema.additional, Schema):
                sub = schema.additional
            if sub is not None:
                _beyond_schema(sub, item, _member(where, key), found, depth + 1)
    elif schema.type == "array" and isinstance(value, list) and schema.items is not None:
        for index, item in enumerate(value):
            _beyond_schema(schema.items, item, _member(where, index), found, depth + 1)


def validate_response(path: str, body: bytes | str, *, status: int = 200, method: str = "GET") -> list[Violation]:
    """Every way a response body breaks the spec's response schema for ``path``; ``[]`` when valid."""
    api = api_path(urllib.parse.urlsplit(path).path)
    operation = _operation(api, method)
    if operation is None:
        return [Violation(None, "a documented API path", api)]
    raw = body.encode("utf-8") if isinstance(body, str) else body
    request = _Request(_prefix(operation) + api, [("account_id", "1")], method, _host(operation))
    response = _Response(status, raw, "application/json")
    found = []
    for error in _Loaded.openapi().iter_response_errors(request, response):
        cause = error.__cause__
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            for sub in schema_errors:
                found.append(Violation("body" + _json_path(sub), _plain_schema_error(sub), _given(sub.instance)))
        else:
            found.append(Violation("body", "the documented response", f"{type(error).__name__}: {error}"))
    return found


__all__ = ["Violation", "api_path", "split_url", "validate_request", "validate_response"]
