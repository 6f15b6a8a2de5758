"""Shared fixtures: the fake Marketing API on loopback, clients bound to it, and the cassette settings."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

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

#: Query parameters that are secret or change on every attempt: never stored, never matched.
VOLATILE_PARAMETERS = ["access_token", "timestamp", "nonce"]
#: oauth/token's secrets: never in a cassette (and not matched on).
SECRET_PARAMETERS = ["client_secret", "refresh_token", "authorization_code"]
#: What a recorded oauth/token answer holds instead of the tokens it carried.
RECORDED_TOKENS = {"access_token": "recorded-access-token", "refresh_token": "recorded-refresh-token"}


def scrub_token_answer(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy's before_record_response: an answer carrying tokens (oauth/token) is saved with placeholders."""
    body = response.get("body", {}).get("string", b"")
    try:
        document = json.loads(body)
    except (ValueError, TypeError):
        return response
    data = document.get("data") if isinstance(document, dict) else None
    if isinstance(data, dict) and RECORDED_TOKENS.keys() & data.keys():
        data.update({k: v for k, v in RECORDED_TOKENS.items() if k in data})
        response["body"]["string"] = json.dumps(document).encode()
    return response


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


# --- cassettes (pytest-recording) ------------------------------------------------------------


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    """The one place cassette filters live (a @pytest.mark.vcr argument would replace them wholesale).

    ``filter_query_parameters`` runs before matching as well as before saving, so
    the volatile parameters neither reach a cassette nor break matching; the
    fake server's port changes per run, so host and port are not matched.
    """
    return {
        "filter_query_parameters": VOLATILE_PARAMETERS + SECRET_PARAMETERS,
        "before_record_response": scrub_token_answer,
        "match_on": ["method", "path", "query"],
        "record_on_exception": False,
    }


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    return str(ROOT / "tests" / "cassettes")


@pytest.fixture
def recording_target(record_mode: str) -> Iterator[tuple[str, str, int]]:
    """(base_url, token, account_id) for cassette tests.

    Replaying (the default, ``--record-mode=none``) needs no server: nothing
    leaves the process. Recording runs against the fake server, or — when
    ``TENCENT_ADS_RECORD_BASE_URL``, ``TENCENT_ADS_ACCESS_TOKEN`` and
    ``TENCENT_ADS_RECORD_ACCOUNT_ID`` are set — against that real API.
    """
    if record_mode == "none":
        yield "http://127.0.0.1:9/v3.0", "replay-token", int(os.environ.get("TENCENT_ADS_RECORD_ACCOUNT_ID", "25610"))
        return
    real = os.environ.get("TENCENT_ADS_RECORD_BASE_URL")
    if real:
        yield real, os.environ["TENCENT_ADS_ACCESS_TOKEN"], int(os.environ["TENCENT_ADS_RECORD_ACCOUNT_ID"])
        return
    with FakeMarketingAPI() as api:
        yield api.base_url, api.token, api.account_id
