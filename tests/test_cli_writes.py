"""The CLI's writes: ``async-tasks add`` generated from the spec's JSON body, its options and their checks, an
unknown outcome's message and exit code, ``validate --body``, and the bounds the commands take from the spec.

The wire is a real loopback server (``RawServer``) that records each request and answers as the test says:
on time or never. Nothing here stubs the client.
"""

from __future__ import annotations

import contextlib
import json
import shlex
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import tencent_ads.cli as cli
import typer
from tencent_ads._cli_spec import BodyOption, body_options, make_command, parse_body_value
from tencent_ads._descriptors import Operation, Schema
from tencent_ads.cli import EXIT_OUTCOME_UNKNOWN, app
from tencent_ads.testing import FakeMarketingAPI
from tencent_ads_generated.spec_data import OPERATIONS
from typer.testing import CliRunner

from .rawserver import RawServer, Recorder, recording_servers, response

runner = CliRunner()
TOKEN = "cli-write-token-0123456789"
ADD = OPERATIONS["async_tasks_add"]
SPEC = '{"task_type_agency_ad_hourly_report_spec": {"date": "2026-12-04"}}'
ADD_ARGS = [
    "async-tasks",
    "add",
    "--account-id",
    "25610",
    "--task-name",
    "daily",
    "--task-type",
    "TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
    "--task-spec",
    SPEC,
]


def envelope(data: Any) -> bytes:
    return json.dumps({"code": 0, "message": "", "message_cn": "", "data": data}).encode()


def answer(data: Any) -> Callable[[socket.socket], None]:
    return lambda conn: conn.sendall(
        response(envelope(data), headers={"Connection": "close"})
    )  # one request per connection


def never_answer(conn: socket.socket) -> None:
    """Read the request, answer nothing: the client times out after its request went out."""
    conn.settimeout(10)
    with contextlib.suppress(OSError):
        conn.recv(1)  # returns when the client gives up and closes


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket], None]], tuple[RawServer, Recorder]]]:
    with recording_servers() as start:
        yield lambda behaviour: start(lambda conn, n: behaviour(conn))


def against(base_url: str, *args: str, timeout: str = "30") -> Any:
    return runner.invoke(
        app, ["--access-token", TOKEN, "--base-url", base_url, "--timeout", timeout, "--max-retries", "2", *args]
    )


# --- the generated command: options from the body's schema -----------------------------------------------


def test_add_help_lists_every_body_member_and_marks_the_required() -> None:
    result = runner.invoke(app, ["async-tasks", "add", "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    options: dict[str, str] = {}  # each option's block of help lines, by its flag
    flag = ""
    for line in result.output.split("Options:", 1)[1].splitlines():
        if line.startswith("  -"):
            flag = line.split()[0]
            options[flag] = ""
        if flag:
            options[flag] += " " + line.strip()
    required = ADD.body.required if ADD.body else frozenset()
    assert required == {"account_id", "task_name", "task_type"}
    for member, schema in ADD.body_fields.items():
        flag = "--" + member.replace("_", "-")
        assert flag in options, f"{flag} missing from the help"
        assert (schema.description or member)[:20] in options[flag]
        assert ("required]" in options[flag]) == (member in required)  # [required] or [1<=x...; required]
    assert "JSON|@FILE" in options["--task-spec"]


def _example_args(path: tuple[str, ...]) -> list[str]:
    """The arguments of the first example of a command's help, as a shell would split them."""
    import typer.main

    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    text = command.help.split("Example:", 1)[1].replace("\b", "")
    words = shlex.split(text.replace("\\\n", " "), comments=False)
    start = words.index("tencent-ads")
    end = next((i for i, w in enumerate(words[start + 1 :], start + 1) if w == "tencent-ads"), len(words))
    return words[start + 1 : end]


def test_the_help_example_sends_the_specs_body_example(serve: Any) -> None:
    """The example in ``async-tasks add --help`` copy-pastes: run as printed, it sends the spec's body example."""
    server, seen = serve(answer({"task_id": 31}))
    args = _example_args(("async-tasks", "add"))
    assert args[0] == "--mock"
    result = against(server.base_url, *args[1:])
    assert result.exit_code == 0, result.output
    [request] = seen.seen
    assert json.loads(request["body"]) == ADD.body_example


def test_add_sends_the_options_as_the_json_body(serve: Any) -> None:
    server, seen = serve(answer({"task_id": 4242}))
    result = against(server.base_url, *ADD_ARGS)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"task_id": 4242}
    [request] = seen.seen
    assert (request["method"], request["path"]) == ("POST", "/v3.0/async_tasks/add")
    assert request["headers"]["content-type"].startswith("application/json")
    assert json.loads(request["body"]) == {
        "account_id": 25610,
        "task_name": "daily",
        "task_type": "TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
        "task_spec": json.loads(SPEC),
    }
    assert request["query"]["access_token"] == TOKEN  # signed like a read
    table = against(server.base_url, "-o", "table", *ADD_ARGS)
    assert table.exit_code == 0 and "task_id" in table.stdout and "4242" in table.stdout


def test_task_spec_from_a_file(serve: Any, tmp_path: Any) -> None:
    server, seen = serve(answer({"task_id": 5}))
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(SPEC, encoding="utf-8")
    result = against(server.base_url, *ADD_ARGS[:-1], f"@{spec_file}")
    assert result.exit_code == 0, result.output
    assert json.loads(seen.seen[0]["body"])["task_spec"] == json.loads(SPEC)


@pytest.mark.parametrize(
    ("value", "needle"),
    [("{bad", "not JSON"), ('{"x": NaN}', "not JSON"), ("@/nonexistent/spec.json", "cannot read")],
)
def test_bad_task_spec_is_a_usage_error_naming_the_option(fake_api: FakeMarketingAPI, value: str, needle: str) -> None:
    result = against(fake_api.base_url, *ADD_ARGS[:-1], value)
    assert result.exit_code == 2, result.output
    assert "--task-spec" in result.stderr and needle in result.stderr
    assert "Traceback" not in result.stderr
    assert fake_api.requests == []


def test_a_task_name_of_121_bytes_is_refused_before_any_io(fake_api: FakeMarketingAPI) -> None:
    name = "中" * 40 + "x"  # 41 characters, 121 bytes of UTF-8: the bound is in bytes
    args = [*ADD_ARGS]
    args[args.index("daily")] = name
    result = against(fake_api.base_url, *args, "--task-type", "")  # a second problem: both are listed
    assert result.exit_code == 2, result.output
    assert "task_name must be at most 120 bytes" in result.stderr and "got 121" in result.stderr
    assert "task_type must have at least 1 character" in result.stderr
    assert "nothing was sent" in result.stderr
    assert fake_api.requests == []
    missing = against(fake_api.base_url, "async-tasks", "add", "--account-id", "25610", "--task-type", "T")
    assert missing.exit_code == 2 and "--task-name" in missing.stderr


def test_add_against_the_embedded_fake() -> None:
    """``--mock``: the fake Marketing API creates the task (needs the fake's POST /async_tasks/add)."""
    result = runner.invoke(app, ["--mock", *ADD_ARGS])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"task_id"} and isinstance(document["task_id"], int) and document["task_id"] >= 1
    table = runner.invoke(app, ["--mock", "-o", "table", *ADD_ARGS])
    assert table.exit_code == 0, table.output
    assert "task_id" in table.stdout


# --- every form of body member: a hand-made operation ---------------------------------------------------

WIDGET_BODY = Schema(
    "object",
    properties={
        "account_id": Schema("integer", description="The account.", minimum=1, maximum=2**63 - 1),
        "labels": Schema("array", description="Labels.", items=Schema("string", min_length=1), max_items=3),
        "ids": Schema("array", description="Ids.", items=Schema("integer", minimum=1)),
        "ratio": Schema("number", description="A ratio.", minimum=0, maximum=1),
        "enabled": Schema("boolean", description="On or off."),
        "color": Schema("string", description="A color.", enum=("RED", "BLUE")),
        "parts": Schema("array", description="Parts.", items=Schema("object", properties={"n": Schema("integer")})),
        "output": Schema("string", description="Clashes with the command's --output."),
    },
    required=frozenset({"account_id", "labels"}),
    additional=False,
)
WIDGETS_ADD = Operation(
    operation_id="widgets_add",
    method="POST",
    path="/widgets/add",
    tag="widgets",
    name="add",
    summary="add a widget",
    params=(),
    data_model="",
    body=WIDGET_BODY,
    body_required=True,
    idempotent=False,
    body_example={"account_id": 7, "labels": ["a", "b c"], "enabled": False},
)


class _Data:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


@pytest.fixture
def widgets(monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    """A CLI with the command of a hand-made operation whose body has every form of member."""
    from tencent_ads_generated import decoders

    monkeypatch.setitem(OPERATIONS, "widgets_add", WIDGETS_ADD)
    monkeypatch.setitem(decoders.DECODERS, "widgets_add", _Data)
    one = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
    one.callback()(cli.main_options)  # the CLI's global options (--access-token, --base-url, ...)
    one.command("add")(make_command(WIDGETS_ADD, cli))
    return one


def test_body_options_take_their_form_from_the_schema() -> None:
    forms = {o.member: (o.flag, o.form, o.required) for o in body_options(WIDGETS_ADD)}
    assert forms == {
        "account_id": ("--account-id", "int", True),
        "labels": ("--labels", "list", True),
        "ids": ("--ids", "list", False),
        "ratio": ("--ratio", "float", False),
        "enabled": ("--enabled", "flag", False),
        "color": ("--color", "str", False),
        "parts": ("--parts", "json", False),
        "output": ("--body-output", "str", False),  # --output is the command's own
    }


def test_repeatable_array_options_and_json_arrays(widgets: typer.Typer, serve: Any) -> None:
    server, seen = serve(answer({"widget_id": 9}))
    args = [
        "--access-token",
        TOKEN,
        "--base-url",
        server.base_url,
        "add",
        "--account-id",
        "7",
        "--labels",
        "a",
        "--labels",
        "b c",
        "--ids",
        "[1, 2, 3]",
        "--ratio",
        "0.5",
        "--no-enabled",
        "--color",
        "RED",
        "--parts",
        '[{"n": 1}]',
        "--body-output",
        "x",
    ]
    result = runner.invoke(widgets, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"widget_id": 9}
    assert json.loads(seen.seen[0]["body"]) == {
        "account_id": 7,
        "labels": ["a", "b c"],
        "ids": [1, 2, 3],
        "ratio": 0.5,
        "enabled": False,
        "color": "RED",
        "parts": [{"n": 1}],
        "output": "x",
    }


def test_widget_options_are_checked_before_any_io(widgets: typer.Typer) -> None:
    bad = runner.invoke(widgets, ["add", "--account-id", "7", "--labels", "a", "--ids", "x"])
    assert bad.exit_code == 2 and "--ids" in bad.stderr and "'x' is not an integer" in bad.stderr
    not_json = runner.invoke(widgets, ["add", "--account-id", "7", "--labels", "[a"])
    assert not_json.exit_code == 2 and "--labels" in not_json.stderr and "not JSON" in not_json.stderr
    problems = runner.invoke(
        widgets,
        ["add", "--account-id", "7", "--labels", "a", "--labels", "b", "--labels", "c", "--labels", "d", "--ids", "0"],
    )
    assert problems.exit_code == 2, problems.output
    assert "labels must have at most 3 item(s), got 4" in problems.stderr
    assert "ids[0] must be" in problems.stderr  # every problem, listed together
    out_of_range = runner.invoke(widgets, ["add", "--account-id", "7", "--labels", "a", "--ratio", "2"])
    assert out_of_range.exit_code == 2 and "--ratio" in out_of_range.stderr


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, None),
        ([], None),
        (["a"], ["a"]),
        (["a", "b"], ["a", "b"]),
        (['["a", "b"]'], ["a", "b"]),
        ([" [1]"], [1]),
    ],
)
def test_parse_a_repeatable_option(given: list[str] | None, expected: Any) -> None:
    labels = next(o for o in body_options(WIDGETS_ADD) if o.member == "labels")
    assert parse_body_value(labels, given) == expected


def test_parse_typed_items() -> None:
    ids: BodyOption = next(o for o in body_options(WIDGETS_ADD) if o.member == "ids")
    assert parse_body_value(ids, ["1", "22"]) == [1, 22]
    with pytest.raises(typer.BadParameter, match="not an integer"):
        parse_body_value(ids, ["1", "one"])


def test_a_hand_made_operations_help_example_fits_and_copy_pastes(widgets: typer.Typer, serve: Any) -> None:
    help_text = runner.invoke(widgets, ["add", "--help"], env={"COLUMNS": "80", "TERM": "dumb"}).output
    assert all(len(line) <= 80 for line in help_text.splitlines())
    example = help_text.split("Example:", 1)[1].split("Options:", 1)[0]
    words = shlex.split(example.replace("\\\n", " "))
    assert words[:4] == ["tencent-ads", "--mock", "widgets", "add"]
    assert words[4:] == ["--account-id", "7", "--labels", "a", "--labels", "b c", "--no-enabled"]
    server, seen = serve(answer({"widget_id": 1}))
    result = runner.invoke(widgets, ["--access-token", TOKEN, "--base-url", server.base_url, "add", *words[4:]])
    assert result.exit_code == 0, result.output
    assert json.loads(seen.seen[0]["body"]) == WIDGETS_ADD.body_example


def test_a_long_json_example_is_split_inside_its_quotes() -> None:
    long_spec = {f"member_{n}": {"value": "x" * 20} for n in range(4)}
    operation = Operation(
        operation_id="widgets_add",
        method="POST",
        path="/widgets/add",
        tag="widgets",
        name="add",
        summary="add",
        params=(),
        data_model="",
        body=Schema("object", properties={"spec": Schema("object")}, required=frozenset({"spec"})),
        body_required=True,
        body_example={"spec": long_spec},
    )
    doc = make_command(operation, cli).__doc__ or ""
    example = doc.split("\b\n", 1)[1]
    assert all(len(line) <= 76 for line in example.splitlines())
    assert json.loads(shlex.split(example.replace("\\\n", " "))[-1]) == long_spec


# --- a write whose outcome is unknown -----------------------------------------------------------------------


def test_an_unknown_outcome_exits_5_says_it_was_not_resent_and_how_to_look(serve: Any) -> None:
    server, seen = serve(never_answer)
    args = [*ADD_ARGS]
    args[args.index("daily")] = "daily report"
    result = against(server.base_url, *args, timeout="0.3")  # --max-retries 2: a read would be sent 3 times
    assert result.exit_code == EXIT_OUTCOME_UNKNOWN == 5, result.output
    assert len(seen.seen) == 1  # sent once, not again
    assert "may have been processed" in result.stderr and "not sent again" in result.stderr
    assert "RequestTimeoutError" in result.stderr
    assert 'look for the task named "daily report" among the tasks created since it was sent' in result.stderr
    since = int(result.stderr.split("created_time GREATER_EQUALS ")[1].split("'")[0])
    assert 0 < time.time() - 300 - since < 60  # the add's send time, less the API's clock slack
    lookup = f"tencent-ads async-tasks get --account-id 25610 --filter 'created_time GREATER_EQUALS {since}'"
    assert lookup in result.stderr
    assert "Traceback" not in result.stderr and TOKEN not in result.stderr


def test_the_outcome_exit_code_is_distinct_and_documented() -> None:
    codes = [cli.EXIT_OK, cli.EXIT_API, cli.EXIT_USAGE, cli.EXIT_TASK_NOT_COMPLETED, cli.EXIT_WAIT_TIMEOUT]
    assert EXIT_OUTCOME_UNKNOWN not in codes
    shown = " ".join(runner.invoke(app, ["--help"]).output.split())
    assert f"{EXIT_OUTCOME_UNKNOWN} a write's outcome is unknown" in shown
    assert f"{EXIT_OUTCOME_UNKNOWN} a write's outcome is unknown" in (cli.__doc__ or "").replace("\n", " ")


def test_outcome_advice_names_the_task_and_lists_by_creation_time() -> None:
    """Any name add accepts can be looked up: the lookup lists by creation time, the name is quoted to look for."""
    advice = cli.outcome_advice("async_tasks_add", {"account_id": 3, "task_name": "report 2025/11/23"}, 1_700_000_300)
    assert advice.endswith("--account-id 3 --filter 'created_time GREATER_EQUALS 1700000000'")
    assert 'the task named "report 2025/11/23"' in advice
    assert "--account-id ACCOUNT_ID --filter 'created_time GREATER_EQUALS EPOCH_SECONDS'" in cli.outcome_advice(
        "async_tasks_add", {}
    )
    assert "async-tasks get" not in cli.outcome_advice("widgets_add", {})


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("@/dev/zero", "holds more than 16777216 bytes"),  # read bounded, never to the end
        ('{"x_spec": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
    ],
    ids=["endless-file", "deep-json"],
)
def test_an_option_too_large_or_too_deep_is_a_usage_error_not_a_traceback(serve: Any, spec: str, message: str) -> None:
    server, seen = serve(answer({"task_id": 1}))
    args = [*ADD_ARGS]
    args[args.index("--task-spec") + 1] = spec
    result = against(server.base_url, *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert seen.seen == []
