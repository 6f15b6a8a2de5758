"""What each endpoint sends and how its answer is read — shared by the sync and async clients.

A :class:`Call` is built before any I/O (this is where ``filtering`` is
validated and encoded) from the generated endpoint's ``_get_kwargs``, so the
parameter names and the path come from the spec. The clients only send it and
hand the response back to :meth:`Call.parse`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import httpx
from tencent_ads_api.api.async_tasks import async_tasks_get
from tencent_ads_api.api.programmed_commponent_result import programmed_commponent_result_get
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData
from tencent_ads_api.types import UNSET

from ._envelope import decode, parse_data
from ._errors import FilterValidationError, RequestValidationError
from ._filters import FilterLike, encode_filtering, forbidden_characters

T = TypeVar("T")


class Call(Generic[T]):
    """One prepared API call: method, path, query (without the global parameters) and its parser."""

    __slots__ = ("_from_dict", "method", "operation_id", "params", "path")

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

    def parse(self, response: httpx.Response, *, attempts: int | None = None) -> T:
        """Decode the envelope (raising typed errors) and build the typed ``data`` model."""
        return self.parse_traced(response, attempts=attempts)[0]

    def parse_traced(self, response: httpx.Response, *, attempts: int | None = None) -> tuple[T, str | None]:
        """:meth:`parse`, plus the envelope's ``trace_id`` (for the request log)."""
        envelope = decode(response, method=self.method, path=self.path, attempts=attempts)
        data = parse_data(
            envelope, self.operation_id, self._from_dict, method=self.method, path=self.path, attempts=attempts
        )
        return data, envelope.trace_id

    def __repr__(self) -> str:
        return f"Call({self.method} {self.path} {self.params!r})"


def _check_int(problems: list[str], name: str, value: object, low: int, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{name} must be an int, got {type(value).__name__} {value!r}")
    elif value < low or (high is not None and value > high):
        bound = f"{low}–{high}" if high is not None else f">= {low}"
        problems.append(f"{name} must be {bound}, got {value}")


def _encode_fields(problems: list[str], fields: Iterable[str] | None) -> str | None:
    """``fields`` → compact JSON (``["task_id","status"]``), or None when not given or empty."""
    if fields is None:
        return None
    if isinstance(fields, str | bytes) or not isinstance(fields, Iterable):
        problems.append(f"fields must be a list of field names, got {type(fields).__name__}")
        return None
    names = list(fields)
    for position, name in enumerate(names):
        if not isinstance(name, str) or not name:
            problems.append(f"fields[{position}] must be a non-empty string, got {name!r}")
        elif shown := forbidden_characters(name):
            problems.append(f"fields[{position}] {name!r} contains forbidden character(s) {shown}")
    if not names:
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
        _check_int(problems, "page", page, 1, 99999)
    if page_size is not None:
        _check_int(problems, "page_size", page_size, 1, 100)
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
