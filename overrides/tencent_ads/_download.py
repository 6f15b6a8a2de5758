"""Downloading a file to disk: streamed, size-bounded, md5-checked, renamed into place atomically.

:class:`Download` is one ``download`` call's target. Each attempt of the call
gets a fresh :class:`FileSink` (a retried attempt starts the file again): the
client hands it the body chunk by chunk, as they arrive, so memory stays flat
whatever the file's size. The sink writes to a temporary file beside ``dest``
and hashes as it writes; :meth:`Download.finish` checks the md5 (when given)
and renames the file into place (``os.replace``: atomic on one file system).
A mismatch raises :class:`DownloadIntegrityError` and, like any failure,
leaves no partial file behind.

A file already at ``dest`` whose md5 is the one the task lists is kept as it is:
:meth:`Download.in_place` says so before anything is sent (a daily job run
again downloads only what it lacks), and ``on_skip(dest)`` hears of it. A
present file with another md5 is downloaded again and replaced atomically;
without a known md5 nothing can tell the file is the right one, so it is
downloaded as always.

A file that cannot be written — a full disk (ENOSPC), a file-size limit or
quota (EFBIG, EDQUOT) — raises :class:`DownloadWriteError` (not retried), and
the temporary file is removed even when closing it fails again.

A compressed answer (``Content-Encoding``) is inflated as it is written; it may
inflate to at most :data:`MAX_INFLATE_RATIO` times the bytes received, past the
first :data:`INFLATE_ALLOWANCE` bytes (and never past ``max_bytes``): a gzip
bomb raises :class:`InflatedTooLargeError` (a
:class:`~tencent_ads.ResponseTooLargeError`, not retried) long before it fills
the disk.
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import hashlib
import logging
import os
import re
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

import httpx
from tencent_ads_api.types import Unset

from ._errors import RequestError, RequestValidationError, ResponseTooLargeError, TencentAdsError
from ._waiting import missing

#: The most bytes one download writes (a report of many accounts can be large; a runaway body cannot fill a disk).
DEFAULT_MAX_DOWNLOAD_BYTES: Final = 4 * 1024**3
#: A compressed file answer inflates to at most this many times the bytes received (CSV reports: 3-20x) ...
MAX_INFLATE_RATIO: Final = 200
#: ... beyond its first 16 MiB, which may inflate from anything.
INFLATE_ALLOWANCE: Final = 16 * 1024**2
_MD5: Final = re.compile(r"[0-9a-fA-F]{32}")

#: ``on_progress(bytes_done, total_or_None)`` after every chunk written.
DownloadProgress = Callable[[int, "int | None"], Any]
#: ``on_skip(path)`` when a file is already in place with the listed md5 (nothing was downloaded).
DownloadSkip = Callable[[Path], Any]
_HASH_CHUNK: Final = 1024 * 1024

logger: Final = logging.getLogger("tencent_ads")


def listed_file(task_id: int | Unset, file_id: int | Unset, md5: str | Unset | None) -> str | None:
    """Refuse a task or file id the listing did not hold (``Unset``), before anything is sent: the download
    methods take what a listed task and its ``FileInfo`` hold, so they compose under ``mypy --strict``. The md5
    to check: an absent one (``Unset``) is none, as ``None`` is. Shared by the sync and async ``download``."""
    problems = [
        problem
        for problem in (missing("task_id", task_id), missing("file_id", file_id, field="file_id", holder="file"))
        if problem is not None
    ]
    if problems:
        raise RequestValidationError(problems, what="the download")
    return None if isinstance(md5, Unset) else md5  # its form is Download's to check


def listed_values(values: Mapping[str, object], md5: object) -> str | None:
    """:func:`listed_file` for any file operation: every argument a listing lacked (``Unset``) refused, named."""
    problems = [
        problem
        for name, value in values.items()
        if (problem := missing(name, value, field=name, holder=_HOLDERS.get(name, "listing"))) is not None
    ]
    if problems:
        raise RequestValidationError(problems, what="the download")
    return None if isinstance(md5, Unset) or md5 is None else md5  # type: ignore[return-value]  # Download checks


_HOLDERS = {"task_id": "task", "file_id": "file"}


def file_md5(path: Path) -> str | None:
    """The md5 of the file at ``path``; None when there is no regular file there or it cannot be read."""
    digest = hashlib.md5()  # noqa: S324 - the API's integrity check is md5
    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            while chunk := fh.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return None  # unreadable: downloaded again (and replaced, or the write error says why not)
    return digest.hexdigest()


class DownloadIntegrityError(TencentAdsError):
    """The downloaded bytes do not have the md5 the task named; no file was left behind."""

    def __init__(self, path: str, expected: str, actual: str, size: int) -> None:
        self.path = path
        self.expected = expected
        self.actual = actual
        self.size = size
        super().__init__(f"md5 of the {size} bytes downloaded for {path} is {actual}, expected {expected}")


class DownloadWriteError(TencentAdsError):
    """The downloaded file could not be written: a full disk (``errno`` ENOSPC), a file-size limit or a quota
    (EFBIG, EDQUOT), a read-only file system, ... Not retried; the temporary file was removed.

    ``path`` is the destination, ``errno``/``strerror`` the operating system's, ``written`` the bytes written
    before the failure.
    """

    def __init__(self, path: str, errno: int | None, strerror: str, written: int) -> None:
        self.path = path
        self.errno = errno
        self.strerror = strerror
        self.written = written
        name = errno_codes.errorcode.get(errno, "") if errno is not None else ""
        super().__init__(
            f"cannot write the download to {path}: {strerror}{f' ({name})' if name else ''}, after {written} bytes; "
            "the partial file is removed"
        )


class InflatedTooLargeError(ResponseTooLargeError):
    """A compressed file answer inflated past :data:`MAX_INFLATE_RATIO` times the bytes received (beyond the
    first :data:`INFLATE_ALLOWANCE`): a decompression bomb, or a server that compresses nothing but zeros.
    Reading stopped there; nothing was kept."""

    def __init__(self, inflated: int, received: int) -> None:
        self.inflated = inflated
        self.received = received
        self.limit = max(INFLATE_ALLOWANCE, MAX_INFLATE_RATIO * received)
        RequestError.__init__(
            self,
            f"the file's compressed answer inflated past {inflated} bytes from {received} bytes received "
            f"(more than {MAX_INFLATE_RATIO}x, beyond the first {INFLATE_ALLOWANCE} bytes); reading stopped",
        )


def _write_error(path: Path, exc: OSError, written: int) -> DownloadWriteError:
    return DownloadWriteError(str(path), exc.errno, exc.strerror or type(exc).__name__, written)


class FileSink:
    """One attempt's body, written to the temporary file (the client's reader calls :meth:`add`)."""

    __slots__ = (
        "_dest",
        "_encoded",
        "_file",
        "_hash",
        "_progress",
        "limit",
        "over_is_error",
        "size",
        "total",
        "truncated",
    )

    def __init__(
        self,
        path: Path,
        limit: int,
        total: int | None,
        progress: DownloadProgress | None,
        *,
        dest: Path | None = None,
        encoded: httpx.Response | None = None,
    ) -> None:
        self._dest = path if dest is None else dest
        failure: OSError | None = None
        try:
            self._file = path.open("wb")  # truncates what an earlier attempt wrote
        except OSError as exc:
            failure = exc
        if failure is not None:  # raised outside the except block: nothing chained
            raise _write_error(self._dest, failure, 0)
        self._hash = hashlib.md5()  # noqa: S324 - the API's integrity check is md5
        self._progress = progress
        #: A compressed answer: its bytes received so far bound how far it may inflate.
        self._encoded = encoded
        self.limit = limit
        self.total = total
        self.size = 0
        self.truncated = False
        self.over_is_error = True

    def add(self, chunk: bytes) -> bool:
        if self.size + len(chunk) > self.limit:
            self.truncated = True
            return False
        if self._encoded is not None:
            received = self._encoded.num_bytes_downloaded  # counted before each chunk is decoded
            if self.size + len(chunk) > max(INFLATE_ALLOWANCE, MAX_INFLATE_RATIO * received):
                raise InflatedTooLargeError(self.size + len(chunk), received)
        failure: OSError | None = None
        try:
            self._file.write(chunk)
        except OSError as exc:  # ENOSPC, EFBIG, EDQUOT, EIO ...
            failure = exc
        if failure is not None:
            raise _write_error(self._dest, failure, self.size)
        self._hash.update(chunk)
        self.size += len(chunk)
        if self._progress is not None:
            self._progress(self.size, self.total)
        return True

    def body(self) -> bytes:
        return b""  # the bytes are on disk

    def close(self) -> str:
        """Close the file (its last buffered bytes are written now: a full disk may show only here)."""
        if not self._file.closed:
            failure: OSError | None = None
            try:
                self._file.close()  # the descriptor is closed even when the final flush fails
            except OSError as exc:
                failure = exc
            if failure is not None:
                raise _write_error(self._dest, failure, self.size)
        return self._hash.hexdigest()


class Download:
    """One ``download`` call: where the file goes, what it must hash to, the sink of each attempt."""

    def __init__(
        self,
        dest: str | os.PathLike[str],
        *,
        md5: str | None = None,
        on_progress: DownloadProgress | None = None,
        max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        on_skip: DownloadSkip | None = None,
    ) -> None:
        problems = []
        if not isinstance(dest, str | os.PathLike) or not str(dest):
            problems.append(f"dest must be a file path, got {type(dest).__name__}")
        elif Path(dest).is_dir():
            problems.append(f"dest {str(dest)!r} is a directory; give the file's path")
        elif not Path(dest).parent.is_dir():
            problems.append(f"the folder of dest {str(Path(dest).parent)!r} does not exist")
        if md5 is not None and (not isinstance(md5, str) or not _MD5.fullmatch(md5)):
            problems.append(f"md5 must be 32 hexadecimal characters, got {md5!r}")
        for name, callback in (("on_progress", on_progress), ("on_skip", on_skip)):
            if callback is not None and not callable(callback):
                problems.append(f"{name} must be callable, got {type(callback).__name__}")
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            problems.append(f"max_bytes must be a positive int, got {max_bytes!r}")
        if problems:
            raise RequestValidationError(problems, what="the download")
        self.dest = Path(dest)
        self.md5 = None if md5 is None else md5.lower()
        self.on_progress = on_progress
        self.on_skip = on_skip
        self.max_bytes = max_bytes
        # Not mkstemp: its files are private (0600), and os.replace would keep that; this name is as unguessable,
        # and the file gets the permissions the umask gives any new file.
        self.part = self.dest.parent / f".{self.dest.name}.{secrets.token_hex(8)}.part"
        self.current: FileSink | None = None

    def may_be_in_place(self) -> bool:
        """Whether :meth:`in_place` could be true (an md5 to check, a file at ``dest``): no hashing."""
        return self.md5 is not None and self.dest.is_file()

    def in_place(self) -> bool:
        """Whether ``dest`` already holds the file: the listed md5 is known and the file there hashes to it."""
        return self.may_be_in_place() and file_md5(self.dest) == self.md5

    def skipped(self) -> Path:
        """Report a file found in place (``on_skip``, an INFO log line); its path."""
        logger.info("%s is already in place with md5 %s: not downloaded again", self.dest, self.md5)
        if self.on_skip is not None:
            self.on_skip(self.dest)
        return self.dest

    def sink(self, response: httpx.Response) -> FileSink:
        """A new sink for one attempt's answer (the file restarts from its first byte)."""
        if self.current is not None:
            self.current.close()
        length = response.headers.get("Content-Length")
        encoded = response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
        total = int(length) if length and length.isdigit() and not encoded else None
        self.current = None
        self.current = FileSink(
            self.part, self.max_bytes, total, self.on_progress, dest=self.dest, encoded=response if encoded else None
        )
        return self.current

    def finish(self) -> Path:
        """Check the md5 and move the file into place; the path of the file."""
        if self.current is None:  # pragma: no cover - execute either read an answer into a sink or raised
            raise TencentAdsError("no file was received")
        digest = self.current.close()
        if self.md5 is not None and digest != self.md5:
            raise DownloadIntegrityError(str(self.dest), self.md5, digest, self.current.size)
        try:
            os.replace(self.part, self.dest)
        except OSError as exc:
            failure = exc
        else:
            return self.dest
        raise _write_error(self.dest, failure, self.current.size)

    def cleanup(self) -> None:
        """Remove the temporary file if it is still there (after a failure, or after :meth:`finish`).

        Always: closing the file may fail again (its last bytes do not fit either), and that must not keep
        the partial file on a full disk.
        """
        try:
            if self.current is not None:
                with contextlib.suppress(DownloadWriteError):
                    self.current.close()
        finally:
            with contextlib.suppress(OSError):  # the caller's error says what went wrong; this is tidying
                self.part.unlink(missing_ok=True)
