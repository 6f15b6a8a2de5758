"""The fake server answers every request, however hostile, and its tasks move only when a read is delivered."""
# mypy: disable-error-code="union-attr,index,misc"

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import time
import urllib.parse
from pathlib import Path

import pytest
from tencent_ads import Client, Filter, RequestTimeoutError, RetryPolicy
from tencent_ads.testing import ASYNC_TASKS_PATH, FakeMarketingAPI, Fault


def raw_exchange(api: FakeMarketingAPI, payload: bytes, *, read_timeout: float = 5.0) -> bytes:
    port = int(api.base_url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as sock:
        sock.sendall(payload)
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return received
            received += chunk  # the request asked for Connection: close: the answer ends with EOF


def signed_target(api: FakeMarketingAPI, **params: str) -> str:
    query = {"access_token": api.token, "timestamp": str(int(time.time())), "nonce": f"n{time.monotonic_ns()}"}
    query.update(params)
    return f"{ASYNC_TASKS_PATH}?{urllib.parse.urlencode(query)}"


def get(api: FakeMarketingAPI, target: str, method: str = "GET", extra: bytes = b"") -> bytes:
    head = f"{method} {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n".encode() + extra + b"\r\n"
    return raw_exchange(api, head)


def envelope(answer: bytes) -> dict[str, object]:
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head
    document: dict[str, object] = json.loads(body)
    return document


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"account_id": "25610", "timestamp": "9" * 5000}, 12101),
        ({"account_id": "9" * 5000}, 18001),
        ({"account_id": "25610", "filtering": "[" * 2500 + "]" * 2500}, 12003),
        ({"account_id": "25610", "fields": "[" * 2500 + "]" * 2500}, 12009),
        ({"account_id": "25610", "fields": '["task_id\\n"]'}, 12009),
        ({"account_id": "25610", "filtering": "5"}, 18001),
        ({"account_id": "25610", "filtering": "true"}, 18001),
    ],
    ids=[
        "timestamp-5000-digits",
        "account-5000-digits",
        "filtering-2500-deep",
        "fields-2500-deep",
        "fields-trailing-newline",
        "filtering-number",
        "filtering-true",
    ],
)
def test_hostile_parameters_get_an_api_error(fake_api: FakeMarketingAPI, params: dict[str, str], code: int) -> None:
    answer = envelope(get(fake_api, signed_target(fake_api, **params)))
    assert answer["code"] == code, answer


def test_malformed_http_gets_400(fake_api: FakeMarketingAPI) -> None:
    answer = raw_exchange(fake_api, b"GARBAGE\x00 / HTTP/1.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400")


def test_an_oversized_head_gets_431(fake_api: FakeMarketingAPI) -> None:
    answer = get(fake_api, signed_target(fake_api, account_id="1"), extra=b"X-Big: " + b"a" * 200_000 + b"\r\n")
    assert answer.startswith(b"HTTP/1.1 431")


def test_a_target_over_64_kib_gets_414(fake_api: FakeMarketingAPI) -> None:
    answer = get(fake_api, signed_target(fake_api, account_id="1", task_name="x" * 70_000))
    assert answer.startswith(b"HTTP/1.1 414")


def test_other_methods_get_405_with_allow(fake_api: FakeMarketingAPI) -> None:
    answer = get(fake_api, ASYNC_TASKS_PATH, method="TRACE")
    head = answer.partition(b"\r\n\r\n")[0].lower()
    assert head.startswith(b"http/1.1 405") and b"\r\nallow: get" in head


def test_idle_connections_are_closed() -> None:
    with FakeMarketingAPI(idle_timeout=0.3, validate=False) as api:
        port = int(api.base_url.split(":")[2].split("/")[0])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            started = time.monotonic()
            assert sock.recv(1) == b""  # closed by the server
            assert time.monotonic() - started < 3


def test_filters_see_what_a_read_shows(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.add_task(
        {"task_id": 7001, "status": "TASK_STATUS_PENDING"},
        progression=["TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"],
        every=0.1,
    )
    time.sleep(0.35)

    def found(status: str) -> list[int]:
        rows = client.async_tasks.get(
            account_id=fake_api.account_id,
            filtering=[
                {"field": "status", "operator": "EQUALS", "values": [status]},
                {"field": "task_id", "operator": "EQUALS", "values": ["7001"]},
            ],
        ).list_
        return [t.task_id for t in rows]

    assert found("TASK_STATUS_PENDING") == []
    assert found("TASK_STATUS_COMPLETED") == [7001]


def test_a_read_the_client_never_received_does_not_advance_a_task(fake_api: FakeMarketingAPI) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_COMPLETED"])
    fake_api.inject(Fault("slow", delay=0.6, path=ASYNC_TASKS_PATH))
    by_id: list[Filter] = [{"field": "task_id", "operator": "EQUALS", "values": ["7001"]}]
    with Client(fake_api.token, base_url=fake_api.base_url, timeout=0.2, retry=RetryPolicy.none()) as client:
        with pytest.raises(RequestTimeoutError):
            client.async_tasks.get(account_id=fake_api.account_id, filtering=by_id)
        time.sleep(0.8)  # the slow answer found the client gone
        # the reads that follow wait longer than 0.2 s: on a busy machine the fake may take that long (a flake)
        first = client.async_tasks.get(account_id=fake_api.account_id, filtering=by_id, timeout=10).list_[0]
        second = client.async_tasks.get(account_id=fake_api.account_id, filtering=by_id, timeout=10).list_[0]
    assert (first.status.value, second.status.value) == ("TASK_STATUS_PENDING", "TASK_STATUS_COMPLETED")


def test_the_mock_task_completes_with_a_result_file() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tencent_ads.cli",
            "--mock",
            "async-tasks",
            "wait",
            "--account-id",
            "25610",
            "--task-id",
            "1025",
            "--poll-interval",
            "0.5",
            "--timeout",
            "20",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    task = json.loads(result.stdout)
    assert task["status"] == "TASK_STATUS_COMPLETED"
    assert task["result"]["data"]["file_info_list"][0]["file_id"] == 1025001


def test_stopping_with_pooled_connections_prints_nothing() -> None:
    code = textwrap.dedent(
        """
        import asyncio, threading
        from tencent_ads import AsyncClient, Client
        from tencent_ads.testing import FakeMarketingAPI, Fault
        api = FakeMarketingAPI(validate=False).start()
        clients = [Client(api.token, base_url=api.base_url) for _ in range(5)]
        for c in clients:
            c.async_tasks.get(account_id=api.account_id)
        async def many():
            async with AsyncClient(api.token, base_url=api.base_url) as c:
                await asyncio.gather(*[c.async_tasks.get(account_id=api.account_id) for _ in range(20)])
                api.inject(Fault("slow", delay=2))
                slow = asyncio.create_task(c.async_tasks.get(account_id=api.account_id, retry=0))
                await asyncio.sleep(0.3)
                await asyncio.to_thread(api.stop)
                await asyncio.gather(slow, return_exceptions=True)
        asyncio.run(many())
        """
    )
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parent,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "CancelledError" not in result.stderr, result.stderr


def test_the_pytest_plugin_works_in_strict_asyncio_mode(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import pytest

            @pytest.mark.asyncio
            async def test_async_fixture(tencent_ads_async_client, tencent_ads_fake_api):
                page = await tencent_ads_async_client.async_tasks.get(account_id=tencent_ads_fake_api.account_id)
                assert page.page_info.total_number == 46

            def test_sync_fixture(tencent_ads_client):
                assert tencent_ads_client.async_tasks.get(account_id=25610).page_info.total_number == 46
            """
        )
    )
    for mode in ("strict", "auto"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-o",
                f"asyncio_mode={mode}",
                "-o",
                "asyncio_default_fixture_loop_scope=function",
                "-W",
                "error",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp_path,
        )
        assert result.returncode == 0, mode + result.stdout[-3000:]
        assert "2 passed" in result.stdout
