"""What a call sends and how its answer is read — one mechanism for every operation, sync and async.

:func:`prepare_call` checks the arguments of any operation against the rules
``scripts/regenerate`` derived from the spec (``tencent_ads_generated.spec_data``:
required parameters, int64 and ``minimum``/``maximum`` bounds, enums, string
lengths and patterns, filter rules, ``fields``, and the JSON body's schema, see
``_body``) and builds a :class:`Call` before any I/O. The clients only send it
and hand the answer to :meth:`Call.parse_body`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Generic, TypeVar

import httpx
from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

from ._body import check_body, check_string, check_value, json_value
from ._body import encoded as checked_json
from ._body import shown as shown_value
from ._descriptors import Operation, Param, Schema
from ._envelope import PAUSE_GC_FROM, decode, decode_typed, parse_data, pause_gc, resume_gc
from ._errors import FilterValidationError, RequestValidationError
from ._filters import encode_filtering, forbidden_characters, unencodable
from ._query import encode as encode_query
from ._redaction import SECRET_NAMES

T = TypeVar("T")

INT64_MAX: Final = 2**63 - 1
#: httpx refuses URLs longer than 65,536 characters; the base URL and the three global parameters need < 1 KiB.
MAX_QUERY_LENGTH: Final = 65536 - 1024


class Call(Generic[T]):
    """One prepared API call: method, path, query (without the global parameters), body and its parser.

    ``query`` is the encoded query string, built once here; each attempt appends its fresh signature.
    ``body`` is the JSON body (compact, UTF-8) of a write, None for a read.
    """

    __slots__ = (
        "_decoder",
        "binary",
        "body",
        "idempotent",
        "method",
        "operation_id",
        "params",
        "path",
        "query",
        "secret_answer",
        "secret_params",
        "server",
        "signed",
    )

    def __init__(
        self,
        *,
        method: str,
        path: str,
        params: dict[str, Any],
        operation_id: str,
        decoder: Callable[[dict[str, Any]], T],
        binary: bool = False,
        server: str | None = None,
        signed: bool = True,
        secret_params: frozenset[str] = frozenset(),
        secret_answer: bool = False,
        body: bytes | None = None,
        idempotent: bool = True,
    ) -> None:
        self.method = method
        #: The JSON body (``Content-Type: application/json``), or None.
        self.body = body
        #: Whether an attempt whose outcome is unknown may be sent again (``x-idempotent``; GET: yes).
        self.idempotent = idempotent
        self.path = path
        self.params = params
        self.operation_id = operation_id
        self._decoder = decoder
        #: The answer is a file: bytes (or a redirect to it); an API error is still the JSON envelope.
        self.binary = binary
        #: The operation's own server in the spec (the file host), or None: the API's.
        self.server = server
        #: Sent with access_token, timestamp and nonce (False: oauth/token, ``security: []`` in the spec).
        self.signed = signed
        #: Parameters whose values never show (``x-secret``): the repr masks them.
        self.secret_params = secret_params
        #: The answer carries secrets: no error quotes its body.
        self.secret_answer = secret_answer
        self.query = encode_query(params)
        if len(self.query) > MAX_QUERY_LENGTH:
            raise RequestValidationError(
                [
                    f"the encoded query is {len(self.query)} characters; a request URL holds at most "
                    f"{MAX_QUERY_LENGTH} (use fewer or shorter filter values, or split the request)"
                ]
            )

    def parse(self, response: httpx.Response, *, attempts: int | None = None) -> T:
        """Decode the envelope (raising typed errors) and build the typed ``data`` model."""
        content_type = response.headers.get("Content-Type")
        return self.parse_body(response.status_code, response.content, attempts=attempts, content_type=content_type)[0]

    def parse_body(
        self,
        status_code: int,
        body: bytes,
        *,
        attempts: int | None = None,
        truncated: bool = False,
        retry_after: float | None = None,
        content_type: str | None = None,
    ) -> tuple[T, str | None]:
        """:meth:`parse` from a status and the body bytes, plus the envelope's ``trace_id`` (for the request log).

        For a file operation a 200 answer that is not JSON is the file itself, returned as bytes.
        """
        where: dict[str, Any] = {"method": self.method, "path": self.path, "attempts": attempts}
        if self.binary and status_code == 200 and "json" not in (content_type or "").lower():
            return body, None  # type: ignore[return-value]  # T is bytes for a file operation
        paused = len(body) >= PAUSE_GC_FROM
        if paused:
            pause_gc()  # a page's decode makes thousands of containers and no garbage: see pause_gc
        try:
            # with msgspec, a 200 answer straight into the models; anything else (and the light install) below
            if status_code == 200 and (found := decode_typed(self.operation_id, body)) is not None:
                return found  # T is the operation's data model (decode_typed answers Any)
            envelope = decode(
                status_code, body, truncated=truncated, retry_after=retry_after, withhold=self.secret_answer, **where
            )
            data = parse_data(envelope, self._decoder, method=self.method, path=self.path, attempts=attempts)
        finally:
            if paused:
                resume_gc()
        return data, envelope.trace_id

    def __repr__(self) -> str:
        shown = {k: ("***" if k in self.secret_params else v) for k, v in self.params.items()}
        body = "" if self.body is None else f" body of {len(self.body)} bytes"
        return f"Call({self.method} {self.path} {shown!r}{body})"


def _check_int(problems: list[str], name: str, value: object, low: int, high: int = INT64_MAX) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        problems.append(f"{name} must be an int, got {type(value).__name__} {shown}")
    elif value < low or value > high:
        if high != INT64_MAX:
            bound = f"{low}–{high}"
        elif value < low:
            bound = f">= {low}"
        else:
            bound = "at most 2**63-1 (an int64)"
        shown = str(value) if value.bit_length() < 128 else f"a {value.bit_length()}-bit number"
        problems.append(f"{name} must be {bound}, got {shown}")


def _encode_fields(problems: list[str], fields: object, name: str = "fields", forbidden: str = "") -> str | None:
    """A list of names (``fields``) → compact JSON (``["task_id","status"]``), or None when not given or empty."""
    if fields is None:
        return None
    if isinstance(fields, str | bytes) or not isinstance(fields, Iterable):
        problems.append(f"{name} must be a list of field names, got {type(fields).__name__}")
        return None
    names = list(fields)
    before = len(problems)
    for position, item in enumerate(names):
        if not isinstance(item, str) or not item:
            text = repr(item) if len(repr(item)) <= 60 else repr(item)[:57] + "..."
            problems.append(f"{name}[{position}] must be a non-empty string, got {text}")
        elif unencodable(item):
            problems.append(f"{name}[{position}] is not valid Unicode text (a lone surrogate)")
        elif bad := forbidden_characters(item, forbidden):
            problems.append(f"{name}[{position}] {item!r} contains forbidden character(s) {bad}")
    if not names or len(problems) > before:
        return None
    return json.dumps(names, ensure_ascii=False, separators=(",", ":"))


def _encode_json(problems: list[str], schema: Schema, name: str, value: object) -> str | None:
    """A ``json`` parameter (``date_range``, ``order_by``, ...) checked by its schema → its compact JSON, once."""
    before = len(problems)
    document = check_value(schema, value, name, problems)
    if len(problems) > before:
        return None
    found = checked_json(document, problems, name)
    return None if found is None else found.decode("utf-8")


def _check_string(problems: list[str], param: Param, value: object) -> str | None:
    if check_string(value, param, param.name, problems, secret=param.secret) and isinstance(value, str):
        return value
    return None


#: Calls already prepared, by operation, filter strictness and arguments (each argument's class included: ``1`` and
#: ``True`` are equal, and only one of them is a valid id). A program repeats the same few calls (a page size,
#: an account, a task): checking and encoding them again on every call cost more than the rest of the client.
#: A :class:`Call` is never changed once built, so the same one is handed out again.
_PREPARED: dict[tuple[Any, ...], tuple[Operation, Call[Any]]] = {}
#: The most calls kept; then the cache starts again (a program that never repeats a call loses nothing).
PREPARED_MAX: Final = 512
#: The argument classes a key may hold: immutable values whose equality is their class's own.
_KEY_CLASSES: Final = frozenset({int, str, type(None), bool})


def prepare_call(operation: Operation, values: Mapping[str, Any], *, strict_filters: bool = True) -> Call[Any]:
    """Check every argument against the operation's spec-derived rules and build its :class:`Call`.

    Raises :class:`RequestValidationError` (or :class:`FilterValidationError`) listing every problem;
    nothing is sent. ``None`` means "not given". The same arguments again get the same :class:`Call`.
    """
    key: tuple[Any, ...] | None = (operation.operation_id, strict_filters, *values.items())
    for value in values.values():
        if value.__class__ not in _KEY_CLASSES:
            key = None  # a list, a filter, a body: checked and encoded every time
            break
    else:
        key = (*key, *[value.__class__ for value in values.values()])  # type: ignore[misc]
        found = _PREPARED.get(key)
        if found is not None and found[0] is operation:  # the very operation (a test may build its own)
            return found[1]
    call = _prepare_call(operation, values, strict_filters=strict_filters)
    if key is not None:
        if len(_PREPARED) >= PREPARED_MAX:
            _PREPARED.clear()
        _PREPARED[key] = (operation, call)
    return call


def _prepare_call(operation: Operation, values: Mapping[str, Any], *, strict_filters: bool) -> Call[Any]:
    problems: list[str] = []
    unknown = sorted(set(values) - {p.name for p in operation.params} - set(operation.body_fields))
    if unknown:
        problems.append(f"unknown parameter(s) for {operation.operation_id}: {', '.join(unknown)}")
    params: dict[str, Any] = {}
    filter_error: FilterValidationError | None = None
    for param in operation.params:
        value = values.get(param.name)
        if value is None:
            if param.required:
                problems.append(f"{param.name} is required")
            continue
        if param.kind == "integer":
            before = len(problems)
            low = param.minimum if param.minimum is not None else -INT64_MAX - 1
            _check_int(problems, param.name, value, low, param.maximum if param.maximum is not None else INT64_MAX)
            if len(problems) == before:
                # the number itself: an int subclass (an ``(int, Enum)`` member) would be sent as its str()
                params[param.name] = value if value.__class__ is int else int.__int__(value)
        elif param.kind == "string":
            if (text := _check_string(problems, param, value)) is not None:
                params[param.name] = text
        elif param.kind == "filtering":
            try:
                encoded = encode_filtering(value, strict=strict_filters, rules=FILTERS[param.rules or ""])
            except FilterValidationError as exc:
                filter_error = exc
            else:
                if encoded is not None:
                    params[param.name] = encoded
        elif param.kind == "json" and param.schema is not None:
            if (encoded_json := _encode_json(problems, param.schema, param.name, value)) is not None:
                params[param.name] = encoded_json
        elif (encoded_names := _encode_fields(problems, value, param.name, param.rules or "")) is not None:
            params[param.name] = encoded_names
    body: bytes | None = None
    if operation.body is not None:
        document = check_body(operation.body, values, problems, required=operation.body_required)
        if document is not None and not problems:
            body = checked_json(document, problems)
    if filter_error is not None:
        raise FilterValidationError(filter_error.problems, parameter_problems=problems) from None
    if problems:
        raise RequestValidationError(problems)
    return Call(
        method=operation.method,
        path=operation.path,
        params=params,
        operation_id=operation.operation_id,
        decoder=operation.decoder(),
        binary=operation.binary,
        server=operation.server,
        signed=operation.signed,
        secret_params=operation.secret_params,
        secret_answer=operation.secret_answer,
        body=body,
        idempotent=operation.idempotent,
    )


def prepare(operation_id: str, /, *, strict_filters: bool = True, **values: Any) -> Call[Any]:
    """A checked :class:`Call` for any operation of the spec, by its ``operationId`` — no client, no I/O.

    ::

        call = prepare("async_tasks_get", account_id=123, page_size=10)
        client.execute(call)   # what client.async_tasks.get(account_id=123, page_size=10) does
    """
    operation = OPERATIONS.get(operation_id) if isinstance(operation_id, str) else None
    if operation is None:
        raise RequestValidationError([f"no operation {operation_id!r}; known: {', '.join(OPERATIONS)}"])
    return prepare_call(operation, values, strict_filters=strict_filters)


#: The methods :func:`raw_call` sends, and whether each may be re-sent after an unknown outcome by default.
RAW_METHODS: Final = {"GET": True, "POST": False}
#: A path of the API: segments of letters, digits, ``_`` and ``-`` (no ``%``-escapes, dots, query or fragment).
_RAW_PATH: Final = re.compile(r"(?:/[A-Za-z0-9_-]+)+")
#: A query parameter's name, as the API spells them (and never a variant of a signing parameter's).
_RAW_NAME: Final = re.compile(r"[A-Za-z0-9_]+")


def _raw_query_value(name: str, value: object, problems: list[str]) -> str | None:
    """A query value by the API's GET rule: strings as they are, anything else its compact JSON, once."""
    where = f"params[{name!r}]"
    if isinstance(value, str):
        if unencodable(value):
            problems.append(f"{where} is not valid Unicode text (a lone surrogate)")
            return None
        return value
    if isinstance(value, bool) or value is None:
        problems.append(f"{where} must be a string, a number, a list or a mapping, got {value!r}")
        return None
    before = len(problems)
    document = json_value(value, where, problems)
    if len(problems) > before:
        return None
    if isinstance(document, int):
        return str(document)
    found = checked_json(document, problems, where)
    return None if found is None else found.decode("utf-8")


def raw_call(
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    json_body: Any = None,
    idempotent: bool | None = None,
) -> Call[dict[str, Any]]:
    """A :class:`Call` for an endpoint that is not in the spec yet (``client.request``): no schema to check
    against, so only the shape is checked — the path, the method, that the query and the body are JSON.

    The answer is the envelope's ``data`` as decoded JSON (a dict); errors are typed as for any call.
    """
    problems: list[str] = []
    verb = method.upper() if isinstance(method, str) else ""
    if verb not in RAW_METHODS:
        problems.append(f"method must be one of {', '.join(RAW_METHODS)}, got {shown_value(method)}")
    if not isinstance(path, str) or not _RAW_PATH.fullmatch(path):
        problems.append(
            "path must be the API path after the base URL, such as '/advertiser/get' (segments of letters, "
            f"digits, '_' and '-'; no host, query, fragment, dots or %-escapes), got {shown_value(path)}"
        )
    query: dict[str, str] = {}
    secret: set[str] = set()
    if params is not None and not isinstance(params, Mapping):
        problems.append(f"params must be a mapping, got {type(params).__name__}")
    elif params is not None:
        try:
            items = list(params.items())
        except Exception as exc:
            problems.append(f"params could not be read ({type(exc).__name__})")
            items = []
        for name, value in items:
            if not isinstance(name, str) or not _RAW_NAME.fullmatch(name):
                problems.append(f"params: names are letters, digits and '_', got {shown_value(name)}")
            elif name.lower() in ("access_token", "timestamp", "nonce"):
                problems.append(f"params[{name!r}]: the client signs every call itself")
            elif (text := _raw_query_value(name, value, problems)) is not None:
                query[name] = text
                if name in SECRET_NAMES:
                    secret.add(name)
    body: bytes | None = None
    if json_body is not None:
        if verb == "GET":
            problems.append("a GET sends no body: pass its parameters as params")
        else:
            before = len(problems)
            document = json_value(json_body, "json", problems)
            if len(problems) == before:
                body = checked_json(document, problems, "json")
    if idempotent is not None and not isinstance(idempotent, bool):
        problems.append(f"idempotent must be True, False or None, got {shown_value(idempotent)}")
    if problems:
        raise RequestValidationError(problems)
    return Call(
        method=verb,
        path=path,
        params=query,
        operation_id=f"{verb} {path}",
        decoder=_as_is,
        body=body,
        idempotent=RAW_METHODS[verb] if idempotent is None else idempotent,
        secret_params=frozenset(secret),
    )


def _as_is(data: dict[str, Any]) -> dict[str, Any]:
    return data
