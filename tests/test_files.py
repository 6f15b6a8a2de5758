"""The file endpoint, through the spec: bytes on the file host, redirects followed without the token."""
# mypy: disable-error-code="union-attr,index,arg-type"

from __future__ import annotations

import hashlib
import json
import socket
from typing import Any

import httpx
import pytest
from tencent_ads import AsyncClient, Client, HTTPStatusError, InvalidRequestError
from tencent_ads.testing import FakeMarketingAPI
from tencent_ads.testing._data import file_content

from .conftest import FAST_RETRY
from .rawserver import RawServer, response

TOKEN = "files-token-0123456789abcdef"


def test_every_completed_task_file_matches_its_md5(fake_api: FakeMarketingAPI, client: Client) -> None:
    checked = 0
    for task in client.async_tasks.iterate(account_id=fake_api.account_id):
        if task.status.value != "TASK_STATUS_COMPLETED":
            continue
        for info in task.result.data.file_info_list:
            body = client.async_task_files.get(
                account_id=fake_api.account_id, task_id=task.task_id, file_id=info.file_id
            )
            assert isinstance(body, bytes) and hashlib.md5(body).hexdigest() == info.md5  # noqa: S324
            checked += 1
    assert checked == 19  # the doc task and 18 generated COMPLETED tasks
    files = [r for r in fake_api.requests if r.path == "/v3.0/async_task_files/get"]
    assert len(files) == 19 and all(r.token_known for r in files)


async def test_async_get_and_a_redirect_fetched_without_the_token() -> None:
    with FakeMarketingAPI(file_mode="redirect") as api:
        async with AsyncClient(api.token, base_url=api.base_url, retry=FAST_RETRY) as client:
            body = await client.async_task_files.get(account_id=api.account_id, task_id=1024, file_id=5)
        assert body == file_content(5)
        signed, download = api.requests
    assert (signed.path, signed.answered, signed.token_known) == ("/v3.0/async_task_files/get", "redirect", True)
    assert download.path == "/download/5" and download.answered == "download"
    assert not download.token_known and not {"access_token", "timestamp", "nonce"} & set(download.params)


def test_a_missing_file_is_an_api_error(fake_api: FakeMarketingAPI, client: Client) -> None:
    with pytest.raises(InvalidRequestError, match="does not exist or has expired"):
        client.async_task_files.get(account_id=fake_api.account_id, task_id=1024, file_id=6)
    with pytest.raises(InvalidRequestError):  # a task that is not COMPLETED has no file
        client.async_task_files.get(account_id=fake_api.account_id, task_id=2002, file_id=101)


def test_a_redirect_to_plain_http_elsewhere_is_refused() -> None:
    def handler(conn: socket.socket, head: bytes) -> None:
        conn.sendall(response(b"", status="302 Found", headers={"Location": "http://files.example.com/f.csv"}))

    with RawServer(handler) as server, Client(TOKEN, base_url=server.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(
            HTTPStatusError, match=r"refusing to follow the file's redirect to http://files\.example\.com"
        ):
            client.async_task_files.get(account_id=1, task_id=2, file_id=3)
        assert len(server.heads) == 1  # refused before any connection elsewhere, and not retried


def test_the_redirect_target_never_receives_the_token() -> None:
    with RawServer(lambda conn, head: conn.sendall(response(b"file-bytes", content_type="text/csv"))) as cdn:
        target = cdn.base_url.removesuffix("/v3.0") + f"/f.csv?x=1&access_token={TOKEN}&nonce=abc"

        def handler(conn: socket.socket, head: bytes) -> None:
            conn.sendall(response(b"", status="302 Found", headers={"Location": target}))

        with RawServer(handler) as api, Client(TOKEN, base_url=api.base_url, retry=0) as client:
            assert client.async_task_files.get(account_id=1, task_id=2, file_id=3) == b"file-bytes"
        assert TOKEN.encode() in api.heads[0]  # the API itself is signed ...
    (head,) = cdn.heads
    assert (
        TOKEN.encode() not in head and b"nonce" not in head and head.startswith(b"GET /f.csv?x=1 ")
    )  # ... the CDN not


def test_the_file_host_by_default_and_by_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    hosts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hosts.append(f"{request.url.host}{request.url.path}")
        if request.url.path.endswith("async_task_files/get"):
            return httpx.Response(200, content=b"x", headers={"Content-Type": "application/octet-stream"})
        return httpx.Response(200, content=json.dumps({"code": 0, "data": {}}).encode())

    monkeypatch.delenv("TENCENT_ADS_BASE_URL", raising=False)
    monkeypatch.delenv("TENCENT_ADS_FILE_BASE_URL", raising=False)
    transport = httpx.MockTransport(answer)
    with Client(TOKEN, transport=transport) as client:  # production: files from the spec's file host
        client.async_task_files.get(account_id=1, task_id=2, file_id=3)
        client.async_tasks.get(account_id=1)
    with Client(TOKEN, base_url="https://sandbox-api.e.qq.com/v3.0", transport=transport) as client:
        client.async_task_files.get(account_id=1, task_id=2, file_id=3)  # a custom base serves files too
    with Client(TOKEN, file_base_url="https://files.test/v3.0", transport=transport) as client:
        client.async_task_files.get(account_id=1, task_id=2, file_id=3)
    monkeypatch.setenv("TENCENT_ADS_FILE_BASE_URL", "https://env-files.test/v3.0")
    with Client(TOKEN, transport=transport) as client:
        client.async_task_files.get(account_id=1, task_id=2, file_id=3)
    assert hosts == [
        "dl.e.qq.com/v3.0/async_task_files/get",
        "api.e.qq.com/v3.0/async_tasks/get",
        "sandbox-api.e.qq.com/v3.0/async_task_files/get",
        "files.test/v3.0/async_task_files/get",
        "env-files.test/v3.0/async_task_files/get",
    ]


def test_the_generated_command_writes_the_file() -> None:
    import subprocess
    import sys

    args = ["--mock", "async-task-files", "get", "--account-id", "25610", "--task-id", "1024", "--file-id", "5"]
    result = subprocess.run([sys.executable, "-m", "tencent_ads", *args], capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == file_content(5)


# --- download: streamed to disk, md5-checked, atomic -------------------------------------------------------


def _no_parts(folder: object) -> bool:
    from pathlib import Path

    return not [p for p in Path(str(folder)).iterdir() if p.name.endswith(".part")]


def test_download_streams_checks_the_md5_and_renames(
    fake_api: FakeMarketingAPI, client: Client, tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    seen: list[tuple[int, int | None]] = []
    md5 = hashlib.md5(file_content(5)).hexdigest()  # noqa: S324
    path = client.async_task_files.download(
        account_id=fake_api.account_id,
        task_id=1024,
        file_id=5,
        dest=folder / "f.csv",
        md5=md5,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    assert path == folder / "f.csv" and path.read_bytes() == file_content(5)
    assert seen[-1] == (len(file_content(5)), len(file_content(5)))
    assert _no_parts(folder)


def test_a_wrong_md5_leaves_no_file(fake_api: FakeMarketingAPI, client: Client, tmp_path: object) -> None:
    from pathlib import Path

    from tencent_ads import DownloadIntegrityError

    folder = Path(str(tmp_path))
    with pytest.raises(DownloadIntegrityError) as info:
        client.async_task_files.download(
            account_id=fake_api.account_id, task_id=1024, file_id=5, dest=folder / "f.csv", md5="0" * 32
        )
    assert info.value.expected == "0" * 32 and info.value.size == len(file_content(5))
    assert list(folder.iterdir()) == []  # neither the file nor its temporary part


def test_a_failed_download_leaves_no_file(fake_api: FakeMarketingAPI, tmp_path: object) -> None:
    from pathlib import Path

    from tencent_ads.testing import Fault

    folder = Path(str(tmp_path))
    fake_api.inject(Fault("drop_connection"), Fault("drop_connection"))
    with Client(fake_api.token, base_url=fake_api.base_url, retry=0) as client:
        with pytest.raises(Exception):  # noqa: B017, PT011 - any failure: the point is what is left on disk
            client.async_task_files.download(account_id=fake_api.account_id, task_id=1024, file_id=5, dest=folder / "f")
    assert list(folder.iterdir()) == []
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:  # retried: a whole file
        path = client.async_task_files.download(
            account_id=fake_api.account_id, task_id=1024, file_id=5, dest=folder / "f"
        )
    assert path.read_bytes() == file_content(5) and _no_parts(folder)


def test_download_files_gets_every_completed_task_file(
    fake_api: FakeMarketingAPI, client: Client, tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    paths = []
    for task in client.async_tasks.iterate(account_id=fake_api.account_id):
        if task.status.value == "TASK_STATUS_COMPLETED":
            paths += client.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=folder)
    assert len(paths) == 19 and sorted(folder.iterdir()) == sorted(paths)
    assert (folder / "task-1024-file-5").read_bytes() == file_content(5)


async def test_async_download_through_a_redirect(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    with FakeMarketingAPI(file_mode="redirect") as api:
        async with AsyncClient(api.token, base_url=api.base_url, retry=FAST_RETRY) as client:
            task = (await client.async_tasks.get(account_id=api.account_id, page_size=1)).list_[0]
            (path,) = await client.async_tasks.download_files(account_id=api.account_id, task=task, dest_dir=folder)
        assert path.read_bytes() == file_content(5)
        assert not api.requests[-1].token_known and api.requests[-1].path == "/download/5"


@pytest.mark.parametrize(
    "kwargs",
    [{"dest": "/no/such/folder/f"}, {"md5": "xyz"}, {"on_progress": 5}, {"max_bytes": 0}],
)
def test_bad_download_arguments_are_refused_before_any_io(
    fake_api: FakeMarketingAPI, client: Client, tmp_path: object, kwargs: dict[str, object]
) -> None:
    from tencent_ads import RequestValidationError

    arguments: dict[str, object] = {"dest": f"{tmp_path}/f", **kwargs}
    with pytest.raises(RequestValidationError):
        client.async_task_files.download(account_id=1, task_id=2, file_id=3, **arguments)
    assert fake_api.requests == []


# --- the CLI and the fake's file modes ---------------------------------------------------------------------


def _cli(api: FakeMarketingAPI, *args: str) -> Any:
    from tencent_ads.cli import app
    from typer.testing import CliRunner

    base = ["--access-token", api.token, "--base-url", api.base_url, "--max-retries", "0"]
    return CliRunner().invoke(app, [*base, *args])


def test_cli_downloads_every_completed_task_of_the_listing(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    with FakeMarketingAPI() as api:
        listed = _cli(api, "async-tasks", "get", "--account-id", str(api.account_id), "--all")
        tasks = json.loads(listed.stdout)["list"]
        done = [t for t in tasks if t["status"] == "TASK_STATUS_COMPLETED"]
        for task in done:
            result = _cli(
                api,
                "async-tasks",
                "download",
                "--account-id",
                str(api.account_id),
                "--task-id",
                str(task["task_id"]),
                "--output-dir",
                str(folder),
            )
            assert result.exit_code == 0, result.output
            for info in task["result"]["data"]["file_info_list"]:
                path = folder / f"task-{task['task_id']}-file-{info['file_id']}"
                assert result.stdout.strip().endswith(str(path))
                assert hashlib.md5(path.read_bytes()).hexdigest() == info["md5"]  # noqa: S324
    assert len(done) == 19


def test_cli_download_refusals(fake_api: FakeMarketingAPI, tmp_path: object) -> None:
    args = ["async-tasks", "download", "--account-id", str(fake_api.account_id), "--output-dir", str(tmp_path)]
    assert _cli(fake_api, *args, "--task-id", "2002").exit_code == 3  # not COMPLETED
    assert _cli(fake_api, *args, "--task-id", "424242").exit_code == 1  # no such task
    assert _cli(fake_api, *args, "--task-id", "1024", "--file-id", "6").exit_code == 2  # the task lists file 5


@pytest.mark.parametrize(
    ("mode", "error"),
    [("corrupted", "DownloadIntegrityError"), ("expired", "InvalidRequestError")],
)
def test_the_fake_file_modes(mode: str, error: str, tmp_path: object) -> None:
    from pathlib import Path

    import tencent_ads

    folder = Path(str(tmp_path))
    md5 = hashlib.md5(file_content(5)).hexdigest()  # noqa: S324
    with FakeMarketingAPI(file_mode=mode) as api, Client(api.token, base_url=api.base_url, retry=0) as client:
        with pytest.raises(getattr(tencent_ads, error)):
            client.async_task_files.download(
                account_id=api.account_id, task_id=1024, file_id=5, dest=folder / "f", md5=md5
            )
    assert list(folder.iterdir()) == []


def test_a_slow_file_is_bounded_by_the_deadline(tmp_path: object) -> None:
    from pathlib import Path

    from tencent_ads import DeadlineExceededError, RetryPolicy

    folder = Path(str(tmp_path))
    with FakeMarketingAPI(file_mode="slow") as api:
        with Client(api.token, base_url=api.base_url, retry=RetryPolicy(deadline=0.8)) as client:
            with pytest.raises(DeadlineExceededError):
                client.async_task_files.download(account_id=api.account_id, task_id=1024, file_id=5, dest=folder / "f")
        with Client(api.token, base_url=api.base_url) as client:  # without a tight deadline it arrives whole
            path = client.async_task_files.download(
                account_id=api.account_id, task_id=1024, file_id=5, dest=folder / "f"
            )
    assert path.read_bytes() == file_content(5) and _no_parts(folder)


def test_a_downloaded_file_gets_the_usual_permissions(
    fake_api: FakeMarketingAPI, client: Client, tmp_path: object
) -> None:
    import os
    from pathlib import Path

    umask = os.umask(0o022)
    os.umask(umask)
    path = client.async_task_files.download(
        account_id=fake_api.account_id, task_id=1024, file_id=5, dest=Path(str(tmp_path)) / "f"
    )
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600


def test_cli_download_run_again_skips_the_files_it_has_and_says_so(
    fake_api: FakeMarketingAPI, tmp_path: object
) -> None:
    args = ["async-tasks", "download", "--account-id", str(fake_api.account_id), "--output-dir", str(tmp_path)]
    first = _cli(fake_api, *args, "--task-id", "1024")
    assert first.exit_code == 0 and "skipped" not in first.stderr
    files_before = sum(1 for r in fake_api.requests if r.path.endswith("/async_task_files/get"))
    again = _cli(fake_api, *args, "--task-id", "1024")
    assert again.exit_code == 0
    assert again.stdout == first.stdout  # the same paths
    assert "already here with md5 as listed — skipped" in again.stderr
    assert sum(1 for r in fake_api.requests if r.path.endswith("/async_task_files/get")) == files_before
