"""The fake server's fault model: what can be injected, per request or by a schedule."""

from __future__ import annotations

from collections.abc import Mapping
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

    ``path`` limits the fault to one endpoint path (e.g. ``/v3.0/async_tasks/get``), ``account_id`` to the
    calls for one account (in the query, or in a write's JSON body), ``task_id`` to the calls that name one
    task (its ``task_id`` parameter, or a filter value). An ``api_error`` without a ``message`` says what the
    API says for that code (:data:`API_MESSAGES`).

    Whether the request was processed (matters for a write: async_tasks/add creates its task when processed):
    ``slow`` and ``truncated_json`` always answer a processed request (the task exists whether or not the
    client waited for the answer). The other kinds replace the answer *before* processing (nothing is
    created), unless ``processed=True``: then the request is processed first and its answer replaced —
    ``Fault("drop_connection", processed=True)`` is the write whose outcome the client cannot know (the task
    exists, the connection dropped).
    """

    kind: str = attrs.field(validator=attrs.validators.in_(FAULT_KINDS))
    code: int = 10000
    status: int = 502
    delay: float = 0.0
    retry_after: str | None = None
    message: str | None = None
    path: str | None = None
    account_id: int | None = None
    task_id: int | None = None
    processed: bool = False

    def matches(self, path: str, params: Mapping[str, str]) -> bool:
        """Whether this fault is for a request to ``path`` with these query parameters."""
        if self.path is not None and self.path != path:
            return False
        if self.account_id is not None and params.get("account_id") != str(self.account_id):
            return False
        if self.task_id is not None:
            wanted = str(self.task_id)
            if params.get("task_id") != wanted and f'"{wanted}"' not in params.get("filtering", ""):
                return False
        return True

    def texts(self) -> tuple[str, str]:
        """(message, message_cn) of an ``api_error``: the given message, or the API's own for the code."""
        if self.message is not None:
            return self.message, self.message
        return API_MESSAGES.get(self.code, ("injected fault", "注入的错误"))


#: What the API answers for the codes a client must tell apart (REFERENCE.md's error table), in its two languages.
API_MESSAGES: Final[Mapping[int, tuple[str, str]]] = {
    10000: ("system error, please try again later", "系统错误,请稍后重试"),
    11000: ("access_token expired", "access_token 已过期"),
    11002: ("access_token is invalid", "access_token 无效"),
    11016: ("too many requests per second for this API", "接口每秒调用次数超过限制"),
    11017: (
        "too many requests per minute for this API, try again in 5 minutes",
        "接口每分钟调用次数超过限制,请5分钟后重试",
    ),
    11018: ("too many requests today for this API", "接口每日调用次数超过限制"),
    12100: ("nonce has been used", "nonce 已使用"),
    12101: ("timestamp expired", "时间戳已过期"),
    12201: ("account_id is invalid or not permitted", "广告主帐号无效或无权限"),
    12700: ("resource is busy, please try again later", "资源繁忙,请稍后重试"),
    18001: ("parameter validation failed", "参数校验失败"),
}


HTML_ERROR_PAGE: Final = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
