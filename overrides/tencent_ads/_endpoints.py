# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""The typed resources of ``Client`` and ``AsyncClient``: one per tag, one method per operation.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate. A resource is the operation's tag
(``client.async_tasks``), a method the last segment of its path (``.get``). Signing, retries, timeouts,
validation and parsing are the client's; a tag's hand-written extras (``_extras/<tag>.py``) are
inherited here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from ._extras.async_task_files import AsyncExtras as _AsyncTaskFilesAsyncExtras
from ._extras.async_task_files import SyncExtras as _AsyncTaskFilesSyncExtras
from ._extras.async_tasks import AsyncExtras as _AsyncTasksAsyncExtras
from ._extras.async_tasks import SyncExtras as _AsyncTasksSyncExtras
from ._resource import AsyncResource, SyncResource
from ._spec_data import OPERATIONS

if TYPE_CHECKING:
    from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
    from tencent_ads_api.models.oauth_token_data import OauthTokenData
    from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData

    from ._calls import Call
    from ._client import AsyncClient, Client
    from ._config import TimeoutLike
    from ._filters import FilterLike
    from ._raw import RawResponse
    from ._retries import RetryPolicy


class AsyncTasks(_AsyncTasksSyncExtras):
    """``async_tasks`` — 异步任务 — asynchronous tasks (reports, channel packages, pre-review)."""

    def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncTasksGetData:
        """``GET async_tasks/get`` — 获取异步任务 — list asynchronous tasks

        Permission: ads_management.
        Tasks can be queried for 7 days after creation; a task's result file is
        downloadable for 24 hours (使用说明 1).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account id;
                agency ids are not accepted).
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means no condition. Sent as
                compact JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["1024"]}]`. The per-
                field operator and value-count rules are in `AsyncTasksFilter`.
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–100): 一页显示的数据条数 — items per page.
            ``fields`` (optional): 返回字段 — the response fields to return. Not on the seed page: later copies
                of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g.
                `["task_id","status"]`; absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {"account_id": account_id, "filtering": filtering, "page": page, "page_size": page_size, "fields": fields},
            strict_filters,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncAsyncTasks(_AsyncTasksAsyncExtras):
    """``async_tasks`` — 异步任务 — asynchronous tasks (reports, channel packages, pre-review)."""

    async def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> AsyncTasksGetData:
        """``GET async_tasks/get`` — 获取异步任务 — list asynchronous tasks

        Permission: ads_management.
        Tasks can be queried for 7 days after creation; a task's result file is
        downloadable for 24 hours (使用说明 1).

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account id;
                agency ids are not accepted).
            ``filtering`` (optional): 过滤条件 — filter conditions; absent or empty means no condition. Sent as
                compact JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["1024"]}]`. The per-
                field operator and value-count rules are in `AsyncTasksFilter`.
            ``page`` (optional, 1–99999): 搜索页码 — page number.
            ``page_size`` (optional, 1–100): 一页显示的数据条数 — items per page.
            ``fields`` (optional): 返回字段 — the response fields to return. Not on the seed page: later copies
                of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g.
                `["task_id","status"]`; absent means every field.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {"account_id": account_id, "filtering": filtering, "page": page, "page_size": page_size, "fields": fields},
            strict_filters,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)


class AsyncTaskFiles(_AsyncTaskFilesSyncExtras):
    """``async_task_files`` — 异步任务文件 — the result files of finished asynchronous tasks (on the file host)."""

    def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> bytes:
        """``GET async_task_files/get`` — 获取异步任务文件 — one result file of a finished asynchronous task

        The files of a COMPLETED task (`result.data.file_info_list`: `file_id`
        and `md5`) can be downloaded for 24 hours after the task finished
        (async_tasks/get 使用说明). The answer is the file's bytes, or a
        redirect to the file's download address; an API error comes as the
        usual JSON envelope with HTTP 200.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id — the advertiser account the task belongs to.
            ``task_id`` (required, 1–2**63-1): 任务 id — the task whose file to fetch.
            ``file_id`` (required, 1–2**63-1): 文件 id — `file_id` from the task's
                `result.data.file_info_list`.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"], {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncAsyncTaskFiles(_AsyncTaskFilesAsyncExtras):
    """``async_task_files`` — 异步任务文件 — the result files of finished asynchronous tasks (on the file host)."""

    async def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> bytes:
        """``GET async_task_files/get`` — 获取异步任务文件 — one result file of a finished asynchronous task

        The files of a COMPLETED task (`result.data.file_info_list`: `file_id`
        and `md5`) can be downloaded for 24 hours after the task finished
        (async_tasks/get 使用说明). The answer is the file's bytes, or a
        redirect to the file's download address; an API error comes as the
        usual JSON envelope with HTTP 200.

        Arguments (keyword-only; checked before anything is sent):
            ``account_id`` (required, 1–2**63-1): 广告主帐号 id — the advertiser account the task belongs to.
            ``task_id`` (required, 1–2**63-1): 任务 id — the task whose file to fetch.
            ``file_id`` (required, 1–2**63-1): 文件 id — `file_id` from the task's
                `result.data.file_info_list`.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"], {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)


class Oauth(SyncResource):
    """``oauth`` — OAuth 2.0 — exchange an authorization code for tokens, or refresh them."""

    def token(
        self,
        *,
        client_id: int,
        client_secret: str,
        grant_type: str,
        authorization_code: str | None = None,
        refresh_token: str | None = None,
        redirect_uri: str | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> OauthTokenData:
        """``GET oauth/token`` — 获取或刷新 Access Token — exchange an authorization code, or refresh the token pair

        Not signed: no access_token, timestamp or nonce. With
        `grant_type=authorization_code`, `authorization_code` and
        `redirect_uri` are required; with `grant_type=refresh_token`,
        `refresh_token` is. An access token lives 24 hours
        (`access_token_expires_in` 86400) and a refresh token 30 days
        (2592000); refreshing invalidates the previous pair (原 Access Token 及
        Refresh Token 会失效), so a new refresh token must be stored before
        anything else.

        Arguments (keyword-only; checked before anything is sent):
            ``client_id`` (required, 1–2**63-1): 应用 id — the app's client id.
            ``client_secret`` (required): 应用 secret — the app's client secret.
            ``grant_type`` (required): 请求的类型 — authorization_code (exchange a code) or refresh_token
                (refresh the pair).
            ``authorization_code`` (optional): OAuth 认证 code — required with grant_type=authorization_code.
            ``refresh_token`` (optional): 刷新 token — required with grant_type=refresh_token.
            ``redirect_uri`` (optional): 回调地址 — required with grant_type=authorization_code; the one the
                code was issued for.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[OauthTokenData] = self._prepare(
            OPERATIONS["oauth_token"],
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
                "authorization_code": authorization_code,
                "refresh_token": refresh_token,
                "redirect_uri": redirect_uri,
            },
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncOauth(AsyncResource):
    """``oauth`` — OAuth 2.0 — exchange an authorization code for tokens, or refresh them."""

    async def token(
        self,
        *,
        client_id: int,
        client_secret: str,
        grant_type: str,
        authorization_code: str | None = None,
        refresh_token: str | None = None,
        redirect_uri: str | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> OauthTokenData:
        """``GET oauth/token`` — 获取或刷新 Access Token — exchange an authorization code, or refresh the token pair

        Not signed: no access_token, timestamp or nonce. With
        `grant_type=authorization_code`, `authorization_code` and
        `redirect_uri` are required; with `grant_type=refresh_token`,
        `refresh_token` is. An access token lives 24 hours
        (`access_token_expires_in` 86400) and a refresh token 30 days
        (2592000); refreshing invalidates the previous pair (原 Access Token 及
        Refresh Token 会失效), so a new refresh token must be stored before
        anything else.

        Arguments (keyword-only; checked before anything is sent):
            ``client_id`` (required, 1–2**63-1): 应用 id — the app's client id.
            ``client_secret`` (required): 应用 secret — the app's client secret.
            ``grant_type`` (required): 请求的类型 — authorization_code (exchange a code) or refresh_token
                (refresh the pair).
            ``authorization_code`` (optional): OAuth 认证 code — required with grant_type=authorization_code.
            ``refresh_token`` (optional): 刷新 token — required with grant_type=refresh_token.
            ``redirect_uri`` (optional): 回调地址 — required with grant_type=authorization_code; the one the
                code was issued for.
            ``retry``, ``timeout``: this call's retry policy (or retries) and timeout.
        """
        call: Call[OauthTokenData] = self._prepare(
            OPERATIONS["oauth_token"],
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
                "authorization_code": authorization_code,
                "refresh_token": refresh_token,
                "redirect_uri": redirect_uri,
            },
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)


class ProgrammedCommponentResult(SyncResource):
    """``programmed_commponent_result`` — 组件化创意衍生成品 — derived creative components. "commponent" is the
    API's own spelling of the path and is kept on the wire.
    """

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
            {"account_id": account_id, "material_derive_id": material_derive_id, "fields": fields},
            None,
        )
        return self._client.execute(call, retry=retry, timeout=timeout)


class AsyncProgrammedCommponentResult(AsyncResource):
    """``programmed_commponent_result`` — 组件化创意衍生成品 — derived creative components. "commponent" is the
    API's own spelling of the path and is kept on the wire.
    """

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
            {"account_id": account_id, "material_derive_id": material_derive_id, "fields": fields},
            None,
        )
        return await self._client.execute(call, retry=retry, timeout=timeout)


class RawAsyncTasks(SyncResource):
    """``async_tasks``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncTasksGetData]:
        """:meth:`async_tasks.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {"account_id": account_id, "filtering": filtering, "page": page, "page_size": page_size, "fields": fields},
            strict_filters,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawAsyncTasks(AsyncResource):
    """``async_tasks``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        account_id: int,
        filtering: Iterable[FilterLike] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        fields: Iterable[str] | None = None,
        strict_filters: bool | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[AsyncTasksGetData]:
        """:meth:`async_tasks.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[AsyncTasksGetData] = self._prepare(
            OPERATIONS["async_tasks_get"],
            {"account_id": account_id, "filtering": filtering, "page": page, "page_size": page_size, "fields": fields},
            strict_filters,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)


class RawAsyncTaskFiles(SyncResource):
    """``async_task_files``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[bytes]:
        """:meth:`async_task_files.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"], {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawAsyncTaskFiles(AsyncResource):
    """``async_task_files``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def get(
        self,
        *,
        account_id: int,
        task_id: int,
        file_id: int,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[bytes]:
        """:meth:`async_task_files.get` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[bytes] = self._prepare(
            OPERATIONS["async_task_files_get"], {"account_id": account_id, "task_id": task_id, "file_id": file_id}, None
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)


class RawOauth(SyncResource):
    """``oauth``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    def token(
        self,
        *,
        client_id: int,
        client_secret: str,
        grant_type: str,
        authorization_code: str | None = None,
        refresh_token: str | None = None,
        redirect_uri: str | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[OauthTokenData]:
        """:meth:`oauth.token` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[OauthTokenData] = self._prepare(
            OPERATIONS["oauth_token"],
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
                "authorization_code": authorization_code,
                "refresh_token": refresh_token,
                "redirect_uri": redirect_uri,
            },
            None,
        )
        return self._client.execute_raw(call, retry=retry, timeout=timeout)


class AsyncRawOauth(AsyncResource):
    """``oauth``, each method returning a :class:`RawResponse` (``with_raw_response``)."""

    async def token(
        self,
        *,
        client_id: int,
        client_secret: str,
        grant_type: str,
        authorization_code: str | None = None,
        refresh_token: str | None = None,
        redirect_uri: str | None = None,
        retry: RetryPolicy | int | None = None,
        timeout: TimeoutLike = None,
    ) -> RawResponse[OauthTokenData]:
        """:meth:`oauth.token` that also returns the HTTP answer: status, headers, trace_id."""
        call: Call[OauthTokenData] = self._prepare(
            OPERATIONS["oauth_token"],
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
                "authorization_code": authorization_code,
                "refresh_token": refresh_token,
                "redirect_uri": redirect_uri,
            },
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)


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
            {"account_id": account_id, "material_derive_id": material_derive_id, "fields": fields},
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
            {"account_id": account_id, "material_derive_id": material_derive_id, "fields": fields},
            None,
        )
        return await self._client.execute_raw(call, retry=retry, timeout=timeout)


class RawResources:
    """``Client.with_raw_response``: the resources, answering with the HTTP answer."""

    async_tasks: RawAsyncTasks
    async_task_files: RawAsyncTaskFiles
    oauth: RawOauth
    programmed_commponent_result: RawProgrammedCommponentResult

    def __init__(self, client: Client) -> None:
        self.async_tasks = RawAsyncTasks(client)
        self.async_task_files = RawAsyncTaskFiles(client)
        self.oauth = RawOauth(client)
        self.programmed_commponent_result = RawProgrammedCommponentResult(client)


class AsyncRawResources:
    """``AsyncClient.with_raw_response``: the resources, answering with the HTTP answer."""

    async_tasks: AsyncRawAsyncTasks
    async_task_files: AsyncRawAsyncTaskFiles
    oauth: AsyncRawOauth
    programmed_commponent_result: AsyncRawProgrammedCommponentResult

    def __init__(self, client: AsyncClient) -> None:
        self.async_tasks = AsyncRawAsyncTasks(client)
        self.async_task_files = AsyncRawAsyncTaskFiles(client)
        self.oauth = AsyncRawOauth(client)
        self.programmed_commponent_result = AsyncRawProgrammedCommponentResult(client)


class SyncResources:
    """The resources of :class:`Client`, one attribute per tag."""

    async_tasks: AsyncTasks
    async_task_files: AsyncTaskFiles
    oauth: Oauth
    programmed_commponent_result: ProgrammedCommponentResult

    def _add_resources(self) -> None:
        client = cast("Client", self)
        self.async_tasks = AsyncTasks(client)
        self.async_task_files = AsyncTaskFiles(client)
        self.oauth = Oauth(client)
        self.programmed_commponent_result = ProgrammedCommponentResult(client)


class AsyncResources:
    """The resources of :class:`AsyncClient`, one attribute per tag."""

    async_tasks: AsyncAsyncTasks
    async_task_files: AsyncAsyncTaskFiles
    oauth: AsyncOauth
    programmed_commponent_result: AsyncProgrammedCommponentResult

    def _add_resources(self) -> None:
        client = cast("AsyncClient", self)
        self.async_tasks = AsyncAsyncTasks(client)
        self.async_task_files = AsyncAsyncTaskFiles(client)
        self.oauth = AsyncOauth(client)
        self.programmed_commponent_result = AsyncProgrammedCommponentResult(client)


TAGS: tuple[str, ...] = ("async_tasks", "async_task_files", "oauth", "programmed_commponent_result")
