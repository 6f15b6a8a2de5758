"""The file endpoint, through the spec: bytes on the file host, redirects followed without the token."""
# mypy: disable-error-code="union-attr,index,arg-type"

from __future__ import annotations

import hashlib
import json
import socket

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
