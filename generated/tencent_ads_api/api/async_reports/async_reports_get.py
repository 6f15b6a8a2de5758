# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_reports_get_response import AsyncReportsGetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: int | Unset = UNSET,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["filtering"] = filtering

    params["page"] = page

    params["page_size"] = page_size

    params["organization_id"] = organization_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async_reports/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncReportsGetResponse | None:
    if response.status_code == 200:
        response_200 = AsyncReportsGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncReportsGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AsyncReportsGetResponse]:
    """获取异步报表任务 — list asynchronous report tasks

     Permission: ads_insights. Tasks can be queried for 7 days after creation; a
    task's files are downloadable for 24 hours (使用说明 1). A COMPLETED task's
    `result.data.file_info_list` names its files (`file_id`, `md5`) for
    async_report_files/get.

    Args:
        account_id (int | Unset): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncReportsGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        organization_id=organization_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AsyncReportsGetResponse | None:
    """获取异步报表任务 — list asynchronous report tasks

     Permission: ads_insights. Tasks can be queried for 7 days after creation; a
    task's files are downloadable for 24 hours (使用说明 1). A COMPLETED task's
    `result.data.file_info_list` names its files (`file_id`, `md5`) for
    async_report_files/get.

    Args:
        account_id (int | Unset): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncReportsGetResponse
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        organization_id=organization_id,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AsyncReportsGetResponse]:
    """获取异步报表任务 — list asynchronous report tasks

     Permission: ads_insights. Tasks can be queried for 7 days after creation; a
    task's files are downloadable for 24 hours (使用说明 1). A COMPLETED task's
    `result.data.file_info_list` names its files (`file_id`, `md5`) for
    async_report_files/get.

    Args:
        account_id (int | Unset): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncReportsGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        filtering=filtering,
        page=page,
        page_size=page_size,
        organization_id=organization_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    filtering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AsyncReportsGetResponse | None:
    """获取异步报表任务 — list asynchronous report tasks

     Permission: ads_insights. Tasks can be queried for 7 days after creation; a
    task's files are downloadable for 24 hours (使用说明 1). A COMPLETED task's
    `result.data.file_info_list` names its files (`file_id`, `md5`) for
    async_report_files/get.

    Args:
        account_id (int | Unset): Account id (int64).
        filtering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncReportsGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            filtering=filtering,
            page=page,
            page_size=page_size,
            organization_id=organization_id,
            fields=fields,
        )
    ).parsed
