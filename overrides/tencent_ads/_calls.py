"""What each endpoint sends and how its answer is read — shared by the sync and async clients.

A :class:`Call` is built before any I/O (this is where ``filtering`` is
validated and encoded) from the generated endpoint's ``_get_kwargs``, so the
parameter names and the path come from the spec. The clients only send it and
hand the response back to :meth:`Call.parse`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, Final, Generic, TypeVar
from urllib.parse import urlencode

import httpx
from tencent_ads_api.api.async_tasks import async_tasks_get
from tencent_ads_api.api.programmed_commponent_result import programmed_commponent_result_get
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData
from tencent_ads_api.types import UNSET

from ._envelope import decode, parse_data
from ._errors import FilterValidationError, RequestValidationError
from ._filters import FilterLike, encode_filtering, forbidden_characters, unencodable

T = TypeVar("T")

MAX_PAGE: Final = 99999
MAX_PAGE_SIZE: Final = 100
INT64_MAX: Final = 2**63 - 1
#: httpx refuses URLs longer than 65,536 characters; the base URL and the three global parameters need < 1 KiB.
MAX_QUERY_LENGTH: Final = 65536 - 1024


class Call(Generic[T]):
    """One prepared API call: method, path, query (without the global parameters) and its parser.

    ``query`` is the encoded query string, built once here; each attempt appends its fresh signature.
    """

    __slots__ = ("_from_dict", "method", "operation_id", "params", "path", "query")

    def __init__(
        self,
        *,
        method: str,
        path: str,
        params: dict[str, Any],
        operation_id: str,
        from_dict: Callable[[dict[str, Any]], T],
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.operation_id = operation_id
        self._from_dict = from_dict
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
        return self.parse_body(response.status_code, response.content, attempts=attempts)[0]

    def parse_body(
        self, status_code: int, body: bytes, *, attempts: int | None = None, truncated: bool = False
    ) -> tuple[T, str | None]:
        """:meth:`parse` from a status and the body bytes, plus the envelope's ``trace_id`` (for the request log)."""
        envelope = decode(status_code, body, method=self.method, path=self.path, attempts=attempts, truncated=truncated)
        data = parse_data(
            envelope, self.operation_id, self._from_dict, method=self.method, path=self.path, attempts=attempts
        )
        return data, envelope.trace_id

    def __repr__(self) -> str:
        return f"Call({self.method} {self.path} {self.params!r})"


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


def _encode_fields(problems: list[str], fields: Iterable[str] | None) -> str | None:
    """``fields`` → compact JSON (``["task_id","status"]``), or None when not given or empty."""
    if fields is None:
        return None
    if isinstance(fields, str | bytes) or not isinstance(fields, Iterable):
        problems.append(f"fields must be a list of field names, got {type(fields).__name__}")
        return None
    names = list(fields)
    before = len(problems)
    for position, name in enumerate(names):
        if not isinstance(name, str) or not name:
            text = repr(name) if len(repr(name)) <= 60 else repr(name)[:57] + "..."
            problems.append(f"fields[{position}] must be a non-empty string, got {text}")
        elif unencodable(name):
            problems.append(f"fields[{position}] is not valid Unicode text (a lone surrogate)")
        elif bad := forbidden_characters(name):
            problems.append(f"fields[{position}] {name!r} contains forbidden character(s) {bad}")
    if not names or len(problems) > before:
        return None
    return json.dumps(names, ensure_ascii=False, separators=(",", ":"))


def _from_kwargs(kwargs: dict[str, Any], operation_id: str, from_dict: Callable[[dict[str, Any]], T]) -> Call[T]:
    return Call(
        method=str(kwargs["method"]).upper(),
        path=str(kwargs["url"]),
        params=dict(kwargs.get("params") or {}),
        operation_id=operation_id,
        from_dict=from_dict,
    )


def async_tasks_get_call(
    *,
    account_id: int,
    filtering: Iterable[FilterLike] | None = None,
    page: int | None = None,
    page_size: int | None = None,
    fields: Iterable[str] | None = None,
    strict_filters: bool = True,
) -> Call[AsyncTasksGetData]:
    """``GET async_tasks/get``: validated before anything is sent."""
    problems: list[str] = []
    _check_int(problems, "account_id", account_id, 1)
    if page is not None:
        _check_int(problems, "page", page, 1, MAX_PAGE)
    if page_size is not None:
        _check_int(problems, "page_size", page_size, 1, MAX_PAGE_SIZE)
    encoded_fields = _encode_fields(problems, fields)
    try:
        encoded = encode_filtering(filtering, strict=strict_filters)
    except FilterValidationError as exc:
        raise FilterValidationError(exc.problems, parameter_problems=problems) from None
    if problems:
        raise RequestValidationError(problems)
    kwargs = async_tasks_get._get_kwargs(
        account_id=account_id,
        filtering=UNSET if encoded is None else encoded,
        page=UNSET if page is None else page,
        page_size=UNSET if page_size is None else page_size,
        fields=UNSET if encoded_fields is None else encoded_fields,
    )
    return _from_kwargs(kwargs, "async_tasks_get", AsyncTasksGetData.from_dict)


def programmed_commponent_result_get_call(
    *, account_id: int, material_derive_id: int, fields: Iterable[str] | None = None
) -> Call[ProgrammedCommponentResultGetData]:
    """``GET programmed_commponent_result/get`` (the API's own spelling)."""
    problems: list[str] = []
    _check_int(problems, "account_id", account_id, 1)
    _check_int(problems, "material_derive_id", material_derive_id, 1)
    encoded_fields = _encode_fields(problems, fields)
    if problems:
        raise RequestValidationError(problems)
    kwargs = programmed_commponent_result_get._get_kwargs(
        account_id=account_id,
        material_derive_id=material_derive_id,
        fields=UNSET if encoded_fields is None else encoded_fields,
    )
    return _from_kwargs(kwargs, "programmed_commponent_result_get", ProgrammedCommponentResultGetData.from_dict)
