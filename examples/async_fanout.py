"""Async fan-out: how many tasks each account has, by status, for many accounts at once.

One AsyncClient shared by every task; a semaphore bounds the calls in flight and a RateLimiter keeps the app
under the API's per-second limit. Accounts come from TENCENT_ADS_ACCOUNT_IDS (comma-separated).
"""

from __future__ import annotations

import asyncio
import collections
import os

from tencent_ads import AsyncClient, RateLimiter, TencentAdsError


async def count_statuses(client: AsyncClient, account_id: int, gate: asyncio.Semaphore) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    async with gate:
        async for task in client.async_tasks.iterate(account_id=account_id, page_size=100):
            counts[str(task.status)] += 1
    return counts


async def main() -> None:
    account_ids = [int(a) for a in os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")]
    gate = asyncio.Semaphore(20)
    async with AsyncClient(rate_limit=RateLimiter(per_second=20)) as client:
        results = await asyncio.gather(
            *(count_statuses(client, account_id, gate) for account_id in account_ids), return_exceptions=True
        )
    for account_id, result in zip(account_ids, results, strict=True):
        if isinstance(result, TencentAdsError):
            print(f"{account_id}: {result}")  # one bad account does not stop the others
        elif isinstance(result, BaseException):
            raise result
        else:
            print(account_id, dict(sorted(result.items())))


if __name__ == "__main__":
    asyncio.run(main())
