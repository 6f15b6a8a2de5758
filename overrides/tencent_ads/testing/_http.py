"""The fake server's HTTP side: asyncio streams parsed by h11, one answer per request, keep-alive.

It reads each request's body (up to :data:`MAX_BODY`), answers what
:meth:`FakeMarketingAPI.handle` decided, commits what a delivered read changes,
and refuses what it cannot serve with a status (400, 413, 414, 431) instead of
dropping the connection; idle connections are closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import http
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import h11

if TYPE_CHECKING:
    from ._server import FakeMarketingAPI

#: Request targets longer than this get 414 (httpx itself refuses URLs over 65,536 characters).
MAX_TARGET: Final = 64 * 1024

#: A request head larger than this gets 431.
MAX_HEAD: Final = 128 * 1024

#: A request body larger than this gets 413 (a declared Content-Length at once, a chunked body when it gets there).
MAX_BODY: Final = 1024 * 1024


async def serve_connection(fake: FakeMarketingAPI, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """One keep-alive connection: HTTP/1.1 parsed by h11, one answer per request."""
    connection = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD)
    request: h11.Request | None = None
    body = bytearray()
    try:
        while True:
            try:
                event = connection.next_event()
            except h11.RemoteProtocolError as exc:
                await _refuse(connection, reader, writer, exc.error_status_hint, str(exc))
                return
            if event is h11.NEED_DATA:
                try:
                    async with asyncio.timeout(fake.idle_timeout):
                        data = await reader.read(65536)
                except TimeoutError:
                    return  # idle too long: close, as servers do
                connection.receive_data(data)
                continue
            if isinstance(event, h11.Request):
                if len(event.target) > MAX_TARGET:
                    await _refuse(connection, reader, writer, 414, f"request target over {MAX_TARGET} bytes")
                    return
                if _declared_length(event) > MAX_BODY:
                    await _refuse(connection, reader, writer, 413, f"request body over {MAX_BODY} bytes")
                    return
                request = event
                body.clear()
            elif isinstance(event, h11.Data) and request is not None:
                body += event.data
                if len(body) > MAX_BODY:
                    await _refuse(connection, reader, writer, 413, f"request body over {MAX_BODY} bytes")
                    return
            elif isinstance(event, h11.EndOfMessage) and request is not None:
                answer = fake.handle(
                    request.method.decode("ascii", "replace"),
                    request.target.decode("latin-1"),
                    bytes(body),
                    _header(request, b"content-type"),
                )
                request = None
                body.clear()
                if not await _deliver(fake, connection, reader, writer, answer):
                    return
                connection.start_next_cycle()
            elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
                return
    except (h11.ProtocolError, ConnectionError, asyncio.CancelledError):
        return  # a broken client, or the server stopping: nothing to answer
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            await writer.wait_closed()


#: After refusing a request, how long the rest of it is read and dropped before the connection closes.
LINGER: Final = 1.0


async def _refuse(
    connection: h11.Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, status: int, reason: str
) -> None:
    """Answer a request we cannot serve (bad HTTP, a target or head too large), then close.

    A lingering close: closing with the client's bytes still unread would send a TCP reset, which can destroy
    the answer before the client reads it; so the rest of the request is read and dropped first (briefly).
    """
    if connection.our_state not in {h11.IDLE, h11.SEND_RESPONSE}:
        return
    body = json_bytes({"error": reason})
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body))), ("Connection", "close")]
    with contextlib.suppress(h11.LocalProtocolError):
        writer.write(
            connection.send(h11.Response(status_code=status, headers=headers, reason=_reason(status)))
            + connection.send(h11.Data(data=body))
            + connection.send(h11.EndOfMessage())
        )
        await writer.drain()
    with contextlib.suppress(ConnectionError, TimeoutError, OSError):
        if writer.can_write_eof():
            writer.write_eof()
        async with asyncio.timeout(LINGER):
            while await reader.read(65536):
                pass


async def _deliver(
    fake: FakeMarketingAPI,
    connection: h11.Connection,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    answer: Answer,
) -> bool:
    """Send one answer, then commit what reading it changes; return whether the connection stays open."""
    if answer.drop:
        transport = writer.transport
        transport.abort()  # close the socket without answering
        return False
    if answer.delay:
        await asyncio.sleep(answer.delay)
        if reader.at_eof():
            return False  # the client gave up while we were slow: nothing is delivered, nothing advances
    headers = [
        ("Content-Type", answer.content_type),
        ("Content-Length", str(len(answer.body))),
        ("Date", email.utils.formatdate(fake.clock(), usegmt=True)),
        ("Server", "FakeMarketingAPI/1.0"),
        *answer.headers.items(),
    ]
    if answer.close:
        headers.append(("Connection", "close"))
    head = connection.send(h11.Response(status_code=answer.status, headers=headers, reason=_reason(answer.status)))
    if not answer.drip:  # one write: head, body and end together
        writer.write(head + connection.send(h11.Data(data=answer.body)) + connection.send(h11.EndOfMessage()))
        await writer.drain()
    else:  # a slow body: ten pieces, a pause after each
        writer.write(head)
        step = max(1, -(-len(answer.body) // 10))
        for start in range(0, len(answer.body), step):
            writer.write(connection.send(h11.Data(data=answer.body[start : start + step])))
            await writer.drain()
            await asyncio.sleep(answer.drip)
        writer.write(connection.send(h11.EndOfMessage()))
        await writer.drain()
    fake.delivered(answer)
    return not answer.close and connection.our_state is h11.DONE


def _header(request: h11.Request, name: bytes) -> str | None:
    """One header's value (h11 gives names in lower case), or None."""
    for key, value in request.headers:
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def _declared_length(request: h11.Request) -> int:
    """The Content-Length the request declares (h11 has checked it is a number), 0 without one."""
    raw = _header(request, b"content-length")
    return int(raw) if raw is not None and raw.strip().isdigit() else 0


def _reason(status: int) -> bytes:
    try:
        return http.HTTPStatus(status).phrase.encode("ascii")
    except ValueError:
        return b""


def json_bytes(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


class Answer:
    """What the handler will send (decided before anything is written)."""

    def __init__(
        self,
        label: str,
        status: int = 200,
        body: bytes = b"",
        content_type: str = "application/json; charset=utf-8",
        headers: Mapping[str, str] | None = None,
        *,
        drop: bool = False,
        close: bool = False,
        delay: float = 0.0,
        on_delivered: list[Callable[[], None]] | None = None,
    ) -> None:
        self.label = label
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = dict(headers or {})
        self.drop = drop
        self.close = close
        self.delay = delay
        self.on_delivered = on_delivered or []
        #: Seconds between ten pieces of the body (a slow body), 0: all at once.
        self.drip = 0.0
