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
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Generic, TypeVar
from urllib.parse import urlencode

import httpx
from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

from ._body import check_body, encode_body, string_problem
from ._descriptors import Operation, Param
from ._envelope import decode, parse_data
from ._errors import FilterValidationError, RequestValidationError
from ._filters import encode_filtering, forbidden_characters, unencodable

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
        self.query = urlencode(params)
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
        envelope = decode(
            status_code, body, truncated=truncated, retry_after=retry_after, withhold=self.secret_answer, **where
        )
        data = parse_data(envelope, self._decoder, method=self.method, path=self.path, attempts=attempts)
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


def _check_string(problems: list[str], param: Param, value: object) -> str | None:
    if not isinstance(value, str):
        problems.append(f"{param.name} must be a string, got {type(value).__name__}")
        return None
    problem = string_problem(
        value,
        min_length=param.min_length,
        max_length=param.max_length,
        min_bytes=param.min_bytes,
        max_bytes=param.max_bytes,
        pattern=param.pattern,
        enum=param.enum,
        secret=param.secret,
    )
    if problem is not None:
        problems.append(f"{param.name} {problem}")
        return None
    return value


def prepare_call(operation: Operation, values: Mapping[str, Any], *, strict_filters: bool = True) -> Call[Any]:
    """Check every argument against the operation's spec-derived rules and build its :class:`Call`.

    Raises :class:`RequestValidationError` (or :class:`FilterValidationError`) listing every problem;
    nothing is sent. ``None`` means "not given".
    """
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
                params[param.name] = value
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
        elif (encoded_names := _encode_fields(problems, value, param.name, param.rules or "")) is not None:
            params[param.name] = encoded_names
    body: bytes | None = None
    if operation.body is not None:
        document = check_body(operation.body, values, problems, required=operation.body_required)
        if document is not None and not problems:
            body = encode_body(document)
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
