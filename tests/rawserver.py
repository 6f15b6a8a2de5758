"""A loopback HTTP server whose every byte the test writes: for servers that misbehave on purpose.

``RawServer(handler)`` accepts connections on 127.0.0.1 and runs ``handler(conn, request_head)`` on a thread
for each request head it reads. It stops by itself when the test leaves the ``with`` block; every socket it
opens has a timeout, so no test can hang on it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any, Self

Handler = Callable[[socket.socket, bytes], None]


def read_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 1 << 20:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


class RawServer:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.heads: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}/v3.0"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(30)
            thread = threading.Thread(target=self._one, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _one(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            head = read_head(conn)
            if head:
                self.heads.append(head)
                self.handler(conn, head)

    def __enter__(self) -> Self:
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()
        for thread in self._threads:
            thread.join(5)


def drip(conn: socket.socket, data: bytes, interval: float, stop_after: float = 20.0) -> None:
    """Send ``data`` one byte every ``interval`` seconds (at most ``stop_after`` seconds in all)."""
    import time

    ended = time.monotonic() + stop_after
    for byte in data:
        if time.monotonic() > ended:
            return
        conn.sendall(bytes([byte]))
        time.sleep(interval)


def response(
    body: bytes,
    *,
    status: str = "200 OK",
    headers: dict[str, str] | None = None,
    content_type: str = "application/json",
) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", f"Content-Type: {content_type}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def h2c_handler(body: bytes) -> Handler:
    """A handler speaking HTTP/2 with prior knowledge (h2c), answering every stream with ``body``."""

    def handle(conn: socket.socket, head: bytes) -> None:
        import h2.config
        import h2.connection
        import h2.events

        h2conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
        h2conn.initiate_connection()
        conn.sendall(h2conn.data_to_send())
        data = head
        for _ in range(100):
            for event in h2conn.receive_data(data):
                if isinstance(event, h2.events.RequestReceived):
                    h2conn.send_headers(event.stream_id, [(":status", "200"), ("content-length", str(len(body)))])
                    h2conn.send_data(event.stream_id, body, end_stream=True)
            conn.sendall(h2conn.data_to_send())
            data = conn.recv(65536)
            if not data:
                return

    return handle


class Recorder:
    """What a server saw: method, path, query, headers and body of each request, in order."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def read(self, conn: socket.socket, head: bytes) -> dict[str, Any]:
        """Record the request whose head was read (and read its body, by Content-Length)."""
        top, _, body = head.partition(b"\r\n\r\n")
        lines = top.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        while len(body) < int(headers.get("content-length", "0")):
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        url = urllib.parse.urlsplit(target)
        seen = {
            "method": method,
            "path": url.path,
            "query": dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True)),
            "headers": headers,
            "body": body,
        }
        with self.lock:
            self.seen.append(seen)
        return seen

    @property
    def count(self) -> int:
        return len(self.seen)


#: What a recording server does after reading the n-th request (from 1): ``behaviour(conn, n)``.
Behaviour = Callable[[socket.socket, int], None]


@contextlib.contextmanager
def recording_servers() -> Iterator[Callable[[Behaviour], tuple[RawServer, Recorder]]]:
    """``start(behaviour)`` gives a running server that records every request, then behaves; all stop at the end."""
    servers: list[RawServer] = []

    def start(behaviour: Behaviour) -> tuple[RawServer, Recorder]:
        recorder = Recorder()

        def handler(conn: socket.socket, head: bytes) -> None:
            recorder.read(conn, head)
            behaviour(conn, recorder.count)

        server = RawServer(handler).__enter__()
        servers.append(server)
        return server, recorder

    try:
        yield start
    finally:
        for server in servers:
            server.__exit__(None, None, None)
