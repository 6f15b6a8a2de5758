"""wait_many: many tasks of an account in one request per poll, one deadline, unknown ids named at once."""
# mypy: disable-error-code="union-attr,index,arg-type"

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest
from tencent_ads import AsyncClient, Client, RequestValidationError, TaskStatus
from tencent_ads._errors import TasksNotFoundError
from tencent_ads.testing import FakeMarketingAPI

from .conftest import FAST_RETRY

STEPS = ["TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"]


def _accounts(api: FakeMarketingAPI, per_account: int) -> dict[int, list[int]]:
    ids: dict[int, list[int]] = {}
    for account in api.accounts:
        for n in range(per_account):
            task_id = account * 100 + n
            api.add_task({"task_id": task_id, "status": "TASK_STATUS_PENDING"}, account_id=account, progression=STEPS)
            ids.setdefault(account, []).append(task_id)
    return ids


async def test_sixty_tasks_over_twenty_accounts_one_request_per_account_per_poll() -> None:
    with FakeMarketingAPI(accounts=range(1, 21), extra_tasks=0) as api:
        ids = _accounts(api, 3)
        polls: Counter[int] = Counter()

        async with AsyncClient(api.token, base_url=api.base_url, retry=FAST_RETRY) as client:

            async def one(account: int) -> list[Any]:
                def seen(progress: Any) -> None:
                    polls[account] = progress.polls

                return await client.async_tasks.wait_many(
                    account_id=account, task_ids=ids[account], poll_interval=0.01, on_progress=seen
                )

            results = await asyncio.gather(*(one(account) for account in ids))
        per_account = Counter(int(r.params["account_id"]) for r in api.requests)
    assert all(t.status is TaskStatus.TASK_STATUS_COMPLETED for tasks in results for t in tasks)
    assert [[t.task_id for t in tasks] for tasks in results] == list(ids.values())  # the order asked for
    assert per_account == polls  # exactly one request per account per poll
    assert set(polls.values()) == {3}  # PENDING, PROCESSING, COMPLETED: 60 requests in all (was 147 one by one)


def test_sync_wait_many_and_the_in_filter_it_sends(fake_api: FakeMarketingAPI, client: Client) -> None:
    ids = _accounts(fake_api, 3)[fake_api.account_id]
    seen: list[Any] = []
    tasks = client.async_tasks.wait_many(
        account_id=fake_api.account_id, task_ids=[str(i) for i in ids], poll_interval=0.01, on_progress=seen.append
    )
    assert [t.task_id for t in tasks] == ids
    assert [p.finished for p in seen] == [0, 0, 3] and set(seen[-1].tasks) == set(ids)
    first = fake_api.requests[0].params
    assert first["filtering"] == '[{"field":"task_id","operator":"IN","values":["2561000","2561001","2561002"]}]'
    assert first["page_size"] == "3"


def test_more_than_100_ids_are_polled_in_requests_of_at_most_100(fake_api: FakeMarketingAPI, client: Client) -> None:
    ids = _accounts(fake_api, 150)[fake_api.account_id]
    tasks = client.async_tasks.wait_many(account_id=fake_api.account_id, task_ids=ids, poll_interval=0.01)
    assert len(tasks) == 150
    sizes = [int(r.params["page_size"]) for r in fake_api.requests]
    assert sizes == [100, 50] * 3


def test_an_unknown_id_is_named_after_two_polls(fake_api: FakeMarketingAPI, client: Client) -> None:
    started = time.monotonic()
    with pytest.raises(TasksNotFoundError) as info:
        client.async_tasks.wait_many(
            account_id=fake_api.account_id, task_ids=[1024, 999999], poll_interval=0.05, timeout=600
        )
    assert time.monotonic() - started < 2  # not the 600 s deadline
    assert info.value.task_ids == [999999] and [t.task_id for t in info.value.found] == [1024]
    assert len(fake_api.requests) == 2


def test_the_deadline_returns_what_was_seen(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"})
    started = time.monotonic()
    tasks = client.async_tasks.wait_many(
        account_id=fake_api.account_id, task_ids=[7001, 1024], timeout=0.5, poll_interval=0.1
    )
    assert time.monotonic() - started < 1.5
    assert [(t.task_id, t.status.value) for t in tasks] == [
        (7001, "TASK_STATUS_PENDING"),
        (1024, "TASK_STATUS_COMPLETED"),
    ]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"task_ids": []},
        {"task_ids": "1024"},
        {"task_ids": [1024, "x"]},
        {"task_ids": [1024], "timeout": float("nan")},
        {"task_ids": [1024], "on_progress": 5},
    ],
)
def test_bad_arguments_are_refused_before_any_io(fake_api: FakeMarketingAPI, client: Client, kwargs: Any) -> None:
    with pytest.raises(RequestValidationError):
        client.async_tasks.wait_many(account_id=fake_api.account_id, **kwargs)
    assert fake_api.requests == []
