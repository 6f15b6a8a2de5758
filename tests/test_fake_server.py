# mypy: disable-error-code="union-attr,index,arg-type"
"""The fake Marketing API over real HTTP: every enforced rule, filtering, paging and every fault kind."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from tencent_ads import AsyncClient, Client, TaskStatus, new_nonce
from tencent_ads.testing import FakeMarketingAPI, Fault


def raw_get(api: FakeMarketingAPI, path: str, **params: Any) -> httpx.Response:
    query = {"access_token": api.token, "timestamp": str(int(time.time())), "nonce": new_nonce()}
    query.update({k: v for k, v in params.items() if v is not None})
    return httpx.get(api.base_url + path, params={k: v for k, v in query.items() if v != "<drop>"})


def code_of(response: httpx.Response) -> int:
    assert response.status_code == 200
    return int(response.json()["code"])


@pytest.mark.parametrize("missing", ["access_token", "timestamp", "nonce"])
def test_missing_global_parameter_is_12000(fake_api: FakeMarketingAPI, missing: str) -> None:
    assert (
        code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, **{missing: "<drop>"})) == 12000
    )


def test_unknown_token_is_11002(fake_api: FakeMarketingAPI) -> None:
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, access_token="nope")) == 11002


@pytest.mark.parametrize(("skew", "code"), [(-301, 12101), (301, 12101), (-300, 0), (300, 0)])
def test_timestamp_window_is_300_seconds(skew: int, code: int) -> None:
    with FakeMarketingAPI(clock=lambda: 1_700_000_000.0) as api:
        stamp = str(1_700_000_000 + skew)
        assert code_of(raw_get(api, "/async_tasks/get", account_id=api.account_id, timestamp=stamp)) == code


def test_nonce_reuse_is_12100_and_long_nonce_is_rejected(fake_api: FakeMarketingAPI) -> None:
    nonce = new_nonce()
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, nonce=nonce)) == 0
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, nonce=nonce)) == 12100
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, nonce="n" * 33)) == 12000


@pytest.mark.parametrize(
    ("params", "code", "text"),
    [
        ({"account_id": "abc"}, 18001, "account_id: expected a value of type integer"),
        ({"page": "0"}, 18001, "page: expected ≥ 1"),
        ({"page_size": "101"}, 18001, "page_size: expected ≤ 100"),
        ({"filtering": "[{"}, 12003, "not valid JSON"),
        ({"filtering": '[{"field":"task_id","operator":"LESS","values":["1"]}]'}, 18001, "operator 'LESS'"),
        ({"account_id": "777"}, 12201, "777"),
    ],
)
def test_parameter_validation(fake_api: FakeMarketingAPI, params: dict[str, str], code: int, text: str) -> None:
    merged = {"account_id": str(fake_api.account_id), **params}
    body = raw_get(fake_api, "/async_tasks/get", **merged).json()
    assert body["code"] == code
    assert text in body["message"]


def test_unknown_path_is_12007(fake_api: FakeMarketingAPI) -> None:
    assert code_of(raw_get(fake_api, "/adgroups/get", account_id=fake_api.account_id)) == 12007


def _tasks(client: Client, account: int, *filters: dict[str, Any]) -> list[Any]:
    return list(client.async_tasks.iterate(account_id=account, filtering=list(filters)))


def test_filter_semantics(fake_api: FakeMarketingAPI, client: Client) -> None:
    account = fake_api.account_id
    assert [
        t.task_id for t in _tasks(client, account, {"field": "task_id", "operator": "EQUALS", "values": ["1024"]})
    ] == [1024]
    ids = {
        t.task_id
        for t in _tasks(client, account, {"field": "task_id", "operator": "IN", "values": ["2001", "2002", "5"]})
    }
    assert ids == {2001, 2002}
    named = _tasks(client, account, {"field": "task_name", "operator": "CONTAINS", "values": ["批量"]})
    assert named and all("批量" in t.task_name for t in named)
    assert [
        t.task_name
        for t in _tasks(client, account, {"field": "task_name", "operator": "EQUALS", "values": ["test task name"]})
    ] == ["test task name"]
    typed = _tasks(
        client, account, {"field": "task_type", "operator": "EQUALS", "values": ["TASK_TYPE_DELETE_ADGROUP_NEW"]}
    )
    assert typed and all(t.task_type == "TASK_TYPE_DELETE_ADGROUP_NEW" for t in typed)
    pending = _tasks(client, account, {"field": "status", "operator": "IN", "values": ["TASK_STATUS_PENDING"]})
    assert pending and all(t.status is TaskStatus.TASK_STATUS_PENDING for t in pending)
    ok = _tasks(
        client, account, {"field": "result_status", "operator": "EQUALS", "values": ["TASK_RESULT_STATUS_SUCCESS"]}
    )
    assert ok and all(t.result.code == 0 for t in ok)
    cut = 1763870000 + 60 * 10
    checks: list[tuple[str, Callable[[int], bool]]] = [
        ("LESS", lambda c: c < cut),
        ("LESS_EQUALS", lambda c: c <= cut),
        ("GREATER", lambda c: c > cut),
        ("GREATER_EQUALS", lambda c: c >= cut),
        ("EQUALS", lambda c: c == cut),
    ]
    for operator, check in checks:
        found = _tasks(client, account, {"field": "created_time", "operator": operator, "values": [str(cut)]})
        assert found and all(check(t.created_time) for t in found), operator
    both = _tasks(
        client,
        account,
        {"field": "status", "operator": "EQUALS", "values": ["TASK_STATUS_COMPLETED"]},
        {"field": "task_type", "operator": "EQUALS", "values": ["TASK_TYPE_DELETE_ADGROUP_NEW"]},
    )
    assert both and all(
        t.status is TaskStatus.TASK_STATUS_COMPLETED and t.task_type == "TASK_TYPE_DELETE_ADGROUP_NEW" for t in both
    )


def test_paging(fake_api: FakeMarketingAPI, client: Client) -> None:
    page = client.async_tasks.get(account_id=fake_api.account_id, page=5, page_size=10)
    assert len(page.list_) == 6
    assert (page.page_info.page, page.page_info.total_number, page.page_info.total_page) == (5, 46, 5)
    beyond = client.async_tasks.get(account_id=fake_api.account_id, page=6, page_size=10)
    assert beyond.list_ == []
    default = client.async_tasks.get(account_id=fake_api.account_id)
    assert (default.page_info.page, default.page_info.page_size, len(default.list_)) == (1, 10, 10)


def test_derive_results(fake_api: FakeMarketingAPI, client: Client) -> None:
    data = client.programmed_commponent_result.get(account_id=fake_api.account_id, material_derive_id=116922)
    assert data.adgroup_id == 8317721 and len(data.list_) == 4
    body = raw_get(
        fake_api, "/programmed_commponent_result/get", account_id=fake_api.account_id, material_derive_id=116922
    ).json()
    assert body["data"]["list"][0]["derive_material"]["material_id"] == "3173292726"  # a string, as the docs show
    empty = client.programmed_commponent_result.get(account_id=fake_api.account_id, material_derive_id=1)
    assert empty.to_dict() == {"list": []}  # a page's list is always present (issue 14)


@pytest.mark.parametrize(
    ("fault", "check"),
    [
        (Fault("api_error", code=11017, message="minute limit"), lambda r: r.json()["code"] == 11017),
        (
            Fault("http_status", status=503, retry_after="3"),
            lambda r: r.status_code == 503 and r.headers["Retry-After"] == "3",
        ),
        (Fault("html_error_page", status=502), lambda r: r.status_code == 502 and r.text.startswith("<html>")),
        (Fault("truncated_json"), lambda r: r.status_code == 200 and not _is_json(r.content)),
        (Fault("slow", delay=0.2), lambda r: r.json()["code"] == 0),
    ],
)
def test_fault_kinds_over_http(fake_api: FakeMarketingAPI, fault: Fault, check: Any) -> None:
    fake_api.inject(fault)
    started = time.monotonic()
    response = raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id)
    assert check(response)
    if fault.kind == "slow":
        assert time.monotonic() - started >= 0.2


def test_dropped_connection(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("drop_connection"))
    with pytest.raises(httpx.RemoteProtocolError):
        raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id)


def test_faults_by_path_and_by_schedule(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("api_error", code=10000, path="/v3.0/programmed_commponent_result/get"))
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id)) == 0
    assert (
        code_of(
            raw_get(fake_api, "/programmed_commponent_result/get", account_id=fake_api.account_id, material_derive_id=1)
        )
        == 10000
    )
    fake_api.set_schedule(lambda n, path: Fault("api_error", code=12700) if n % 2 == 0 else None)
    codes = [code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id)) for _ in range(4)]
    assert codes == [0, 12700, 0, 12700]  # requests 3 to 6 of this server


def test_task_status_advances_over_time(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.add_task(
        {"task_id": 8001, "status": "TASK_STATUS_PENDING"},
        progression=["TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"],
        every=0.3,
    )
    seen: list[str | None] = []
    task = client.async_tasks.wait(
        account_id=fake_api.account_id,
        task_id=8001,
        poll_interval=0.05,
        backoff=1.0,
        on_progress=lambda p: seen.append(p.status),
    )
    assert task.status is TaskStatus.TASK_STATUS_COMPLETED
    order = ["TASK_STATUS_PENDING", "TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"]
    assert seen == sorted(seen, key=order.index)  # statuses only move forward, with time
    assert len(set(seen)) >= 2  # polls every 50 ms see the task change at least once


def test_requests_record_no_token(fake_api: FakeMarketingAPI, client: Client) -> None:
    client.async_tasks.get(account_id=fake_api.account_id)
    assert fake_api.requests[-1].params["access_token"] == "***"
    assert fake_api.token not in repr(fake_api.requests)


def _is_json(body: bytes) -> bool:
    try:
        json.loads(body)
    except ValueError:
        return False
    return True


def test_the_shipped_pytest_fixtures(tencent_ads_fake_api: FakeMarketingAPI, tencent_ads_client: Client) -> None:
    assert tencent_ads_client.async_tasks.get(account_id=tencent_ads_fake_api.account_id).page_info.total_number == 46


async def test_the_shipped_async_fixture(
    tencent_ads_async_client: AsyncClient, tencent_ads_fake_api: FakeMarketingAPI
) -> None:
    data = await tencent_ads_async_client.programmed_commponent_result.get(
        account_id=tencent_ads_fake_api.account_id, material_derive_id=116922
    )
    assert len(data.list_) == 4


def test_fields_projection_and_errors(fake_api: FakeMarketingAPI, client: Client) -> None:
    page = client.async_tasks.get(account_id=fake_api.account_id, fields=["task_id", "status"], page_size=3)
    assert [sorted(t.to_dict()) for t in page.list_] == [["status", "task_id"]] * 3
    assert fake_api.requests[-1].params["fields"] == '["task_id","status"]'
    derive = client.programmed_commponent_result.get(
        account_id=fake_api.account_id, material_derive_id=116922, fields=["material_derive_id"]
    )
    assert derive.to_dict() == {"material_derive_id": 116922, "list": []}  # a page's list is always a list
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, fields="[1]")) == 12009
    assert code_of(raw_get(fake_api, "/async_tasks/get", account_id=fake_api.account_id, fields="[")) == 12009


def test_faults_can_target_an_account_or_a_task_and_speak_like_the_api() -> None:
    from tencent_ads import RateLimitError, RetryPolicy

    with FakeMarketingAPI(accounts=(25610, 25611)) as api:
        api.inject(Fault("api_error", code=11017, account_id=25611), Fault("api_error", code=12700, task_id=1024))
        with Client(api.token, base_url=api.base_url, retry=RetryPolicy.none()) as client:
            client.async_tasks.get(account_id=25610)  # neither fault is for this call
            with pytest.raises(RateLimitError) as limited:
                client.async_tasks.get(account_id=25611)
            client.async_tasks.get(account_id=25611)  # the fault was used up
            with pytest.raises(Exception, match="resource is busy"):
                client.async_tasks.get(
                    account_id=25610, filtering=[{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}]
                )
    assert "try again in 5 minutes" in limited.value.message and "5分钟" in limited.value.message_cn
