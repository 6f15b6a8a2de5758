"""Cassettes for your own tests (pytest-recording): record once against the fake, then replay offline.

Record (writes ``cassettes/test_with_cassettes/<test>.yaml`` next to this file)::

    python -m pytest test_with_cassettes.py --record-mode=once

Replay, with the network blocked::

    python -m pytest test_with_cassettes.py --record-mode=none --block-network

No configuration is needed: the plugin's ``vcr_config`` keeps the token, timestamp, nonce and the OAuth app's
secrets out of the cassettes, matches without the fake's port, and lets loopback through ``--block-network``.
"""

from __future__ import annotations

import pytest
from tencent_ads import Client, RefreshingToken, RetryPolicy
from tencent_ads.testing import FakeMarketingAPI


def task_names(client: Client, account_id: int) -> list[str]:
    """The code under test: the names of an account's first page of tasks."""
    page = client.async_tasks.get(account_id=account_id, page_size=5)
    return [t.task_name for t in page.list_ or [] if isinstance(t.task_name, str)]


@pytest.mark.vcr
def test_task_names(tencent_ads_client: Client, tencent_ads_fake_api: FakeMarketingAPI) -> None:
    assert task_names(tencent_ads_client, tencent_ads_fake_api.account_id)[0] == "test task name"


@pytest.mark.vcr
def test_with_a_refreshing_token(tencent_ads_fake_api: FakeMarketingAPI) -> None:
    api = tencent_ads_fake_api  # the fake's OAuth app: oauth/token accepts this client id, secret and refresh token
    token = RefreshingToken(client_id=api.client_id, client_secret=api.client_secret, refresh_token=api.refresh_token)
    with Client(token, base_url=api.base_url, retry=RetryPolicy.none()) as client:
        assert len(task_names(client, api.account_id)) == 5
    assert token.refreshes == 1  # the cassette holds oauth/token's answer, with placeholder tokens
