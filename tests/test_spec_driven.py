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
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def edited_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("repo")
    for name in ("spec", "overrides", "generated", "scripts"):
        shutil.copytree(ROOT / name, repo / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    _edit_spec(repo / "spec" / "tencent-ads-v3.yaml")
    before = {p: p.read_text(encoding="utf-8") for p in (repo / "overrides").rglob("*.py")}
    result = subprocess.run(
        [sys.executable, str(repo / "scripts" / "regenerate")], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    changed = {p.name for p, text in before.items() if p.read_text(encoding="utf-8") != text}
    # generated files only: no hand-written line changed
    assert changed == {"_spec_data.py", "_endpoints.py", "_decoders.py"}
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
    assert result.stdout.count("error:") == 1, result.stdout
