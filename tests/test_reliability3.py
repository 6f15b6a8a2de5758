"""Issue 22 (reliability round 3): every wait bounded by the caller, nothing lost, nothing mixed up.

Each test talks HTTP to a real loopback server (the fake Marketing API, or a hand-written one from
``rawserver``), and each failed on the code before its fix.
"""
# mypy: disable-error-code="union-attr,index,arg-type"

from __future__ import annotations

import contextlib
import errno
import gzip
import hashlib
import json
import os
import pickle
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tencent_ads import (
    AsyncClient,
    Client,
    DeadlineExceededError,
    RateLimiter,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    RetryPolicy,
    TencentAdsError,
)
from tencent_ads.cli import app
from tencent_ads.testing import FakeMarketingAPI, Fault
from tencent_ads.testing._data import file_content
from typer.testing import CliRunner

from .conftest import FAST_RETRY
from .rawserver import RawServer, response

runner = CliRunner()
TOKEN = "reliability3-token-0123456789abcdef"


def _no_parts(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


async def _with_client(flavour: str, use: Callable[[Any], Any], **settings: Any) -> Any:
    """``use(client)`` with a Client built from ``settings``, or with an AsyncClient (its result awaited)."""
    if flavour == "sync":
        with Client(**settings) as client:
            return use(client)
    async with AsyncClient(**settings) as aclient:
        return await use(aclient)


# --- 1. oauth refresh / exchange never throw a rotated pair away -----------------------------------------------


def _oauth(api: FakeMarketingAPI, command: str, *extra: str) -> Any:
    base = ["--base-url", api.base_url, "oauth", command, "--client-id", str(api.client_id)]
    return runner.invoke(app, [*base, "--client-secret", api.client_secret, *extra])


def test_oauth_without_a_destination_refuses_before_any_io(tmp_path: Path) -> None:
    with FakeMarketingAPI() as api:
        refresh = _oauth(api, "refresh", "--refresh-token", api.refresh_token)
        exchange = _oauth(
            api, "exchange", "--authorization-code", "fake-authorization-code", "--redirect-uri", api.redirect_uri
        )
        mock = runner.invoke(app, ["--mock", "oauth", "refresh"])
        assert api.requests == [] and api.refreshes == 0  # nothing rotated, the code not spent
        for result in (refresh, exchange, mock):
            assert result.exit_code == 2, result.output
            assert "--store" in result.output and "--show-tokens" in result.output
        # a store whose folder does not exist is refused before the exchange too (the pair could not be saved)
        missing = _oauth(api, "refresh", "--refresh-token", api.refresh_token, "--store", str(tmp_path / "no" / "t"))
        assert missing.exit_code == 2 and api.requests == []
        # --show-tokens hands the new pair over: the refresh token printed is the one that works next
        shown = _oauth(api, "refresh", "--refresh-token", api.refresh_token, "--show-tokens")
        assert shown.exit_code == 0, shown.output
        pair = json.loads(shown.stdout)
        assert pair["refresh_token"] == api.refresh_token and pair["access_token"] in api.tokens
        again = _oauth(api, "refresh", "--refresh-token", pair["refresh_token"], "--store", str(tmp_path / "t.json"))
        assert again.exit_code == 0, again.output
        assert json.loads((tmp_path / "t.json").read_text())["refresh_token"] == api.refresh_token
        assert api.stale_refreshes == 0


def test_an_oauth_token_refusal_gets_its_own_hint(tmp_path: Path) -> None:
    with FakeMarketingAPI() as api:
        refresh = _oauth(api, "refresh", "--refresh-token", "not-the-current-refresh-token", "--show-tokens")
        exchange = _oauth(
            api,
            "exchange",
            "--authorization-code",
            "a-code-used-before",
            "--redirect-uri",
            api.redirect_uri,
            "--store",
            str(tmp_path / "t.json"),
        )
    for result in (refresh, exchange):
        assert result.exit_code == 1 and "11002" in result.output, result.output
        assert "--access-token" not in result.output  # the hint for an API call's token does not apply
        assert "oauth exchange" in result.output
    assert "refresh token is invalid or was already used" in refresh.output
    assert "authorization code is invalid or was already used" in exchange.output


# --- 2. a retry's wait, and the shared limiter's storage, end by the deadline ---------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_the_backoff_never_sleeps_past_the_deadline(flavour: str) -> None:
    # waits 0.3, 0.6, 1.2, 2.4 s (no jitter): attempts at ~0, 0.3, 0.9 and 2.1 s, then a 2.4 s wait would end at
    # 4.5 s, far past the 2.5 s deadline; the call must give up when no attempt fits any more
    policy = RetryPolicy(max_attempts=10, deadline=2.5, wait_initial=0.3, wait_max=10.0, wait_jitter=0.0)
    with FakeMarketingAPI() as api:
        api.set_schedule(lambda _n, _path: Fault("api_error", code=11016))
        settings = {"access_token": api.token, "base_url": api.base_url, "retry": policy}
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError) as info:
            await _with_client(flavour, lambda c: c.async_tasks.get(account_id=api.account_id), **settings)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5 + 1.0, f"ended at {elapsed:.1f} s with a 2.5 s deadline"
    # the deadline's error, at once instead of after the sleep, names the last attempt's error
    assert info.value.attempts == len(api.requests) == 4
    assert "no time for another attempt" in str(info.value) and "RateLimitError: API error 11016" in str(info.value)
    assert info.value.trace_id is not None and info.value.__context__ is None


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_waits_end_at_their_timeout_when_a_polls_backoff_does_not_fit(flavour: str) -> None:
    """A poll retried with backoff inside wait(timeout=2.5) ends when no retry fits, and the wait says it timed
    out (what it said before, 2 s late) — wait_many returns what it saw."""
    from tencent_ads import WaitTimeoutError

    policy = RetryPolicy(max_attempts=10, deadline=60.0, wait_initial=0.3, wait_max=10.0, wait_jitter=0.0)
    with FakeMarketingAPI() as api:
        api.set_schedule(lambda _n, _path: Fault("api_error", code=12700))
        elapsed: list[float] = []
        started = time.monotonic()
        if flavour == "sync":
            with Client(api.token, base_url=api.base_url, retry=policy) as client:
                with pytest.raises(WaitTimeoutError):
                    client.async_tasks.wait(account_id=api.account_id, task_id=1024, timeout=2.5)
                elapsed.append(time.monotonic() - started)
                started = time.monotonic()
                seen = client.async_tasks.wait_many(account_id=api.account_id, task_ids=[1024], timeout=2.5)
        else:
            async with AsyncClient(api.token, base_url=api.base_url, retry=policy) as aclient:
                with pytest.raises(WaitTimeoutError):
                    await aclient.async_tasks.wait(account_id=api.account_id, task_id=1024, timeout=2.5)
                elapsed.append(time.monotonic() - started)
                started = time.monotonic()
                seen = await aclient.async_tasks.wait_many(account_id=api.account_id, task_ids=[1024], timeout=2.5)
        elapsed.append(time.monotonic() - started)
    assert seen == [None]  # never seen: every poll failed
    assert all(e < 2.5 + 1.0 for e in elapsed), elapsed


@contextlib.contextmanager
def _hung_server() -> Iterator[int]:
    """A loopback port that accepts connections and never answers (a hung Redis); yields the port."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        stop.set()
        thread.join(5)
        server.close()
        for conn in accepted:
            conn.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_hung_limiter_storage_is_bounded_by_the_deadline(fake_api: FakeMarketingAPI, flavour: str) -> None:
    pytest.importorskip("redis")
    deadline = 1.5
    with _hung_server() as port:
        limiter = RateLimiter(per_second=5, storage=f"redis://127.0.0.1:{port}/0", key=f"hung-{time.time_ns()}")
        settings = {"access_token": fake_api.token, "base_url": fake_api.base_url, "rate_limit": limiter}
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError) as info:
            await _with_client(
                flavour,
                lambda c: c.async_tasks.get(account_id=fake_api.account_id),
                retry=RetryPolicy(deadline=deadline),
                **settings,
            )
        elapsed = time.monotonic() - started
    assert elapsed < deadline + 1.0, f"ended at {elapsed:.1f} s with a {deadline} s deadline"
    assert "the rate limit's storage did not answer" in str(info.value)
    assert fake_api.requests == []  # no slot, no request


# --- 3. a download on a full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB file system (tmpfs): root only; skipped where it cannot be mounted."""
    mount = tmp_path / "small"
    mount.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],  # noqa: S607
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)  # noqa: S607


def _check_write_error(error: Exception, code: int, api: FakeMarketingAPI, dest: Path) -> None:
    from tencent_ads import DownloadWriteError

    assert isinstance(error, DownloadWriteError) and isinstance(error, TencentAdsError)
    assert error.errno == code and error.path == str(dest)
    assert os.strerror(code) in str(error) and str(dest) in str(error)
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert str(restored) == str(error) and restored.errno == code
    assert api.token not in repr(error) + str(error) + repr(restored)


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_full_disk_is_a_typed_error_and_leaves_no_part(small_disk: Path, flavour: str) -> None:
    from tencent_ads import DownloadWriteError

    dest = small_disk / "report.csv"
    with FakeMarketingAPI(file_size=512 * 1024) as api:
        settings = {"access_token": api.token, "base_url": api.base_url, "retry": FAST_RETRY}
        with pytest.raises(DownloadWriteError) as info:
            await _with_client(
                flavour,
                lambda c: c.async_task_files.download(account_id=api.account_id, task_id=1024, file_id=5, dest=dest),
                **settings,
            )
        _check_write_error(info.value, errno.ENOSPC, api, dest)
        assert len(api.requests) == 1  # a full disk is not retried
    assert list(small_disk.iterdir()) == []  # the .part was removed: the disk is free again


def test_the_cli_reports_a_full_disk_without_a_traceback(small_disk: Path) -> None:
    with FakeMarketingAPI(file_size=512 * 1024) as api:
        base = ["--access-token", api.token, "--base-url", api.base_url, "--max-retries", "0"]
        command = ["async-tasks", "download", "--account-id", str(api.account_id), "--task-id", "1024"]
        result = runner.invoke(app, [*base, *command, "--output-dir", str(small_disk)])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1, repr(result.exception)
    assert "error:" in result.output and os.strerror(errno.ENOSPC) in result.output
    assert "what to do: free some space" in result.output
    assert "Traceback" not in result.output
    assert list(small_disk.iterdir()) == []


_EFBIG_SCRIPT = textwrap.dedent(
    """
    import asyncio, json, os, resource, signal, sys
    from pathlib import Path
    from tencent_ads import AsyncClient, Client, TencentAdsError

    base_url, token, folder = sys.argv[1:4]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, not a signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
    seen = []

    def record(exc):
        seen.append({"type": type(exc).__name__, "typed": isinstance(exc, TencentAdsError),
                     "errno": getattr(exc, "errno", None), "text": str(exc)})

    with Client(token, base_url=base_url, retry=0) as client:
        try:
            client.async_task_files.download(account_id=25610, task_id=1024, file_id=5, dest=Path(folder) / "a")
        except Exception as exc:
            record(exc)

    async def main():
        async with AsyncClient(token, base_url=base_url, retry=0) as client:
            try:
                await client.async_task_files.download(
                    account_id=25610, task_id=1024, file_id=5, dest=Path(folder) / "b")
            except Exception as exc:
                record(exc)

    asyncio.run(main())
    print(json.dumps({"errors": seen, "left": sorted(os.listdir(folder))}))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_is_a_typed_error_and_leaves_no_part(tmp_path: Path) -> None:
    """RLIMIT_FSIZE gives a real EFBIG (as a quota or a file system's largest file would), without root."""
    folder = tmp_path / "out"
    folder.mkdir()
    with FakeMarketingAPI(file_size=512 * 1024) as api:
        proc = subprocess.run(
            [sys.executable, "-c", _EFBIG_SCRIPT, api.base_url, api.token, str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr
    outcome = json.loads(proc.stdout)
    assert outcome["left"] == []  # neither file nor .part
    assert [(e["type"], e["typed"], e["errno"]) for e in outcome["errors"]] == [
        ("DownloadWriteError", True, errno.EFBIG)
    ] * 2
    assert all(api.token not in e["text"] for e in outcome["errors"])


# --- 4. wait_many: one result per id asked for -----------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_wait_many_returns_one_result_per_id_in_order_repeats_included(
    fake_api: FakeMarketingAPI, flavour: str
) -> None:
    for task_id in (501, 502):
        fake_api.add_task({"task_id": task_id, "status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_COMPLETED"])
    asked = [501, 501, 502, "501"]
    if flavour == "sync":
        with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
            tasks = client.async_tasks.wait_many(account_id=fake_api.account_id, task_ids=asked, poll_interval=0.01)
    else:
        async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as aclient:
            tasks = await aclient.async_tasks.wait_many(
                account_id=fake_api.account_id, task_ids=asked, poll_interval=0.01
            )
    assert [t.task_id for t in tasks] == [501, 501, 502, 501]  # zip(task_ids, results) pairs each id with its task
    filters = [json.loads(r.params["filtering"])[0]["values"] for r in fake_api.requests]
    assert filters[0] == ["501", "502"]  # each distinct id polled once
    assert all(len(values) == len(set(values)) for values in filters)


# --- 5. the lows ------------------------------------------------------------------------------------------------


def _gzip_file_server(inflated: bytes) -> RawServer:
    packed = gzip.compress(inflated, compresslevel=9)

    def handler(conn: socket.socket, head: bytes) -> None:
        headers = {"Content-Encoding": "gzip"}
        conn.sendall(response(packed, content_type="application/octet-stream", headers=headers))

    return RawServer(handler)


def test_a_gzip_bomb_file_is_stopped_while_it_inflates(tmp_path: Path) -> None:
    bomb = b"\0" * (64 * 1024 * 1024)  # 64 MiB of zeros: ~64 KiB gzipped (1000x)
    with _gzip_file_server(bomb) as server, Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(ResponseTooLargeError, match="inflated") as info:
            client.async_task_files.download(account_id=1, task_id=2, file_id=3, dest=tmp_path / "f")
        assert len(server.heads) == 1  # not retried
    assert list(tmp_path.iterdir()) == []
    assert str(pickle.loads(pickle.dumps(info.value))) == str(info.value)  # noqa: S301 - our own bytes


def test_an_ordinary_compressed_file_still_downloads(tmp_path: Path) -> None:
    lines = [f"{n},campaign-{n % 97},{n * 7 % 1000},{hashlib.md5(str(n).encode()).hexdigest()}" for n in range(60000)]  # noqa: S324
    report = ("\n".join(lines) + "\n").encode()  # ~3 MiB of CSV, ~3x smaller gzipped
    with _gzip_file_server(report) as server, Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
        md5 = hashlib.md5(report).hexdigest()  # noqa: S324
        path = client.async_task_files.download(account_id=1, task_id=2, file_id=3, dest=tmp_path / "f", md5=md5)
    assert path.read_bytes() == report and _no_parts(tmp_path)


def _listing(files: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "task_id": 9001,
        "status": "TASK_STATUS_COMPLETED",
        "result": {"code": 0, "message": "", "data": {"file_info_list": files}},
    }


def test_download_files_fetches_a_repeated_file_once(fake_api: FakeMarketingAPI, tmp_path: Path) -> None:
    md5 = {n: hashlib.md5(file_content(n)).hexdigest() for n in (7, 8)}  # noqa: S324
    fake_api.add_task(_listing([{"file_id": n, "md5": md5[n]} for n in (7, 8, 7)]))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
        (task,) = client.async_tasks.get(
            account_id=fake_api.account_id, filtering=[{"field": "task_id", "operator": "EQUALS", "values": ["9001"]}]
        ).list_
        paths = client.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=tmp_path)
    assert [p.name for p in paths] == ["task-9001-file-7", "task-9001-file-8"]
    assert [r.params["file_id"] for r in fake_api.requests if "file_id" in r.params] == ["7", "8"]


@pytest.mark.parametrize(
    "junk",
    [{"file_id": "abc"}, {"file_id": -3}, {"md5": "0" * 32}, {"file_id": 8, "md5": "not-an-md5"}],
    ids=["text-id", "negative-id", "no-id", "bad-md5"],
)
async def test_download_files_reports_junk_entries_before_any_download(
    fake_api: FakeMarketingAPI, tmp_path: Path, junk: dict[str, Any]
) -> None:
    from tencent_ads_api.models.async_task import AsyncTask

    md5 = hashlib.md5(file_content(7)).hexdigest()  # noqa: S324
    task = AsyncTask.from_dict(_listing([{"file_id": 7, "md5": md5}, junk]))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(ResponseDecodeError, match=r"file_info_list\[1\]"):
            client.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=tmp_path)
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as aclient:
        with pytest.raises(ResponseDecodeError, match=r"file_info_list\[1\]"):
            await aclient.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=tmp_path)
    assert fake_api.requests == [] and list(tmp_path.iterdir()) == []


_UNCLOSED_SCRIPT = textwrap.dedent(
    """
    import asyncio
    from tencent_ads import AsyncClient
    from tencent_ads.testing import FakeMarketingAPI

    api = FakeMarketingAPI(validate=False).__enter__()
    client = AsyncClient(api.token, base_url=api.base_url)  # never closed

    async def main():
        assert client.backend == "aiohttp"
        await client.async_tasks.get(account_id=api.account_id)
        await client.async_task_files.get(account_id=api.account_id, task_id=1024, file_id=5)

    asyncio.run(main())
    print("done")
    """
)


def test_an_unclosed_aiohttp_client_says_nothing_at_exit() -> None:
    pytest.importorskip("httpx_aiohttp")
    quiet = subprocess.run(
        [sys.executable, "-c", _UNCLOSED_SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert quiet.returncode == 0 and quiet.stdout == "done\n", quiet.stderr
    assert "Unclosed" not in quiet.stderr and quiet.stderr == ""
    # with ResourceWarnings shown: one warning of ours, saying what to do, and none of aiohttp's
    shown = subprocess.run(
        [sys.executable, "-W", "always::ResourceWarning", "-c", _UNCLOSED_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Unclosed client session" not in shown.stderr and "Unclosed connector" not in shown.stderr
    assert shown.stderr.count("AsyncClient was not closed") == 1, shown.stderr


def test_raw_response_redacts_a_token_the_server_echoed() -> None:
    body = json.dumps({"code": 0, "message": "", "data": {}, "trace_id": "t-1"}).encode()
    echoed = {"X-Echo-Query": f"access_token={TOKEN}&nonce=1", "X-Debug-Token": f"Bearer {TOKEN}"}
    with (
        RawServer(lambda conn, head: conn.sendall(response(body, headers=echoed))) as server,
        Client(TOKEN, base_url=server.base_url, retry=0) as client,
    ):
        raw = client.with_raw_response.programmed_commponent_result.get(account_id=1, material_derive_id=2)
    assert TOKEN not in repr(raw) and TOKEN not in str(raw)
    assert all(TOKEN not in value for value in raw.headers.values())
    assert raw.headers["x-debug-token"] == "Bearer ***" and raw.trace_id == "t-1"
    assert TOKEN not in repr(pickle.loads(pickle.dumps(raw)))  # noqa: S301 - our own bytes


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_per_day_limit_is_never_retried(fake_api: FakeMarketingAPI, flavour: str) -> None:
    """11018: not by a call's retries (even with a short Retry-After), nor by wait's or wait_many's polling."""
    fake_api.set_schedule(lambda _n, _path: Fault("api_error", code=11018, retry_after="1"))
    policy = RetryPolicy(max_attempts=5, wait_initial=0.0, wait_max=0.0, wait_jitter=0.0)
    errors: list[RateLimitError] = []
    if flavour == "sync":
        with Client(fake_api.token, base_url=fake_api.base_url, retry=policy) as client:
            for call in (
                lambda: client.async_tasks.get(account_id=fake_api.account_id),
                lambda: client.async_tasks.wait(account_id=fake_api.account_id, task_id=1024, poll_interval=0.01),
                lambda: client.async_tasks.wait_many(
                    account_id=fake_api.account_id, task_ids=[1024, 2001], poll_interval=0.01
                ),
            ):
                with pytest.raises(RateLimitError) as info:
                    call()
                errors.append(info.value)
    else:
        async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=policy) as aclient:
            with pytest.raises(RateLimitError) as first:
                await aclient.async_tasks.get(account_id=fake_api.account_id)
            with pytest.raises(RateLimitError) as second:
                await aclient.async_tasks.wait(account_id=fake_api.account_id, task_id=1024, poll_interval=0.01)
            with pytest.raises(RateLimitError) as third:
                await aclient.async_tasks.wait_many(
                    account_id=fake_api.account_id, task_ids=[1024, 2001], poll_interval=0.01
                )
            errors += [first.value, second.value, third.value]
    assert len(fake_api.requests) == 3  # one request each
    assert all(e.code == 11018 and e.window == "day" and e.attempts == 1 for e in errors)
    assert all("retry tomorrow" in str(e) for e in errors)


@pytest.mark.parametrize("status", ["429 Too Many Requests", "503 Service Unavailable"])
def test_a_gateway_status_carrying_the_per_day_limit_is_not_retried(status: str) -> None:
    """A 429 or 503 is retried — unless its body is the API's own envelope saying 11018 (or 11017)."""
    from tencent_ads import HTTPStatusError

    day = json.dumps({"code": 11018, "message": "too many requests today for this API"}).encode()
    with RawServer(lambda conn, head: conn.sendall(response(day, status=status))) as server:
        with Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
            with pytest.raises(HTTPStatusError, match="11018") as info:
                client.async_tasks.get(account_id=1)
        assert len(server.heads) == 1 and info.value.attempts == 1
    busy = json.dumps({"code": 11016, "message": "too many requests per second"}).encode()
    with RawServer(lambda conn, head: conn.sendall(response(busy, status=status))) as server:
        with Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
            with pytest.raises(HTTPStatusError):
                client.async_tasks.get(account_id=1)
        assert len(server.heads) == FAST_RETRY.max_attempts  # a per-second limit is still retried
