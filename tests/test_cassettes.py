"""Round trips of both endpoints, replayed from pytest-recording cassettes.

Re-record (against the fake server over real HTTP, or a real API when
TENCENT_ADS_RECORD_BASE_URL / TENCENT_ADS_ACCESS_TOKEN / TENCENT_ADS_RECORD_ACCOUNT_ID are set)::

    pytest tests/test_cassettes.py --record-mode=rewrite

The volatile global parameters are filtered in ``vcr_config`` (the pytest plugin's, as users get it), so
they never reach a cassette and do not take part in matching.
"""
# mypy: disable-error-code="union-attr,index,arg-type,comparison-overlap,type-var"
# (models mark every field optional — lenient on receive — and these tests assert presence at run time)

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import pytest
import yaml
from tencent_ads import AsyncClient, Client, RefreshingToken, RetryPolicy, TaskStatus
from tencent_ads.testing import DEFAULT_TOKEN
from tencent_ads.testing._data import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN
from tencent_ads.testing.pytest_plugin import SECRET_PARAMETERS, VOLATILE_PARAMETERS, RecordingTarget
from tencent_ads.validation import validate_request, validate_response
from tencent_ads_api.models.derive_data_version import DeriveDataVersion
from tencent_ads_api.models.material_type import MaterialType

from .conftest import ROOT

CASSETTES = ROOT / "tests" / "cassettes"
Target = RecordingTarget


def _client(target: Target) -> Client:
    base_url, token, _ = target
    return Client(token, base_url=base_url, retry=RetryPolicy.none())


@pytest.mark.vcr
def test_async_tasks_round_trip(tencent_ads_recording_target: Target) -> None:
    with _client(tencent_ads_recording_target) as client:
        data = client.async_tasks.get(
            account_id=tencent_ads_recording_target[2],
            filtering=[{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}],
            page=1,
            page_size=10,
        )
    task = data.list_[0]
    assert (task.task_id, task.task_name, task.status) == (1024, "test task name", TaskStatus.TASK_STATUS_COMPLETED)
    assert task.task_type == "TASK_TYPE_AGENCY_AD_HOURLY_REPORT"
    assert task.result.data.file_info_list[0].md5 == "79054025255fb1a26e4bc422aef54eb4"
    assert (data.page_info.total_number, data.page_info.total_page) == (1, 1)


@pytest.mark.vcr
def test_programmed_commponent_result_round_trip(tencent_ads_recording_target: Target) -> None:
    with _client(tencent_ads_recording_target) as client:
        data = client.programmed_commponent_result.get(
            account_id=tencent_ads_recording_target[2], material_derive_id=116922
        )
    assert data.material_derive_id == 116922
    assert data.derive_data_version is DeriveDataVersion.DERIVE_DATA_VERSION_V3
    assert [c.derive_material.material_id for c in data.list_] == [3173292726, 3173292727, 3173292728, 3173292729]
    assert data.list_[3].origin_material[0].type_ is MaterialType.VIDEO


@pytest.mark.vcr
async def test_async_client_round_trips(tencent_ads_recording_target: Target) -> None:
    base_url, token, account = tencent_ads_recording_target
    async with AsyncClient(token, base_url=base_url, retry=RetryPolicy.none()) as client:
        data = await client.programmed_commponent_result.get(account_id=account, material_derive_id=116922)
        tasks = [t async for t in client.async_tasks.iterate(account_id=account, page_size=20)]
    assert len(data.list_) == 4
    ids = [t.task_id for t in tasks]
    assert len(ids) == len(set(ids)) == 46


@pytest.mark.vcr
def test_refreshing_token_round_trip(tencent_ads_recording_target: Target) -> None:
    """oauth/token (refresh), then a call signed with the new token; the cassette keeps no secret."""
    base_url, _, account = tencent_ads_recording_target
    token = RefreshingToken(
        client_id=DEFAULT_CLIENT_ID, client_secret=DEFAULT_CLIENT_SECRET, refresh_token=DEFAULT_REFRESH_TOKEN
    )
    with Client(token, base_url=base_url, retry=RetryPolicy.none()) as client:
        data = client.async_tasks.get(account_id=account, page_size=1)
    assert token.refreshes == 1 and token.pair is not None and token.pair.account_id == account
    assert len(data.list_) == 1


@pytest.mark.vcr
def test_async_tasks_add_round_trip(tencent_ads_recording_target: Target) -> None:
    """A write: the doc page's curl body as compact JSON (as the cassette stored it), then the task it created."""
    with _client(tencent_ads_recording_target) as client:
        added = client.async_tasks.add(
            account_id=tencent_ads_recording_target[2],
            task_name="cassette task",
            task_type="TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
            task_spec={"task_type_agency_ad_hourly_report_spec": {"date": "2018-08-28"}},
        )
        assert isinstance(added.task_id, int)
        data = client.async_tasks.get(
            account_id=tencent_ads_recording_target[2],
            filtering=[{"field": "task_id", "operator": "EQUALS", "values": [str(added.task_id)]}],
        )
    assert [(t.task_id, t.task_name) for t in data.list_] == [(added.task_id, "cassette task")]
    stored = yaml.safe_load((CASSETTES / "test_async_tasks_add_round_trip.yaml").read_text(encoding="utf-8"))
    post = stored["interactions"][0]["request"]
    assert post["method"] == "POST"
    assert post["headers"]["content-type"] == ["application/json"]
    assert post["body"] == (
        '{"account_id":25610,"task_name":"cassette task","task_type":"TASK_TYPE_AGENCY_AD_HOURLY_REPORT",'
        '"task_spec":{"task_type_agency_ad_hourly_report_spec":{"date":"2018-08-28"}}}'
    )


def _cassettes() -> list[Path]:
    return sorted(CASSETTES.glob("*.yaml"))


def test_cassettes_exist_for_every_round_trip() -> None:
    names = {p.stem for p in _cassettes()}
    assert {
        "test_async_tasks_round_trip",
        "test_programmed_commponent_result_round_trip",
        "test_async_client_round_trips",
        "test_refreshing_token_round_trip",
        "test_async_tasks_add_round_trip",
    } <= names


TOKENISH = re.compile(
    r"access_token=|timestamp=|nonce=|client_secret=|refresh_token=|authorization_code=|fake-access-|fake-refresh-|"
    + "|".join(re.escape(s) for s in (DEFAULT_TOKEN, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN)),
    re.IGNORECASE,
)


@pytest.mark.parametrize("cassette", _cassettes(), ids=lambda p: p.stem)
def test_no_secret_or_volatile_parameter_in_any_cassette(cassette: Path) -> None:
    text = cassette.read_text(encoding="utf-8")
    assert not TOKENISH.search(text), TOKENISH.search(text)
    for interaction in yaml.safe_load(text)["interactions"]:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(interaction["request"]["uri"]).query)
        assert set(query).isdisjoint(VOLATILE_PARAMETERS + SECRET_PARAMETERS)


@pytest.mark.parametrize("cassette", _cassettes(), ids=lambda p: p.stem)
def test_every_stored_exchange_matches_the_spec(cassette: Path) -> None:
    """Requests (global parameters were filtered out before saving) and responses, checked with openapi-core."""
    for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
        request = interaction["request"]
        body = request.get("body") or None  # a write's JSON body, as recorded
        violations = validate_request(request["uri"], method=request["method"], body=body, require_auth=False)
        # the secrets were filtered out before saving, as the global parameters were: only they may be missing
        assert [v for v in violations if v.parameter not in SECRET_PARAMETERS or v.given != "nothing"] == []
        response = interaction["response"]
        assert response["status"]["code"] == 200
        assert validate_response(request["uri"], response["body"]["string"], method=request["method"]) == []
