"""Report files to rows: a downloaded report, whatever its packing, read as dicts one row at a time.

::

    from tencent_ads import read_report_rows

    for row in read_report_rows("report.csv"):        # a path, bytes, or a binary file object
        print(row["date"], row["cost"])               # cost an int, ctr a float: typed where the spec knows them

What the file is, is read from its first bytes, never from its name:

* **CSV** (UTF-8, with or without a byte-order mark): the first line names the fields, each further line is a
  row; a blank line is skipped;
* **gzip** (``1f 8b``): inflated as it is read (several members concatenated read as one stream);
* **zip** (``PK``): each member that is a file, in the archive's order, read as a CSV of its own (its own
  header line); directories and macOS metadata are skipped;
* a **JSON error envelope** (``{"code": 11000, "message": ...}``, what the file host sends with HTTP 200 when
  it refuses) raises the same :class:`~tencent_ads.ApiError` subclass a call raises for that code
  (:class:`~tencent_ads.AuthError` for 11000), its text redacted.

Values: an empty cell is ``None``; a field the types know as ``"integer"`` becomes ``int``, as ``"number"``
``float``, when its text parses as such; otherwise (an unknown field, ``"-"`` in a metric, ``"1.5"`` in an integer
field) the text is kept as it arrived: lenient on receive, nothing raised for a value. The types default to the
spec's report row (``tencent_ads_generated.spec_data.ROW_FIELDS["ReportRow"]``).

Anything else — a truncated gzip, a corrupt or empty zip, bytes that are not UTF-8, binary content, a line with
more or fewer cells than the header — raises :class:`ReportFileError` (a
:class:`~tencent_ads.ResponseDecodeError`) naming what is wrong and where, never a bare ``EOFError``,
``zipfile.BadZipFile`` or ``UnicodeDecodeError``.

Memory stays flat whatever the file's size: the rows are read through the decompressor one line at a time. A zip
given as a stream that cannot seek (zip's directory is at its end) is spooled to a temporary file first.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import math
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Generator, Iterator, Mapping
from typing import IO, Any, Final, cast

from ._errors import ResponseDecodeError, html_title
from ._lenient import to_int

__all__ = ["ReportFileError", "ReportSource", "read_report_rows", "report_row_types"]

#: What :func:`read_report_rows` reads: a file's path, its bytes, or a binary file object open for reading.
ReportSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | io.RawIOBase | io.BufferedIOBase

_GZIP_MAGIC: Final = b"\x1f\x8b"
_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")  # a member, an empty archive, a spanned one
_BOM: Final = codecs.BOM_UTF8
#: How much of a stream is looked at to tell what it is.
_HEAD: Final = 4096
#: The largest body read whole as a JSON envelope (an error envelope is a few hundred bytes).
_MAX_ENVELOPE: Final = 1024 * 1024
#: A zip given as a stream that cannot seek is spooled to disk past this many bytes.
_SPOOL_IN_MEMORY: Final = 8 * 1024 * 1024
_CHUNK: Final = 64 * 1024
#: What a decompressor or zipfile raises on a damaged archive.
_ARCHIVE_ERRORS: Final = (EOFError, zlib.error, zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError)


class ReportFileError(ResponseDecodeError):
    """A report file that cannot be read as rows: a truncated gzip, a zip without a CSV, bytes that are not UTF-8,
    binary content, a row whose cells do not match the header. ``where`` names the member and line when known."""

    def __init__(self, message: str, body: bytes | str = b"", *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"report file{f' ({where})' if where else ''}: {message}", body)


def report_row_types() -> Mapping[str, str]:
    """The spec's report row: field name → ``"integer"`` | ``"number"`` | ``"string"`` (empty before the spec
    documents one)."""
    try:
        from tencent_ads_generated import spec_data
    except ImportError:  # pragma: no cover - the generated package ships with this one
        return {}
    tables: Any = getattr(spec_data, "ROW_FIELDS", None)
    if not isinstance(tables, Mapping):
        return {}
    row = tables.get("ReportRow")
    return row if isinstance(row, Mapping) else {}


def read_report_rows(
    source: ReportSource, *, types: Mapping[str, str] | None = None
) -> Generator[dict[str, Any], None, None]:
    """The rows of a report file, one dict each (field → value), read lazily.

    ``source``: a path, the file's bytes, or a binary file object (read from where it stands, not closed).
    ``types``: field → ``"integer"`` | ``"number"`` | ``"string"``; default: the spec's report row.

    The file is opened (and its kind told) at the first ``next()``; closing the generator (``close()``, or
    leaving a ``for`` loop and dropping it) closes what it opened.
    """
    kinds = report_row_types() if types is None else types
    converters = {name: _CONVERTERS[kind] for name, kind in kinds.items() if kind in _CONVERTERS}
    return _rows(source, converters)


def _rows(source: ReportSource, converters: Mapping[str, _Converter]) -> Generator[dict[str, Any], None, None]:
    with contextlib.ExitStack() as stack:
        stream = _open(source, stack)
        yield from _read(stream, converters, stack, where=None, depth=0)


# --- opening and telling what a stream is -------------------------------------------------------------------


def _open(source: ReportSource, stack: contextlib.ExitStack) -> IO[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source))
    if isinstance(source, str | os.PathLike):
        try:
            return stack.enter_context(open(source, "rb"))
        except OSError as exc:
            failure = exc
        raise ReportFileError(f"cannot open {os.fspath(source)!r}: {failure.strerror or type(failure).__name__}")
    if not callable(getattr(source, "read", None)):
        raise TypeError(f"source must be a path, bytes or a binary file object, got {type(source).__name__}")
    return cast("IO[bytes]", source)


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read: they are served again, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            count = min(len(view), len(self._head))
            view[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(view))
        if not data:
            return 0
        view[: len(data)] = data
        return len(data)


#: Streams that seek back cheaply (a GzipFile "seeks" back by inflating again from its start).
_SEEKABLE: Final = (io.BytesIO, io.BufferedReader, io.BufferedRandom, io.FileIO)


def _peek(stream: IO[bytes], where: str | None) -> tuple[bytes, IO[bytes], bool]:
    """The first bytes of ``stream``, a stream that reads all of it again, and whether that one can seek."""
    if isinstance(stream, _SEEKABLE) and stream.seekable():
        start = stream.tell()
        head = _guarded(lambda: _read_at_least(stream, _HEAD), where)
        stream.seek(start)
        return head, stream, True
    head = _guarded(lambda: _read_at_least(stream, _HEAD), where)
    return head, io.BufferedReader(_Prefixed(head, stream), _CHUNK), False


def _read_at_least(stream: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < size:
        data = stream.read(size - got)
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


def _guarded(read: Any, where: str | None) -> Any:
    """``read()``, with a damaged archive's exception turned into :class:`ReportFileError`."""
    try:
        return read()
    except ReportFileError:
        raise
    except _ARCHIVE_ERRORS as exc:
        failure: BaseException = exc
    raise ReportFileError(_archive_problem(failure), where=where)


def _archive_problem(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the compressed data ends before its end marker (a truncated download?)"
    if isinstance(exc, zipfile.BadZipFile):
        return f"the zip archive is damaged ({exc})"
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc).lower():
        return "the zip member is encrypted"
    return f"the compressed data is damaged ({type(exc).__name__}: {exc})"


def _read(
    stream: IO[bytes],
    converters: Mapping[str, _Converter],
    stack: contextlib.ExitStack,
    *,
    where: str | None,
    depth: int,
) -> Iterator[dict[str, Any]]:
    head, stream, seekable = _peek(stream, where)
    if head.startswith(_GZIP_MAGIC):
        if depth > 2:
            raise ReportFileError("compressed more than three times over", where=where)
        inflated = stack.enter_context(_gzip_reader(stream))
        yield from _read(inflated, converters, stack, where=where, depth=depth + 1)
    elif head.startswith(_ZIP_MAGIC):
        if depth > 2:
            raise ReportFileError("compressed more than three times over", where=where)
        yield from _zip_rows(stream, seekable, converters, stack, where=where, depth=depth)
    else:
        yield from _text_rows(head, stream, converters, where=where)


def _gzip_reader(stream: IO[bytes]) -> IO[bytes]:
    import gzip

    inflated: IO[bytes] = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
    return inflated


def _zip_rows(
    stream: IO[bytes],
    seekable: bool,
    converters: Mapping[str, _Converter],
    stack: contextlib.ExitStack,
    *,
    where: str | None,
    depth: int,
) -> Iterator[dict[str, Any]]:
    # zip's directory is at the end: it needs a stream that seeks. One that cannot (a socket, an inflating gzip) is
    # spooled first, in memory up to 8 MiB, then on disk.
    if not seekable:
        spool = stack.enter_context(tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY))  # noqa: SIM115
        _guarded(lambda: shutil.copyfileobj(stream, spool, _CHUNK), where)
        spool.seek(0)
        stream = spool
    archive = _guarded(lambda: stack.enter_context(zipfile.ZipFile(stream)), where)
    members = [info for info in archive.infolist() if _is_content(info)]
    if not members:
        raise ReportFileError("the zip archive holds no file (no CSV report in it)", where=where)
    for info in members:
        inner = info.filename if where is None else f"{where}: {info.filename}"
        with contextlib.ExitStack() as member_stack:
            member = _guarded(lambda info=info: member_stack.enter_context(archive.open(info)), inner)
            yield from _read(member, converters, member_stack, where=inner, depth=depth + 1)


def _is_content(info: zipfile.ZipInfo) -> bool:
    name = info.filename
    base = name.rsplit("/", 1)[-1]
    return not info.is_dir() and not name.startswith("__MACOSX/") and base not in (".DS_Store", "Thumbs.db")


# --- the text: a JSON envelope, or CSV ------------------------------------------------------------------------


def _text_rows(
    head: bytes, stream: IO[bytes], converters: Mapping[str, _Converter], *, where: str | None
) -> Iterator[dict[str, Any]]:
    start = head[len(_BOM) :] if head.startswith(_BOM) else head
    first = start.lstrip()[:1]
    if first in (b"{", b"["):
        _raise_envelope(stream, where)
    if html_title(start) is not None:
        title = html_title(start)
        raise ReportFileError(f"an HTML page{f' titled {title!r}' if title else ''}, not a report", where=where)
    if b"\x00" in head:
        raise ReportFileError("binary content, not a CSV report", head[:64], where=where)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        yield from _csv_rows(text, converters, where)
    finally:
        text.detach()  # the stream is its opener's to close (a caller's file object stays open)


def _csv_rows(
    text: io.TextIOWrapper, converters: Mapping[str, _Converter], where: str | None
) -> Iterator[dict[str, Any]]:
    reader = csv.reader(text, strict=True)
    problem: str | None = None
    try:
        for cells in reader:
            if cells and (len(cells) > 1 or cells[0].strip()):
                break  # the header
        else:
            return  # no header: an empty file
        header = _header(cells, where, reader.line_num)
        width = len(header)
        columns = [(name, converters.get(name)) for name in header]
        for cells in reader:
            if len(cells) != width:
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue  # a blank line
                raise ReportFileError(
                    f"line {reader.line_num} has {len(cells)} cells, the header names {width} fields", where=where
                )
            row: dict[str, Any] = {}
            for (name, convert), cell in zip(columns, cells, strict=True):
                if not cell or cell.isspace():
                    row[name] = None
                elif convert is None:
                    row[name] = cell
                else:
                    row[name] = convert(cell)
            yield row
    except UnicodeDecodeError as exc:  # the exceptions are not chained: the message says what they said
        problem = f"bytes that are not UTF-8 ({exc.reason}) after the first {reader.line_num} line(s)"
    except csv.Error as exc:
        problem = f"not a readable CSV at line {reader.line_num} ({exc})"
    except ReportFileError:
        raise
    except _ARCHIVE_ERRORS as exc:
        problem = f"{_archive_problem(exc)}, after line {reader.line_num}"
    if problem is not None:
        raise ReportFileError(problem, where=where)


def _header(cells: list[str], where: str | None, line: int) -> list[str]:
    names = [cell.strip() for cell in cells]
    seen: set[str] = set()
    for name in names:
        if not name:
            raise ReportFileError(f"the header (line {line}) has an empty field name", where=where)
        if name in seen:
            raise ReportFileError(f"the header (line {line}) names {name!r} twice", where=where)
        seen.add(name)
    return names


def _raise_envelope(stream: IO[bytes], where: str | None) -> None:
    from ._envelope import decode, loads

    body = _guarded(lambda: _read_at_least(stream, _MAX_ENVELOPE + 1), where)
    if len(body) > _MAX_ENVELOPE:
        raise ReportFileError(
            "starts like JSON but is larger than an error envelope; not a CSV report", body[:200], where=where
        )
    try:
        loads(body)
    except (ValueError, RecursionError):
        parsed = False
    else:
        parsed = True
    if not parsed:
        raise ReportFileError("starts like JSON but is not JSON; not a CSV report", body, where=where)
    # The same decoding as a call's answer: code != 0 raises that code's ApiError subclass, redacted.
    decode(200, body, method="", path="")
    raise ReportFileError("a JSON answer without an error code, not a CSV report", body, where=where)


# --- values -------------------------------------------------------------------------------------------------

_Converter = Any  # Callable[[str], Any]


def _as_int(text: str) -> Any:
    if text.isdigit() and text.isascii() and len(text) <= 18:  # the common case, without a regex
        return int(text)
    return to_int(text)


def _as_float(text: str) -> Any:
    try:
        number = float(text)
    except ValueError:
        return text
    return number if math.isfinite(number) else text


def _as_str(text: str) -> Any:
    return text


_CONVERTERS: Final[dict[str, _Converter]] = {"integer": _as_int, "number": _as_float, "string": _as_str}
