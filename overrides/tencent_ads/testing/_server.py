"""A fake Marketing API: a real HTTP server on loopback that behaves like Tencent's — the API emulation.

The canned data is in ``_data``, the fault model in ``_faults``, the HTTP server in ``_http``.

It enforces what the real API enforces on every call — ``access_token``
present and known (11002), ``timestamp`` within ±300 s (12101), ``nonce``
present, at most 32 characters and never reused (12100), missing global
parameters (12000) — validates parameters (18001 with every problem listed),
applies ``filtering`` (EQUALS, IN, CONTAINS and the comparisons on
created_time), pages, and answers in the API's envelope with HTTP 200.

Writes (``POST``, a JSON body) are routed by method and path from the spec:
the signing parameters are checked in the query, the body must be JSON
(12003) that the spec accepts (18001 naming every member at fault), and
async_tasks/add creates a task that progresses to COMPLETED with files the
fake serves (:attr:`FakeMarketingAPI.created_tasks`).

Faults can be injected per request (:meth:`FakeMarketingAPI.inject`) or from a
schedule: API error codes, HTTP 5xx, an HTML error page, truncated JSON, a slow
answer, a dropped connection.

::

    from tencent_ads import Client
    from tencent_ads.testing import FakeMarketingAPI

    with FakeMarketingAPI() as api:
        client = Client(api.token, base_url=api.base_url)
        client.async_tasks.get(account_id=api.account_id)
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import functools
import hashlib
import json
import math
import re
import secrets
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import attrs

from tencent_ads._body import document_problem
from tencent_ads._config import API_PREFIX, GLOBAL_PARAMETERS
from tencent_ads._descriptors import Operation
from tencent_ads._redaction import SECRET_NAMES

from ._data import (
    DEFAULT_ACCOUNT_ID,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    DEFAULT_REFRESH_TOKEN,
    DEFAULT_TOKEN,
    DOC_MATERIAL_DERIVE_ID,
    FakeTask,
    completed_result,
    doc_derive_result,
    doc_task,
    file_content,
    generated_tasks,
    task_with_defaults,
)
from ._faults import HTML_ERROR_PAGE, Fault
from ._http import Answer, json_bytes, serve_connection
from ._reports import (
    REPORT_FILE_FORMATS,
    UNKNOWN_METRIC,
    RejectError,
    parse_add,
    parse_get,
    render_rows,
    report_file,
    report_rows,
    today_in_gmt8,
)

MAX_CLOCK_SKEW: Final = 300

ASYNC_TASKS_PATH: Final = API_PREFIX + "/async_tasks/get"

PROGRAMMED_PATH: Final = API_PREFIX + "/programmed_commponent_result/get"
FILES_PATH: Final = API_PREFIX + "/async_task_files/get"
DAILY_REPORTS_PATH: Final = API_PREFIX + "/daily_reports/get"
HOURLY_REPORTS_PATH: Final = API_PREFIX + "/hourly_reports/get"
ASYNC_REPORTS_PATH: Final = API_PREFIX + "/async_reports/get"
#: On the file host (dl.e.qq.com/v3.0), served here under the same /v3.0 prefix as async_task_files/get.
REPORT_FILES_PATH: Final = API_PREFIX + "/async_report_files/get"
#: oauth/token: on the API host without /v3.0, not signed.
OAUTH_PATH: Final = "/oauth/token"
#: After a per-minute refusal (11017) the API refuses the endpoint for about five minutes (REFERENCE.md).
DEFAULT_LOCKOUT: Final = 300.0
#: Where a redirected file is served (``file_mode="redirect"``): a plain path, no signing, like a CDN's.
DOWNLOAD_PREFIX: Final = "/download/"
#: How the fake serves files: ``bytes`` directly, a ``redirect`` to a second loopback path, ``corrupted`` bytes (the
#: md5 does not match), ``expired`` (an API error, as after 24 hours), ``slow`` (the body dripped over ``file_delay``).
FILE_MODES: Final = frozenset({"bytes", "redirect", "corrupted", "expired", "slow"})


@attrs.define
class ReceivedRequest:
    """What the server saw (the token is kept only as 'known'/'unknown')."""

    path: str
    params: dict[str, str]
    token_known: bool
    answered: str
    #: When the request arrived (``time.time()``): for measuring rates on the server's side.
    at: float = 0.0
    #: The HTTP method.
    method: str = "GET"
    #: A write's JSON body as parsed (members named like a secret masked), None without one or when not JSON.
    body: Any = None


def _envelope(data: Any = None, *, code: int = 0, message: str = "", message_cn: str = "") -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message, "message_cn": message_cn}
    if data is not None:
        body["data"] = data
    body["trace_id"] = f"fake-{time.monotonic_ns():x}"
    return body


#: A route's answer: the ``data`` of the envelope, and what to commit once the answer is delivered.
Routed = tuple[dict[str, Any], list[Callable[[], None]]]


#: An API error envelope instead of the answer (``code``, ``message``, ``message_cn``).
_RejectError = RejectError


def _int_param(params: Mapping[str, str], name: str, *, required: bool, low: int, high: int | None) -> int | None:
    raw = params.get(name)
    if raw is None or raw == "":
        if required:
            raise _RejectError(18001, f"{name} is required", f"{name} 为必填项")
        return None
    if not raw.isascii() or not raw.isdigit():
        raise _RejectError(18001, f"{name} must be an integer, got {raw[:40]!r}", f"{name} 必须为整数")
    if len(raw) > 19:
        raise _RejectError(18001, f"{name} is out of the int64 range ({len(raw)} digits)", f"{name} 超出范围")
    value = int(raw)
    if value < low or (high is not None and value > high):
        raise _RejectError(18001, f"{name} must be within [{low}, {high or 'max'}], got {value}", f"{name} 超出范围")
    return value


_FIELD_NAME: Final = re.compile(r"[^<>&'\"/\\\t\n\r]+")


def _fields(params: Mapping[str, str]) -> set[str] | None:
    """The ``fields`` projection asked for (this fake's reading: keys of a task, or of the derive result)."""
    raw = params.get("fields")
    if not raw:
        return None
    try:
        names = json.loads(raw)
    except (ValueError, RecursionError):
        raise _RejectError(12008, "fields is not valid JSON", "fields 不是合法的 JSON") from None
    if not isinstance(names, list) or not all(isinstance(n, str) and _FIELD_NAME.fullmatch(n) for n in names):
        raise _RejectError(12009, "fields must be a list of field names", "fields 参数错误")
    return set(names)


def _matches(task: Mapping[str, Any], item: Mapping[str, Any]) -> bool:
    field, operator, values = item["field"], item["operator"], item["values"]
    actual = task.get(field)
    if field in {"task_id", "created_time"}:
        try:
            wanted = [int(v) for v in values]
            have = int(actual) if actual is not None else None
        except (TypeError, ValueError):
            return False
        if have is None:
            return False
        first = wanted[0]
        return {
            "EQUALS": have == first,
            "IN": have in wanted,
            "LESS": have < first,
            "LESS_EQUALS": have <= first,
            "GREATER": have > first,
            "GREATER_EQUALS": have >= first,
        }.get(operator, False)
    if field == "result_status":
        code = (task.get("result") or {}).get("code")
        actual = None if code is None else ("TASK_RESULT_STATUS_SUCCESS" if code == 0 else "TASK_RESULT_STATUS_FAIL")
    text = "" if actual is None else str(actual)
    if operator == "EQUALS":
        return bool(text == values[0])
    if operator == "IN":
        return text in values
    if operator == "CONTAINS":
        return bool(values[0] in text)
    return False


class FakeMarketingAPI:
    """The fake server. Use as a context manager; ``base_url`` is ``http://127.0.0.1:<port>/v3.0``.

    Arguments: ``tokens`` (accepted access tokens; the first is :attr:`token`),
    ``accounts`` (known account ids; the first is :attr:`account_id`),
    ``extra_tasks`` (generated tasks beside the doc example, for paging),
    ``clock`` (the server's epoch-seconds clock, for skew tests),
    ``host``/``port`` (port 0 picks a free one), ``validate`` (check every
    request against the spec with openapi-core, answering 18001 / 12003 as
    the API does; on by default), ``idle_timeout`` (seconds a keep-alive
    connection may sit idle before the server closes it).

    Tokens and limits: ``token_ttl`` (seconds an access token lives; then
    11000), ``client_id``/``client_secret``/``refresh_token``/``redirect_uri``
    (the OAuth app that ``/oauth/token`` serves: each refresh rotates the pair,
    the old access token answers 11002 and the old refresh token is refused —
    :attr:`refreshes` and :attr:`stale_refreshes` count both), ``per_second``
    and ``per_minute`` (per-endpoint limits shared by every client: 11016, and
    11017 followed by ``lockout`` seconds of 11017).

    Requests are routed by method and path from the spec: a path of the spec
    asked with a method the spec does not give it gets 405 with ``Allow``
    naming the method(s) it has; an unknown path is API error 12007. A write
    (an operation with a JSON body, such as ``POST async_tasks/add``) has its
    signing parameters checked in the query as a read does, then its body: not
    UTF-8 JSON, or a ``Content-Type`` other than ``application/json``, is
    12003; a body the spec refuses is 18001 naming every member at fault; its
    ``account_id`` is read from the body.

    async_tasks/add is emulated: when the request is processed (not when its
    answer is delivered: a real server creates the task even if the answer is
    lost) a task is created first in the account's list, with a fresh
    ``task_id``, ``created_time`` now, and a status going PENDING → PROCESSING
    → COMPLETED one step per delivered read, the last step listing a file the
    fake serves (its md5 matches). :attr:`created_tasks` lists the ids created.
    Faults apply to writes too: ``slow`` and ``truncated_json`` answer a
    processed request (the task exists even when the client gave up); the other
    kinds refuse before processing unless ``Fault(..., processed=True)`` — a
    ``drop_connection`` after the task was created is an outcome the client
    cannot know.

    Reports (the rules in :mod:`tencent_ads.testing._reports`): daily_reports/get
    and hourly_reports/get answer deterministic rows per account, level, date,
    hour and group_by, paged, with the docs' date limits counted from
    ``today`` (default: the server clock's date in GMT+8); async_reports/add
    creates a report task (:attr:`reports`, :attr:`created_reports`) that goes
    PENDING → PROCESSING → COMPLETED one step per delivered async_reports/get
    read, its one file the report's CSV (``report_file_format``: ``csv``,
    ``csv.gz`` or ``zip``) served by async_report_files/get with its md5.
    ``report_extra_fields``: fields every JSON row carries though not asked
    for (a metric the spec does not know, by default).

    Operations of the spec that the fake does not emulate (every one but
    async_tasks/get, async_tasks/add, programmed_commponent_result/get and the
    report operations) are
    served from the spec's response example, after the same signing,
    validation and account checks. Malformed HTTP gets 400, a body over 1 MiB
    413, a request target over 64 KiB 414, a head over 128 KiB 431; any
    failure inside the fake itself is answered as API error 10000, never a
    dropped connection. A task's progression advances only when a read of it
    was delivered (a client that timed out does not move it on). Every bound
    the fake enforces (``page``, ``page_size``, ids) is the spec's.
    """

    def __init__(
        self,
        *,
        tokens: Iterable[str] = (DEFAULT_TOKEN,),
        accounts: Iterable[int] = (DEFAULT_ACCOUNT_ID,),
        extra_tasks: int = 45,
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
        port: int = 0,
        validate: bool = True,
        idle_timeout: float = 30.0,
        file_mode: str = "bytes",
        file_size: int | None = None,
        token_ttl: float | None = None,
        client_id: int = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        refresh_token: str = DEFAULT_REFRESH_TOKEN,
        redirect_uri: str = DEFAULT_REDIRECT_URI,
        per_second: int | None = None,
        per_minute: int | None = None,
        lockout: float = DEFAULT_LOCKOUT,
        today: datetime.date | None = None,
        report_file_format: str = "csv",
        report_extra_fields: Iterable[str] = (UNKNOWN_METRIC,),
    ) -> None:
        if file_mode not in FILE_MODES:
            raise ValueError(f"file_mode must be one of {sorted(FILE_MODES)}, got {file_mode!r}")
        if report_file_format not in REPORT_FILE_FORMATS:
            raise ValueError(
                f"report_file_format must be one of {sorted(REPORT_FILE_FORMATS)}, got {report_file_format!r}"
            )
        #: The date report limits count from (None: the server clock's date in GMT+8, as the API's).
        self.today = today
        #: How an async report's file is packed: ``csv``, ``csv.gz`` or ``zip``.
        self.report_file_format = report_file_format
        #: Fields every daily/hourly JSON row carries though not asked for (the API's metric list grows).
        self.report_extra_fields = tuple(report_extra_fields)
        self.file_mode = file_mode
        #: Serve every file as ``file_size`` bytes (its deterministic content repeated), for large-file tests.
        self.file_size = file_size
        self.validate = validate
        self.idle_timeout = idle_timeout
        self.tokens = list(tokens)
        if not self.tokens:
            raise ValueError("at least one token is needed")
        self.accounts = list(accounts)
        self.clock = clock
        #: Access tokens expire this many seconds after they are issued (11000); None: never.
        self.token_ttl = token_ttl
        self._expires: dict[str, float] = {}
        if token_ttl is not None:
            self._expires = dict.fromkeys(self.tokens, clock() + token_ttl)
        #: The OAuth app oauth/token accepts, and the current refresh token (rotated by every refresh).
        self.client_id = client_id
        self.client_secret = client_secret
        self.refresh_token = refresh_token
        self.redirect_uri = redirect_uri
        #: Authorization codes oauth/token accepts once each (add your own for exchange tests).
        self.authorization_codes: set[str] = {"fake-authorization-code"}
        #: Refreshes served, and refreshes refused because the refresh token was an old one (a double refresh).
        self.refreshes = 0
        self.stale_refreshes = 0
        self._issued = 0
        #: Per-endpoint limits shared by every client: 11016 past ``per_second``; past ``per_minute`` 11017 and
        #: the endpoint refuses every call for ``lockout`` seconds.
        self.per_second = per_second
        self.per_minute = per_minute
        self.lockout = lockout
        self._windows: dict[str, tuple[deque[float], deque[float]]] = {}
        self._locked_until: dict[str, float] = {}
        self.host = host
        self.port = port
        self._lock = threading.Lock()
        self._nonces: set[str] = set()
        self._faults: deque[Fault] = deque()
        self._schedule: Callable[[int, str], Fault | None] | None = None
        self._count = 0
        self.requests: list[ReceivedRequest] = []
        #: The ids of the tasks async_tasks/add created, in order (one per processed add, answered or not).
        self.created_tasks: list[int] = []
        self.tasks: dict[int, list[FakeTask]] = {
            account: [FakeTask(doc_task())] + [FakeTask(t) for t in generated_tasks(extra_tasks)]
            for account in self.accounts
        }
        self.derive_results: dict[int, dict[str, Any]] = {DOC_MATERIAL_DERIVE_ID: doc_derive_result()}
        #: Report tasks by account (async_reports/get lists them), apart from :attr:`tasks`; ids and file ids are
        #: drawn from the same counters as the tasks', so a file id names one file whichever list has it.
        self.reports: dict[int, list[FakeTask]] = {account: [] for account in self.accounts}
        #: The bytes of each report file, by file id; :attr:`created_reports`: the ids async_reports/add created.
        self.report_files: dict[int, bytes] = {}
        self.created_reports: list[int] = []
        self._server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # -- set-up ---------------------------------------------------------------------------------

    @property
    def token(self) -> str:
        return self.tokens[0]

    @property
    def account_id(self) -> int:
        return self.accounts[0]

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not running")
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}{API_PREFIX}" if ":" not in host else f"http://[{host}]:{port}{API_PREFIX}"

    def add_task(
        self,
        task: Mapping[str, Any] | None = None,
        *,
        account_id: int | None = None,
        progression: Iterable[str | Mapping[str, Any]] = (),
        every: float | None = None,
    ) -> dict[str, Any]:
        """Add a task (first in the list) as the API would list it; its status advances through ``progression``.

        ``task`` gives the fields you care about; every one it lacks is filled in: a fresh ``task_id``,
        ``task_name`` ("task <id>"), ``task_type`` (TASK_TYPE_AGENCY_AD_HOURLY_REPORT), ``status``
        (TASK_STATUS_COMPLETED), ``created_time`` (now, by the server's clock — so a ``created_time`` filter
        sees it), and for a task that is or becomes COMPLETED without a ``result`` of its own, a ``result``
        listing one fresh file that the fake serves (its md5 matches). ``api.add_task()`` alone is a finished
        report with one file; ``api.add_task({"status": "TASK_STATUS_PENDING"}, progression=[
        "TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"])`` one that finishes, file and all. The fields given
        are kept as given. Returns (a copy of) the task as stored, before any step.

        One step per delivered read by default, or one step per ``every`` seconds (for ``wait`` over time).
        A step is a status, or a mapping of fields to set (``{"status": ..., "result": {...}}``).
        """
        account = self.account_id if account_id is None else account_id
        with self._lock:
            task_id, file_id = self._next_ids()
            md5 = hashlib.md5(self.file_bytes(file_id)).hexdigest()  # noqa: S324 - the API's integrity check
            data, steps = task_with_defaults(
                dict(task or {}),
                list(progression),
                task_id=task_id,
                created_time=int(self.clock()),
                file_id=file_id,
                md5=md5,
            )
            self.tasks.setdefault(account, []).insert(0, FakeTask(data, steps, every))
            return copy.deepcopy(data)

    def _next_ids(self) -> tuple[int, int]:
        """A fresh task id and file id, above every one a task or a report task has (call with the lock held)."""
        known = [t for store in (self.tasks, self.reports) for tasks in store.values() for t in tasks]
        task_id = 1 + max((t.data["task_id"] for t in known if _is_int(t.data.get("task_id"))), default=0)
        files = [f for t in known for f in _file_ids(t)] + list(self.report_files)
        return task_id, 1 + max(files, default=0)

    def report_today(self) -> datetime.date:
        """The date report limits count from: :attr:`today`, else the server clock's date in GMT+8."""
        return self.today if self.today is not None else today_in_gmt8(self.clock())

    def inject(self, *faults: Fault) -> None:
        """Queue faults; each is used by the next matching request, in order."""
        with self._lock:
            self._faults.extend(faults)

    def set_schedule(self, schedule: Callable[[int, str], Fault | None] | None) -> None:
        """``schedule(request_number, path)`` returns a fault for that request or None (after the queue)."""
        self._schedule = schedule

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> FakeMarketingAPI:
        """Serve on a background thread running its own asyncio loop; returns when the port is bound."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._on_connection, self.host, self.port, backlog=1024)
                )
            except BaseException as exc:  # reported to the starting thread
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                # Stopping with keep-alive connections open: cancel their tasks and wait for them, with the
                # loop's exception handler quiet, so a stop never prints tracebacks into the user's test output.
                loop.set_exception_handler(lambda _loop, _context: None)
                self._server.close()
                pending = asyncio.all_tasks(loop)
                for task in pending:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.run_until_complete(self._server.wait_closed())
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        if self.validate:
            from tencent_ads._optional import require

            # validate=True (the default) checks requests with openapi-core: [testing] installs it
            require("openapi_core", feature="the fake Marketing API (validate=True)", extra="testing")
            # Load openapi-core and the spec now (about half a second, once per process), not inside the
            # first request, where it would look like a slow server to a client with a short timeout.
            from tencent_ads.validation import validate_request

            validate_request("/async_tasks/get", query={"account_id": "1"}, require_auth=False)
            from tencent_ads_generated.spec_data import OPERATIONS

            for operation in OPERATIONS.values():  # each body's schema too (openapi-core builds it on first use)
                if operation.body is not None and operation.body_example is not None:
                    validate_request(
                        operation.path, method=operation.method, body=operation.body_example, require_auth=False
                    )
        self._thread = threading.Thread(target=run, name="fake-marketing-api", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await serve_connection(self, reader, writer)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._server = None
        self._loop = None
        self._thread = None

    def __enter__(self) -> FakeMarketingAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.base_url if self._server is not None else "stopped"
        return f"FakeMarketingAPI({where})"

    # -- request handling (called from server threads) ------------------------------------------

    def next_fault(self, path: str, params: Mapping[str, str] | None = None) -> Fault | None:
        with self._lock:
            self._count += 1
            number = self._count
            for fault in list(self._faults):
                if fault.matches(path, params or {}):
                    self._faults.remove(fault)
                    return fault
        return self._schedule(number, path) if self._schedule is not None else None

    def check_globals(self, params: Mapping[str, str]) -> bool:
        """Raise _RejectError for a bad global parameter; return whether the token is known."""
        missing = [name for name in GLOBAL_PARAMETERS if not params.get(name)]
        if missing:
            raise _RejectError(12000, f"missing global parameter(s): {', '.join(missing)}", "缺少全局参数")
        token = params["access_token"]
        if token not in self.tokens:
            raise _RejectError(11002, "access_token is invalid", "access_token 无效")
        expires = self._expires.get(token)
        if expires is not None and self.clock() >= expires:
            raise _RejectError(11000, "access_token expired", "access_token 已过期")
        raw = params["timestamp"]
        if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
            raise _RejectError(12101, "timestamp is not an integer number of seconds", "时间戳无效")
        if abs(int(raw) - int(self.clock())) > MAX_CLOCK_SKEW:
            raise _RejectError(12101, "timestamp expired", "时间戳已过期")
        nonce = params["nonce"]
        if len(nonce) > 32:
            raise _RejectError(12000, "nonce is longer than 32 characters", "nonce 超过 32 个字符")
        with self._lock:
            if nonce in self._nonces:
                raise _RejectError(12100, "nonce has been used", "nonce 已使用")
            self._nonces.add(nonce)
        return True

    def check_limits(self, path: str) -> None:
        """The per-endpoint limits (shared by every client): 11016 per second, 11017 per minute + lock-out."""
        if self.per_second is None and self.per_minute is None:
            return
        now = time.monotonic()
        with self._lock:
            if self._locked_until.get(path, 0.0) > now:
                raise _RejectError(11017, "calls to this API are refused for now (per-minute limit)", "接口调用被限制")
            second, minute = self._windows.setdefault(path, (deque(), deque()))
            while second and second[0] <= now - 1.0:
                second.popleft()
            while minute and minute[0] <= now - 60.0:
                minute.popleft()
            if self.per_second is not None and len(second) >= self.per_second:
                raise _RejectError(11016, "too many calls in one second", "每秒调用次数超限")
            if self.per_minute is not None and len(minute) >= self.per_minute:
                self._locked_until[path] = now + self.lockout
                raise _RejectError(11017, "too many calls in one minute", "每分钟调用次数超限")
            second.append(now)
            minute.append(now)

    def oauth_token(self, params: Mapping[str, str]) -> Routed:
        """oauth/token: exchange an authorization code, or refresh; each new pair invalidates the previous one."""
        if params.get("client_id") != str(self.client_id) or params.get("client_secret") != self.client_secret:
            raise _RejectError(11007, "client_id or client_secret is invalid", "client_id 或 client_secret 无效")
        grant = params.get("grant_type")
        with self._lock:
            if grant == "refresh_token":
                if params.get("refresh_token") != self.refresh_token:
                    self.stale_refreshes += 1
                    raise _RejectError(11002, "refresh_token is invalid or was used before", "refresh_token 无效")
                self.refreshes += 1
            elif grant == "authorization_code":
                code = params.get("authorization_code", "")
                if code not in self.authorization_codes or params.get("redirect_uri") != self.redirect_uri:
                    raise _RejectError(
                        11002, "authorization_code or redirect_uri is invalid", "authorization_code 无效"
                    )
                self.authorization_codes.discard(code)  # a code is good once
            else:  # pragma: no cover - the spec's enum refuses anything else first (18001)
                raise _RejectError(18001, "grant_type is invalid", "grant_type 无效")
            self._issued += 1
            access = f"fake-access-{self._issued}-{secrets.token_hex(12)}"
            refresh = f"fake-refresh-{self._issued}-{secrets.token_hex(12)}"
            # the previous pair dies: its access token (the first) and its refresh token
            old = self.tokens[0]
            self.tokens[0] = access
            self._expires.pop(old, None)
            if self.token_ttl is not None:
                self._expires[access] = self.clock() + self.token_ttl
            self.refresh_token = refresh
        lifetime = 86400 if self.token_ttl is None else max(1, math.ceil(self.token_ttl))
        data = {
            "access_token": access,
            "refresh_token": refresh,
            "access_token_expires_in": lifetime,
            "refresh_token_expires_in": 2592000,
            "authorizer_info": {
                "account_uin": 100000 + self.account_id % 100000,
                "account_id": self.account_id,
                "scope_list": ["ads_management"],
                "wechat_account_id": "",
                "account_role_type": "ACCOUNT_ROLE_TYPE_ADVERTISER",
                "account_type": "ACCOUNT_TYPE_ADVERTISER",
                "role_type": "ROLE_TYPE_ADMIN",
            },
        }
        return data, []

    def check_parameters(
        self, path: str, params: Mapping[str, str], *, method: str = "GET", body: bytes | None = None
    ) -> None:
        """Validate against the spec (openapi-core): bad JSON → 12003, anything else → 18001 listing every problem.

        ``body``: a write's JSON body (already read by :meth:`read_body`), checked member by member.
        """
        if not self.validate:
            return
        from tencent_ads.validation import validate_request

        violations = validate_request(path, method=method, query=params, body=body)
        if not violations:
            return
        if any(v.parameter == "filtering" and v.expected == "compact JSON" for v in violations):
            raise _RejectError(12003, "filtering is not valid JSON", "filtering 不是合法的 JSON")
        if any(v.parameter == "body" and v.expected in {"a JSON document", "JSON in UTF-8"} for v in violations):
            raise _RejectError(12003, "the request body is not valid JSON", "请求体不是合法的 JSON")
        if any(v.parameter and v.parameter.startswith("fields") for v in violations):
            text = "; ".join(str(v) for v in violations)
            raise _RejectError(12009, f"fields is invalid: {text}", "fields 参数错误")
        text = "; ".join(str(v) for v in violations)
        raise _RejectError(18001, f"parameter validation failed: {text}", "参数校验失败")

    def check_account(self, params: Mapping[str, str], operation_id: str = "async_tasks_get") -> int:
        """The query's ``account_id`` (the operation's bounds), a known account, or 18001 / 12201; where the spec
        makes it optional (daily_reports/get, ...) and it is absent, the fake's first account (the token's)."""
        from tencent_ads_generated.spec_data import OPERATIONS

        param = OPERATIONS[operation_id].param("account_id")
        if param is not None and not param.required and params.get("account_id") is None:
            return self.account_id
        account = _spec_int(params, operation_id, "account_id") or 0
        if account not in self.accounts:
            raise _RejectError(12201, f"account_id {account} is invalid or not permitted", "广告主帐号无效")
        return account

    def read_body(self, body: bytes, content_type: str | None) -> Any:
        """A write's body as JSON (None when empty: a missing body); 12003 when it is not UTF-8 JSON."""
        if not body:
            return None
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if media != "application/json":
            shown = (content_type or "none")[:60]
            raise _RejectError(
                12003,
                f"the request body must be JSON (Content-Type: application/json), got {shown}",
                "请求体必须为 JSON",
            )
        try:
            document = json.loads(body.decode("utf-8"), parse_constant=_not_json)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise _RejectError(12003, "the request body is not valid JSON", "请求体不是合法的 JSON") from None
        problem = document_problem(document)
        if problem is not None:
            raise _RejectError(12003, f"the request body is not valid JSON: {problem}", "请求体不是合法的 JSON")
        return document

    def body_account(self, document: Any, operation: Operation) -> int:
        """A write's ``account_id`` from its JSON body (the body schema's bounds), a known account, or 18001 / 12201."""
        if not isinstance(document, dict):
            raise _RejectError(18001, "the request body must be a JSON object", "请求体必须为 JSON 对象")
        value = document.get("account_id")
        schema = operation.body.properties.get("account_id") if operation.body is not None else None
        if value is None:
            raise _RejectError(18001, "account_id is required", "account_id 为必填项")
        if isinstance(value, bool) or not isinstance(value, int):
            raise _RejectError(
                18001, f"account_id must be an integer, got {str(value)[:40]!r}", "account_id 必须为整数"
            )
        low = schema.minimum if schema is not None else None
        high = schema.maximum if schema is not None else None
        if (low is not None and value < low) or (high is not None and value > high):
            raise _RejectError(18001, f"account_id must be within [{low}, {high}], got {value}", "account_id 超出范围")
        if value not in self.accounts:
            raise _RejectError(12201, f"account_id {value} is invalid or not permitted", "广告主帐号无效")
        return value

    def async_tasks(self, params: Mapping[str, str]) -> Routed:
        return self.list_tasks(params, "async_tasks_get", self.tasks)

    def async_reports(self, params: Mapping[str, str]) -> Routed:
        return self.list_tasks(params, "async_reports_get", self.reports)

    def list_tasks(self, params: Mapping[str, str], operation_id: str, store: Mapping[int, list[FakeTask]]) -> Routed:
        """A task family's list (async_tasks/get, async_reports/get): the account's tasks of ``store``, filtered
        with the rules of the operation's ``filtering``, paged; each read delivered advances its task."""
        from tencent_ads._errors import FilterValidationError
        from tencent_ads._filters import validate_filtering

        account = self.check_account(params, operation_id)
        page = _spec_int(params, operation_id, "page") or 1
        page_size = _spec_int(params, operation_id, "page_size") or 10
        filters: list[dict[str, Any]] = []
        if params.get("filtering"):
            try:
                parsed = json.loads(params["filtering"])
            except (ValueError, RecursionError):
                raise _RejectError(12003, "filtering is not valid JSON", "filtering 不是合法的 JSON") from None
            try:
                filters = validate_filtering(parsed, **_filter_rules(operation_id))
            except FilterValidationError as exc:
                raise _RejectError(18001, str(exc), "参数校验失败") from None
        with self._lock:
            views = [(task, task.view()) for task in store.get(account, [])]
        candidates = [(task, view) for task, view in views if all(_matches(view, f) for f in filters)]
        total = len(candidates)
        chosen = candidates[(page - 1) * page_size : page * page_size]
        rows = [view for _, view in chosen]
        wanted = _fields(params)
        if wanted is not None:
            rows = [{k: v for k, v in row.items() if k in wanted} for row in rows]
        data = {
            "list": rows,
            "page_info": {
                "page": page,
                "page_size": page_size,
                "total_number": total,
                "total_page": (total + page_size - 1) // page_size,
            },
        }
        return data, [task.advance for task, _ in chosen]

    def async_tasks_add(self, params: Mapping[str, str], document: Any) -> Routed:
        """async_tasks/add: create the task now (first in the account's list); it goes PENDING → PROCESSING →
        COMPLETED one step per delivered read, COMPLETED listing one file the fake serves."""
        from tencent_ads_generated.spec_data import OPERATIONS

        account = self.body_account(document, OPERATIONS["async_tasks_add"])
        texts = {}
        for name in ("task_name", "task_type"):
            value = document.get(name)
            if not isinstance(value, str) or not value:
                raise _RejectError(18001, f"{name} is required (a non-empty string)", f"{name} 为必填项")
            texts[name] = value
        with self._lock:
            task_id, file_id = self._next_ids()
            content = self.file_bytes(file_id)
            md5 = hashlib.md5(content).hexdigest()  # noqa: S324 - the API's integrity check is md5
            task = {
                "task_id": task_id,
                "task_name": texts["task_name"],
                "task_type": texts["task_type"],
                "status": "TASK_STATUS_PENDING",
                "created_time": int(self.clock()),
            }
            completed = {
                "status": "TASK_STATUS_COMPLETED",
                "result": {"code": 0, "message": "", "data": {"file_info_list": [{"file_id": file_id, "md5": md5}]}},
            }
            self.tasks.setdefault(account, []).insert(0, FakeTask(task, ["TASK_STATUS_PROCESSING", completed]))
            self.created_tasks.append(task_id)
        return {"task_id": task_id}, []

    def daily_reports(self, params: Mapping[str, str]) -> Routed:
        return self.report(params, "daily_reports_get", hourly=False)

    def hourly_reports(self, params: Mapping[str, str]) -> Routed:
        return self.report(params, "hourly_reports_get", hourly=True)

    def report(self, params: Mapping[str, str], operation_id: str, *, hourly: bool) -> Routed:
        """daily_reports/get, hourly_reports/get: one page of the report's rows (the rules: ``_reports``)."""
        account = self.check_account(params, operation_id)
        page = _spec_int(params, operation_id, "page") or 1
        page_size = _spec_int(params, operation_id, "page_size") or 10
        query = parse_get(params, account=account, hourly=hourly, today=self.report_today())
        rows = report_rows(query, extra=self.report_extra_fields)
        first = (page - 1) * page_size
        data = {
            "list": render_rows(rows[first : first + page_size], first=first),
            "page_info": {
                "page": page,
                "page_size": page_size,
                "total_number": len(rows),
                "total_page": (len(rows) + page_size - 1) // page_size,
            },
        }
        return data, []

    def async_reports_add(self, params: Mapping[str, str], document: Any) -> Routed:
        """async_reports/add: a report task, created now (first in the account's report list), going PENDING →
        PROCESSING → COMPLETED one step per delivered read, COMPLETED listing the report's file with its md5."""
        from tencent_ads_generated.spec_data import OPERATIONS

        if isinstance(document, dict) and "account_id" not in document:  # optional: the token's account
            account = self.account_id
        else:
            account = self.body_account(document, OPERATIONS["async_reports_add"])
        name = document.get("task_name")
        if not isinstance(name, str) or not name:
            raise _RejectError(18001, "task_name is required (a non-empty string)", "task_name 为必填项")
        query = parse_add(document, account=account, today=self.report_today())
        with self._lock:
            task_id, file_id = self._next_ids()
            content = report_file(query, file_format=self.report_file_format, name=f"report_{task_id}")
            self.report_files[file_id] = content
            md5 = hashlib.md5(content).hexdigest()  # noqa: S324 - the API's integrity check is md5
            task = {
                "task_id": task_id,
                "task_name": name,
                "status": "TASK_STATUS_PENDING",
                "created_time": int(self.clock()),
            }
            completed = {"status": "TASK_STATUS_COMPLETED", "result": completed_result(file_id, md5)}
            self.reports.setdefault(account, []).insert(0, FakeTask(task, ["TASK_STATUS_PROCESSING", completed]))
            self.created_reports.append(task_id)
        return {"task_id": task_id}, []

    def programmed_commponent_result(self, params: Mapping[str, str]) -> Routed:
        self.check_account(params, "programmed_commponent_result_get")
        derive_id = _spec_int(params, "programmed_commponent_result_get", "material_derive_id") or 0
        data = copy.deepcopy(self.derive_results.get(derive_id, {}))
        wanted = _fields(params)
        return (data if wanted is None else {k: v for k, v in data.items() if k in wanted}), []

    def async_task_files(self, params: Mapping[str, str]) -> Answer:
        """A file of a COMPLETED task that lists it: its bytes, or (``file_mode="redirect"``) a redirect to them."""
        return self.task_file(params, "async_task_files_get", self.tasks)

    def async_report_files(self, params: Mapping[str, str]) -> Answer:
        """A COMPLETED report task's file (async_report_files/get on the file host), as :meth:`async_task_files`."""
        return self.task_file(params, "async_report_files_get", self.reports)

    def task_file(self, params: Mapping[str, str], operation_id: str, store: Mapping[int, list[FakeTask]]) -> Answer:
        """A file that a COMPLETED task of ``store`` lists, served as ``file_mode`` says."""
        account = self.check_account(params, operation_id)
        task_id = _spec_int(params, operation_id, "task_id")
        file_id = _spec_int(params, operation_id, "file_id") or 0
        with self._lock:
            views = [task.view() for task in store.get(account, [])]
        task = next((view for view in views if view.get("task_id") == task_id), None)
        files = (((task or {}).get("result") or {}).get("data") or {}).get("file_info_list") or []
        if (
            task is None
            or task.get("status") != "TASK_STATUS_COMPLETED"
            or not any(isinstance(f, dict) and f.get("file_id") == file_id for f in files)
        ):
            # No source names the code of a missing or expired file: 18001 (the ids name no file), not retried.
            raise _RejectError(
                18001, f"file {file_id} of task {task_id} does not exist or has expired", "文件不存在或已过期"
            )
        if self.file_mode == "expired":  # as after the 24 hours a file is kept
            raise _RejectError(18001, f"file {file_id} of task {task_id} has expired", "文件已过期")
        if self.file_mode == "redirect":
            return Answer("redirect", 302, b"", headers={"Location": f"{DOWNLOAD_PREFIX}{file_id}?expires=86400"})
        body = self.file_bytes(file_id)
        if self.file_mode == "corrupted":
            body = bytes([body[0] ^ 0xFF]) + body[1:]
        answer = Answer("file", 200, body, "application/octet-stream")
        if self.file_mode == "slow":
            answer.drip = 0.2  # the body in ten pieces over about two seconds
        return answer

    def file_bytes(self, file_id: int) -> bytes:
        """A file's bytes: a report's file as created, any other the deterministic CSV of ``file_id``."""
        report = self.report_files.get(file_id)
        if report is not None:
            return report
        content = file_content(file_id)
        if self.file_size is None:
            return content
        return (content * (self.file_size // len(content) + 1))[: self.file_size]

    def download(self, path: str) -> Answer:
        """The redirect target: the file's bytes, no signing (like a CDN's signed URL)."""
        tail = path.removeprefix(DOWNLOAD_PREFIX)
        if not tail.isascii() or not tail.isdigit() or len(tail) > 19:
            return Answer("download:not-found", 404, json_bytes({"error": "no such file"}))
        return Answer("download", 200, self.file_bytes(int(tail)), "application/octet-stream")

    def from_example(self, operation_id: str, params: Mapping[str, str], document: Any = None) -> Routed:
        """An operation the fake does not emulate: its spec example, after the account check and ``fields``.

        The account is the body's ``account_id`` for a write whose body has one, else the query's.
        """
        from tencent_ads_generated.spec_data import OPERATIONS

        operation = OPERATIONS[operation_id]
        if "account_id" in operation.body_fields:
            self.body_account(document, operation)
        elif operation.param("account_id") is not None:
            self.check_account(params, operation_id)
        data = copy.deepcopy(operation.example) if isinstance(operation.example, dict) else {}
        wanted = _fields(params)
        return (data if wanted is None else {k: v for k, v in data.items() if k in wanted}), []

    def delivered(self, answer: Answer) -> None:
        """The answer reached the client: commit what reading it changes."""
        with self._lock:
            for commit in answer.on_delivered:
                commit()

    def handle(self, method: str, target: str, body: bytes = b"", content_type: str | None = None) -> Answer:
        """Decide the answer to one request (no I/O); record it before it is sent.

        ``body`` and ``content_type``: the request's body and its Content-Type header (a write's JSON).
        """
        url = urllib.parse.urlsplit(target)
        params = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        path = url.path
        document = _json_or_none(body)
        if path.startswith(DOWNLOAD_PREFIX):
            answer = self.download(path) if method == "GET" else _not_allowed(["GET"])
        else:
            served = _operations_at(path)
            if served and method not in served:
                answer = _not_allowed(sorted(served))
            else:
                fault = self.next_fault(path, _fault_view(params, document))
                answer = self._answer(
                    path,
                    params,
                    fault,
                    operation=served.get(method),
                    method=method,
                    body=body,
                    content_type=content_type,
                )
        # Recorded before the answer goes out, so a client that has its answer always finds the record.
        record = ReceivedRequest(
            path,
            _without_token(params),
            params.get("access_token") in self.tokens,
            answer.label,
            time.time(),
            method=method,
            body=_masked(document),
        )
        with self._lock:
            self.requests.append(record)
        return answer

    def _answer(
        self,
        path: str,
        params: Mapping[str, str],
        fault: Fault | None,
        *,
        operation: Operation | None = None,
        method: str = "GET",
        body: bytes = b"",
        content_type: str | None = None,
    ) -> Answer:
        if fault is not None and not fault.processed:
            refused = _fault_answer(fault, f"fault:{fault.kind}")
            if refused is not None:
                return refused  # before processing: nothing happened on the server
        delay = fault.delay if fault is not None and fault.kind == "slow" else 0.0
        answer: Answer
        try:
            routed = self._process(operation, path, params, method, body, content_type)
            if isinstance(routed, Answer):  # a file, not an envelope
                routed.delay = delay
                answer = routed
            else:
                data, commits = routed
                payload = json_bytes(_envelope(data))
                if fault is not None and fault.kind == "truncated_json":
                    answer = Answer("fault:truncated_json", 200, payload[: len(payload) // 2], close=True)
                else:
                    label = "ok" if fault is None else f"fault:{fault.kind}"
                    answer = Answer(label, 200, payload, delay=delay, on_delivered=commits)
        except RejectError as reject:
            payload = json_bytes(_envelope(code=reject.code, message=reject.message, message_cn=reject.message_cn))
            answer = Answer(f"code:{reject.code}", 200, payload, delay=delay)
        except Exception as exc:  # a bug or an input the fake cannot handle: answer, never drop the connection
            message = f"fake server failure: {type(exc).__name__}"
            payload = json_bytes(_envelope(code=10000, message=message, message_cn="系统错误"))
            answer = Answer("code:10000", 200, payload, delay=delay)
        if fault is not None and fault.processed:
            # processed (a write has taken effect), then the answer is lost or replaced; nothing read is committed
            replaced = _fault_answer(fault, f"fault:{fault.kind}:processed")
            if replaced is not None:
                return replaced
        return answer

    def _process(
        self,
        operation: Operation | None,
        path: str,
        params: Mapping[str, str],
        method: str,
        body: bytes,
        content_type: str | None,
    ) -> Routed | Answer:
        """The checks every call gets (signing, JSON body, the spec, limits), then the operation's route."""
        if operation is None:
            raise _RejectError(12007, f"unknown API {path}", "接口不存在")
        if operation.signed:  # oauth/token is not signed (``security: []``)
            self.check_globals(params)
        document: Any = None
        if operation.body is not None:
            document = self.read_body(body, content_type)
            self.check_parameters(path, params, method=method, body=body or None)
        else:
            self.check_parameters(path, params)
        if operation.signed:
            self.check_limits(path)
        if operation.body is not None:
            write = _WRITES.get(operation.operation_id)
            if write is not None:
                return write(self, params, document)
            return self.from_example(operation.operation_id, params, document)
        route = _ROUTES.get(path)
        if route is not None:
            return route(self, params)
        return self.from_example(operation.operation_id, params)


_ROUTES: Final[Mapping[str, Callable[[FakeMarketingAPI, Mapping[str, str]], Routed | Answer]]] = {
    FILES_PATH: FakeMarketingAPI.async_task_files,
    ASYNC_TASKS_PATH: FakeMarketingAPI.async_tasks,
    PROGRAMMED_PATH: FakeMarketingAPI.programmed_commponent_result,
    OAUTH_PATH: FakeMarketingAPI.oauth_token,
    DAILY_REPORTS_PATH: FakeMarketingAPI.daily_reports,
    HOURLY_REPORTS_PATH: FakeMarketingAPI.hourly_reports,
    ASYNC_REPORTS_PATH: FakeMarketingAPI.async_reports,
    REPORT_FILES_PATH: FakeMarketingAPI.async_report_files,
}

#: The writes the fake emulates, by operationId (any other write answers its spec example).
_WRITES: Final[Mapping[str, Callable[[FakeMarketingAPI, Mapping[str, str], Any], Routed]]] = {
    "async_tasks_add": FakeMarketingAPI.async_tasks_add,
    "async_reports_add": FakeMarketingAPI.async_reports_add,
}


@functools.cache
def _served() -> dict[str, dict[str, Operation]]:
    """Every operation of the spec by the path the fake serves it at (its server's path prefix, else /v3.0)."""
    from tencent_ads_generated.spec_data import OPERATIONS

    served: dict[str, dict[str, Operation]] = {}
    for operation in OPERATIONS.values():
        prefix = urllib.parse.urlsplit(operation.server).path.rstrip("/") if operation.server else API_PREFIX
        served.setdefault(prefix + operation.path, {})[operation.method.upper()] = operation
    return served


def _operations_at(path: str) -> dict[str, Operation]:
    """The spec's operations at this path of the fake, by method ({} for a path the spec does not have)."""
    return _served().get(path, {})


def _not_allowed(methods: list[str]) -> Answer:
    allow = ", ".join(methods)
    body = json_bytes({"error": f"this path is served with {allow} only"})
    return Answer("method-not-allowed", 405, body, headers={"Allow": allow})


def _fault_answer(fault: Fault, label: str) -> Answer | None:
    """The answer a fault puts in place of the real one; None for ``slow`` and ``truncated_json`` (they alter it)."""
    extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
    if fault.kind == "drop_connection":
        return Answer(label, drop=True)
    if fault.kind == "http_status":
        return Answer(label, fault.status, json_bytes({"error": fault.texts()[0]}), headers=extra)
    if fault.kind == "html_error_page":
        return Answer(label, fault.status, HTML_ERROR_PAGE, "text/html", extra)
    if fault.kind == "api_error":
        message, message_cn = fault.texts()
        error = _envelope(code=fault.code, message=message, message_cn=message_cn)
        return Answer(label, 200, json_bytes(error), headers=extra)
    return None


def _filter_rules(operation_id: str) -> dict[str, Any]:
    """How the fake checks an operation's ``filtering``: its spec rules, or only the shape when it has none."""
    from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

    param = OPERATIONS[operation_id].param("filtering")
    rules = FILTERS.get(param.rules) if param is not None and param.rules else None
    return {"rules": rules} if rules is not None else {"strict": False}


def _spec_int(params: Mapping[str, str], operation_id: str, name: str) -> int | None:
    """An integer query parameter checked with the spec's bounds for it (``Param``): 18001 when it breaks them."""
    from tencent_ads_generated.spec_data import OPERATIONS

    param = OPERATIONS[operation_id].param(name)
    if param is None:  # pragma: no cover - a route reads only the parameters its operation declares
        raise KeyError(f"{operation_id} has no parameter {name}")
    low = param.minimum if param.minimum is not None else 0
    return _int_param(params, name, required=param.required, low=low, high=param.maximum)


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json_or_none(body: bytes) -> Any:
    """The body's JSON, or None (no body, or not JSON): for matching faults and the record, never for answering."""
    if not body:
        return None
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_not_json)
    except (ValueError, RecursionError):
        return None


def _fault_view(params: Mapping[str, str], document: Any) -> Mapping[str, str]:
    """What a fault matches on: the query, plus a write body's top-level numbers and strings (its account_id)."""
    if not isinstance(document, dict):
        return params
    scalars = {
        key: str(value)
        for key, value in document.items()
        if isinstance(key, str) and isinstance(value, int | str) and not isinstance(value, bool)
    }
    return {**scalars, **params}


def _masked(value: Any) -> Any:
    """A recorded body: members named like a secret (``access_token``, ...) replaced by ``***``; a body that is
    not usable JSON (see :func:`_json_problem`) is recorded as None."""
    if document_problem(value) is not None:
        return None
    return _mask(value)


def _mask(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("***" if k in SECRET_NAMES else _mask(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _file_ids(task: FakeTask) -> list[int]:
    """The file ids a task lists now or will list (its progression's steps)."""
    found = []
    for fields in [task.data, *(step for step in task.progression if isinstance(step, Mapping))]:
        result = fields.get("result")
        data = result.get("data") if isinstance(result, Mapping) else None
        files = data.get("file_info_list") if isinstance(data, Mapping) else None
        for info in files if isinstance(files, list) else []:
            if isinstance(info, Mapping) and _is_int(info.get("file_id")):
                found.append(info["file_id"])
    return found


def _without_token(params: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k in SECRET_NAMES else v) for k, v in params.items()}
