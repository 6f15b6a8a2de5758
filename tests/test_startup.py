"""Issue 23, start-up and downloads: what a command and a client build and import, not how fast (that is
``scripts/benchmark``'s): no TLS context for a plain-http base URL until a TLS connection needs one (and then
httpx's, verifying), one context for an https AsyncClient, no rich for JSON output, an async download read in
chunks larger than httpx-aiohttp's 16 KiB."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest
from tencent_ads import AsyncClient, Client, ConnectError, RetryPolicy, TencentAdsError
from tencent_ads.testing import FakeMarketingAPI
from tencent_ads.testing._data import file_content

from .conftest import ROOT


@pytest.fixture
def contexts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every CA bundle loaded into a TLS context from now on (httpx's context loads certifi's, or the env's)."""
    loaded: list[object] = []
    original = ssl.SSLContext.load_verify_locations

    def counting(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loaded.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    return loaded


@pytest.mark.parametrize("kind", ["sync", "async-aiohttp", "async-httpx"])
async def test_a_plain_http_client_builds_no_tls_context(contexts: list[object], kind: str) -> None:
    base = "http://127.0.0.1:9/v3.0"
    if kind == "sync":
        Client("t" * 16, base_url=base).close()
    else:
        backend: Literal["aiohttp", "httpx"] = "aiohttp" if kind == "async-aiohttp" else "httpx"
        async with AsyncClient("t" * 16, base_url=base, backend=backend) as client:
            assert client.backend == backend
    assert contexts == []


async def test_an_https_async_client_builds_one_tls_context(contexts: list[object]) -> None:
    async with AsyncClient("t" * 16, base_url="https://127.0.0.1:9/v3.0", backend="aiohttp"):
        pass
    assert len(contexts) == 1  # httpx-aiohttp's transport reuses it instead of building its own


@pytest.fixture
def self_signed_tls_server(tmp_path: Path) -> Iterator[str]:
    """A TLS server on loopback with a self-signed certificate nobody trusts: its base URL."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
    subprocess.run(
        [*command, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(5)
            try:
                with server_context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(65536)
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\nContent-Type: text/csv\r\n\r\nfile")
            except (OSError, ssl.SSLError):
                conn.close()  # the client refused the certificate: what the test expects

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}/v3.0"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_the_on_demand_context_is_httpx_verifying_one(
    contexts: list[object], self_signed_tls_server: str, tmp_path: Path
) -> None:
    """A plain-http client whose file host is https: the context is built for that connection, and verifies."""
    with Client(
        "t" * 16, base_url="http://127.0.0.1:9/v3.0", file_base_url=self_signed_tls_server, retry=RetryPolicy.none()
    ) as client:
        assert contexts == []
        with pytest.raises(ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.async_task_files.download(account_id=1, task_id=2, file_id=3, dest=tmp_path / "f")
    assert len(contexts) == 1
    assert not (tmp_path / "f").exists()


async def test_the_on_demand_context_verifies_for_aiohttp_too(
    contexts: list[object], self_signed_tls_server: str, tmp_path: Path
) -> None:
    async with AsyncClient(
        "t" * 16,
        base_url="http://127.0.0.1:9/v3.0",
        file_base_url=self_signed_tls_server,
        retry=RetryPolicy.none(),
        backend="aiohttp",
    ) as client:
        with pytest.raises(TencentAdsError, match="CERTIFICATE_VERIFY_FAILED"):
            await client.async_task_files.download(account_id=1, task_id=2, file_id=3, dest=tmp_path / "f")
    assert len(contexts) == 1
    assert not (tmp_path / "f").exists()


async def test_an_async_download_reads_chunks_larger_than_16_kib(tmp_path: Path) -> None:
    size = 8 * 1024 * 1024
    done: list[int] = []

    def progress(n: int, total: int | None) -> None:
        done.append(n)

    with FakeMarketingAPI(file_size=size) as api:
        async with AsyncClient(api.token, base_url=api.base_url, backend="aiohttp") as client:
            path = await client.async_task_files.download(
                account_id=api.account_id, task_id=1024, file_id=5, dest=tmp_path / "f", on_progress=progress
            )
    chunks = [b - a for a, b in zip([0, *done], done, strict=False)]
    assert path.stat().st_size == size == done[-1]
    assert max(chunks) > 16 * 1024  # httpx-aiohttp's own stream never hands more than 16 KiB


def _json_command_then(fake_api: FakeMarketingAPI, after: str) -> str:
    """Run ``tencent-ads --output json async-tasks get`` in a fresh process, then ``after`` in it; its stdout."""
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['tencent-ads', '--access-token', {fake_api.token!r}, '--base-url', {fake_api.base_url!r},\n"
        f"            '--output', 'json', 'async-tasks', 'get', '--account-id', '{fake_api.account_id}']\n"
        "try:\n"
        "    runpy.run_module('tencent_ads', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
    ) + after
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True).stdout


def test_a_json_command_imports_no_rich(fake_api: FakeMarketingAPI) -> None:
    """rich is for tables and the terminal's progress: printing JSON does not pay its import (~25 ms)."""
    out = _json_command_then(
        fake_api, "print(sorted(set(sys.modules) & {'rich.console', 'rich.table', 'pydantic', 'click'}))\n"
    )
    assert '"page_info"' in out
    assert out.rstrip().splitlines()[-1] == "[]"


def test_a_command_imports_only_the_models_it_decodes(fake_api: FakeMarketingAPI) -> None:
    """The models package imports each model on first use (its __init__ comes from our models_init.py.jinja):
    listing tasks loads the models the decoders name, not all of them (importing all cost ~10 % of a command)."""
    out = _json_command_then(
        fake_api,
        "import tencent_ads_api.models as m\n"
        "print(len([n for n in sys.modules if n.startswith('tencent_ads_api.models.')]), len(m.__all__))\n",
    )
    loaded, declared = map(int, out.rstrip().splitlines()[-1].split())
    assert declared > 60
    assert 0 < loaded < declared * 2 // 3


def test_every_model_is_still_importable_from_the_package() -> None:
    """``from tencent_ads_api.models import X`` for every name of ``__all__``, each the class of its module;
    ``dir()`` lists them; an unknown name is an AttributeError (what ``hasattr`` and ``from … import`` expect)."""
    import importlib

    models = importlib.import_module("tencent_ads_api.models")
    for name in models.__all__:
        value = getattr(models, name)
        assert value.__name__ == name and value.__module__.startswith("tencent_ads_api.models.")
    assert set(models.__all__) <= set(dir(models))
    assert not hasattr(models, "NoSuchModel")
    with pytest.raises(ImportError):
        exec("from tencent_ads_api.models import NoSuchModel", {})  # noqa: S102 - the statement itself is the test


def test_the_command_pins_a_typer_that_builds_no_pydantic_adapters() -> None:
    """typer 0.29 coerces every option through a pydantic TypeAdapter (~80 ms per run); 0.26 is the first that
    vendors click (an installed click makes `import httpx` load httpx's own command line: click, rich,
    pygments)."""
    import tomllib

    from packaging.requirements import Requirement

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    (typer,) = [Requirement(r) for r in extras["cli"] if Requirement(r).name == "typer"]
    assert not typer.specifier.contains("0.29.0") and not typer.specifier.contains("0.25.1")
    assert typer.specifier.contains("0.28.0") and typer.specifier.contains("0.27.3")


async def test_bigger_chunks_keep_the_file_whole_and_md5_checked(tmp_path: Path) -> None:
    """A file that is no multiple of the chunk size, through the aiohttp backend, checked with its listed md5."""
    size = 3 * 1024 * 1024 + 7
    content = (file_content(5) * (size // len(file_content(5)) + 1))[:size]
    md5 = hashlib.md5(content).hexdigest()  # noqa: S324 - the API's integrity check
    with FakeMarketingAPI(file_size=size) as api:
        async with AsyncClient(api.token, base_url=api.base_url, backend="aiohttp") as client:
            path = await client.async_task_files.download(
                account_id=api.account_id, task_id=1024, file_id=5, dest=tmp_path / "f", md5=md5
            )
    assert path.read_bytes() == content


def test_the_command_keeps_httpx_own_command_line_out(fake_api: FakeMarketingAPI, tmp_path: Path) -> None:
    """With click installed (another package's extra), `import httpx` loads httpx's CLI: click, rich, pygments
    (~75 ms). The command never runs it. A stand-in click that says when it is imported shows it is not."""
    (tmp_path / "click").mkdir()
    (tmp_path / "click" / "__init__.py").write_text(
        "import sys\nsys.stderr.write('click was imported\\n')\nraise ImportError('a stand-in click')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    command = [sys.executable, "-m", "tencent_ads", "--access-token", fake_api.token, "--base-url", fake_api.base_url]
    command += ["async-tasks", "get", "--account-id", str(fake_api.account_id)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, check=False)
    assert out.returncode == 0, out.stderr
    assert "click was imported" not in out.stderr
    probe = subprocess.run([sys.executable, "-c", "import httpx"], capture_output=True, text=True, env=env, check=True)
    assert "click was imported" in probe.stderr  # the stand-in works: a plain `import httpx` does import it
