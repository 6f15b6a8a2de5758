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
import threading
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._config import API_PREFIX
from ._config import GLOBAL_PARAMETERS as _GLOBALS
from ._errors import FilterValidationError
from ._filters import validate_filtering
from ._optional import require
from ._spec import load_spec

# The module is the feature: it needs the [validate] extra, named when missing.
for _module in ("openapi_core", "werkzeug", "yaml"):
    require(_module, feature="validation against the spec", extra="validate")

_VALIDATION_HOST: Final = "https://api.e.qq.com"


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

    def __init__(self, path: str, query: Iterable[tuple[str, str]], method: str, host: str = _VALIDATION_HOST) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host
        self.path = path
        self.full_url_pattern = host + path
        self.method = method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query)), header=Headers(), cookie=ImmutableMultiDict(), path={}
        )
        self.content_type = ""
        self.body: bytes | None = None


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


def _filtering_violations(raw: str) -> list[Violation] | None:
    """The client's filter rules on the wire JSON; None when the JSON itself is broken (openapi-core says so)."""
    try:
        parsed = json.loads(raw)
    except ValueError:
        return None
    except RecursionError:
        return [Violation("filtering", "compact JSON", "JSON nested too deeply to read")]
    try:
        validate_filtering(parsed)
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
) -> list[Violation]:
    """Every way a request breaks the spec; ``[]`` when it is valid.

    ``url`` is a full URL (``https://api.e.qq.com/v3.0/async_tasks/get?...``)
    or a path (``/async_tasks/get``), with ``query`` given separately or in the
    URL. ``require_auth=False`` skips the presence check of ``access_token``,
    ``timestamp`` and ``nonce`` (for requests before signing).
    """
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
    for name in params:
        if name not in declared and name not in _GLOBALS:
            found.append(Violation(name, f"a declared parameter ({', '.join(sorted(declared))})", "unknown parameter"))
    duplicated = sorted({name for name, _ in pairs if sum(1 for n, _ in pairs if n == name) > 1})
    found += [Violation(name, "one value", "several") for name in duplicated]

    filtering = _filtering_violations(params["filtering"]) if params.get("filtering") else []
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
    request = _Request(_prefix(operation) + path, checked.items(), method, _host(operation))
    for error in _Loaded.openapi().iter_request_errors(request):
        sub_errors = getattr(error, "errors", None) or [error]
        for sub in sub_errors:
            if getattr(sub, "name", None) == "filtering" and filtering:
                continue  # already reported in plain words by the client's rules
            found += _parameter_violations(sub, params)
    return found


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
