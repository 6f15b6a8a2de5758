"""Testing your own code with the package's pytest fixtures (installed with ``tencent-ads[testing]``).

``tencent_ads_fake_api`` is a fresh fake Marketing API on loopback per test; ``tencent_ads_client`` a Client
pointed at it. Run: ``python -m pytest examples/test_with_fixtures.py``.
"""

from __future__ import annotations

import pytest
from tencent_ads import Client, RateLimitError, RetryPolicy, TaskStatus
from tencent_ads.testing import FakeMarketingAPI, Fault


def unfinished(client: Client, account_id: int) -> list[int]:
    """The code under test: ids of the tasks that are still running."""
    return [
        t.task_id
        for t in client.async_tasks.iterate(account_id=account_id)
        if t.status in (TaskStatus.TASK_STATUS_PENDING, TaskStatus.TASK_STATUS_PROCESSING)
        and isinstance(t.task_id, int)
    ]


def test_unfinished_tasks(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    tencent_ads_fake_api.add_task({"task_id": 9001, "status": "TASK_STATUS_PENDING"})
    assert 9001 in unfinished(tencent_ads_client, tencent_ads_fake_api.account_id)


def test_a_rate_limit_reaches_the_caller(tencent_ads_fake_api: FakeMarketingAPI) -> None:
    tencent_ads_fake_api.inject(Fault("api_error", code=11017))
    api = tencent_ads_fake_api
    with Client(api.token, base_url=api.base_url, retry=RetryPolicy.none()) as client:
        with pytest.raises(RateLimitError) as info:
            unfinished(client, api.account_id)
    assert info.value.window == "minute"
