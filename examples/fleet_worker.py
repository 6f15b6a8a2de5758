"""One worker of a fleet: the token pair and the rate limit shared through Redis (``tencent-ads[redis]``).

Start as many as you like, on as many machines as you like, with the same REDIS_URL and credentials::

    REDIS_URL=redis://10.0.0.5:6379/0 TENCENT_ADS_CLIENT_ID=1100 TENCENT_ADS_CLIENT_SECRET=... \
    TENCENT_ADS_REFRESH_TOKEN=... TENCENT_ADS_ACCOUNT_IDS=25610,25611 python examples/fleet_worker.py

The refresh token only seeds an empty store; after that the store holds the newest pair.
"""

from __future__ import annotations

import os

from tencent_ads import Client, RateLimiter, RedisTokenStore, RefreshingToken


def main() -> None:
    redis_url = os.environ["REDIS_URL"]
    client_id = int(os.environ["TENCENT_ADS_CLIENT_ID"])
    token = RefreshingToken(
        client_id=client_id,
        client_secret=os.environ["TENCENT_ADS_CLIENT_SECRET"],
        refresh_token=os.environ.get("TENCENT_ADS_REFRESH_TOKEN"),
        store=RedisTokenStore(redis_url, key=f"tencent-ads:{client_id}:token"),
    )
    limiter = RateLimiter(per_second=10, per_minute=500, storage=redis_url, key=f"tencent-ads:{client_id}")
    account_ids = [int(a) for a in os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")]
    with Client(access_token=token, rate_limit=limiter) as client:
        for account_id in account_ids:
            page = client.async_tasks.get(account_id=account_id, page_size=10)
            print(account_id, [task.task_id for task in page.list_])


if __name__ == "__main__":
    main()
