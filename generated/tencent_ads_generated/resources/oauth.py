# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""``oauth`` — the typed resources of this tag: token.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resource.py.jinja).
A resource is the operation's tag (``client.oauth``), a method the last segment of its path. Signing,
retries, timeouts, validation and parsing are the client's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tencent_ads._resource import AsyncResource, SyncResource

from ..spec_data import OPERATIONS

if TYPE_CHECKING:
    from tencent_ads._calls import Call
    from tencent_ads._config import TimeoutLike
    from tencent_ads._raw import RawResponse
    from tencent_ads._retries import RetryPolicy
    from tencent_ads_api.models.oauth_token_data import OauthTokenData

__all__ = ["AsyncOauth", "AsyncRawOauth", "Oauth", "RawOauth"]


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
            Not idempotent: re-sent only when the failure proves the server did not process it; otherwise
                ``OutcomeUnknownError`` (nothing is sent twice).
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
            Not idempotent: re-sent only when the failure proves the server did not process it; otherwise
                ``OutcomeUnknownError`` (nothing is sent twice).
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
