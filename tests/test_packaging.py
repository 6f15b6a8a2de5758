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
    assert "tencent-ads = tencent_ads.cli:main" in text
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
