"""A token that refreshes itself, kept in a file: one program (or one machine's processes) with one pair.

The refresh token from the environment only seeds an empty store; after the first refresh the file holds the newest
pair and the environment's refresh token is dead. A second ``RefreshingToken`` on the same file — the next run of
the program, another process — starts from the stored pair and does not refresh again.
"""

from __future__ import annotations

import os
from pathlib import Path

from tencent_ads import Client, FileTokenStore, RefreshingToken

STORE = Path("token.json")  # a private path of yours: /var/lib/ads/token.json (written with mode 0600)


def refreshing_token() -> RefreshingToken:
    return RefreshingToken(
        client_id=int(os.environ["TENCENT_ADS_CLIENT_ID"]),
        client_secret=os.environ["TENCENT_ADS_CLIENT_SECRET"],
        refresh_token=os.environ["TENCENT_ADS_REFRESH_TOKEN"],  # only seeds an empty store
        store=FileTokenStore(STORE),
    )


def main() -> None:
    account_id = int(os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")[0])

    first = refreshing_token()
    with Client(access_token=first) as client:  # no access token yet: the first call refreshes
        page = client.async_tasks.get(account_id=account_id, page_size=5)
    print(f"{len(page.list_)} tasks; refreshes: {first.refreshes}")  # 1

    stored = FileTokenStore(STORE).load()
    if stored is None:
        raise SystemExit(f"{STORE} holds no pair")
    print(stored)  # TokenPair(access_token=***, refresh_token=***, ...): never shown, not even in a repr

    again = refreshing_token()  # the next run: the store's pair wins over the environment's dead refresh token
    with Client(access_token=again) as client:
        client.async_tasks.get(account_id=account_id, page_size=5)
    print(f"refreshes the second time: {again.refreshes}")  # 0
    if again.refreshes:
        raise SystemExit("the stored pair was not used")


if __name__ == "__main__":
    main()
