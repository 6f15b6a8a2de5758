# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``programmed_commponent_result`` — the typed resources of this tag: get.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.programmed_commponent_result``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tencent_ads._resource import AsyncResource, SyncResource

from ..spec_data import OPERATIONS

if TYPE_CHECKING:
    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy
    from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData

__all__ = [
    "AsyncProgrammedCommponentResult",
    "AsyncRawProgrammedCommponentResult",
    "ProgrammedCommponentResult",
    "RawProgrammedCommponentResult",
]


class ProgrammedCommponentResult(SyncResource):
    """``programmed_commponent_result`` — 组件化创意衍生成品 — derived creative components. "commponent" is the API's own spelling of the path and is kept on the wire."""

    def get(
        self,
        *,
        account_id: int,
        material_derive_id: int,
        fields: Iterable[str] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ProgrammedCommponentResultGetData:
        """``GET programmed_commponent_result/get`` — 组件化创意衍生成品查询接口 — derived creative components of a derive
        task

        Permission: ads_management.
        Returns the relation between original and derived components of a
        `material_derive_id`. Empty until the id has gone through the creative
        flow and a derive task has succeeded. Only the latest derive task is
        returned; results of earlier tasks are deleted (使用说明).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 推广帐号 id,有操作权限的帐号 id,包括代理商和广告主帐号 id (agency and advertiser
                ids are both accepted).
            ``material_derive_id`` (required, 1–2**63-1): 衍生全局 id — global derive id.
            ``fields`` (optional): 返回字段 — the response fields to return. Not on the seed page: later copies
                of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g.
                `["task_id","status"]`; absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[ProgrammedCommponentResultGetData] = self._prepare(
            OPERATIONS["programmed_commponent_result_get"],
            {
                "account_id": account_id,
                "material_derive_id": material_derive_id,
                "fields": fields,
            },
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncProgrammedCommponentResult(AsyncResource):
    """``programmed_commponent_result`` — 组件化创意衍生成品 — derived creative components. "commponent" is the API's own spelling of the path and is kept on the wire."""

    async def get(
        self,
        *,
        account_id: int,
        material_derive_id: int,
        fields: Iterable[str] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> ProgrammedCommponentResultGetData:
        """``GET programmed_commponent_result/get`` — 组件化创意衍生成品查询接口 — derived creative components of a derive
        task

        Permission: ads_management.
        Returns the relation between original and derived components of a
        `material_derive_id`. Empty until the id has gone through the creative
        flow and a derive task has succeeded. Only the latest derive task is
        returned; results of earlier tasks are deleted (使用说明).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 推广帐号 id,有操作权限的帐号 id,包括代理商和广告主帐号 id (agency and advertiser
                ids are both accepted).
            ``material_derive_id`` (required, 1–2**63-1): 衍生全局 id — global derive id.
            ``fields`` (optional): 返回字段 — the response fields to return. Not on the seed page: later copies
                of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g.
                `["task_id","status"]`; absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[ProgrammedCommponentResultGetData] = self._prepare(
            OPERATIONS["programmed_commponent_result_get"],
            {
                "account_id": account_id,
                "material_derive_id": material_derive_id,
                "fields": fields,
            },
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)


class RawProgrammedCommponentResult(SyncResource):
    """``programmed_commponent_result``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        account_id: int,
        material_derive_id: int,
        fields: Iterable[str] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[ProgrammedCommponentResultGetData]:
        """:meth:`programmed_commponent_result.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[ProgrammedCommponentResultGetData] = self._prepare(
            OPERATIONS["programmed_commponent_result_get"],
            {
                "account_id": account_id,
                "material_derive_id": material_derive_id,
                "fields": fields,
            },
            None,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawProgrammedCommponentResult(AsyncResource):
    """``programmed_commponent_result``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        account_id: int,
        material_derive_id: int,
        fields: Iterable[str] | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[ProgrammedCommponentResultGetData]:
        """:meth:`programmed_commponent_result.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[ProgrammedCommponentResultGetData] = self._prepare(
            OPERATIONS["programmed_commponent_result_get"],
            {
                "account_id": account_id,
                "material_derive_id": material_derive_id,
                "fields": fields,
            },
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)
