"""The fake server's fault model: what can be injected, per request or by a schedule."""

from __future__ import annotations

from typing import Final

import attrs

FAULT_KINDS: Final = frozenset(
    {"api_error", "http_status", "html_error_page", "truncated_json", "slow", "drop_connection"}
)


@attrs.define
class Fault:
    """One injected misbehaviour.

    ``kind``: ``api_error`` (``code``, HTTP 200 envelope), ``http_status``
    (``status``, JSON body), ``html_error_page`` (``status``, an nginx-style
    HTML page), ``truncated_json`` (a valid answer cut in half), ``slow``
    (sleep ``delay`` seconds, then answer normally), ``drop_connection``
    (close the socket without answering). ``retry_after`` adds that header.
    ``path`` limits the fault to one endpoint path (e.g. ``/v3.0/async_tasks/get``).
    """

    kind: str = attrs.field(validator=attrs.validators.in_(FAULT_KINDS))
    code: int = 10000
    status: int = 502
    delay: float = 0.0
    retry_after: str | None = None
    message: str = "injected fault"
    path: str | None = None


HTML_ERROR_PAGE: Final = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
