"""Shared fixtures: the fake Marketing API on loopback, clients bound to it, and where cassettes live.

The cassette settings (``vcr_config``: filters, matching, loopback through ``--block-network``) and the
recording target are the pytest plugin's (``tencent_ads.testing.pytest_plugin``), as users get them.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import stamina
from hypothesis import HealthCheck, settings
from tencent_ads import AsyncClient, Client, RetryPolicy
from tencent_ads.testing import FakeMarketingAPI

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")
# HYPOTHESIS_PROFILE=long selects the long profile (same as pytest's --hypothesis-profile=long).
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])

pytest_plugins = ["pytester"]  # for tests of the pytest plugin (tests/test_plugin_settings.py)

ROOT = Path(__file__).resolve().parent.parent
SHARED_DOCS = ROOT.parent / "shared" / "api-docs"

#: Retries without waiting, so retry tests are fast and deterministic.
FAST_RETRY = RetryPolicy(max_attempts=4, deadline=30.0, wait_initial=0.0, wait_max=0.0, wait_jitter=0.0)


@pytest.fixture(autouse=True)
def _stamina_active() -> None:
    stamina.set_active(True)


@pytest.fixture
def fake_api() -> Iterator[FakeMarketingAPI]:
    with FakeMarketingAPI() as api:
        yield api


@pytest.fixture
def client(fake_api: FakeMarketingAPI) -> Iterator[Client]:
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as c:
        yield c


@pytest.fixture
async def async_client(fake_api: FakeMarketingAPI) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as c:
        yield c


# --- cassettes (pytest-recording; vcr_config and tencent_ads_recording_target come from the plugin) --------


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    return str(ROOT / "tests" / "cassettes")
