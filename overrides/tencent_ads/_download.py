"""Downloading a file to disk: streamed, size-bounded, md5-checked, renamed into place atomically.

:class:`Download` is one ``download`` call's target. Each attempt of the call
gets a fresh :class:`FileSink` (a retried attempt starts the file again): the
client hands it the body chunk by chunk, as they arrive, so memory stays flat
whatever the file's size. The sink writes to a temporary file beside ``dest``
and hashes as it writes; :meth:`Download.finish` checks the md5 (when given)
and renames the file into place (``os.replace``: atomic on one file system).
A mismatch raises :class:`DownloadIntegrityError` and, like any failure,
leaves no partial file behind.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import httpx

from ._errors import RequestValidationError, TencentAdsError

#: The most bytes one download writes (a report of many accounts can be large; a runaway body cannot fill a disk).
DEFAULT_MAX_DOWNLOAD_BYTES: Final = 4 * 1024**3
_MD5: Final = re.compile(r"[0-9a-fA-F]{32}")

#: ``on_progress(bytes_done, total_or_None)`` after every chunk written.
DownloadProgress = Callable[[int, "int | None"], Any]


class DownloadIntegrityError(TencentAdsError):
    """The downloaded bytes do not have the md5 the task named; no file was left behind."""

    def __init__(self, path: str, expected: str, actual: str, size: int) -> None:
        self.path = path
        self.expected = expected
        self.actual = actual
        self.size = size
        super().__init__(f"md5 of the {size} bytes downloaded for {path} is {actual}, expected {expected}")


class FileSink:
    """One attempt's body, written to the temporary file (the client's reader calls :meth:`add`)."""

    __slots__ = ("_file", "_hash", "_progress", "limit", "over_is_error", "size", "total", "truncated")

    def __init__(self, path: Path, limit: int, total: int | None, progress: DownloadProgress | None) -> None:
        self._file = path.open("wb")  # truncates what an earlier attempt wrote
        self._hash = hashlib.md5()  # noqa: S324 - the API's integrity check is md5
        self._progress = progress
        self.limit = limit
        self.total = total
        self.size = 0
        self.truncated = False
        self.over_is_error = True

    def add(self, chunk: bytes) -> bool:
        if self.size + len(chunk) > self.limit:
            self.truncated = True
            return False
        self._file.write(chunk)
        self._hash.update(chunk)
        self.size += len(chunk)
        if self._progress is not None:
            self._progress(self.size, self.total)
        return True

    def body(self) -> bytes:
        return b""  # the bytes are on disk

    def close(self) -> str:
        self._file.close()
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
        if on_progress is not None and not callable(on_progress):
            problems.append(f"on_progress must be callable, got {type(on_progress).__name__}")
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            problems.append(f"max_bytes must be a positive int, got {max_bytes!r}")
        if problems:
            raise RequestValidationError(problems, what="the download")
        self.dest = Path(dest)
        self.md5 = None if md5 is None else md5.lower()
        self.on_progress = on_progress
        self.max_bytes = max_bytes
        # Not mkstemp: its files are private (0600), and os.replace would keep that; this name is as unguessable,
        # and the file gets the permissions the umask gives any new file.
        self.part = self.dest.parent / f".{self.dest.name}.{secrets.token_hex(8)}.part"
        self.current: FileSink | None = None

    def sink(self, response: httpx.Response) -> FileSink:
        """A new sink for one attempt's answer (the file restarts from its first byte)."""
        if self.current is not None:
            self.current.close()
        length = response.headers.get("Content-Length")
        encoded = response.headers.get("Content-Encoding", "identity") != "identity"
        total = int(length) if length and length.isdigit() and not encoded else None
        self.current = FileSink(self.part, self.max_bytes, total, self.on_progress)
        return self.current

    def finish(self) -> Path:
        """Check the md5 and move the file into place; the path of the file."""
        if self.current is None:  # pragma: no cover - execute either read an answer into a sink or raised
            raise TencentAdsError("no file was received")
        digest = self.current.close()
        if self.md5 is not None and digest != self.md5:
            raise DownloadIntegrityError(str(self.dest), self.md5, digest, self.current.size)
        os.replace(self.part, self.dest)
        return self.dest

    def cleanup(self) -> None:
        """Remove the temporary file if it is still there (after a failure, or after :meth:`finish`)."""
        if self.current is not None:
            self.current.close()
        self.part.unlink(missing_ok=True)
