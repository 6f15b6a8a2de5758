"""The spec drives the product: a spec edit plus ``scripts/regenerate`` alone changes what the client does.

A temporary copy of the repository gets a spec with a new operation (a copy of
programmed_commponent_result/get under the tag ``creative_derive_result``) and
looser filter rules; ``scripts/regenerate`` runs there, and then — with not one
hand-written line — the new operation answers through ``Client``,
``AsyncClient``, the CLI with ``--mock``, and type-checks under mypy --strict,
while the client accepts what the new rules allow.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _edit_spec(path: Path) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    operation = copy.deepcopy(spec["paths"]["/programmed_commponent_result/get"])
    operation["get"]["operationId"] = "creative_derive_result_get"
    operation["get"]["tags"] = ["creative_derive_result"]
    operation["get"]["summary"] = "衍生结果 — derived creative results (a test operation)"
    spec["paths"]["/creative_derive_result/get"] = operation
    # a new response field, an id the API may send as a string: the regenerated decoders make it an int
    derive = spec["components"]["schemas"]["DeriveComponent"]
    derive["properties"]["preview_count"] = {"$ref": "#/components/schemas/LenientInteger"}
    examples = operation["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    next(iter(examples.values()))["value"]["data"]["list"][0]["preview_count"] = "12"
    spec["tags"].append({"name": "creative_derive_result", "description": "a tag added by the test"})
    schemas = spec["components"]["schemas"]
    schemas["AsyncTasksFiltering"]["maxItems"] = 20
    schemas["AsyncTasksFilterValue"]["x-max-bytes"] = 200
    schemas["AsyncTasksFilterValue"]["maxLength"] = 200
    for clause in schemas["AsyncTasksFilter"]["allOf"]:
        field = clause.get("if", {}).get("properties", {}).get("field", {}).get("const")
        if field == "task_name":
            clause["then"]["properties"]["operator"]["enum"] = ["EQUALS", "CONTAINS", "IN"]
    # a string query parameter with bounds and a pattern, and a lower page_size maximum: followed everywhere
    operation["get"]["parameters"].append(
        {"name": "note", "in": "query", "schema": {"type": "string", "maxLength": 5, "pattern": "^[a-z]+$"}}
    )
    page_size = next(p for p in spec["paths"]["/async_tasks/get"]["get"]["parameters"] if p["name"] == "page_size")
    page_size["schema"]["maximum"] = 50
    _add_a_write(spec)
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _add_a_write(spec: dict[str, Any]) -> None:
    """A POST written in plain OpenAPI 3 (no x- key): a body with a nested $ref object, an inline object, an
    array of integers with bounds, an enum, a string with a pattern."""
    schemas = spec["components"]["schemas"]
    schemas["MaterialTarget"] = {
        "type": "object",
        "required": ["material_id"],
        "additionalProperties": False,
        "properties": {
            "material_id": {"type": "integer", "format": "int64", "minimum": 1},
            "type": {"type": "string", "enum": ["IMAGE", "VIDEO"]},
        },
    }
    schemas["CreativeDeriveAddRequest"] = {
        "type": "object",
        "required": ["account_id", "material_ids", "mode"],
        "additionalProperties": False,
        "properties": {
            "account_id": {"$ref": "#/components/schemas/AccountId"},
            "material_ids": {
                "type": "array",
                "minItems": 1,
                "maxItems": 3,
                "items": {"type": "integer", "format": "int64", "minimum": 1},
            },
            "mode": {"type": "string", "enum": ["FAST", "SLOW"], "description": "how to derive"},
            "label": {"type": "string", "maxLength": 8, "pattern": "^[a-z]+$"},
            "options": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"ratio": {"type": "number", "minimum": 0, "maximum": 1}, "keep": {"type": "boolean"}},
            },
            "target": {"$ref": "#/components/schemas/MaterialTarget"},
        },
    }
    add = copy.deepcopy(spec["paths"]["/async_tasks/add"]["post"])
    del add["x-idempotent"], add["x-decision"]  # a POST is not idempotent unless it says so
    add["operationId"] = "creative_derive_result_add"
    add["tags"] = ["creative_derive_result"]
    add["summary"] = "衍生 — start a derive (a test operation)"
    add["requestBody"]["content"]["application/json"] = {
        "schema": {"$ref": "#/components/schemas/CreativeDeriveAddRequest"},
        "examples": {"one": {"value": {"account_id": 25610, "material_ids": [1, 2], "mode": "FAST"}}},
    }
    spec["paths"]["/creative_derive_result/add"] = {"post": add}


@pytest.fixture(scope="module")
def edited_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("repo")
    for name in ("spec", "overrides", "generated", "scripts"):
        shutil.copytree(ROOT / name, repo / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    _edit_spec(repo / "spec" / "tencent-ads-v3.yaml")
    before = {p: p.read_text(encoding="utf-8") for p in (repo / "overrides").rglob("*.py")}
    layer = repo / "generated" / "tencent_ads_generated"
    generated_before = {p: p.read_text(encoding="utf-8") for p in layer.rglob("*.py")}
    result = subprocess.run(
        [sys.executable, str(repo / "scripts" / "regenerate")], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    # no hand-written line changed: everything scripts/regenerate writes is under generated/
    assert [p for p, text in before.items() if p.read_text(encoding="utf-8") != text] == []
    changed = {
        str(p.relative_to(layer)) for p in layer.rglob("*.py") if generated_before.get(p) != p.read_text("utf-8")
    }
    assert {"spec_data.py", "decoders.py", "bodies.py", "resources/creative_derive_result.py"} <= changed
    return repo


def _python(repo: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "overrides"), str(repo / "generated")])}
    env = {k: v for k, v in env.items() if not k.startswith("TENCENT_ADS_")}
    return subprocess.run(
        [sys.executable, *(["-c", code] if code else []), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=repo,
    )


def test_a_new_operation_is_callable_sync_and_async(edited_repo: Path) -> None:
    code = textwrap.dedent(
        """
        import asyncio, tencent_ads
        from tencent_ads import AsyncClient, Client
        from tencent_ads.testing import FakeMarketingAPI
        assert tencent_ads.__file__.startswith(REPO), tencent_ads.__file__
        with FakeMarketingAPI() as api:
            with Client(api.token, base_url=api.base_url) as client:
                data = client.creative_derive_result.get(account_id=api.account_id, material_derive_id=116922)
                first = data.list_[0]
                print(data.material_derive_id, len(data.list_), first.derive_material.material_id, first.preview_count)
            async def main():
                async with AsyncClient(api.token, base_url=api.base_url) as client:
                    data = await client.creative_derive_result.get(account_id=api.account_id, material_derive_id=1)
                    print(data.dynamic_creative_id)
            asyncio.run(main())
            print(sorted({r.path for r in api.requests}))
        """
    ).replace("REPO", repr(str(edited_repo)))
    result = _python(edited_repo, code)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "116922 4 3173292726 12"  # the spec's example, ids made ints by the generated decoders
    assert lines[1] == "41068223"
    assert lines[2] == "['/v3.0/creative_derive_result/get']"


def test_a_new_operation_is_a_cli_command_answered_by_mock(edited_repo: Path) -> None:
    args = [
        "-m",
        "tencent_ads.cli",
        "--mock",
        "creative-derive-result",
        "get",
        "--account-id",
        "25610",
        "--material-derive-id",
        "116922",
        "--fields",
        "material_derive_id,adgroup_id",
    ]
    result = _python(edited_repo, "", *args)
    assert result.returncode == 0, result.stderr
    # the spec example, verbatim (the docs write the placeholder "<ADGROUP_ID>")
    assert json.loads(result.stdout) == {"material_derive_id": 116922, "adgroup_id": "<ADGROUP_ID>"}
    usage = _python(
        edited_repo,
        "",
        "-m",
        "tencent_ads.cli",
        "creative-derive-result",
        "get",
        "--account-id",
        "0",
        "--material-derive-id",
        "1",
    )
    assert usage.returncode == 2  # checked before any I/O
    helped = _python(edited_repo, "", "-m", "tencent_ads.cli", "creative-derive-result", "get", "--help")
    assert "--material-derive-id" in helped.stdout and "衍生全局 id" in helped.stdout


def test_spec_rules_change_what_the_client_accepts(edited_repo: Path) -> None:
    code = textwrap.dedent(
        """
        import httpx
        from tencent_ads import Client, FilterValidationError
        sent = []
        def answer(request):
            sent.append(request.url.params["filtering"])
            return httpx.Response(200, json={"code": 0, "data": {"list": []}})
        with Client("token-0123456789", transport=httpx.MockTransport(answer)) as client:
            many = [{"field": "task_id", "operator": "EQUALS", "values": [str(n)]} for n in range(15)]
            client.async_tasks.get(account_id=1, filtering=many)                      # maxItems 10 -> 20
            long = [{"field": "task_name", "operator": "EQUALS", "values": ["报" * 60]}]
            client.async_tasks.get(account_id=1, filtering=long)                      # 180 bytes: x-max-bytes 200
            named = [{"field": "task_name", "operator": "IN", "values": ["a", "b"]}]
            client.async_tasks.get(account_id=1, filtering=named)                     # task_name now takes IN
            try:
                client.async_tasks.get(account_id=1, filtering=many * 2)
            except FilterValidationError as exc:
                print("refused:", exc.problems[0])
        print(len(sent))
        """
    )
    result = _python(edited_repo, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["refused: filtering: at most 20 filters allowed, got 30", "3"]


def test_the_new_operation_type_checks_under_mypy_strict(edited_repo: Path) -> None:
    user = edited_repo / "user_code.py"
    user.write_text(
        textwrap.dedent(
            """
            from tencent_ads import Client
            from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData

            def derived(client: Client) -> ProgrammedCommponentResultGetData:
                return client.creative_derive_result.get(account_id=1, material_derive_id=2, fields=["list"])

            def wrong(client: Client) -> None:
                client.creative_derive_result.get(account_id="1", material_derive_id=2)

            def write(client: Client) -> int:
                data = client.creative_derive_result.add(
                    account_id=1, material_ids=[1, 2], mode="FAST", target={"material_id": 3}, options={"keep": True}
                )
                return 0 if not isinstance(data.task_id, int) else data.task_id

            def wrong_write(client: Client) -> None:
                client.creative_derive_result.add(account_id=1, material_ids=["1"], mode="FAST")
            """
        )
    )
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(edited_repo / "overrides"), str(edited_repo / "generated")])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent", str(user)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
        cwd=edited_repo,
    )
    assert 'Argument "account_id" to "get" of "CreativeDeriveResult" has incompatible type "str"' in result.stdout
    assert 'List item 0 has incompatible type "str"; expected "int"' in result.stdout
    assert result.stdout.count("error:") == 2, result.stdout


def test_a_new_write_reaches_client_and_async_client_with_its_body_checked(edited_repo: Path) -> None:
    code = textwrap.dedent(
        """
        import asyncio, json, httpx
        from tencent_ads import AsyncClient, Client, OutcomeUnknownError, RequestValidationError
        from tencent_ads.testing import FakeMarketingAPI
        from tencent_ads_api.models.material_target import MaterialTarget
        from tencent_ads_api.models.material_target_type import MaterialTargetType
        seen = []
        def answer(request):
            seen.append((request.method, request.url.path, sorted(request.url.params), request.headers["content-type"],
                         json.loads(request.content)))
            return httpx.Response(200, json={"code": 0, "data": {"task_id": "77"}})
        with Client("token-0123456789", transport=httpx.MockTransport(answer)) as client:
            data = client.creative_derive_result.add(
                account_id=1, material_ids=[3, 4], mode="SLOW", label="abc", options={"ratio": 0.5, "keep": True},
                target=MaterialTarget(material_id=9, type_=MaterialTargetType.VIDEO),
            )
            print(data.task_id)
            try:
                client.creative_derive_result.add(
                    account_id=1, material_ids=[], mode="MEDIUM", label="ABCDEFGHIJ",
                    options={"ratio": 2, "other": 1}, target={"type": "IMAGE"},
                )
            except RequestValidationError as exc:
                print(len(exc.problems)); print("\\n".join(exc.problems))
            try:
                client.creative_derive_result.get(account_id=1, material_derive_id=1, note="toolong")
            except RequestValidationError as exc:
                print(exc.problems[0])
            try:
                client.creative_derive_result.get(account_id=1, material_derive_id=1, note="ab1")
            except RequestValidationError as exc:
                print(exc.problems[0])
            try:
                client.async_tasks.get(account_id=1, page_size=51)
            except RequestValidationError as exc:
                print(exc.problems[0])
        print(json.dumps(seen[0]))
        print(len(seen))
        with FakeMarketingAPI() as api:
            with Client(api.token, base_url=api.base_url) as client:
                print(client.creative_derive_result.add(account_id=api.account_id, material_ids=[1], mode="FAST").task_id)
            async def main():
                async with AsyncClient(api.token, base_url=api.base_url) as client:
                    data = await client.creative_derive_result.add(account_id=api.account_id, material_ids=[1], mode="FAST")
                    print(data.task_id)
            asyncio.run(main())
            answered = httpx.get(
                api.base_url + "/async_tasks/get",
                params={"account_id": api.account_id, "page_size": 51, "access_token": api.token,
                        "timestamp": str(int(api.clock())), "nonce": "n-page-size-51"},
            ).json()
            print(answered["code"])
        """
    )
    result = _python(edited_repo, code)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "77"
    assert lines[1] == "6"
    problems = lines[2:8]
    for expected in (
        "material_ids must have at least 1 item(s), got 0",
        "mode must be one of FAST, SLOW, got 'MEDIUM'",
        "label must have at most 8 character(s), got 10",
        "options.ratio must be 0–1, got 2",
        "options: unknown member 'other' (documented: ratio, keep)",
        "target.material_id is required",
    ):
        assert expected in problems, (expected, problems)
    assert lines[8] == "note must have at most 5 character(s), got 7"
    assert lines[9] == "note does not match the pattern ^[a-z]+$, got 'ab1'"
    assert lines[10] == "page_size must be 1–50, got 51"  # the lowered maximum of the spec
    method, path, query, content_type, body = json.loads(lines[11])
    assert (method, path, query, content_type) == (
        "POST",
        "/v3.0/creative_derive_result/add",
        ["access_token", "nonce", "timestamp"],
        "application/json",
    )
    assert body == {
        "account_id": 1,
        "material_ids": [3, 4],
        "mode": "SLOW",
        "label": "abc",
        "options": {"ratio": 0.5, "keep": True},
        "target": {"material_id": 9, "type": "VIDEO"},
    }
    assert lines[12] == "1"  # nothing else was sent: every refusal came before any I/O
    assert lines[13:15] == ["1024", "1024"]  # the fake answers the operation's example
    assert lines[15] == "18001"  # the fake takes page_size's bound from the spec too


def test_a_new_write_is_a_cli_command_with_an_option_per_body_member(edited_repo: Path) -> None:
    cli = ["-m", "tencent_ads.cli"]
    helped = _python(edited_repo, "", *cli, "creative-derive-result", "add", "--help")
    assert helped.returncode == 0, helped.stderr
    for option in ("--account-id", "--material-ids", "--mode", "--label", "--options", "--target"):
        assert option in helped.stdout, option
    added = _python(
        edited_repo,
        "",
        *cli,
        "--mock",
        "creative-derive-result",
        "add",
        "--account-id",
        "25610",
        "--material-ids",
        "1",
        "--material-ids",
        "2",
        "--mode",
        "FAST",
        "--target",
        '{"material_id": 5}',
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == {"task_id": 1024}
    refused = _python(
        edited_repo,
        "",
        *cli,
        "creative-derive-result",
        "add",
        "--account-id",
        "1",
        "--material-ids",
        "0",
        "--mode",
        "X",
    )
    assert refused.returncode == 2  # checked before any I/O
    assert "material_ids[0] must be >= 1" in refused.stderr
    page = _python(edited_repo, "", *cli, "--mock", "async-tasks", "get", "--account-id", "25610", "--page-size", "51")
    assert page.returncode == 2


def test_validation_checks_the_new_writes_body(edited_repo: Path) -> None:
    code = textwrap.dedent(
        """
        from tencent_ads.validation import validate_request
        good = {"account_id": 1, "material_ids": [1], "mode": "FAST"}
        print(validate_request("/creative_derive_result/add", method="POST", body=good, require_auth=False))
        bad = {"account_id": 1, "material_ids": [], "mode": "NOPE"}
        for violation in validate_request("/creative_derive_result/add", method="POST", body=bad, require_auth=False):
            print(violation.parameter)
        """
    )
    result = _python(edited_repo, code)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[]"
    assert {"body.material_ids", "body.mode"} <= set(lines[1:])
