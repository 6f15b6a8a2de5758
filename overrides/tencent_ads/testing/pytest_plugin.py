"""pytest fixtures for code that uses tencent_ads, registered through the ``pytest11`` entry point.

Installed with the package, so any test suite can write::

    def test_report_job(tencent_ads_client):
        page = tencent_ads_client.async_tasks.get(account_id=25610)
        assert page.page_info.total_number == 46  # the doc example task and 45 generated ones

Fixtures:

* ``tencent_ads_fake_api`` — a running :class:`~tencent_ads.testing.FakeMarketingAPI`
  (``.base_url``, ``.token``, ``.account_id``, ``.inject(...)``, ``.add_task(...)``);
* ``tencent_ads_client`` / ``tencent_ads_async_client`` — clients bound to it;
* ``tencent_ads_fake_api_factory`` / ``tencent_ads_client_factory`` — build more of them, with settings
  (each stopped or closed after the test);
* ``tencent_ads_recording_target`` — ``(base_url, token, account_id)`` for a cassette test that can also be
  recorded against a real API (see below).

Settings without overriding a fixture: mark the test. Arguments of :class:`FakeMarketingAPI` go to the fake,
arguments of :class:`~tencent_ads.Client` to the clients::

    @pytest.mark.tencent_ads(accounts=(25610, 25611), token_ttl=2, retry=0)
    def test_two_accounts(tencent_ads_client, tencent_ads_fake_api): ...

Cassettes (with pytest-recording installed): the plugin provides the ``vcr_config`` fixture, so a test marked
``@pytest.mark.vcr`` that uses these fixtures records against the fake (``--record-mode=once``) and replays
offline (``--record-mode=none --block-network``) with no configuration of the user's. It filters the token,
``timestamp``, ``nonce`` and the OAuth app's secrets out of the stored requests (before saving and before
matching), stores ``oauth/token`` answers with placeholder tokens, matches on method, path and query (not on the
fake's port, which changes per run), and lets loopback through ``--block-network`` (the fake server of the tests
that have no cassette). A ``vcr_config`` fixture of the user's own replaces it, and may build on it by asking for
``vcr_config``. Outside pytest-recording, :func:`cassette_config` gives the same settings for ``vcr.VCR``.

Nothing heavy is imported until a fixture is used. The async fixture is
registered with pytest-asyncio's own decorator when pytest-asyncio is
installed, so it works in its default *strict* mode as well as in auto mode.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

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


#: Query parameters that are secret or change on every attempt: never stored in a cassette, never matched on.
VOLATILE_PARAMETERS = ("access_token", "timestamp", "nonce")
#: oauth/token's secrets: never stored in a cassette (and not matched on).
SECRET_PARAMETERS = ("client_secret", "refresh_token", "authorization_code")
#: What a recorded oauth/token answer holds instead of the tokens it carried.
RECORDED_TOKENS = {"access_token": "recorded-access-token", "refresh_token": "recorded-refresh-token"}
#: Hosts ``--block-network`` lets through (pytest-recording's regexes): loopback, where the fake server listens.
LOOPBACK_HOSTS = (r"127\.\d{1,3}\.\d{1,3}\.\d{1,3}$", r"::1$", r"localhost$")
#: The base URL a replaying :func:`tencent_ads_recording_target` gives: nothing listens there, nothing is sent.
REPLAY_BASE_URL = "http://127.0.0.1:9/v3.0"


def scrub_token_answer(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy's ``before_record_response``: an answer carrying tokens (oauth/token) is saved with placeholders."""
    body = response.get("body", {}).get("string", b"")
    try:
        document = json.loads(body)
    except (ValueError, TypeError):
        return response
    data = document.get("data") if isinstance(document, dict) else None
    if isinstance(data, dict) and RECORDED_TOKENS.keys() & data.keys():
        data.update({k: v for k, v in RECORDED_TOKENS.items() if k in data})
        response["body"]["string"] = json.dumps(document).encode()
    return response


def cassette_config() -> dict[str, Any]:
    """The cassette settings of the ``vcr_config`` fixture (keyword arguments of ``vcr.VCR``/``use_cassette``).

    ``filter_query_parameters`` runs before matching as well as before saving, so the volatile and secret
    parameters neither reach a cassette nor break matching; compressed answers are stored decoded, so
    :func:`scrub_token_answer` sees their JSON; the fake server's port changes per run, so host and port are
    not matched. ``allowed_hosts`` is pytest-recording's (vcrpy ignores it).
    """
    return {
        "filter_query_parameters": [*VOLATILE_PARAMETERS, *SECRET_PARAMETERS],
        "filter_headers": ["authorization"],
        "before_record_response": scrub_token_answer,
        "decode_compressed_response": True,
        "match_on": ["method", "path", "query"],
        "record_on_exception": False,
        "allowed_hosts": list(LOOPBACK_HOSTS),
    }


class RecordingTarget(NamedTuple):
    """Where a cassette test sends its requests (``tencent_ads_recording_target``)."""

    base_url: str
    token: str
    account_id: int


class _CassettePlugin:
    """Fixtures that replace pytest-recording's defaults.

    Registered from :func:`pytest_configure`, after every installed plugin, so that they come after
    pytest-recording's own (among plugins, the last registered definition of a fixture wins, and entry points
    load in no set order); a conftest's fixture of the same name still overrides them.
    """

    @pytest.fixture(scope="session")
    @staticmethod
    def vcr_config() -> dict[str, Any]:
        """Cassette settings for tests of code that uses tencent_ads (see :func:`cassette_config`)."""
        return cassette_config()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "tencent_ads(**settings): settings of the tencent_ads fixtures' fake server and clients"
    )
    if not config.pluginmanager.has_plugin("tencent_ads-cassettes"):
        config.pluginmanager.register(_CassettePlugin(), "tencent_ads-cassettes")


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


def _record_mode(request: pytest.FixtureRequest) -> str | None:
    """pytest-recording's record mode for this test, as it decides it (None without pytest-recording)."""
    if not request.config.pluginmanager.has_plugin("recording"):
        return None
    mode: str = request.getfixturevalue("record_mode")  # --record-mode, or "none"
    if request.config.getoption("--record-mode") is None:  # then the vcr_config's or the vcr marker's setting
        settings = dict(request.getfixturevalue("vcr_config"))
        for marker in reversed(list(request.node.iter_markers(name="vcr"))):
            settings.update(marker.kwargs)
        mode = settings.get("record_mode", mode)
    return mode


@pytest.fixture
def tencent_ads_recording_target(request: pytest.FixtureRequest) -> Iterator[RecordingTarget]:
    """``(base_url, token, account_id)`` for a ``@pytest.mark.vcr`` test that builds its own client.

    Replaying (pytest-recording's ``--record-mode=none``, its default) starts no server: nothing leaves the
    process. Recording runs against a fake server, or — when ``TENCENT_ADS_RECORD_BASE_URL``,
    ``TENCENT_ADS_ACCESS_TOKEN`` and ``TENCENT_ADS_RECORD_ACCOUNT_ID`` are set — against that real API.
    """
    record_mode = _record_mode(request)
    account = os.environ.get("TENCENT_ADS_RECORD_ACCOUNT_ID")
    if record_mode == "none":
        from tencent_ads.testing import DEFAULT_ACCOUNT_ID

        yield RecordingTarget(REPLAY_BASE_URL, "replay-token", int(account or DEFAULT_ACCOUNT_ID))
        return
    real = os.environ.get("TENCENT_ADS_RECORD_BASE_URL")
    if real:
        if not account or not os.environ.get("TENCENT_ADS_ACCESS_TOKEN"):
            raise pytest.UsageError(
                "recording against TENCENT_ADS_RECORD_BASE_URL needs TENCENT_ADS_ACCESS_TOKEN and "
                "TENCENT_ADS_RECORD_ACCOUNT_ID"
            )
        yield RecordingTarget(real, os.environ["TENCENT_ADS_ACCESS_TOKEN"], int(account))
        return
    from tencent_ads.testing import FakeMarketingAPI

    with FakeMarketingAPI(**_settings(request)[0]) as api:
        yield RecordingTarget(api.base_url, api.token, api.account_id)
