"""pytest fixtures for code that uses tencent_ads, registered through the ``pytest11`` entry point.

Installed with the package, so any test suite can write::

    def test_report_job(tencent_ads_client):
        page = tencent_ads_client.async_tasks.get(account_id=25610)
        assert page.page_info.total_number == 46

Fixtures:

* ``tencent_ads_fake_api`` — a running :class:`~tencent_ads.testing.FakeMarketingAPI`
  (``.base_url``, ``.token``, ``.account_id``, ``.inject(...)``, ``.add_task(...)``);
* ``tencent_ads_client`` / ``tencent_ads_async_client`` — clients bound to it;
* ``tencent_ads_fake_api_factory`` / ``tencent_ads_client_factory`` — build more of them, with settings
  (each stopped or closed after the test).

Settings without overriding a fixture: mark the test. Arguments of :class:`FakeMarketingAPI` go to the fake,
arguments of :class:`~tencent_ads.Client` to the clients::

    @pytest.mark.tencent_ads(accounts=(25610, 25611), token_ttl=2, retry=0)
    def test_two_accounts(tencent_ads_client, tencent_ads_fake_api): ...

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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "tencent_ads(**settings): settings of the tencent_ads fixtures' fake server and clients"
    )


def _settings(request: pytest.FixtureRequest) -> tuple[dict[str, Any], dict[str, Any]]:
    """The test's ``tencent_ads`` marker, split into the fake server's arguments and the clients'."""
    import inspect

    from tencent_ads import Client
    from tencent_ads.testing import FakeMarketingAPI

    marker = request.node.get_closest_marker("tencent_ads")
    given: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    fake_names = set(inspect.signature(FakeMarketingAPI).parameters)
    client_names = set(inspect.signature(Client).parameters) - {"access_token", "base_url"}
    unknown = sorted(set(given) - fake_names - client_names)
    if unknown:
        raise pytest.UsageError(f"@pytest.mark.tencent_ads: unknown setting(s) {', '.join(unknown)}")
    fake = {k: v for k, v in given.items() if k in fake_names}
    client = {k: v for k, v in given.items() if k in client_names}
    return fake, client


@pytest.fixture
def tencent_ads_fake_api_factory() -> Iterator[Callable[..., FakeMarketingAPI]]:
    """``make(**settings)``: another running fake Marketing API (any FakeMarketingAPI argument)."""
    from contextlib import ExitStack

    from tencent_ads.testing import FakeMarketingAPI

    with ExitStack() as stack:

        def make(**settings: Any) -> FakeMarketingAPI:
            return stack.enter_context(FakeMarketingAPI(**settings))

        yield make


@pytest.fixture
def tencent_ads_fake_api(
    request: pytest.FixtureRequest, tencent_ads_fake_api_factory: Callable[..., FakeMarketingAPI]
) -> FakeMarketingAPI:
    """A fake Marketing API on loopback (a free port), stopped after the test; the marker's settings apply."""
    return tencent_ads_fake_api_factory(**_settings(request)[0])


@pytest.fixture
def tencent_ads_client_factory(
    request: pytest.FixtureRequest, tencent_ads_fake_api: FakeMarketingAPI
) -> Iterator[Callable[..., Client]]:
    """``make(api=None, **settings)``: another Client (any Client argument) for ``api`` (the fixture's fake)."""
    from contextlib import ExitStack

    from tencent_ads import Client

    defaults = _settings(request)[1]
    with ExitStack() as stack:

        def make(api: FakeMarketingAPI | None = None, **settings: Any) -> Client:
            target = api or tencent_ads_fake_api
            client = Client(target.token, base_url=target.base_url, **{**defaults, **settings})
            return stack.enter_context(client)

        yield make


@pytest.fixture
def tencent_ads_client(tencent_ads_client_factory: Callable[..., Client]) -> Client:
    """A :class:`tencent_ads.Client` talking to ``tencent_ads_fake_api`` (the marker's client settings apply)."""
    return tencent_ads_client_factory()


@async_fixture
async def tencent_ads_async_client(
    request: pytest.FixtureRequest, tencent_ads_fake_api: FakeMarketingAPI
) -> AsyncIterator[AsyncClient]:
    """A :class:`tencent_ads.AsyncClient` talking to ``tencent_ads_fake_api`` (needs an async test runner)."""
    from tencent_ads import AsyncClient

    settings = _settings(request)[1]
    async with AsyncClient(tencent_ads_fake_api.token, base_url=tencent_ads_fake_api.base_url, **settings) as client:
        yield client
