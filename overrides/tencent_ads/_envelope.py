"""The response envelope: ``{"code": 0, "message": "", "message_cn": "", "data": {...}}``.

The API answers every call with HTTP 200; ``code != 0`` is an error, raised as
the :class:`~tencent_ads.ApiError` subclass of its code class. Anything that is
not such an envelope is a :class:`~tencent_ads.ResponseDecodeError` carrying a
bounded snippet of the body. Shared by the sync and the async client: nothing
here does I/O.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

try:  # the [fast] extra: msgspec decodes an answer 2-2.5x faster than json, big integers included
    from msgspec.json import Decoder as _Decoder

    _fast_loads: Callable[[bytes], Any] | None = _Decoder().decode
except ImportError:  # pragma: no cover - [test] installs it; the light install decodes with json
    _fast_loads = None

from ._errors import ApiError, HTTPStatusError, ResponseDecodeError, api_error_class
from ._lenient import to_int

T = TypeVar("T")


@attrs.frozen
class Envelope:
    """A decoded envelope with ``code == 0``."""

    data: dict[str, Any]
    trace_id: str | None


def loads(body: bytes) -> Any:
    """Decode JSON with msgspec when it is installed, else (or when msgspec refuses it) with the stdlib.

    json accepts what msgspec refuses (``NaN``, ``1e400``, UTF-16/32, lone surrogates), so a body msgspec
    refuses is decoded again by json, which either accepts it or raises its own error: the result never depends
    on whether msgspec is installed. (Not orjson: it reads an integer beyond 64 bits as a float, losing digits.)
    """
    if _fast_loads is not None:
        try:
            return _fast_loads(body)
        except (ValueError, RecursionError):  # msgspec.DecodeError; json decides below, nothing chained
            pass
    return json.loads(body)


#: Bodies this long or longer are decoded with the garbage collector paused (:func:`pause_gc`).
PAUSE_GC_FROM: Final = 4096
_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


def pause_gc() -> None:
    """Pause the cyclic garbage collector while a page is decoded into models (:func:`resume_gc` after).

    Decoding a page allocates thousands of containers (the JSON, then its models): every 700 set off a young
    collection that scans what the page has built so far, 28-34 % of the decode's time, and none of it is
    garbage (the decode makes no cycles; reference counting frees what it drops). Pauses nest across threads:
    the collector runs again when the last decode ends, if it ran before the first began.
    """
    global _gc_pauses, _gc_was_enabled
    if gc.isenabled():
        young, middle, _ = gc.get_threshold()
        if young and gc.get_count()[1] > middle:
            # The middle generation is due (CPython collects it with the next young collection once its count
            # passes its threshold): that young collection comes right after this decode, while the page's models
            # are alive, and would move them to the oldest generation — whose growth sets off full collections of
            # the whole heap (60-70 ms per 100,000 tasks iterated, most of iterate's gap to a raw loop). It runs
            # now instead, before the page is built. Outside the lock: a finalizer it runs may decode too.
            gc.collect(1)
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1


def resume_gc() -> None:
    global _gc_pauses
    with _gc_lock:
        _gc_pauses -= 1
        if _gc_pauses == 0 and _gc_was_enabled:
            gc.enable()


#: After this many successful answers of one operation in a row that the msgspec Structs refused (a key the spec
#: does not document, say: the API added a field), that operation's answers go straight to the dict decoders,
#: but for one in every TYPED_RETRY_EVERY, which tries the Structs again (a refusal costs part of a decode).
TYPED_MISSES_MAX: Final = 8
TYPED_RETRY_EVERY: Final = 100
_typed: dict[str, tuple[Any, Callable[[Any], Any]] | None] = {}
_typed_misses: dict[str, int] = {}


def decode_typed(operation_id: str, body: bytes) -> tuple[Any, str | None] | None:
    """A 200 answer decoded by msgspec straight into the operation's wire Structs and converted to its models
    (``decoders.typed_decoders``): ``(data model, trace_id)``, or None when this path does not apply — no
    msgspec (the light install), an error envelope, or anything the Structs refuse (a key the spec does not
    document, a null in an array, a shape the spec does not have). Then :func:`decode` and :func:`parse_data`
    read the answer as before; they alone raise the errors, keep unknown keys, skip nulls.
    """
    if _fast_loads is None:
        return None
    if operation_id in _typed:
        typed = _typed[operation_id]
    else:
        from tencent_ads_generated.decoders import typed_decoders

        typed = _typed[operation_id] = typed_decoders().get(operation_id)
    if typed is None:
        return None
    misses = _typed_misses.get(operation_id, 0)
    if misses >= TYPED_MISSES_MAX and (misses - TYPED_MISSES_MAX) % TYPED_RETRY_EVERY:
        _typed_misses[operation_id] = misses + 1  # resting: the dict decoders read it
        return None
    decoder, convert = typed
    try:
        envelope = decoder.decode(body)
    except (ValueError, RecursionError):  # msgspec's errors are ValueErrors: not JSON, or not the Structs' shape
        envelope = None
    code = None if envelope is None else envelope.code
    if code.__class__ is int and code != 0:
        return None  # an API error: decode() raises it (not a refusal of the Structs)
    data = None
    if envelope is not None and code == 0 and envelope.data is not None:
        try:
            data = convert(envelope.data)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            data = None
    if data is None:
        _typed_misses[operation_id] = _typed_misses.get(operation_id, 0) + 1
        return None
    if misses:
        del _typed_misses[operation_id]
    trace_id = envelope.trace_id
    return data, trace_id[:200] if isinstance(trace_id, str) and trace_id else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


#: What an error shows instead of the body of an answer that may carry secrets.
WITHHELD_BODY: Final = b"<body withheld: this answer carries tokens>"


def decode(
    status_code: int,
    body: bytes,
    *,
    method: str,
    path: str,
    attempts: int | None = None,
    truncated: bool = False,
    retry_after: float | None = None,
    withhold: bool = False,
) -> Envelope:
    """Check the status, decode the JSON envelope, raise on ``code != 0``.

    ``truncated``: the client stopped reading a non-200 body at its limit (the snippet says so);
    ``retry_after``: the answer's ``Retry-After`` in seconds, carried by the error raised.
    """
    where: dict[str, Any] = {"method": method, "path": path, "attempts": attempts}
    # ``withhold``: the answer may carry secrets (oauth/token's tokens), so no error quotes its body.
    shown = WITHHELD_BODY if withhold else body
    if status_code != 200:
        raise HTTPStatusError(status_code, shown, truncated=truncated, retry_after=retry_after, **where)
    # Errors are raised outside the ``except`` blocks: json's exception keeps the whole body (``.doc``), and a
    # chained __context__ would keep it reachable from our error.
    error: ResponseDecodeError | None = None
    try:
        document = loads(body)
    except RecursionError:
        error = ResponseDecodeError("response JSON is nested too deeply to decode", shown[:200], **where)
    except ValueError:  # not JSON, not UTF-8, or a number of more than 4,300 digits
        # a truncated or proxy-mangled answer to a GET: worth another attempt
        error = ResponseDecodeError("response body is not JSON", shown, transient=True, **where)
    if error is not None:
        raise error
    if not isinstance(document, dict) or "code" not in document:
        raise ResponseDecodeError("response is not a Marketing API envelope (no 'code')", shown, **where)
    trace_id = document.get("trace_id")
    trace = trace_id[:200] if isinstance(trace_id, str) and trace_id else None
    code = to_int(document["code"])
    if code != 0:
        errors = document.get("errors")
        raise api_error_class(code)(
            code,
            _text(document.get("message")),
            _text(document.get("message_cn")),
            trace_id=trace,
            errors=errors if isinstance(errors, list) else (),
            retry_after=retry_after,
            **where,
        )
    data = document.get("data")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ResponseDecodeError("envelope 'data' is not an object", shown, trace_id=trace, **where)
    return Envelope(data, trace)


def parse_data(
    envelope: Envelope,
    decoder: Callable[[dict[str, Any]], T],
    *,
    method: str,
    path: str,
    attempts: int | None = None,
) -> T:
    """Build the typed model of ``data`` with the operation's generated decoder (lenient as the spec says)."""
    try:
        return decoder(envelope.data)
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        problem = exc
    raise _shape_error(problem, envelope, method=method, path=path, attempts=attempts)


def _shape_error(
    exc: Exception, envelope: Envelope, *, method: str, path: str, attempts: int | None
) -> ResponseDecodeError:
    return ResponseDecodeError(
        f"response data does not match the documented shape ({type(exc).__name__}: {str(exc)[:200]})",
        _dump(envelope.data),
        method=method,
        path=path,
        attempts=attempts,
        trace_id=envelope.trace_id,
    )


def _dump(data: Any) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, default=str)[:2000]
    except (ValueError, RecursionError):
        return "<undisplayable>"


__all__ = ["ApiError", "Envelope", "decode", "parse_data"]
