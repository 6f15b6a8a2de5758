# mypy: disable-error-code="union-attr,index,arg-type,type-var"
"""The fault suite: many calls against the fake server under a mixed schedule of failures.

Short in CI (400 sync calls, 200 async, one paging run); longer on demand::

    TENCENT_ADS_FAULT_CALLS=5000 python -m pytest tests/test_fault_suite.py -s

For each sync call the expected outcome is computed independently from the
schedule (which attempt meets which fault) and the documented retry policy,
then compared with what the client did. Also asserted: no call hangs, every
attempt carried its own nonce, paging yields every task exactly once, and the
token appears in no log record, exception or repr.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import time
from collections import Counter
from dataclasses import dataclass

import pytest
from tencent_ads import (
    AsyncClient,
    AuthError,
    Client,
    ConnectError,
    HTTPStatusError,
    RateLimitError,
    ReplayError,
    RequestTimeoutError,
    ResponseDecodeError,
    RetryPolicy,
    TencentAdsError,
    TransientApiError,
)
from tencent_ads.testing import FakeMarketingAPI, Fault

pytestmark = pytest.mark.fault_suite

CALLS = int(os.environ.get("TENCENT_ADS_FAULT_CALLS", "400"))
SEED = int(os.environ.get("TENCENT_ADS_FAULT_SEED", "20261123"))
ATTEMPTS = 4
CLIENT_TIMEOUT = 1.0  # generous: a healthy answer must never time out on a loaded CI machine
SLOW = CLIENT_TIMEOUT * 1.5


@dataclass(frozen=True)
class Kind:
    name: str
    fault: Fault | None
    retried: bool
    error: type[TencentAdsError] | None


KINDS = [
    Kind("ok", None, False, None),
    Kind("http 503", Fault("http_status", status=503), True, HTTPStatusError),
    Kind("html 502", Fault("html_error_page", status=502), True, HTTPStatusError),
    Kind("truncated json", Fault("truncated_json"), True, ResponseDecodeError),
    Kind("dropped connection", Fault("drop_connection"), True, ConnectError),
    Kind("read timeout", Fault("slow", delay=SLOW), True, RequestTimeoutError),
    Kind("10000 busy", Fault("api_error", code=10000), True, TransientApiError),
    Kind("12700 busy", Fault("api_error", code=12700), True, TransientApiError),
    Kind("11016 per second", Fault("api_error", code=11016), True, RateLimitError),
    Kind("11017 per minute", Fault("api_error", code=11017), False, RateLimitError),
    Kind("12100 nonce used", Fault("api_error", code=12100), True, ReplayError),
    Kind("11000 auth", Fault("api_error", code=11000), False, AuthError),
]
# mostly healthy; each fault kind a few percent; timeouts rarer because each costs CLIENT_TIMEOUT
WEIGHTS = [58, 5, 5, 5, 5, 1, 5, 5, 4, 2, 3, 2]


def schedule(n: int, seed: int) -> list[Kind]:
    rng = random.Random(seed)
    return rng.choices(KINDS, weights=WEIGHTS, k=n)


def expected(plan: list[Kind], start: int) -> tuple[type[TencentAdsError] | None, int]:
    """What one call meeting plan[start:] should end with: (error class or None, attempts used)."""
    for attempt in range(ATTEMPTS):
        kind = plan[start + attempt]
        if kind.error is None:
            return None, attempt + 1
        if not kind.retried or attempt == ATTEMPTS - 1:
            return kind.error, attempt + 1
    raise AssertionError("unreachable")


POLICY = RetryPolicy(max_attempts=ATTEMPTS, deadline=30.0, wait_initial=0.001, wait_max=0.005, wait_jitter=0.001)


def _token_free(api: FakeMarketingAPI, caplog: pytest.LogCaptureFixture, errors: list[BaseException]) -> None:
    for record in caplog.records:
        assert api.token not in record.getMessage()
        assert api.token not in repr(record.__dict__)
    for error in errors:
        assert api.token not in str(error)
        assert api.token not in repr(error)
        assert api.token not in repr(vars(error))


def test_sync_calls_under_mixed_faults(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    plan = schedule(CALLS * ATTEMPTS + ATTEMPTS, SEED)
    outcomes: Counter[str] = Counter()
    errors: list[BaseException] = []
    longest = 0.0
    with FakeMarketingAPI() as api:
        api.set_schedule(lambda number, _path: plan[number - 1].fault)
        with Client(api.token, base_url=api.base_url, timeout=CLIENT_TIMEOUT, retry=POLICY) as client:
            for _ in range(CALLS):
                start = len(api.requests)
                want, attempts = expected(plan, start)
                started = time.monotonic()
                try:
                    data = client.async_tasks.get(account_id=api.account_id, page_size=5)
                except TencentAdsError as exc:
                    errors.append(exc)
                    assert type(exc) is want, (start, [k.name for k in plan[start : start + ATTEMPTS]], exc)
                    assert getattr(exc, "attempts", None) == attempts
                    outcomes[f"error {type(exc).__name__}"] += 1
                else:
                    assert want is None, (start, [k.name for k in plan[start : start + ATTEMPTS]])
                    assert len(data.list_) == 5
                    outcomes["ok"] += 1
                longest = max(longest, time.monotonic() - started)
                assert len(api.requests) == start + attempts
        nonces = [r.params.get("nonce") for r in api.requests]
        assert len(nonces) == len(set(nonces)), "a nonce was sent twice"
        assert not any(r.answered == "code:12100" for r in api.requests), "the server saw a genuinely reused nonce"
        _token_free(api, caplog, errors)
    assert longest < ATTEMPTS * (CLIENT_TIMEOUT + 0.5), f"a call took {longest:.2f} s"
    print(
        f"\nfault suite (sync): {CALLS} calls, {len(nonces)} attempts, outcomes {dict(outcomes)}, "
        f"longest call {longest:.2f} s"
    )


def test_async_fan_out_under_mixed_faults(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    calls = max(CALLS // 2, 50)
    plan = schedule(calls * ATTEMPTS + ATTEMPTS, SEED + 1)
    allowed = {k.error for k in KINDS if k.error is not None}
    errors: list[BaseException] = []
    outcomes: Counter[str] = Counter()

    async def run(api: FakeMarketingAPI) -> float:
        gate = asyncio.Semaphore(20)
        longest = 0.0
        async with AsyncClient(api.token, base_url=api.base_url, timeout=CLIENT_TIMEOUT, retry=POLICY) as client:

            async def one() -> None:
                nonlocal longest
                async with gate:
                    started = time.monotonic()
                    try:
                        await client.async_tasks.get(account_id=api.account_id, page_size=5)
                        outcomes["ok"] += 1
                    except TencentAdsError as exc:
                        assert type(exc) in allowed, exc
                        errors.append(exc)
                        outcomes[f"error {type(exc).__name__}"] += 1
                    longest = max(longest, time.monotonic() - started)

            await asyncio.wait_for(asyncio.gather(*(one() for _ in range(calls))), timeout=300)
        return longest

    with FakeMarketingAPI() as api:
        api.set_schedule(lambda number, _path: plan[number - 1].fault)
        longest = asyncio.run(run(api))
        nonces = [r.params.get("nonce") for r in api.requests]
        assert len(nonces) == len(set(nonces))
        _token_free(api, caplog, errors)
    assert sum(outcomes.values()) == calls
    assert longest < ATTEMPTS * (CLIENT_TIMEOUT + 0.5)
    print(f"\nfault suite (async, 20 in flight): {calls} calls, {len(nonces)} attempts, outcomes {dict(outcomes)}")


def test_paging_exactly_once_under_retryable_faults() -> None:
    retryable = [k for k in KINDS if k.retried or k.error is None]
    rng = random.Random(SEED + 2)
    policy = RetryPolicy(max_attempts=10, deadline=60.0, wait_initial=0.001, wait_max=0.005, wait_jitter=0.001)
    runs = max(CALLS // 100, 3)
    with FakeMarketingAPI(extra_tasks=120) as api:
        for _ in range(runs):
            api.set_schedule(lambda _n, _p: rng.choices(retryable, weights=[60] + [5] * (len(retryable) - 1))[0].fault)
            with Client(api.token, base_url=api.base_url, timeout=CLIENT_TIMEOUT, retry=policy) as client:
                ids = [t.task_id for t in client.async_tasks.iterate(account_id=api.account_id, page_size=7)]
            assert len(ids) == len(set(ids)) == 121
            assert sorted(ids) == sorted([1024, *range(2001, 2121)])


def _kinds_cover_the_issue(names: list[str]) -> None:
    for needed in (
        "http 503",
        "html 502",
        "truncated json",
        "dropped connection",
        "read timeout",
        "10000 busy",
        "12700 busy",
        "11016 per second",
        "11017 per minute",
        "12100 nonce used",
        "11000 auth",
    ):
        assert needed in names


def test_the_schedule_mixes_every_fault_kind() -> None:
    plan = schedule(CALLS * ATTEMPTS, SEED)
    seen = Counter(k.name for k in plan)
    _kinds_cover_the_issue(list(seen))
    assert all(seen[k.name] > 0 for k in KINDS), seen
