"""The wheel: both packages, the spec as package data, py.typed, the command and the pytest plugin."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "--wheel-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("tencent_ads-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_holds_both_packages_with_py_typed(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for required in (
        "tencent_ads/__init__.py",
        "tencent_ads/py.typed",
        "tencent_ads/cli.py",
        "tencent_ads/validation.py",
        "tencent_ads/testing/_server.py",
        "tencent_ads/testing/pytest_plugin.py",
        "tencent_ads_api/__init__.py",
        "tencent_ads_api/py.typed",
        "tencent_ads_api/api/async_tasks/async_tasks_get.py",
        "tencent_ads_api/models/async_task.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "spec/", "scripts/")) for name in names)


def test_wheel_ships_the_spec_itself(wheel: zipfile.ZipFile) -> None:
    shipped = wheel.read("tencent_ads/tencent-ads-v3.yaml").decode("utf-8")
    assert shipped == (ROOT / "spec" / "tencent-ads-v3.yaml").read_text(encoding="utf-8")


def test_wheel_declares_the_command_and_the_pytest_plugin(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode("utf-8")
    assert "tencent-ads = tencent_ads._entry:main" in text
    assert "tencent_ads = tencent_ads.testing.pytest_plugin" in text
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    meta = wheel.read(metadata).decode("utf-8")
    assert "Requires-Python: >=3.11" in meta
    assert "Provides-Extra: test" in meta


def test_the_repository_symlink_points_at_the_spec() -> None:
    link = ROOT / "overrides" / "tencent_ads" / "tencent-ads-v3.yaml"
    assert link.is_symlink()
    assert link.resolve() == (ROOT / "spec" / "tencent-ads-v3.yaml").resolve()
    assert Path(link).read_bytes() == (ROOT / "spec" / "tencent-ads-v3.yaml").read_bytes()


def test_the_public_surface_is_one_list() -> None:
    """``_EXPORTS`` (lazy names), the ``TYPE_CHECKING`` imports (for type checkers) and ``__all__`` agree."""
    import ast

    import tencent_ads

    tree = ast.parse(Path(tencent_ads.__file__).read_text(encoding="utf-8"))
    typed: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for sub in node.body:
                if isinstance(sub, ast.ImportFrom):
                    typed |= {alias.asname or alias.name for alias in sub.names}
    exported = set(tencent_ads._EXPORTS)
    assert exported == typed == set(tencent_ads.__all__) - {"__version__"}
    for name in tencent_ads.__all__:
        assert getattr(tencent_ads, name) is not None


def test_one_version_everywhere() -> None:
    from importlib.metadata import version

    import tencent_ads
    from tencent_ads._client import USER_AGENT

    assert version("tencent-ads") == tencent_ads.__version__
    assert f"tencent-ads-python/{tencent_ads.__version__}" == USER_AGENT


def _closure(name: str, extras: frozenset[str] = frozenset()) -> set[str]:
    """The distributions ``pip install name[extras]`` brings, from the installed metadata (no network)."""
    import re
    from importlib.metadata import PackageNotFoundError, requires

    from packaging.requirements import Requirement

    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(name, extras)]
    while todo:
        dist, wanted = todo.pop()
        key = re.sub(r"[-_.]+", "-", dist).lower()
        if (key, wanted) in seen:
            continue
        seen.add((key, wanted))
        try:
            reqs = requires(dist) or []
        except PackageNotFoundError:
            continue
        for raw in reqs:
            req = Requirement(raw)
            env = {"extra": ""}
            if req.marker is not None and not any(
                req.marker.evaluate({**env, "extra": extra}) for extra in ("", *wanted)
            ):
                continue
            todo.append((req.name, frozenset(req.extras)))
    return {key for key, _ in seen}


def test_the_core_install_is_light() -> None:
    core = _closure("tencent-ads")
    assert len(core) <= 14, sorted(core)
    assert not core & {"openapi-core", "typer", "rich", "pyyaml", "werkzeug", "pydantic"}
    assert {"openapi-core", "pyyaml", "werkzeug"} <= _closure("tencent-ads", frozenset({"validate"}))
    assert {"typer", "rich", "openapi-core"} <= _closure("tencent-ads", frozenset({"cli"}))


BLOCK = "import sys\nfor name in {names!r}:\n    sys.modules[name] = None\n"


def _blocked(names: list[str], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK.format(names=names) + code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_client_works_without_any_extra() -> None:
    code = """
import httpx, tencent_ads
answer = lambda request: httpx.Response(200, json={"code": 0, "data": {"list": [{"task_id": "7"}]}})
with tencent_ads.Client("token-0123456789", transport=httpx.MockTransport(answer)) as client:
    print(client.async_tasks.get(account_id=1).list_[0].task_id)
"""
    result = _blocked(["openapi_core", "werkzeug", "yaml", "typer", "rich"], code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "7"


@pytest.mark.parametrize(
    ("blocked", "code", "extra"),
    [
        (
            ["typer"],
            "import sys; sys.argv = ['tencent-ads', '--help']\nfrom tencent_ads._entry import main; main()",
            "cli",
        ),
        (
            ["openapi_core"],
            "from tencent_ads.validation import validate_request; validate_request('/async_tasks/get')",
            "validate",
        ),
        (["openapi_core"], "from tencent_ads.testing import FakeMarketingAPI; FakeMarketingAPI().start()", "testing"),
    ],
    ids=["cli", "validate", "testing"],
)
def test_a_missing_extra_is_named(blocked: list[str], code: str, extra: str) -> None:
    result = _blocked(blocked, code)
    assert result.returncode != 0
    assert f"pip install 'tencent-ads[{extra}]'" in result.stderr, result.stderr


def test_the_fake_server_without_validation_needs_no_extra() -> None:
    code = """
from tencent_ads import Client
from tencent_ads.testing import FakeMarketingAPI
with FakeMarketingAPI(validate=False) as api, Client(api.token, base_url=api.base_url) as client:
    print(client.async_tasks.get(account_id=api.account_id).page_info.total_number)
"""
    result = _blocked(["openapi_core", "werkzeug", "yaml"], code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "46"
