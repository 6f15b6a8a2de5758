"""``with_raw_response``: the HTTP answer behind a successful call, sync and async, for every operation."""

from __future__ import annotations

import pickle

from tencent_ads import AsyncClient, Client, RawResponse
from tencent_ads.testing import FakeMarketingAPI, Fault
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData

from .conftest import FAST_RETRY


def test_sync_raw_response_has_status_headers_trace_id_and_the_parsed_page(fake_api: FakeMarketingAPI) -> None:
    fake_api.inject(Fault("api_error", code=10000))  # one retry first
    with Client(fake_api.token, base_url=fake_api.base_url, retry=FAST_RETRY) as client:
        raw = client.with_raw_response.async_tasks.get(account_id=fake_api.account_id, page_size=3)
        plain = client.async_tasks.get(account_id=fake_api.account_id, page_size=3)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.attempts == 2
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.trace_id is not None and raw.trace_id.startswith("fake-")
    page = raw.parse()
    assert isinstance(page, AsyncTasksGetData)
    assert [t.task_id for t in page.list_] == [t.task_id for t in plain.list_]
    assert (raw.method, raw.path) == ("GET", "/async_tasks/get") and raw.elapsed > 0
    assert fake_api.token not in repr(raw)


async def test_async_raw_response_and_a_file(fake_api: FakeMarketingAPI) -> None:
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url) as client:
        raw = await client.with_raw_response.programmed_commponent_result.get(
            account_id=fake_api.account_id, material_derive_id=116922
        )
        file = await client.with_raw_response.async_task_files.get(
            account_id=fake_api.account_id, task_id=1024, file_id=5
        )
    assert raw.status_code == 200 and raw.attempts == 1 and len(raw.parse().list_) == 4
    assert isinstance(file.parse(), bytes) and file.trace_id is None
    assert file.headers["content-type"] == "application/octet-stream"


def test_raw_response_pickles(fake_api: FakeMarketingAPI) -> None:
    with Client(fake_api.token, base_url=fake_api.base_url) as client:
        raw = client.with_raw_response.async_task_files.get(account_id=fake_api.account_id, task_id=1024, file_id=5)
    copy = pickle.loads(pickle.dumps(raw))  # noqa: S301 - our own bytes
    assert copy.parse() == raw.parse() and copy.status_code == 200
