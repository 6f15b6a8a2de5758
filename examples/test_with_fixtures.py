"""Testing your own code with the package's pytest fixtures (installed with ``tencent-ads[testing]``).

``tencent_ads_fake_api`` is a fresh fake Marketing API on loopback per test; ``tencent_ads_client`` a Client
pointed at it. Run: ``python -m pytest examples/test_with_fixtures.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tencent_ads import Client, RateLimitError, RetryPolicy, TaskStatus
from tencent_ads.testing import FakeMarketingAPI, Fault


# --8<-- [start:code]
def unfinished(client: Client, account_id: int) -> list[int]:
    """The code under test: ids of the tasks that are still running."""
    return [
        t.task_id
        for t in client.async_tasks.iterate(account_id=account_id)
        if t.status in (TaskStatus.TASK_STATUS_PENDING, TaskStatus.TASK_STATUS_PROCESSING)
        and isinstance(t.task_id, int)
    ]


# --8<-- [end:code]


# --8<-- [start:fixtures]
def test_unfinished_tasks(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    tencent_ads_fake_api.add_task({"task_id": 9001, "status": "TASK_STATUS_PENDING"})
    assert 9001 in unfinished(tencent_ads_client, tencent_ads_fake_api.account_id)


# --8<-- [end:fixtures]


# --8<-- [start:faults]
def test_a_rate_limit_reaches_the_caller(tencent_ads_fake_api: FakeMarketingAPI) -> None:
    tencent_ads_fake_api.inject(Fault("api_error", code=11017))
    api = tencent_ads_fake_api
    with Client(api.token, base_url=api.base_url, retry=RetryPolicy.none()) as client:
        with pytest.raises(RateLimitError) as info:
            unfinished(client, api.account_id)
    assert info.value.window == "minute"


def test_a_task_that_finishes_while_it_is_watched(
    tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI
) -> None:
    tencent_ads_fake_api.add_task(
        {"task_id": 9002, "status": "TASK_STATUS_PENDING"},
        progression=["TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"],  # one step per read of the task
    )
    account = tencent_ads_fake_api.account_id
    assert 9002 in unfinished(tencent_ads_client, account)  # read: PENDING, now PROCESSING
    assert 9002 in unfinished(tencent_ads_client, account)  # read: PROCESSING, now COMPLETED
    assert 9002 not in unfinished(tencent_ads_client, account)


# --8<-- [end:faults]


# --8<-- [start:marker]
@pytest.mark.tencent_ads(accounts=(25610, 25611), extra_tasks=0, retry=RetryPolicy.none())
def test_one_account_of_two(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    # accounts and extra_tasks went to the fake server (each account: the doc example task only), retry to the client
    tencent_ads_fake_api.add_task({"task_id": 9003, "status": "TASK_STATUS_PROCESSING"}, account_id=25611)
    assert unfinished(tencent_ads_client, 25610) == []
    assert unfinished(tencent_ads_client, 25611) == [9003]


# --8<-- [end:marker]


# --8<-- [start:factories]
def test_a_second_fake(
    tencent_ads_fake_api_factory: Callable[..., FakeMarketingAPI],
    tencent_ads_client_factory: Callable[..., Client],
) -> None:
    empty = tencent_ads_fake_api_factory(accounts=(7,), extra_tasks=0)  # only the doc example task, completed
    client = tencent_ads_client_factory(empty, timeout=5)  # both are stopped or closed after the test
    assert unfinished(client, 7) == []


# --8<-- [end:factories]
