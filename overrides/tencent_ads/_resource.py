"""The base of every generated resource (``client.async_tasks``, ...): the client it calls through.

The generated resources (``tencent_ads_generated.resources``) are thin: each method hands its
arguments to :meth:`_prepare` (checked against the spec's rules, before any
I/O) and sends the call with the client's ``execute``. A tag's extras
(``_extras/<tag>.py``) derive from these bases and are inherited by the
generated resource of that tag.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._calls import Call, prepare_call
from ._descriptors import Operation

if TYPE_CHECKING:
    from ._client import AsyncClient, Client


class _Resource:
    _strict_filters: bool

    def _prepare(self, operation: Operation, values: Mapping[str, Any], strict_filters: bool | None) -> Call[Any]:
        strict = self._strict_filters if strict_filters is None else strict_filters
        return prepare_call(operation, values, strict_filters=strict)


class SyncResource(_Resource):
    """A resource of :class:`~tencent_ads.Client`."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self._strict_filters = client._core.strict_filters

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource(_Resource):
    """A resource of :class:`~tencent_ads.AsyncClient`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._strict_filters = client._core.strict_filters

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
