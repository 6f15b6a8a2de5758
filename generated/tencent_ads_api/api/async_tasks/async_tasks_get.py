# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_tasks_get_response import AsyncTasksGetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: int,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["filtering"] = filtering

    params["page"] = page

    params["page_size"] = page_size

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async_tasks/get",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AsyncTasksGetResponse | None:
    if response.status_code == 200:
        response_200 = AsyncTasksGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncTasksGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AsyncTasksGetResponse]:
    """获取异步任务 — list asynchronous tasks

     Permission: ads_management.
    Tasks can be queried for 7 days after creation; a task's result file is
    downloadable for 24 hours (使用说明 1).

    Args:
        account_id (int): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncTasksGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AsyncTasksGetResponse | None:
    """获取异步任务 — list asynchronous tasks

     Permission: ads_management.
    Tasks can be queried for 7 days after creation; a task's result file is
    downloadable for 24 hours (使用说明 1).

    Args:
        account_id (int): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncTasksGetResponse
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AsyncTasksGetResponse]:
    """获取异步任务 — list asynchronous tasks

     Permission: ads_management.
    Tasks can be queried for 7 days after creation; a task's result file is
    downloadable for 24 hours (使用说明 1).

    Args:
        account_id (int): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncTasksGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AsyncTasksGetResponse | None:
    """获取异步任务 — list asynchronous tasks

     Permission: ads_management.
    Tasks can be queried for 7 days after creation; a task's result file is
    downloadable for 24 hours (使用说明 1).

    Args:
        account_id (int): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncTasksGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            filtering=filtering,
            page=page,
            page_size=page_size,
            fields=fields,
        )
    ).parsed
