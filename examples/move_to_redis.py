"""Move a fleet's token pair from a ``FileTokenStore`` to a ``RedisTokenStore``, once, before the fleet grows.

Each refresh rotates the pair: after the first one, only the file holds a live refresh token — the one you started
with is dead. Seeding Redis from the environment would give every worker that dead token (each call: 11002). So:
stop the workers that use the file, copy the file's pair into Redis (``seed_from``, under both stores' locks), then
start the workers on Redis. The copy refuses to put a pair over a newer one, so running it twice is harmless.
"""

from __future__ import annotations

import os

from tencent_ads import Client, ConfigurationError, FileTokenStore, RedisTokenStore, RefreshingToken

CLIENT_ID = int(os.environ["TENCENT_ADS_CLIENT_ID"])
SECRET = os.environ["TENCENT_ADS_CLIENT_SECRET"]
REDIS_URL = os.environ["REDIS_URL"]  # your fleet's Redis: redis://10.0.0.5:6379/0
KEY = f"ads:{CLIENT_ID}:moved-token"


def main() -> None:
    # Until today: one machine, its workers sharing token.json. (Here: one refresh, so that the file's pair is
    # the only live one, as it is after a few days of use.)
    file_store = FileTokenStore("token.json")
    RefreshingToken(
        client_id=CLIENT_ID,
        client_secret=SECRET,
        refresh_token=os.environ["TENCENT_ADS_REFRESH_TOKEN"],
        store=file_store,
    ).refresh()

    # The move, once, with the file's workers stopped.
    redis_store = RedisTokenStore(REDIS_URL, key=KEY)
    pair = redis_store.seed_from(file_store)
    print("moved:", pair)

    # Again, by mistake: the same pair is already there, nothing changes.
    redis_store.seed_from(file_store)

    # Every worker from now on, on any machine: no refresh token of its own to seed with, the store holds it.
    token = RefreshingToken(client_id=CLIENT_ID, client_secret=SECRET, store=RedisTokenStore(REDIS_URL, key=KEY))
    with Client(access_token=token) as client:
        page = client.async_tasks.get(account_id=25610, page_size=5)
    print(f"a worker on Redis: {len(page.list_)} tasks, {token.refreshes} refreshes")

    # The fleet refreshed since (the pair in Redis is newer): an old file can no longer overwrite it.
    token.refresh()
    try:
        redis_store.seed_from(file_store)
    except ConfigurationError as error:
        print("refused:", error)
    else:
        raise SystemExit("a stale file overwrote the fleet's newer pair")


if __name__ == "__main__":
    main()
