"""The tencent-ads command end to end: every command, every exit code, JSON shapes, the plain progress form."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from tencent_ads.cli import app
from tencent_ads.testing import FakeMarketingAPI, Fault
from typer.testing import CliRunner

runner = CliRunner()


def run(api: FakeMarketingAPI | None, *args: str) -> Any:
    base = ["--access-token", api.token, "--base-url", api.base_url, "--max-retries", "0"] if api else []
    return runner.invoke(app, [*base, *args])


def test_entry_point_main_job_runs_without_credentials() -> None:
    """The README's main job: a real process, the installed entry point, the embedded fake server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENCENT_ADS_")}
    proc = subprocess.run(
        [sys.executable, "-m", "tencent_ads", "--mock", "async-tasks", "get", "--account-id", "25610", "--all"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["page_info"]["total_number"] == 47 == len(document["list"])


def test_get_json_shape(fake_api: FakeMarketingAPI) -> None:
    result = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id), "--page-size", "5")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"list", "page_info"}
    assert document["page_info"] == {"page": 1, "page_size": 5, "total_number": 46, "total_page": 10}
    assert document["list"][0]["task_id"] == 1024


def test_get_all_pages(fake_api: FakeMarketingAPI) -> None:
    result = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id), "--all", "--page-size", "20")
    document = json.loads(result.stdout)
    assert document["page_info"] == {
        "page": 1,
        "page_size": 46,
        "total_number": 46,
        "total_page": 1,
    }  # one page's shape
    assert [r.params["page"] for r in fake_api.requests] == ["1", "2", "3"]


def test_filtering_json_and_shorthand_are_combined(fake_api: FakeMarketingAPI) -> None:
    result = run(
        fake_api,
        "async-tasks",
        "get",
        "--account-id",
        str(fake_api.account_id),
        "--filtering",
        '[{"field":"task_type","operator":"EQUALS","values":["TASK_TYPE_DELETE_ADGROUP_NEW"]}]',
        "--filter",
        "status IN TASK_STATUS_COMPLETED,TASK_STATUS_FAIL",
    )
    assert result.exit_code == 0, result.output
    sent = json.loads(fake_api.requests[-1].params["filtering"])
    assert sent == [
        {"field": "task_type", "operator": "EQUALS", "values": ["TASK_TYPE_DELETE_ADGROUP_NEW"]},
        {"field": "status", "operator": "IN", "values": ["TASK_STATUS_COMPLETED", "TASK_STATUS_FAIL"]},
    ]
    assert all(t["task_type"] == "TASK_TYPE_DELETE_ADGROUP_NEW" for t in json.loads(result.stdout)["list"])


def test_table_output(fake_api: FakeMarketingAPI) -> None:
    result = run(fake_api, "--output", "table", "async-tasks", "get", "--account-id", str(fake_api.account_id))
    assert result.exit_code == 0
    assert "task_id" in result.stdout and "1024" in result.stdout and "2014-06-20" in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--filter", "task_id LESS 5"], "operator 'LESS' is not allowed for field 'task_id'"),
        (["--filter", "task_id"], "expected 'FIELD OPERATOR V1,V2,...'"),
        (["--filtering", "{not json"], "not JSON"),
        (["--page-size", "500"], "500"),
    ],
)
def test_usage_and_validation_errors_exit_2_before_any_io(
    fake_api: FakeMarketingAPI, args: list[str], needle: str
) -> None:
    result = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id), *args)
    assert result.exit_code == 2
    assert needle in result.stderr
    assert fake_api.requests == []
    assert "Traceback" not in result.stderr


def test_api_error_exits_1_with_one_clear_message(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("api_error", code=11000, message="access token expired"))
    result = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: API error code 11000: access token expired")
    assert "Traceback" not in result.stderr and fake_api.token not in result.stderr


def test_transport_error_exits_1(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("html_error_page", status=502))
    result = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id))
    assert result.exit_code == 1
    assert "HTTP 502" in result.stderr


def test_verbose_logs_requests_with_the_token_redacted(fake_api: FakeMarketingAPI) -> None:
    env = {**os.environ, "TENCENT_ADS_ACCESS_TOKEN": fake_api.token, "TENCENT_ADS_BASE_URL": fake_api.base_url}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tencent_ads",
            "--verbose",
            "async-tasks",
            "get",
            "--account-id",
            str(fake_api.account_id),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0
    assert "HTTP Request: GET" in proc.stderr and "access_token=***" in proc.stderr
    assert "GET /async_tasks/get -> 200" in proc.stderr
    assert fake_api.token not in proc.stderr + proc.stdout


def test_derive_get(fake_api: FakeMarketingAPI) -> None:
    result = run(
        fake_api,
        "programmed-commponent-result",
        "get",
        "--account-id",
        str(fake_api.account_id),
        "--material-derive-id",
        "116922",
    )
    document = json.loads(result.stdout)
    assert document["material_derive_id"] == 116922
    assert document["list"][0]["derive_material"] == {"material_id": 3173292726, "type": "IMAGE"}
    table = run(
        fake_api,
        "programmed-commponent-result",
        "get",
        "--account-id",
        str(fake_api.account_id),
        "--material-derive-id",
        "116922",
        "-o",
        "table",
    )
    assert "1143930" in table.stdout


def test_wait_completed_with_plain_progress_lines(fake_api: FakeMarketingAPI) -> None:
    fake_api.add_task(
        {"task_id": 7001, "status": "TASK_STATUS_PENDING"},
        progression=["TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"],
    )
    result = run(
        fake_api,
        "async-tasks",
        "wait",
        "--account-id",
        str(fake_api.account_id),
        "--task-id",
        "7001",
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert [line.split()[2] for line in lines] == [
        "status=TASK_STATUS_PENDING",
        "status=TASK_STATUS_PROCESSING",
        "status=TASK_STATUS_COMPLETED",
    ]
    assert json.loads(result.stdout)["status"] == "TASK_STATUS_COMPLETED"


def test_wait_failed_task_exits_3(fake_api: FakeMarketingAPI) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_FAIL"})
    result = run(fake_api, "async-tasks", "wait", "--account-id", str(fake_api.account_id), "--task-id", "7001")
    assert result.exit_code == 3
    assert "finished with TASK_STATUS_FAIL" in result.stderr


def test_wait_timeout_exits_4(fake_api: FakeMarketingAPI) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PROCESSING"})
    result = run(
        fake_api,
        "async-tasks",
        "wait",
        "--account-id",
        str(fake_api.account_id),
        "--task-id",
        "7001",
        "--timeout",
        "0.2",
        "--poll-interval",
        "0.05",
    )
    assert result.exit_code == 4
    assert "last status TASK_STATUS_PROCESSING" in result.stderr


def test_validate_exit_codes_and_json() -> None:
    good = run(None, "validate", "--no-auth", "/async_tasks/get?account_id=1")
    assert good.exit_code == 0 and json.loads(good.stdout) == {"valid": True, "violations": []}
    bad = run(None, "validate", "https://api.e.qq.com/v3.0/async_tasks/get?account_id=x&page_size=0")
    assert bad.exit_code == 1
    texts = [v["text"] for v in json.loads(bad.stdout)["violations"]]
    assert "account_id: expected a value of type integer, got 'x'" in texts
    assert "page_size: expected ≥ 1 (minimum), got 0" in texts
    assert "access_token: expected the global parameter (every call carries it), got nothing" in texts
    table = run(None, "validate", "-o", "table", "--no-auth", "/async_tasks/get?account_id=1&page=0")
    assert table.exit_code == 1 and "✗ page: expected ≥ 1 (minimum), got 0" in table.stdout


def test_missing_token_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENCENT_ADS_ACCESS_TOKEN", raising=False)
    result = run(None, "async-tasks", "get", "--account-id", "1")
    assert result.exit_code == 2
    assert "no access token" in result.stderr


def test_plain_http_to_remote_is_refused() -> None:
    result = run(
        None, "--access-token", "t", "--base-url", "http://10.0.0.1/v3.0", "async-tasks", "get", "--account-id", "1"
    )
    assert result.exit_code == 2 and "plain http" in result.stderr


def test_help_shows_examples() -> None:
    for args in (
        [],
        ["async-tasks", "get"],
        ["async-tasks", "wait"],
        ["programmed-commponent-result", "get"],
        ["validate"],
        ["mock-server"],
    ):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout or "tencent-ads" in result.stdout


GET_ARGS = ["async-tasks", "get", "--account-id", "25610"]


def test_mock_server_command_serves_until_stopped() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "tencent_ads", "mock-server", "--port", "0", "--duration", "20"],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            base_url = proc.stdout.readline().strip()
            assert base_url.startswith("http://127.0.0.1:")
            assert base_url.endswith("/v3.0")
            result = runner.invoke(
                app,
                ["--access-token", "fake-access-token-0123456789", "--base-url", base_url, *GET_ARGS],
            )
            assert result.exit_code == 0, result.output
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_cli_libraries_stay_off_the_import_path() -> None:
    code = "import sys, tencent_ads; print(any(m in sys.modules for m in ('typer', 'rich', 'click')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_wait_shows_a_live_status_on_a_terminal(fake_api: FakeMarketingAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    import tencent_ads.cli as cli
    from rich.console import Console

    screen = io.StringIO()
    monkeypatch.setattr(cli, "_err", Console(file=screen, force_terminal=True, width=100))
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_COMPLETED"])
    result = run(
        fake_api,
        "async-tasks",
        "wait",
        "--account-id",
        str(fake_api.account_id),
        "--task-id",
        "7001",
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 0, result.output
    shown = screen.getvalue()
    assert "task 7001: TASK_STATUS_" in shown  # the live line (spinner, status, elapsed), redrawn in place
    assert "\x1b[" in shown  # terminal control sequences, not plain lines
    assert "status=TASK_STATUS_PENDING" not in shown and "status=" not in result.stderr


def test_fields_option(fake_api: FakeMarketingAPI) -> None:
    result = run(
        fake_api,
        "async-tasks",
        "get",
        "--account-id",
        str(fake_api.account_id),
        "--page-size",
        "2",
        "--fields",
        "task_id,status",
    )
    assert [sorted(t) for t in json.loads(result.stdout)["list"]] == [["status", "task_id"]] * 2
    bad = run(
        fake_api,
        "programmed-commponent-result",
        "get",
        "--account-id",
        "1",
        "--material-derive-id",
        "1",
        "--fields",
        "a/b",
    )
    assert bad.exit_code == 2 and "forbidden character" in bad.stderr


# --- the token from a file or standard input (never on the command line, where `ps` shows it) -----------


def test_access_token_from_a_file_and_from_stdin(fake_api: FakeMarketingAPI, tmp_path: Any) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(f"  {fake_api.token}\n")
    base = ["--base-url", fake_api.base_url, "--max-retries", "0"]
    get = ["async-tasks", "get", "--account-id", str(fake_api.account_id), "--page-size", "1"]
    from_file = runner.invoke(app, ["--access-token-file", str(token_file), *base, *get])
    assert from_file.exit_code == 0, from_file.output
    from_stdin = runner.invoke(app, ["--access-token-file", "-", *base, *get], input=fake_api.token + "\n")
    assert from_stdin.exit_code == 0, from_stdin.output
    assert [r.token_known for r in fake_api.requests] == [True, True]


def test_access_token_file_errors_are_usage_errors(fake_api: FakeMarketingAPI, tmp_path: Any) -> None:
    get = ["--base-url", fake_api.base_url, "async-tasks", "get", "--account-id", "1"]
    missing = runner.invoke(app, ["--access-token-file", str(tmp_path / "nope"), *get])
    assert missing.exit_code == 2 and "cannot read" in missing.output
    empty = tmp_path / "empty"
    empty.write_text("\n")
    assert runner.invoke(app, ["--access-token-file", str(empty), *get]).exit_code == 2
    both = runner.invoke(app, ["--access-token", "x" * 10, "--access-token-file", str(empty), *get])
    assert both.exit_code == 2 and "not both" in both.output
    assert fake_api.requests == []


def test_validate_reports_a_non_list_filtering() -> None:
    for filtering in ("5", "true", "0.5"):
        result = runner.invoke(app, ["validate", "--no-auth", f"/async_tasks/get?account_id=1&filtering={filtering}"])
        assert result.exit_code == 1, result.output
        assert "filtering" in result.stdout


def test_wait_for_several_tasks(fake_api: FakeMarketingAPI) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_COMPLETED"])
    args = ["async-tasks", "wait", "--account-id", str(fake_api.account_id), "--poll-interval", "0.01"]
    result = run(fake_api, *args, "--task-id", "7001", "--task-id", "1024")
    assert result.exit_code == 0, result.output
    assert [t["task_id"] for t in json.loads(result.stdout)] == [7001, 1024]
    assert "tasks finished=2/2" in result.stderr
    assert len(fake_api.requests) == 2  # one request per poll for both
    missing = run(fake_api, *args, "--task-id", "1024", "--task-id", "424242")
    assert missing.exit_code == 1 and "424242" in missing.stderr


def test_the_table_fits_80_columns_one_line_per_task() -> None:
    from rich.cells import cell_len

    env = {k: v for k, v in os.environ.items() if not k.startswith("TENCENT_ADS_")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tencent_ads",
            "--mock",
            "--output",
            "table",
            "async-tasks",
            "get",
            "--account-id",
            "25610",
        ],
        capture_output=True,
        text=True,
        env={**env, "COLUMNS": "80"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    rows = [line for line in lines if line.startswith("│")]
    assert len(rows) == 10  # page 1: ten tasks, one line each
    assert max(cell_len(line) for line in lines) <= 80
    assert "COMPLETED" in proc.stdout and "TASK_STATUS_" not in proc.stdout  # enum prefixes dropped in tables


def test_csv_and_jsonl_output(fake_api: FakeMarketingAPI) -> None:
    import csv
    import io

    args = ["async-tasks", "get", "--account-id", str(fake_api.account_id), "--page-size", "3"]
    rows = list(csv.DictReader(io.StringIO(run(fake_api, "-o", "csv", *args).stdout)))
    assert [r["task_id"] for r in rows] == ["1024", "2001", "2002"]
    assert json.loads(rows[0]["result"])["data"]["file_info_list"][0]["file_id"] == 5  # nested values as JSON
    lines = run(fake_api, "-o", "jsonl", *args).stdout.splitlines()
    assert [json.loads(line)["task_id"] for line in lines] == [1024, 2001, 2002]
    derive = run(
        fake_api,
        "-o",
        "jsonl",
        "programmed-commponent-result",
        "get",
        "--account-id",
        str(fake_api.account_id),
        "--material-derive-id",
        "116922",
    ).stdout.splitlines()
    assert len(derive) == 4  # one line per derived component


def test_messages_say_what_to_do_in_shell_terms(fake_api: FakeMarketingAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENCENT_ADS_ACCESS_TOKEN", raising=False)
    missing = runner.invoke(app, ["async-tasks", "get", "--account-id", "1"])
    assert missing.exit_code == 2 and "--access-token" in missing.output and "access_token=" not in missing.output
    for code, advice in ((11017, "about 5 minutes"), (11000, "oauth refresh"), (12201, "--account-id")):
        fake_api.inject(Fault("api_error", code=code, message="refused"))
        result = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id))
        assert result.exit_code == 1 and "what to do:" in result.output and advice in result.output, result.output


def test_a_connect_error_names_the_host_and_an_html_page_is_summarised(fake_api: FakeMarketingAPI) -> None:
    refused = runner.invoke(
        app,
        [
            "--access-token",
            "t" * 12,
            "--base-url",
            "http://127.0.0.1:9/v3.0",
            "--max-retries",
            "0",
            "async-tasks",
            "get",
            "--account-id",
            "1",
        ],
    )
    assert refused.exit_code == 1 and "127.0.0.1:9" in refused.output
    fake_api.inject(Fault("html_error_page", status=502))
    page = run(fake_api, "async-tasks", "get", "--account-id", str(fake_api.account_id))
    assert page.exit_code == 1 and "HTTP 502: an HTML page" in page.output
    assert "<html" not in page.output.lower() and len(page.output.splitlines()) <= 2


def _commands(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import typer.main

    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    found = []
    for name, command in getattr(click_group, "commands", {}).items():
        found.append((*path, name))
        found += _commands(command, (*path, name)) if hasattr(command, "commands") else []
    return found


def test_help_examples_copy_paste_at_80_columns() -> None:
    """Every example line of every command's help is printed whole at 80 columns (no wrap inside an argument)."""
    env = {"COLUMNS": "80", "TERM": "dumb"}
    checked = 0
    for path in _commands(app):
        result = runner.invoke(app, [*path, "--help"], env=env)
        assert result.exit_code == 0, path
        command = typer_command(path)
        for line in (command.help or "").splitlines():
            text = line.strip()
            if text.startswith(("tencent-ads ", "export ", "--", "'")):
                assert len(line) <= 76, f"{path}: {line!r} is too long for 80 columns"
                assert text.rstrip("\\").rstrip() in result.output, f"{path}: {text!r} was wrapped"
                checked += 1
    assert checked >= 12


def typer_command(path: tuple[str, ...]) -> Any:
    import typer.main

    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


def test_fields_pick_the_table_columns(fake_api: FakeMarketingAPI) -> None:
    result = runner.invoke(
        app,
        [
            "--access-token",
            fake_api.token,
            "--base-url",
            fake_api.base_url,
            "--output",
            "table",
            "async-tasks",
            "get",
            "--account-id",
            str(fake_api.account_id),
            "--fields",
            "task_id,status",
        ],
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[1]
    assert "task_id" in header and "status" in header and "type" not in header and "created" not in header
