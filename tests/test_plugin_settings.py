"""The pytest plugin's settings: a marker for the fixtures, and factories for more fakes and clients."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tencent_ads import Client, RetryPolicy
from tencent_ads.testing import FakeMarketingAPI


@pytest.mark.tencent_ads(accounts=(25610, 25611), token_ttl=60, retry=0)
def test_the_marker_sets_the_fake_and_the_client(
    tencent_ads_fake_api: FakeMarketingAPI, tencent_ads_client: Client
) -> None:
    assert tencent_ads_fake_api.accounts == [25610, 25611] and tencent_ads_fake_api.token_ttl == 60
    assert tencent_ads_client._core.retry == RetryPolicy.none()
    assert tencent_ads_client.async_tasks.get(account_id=25611).list_


def test_factories_build_more_with_settings(
    tencent_ads_fake_api_factory: Callable[..., FakeMarketingAPI], tencent_ads_client_factory: Callable[..., Client]
) -> None:
    other = tencent_ads_fake_api_factory(accounts=(7,), extra_tasks=0)
    client = tencent_ads_client_factory(other, timeout=5)
    assert [t.task_id for t in client.async_tasks.get(account_id=7).list_] == [1024]


def test_an_unknown_setting_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.tencent_ads(acounts=(1,))
        def test_x(tencent_ads_fake_api):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    assert "unknown setting(s) acounts" in result.stdout.str() + result.stderr.str()
