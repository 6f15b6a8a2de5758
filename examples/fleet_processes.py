"""A fleet on one machine: four worker processes, one token pair and one rate limit, shared through Redis.

Each worker builds its own ``RefreshingToken`` and ``RateLimiter`` on the same Redis keys (``examples/fleet_worker.py``
is one such worker, to start by hand on many machines). The first worker to need a token refreshes it under the
store's lock; the others find the new pair there. The limiter's window is counted in Redis, so at most
``per_second`` calls start in any second across the whole fleet, retries included.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from tencent_ads import Client, RateLimiter, RedisTokenStore, RefreshingToken

REDIS_URL = os.environ["REDIS_URL"]  # your fleet's Redis: redis://10.0.0.5:6379/0
CLIENT_ID = int(os.environ["TENCENT_ADS_CLIENT_ID"])
PER_SECOND = 10


def worker(account_ids: list[int]) -> list[tuple[int, int]]:
    """One process's share of the accounts: (account id, tasks on the first page) each."""
    token = RefreshingToken(
        client_id=CLIENT_ID,
        client_secret=os.environ["TENCENT_ADS_CLIENT_SECRET"],
        refresh_token=os.environ["TENCENT_ADS_REFRESH_TOKEN"],  # seeds the store if it is empty, else unused
        store=RedisTokenStore(REDIS_URL, key=f"ads:{CLIENT_ID}:fleet-token"),
    )
    limiter = RateLimiter(per_second=PER_SECOND, per_minute=500, storage=REDIS_URL, key=f"ads:{CLIENT_ID}:fleet")
    with Client(access_token=token, rate_limit=limiter) as client:
        return [(a, len(client.async_tasks.get(account_id=a, page_size=10).list_)) for a in account_ids]


def main() -> None:
    accounts = [int(a) for a in os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")]
    shares = [accounts * 2 for _ in range(4)]  # 4 workers, each calling for every account twice
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=len(shares), mp_context=get_context("spawn")) as pool:
        results = [row for share in pool.map(worker, shares) for row in share]
    elapsed = time.monotonic() - started
    print(f"{len(results)} calls by {len(shares)} processes in {elapsed:.1f} s (at most {PER_SECOND} a second)")
    if not all(tasks > 0 for _, tasks in results):
        raise SystemExit(f"a worker saw no tasks: {results}")


if __name__ == "__main__":
    main()
