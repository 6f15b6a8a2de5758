"""Cassettes for users' own tests, provided by the pytest plugin (issue 24).

A user's test file — the plugin's fixtures and ``@pytest.mark.vcr``, no conftest, no pytest configuration — is
recorded once against the fake over real HTTP (``--record-mode=once``), then replayed offline
(``--record-mode=none --block-network``) in a fresh process, where the fake listens on another port. The cassettes
must hold no token, nonce, timestamp or secret of the OAuth app.
"""

from __future__ import annotations

import re
import shutil
import urllib.parse
from pathlib import Path

import pytest
import yaml
from tencent_ads.testing import DEFAULT_TOKEN, FakeMarketingAPI
from tencent_ads.testing._data import DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "test_with_cassettes.py"
EXAMPLE_CASSETTES = ROOT / "examples" / "cassettes" / "test_with_cassettes"
GUIDE = ROOT / "docs" / "testing.md"

#: A user's test module: sync and async clients, a refreshing token (oauth/token), a write, and a test that uses the
#: fake without a cassette (``--block-network`` must let it reach loopback).
USER_TESTS = """
import pytest
from tencent_ads import AsyncClient, Client, RefreshingToken, RetryPolicy, HTTPStatusError
from tencent_ads.testing import FakeMarketingAPI, Fault


@pytest.mark.vcr
def test_lists_tasks(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    page = tencent_ads_client.async_tasks.get(account_id=tencent_ads_fake_api.account_id, page_size=5)
    assert page.page_info is not None and page.page_info.total_number == 46
    assert len(page.list_ or []) == 5


@pytest.mark.vcr
def test_refreshes_its_token(tencent_ads_fake_api: FakeMarketingAPI) -> None:
    api = tencent_ads_fake_api
    token = RefreshingToken(client_id=api.client_id, client_secret=api.client_secret, refresh_token=api.refresh_token)
    with Client(token, base_url=api.base_url, retry=RetryPolicy.none()) as client:
        assert client.async_tasks.get(account_id=api.account_id, page_size=1).list_
    assert token.refreshes == 1


@pytest.mark.vcr
def test_adds_a_task(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    added = tencent_ads_client.async_tasks.add(
        account_id=tencent_ads_fake_api.account_id,
        task_name="nightly",
        task_type="TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
        task_spec={"task_type_agency_ad_hourly_report_spec": {"date": "2024-05-01"}},
    )
    page = tencent_ads_client.async_tasks.get(
        account_id=tencent_ads_fake_api.account_id,
        filtering=[{"field": "task_id", "operator": "EQUALS", "values": [str(added.task_id)]}],
    )
    assert [t.task_name for t in page.list_ or []] == ["nightly"]


@pytest.mark.vcr
@pytest.mark.asyncio
async def test_async_client(tencent_ads_async_client: AsyncClient, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    ids = [t.task_id async for t in tencent_ads_async_client.async_tasks.iterate(
        account_id=tencent_ads_fake_api.account_id, page_size=20)]
    assert len(set(ids)) == 46


@pytest.mark.tencent_ads(retry=0)
def test_a_fault_without_a_cassette(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    tencent_ads_fake_api.inject(Fault("http_status", status=503))
    with pytest.raises(HTTPStatusError):
        tencent_ads_client.async_tasks.get(account_id=tencent_ads_fake_api.account_id)
"""

RECORDED = ["test_lists_tasks", "test_refreshes_its_token", "test_adds_a_task", "test_async_client"]

TOKENISH = re.compile(
    r"access_token=|timestamp=|nonce=|client_secret=|refresh_token=|authorization_code=|fake-access-|fake-refresh-|"
    + "|".join(re.escape(s) for s in (DEFAULT_TOKEN, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN)),
    re.IGNORECASE,
)
GLOBAL_PARAMETERS = {"access_token", "timestamp", "nonce", "client_secret", "refresh_token", "authorization_code"}


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """A fresh pytest process in pytester's folder: the installed plugins only, no configuration of the user's."""
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


def _assert_clean(cassette: Path) -> None:
    text = cassette.read_text(encoding="utf-8")
    found = TOKENISH.search(text)
    assert found is None, f"{cassette.name} holds {found.group()!r}"
    for interaction in yaml.safe_load(text)["interactions"]:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(interaction["request"]["uri"]).query)
        assert GLOBAL_PARAMETERS.isdisjoint(query), interaction["request"]["uri"]


@pytest.fixture
def user_project(pytester: pytest.Pytester) -> pytest.Pytester:
    assert not list(pytester.path.glob("*.toml")) and not list(pytester.path.glob("*.ini"))
    assert not (pytester.path / "conftest.py").exists()
    pytester.makepyfile(test_report_job=USER_TESTS)
    return pytester


def test_a_users_cassettes_record_and_replay_offline_without_configuration(user_project: pytest.Pytester) -> None:
    recorded = _run(user_project, "--record-mode=once")
    recorded.assert_outcomes(passed=5)
    folder = user_project.path / "cassettes" / "test_report_job"
    cassettes = {p.stem: p for p in folder.glob("*.yaml")}
    assert sorted(cassettes) == sorted(RECORDED)
    for cassette in cassettes.values():
        _assert_clean(cassette)
    refresh = yaml.safe_load(cassettes["test_refreshes_its_token"].read_text(encoding="utf-8"))
    assert [i["request"]["uri"].split("?")[0].rsplit("/", 1)[1] for i in refresh["interactions"]] == [
        "token",
        "get",
    ]

    replayed = _run(user_project, "--record-mode=none", "--block-network")
    replayed.assert_outcomes(passed=5)
    # nothing was added to the cassettes while replaying
    assert {p.stem for p in folder.glob("*.yaml")} == set(RECORDED)


def test_replaying_refuses_a_request_that_was_not_recorded(user_project: pytest.Pytester) -> None:
    """Offline replay is real: a request missing from the cassette fails instead of reaching the fake."""
    _run(user_project, "--record-mode=once", "-k", "test_lists_tasks").assert_outcomes(passed=1, deselected=4)
    cassette = user_project.path / "cassettes" / "test_report_job" / "test_lists_tasks.yaml"
    cassette.write_text(cassette.read_text(encoding="utf-8").replace("page_size=5", "page_size=6"), encoding="utf-8")
    result = _run(user_project, "--record-mode=none", "--block-network", "-k", "test_lists_tasks")
    result.assert_outcomes(failed=1, deselected=4)
    assert "CannotOverwriteExistingCassetteException" in result.stdout.str()


def test_a_users_own_vcr_config_extends_the_plugins(user_project: pytest.Pytester) -> None:
    """A conftest ``vcr_config`` overrides the plugin's as any fixture would, and can build on it."""
    user_project.makeconftest(
        """
        import pytest

        @pytest.fixture(scope="session")
        def vcr_config(vcr_config):
            return {**vcr_config, "filter_headers": ["user-agent"]}
        """
    )
    _run(user_project, "--record-mode=once", "-k", "test_lists_tasks").assert_outcomes(passed=1, deselected=4)
    cassette = user_project.path / "cassettes" / "test_report_job" / "test_lists_tasks.yaml"
    _assert_clean(cassette)
    request = yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"][0]["request"]
    assert "user-agent" not in {h.lower() for h in request["headers"]}
    _run(user_project, "--record-mode=none", "--block-network", "-k", "test_lists_tasks").assert_outcomes(
        passed=1, deselected=4
    )


def test_the_documented_example_records_and_replays(pytester: pytest.Pytester) -> None:
    """examples/test_with_cassettes.py (included in docs/testing.md), as a user runs it: offline, then recorded."""
    pytester.makepyfile(test_with_cassettes=EXAMPLE.read_text(encoding="utf-8"))
    folder = pytester.path / "cassettes" / "test_with_cassettes"
    shutil.copytree(EXAMPLE_CASSETTES, folder)  # the committed cassettes, recorded with pytest-recording
    for cassette in folder.glob("*.yaml"):
        _assert_clean(cassette)
    _run(pytester, "--record-mode=none", "--block-network").assert_outcomes(passed=2)
    shutil.rmtree(folder)
    _run(pytester, "--record-mode=once").assert_outcomes(passed=2)
    assert {p.stem for p in folder.glob("*.yaml")} == {p.stem for p in EXAMPLE_CASSETTES.glob("*.yaml")}
    for cassette in folder.glob("*.yaml"):
        _assert_clean(cassette)
    _run(pytester, "--record-mode=none", "--block-network").assert_outcomes(passed=2)


def _guide_blocks() -> list[str]:
    """docs/testing.md's own Python blocks (the others are included from examples/ and run above)."""
    blocks = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)
    return [b for b in blocks if not b.startswith("--8<--")]


def test_the_guides_conftest_and_recording_target_blocks(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guide's vcr_config override and its tencent_ads_recording_target test: recorded against a fake, then
    against a stand-in for a real API (the TENCENT_ADS_RECORD_* variables), each replayed offline."""
    conftest, test = _guide_blocks()
    pytester.makeconftest(conftest)
    pytester.makepyfile(test_guide=test)
    for name in ("TENCENT_ADS_RECORD_BASE_URL", "TENCENT_ADS_ACCESS_TOKEN", "TENCENT_ADS_RECORD_ACCOUNT_ID"):
        monkeypatch.delenv(name, raising=False)
    cassette = pytester.path / "cassettes" / "test_guide" / "test_first_page.yaml"

    _run(pytester, "--record-mode=once").assert_outcomes(passed=1)
    _assert_clean(cassette)
    _run(pytester, "--record-mode=none", "--block-network").assert_outcomes(passed=1)

    with FakeMarketingAPI(accounts=(777,)) as real:
        monkeypatch.setenv("TENCENT_ADS_RECORD_BASE_URL", real.base_url)
        monkeypatch.setenv("TENCENT_ADS_ACCESS_TOKEN", real.token)
        monkeypatch.setenv("TENCENT_ADS_RECORD_ACCOUNT_ID", "777")
        _run(pytester, "--record-mode=rewrite").assert_outcomes(passed=1)
        assert [r.path for r in real.requests] == ["/v3.0/async_tasks/get"]
    _assert_clean(cassette)
    assert "account_id=777" in cassette.read_text(encoding="utf-8")
    monkeypatch.delenv("TENCENT_ADS_RECORD_BASE_URL")
    monkeypatch.delenv("TENCENT_ADS_ACCESS_TOKEN")
    _run(pytester, "--record-mode=none", "--block-network").assert_outcomes(passed=1)  # the account stays set
