"""The ``tencent-ads`` command: the two endpoints, waiting with progress, validation, the fake server.

Exit codes: 0 success; 1 API or transport error (or, for ``validate``, an
invalid request); 2 usage or validation error, reported before any network
I/O; 3 ``wait``: the task finished but not as COMPLETED; 4 ``wait``: timed out;
5 a write's outcome is unknown (``async-tasks add`` timed out or lost its
answer after the request went out): it may have been processed and was not
sent again — look for what it created before running it again.

This module is imported only by the command (typer and rich stay off the path
of ``import tencent_ads``).
"""

# No ``from __future__ import annotations`` in this module: typer reads every command's annotations on every run
# (inspect.signature and get_type_hints, each evaluating every string): ~10 ms of a command. Names imported only
# for type checking are quoted where a signature names them.
import contextlib
import json
import logging
import shlex
import sys
import time
from collections.abc import Iterator, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer
from tencent_ads_generated.spec_data import FILTERS, OPERATIONS

from ._cli_output import emit, emit_json, tasks_table
from ._descriptors import Param
from ._env import BASE_URL_ENV, TOKEN_ENV
from ._errors import (
    ApiError,
    ConnectError,
    DeadlineExceededError,
    FilterValidationError,
    OutcomeUnknownError,
    RequestTimeoutError,
    RequestValidationError,
    TencentAdsError,
    WaitTimeoutError,
)

# The client, the models and the fake server load when a command runs, not for --help (issue 13: start-up).
if TYPE_CHECKING:
    from rich.console import Console

    from ._client import Client
    from ._download import DownloadWriteError
    from ._filters import Filter
    from ._tokens import RefreshingToken, TokenPair, TokenStore
    from ._waiting import WaitProgress
    from .testing import FakeMarketingAPI

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_TASK_NOT_COMPLETED = 3
EXIT_WAIT_TIMEOUT = 4
#: A write failed after its request may have reached the server (``OutcomeUnknownError``): not sent again.
EXIT_OUTCOME_UNKNOWN = 5


MOCK_PROGRESSING_TASK_ID = 1025

#: A token store the API commands sign with (a file, or a redis:// URL): ``--token-store``.
TOKEN_STORE_ENV = "TENCENT_ADS_TOKEN_STORE"  # noqa: S105 - the variable's name, not a token
CLIENT_ID_ENV = "TENCENT_ADS_CLIENT_ID"
CLIENT_SECRET_ENV = "TENCENT_ADS_CLIENT_SECRET"  # noqa: S105 - the variable's name, not a secret


def _spec_param(operation_id: str, name: str) -> Param:
    """A query parameter as the spec defines it: the hand-written commands take their bounds from it."""
    param = OPERATIONS[operation_id].param(name)
    if param is None:  # pragma: no cover - scripts/regenerate writes every parameter of the spec
        raise RuntimeError(f"the spec has no parameter {name} on {operation_id}")
    return param


_ACCOUNT_ID = _spec_param("async_tasks_get", "account_id")
_PAGE = _spec_param("async_tasks_get", "page")
_PAGE_SIZE = _spec_param("async_tasks_get", "page_size")
_TASK_ID = _spec_param("async_task_files_get", "task_id")
_FILE_ID = _spec_param("async_task_files_get", "file_id")
_CLIENT_ID = _spec_param("oauth_token", "client_id")
#: The page size of ``async-tasks get --all`` unless given: the largest page the spec allows (None: the
#: library's default).
ALL_PAGE_SIZE = _PAGE_SIZE.maximum


class Output(StrEnum):
    json = "json"
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class _State:
    def __init__(self) -> None:
        self.access_token: str | None = None
        #: ``--token-store``: a FileTokenStore path or a redis:// URL, read when a command calls the API.
        self.token_store: str | None = None
        #: The app's credentials (``--client-id``/``--client-secret``): with a token store, its pair is refreshed.
        self.client_id: int | None = None
        self.client_secret: str | None = None
        self.base_url: str | None = None
        self.mock = False
        #: ``--mock``'s embedded fake, once started.
        self.fake: FakeMarketingAPI | None = None
        self.output = Output.json
        self.verbose = False
        self.timeout = 30.0
        self.max_retries = 2
        self.stack = contextlib.ExitStack()


app = typer.Typer(
    name="tencent-ads",
    help=(
        "Tencent Ads Marketing API v3.0 from a terminal.\n\n"
        "Examples:\n\n\b\n"
        "  tencent-ads --mock --output table async-tasks get --account-id 25610 --all\n"
        "  tencent-ads async-tasks get --account-id 123 --filter 'status IN TASK_STATUS_FAIL,TASK_STATUS_EXPIRED'\n"
        "  tencent-ads async-tasks wait --account-id 123 --task-id 1024 --timeout 600\n"
        "  tencent-ads validate 'https://api.e.qq.com/v3.0/async_tasks/get?account_id=1&page=0'\n\n"
        "Exit codes: 0 ok, 1 API/transport error, 2 usage or validation error, "
        "3 task finished but not COMPLETED, 4 wait timed out, "
        "5 a write's outcome is unknown (it may have been processed; it was not sent again)."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
async_tasks_app = typer.Typer(help="async_tasks/get — asynchronous tasks.", no_args_is_help=True)
derive_app = typer.Typer(
    help="programmed_commponent_result/get — derived creative components (the API's own spelling).",
    no_args_is_help=True,
)
app.add_typer(async_tasks_app, name="async-tasks")
app.add_typer(derive_app, name="programmed-commponent-result")


class _Stderr:
    """rich's Console on stderr, made when first used: rich costs ~25 ms to import, and a command printing JSON
    with nothing to say on stderr never needs it (issue 23: start-up)."""

    _made: "Console | None" = None

    def console(self) -> "Console":
        if self._made is None:
            from rich.console import Console

            self._made = Console(stderr=True, highlight=False, soft_wrap=True)
        return self._made

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console(), name)


def _console(console: "Console") -> "Console":
    """The Console itself (Progress takes nothing else), whether ``_err`` is still the lazy one or a test's."""
    return console.console() if isinstance(console, _Stderr) else console


_err = cast("Console", _Stderr())


OutputOverride = Annotated[
    Output | None, typer.Option("--output", "-o", help="json, table, csv or jsonl (overrides the global --output).")
]


FieldsOption = Annotated[
    str | None, typer.Option("--fields", help="Only these response fields, comma-separated (later docs' `fields`).")
]


ColumnsOption = Annotated[
    str | None,
    typer.Option(
        "--columns",
        metavar="A,B,...",
        help="The table's (or csv's) columns, in this order: task_id, task_name, task_type (type), status, "
        "created_time (created), result. Unlike --fields, the request is unchanged.",
        show_default=False,
    ),
]


def _columns(state: _State, columns: str | None) -> list[str] | None:
    """``--columns`` checked before any I/O: known names, and an output with columns."""
    if columns is None:
        return None
    if state.output not in (Output.table, Output.csv):
        _fail("--columns picks the columns of --output table or csv (for JSON, --fields picks the fields)", EXIT_USAGE)
    from ._cli_output import task_columns

    try:
        return task_columns(columns)
    except ValueError as exc:
        _fail(f"--columns: {exc}", EXIT_USAGE)


def _show_tasks(
    state: _State,
    document: object,
    tasks: list[dict[str, Any]],
    caption: str,
    fields: list[str] | None = None,
    columns: list[str] | None = None,
) -> None:
    """Tasks as a table (saying how to see the names whole when they were cut), or ``emit``'s forms."""
    if state.output is not Output.table:
        emit(document, state.output, columns)
        return
    if tasks_table(tasks, caption, fields, columns) and columns is None:
        _err.print(
            "note: task names were cut to fit; --columns task_id,task_name,status shows them whole", markup=False
        )


def _split(fields: str | None) -> list[str] | None:
    return None if fields is None else [name.strip() for name in fields.split(",")]


def _state(ctx: typer.Context, output: Output | None = None) -> _State:
    state = ctx.find_root().obj
    if not isinstance(state, _State):  # pragma: no cover - the callback always sets it
        raise RuntimeError("no CLI state")
    if output is not None:
        state.output = output
    return state


@app.callback()
def main_options(
    ctx: typer.Context,
    access_token: Annotated[
        str | None,
        typer.Option(envvar=TOKEN_ENV, help=f"OAuth access token (env {TOKEN_ENV}).", show_default=False),
    ] = None,
    access_token_file: Annotated[
        str | None,
        typer.Option(
            "--access-token-file",
            help="Read the access token from this file, or from standard input with '-' (keeps it out of `ps`).",
            show_default=False,
        ),
    ] = None,
    token_store: Annotated[
        str | None,
        typer.Option(
            "--token-store",
            envvar=TOKEN_STORE_ENV,
            metavar="FILE|redis://...",
            help="Sign with the token pair saved by `oauth refresh/exchange --store` (a file, or a Redis URL: key "
            f"tencent-ads:token); refreshed through the store when due if --client-id and --client-secret are "
            f"given (env {TOKEN_STORE_ENV}).",
            show_default=False,
        ),
    ] = None,
    client_id: Annotated[
        int | None,
        typer.Option(
            "--client-id",
            min=_CLIENT_ID.minimum,
            envvar=CLIENT_ID_ENV,
            help=f"The app's client id, for --token-store refreshes and the oauth commands (env {CLIENT_ID_ENV}).",
            show_default=False,
        ),
    ] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(
            "--client-secret",
            envvar=CLIENT_SECRET_ENV,
            help=f"The app's secret (env {CLIENT_SECRET_ENV} keeps it out of `ps`).",
            show_default=False,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(envvar=BASE_URL_ENV, help=f"API base URL (env {BASE_URL_ENV}; default production)."),
    ] = None,
    mock: Annotated[
        bool, typer.Option("--mock", help="Run against an embedded fake Marketing API; no credentials needed.")
    ] = False,
    output: Annotated[
        Output,
        typer.Option(
            "--output",
            "-o",
            help="json (stdout, machine-readable), table (for people), csv or jsonl (one row per task).",
        ),
    ] = Output.json,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Request log on stderr (token redacted).")] = False,
    timeout: Annotated[
        float, typer.Option(min=0.001, envvar="TENCENT_ADS_TIMEOUT", help="Per-attempt timeout in seconds.")
    ] = 30.0,
    max_retries: Annotated[
        int, typer.Option(min=0, envvar="TENCENT_ADS_MAX_RETRIES", help="Retries after the first attempt.")
    ] = 2,
) -> None:
    state = _State()
    if token_store is not None:
        access_token, token_store = _one_token_source(ctx, access_token, access_token_file, token_store)
        if token_store is not None:
            access_token_file = None
    if access_token_file is not None:
        access_token = _read_token(access_token_file, given_too=access_token is not None and not _from_env(ctx))
    state.access_token = access_token
    state.token_store = token_store
    state.client_id = client_id
    state.client_secret = client_secret
    state.base_url = base_url
    state.mock = mock
    state.output = output
    state.verbose = verbose
    state.timeout = timeout
    state.max_retries = max_retries
    ctx.obj = state
    ctx.call_on_close(state.stack.close)
    if verbose:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")


def _from_env(ctx: typer.Context, name: str = "access_token") -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "ENVIRONMENT"


def _one_token_source(
    ctx: typer.Context, access_token: str | None, access_token_file: str | None, token_store: str
) -> tuple[str | None, str | None]:
    """``--token-store`` or a bare token, not both: (the access token, the store) to use.

    Given on the command line together: refused. One from the environment, the other on the command line: the
    command line's wins. Both from the environment: refused, naming both variables.
    """
    given = [
        name
        for name, value in (("--access-token", access_token), ("--access-token-file", access_token_file))
        if value is not None and not (name == "--access-token" and _from_env(ctx))
    ]
    store_from_env = _from_env(ctx, "token_store")
    if given and not store_from_env:
        _fail(f"give --token-store or {given[0]}, not both (the store holds the access token)", EXIT_USAGE)
    if given:  # the store from the environment, a token on the command line: the command line's
        return access_token if "--access-token" in given else None, None
    if access_token is not None and store_from_env:  # both from the environment
        _fail(f"{TOKEN_ENV} and {TOKEN_STORE_ENV} are both set: unset one of them", EXIT_USAGE)
    return None, token_store  # the store on the command line beats a token from the environment


def _read_token(path: str, *, given_too: bool) -> str:
    """The token from a file or standard input ('-'): its first line, surrounding white space removed."""
    if given_too:
        _fail("give --access-token or --access-token-file, not both", EXIT_USAGE)
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"--access-token-file: cannot read {path!r} ({type(exc).__name__})", EXIT_USAGE)
    lines = text.strip().splitlines()
    if not lines or not lines[0].strip():
        _fail(f"--access-token-file: {'standard input' if path == '-' else repr(path)} holds no token", EXIT_USAGE)
    return lines[0].strip()


def _mock_task() -> dict[str, Any]:
    """A task of the embedded fake server that finishes while you watch (for ``wait``)."""
    return {
        "task_id": MOCK_PROGRESSING_TASK_ID,
        "task_name": "hourly report (mock)",
        "task_type": "TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
        "status": "TASK_STATUS_PENDING",
        "created_time": int(time.time()),
    }


#: How the mock task moves on: PROCESSING, then COMPLETED with its result file, as a finished report has.
def _mock_progression() -> list[str | dict[str, Any]]:
    from .testing._data import file_md5

    return [
        "TASK_STATUS_PROCESSING",
        {
            "status": "TASK_STATUS_COMPLETED",
            "result": {
                "code": 0,
                "message": "",
                "data": {"file_info_list": [{"file_id": 1025001, "md5": file_md5(1025001)}]},
            },
        },
    ]


def _client(state: _State) -> "Client":
    from ._client import Client

    token: str | RefreshingToken | None = state.access_token
    base_url = state.base_url
    store, pair = _stored_pair(state) if state.token_store is not None else (None, None)
    if not state.mock and not token and pair is None:
        _fail(
            f"no access token: pass --access-token, --access-token-file or --token-store, or set {TOKEN_ENV} "
            "(or try --mock)",
            EXIT_USAGE,
        )
    if state.mock:
        api = _embedded_fake(state, pair)
        api.add_task(_mock_task(), progression=_mock_progression(), every=1.0)
        token, base_url = api.token, api.base_url
    if store is not None and pair is not None:
        token = _store_token(state, store, pair, base_url)
    return state.stack.enter_context(Client(token, base_url=base_url, timeout=state.timeout, retry=state.max_retries))


def _is_redis_url(where: str) -> bool:
    scheme, sep, _ = where.partition("://")
    return bool(sep) and scheme.lower() in ("redis", "rediss", "unix")


def _store_name(where: str) -> str:
    """The store as messages show it (a Redis URL without its password)."""
    from ._redaction import shown_url

    return shown_url(where) if _is_redis_url(where) else where


def _open_store(where: str, flag: str) -> "TokenStore":
    """A FileTokenStore, or a RedisTokenStore for a redis://, rediss:// or unix:// URL (key tencent-ads:token)."""
    from ._errors import ConfigurationError
    from ._tokens import FileTokenStore, RedisTokenStore

    try:
        return RedisTokenStore(where) if _is_redis_url(where) else FileTokenStore(where)
    except ConfigurationError as exc:
        _fail(f"{flag}: {exc}", EXIT_USAGE)


def _load(store: "TokenStore", where: str, flag: str) -> "TokenPair | None":
    """The store's pair (None: empty); a store that cannot be read is a usage error naming it."""
    from ._errors import ConfigurationError

    try:
        return store.load()
    except ConfigurationError as exc:
        _fail(f"{flag} {_store_name(where)!r}: {exc}", EXIT_USAGE)
    except Exception as exc:  # an unreadable file, an unreachable Redis: one message, exit 1
        _fail(f"{flag} {_store_name(where)!r} cannot be read ({type(exc).__name__})", EXIT_API)


def _stored_pair(state: _State) -> "tuple[TokenStore, TokenPair]":
    """``--token-store``'s store and the pair it holds; a usage error (before any API call) when it holds none."""
    where = state.token_store
    if where is None:  # pragma: no cover - checked by the caller
        raise RuntimeError("no token store")
    store = _open_store(where, "--token-store")
    pair = _load(store, where, "--token-store")
    if pair is None:
        _fail(
            f"--token-store {_store_name(where)!r} holds no token pair: save one with `tencent-ads oauth exchange "
            f"--store {shlex.quote(where)}` (or `oauth refresh --refresh-token TOKEN --store ...`)",
            EXIT_USAGE,
        )
    return store, pair


def _store_token(
    state: _State, store: "TokenStore", pair: "TokenPair", base_url: str | None
) -> "str | RefreshingToken":
    """What the client signs with: a :class:`RefreshingToken` on the store when the pair can be refreshed (it has
    a refresh token and the app's credentials are at hand), else the stored access token as it is."""
    from ._tokens import RefreshingToken

    client_id, client_secret = _app_credentials(state)
    if pair.refresh_token is not None and client_id is not None and client_secret:
        return RefreshingToken(client_id=client_id, client_secret=client_secret, store=store, base_url=base_url)
    if pair.due(time.time(), 0.0):
        how = _REFRESH_HOW if pair.refresh_token is not None else "the store holds no refresh token to renew it with"
        _err.print(f"warning: the access token in --token-store has expired: {how}", markup=False)
    return pair.access_token.reveal()


#: How to let ``--token-store`` refresh its pair (the app's credentials).
_REFRESH_HOW = (
    f"give --client-id and --client-secret (or {CLIENT_ID_ENV} / {CLIENT_SECRET_ENV}) and --token-store "
    "refreshes it, saving the new pair"
)


def _app_credentials(state: _State) -> tuple[int | None, str | None]:
    """The app's client id and secret: the global options', or the embedded fake's with --mock."""
    api = state.fake
    if api is not None:
        return state.client_id or api.client_id, state.client_secret or api.client_secret
    return state.client_id, state.client_secret


def _embedded_fake(state: _State, pair: "TokenPair | None") -> "FakeMarketingAPI":
    """``--mock``'s fake, started once per command; it accepts the token store's pair when there is one."""
    from .testing import FakeMarketingAPI

    if state.fake is None:
        seeded: dict[str, Any] = {}
        if pair is not None:
            seeded["tokens"] = [pair.access_token.reveal()]
            if pair.refresh_token is not None:
                seeded["refresh_token"] = pair.refresh_token.reveal()
        state.fake = state.stack.enter_context(FakeMarketingAPI(**seeded))
    return state.fake


def _fail(message: str, code: int, state: _State | None = None) -> NoReturn:
    if state is not None and state.verbose and sys.exc_info()[0] is not None:
        _err.print_exception()
    _err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


@contextlib.contextmanager
def _errors(
    state: _State, *, arguments: Mapping[str, Any] | None = None, advice: Mapping[int, str] | None = None
) -> Iterator[None]:
    """Map exceptions to one stderr message and the documented exit code.

    ``arguments`` (the call's, by name) make the advice after a write's unknown outcome concrete; ``advice``
    replaces :data:`ADVICE` for some codes (oauth/token's 11002 is not an API call's).
    """
    try:
        yield
    except OutcomeUnknownError as exc:
        lookup = outcome_advice(exc.operation_id, arguments or {}, exc.sent_at)
        _fail(
            f"{exc.operation_id}: the outcome is unknown ({type(exc.cause).__name__}: {exc.cause}) — the write may "
            f"have been processed, so it was not sent again\n  what to do: {lookup}",
            EXIT_OUTCOME_UNKNOWN,
            state,
        )
    except (FilterValidationError, RequestValidationError) as exc:
        _fail(str(exc), EXIT_USAGE, state)
    except ApiError as exc:
        detail = f"code {exc.code}: {exc.message}"
        if exc.message_cn and exc.message_cn != exc.message:
            detail += f" / {exc.message_cn}"
        if exc.trace_id:
            detail += f" (trace_id {exc.trace_id})"
        hint = None
        if isinstance(exc.code, int):
            hint = (advice or {}).get(exc.code) or _store_advice(state, exc.code) or ADVICE.get(exc.code)
        _fail(f"API error {detail}" + (f"\n  what to do: {hint}" if hint else ""), EXIT_API, state)
    except WaitTimeoutError as exc:
        _fail(str(exc), EXIT_WAIT_TIMEOUT, state)
    except (ConnectError, RequestTimeoutError) as exc:
        _fail(f"{exc}\n  what to do: {_network_advice(state, exc)}", EXIT_API, state)
    except _write_errors() as exc:
        _fail(f"{exc}\n  what to do: {_write_advice(exc)}", EXIT_API, state)
    except TencentAdsError as exc:
        from ._errors import ConfigurationError

        _fail(str(exc), EXIT_USAGE if isinstance(exc, ConfigurationError) else EXIT_API, state)


def _write_errors() -> "tuple[type[DownloadWriteError], ...]":
    """DownloadWriteError, when a download may have raised it (its module loaded): a command that downloads
    nothing does not import the download machinery to name an error it cannot meet."""
    module = sys.modules.get("tencent_ads._download")
    return () if module is None else (module.DownloadWriteError,)


def _network_advice(state: _State, error: ConnectError | RequestTimeoutError) -> str:
    """What to do after a failure of the network: no answer came (ADVICE's counterpart for transport errors)."""
    retries = f"--max-retries (now {state.max_retries}) retries more"
    if isinstance(error, DeadlineExceededError):
        return f"the call ran out of time across its retries: try again later; {retries}, within a longer deadline"
    if isinstance(error, RequestTimeoutError):
        return (
            f"the server did not answer within --timeout {state.timeout:g} s: try again, or give a larger "
            f"--timeout; {retries}"
        )
    where = f"--base-url (now {state.base_url})" if state.base_url else f"--base-url / {BASE_URL_ENV}"
    return (
        f"check that the host is reachable from here (network, proxy, DNS, firewall) and {where}, then try again; "
        f"{retries}"
    )


def _store_advice(state: _State, code: int) -> str | None:
    """With ``--token-store``: what to do when the API refuses the stored access token (expired, or replaced)."""
    if state.token_store is None or code not in (11000, 11002):
        return None
    client_id, client_secret = _app_credentials(state)
    if client_id is None or not client_secret:
        return f"the stored access token was refused: {_REFRESH_HOW}"
    where = shlex.quote(state.token_store)
    return (
        "the stored pair was refused even after a refresh (revoked, or replaced by another app's refresh): "
        f"authorize the app again and save the new pair with `tencent-ads oauth exchange --store {where}`"
    )


def _write_advice(error: "DownloadWriteError") -> str:
    """What to do when a downloaded file could not be written (``DownloadWriteError``)."""
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some space on that disk (or pass another --output-dir), then download again"
    if error.errno == errno.EFBIG:
        return "the file is larger than this file system or your file-size limit (ulimit -f) allows"
    return "check that the folder is writable, then download again"


def outcome_advice(operation_id: str | None, arguments: Mapping[str, Any], sent_at: float | None = None) -> str:
    """What to do after a write whose outcome is unknown: find what it may have created, in shell terms.

    The lookup lists the tasks created since the add was sent (less the API's 300 s of clock slack), not a
    ``task_name`` filter: a filter value may not hold characters a task name may (``/``, ``&``, quotes, a tab).
    """
    if operation_id != "async_tasks_add":
        return "check whether it took effect before running it again"
    account = arguments.get("account_id")
    name = arguments.get("task_name")
    since = str(max(0, int(sent_at) - 300)) if isinstance(sent_at, int | float) else "EPOCH_SECONDS"
    where = "--filter " + shlex.quote(f"created_time GREATER_EQUALS {since}")
    lookup = f"tencent-ads async-tasks get --account-id {account if isinstance(account, int) else 'ACCOUNT_ID'} {where}"
    named = f"the task named {json.dumps(name, ensure_ascii=False)}" if isinstance(name, str) and name else "it"
    return f"look for {named} among the tasks created since it was sent, before adding it again: {lookup}"


#: What to do next after an API error, in shell terms (REFERENCE.md's error table).
ADVICE: dict[int, str] = {
    11000: "the access token expired: refresh it (tencent-ads oauth refresh --store FILE), then sign with the "
    "store (--token-store FILE, with --client-id/--client-secret to refresh it when due)",
    11002: "the access token is invalid (or was replaced by a refresh): pass the current one with --access-token",
    11016: "too many calls this second: retry in a moment, or call less often",
    11017: "the per-minute limit was hit: this endpoint refuses calls for about 5 minutes; wait, then retry",
    11018: "the per-day limit was hit: retry tomorrow",
    12101: "this machine's clock is off by more than 5 minutes: fix the clock (NTP) and retry",
    12201: "check --account-id, and that the token's app is authorised for that account",
    12203: "check --account-id, and that the token's app is authorised for that account",
}


def _parse_filters(filtering: str | None, filters: list[str]) -> "list[Filter] | None":
    """The filters of --filtering and --filter, as given (the client checks them, before any network I/O)."""
    return cast("list[Filter] | None", _filter_items(filtering, filters))


def _filter_items(filtering: str | None, filters: list[str]) -> list[dict[str, Any]] | None:
    items: list[dict[str, Any]] = []
    if filtering:
        try:
            parsed = json.loads(filtering)
        except ValueError as exc:
            raise typer.BadParameter(f"not JSON: {exc}", param_hint="--filtering") from None
        if not isinstance(parsed, list):
            raise typer.BadParameter("must be a JSON list of filters", param_hint="--filtering")
        items.extend(parsed)
    for text in filters:
        parts = text.split(None, 2)
        if len(parts) != 3:
            raise typer.BadParameter(f"{text!r}: expected 'FIELD OPERATOR V1,V2,...'", param_hint="--filter")
        field, operator, values = parts
        items.append({"field": field, "operator": operator, "values": values.split(",")})
    return items or None


@async_tasks_app.command("get")
def async_tasks_get(
    ctx: typer.Context,
    account_id: Annotated[int, typer.Option(min=_ACCOUNT_ID.minimum, help="Advertiser account id.")],
    filtering: Annotated[
        str | None,
        typer.Option(help="The API's own JSON list of filters (see the examples below)."),
    ] = None,
    filter_: Annotated[
        list[str] | None,
        typer.Option("--filter", help="Shorthand 'FIELD OPERATOR V1,V2', repeatable; combined with --filtering."),
    ] = None,
    page: Annotated[
        int | None, typer.Option(min=_PAGE.minimum, max=_PAGE.maximum, help="Page number (server default 1).")
    ] = None,
    page_size: Annotated[
        int | None,
        typer.Option(min=_PAGE_SIZE.minimum, max=_PAGE_SIZE.maximum, help="Items per page (server default 10)."),
    ] = None,
    all_pages: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Follow every page"
            + (f" (page size {ALL_PAGE_SIZE} unless given)." if ALL_PAGE_SIZE is not None else "."),
        ),
    ] = False,
    fields: FieldsOption = None,
    columns: ColumnsOption = None,
    output: OutputOverride = None,
) -> None:
    """List asynchronous tasks.

    Examples:

    \b
      tencent-ads async-tasks get --account-id 123 \\
          --filter 'task_id EQUALS 1024'

    \b
      tencent-ads async-tasks get --account-id 123 --all \\
          --filter 'created_time GREATER 1763870000'

    \b
      tencent-ads async-tasks get --account-id 123 --filtering \\
          '[{"field":"task_id","operator":"IN","values":["1024","1025"]}]'
    """
    state = _state(ctx, output)
    picked = _columns(state, columns)
    filters = _parse_filters(filtering, filter_ or [])
    with _errors(state):
        from ._calls import prepare

        # validate before any network I/O (and before the mock server starts)
        prepare(
            "async_tasks_get",
            account_id=account_id,
            filtering=filters,
            page=page,
            page_size=page_size,
            fields=_split(fields),
        )
        client = _client(state)
        if all_pages:
            size = page_size or ALL_PAGE_SIZE
            pages = (
                client.async_tasks.iterate(account_id=account_id, filtering=filters, page_size=size)
                if size is not None
                else client.async_tasks.iterate(account_id=account_id, filtering=filters)
            )
            tasks = [t.to_dict() for t in pages]
            # the shape of one page: every task on one page
            info = {"page": 1, "page_size": len(tasks), "total_number": len(tasks), "total_page": 1}
            document: dict[str, Any] = {"list": tasks, "page_info": info}
        else:
            document = client.async_tasks.get(
                account_id=account_id, filtering=filters, page=page, page_size=page_size, fields=_split(fields)
            ).to_dict()
    info = document.get("page_info") or {}
    caption = (
        f"page {info.get('page')} of {info.get('total_page')} — {info.get('total_number')} task(s)"
        if info
        else f"{document.get('total_number', 0)} task(s)"
    )
    _show_tasks(state, document, document.get("list") or [], caption, _split(fields), picked)


@async_tasks_app.command("wait")
def async_tasks_wait(
    ctx: typer.Context,
    account_id: Annotated[int, typer.Option(min=_ACCOUNT_ID.minimum, help="Advertiser account id.")],
    task_id: Annotated[
        list[int], typer.Option(min=_TASK_ID.minimum, help="A task to wait for; repeat it to wait for several.")
    ],
    timeout: Annotated[float, typer.Option(min=0.001, help="Give up after this many seconds.")] = 600.0,
    poll_interval: Annotated[float, typer.Option(min=0.001, help="First pause between polls (grows ×1.5).")] = 2.0,
    columns: ColumnsOption = None,
    output: OutputOverride = None,
) -> None:
    """Poll tasks until they finish; exit 0 when all COMPLETED, 3 on another final status, 4 on timeout.

    One task: a live status line on a terminal, one plain line per poll otherwise
    (stderr); the final task as JSON (or a table) on stdout. Several (--task-id
    repeated): one request per poll for up to {in_chunk} of them, a line per poll on
    stderr, the tasks as a JSON list; an id not found in two polls exits 1.

    Example (with --mock, task 1025 completes after about two seconds):

    \b
      tencent-ads --mock async-tasks wait --account-id 25610 --task-id 1025

    \b
      tencent-ads --mock async-tasks wait --account-id 25610 \\
          --task-id 1025 --task-id 1024
    """
    state = _state(ctx, output)
    picked = _columns(state, columns)
    if len(task_id) > 1:
        _wait_many(state, account_id, task_id, timeout, poll_interval, picked)
        return
    [task_id_one] = task_id
    _wait_one(state, account_id, task_id_one, timeout, poll_interval, picked)


# how many tasks one poll asks for: the spec's most values of a filter (``task_id IN [...]``)
async_tasks_wait.__doc__ = (async_tasks_wait.__doc__ or "").replace(
    "{in_chunk}", str(FILTERS["AsyncTasksFiltering"].max_values)
)


def _wait_many(
    state: _State, account_id: int, task_ids: list[int], timeout: float, poll_interval: float, columns: list[str] | None
) -> None:
    from ._waiting import ManyProgress, is_terminal, status_text

    def line(progress: ManyProgress) -> None:
        _err.print(
            f"tasks finished={progress.finished}/{len(progress.tasks)} elapsed={progress.elapsed:.1f}s "
            f"polls={progress.polls}",
            markup=False,
        )

    with _errors(state):
        client = _client(state)
        started = time.monotonic()
        tasks = client.async_tasks.wait_many(
            account_id=account_id, task_ids=task_ids, timeout=timeout, poll_interval=poll_interval, on_progress=line
        )
    documents = [{"task_id": i} if t is None else t.to_dict() for i, t in zip(task_ids, tasks, strict=True)]
    _show_tasks(state, documents, documents, f"after {time.monotonic() - started:.1f} s", columns=columns)
    finals = [status_text(t) for t in tasks]
    if any(not is_terminal(f) for f in finals):
        _err.print(f"{sum(not is_terminal(f) for f in finals)} task(s) not finished after {timeout:g} s", markup=False)
        raise typer.Exit(EXIT_WAIT_TIMEOUT)
    if any(f != "TASK_STATUS_COMPLETED" for f in finals):
        raise typer.Exit(EXIT_TASK_NOT_COMPLETED)


def _wait_one(
    state: _State, account_id: int, task_id: int, timeout: float, poll_interval: float, columns: list[str] | None
) -> None:
    from ._waiting import status_text

    interactive = _err.is_terminal
    with _errors(state):
        client = _client(state)
        started = time.monotonic()
        if interactive:
            with _err.status(f"task {task_id}: waiting…") as status:

                def show(progress: "WaitProgress") -> None:
                    status.update(f"task {task_id}: {progress.status or 'not seen yet'} — {progress.elapsed:.1f} s")

                task = client.async_tasks.wait(
                    account_id=account_id,
                    task_id=task_id,
                    timeout=timeout,
                    poll_interval=poll_interval,
                    on_progress=show,
                )
        else:

            def line(progress: "WaitProgress") -> None:
                _err.print(
                    f"task {task_id} status={progress.status or 'not-seen'} elapsed={progress.elapsed:.1f}s "
                    f"polls={progress.polls}",
                    markup=False,
                )

            task = client.async_tasks.wait(
                account_id=account_id, task_id=task_id, timeout=timeout, poll_interval=poll_interval, on_progress=line
            )
    final = status_text(task)
    document = task.to_dict()
    _show_tasks(state, document, [document], f"finished after {time.monotonic() - started:.1f} s", columns=columns)
    if final != "TASK_STATUS_COMPLETED":
        _err.print(f"task {task_id} finished with {final}", markup=False)
        raise typer.Exit(EXIT_TASK_NOT_COMPLETED)


@async_tasks_app.command("download")
def async_tasks_download(
    ctx: typer.Context,
    account_id: Annotated[int, typer.Option(min=_ACCOUNT_ID.minimum, help="Advertiser account id.")],
    task_id: Annotated[int, typer.Option(min=_TASK_ID.minimum, help="A COMPLETED task.")],
    file_id: Annotated[
        list[int] | None,
        typer.Option(min=_FILE_ID.minimum, help="Only this file (repeatable); default: every file of the task."),
    ] = None,
    output_dir: Annotated[str, typer.Option(help="Folder to write the files to.")] = ".",
) -> None:
    """Download a finished task's files, each checked with the md5 its task lists; print their paths.

    Files are named task-<task_id>-file-<file_id>. A progress bar on a terminal.

    Example:

    \b
      tencent-ads --mock async-tasks download --account-id 25610 \\
          --task-id 1024 --output-dir /tmp
    """
    from ._waiting import status_text

    state = _state(ctx)
    with _errors(state):
        client = _client(state)
        by_id: list[Filter] = [{"field": "task_id", "operator": "EQUALS", "values": [str(task_id)]}]
        found = client.async_tasks.get(account_id=account_id, filtering=by_id).list_
        task = next(iter(found or []), None)
        if task is None:
            _fail(f"task {task_id} not found in account {account_id}", EXIT_API, state)
        if status_text(task) != "TASK_STATUS_COMPLETED":
            _fail(f"task {task_id} is {status_text(task)}: only a COMPLETED task has files", EXIT_TASK_NOT_COMPLETED)
        from ._tasks import _task_files

        wanted = [f for f in _task_files(task, output_dir) if not file_id or f[1] in file_id]
        if file_id and len(wanted) != len(set(file_id)):
            listed = sorted(f[1] for f in _task_files(task, output_dir))
            _fail(f"the task lists files {listed}, not all of {sorted(set(file_id))}", EXIT_USAGE)

        def skipped(path: Path) -> None:
            _err.print(f"{path}: already here with md5 as listed — skipped", markup=False, highlight=False)

        for one_task, one_file, md5, path in wanted:
            if _err.is_terminal:
                from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

                columns = (f"file {one_file}", BarColumn(), DownloadColumn(), TransferSpeedColumn())
                with Progress(*columns, console=_console(_err), transient=True) as bar:
                    job = bar.add_task("download", total=None)

                    def show(done: int, total: int | None, bar: Any = bar, job: Any = job) -> None:
                        bar.update(job, completed=done, total=total)

                    saved = client.async_task_files.download(
                        account_id=account_id,
                        task_id=one_task,
                        file_id=one_file,
                        dest=path,
                        md5=md5,
                        on_progress=show,
                        on_skip=skipped,
                    )
            else:
                saved = client.async_task_files.download(
                    account_id=account_id, task_id=one_task, file_id=one_file, dest=path, md5=md5, on_skip=skipped
                )
            sys.stdout.write(f"{saved}\n")


@app.command("validate")
def validate(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="A request URL (absolute, or a path such as /async_tasks/get?...).")],
    method: Annotated[str, typer.Option(help="HTTP method (POST for async_tasks/add).")] = "GET",
    body: Annotated[
        str | None,
        typer.Option(
            metavar="JSON|@FILE",
            help="The JSON body of a write, or @FILE to read it from a file (@- reads standard input).",
            show_default=False,
        ),
    ] = None,
    no_auth: Annotated[
        bool, typer.Option("--no-auth", help="Do not require access_token/timestamp/nonce (an unsigned URL).")
    ] = False,
    output: OutputOverride = None,
) -> None:
    """Validate a request (URL, method, body) against the spec; exit 0 when valid, 1 when not, listing every
    violation (a body member as body.task_name).

    Examples:

    \b
      tencent-ads validate --no-auth \\
          '/async_tasks/get?account_id=1&page_size=500'

    \b
      tencent-ads validate --no-auth --method POST /async_tasks/add \\
          --body '{"account_id":1,"task_name":"daily","task_type":"T"}'
    """
    from .validation import validate_request

    state = _state(ctx, output)
    content = None if body is None else _body_text(body)
    violations = validate_request(url, method=method, body=content, require_auth=not no_auth)
    if state.output is Output.json:
        emit_json(
            {
                "valid": not violations,
                "violations": [
                    {"parameter": v.parameter, "expected": v.expected, "given": v.given, "text": str(v)}
                    for v in violations
                ],
            }
        )
    else:
        from rich.console import Console

        for violation in violations:
            Console(highlight=False).print(f"✗ {violation}", markup=False)
        if not violations:
            Console(highlight=False).print("✓ valid", markup=False)
    if violations:
        raise typer.Exit(EXIT_API)


def _body_text(body: str) -> str | bytes:
    """``--body``: the JSON text as given, or the bytes of ``@FILE`` (``@-``: standard input)."""
    if not body.startswith("@"):
        return body
    from ._cli_spec import read_limited

    return read_limited(body[1:], "--body")


oauth_app = typer.Typer(
    help="oauth/token — exchange an authorization code, or refresh the token pair. The new pair must go "
    "somewhere: --store FILE saves it, --show-tokens prints it (tokens are not printed otherwise); without "
    "either the command refuses to run, as the old refresh token stops working.",
    no_args_is_help=True,
)
app.add_typer(oauth_app, name="oauth")

ClientIdOption = Annotated[
    int | None,
    typer.Option("--client-id", min=_CLIENT_ID.minimum, envvar="TENCENT_ADS_CLIENT_ID", help="The app's client id."),
]
ClientSecretOption = Annotated[
    str | None,
    typer.Option(
        "--client-secret",
        envvar="TENCENT_ADS_CLIENT_SECRET",
        help="The app's secret (env TENCENT_ADS_CLIENT_SECRET keeps it out of `ps`).",
        show_default=False,
    ),
]
StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="FILE|redis://...",
        help="A token file (FileTokenStore), or a Redis URL (RedisTokenStore, key tencent-ads:token): the new pair "
        "is saved there, and read from it. Default: the global --token-store.",
        show_default=False,
    ),
]
ShowTokensOption = Annotated[
    bool,
    typer.Option(
        "--show-tokens",
        help="Print the new access and refresh tokens to stdout (they are secrets): the pair's destination when "
        "there is no --store.",
    ),
]

#: What oauth/token's refusals mean (its 11002 is about the refresh token or the code, not an access token).
OAUTH_REFRESH_ADVICE: dict[int, str] = {
    11002: "the refresh token is invalid or was already used (each refresh replaces it): use the current one "
    "(the --store file holds it), or authorize the app again and run `tencent-ads oauth exchange`",
}
OAUTH_EXCHANGE_ADVICE: dict[int, str] = {
    11002: "the authorization code is invalid or was already used (a code works once, with the --redirect-uri it "
    "was issued for): authorize the app again and run `tencent-ads oauth exchange` with the new code",
}


def _check_destination(store: str | None, show_tokens: bool, command: str) -> None:
    """Before any I/O: the new pair must go somewhere — oauth/token rotates it, and the old one stops working."""
    if store is None and not show_tokens:
        _fail(
            f"oauth {command} replaces the token pair (the old refresh token stops working): give --store FILE to "
            "save the new pair, or --show-tokens to print it (or both)",
            EXIT_USAGE,
        )
    if store is None or _is_redis_url(store):
        return
    path = Path(store)
    if path.is_dir() or not path.parent.is_dir():
        problem = "is a folder" if path.is_dir() else f"is in a folder that does not exist ({path.parent})"
        _fail(f"--store {store!r} {problem}: the new pair could not be saved", EXIT_USAGE)


def _oauth_store(
    state: _State, store: str | None, *, load: bool = True
) -> "tuple[str | None, TokenStore | None, TokenPair | None]":
    """``--store`` (default: the global ``--token-store``): where it is, the store, and the pair it holds."""
    where = store if store is not None else state.token_store
    if where is None:
        return None, None, None
    opened = _open_store(where, "--store")
    return where, opened, _load(opened, where, "--store") if load else None


def _oauth_setup(
    state: _State, client_id: int | None, client_secret: str | None, stored: "TokenPair | None" = None
) -> tuple[int, str, str | None, Any]:
    """The app's credentials (the command's options, else the global ones) and where oauth/token is served (the
    embedded fake with --mock, accepting the store's pair)."""
    client_id = client_id if client_id is not None else state.client_id
    client_secret = client_secret or state.client_secret
    if state.mock:
        api = _embedded_fake(state, stored)
        return client_id or api.client_id, client_secret or api.client_secret, api.base_url, api
    if client_id is None or not client_secret:
        _fail(f"give --client-id and --client-secret (or {CLIENT_ID_ENV} / {CLIENT_SECRET_ENV})", EXIT_USAGE)
    return client_id, client_secret, state.base_url, None


def _emit_pair(state: _State, pair: Any, store: str | None, show_tokens: bool) -> None:
    import datetime

    def when(seconds: float | None) -> str | None:
        if seconds is None:
            return None
        return datetime.datetime.fromtimestamp(seconds, datetime.UTC).isoformat(timespec="seconds")

    shown = {
        "account_id": pair.account_id,
        "access_token": pair.access_token.reveal() if show_tokens else "***",
        "refresh_token": (pair.refresh_token.reveal() if pair.refresh_token else None) if show_tokens else "***",
        "access_token_expires_at": when(pair.access_expires_at),
        "refresh_token_expires_at": when(pair.refresh_expires_at),
        "store": None if store is None else _store_name(store),
    }
    sys.stdout.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")


@oauth_app.command("exchange")
def oauth_exchange(
    ctx: typer.Context,
    authorization_code: Annotated[
        str | None, typer.Option("--authorization-code", help="The code from the OAuth redirect (good once).")
    ] = None,
    redirect_uri: Annotated[
        str | None, typer.Option("--redirect-uri", help="The redirect URI the code was issued for.")
    ] = None,
    client_id: ClientIdOption = None,
    client_secret: ClientSecretOption = None,
    store: StoreOption = None,
    show_tokens: ShowTokensOption = False,
) -> None:
    """Exchange an authorization code for a token pair; save it with --store (or print it with --show-tokens).

    One of the two is required: the code works only once.

    Example:

    \b
      tencent-ads oauth exchange --client-id 1100 \\
          --authorization-code CODE --redirect-uri https://example.com/cb \\
          --store ~/.config/tencent-ads/token.json
    """
    from ._tokens import RefreshingToken

    state = _state(ctx)
    where = store if store is not None else state.token_store
    _check_destination(where, show_tokens, "exchange")
    where, opened, _ = _oauth_store(state, store, load=False)
    client_id, client_secret, base_url, api = _oauth_setup(state, client_id, client_secret)
    if api is not None:
        authorization_code = authorization_code or "fake-authorization-code"
        redirect_uri = redirect_uri or api.redirect_uri
    if not authorization_code or not redirect_uri:
        _fail("give --authorization-code and --redirect-uri", EXIT_USAGE)
    with _errors(state, advice=OAUTH_EXCHANGE_ADVICE):
        token = RefreshingToken.from_authorization_code(
            client_id=client_id,
            client_secret=client_secret,
            authorization_code=authorization_code,
            redirect_uri=redirect_uri,
            store=opened,
            base_url=base_url,
        )
        if token.pair is None:  # pragma: no cover - the exchange sets it or raises
            _fail("the exchange returned no token pair", EXIT_API)
        _emit_pair(state, token.pair, where, show_tokens)


@oauth_app.command("refresh")
def oauth_refresh(
    ctx: typer.Context,
    refresh_token: Annotated[
        str | None,
        typer.Option(
            "--refresh-token",
            envvar="TENCENT_ADS_REFRESH_TOKEN",
            help="The refresh token (or --store, which holds the current one).",
            show_default=False,
        ),
    ] = None,
    client_id: ClientIdOption = None,
    client_secret: ClientSecretOption = None,
    store: StoreOption = None,
    show_tokens: ShowTokensOption = False,
) -> None:
    """Refresh the token pair now (the old pair stops working); save it with --store, or print it
    with --show-tokens. One of the two is required: the old refresh token is dead once the server answers.

    Example:

    \b
      tencent-ads oauth refresh --client-id 1100 \\
          --store ~/.config/tencent-ads/token.json
    """
    from ._tokens import RefreshingToken

    state = _state(ctx)
    where = store if store is not None else state.token_store
    if refresh_token is None and where is None and not state.mock:
        _fail("give --refresh-token or --store", EXIT_USAGE)
    _check_destination(where, show_tokens, "refresh")
    where, opened, stored = _oauth_store(state, store)
    client_id, client_secret, base_url, api = _oauth_setup(state, client_id, client_secret, stored)
    if api is not None and refresh_token is None and (stored is None or stored.refresh_token is None):
        refresh_token = api.refresh_token  # the embedded fake's own: an empty store is seeded with it
    if refresh_token is None and (stored is None or stored.refresh_token is None):
        _fail(
            f"--store {_store_name(where or '')!r} holds no refresh token: give --refresh-token"
            if where is not None
            else "give --refresh-token or --store",
            EXIT_USAGE,
        )
    with _errors(state, advice=OAUTH_REFRESH_ADVICE):
        token = RefreshingToken(
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            store=opened,
            base_url=base_url,
        )
        _emit_pair(state, token.refresh(), where, show_tokens)


@app.command(
    "load-reports",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def load_reports(ctx: typer.Context) -> None:
    """Load daily reports into a local DuckDB file through dlt (needs the [dlt] extra); --help lists the options.

    \b
      tencent-ads load-reports --mock            # the fake's week, offline
      tencent-ads load-reports --account-id 123  # real ones (token from env)
    """
    from .dlt import main as load_main

    raise typer.Exit(load_main(list(ctx.args), prog="tencent-ads load-reports"))


@app.command("mock-server")
def mock_server(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0 picks a free one).")] = 8000,
    duration: Annotated[
        float | None, typer.Option(help="Stop after this many seconds (default: until interrupted).")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate/--no-validate", help="Check requests against the spec (openapi-core).")
    ] = True,
    extra_tasks: Annotated[int, typer.Option(min=0, help="Generated tasks beside the doc example.")] = 45,
    file_mode: Annotated[
        str, typer.Option(help="How files are served: bytes, redirect, corrupted, expired or slow.")
    ] = "bytes",
    file_size: Annotated[
        int | None, typer.Option(min=1, help="Serve every file as this many bytes (large-file tests).")
    ] = None,
    accounts: Annotated[
        str, typer.Option(help="Account ids the fake knows, comma-separated (each with its own tasks).")
    ] = "25610",
    token_ttl: Annotated[
        float | None, typer.Option(min=0.1, help="Access tokens expire after this many seconds (then 11000).")
    ] = None,
) -> None:
    """Run the fake Marketing API until interrupted, printing its base URL, token, accounts and OAuth app
    (client id, secret and refresh token: the fake's own, not secrets), with commands to copy.

    Example:

    \b
      tencent-ads mock-server --port 8000 &
      export TENCENT_ADS_BASE_URL=http://127.0.0.1:8000/v3.0
      tencent-ads --access-token fake-access-token-0123456789 \\
          async-tasks get --account-id 25610
    """
    from .testing import FakeMarketingAPI
    from .testing._server import FILE_MODES

    if file_mode not in FILE_MODES:
        raise typer.BadParameter(f"one of {', '.join(sorted(FILE_MODES))}", param_hint="--file-mode")
    try:
        account_ids = [int(a) for a in accounts.split(",") if a.strip()]
    except ValueError:
        raise typer.BadParameter("comma-separated account ids, e.g. 25610,25611", param_hint="--accounts") from None
    if not account_ids or min(account_ids) < 1:
        raise typer.BadParameter("at least one positive account id", param_hint="--accounts")
    with FakeMarketingAPI(
        host=host,
        port=port,
        validate=validate,
        extra_tasks=extra_tasks,
        file_mode=file_mode,
        file_size=file_size,
        accounts=account_ids,
        token_ttl=token_ttl,
    ) as api:
        api.add_task(_mock_task(), progression=_mock_progression(), every=5.0)
        sys.stdout.write(mock_banner(api))
        sys.stdout.flush()
        deadline = None if duration is None else time.monotonic() + duration
        with contextlib.suppress(KeyboardInterrupt):
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.1)


def mock_banner(api: "FakeMarketingAPI") -> str:
    """What ``mock-server`` prints: the base URL first (alone on its line), then the token, the accounts, the
    OAuth app oauth/token accepts, and copy-paste lines; an empty line ends it."""
    ids = ", ".join(str(a) for a in api.accounts)
    ttl = (
        "access tokens never expire (--token-ttl SECONDS makes them)"
        if api.token_ttl is None
        else f"access tokens expire {api.token_ttl:g} s after they are issued (--token-ttl), then answer 11000"
    )
    q = shlex.quote
    return "\n".join(
        [
            api.base_url,
            f"access token: {api.token}   account id(s): {ids}",
            f"OAuth app (the fake's, not secrets): client id {api.client_id}   client secret {api.client_secret}",
            f"refresh token: {api.refresh_token}   (good once: each refresh replaces it)",
            ttl,
            "Refresh against it, then sign with the saved pair (refreshed through the file when due):",
            f"  export {BASE_URL_ENV}={q(api.base_url)}",
            f"  export {CLIENT_ID_ENV}={api.client_id} {CLIENT_SECRET_ENV}={q(api.client_secret)}",
            f"  tencent-ads oauth refresh --refresh-token {q(api.refresh_token)} --store token.json",
            f"  tencent-ads --token-store token.json async-tasks get --account-id {api.account_id}",
            "",
            "",
        ]
    )


def _register_spec_commands() -> None:
    """Every operation of the spec without a hand-written command gets one (``_cli_spec``)."""
    from ._cli_spec import register

    groups = {"async_tasks": async_tasks_app, "programmed_commponent_result": derive_app}
    register(app, groups, {"async_tasks_get"}, sys.modules[__name__])


_register_spec_commands()


def main() -> None:
    """The ``tencent-ads`` entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
