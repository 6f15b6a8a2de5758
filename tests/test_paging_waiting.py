"""Paging every task exactly once, waiting for a task, and the client-side rate limit."""
# mypy: disable-error-code="union-attr,index,arg-type,comparison-overlap,type-var"
# (models mark every field optional — lenient on receive — and these tests assert presence at run time)

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from tencent_ads import AsyncClient, Client, RateLimiter, TaskStatus, WaitTimeoutError
from tencent_ads._spec import terminal_task_statuses
from tencent_ads.testing import ASYNC_TASKS_PATH, FakeMarketingAPI, Fault

from .conftest import FAST_RETRY


def test_iterate_yields_every_task_once_across_pages(fake_api: FakeMarketingAPI, client: Client) -> None:
    tasks = list(client.async_tasks.iterate(account_id=fake_api.account_id, page_size=10))
    ids = [t.task_id for t in tasks]
    assert len(ids) == len(set(ids)) == 46
    assert [r.params["page"] for r in fake_api.requests] == ["1", "2", "3", "4", "5"]


def test_iterate_is_lazy(fake_api: FakeMarketingAPI, client: Client) -> None:
    iterator = client.async_tasks.iterate(account_id=fake_api.account_id, page_size=10)
    assert fake_api.requests == []
    next(iterator)
    assert len(fake_api.requests) == 1


def test_exactly_once_when_a_page_fails_mid_iteration(fake_api: FakeMarketingAPI, client: Client) -> None:
    def schedule(number: int, path: str) -> Fault | None:
        return Fault("http_status", status=503) if number in (3, 6, 7) else None

    fake_api.set_schedule(schedule)
    ids = [t.task_id for t in client.async_tasks.iterate(account_id=fake_api.account_id, page_size=10)]
    assert len(ids) == len(set(ids)) == 46
    assert sorted(ids) == sorted([1024, *range(2001, 2046)])


def test_exactly_once_when_tasks_shift_between_pages(fake_api: FakeMarketingAPI, client: Client) -> None:
    iterator = client.async_tasks.iterate(account_id=fake_api.account_id, page_size=10)
    first_page = [next(iterator).task_id for _ in range(10)]
    fake_api.add_task({"task_id": 9001, "task_name": "new", "status": "TASK_STATUS_PENDING"})  # pushes everything back
    rest = [t.task_id for t in iterator]
    ids = first_page + rest
    assert len(ids) == len(set(ids))
    assert set(ids) >= {1024, *range(2001, 2046)}


def test_iterate_stops_on_an_empty_page(fake_api: FakeMarketingAPI, client: Client) -> None:
    tasks = list(
        client.async_tasks.iterate(
            account_id=fake_api.account_id,
            filtering=[{"field": "task_name", "operator": "CONTAINS", "values": ["none"]}],
        )
    )
    assert tasks == []
    assert len(fake_api.requests) == 1


def test_iterate_with_filters(fake_api: FakeMarketingAPI, client: Client) -> None:
    failed = list(
        client.async_tasks.iterate(
            account_id=fake_api.account_id,
            filtering=[{"field": "status", "operator": "IN", "values": ["TASK_STATUS_FAIL"]}],
            page_size=3,
        )
    )
    assert failed and all(t.status is TaskStatus.TASK_STATUS_FAIL for t in failed)


async def test_async_iterate_exactly_once_under_faults(fake_api: FakeMarketingAPI, async_client: AsyncClient) -> None:
    fake_api.set_schedule(lambda n, _: Fault("drop_connection") if n % 3 == 0 else None)
    ids = [t.task_id async for t in async_client.async_tasks.iterate(account_id=fake_api.account_id, page_size=7)]
    assert len(ids) == len(set(ids)) == 46


def test_terminal_statuses_come_from_the_spec() -> None:
    assert terminal_task_statuses() == {
        "TASK_STATUS_COMPLETED",
        "TASK_STATUS_FAIL",
        "TASK_STATUS_CANCELLED",
        "TASK_STATUS_EXPIRED",
        "TASK_STATUS_DELETED",
    }
    assert terminal_task_statuses() <= {m.value for m in TaskStatus}


def _add_progressing_task(api: FakeMarketingAPI, *statuses: str) -> None:
    api.add_task({"task_id": 7001, "task_name": "report", "status": statuses[0]}, progression=list(statuses[1:]))


def test_wait_polls_until_terminal_with_progress(fake_api: FakeMarketingAPI, client: Client) -> None:
    _add_progressing_task(fake_api, "TASK_STATUS_PENDING", "TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED")
    seen: list[Any] = []
    task = client.async_tasks.wait(
        account_id=fake_api.account_id, task_id=7001, timeout=10, poll_interval=0.01, on_progress=seen.append
    )
    assert task.status is TaskStatus.TASK_STATUS_COMPLETED
    assert [p.status for p in seen] == ["TASK_STATUS_PENDING", "TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"]
    assert [p.polls for p in seen] == [1, 2, 3]
    filtering = fake_api.requests[0].params["filtering"]
    assert filtering == '[{"field":"task_id","operator":"EQUALS","values":["7001"]}]'


def test_wait_returns_failed_tasks_too(fake_api: FakeMarketingAPI, client: Client) -> None:
    _add_progressing_task(fake_api, "TASK_STATUS_PROCESSING", "TASK_STATUS_FAIL")
    task = client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, poll_interval=0.01)
    assert task.status is TaskStatus.TASK_STATUS_FAIL


def test_wait_timeout_carries_the_last_status(fake_api: FakeMarketingAPI, client: Client) -> None:
    _add_progressing_task(fake_api, "TASK_STATUS_PROCESSING")
    with pytest.raises(WaitTimeoutError) as info:
        client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, timeout=0.2, poll_interval=0.05)
    assert info.value.last_status == "TASK_STATUS_PROCESSING"
    assert info.value.last_task is not None and info.value.task_id == 7001
    assert "last status TASK_STATUS_PROCESSING" in str(info.value)


def test_wait_for_a_task_never_seen(fake_api: FakeMarketingAPI, client: Client) -> None:
    with pytest.raises(WaitTimeoutError, match="never seen") as info:
        client.async_tasks.wait(account_id=fake_api.account_id, task_id=123456, timeout=0.1, poll_interval=0.05)
    assert info.value.last_status is None


def test_wait_survives_a_transient_failure(fake_api: FakeMarketingAPI, client: Client) -> None:
    _add_progressing_task(fake_api, "TASK_STATUS_PENDING", "TASK_STATUS_COMPLETED")
    fake_api.inject(Fault("api_error", code=12700, path=ASYNC_TASKS_PATH))
    task = client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, poll_interval=0.01)
    assert task.status is TaskStatus.TASK_STATUS_COMPLETED


async def test_async_wait(fake_api: FakeMarketingAPI, async_client: AsyncClient) -> None:
    _add_progressing_task(fake_api, "TASK_STATUS_PENDING", "TASK_STATUS_EXPIRED")
    seen: list[Any] = []
    task = await async_client.async_tasks.wait(
        account_id=fake_api.account_id, task_id=7001, poll_interval=0.01, on_progress=seen.append
    )
    assert task.status is TaskStatus.TASK_STATUS_EXPIRED and len(seen) == 2
    fake_api.add_task({"task_id": 7002, "status": "TASK_STATUS_PENDING"})
    with pytest.raises(WaitTimeoutError) as info:
        await async_client.async_tasks.wait(
            account_id=fake_api.account_id, task_id=7002, timeout=0.1, poll_interval=0.03
        )
    assert info.value.last_status == "TASK_STATUS_PENDING"


def test_rate_limiter_spacing_with_a_fake_clock() -> None:
    now = [100.0]
    limiter = RateLimiter(4, burst=2, margin=0, clock=lambda: now[0])
    assert [limiter.reserve() for _ in range(5)] == [0.0, 0.0, 0.25, 0.5, 0.75]
    now[0] = 110.0
    assert limiter.reserve() == 0.0


def test_rate_limiter_is_shared_by_threads() -> None:
    limiter = RateLimiter(100, margin=0, clock=lambda: 100.0)  # frozen: every slot exactly 10 ms after the last
    delays: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(50):
            d = limiter.reserve()
            with lock:
                delays.append(d)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 200 slots 10 ms apart, none shared
    assert sorted(round(d, 6) for d in delays) == [round(n * 0.01, 6) for n in range(200)]


def test_client_rate_limit_spaces_requests(fake_api: FakeMarketingAPI) -> None:
    with Client(fake_api.token, base_url=fake_api.base_url, rate_limit=20, retry=FAST_RETRY) as client:
        started = time.monotonic()
        for _ in range(6):
            client.async_tasks.get(account_id=fake_api.account_id, page_size=1)
        elapsed = time.monotonic() - started
    assert elapsed >= 5 / 20 - 0.01  # 6 requests at 20/s need at least 250 ms


async def test_async_client_shares_the_limiter(fake_api: FakeMarketingAPI) -> None:
    import asyncio

    limiter = RateLimiter(50)
    async with AsyncClient(fake_api.token, base_url=fake_api.base_url, rate_limit=limiter, retry=FAST_RETRY) as client:
        started = time.monotonic()
        await asyncio.gather(*(client.async_tasks.get(account_id=fake_api.account_id, page_size=1) for _ in range(11)))
        elapsed = time.monotonic() - started
    assert elapsed >= 10 / 50 - 0.01


async def test_iterate_validates_before_the_first_page(
    fake_api: FakeMarketingAPI, client: Client, async_client: AsyncClient
) -> None:
    from tencent_ads import FilterValidationError

    bad = [{"field": "task_id", "operator": "LESS", "values": ["1"]}]
    with pytest.raises(FilterValidationError):
        client.async_tasks.iterate(account_id=fake_api.account_id, filtering=bad)  # raises at the call itself
    with pytest.raises(FilterValidationError):
        async_client.async_tasks.iterate(account_id=fake_api.account_id, filtering=bad)
    assert fake_api.requests == []


# --- defects found by trying the client as a user would (issue 9) ---------------------------------------


@pytest.mark.parametrize("interval", [1, 1.0, __import__("fractions").Fraction(1, 1)], ids=["int", "float", "Fraction"])
def test_wait_with_any_number_type_returns_the_task(fake_api: FakeMarketingAPI, client: Client, interval: Any) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_COMPLETED"])
    task = client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, poll_interval=interval, timeout=5)
    assert task.task_id == 7001 and task.status is TaskStatus.TASK_STATUS_COMPLETED


async def test_async_wait_with_an_int_interval_returns_the_task(
    fake_api: FakeMarketingAPI, async_client: AsyncClient
) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_COMPLETED"])
    task = await async_client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, poll_interval=1)
    assert task.task_id == 7001


def test_wait_never_sleeps_past_its_timeout(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"})
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError):
        client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, timeout=1, poll_interval=8)
    assert time.monotonic() - started < 1.8


def test_a_slow_poll_does_not_stretch_the_wait(fake_api: FakeMarketingAPI, client: Client) -> None:
    fake_api.add_task({"task_id": 7001, "status": "TASK_STATUS_PENDING"})
    fake_api.inject(Fault("slow", delay=6, path=ASYNC_TASKS_PATH))
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as info:
        client.async_tasks.wait(account_id=fake_api.account_id, task_id=7001, timeout=1, poll_interval=0.1)
    assert time.monotonic() - started < 1.8
    assert info.value.timeout == 1


def test_wait_accepts_a_task_id_given_as_its_decimal_string(fake_api: FakeMarketingAPI, client: Client) -> None:
    task = client.async_tasks.wait(account_id=fake_api.account_id, task_id="1024", timeout=5)
    assert task.task_id == 1024 and task.status is TaskStatus.TASK_STATUS_COMPLETED


def _paging_transport(pages: Any) -> Any:
    import httpx

    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        calls.append(str(page))
        return httpx.Response(200, json={"code": 0, "data": pages(page)})

    return httpx.MockTransport(handler), calls


def test_iterate_stops_when_a_server_ignores_page(caplog: pytest.LogCaptureFixture) -> None:
    same = {
        "list": [{"task_id": n} for n in range(100)],
        "page_info": {"page": 1, "page_size": 100, "total_page": 999999, "total_number": 99999900},
    }
    transport, calls = _paging_transport(lambda page: same)
    with Client("t0ken-abcdefgh", transport=transport) as client:
        tasks = list(client.async_tasks.iterate(account_id=1))
    assert len(tasks) == 100 and calls == ["1", "2"]
    assert "paging stopped at page 2" in caplog.text


def test_iterate_yields_tasks_without_a_task_id(caplog: pytest.LogCaptureFixture) -> None:
    def pages(page: int) -> dict[str, Any]:
        rows = [{"task_name": f"p{page}-{n}"} for n in range(100 if page <= 3 else 0)]
        return {"list": rows, "page_info": {"page": page, "page_size": 100, "total_page": 3}}

    transport, calls = _paging_transport(pages)
    with Client("t0ken-abcdefgh", transport=transport) as client:
        names = [t.task_name for t in client.async_tasks.iterate(account_id=1)]
    assert len(names) == 300 == len(set(names)) and calls == ["1", "2", "3"]


def test_paging_memory_is_one_page_however_long_the_walk() -> None:
    """Issue 13: only the previous page's ids are remembered (it used to be every id yielded)."""
    from tencent_ads._paging import PageWalker
    from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData

    walker = PageWalker(page_size=100)
    yielded = 0
    for page in range(1, 1001):
        ids = range((page - 1) * 100 - 3, page * 100 - 3)  # each page repeats 3 tasks of the one before (sliding)
        data = AsyncTasksGetData.from_dict({"list": [{"task_id": i} for i in ids if i > 0], "page_info": {}})
        yielded += len(walker.accept(data))
        assert len(walker.previous) <= 100
    assert yielded == 99_996  # every id from 1 to 99,996 once
