"""pytest fixtures for code that uses tencent_ads, registered through the ``pytest11`` entry point.

Installed with the package, so any test suite can write::

    def test_report_job(tencent_ads_client):
        page = tencent_ads_client.async_tasks.get(account_id=25610)
        assert page.page_info.total_number == 46

Fixtures:

* ``tencent_ads_fake_api`` — a running :class:`~tencent_ads.testing.FakeMarketingAPI`
  (``.base_url``, ``.token``, ``.account_id``, ``.inject(...)``, ``.add_task(...)``);
* ``tencent_ads_client`` / ``tencent_ads_async_client`` — clients bound to it.

Nothing heavy is imported until a fixture is used. The async fixture is
registered with pytest-asyncio's own decorator when pytest-asyncio is
installed, so it works in its default *strict* mode as well as in auto mode.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest


def _async_fixture_decorator() -> Callable[[Any], Any]:
    try:  # pytest-asyncio's decorator marks the fixture as async in strict mode too
        from pytest_asyncio import fixture
    except ImportError:  # another async runner (anyio's plugin) handles plain async fixtures
        return pytest.fixture
    return fixture


async_fixture: Callable[[Any], Any] = _async_fixture_decorator()

if TYPE_CHECKING:
    from tencent_ads import AsyncClient, Client
    from tencent_ads.testing import FakeMarketingAPI


@pytest.fixture
def tencent_ads_fake_api() -> Iterator[FakeMarketingAPI]:
    """A fake Marketing API on loopback (a free port), stopped after the test."""
    from tencent_ads.testing import FakeMarketingAPI

    with FakeMarketingAPI() as api:
        yield api


@pytest.fixture
def tencent_ads_client(tencent_ads_fake_api: FakeMarketingAPI) -> Iterator[Client]:
    """A :class:`tencent_ads.Client` talking to ``tencent_ads_fake_api``."""
    from tencent_ads import Client

    with Client(tencent_ads_fake_api.token, base_url=tencent_ads_fake_api.base_url) as client:
        yield client


@async_fixture
async def tencent_ads_async_client(tencent_ads_fake_api: FakeMarketingAPI) -> AsyncIterator[AsyncClient]:
    """A :class:`tencent_ads.AsyncClient` talking to ``tencent_ads_fake_api`` (needs an async test runner)."""
    from tencent_ads import AsyncClient

    async with AsyncClient(tencent_ads_fake_api.token, base_url=tencent_ads_fake_api.base_url) as client:
        yield client
