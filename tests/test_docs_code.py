"""Every Python block of the README and every file of examples/: it runs against the fake server, and it passes
``mypy --strict`` and ``pyright`` (strict) as users' code.

Each block runs as its own program in a fresh process, with the settings a user would export:
``TENCENT_ADS_ACCESS_TOKEN`` / ``TENCENT_ADS_BASE_URL`` (a fake Marketing API with accounts 25610 and 123),
the fake's OAuth app (``TENCENT_ADS_CLIENT_ID`` / ``_CLIENT_SECRET`` / ``_REFRESH_TOKEN``), ``REDIS_URL`` (a real
redis-server), and a scratch working directory.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tencent_ads.testing import FakeMarketingAPI

from .conftest import ROOT

EXAMPLES = ROOT / "examples"


def readme_blocks() -> list[tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    return [(f"readme_{n:02d}", block) for n, block in enumerate(blocks)]


def example_programs() -> list[tuple[str, str]]:
    return [
        (p.stem, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.py")) if not p.stem.startswith("test_")
    ]


PROGRAMS = readme_blocks() + example_programs()


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from .test_fleet import redis_server

    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


def _env(api: FakeMarketingAPI, redis_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENCENT_ADS_")}
    env.update(
        TENCENT_ADS_ACCESS_TOKEN=api.token,
        TENCENT_ADS_BASE_URL=api.base_url,
        TENCENT_ADS_ACCOUNT_IDS=",".join(str(a) for a in api.accounts),
        TENCENT_ADS_CLIENT_ID=str(api.client_id),
        TENCENT_ADS_CLIENT_SECRET=api.client_secret,
        TENCENT_ADS_REFRESH_TOKEN=api.refresh_token,
        REDIS_URL=redis_url,
    )
    return env


def test_there_is_code_to_check() -> None:
    names = {name for name, _ in PROGRAMS}
    assert len(readme_blocks()) >= 10
    assert {"daily_job", "async_fanout", "fleet_worker"} <= names
    assert (EXAMPLES / "test_with_fixtures.py").exists()


@pytest.mark.parametrize(("name", "source"), PROGRAMS, ids=[name for name, _ in PROGRAMS])
def test_runs_against_the_fake_server(name: str, source: str, tmp_path: Path, redis_url: str) -> None:
    program = tmp_path / f"{name}.py"
    program.write_text(source, encoding="utf-8")
    with FakeMarketingAPI(accounts=(25610, 123)) as api:
        proc = subprocess.run(
            [sys.executable, str(program)],
            cwd=tmp_path,
            env=_env(api, redis_url),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 0, f"{name} failed:\n{proc.stdout}\n{proc.stderr}"


def test_the_fixture_example_passes_under_pytest() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLES / "test_with_fixtures.py")],
        cwd=EXAMPLES,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def checked_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("typed")
    for name, source in PROGRAMS:
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
    shutil.copy(EXAMPLES / "test_with_fixtures.py", folder / "test_with_fixtures.py")
    return folder


def _mypy_strict(folder: Path, target: str) -> subprocess.CompletedProcess[str]:
    """mypy --strict as a user runs it on their code (no project config)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull, target],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_mypy_strict(checked_folder: Path) -> None:
    proc = _mypy_strict(checked_folder, ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_still_flags_a_model_that_does_not_exist(tmp_path: Path) -> None:
    """The models' __init__ imports on first use (PEP 562 ``__getattr__``); a type checker must not read that
    ``__getattr__`` as "any name exists": a misspelt model is still an error."""
    (tmp_path / "typo.py").write_text(
        "from tencent_ads_api.models import AsyncTask, AsyncTaskz\n\nprint(AsyncTask, AsyncTaskz)\n", encoding="utf-8"
    )
    proc = _mypy_strict(tmp_path, "typo.py")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert 'has no attribute "AsyncTaskz"' in proc.stdout
    assert proc.stdout.count("error:") == 1, proc.stdout


def test_pyright_strict(checked_folder: Path) -> None:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.fail("pyright is not installed (it is part of the [test] extra)")
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "venvPath": str(Path(sys.prefix).parent),
        "venv": Path(sys.prefix).name,
    }
    (checked_folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run(
        [pyright, "--pythonpath", sys.executable, "."],
        cwd=checked_folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
