# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.oauth_grant_type import OauthGrantType
from ...models.oauth_token_response import OauthTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: int,
    client_secret: str,
    grant_type: OauthGrantType,
    authorization_code: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    json_grant_type = grant_type.value
    params["grant_type"] = json_grant_type

    params["authorization_code"] = authorization_code

    params["refresh_token"] = refresh_token

    params["redirect_uri"] = redirect_uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/token",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OauthTokenResponse | None:
    if response.status_code == 200:
        response_200 = OauthTokenResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OauthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: int,
    client_secret: str,
    grant_type: OauthGrantType,
    authorization_code: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
) -> Response[OauthTokenResponse]:
    """获取或刷新 Access Token — exchange an authorization code, or refresh the token pair

     Not signed: no access_token, timestamp or nonce. With
    `grant_type=authorization_code`, `authorization_code` and
    `redirect_uri` are required; with `grant_type=refresh_token`,
    `refresh_token` is. An access token lives 24 hours
    (`access_token_expires_in` 86400) and a refresh token 30 days
    (2592000); refreshing invalidates the previous pair (原 Access Token 及
    Refresh Token 会失效), so a new refresh token must be stored before
    anything else.

    Args:
        client_id (int):
        client_secret (str):
        grant_type (OauthGrantType): grant_type of oauth/token.
        authorization_code (str | Unset):
        refresh_token (str | Unset):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OauthTokenResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
        authorization_code=authorization_code,
        refresh_token=refresh_token,
        redirect_uri=redirect_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: int,
    client_secret: str,
    grant_type: OauthGrantType,
    authorization_code: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
) -> OauthTokenResponse | None:
    """获取或刷新 Access Token — exchange an authorization code, or refresh the token pair

     Not signed: no access_token, timestamp or nonce. With
    `grant_type=authorization_code`, `authorization_code` and
    `redirect_uri` are required; with `grant_type=refresh_token`,
    `refresh_token` is. An access token lives 24 hours
    (`access_token_expires_in` 86400) and a refresh token 30 days
    (2592000); refreshing invalidates the previous pair (原 Access Token 及
    Refresh Token 会失效), so a new refresh token must be stored before
    anything else.

    Args:
        client_id (int):
        client_secret (str):
        grant_type (OauthGrantType): grant_type of oauth/token.
        authorization_code (str | Unset):
        refresh_token (str | Unset):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OauthTokenResponse
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
        authorization_code=authorization_code,
        refresh_token=refresh_token,
        redirect_uri=redirect_uri,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: int,
    client_secret: str,
    grant_type: OauthGrantType,
    authorization_code: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
) -> Response[OauthTokenResponse]:
    """获取或刷新 Access Token — exchange an authorization code, or refresh the token pair

     Not signed: no access_token, timestamp or nonce. With
    `grant_type=authorization_code`, `authorization_code` and
    `redirect_uri` are required; with `grant_type=refresh_token`,
    `refresh_token` is. An access token lives 24 hours
    (`access_token_expires_in` 86400) and a refresh token 30 days
    (2592000); refreshing invalidates the previous pair (原 Access Token 及
    Refresh Token 会失效), so a new refresh token must be stored before
    anything else.

    Args:
        client_id (int):
        client_secret (str):
        grant_type (OauthGrantType): grant_type of oauth/token.
        authorization_code (str | Unset):
        refresh_token (str | Unset):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OauthTokenResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
        authorization_code=authorization_code,
        refresh_token=refresh_token,
        redirect_uri=redirect_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: int,
    client_secret: str,
    grant_type: OauthGrantType,
    authorization_code: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
) -> OauthTokenResponse | None:
    """获取或刷新 Access Token — exchange an authorization code, or refresh the token pair

     Not signed: no access_token, timestamp or nonce. With
    `grant_type=authorization_code`, `authorization_code` and
    `redirect_uri` are required; with `grant_type=refresh_token`,
    `refresh_token` is. An access token lives 24 hours
    (`access_token_expires_in` 86400) and a refresh token 30 days
    (2592000); refreshing invalidates the previous pair (原 Access Token 及
    Refresh Token 会失效), so a new refresh token must be stored before
    anything else.

    Args:
        client_id (int):
        client_secret (str):
        grant_type (OauthGrantType): grant_type of oauth/token.
        authorization_code (str | Unset):
        refresh_token (str | Unset):
        redirect_uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OauthTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            authorization_code=authorization_code,
            refresh_token=refresh_token,
            redirect_uri=redirect_uri,
        )
    ).parsed
