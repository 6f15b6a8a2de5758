# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_reports_add_request import AsyncReportsAddRequest
from ...models.async_reports_add_response import AsyncReportsAddResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AsyncReportsAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/async_reports/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncReportsAddResponse | None:
    if response.status_code == 200:
        response_200 = AsyncReportsAddResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncReportsAddResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncReportsAddRequest,
) -> Response[AsyncReportsAddResponse]:
    """创建异步报表任务 — start an asynchronous report

     Permission: ads_insights. Starts a report of one `date` at `granularity`
    DAILY (the last 365 days) or HOURLY (the last 30 days) and answers its
    `task_id`; poll it with async_reports/get (filter `task_id`) until it is
    terminal, then fetch its files from async_report_files/get. The body is JSON
    (`Content-Type: application/json`); access_token, timestamp and nonce stay in
    the query. The v1.x guide (docs/insights/ad_insights/async_reports) allows one
    task per account every 5 minutes (异步报表模块每账号每5分钟最多创建1个任务). No
    idempotency key exists: a re-sent add can create a second task, so the client
    re-sends it only when the failure proves it was not processed
    (`x-idempotent: false`).

    Args:
        body (AsyncReportsAddRequest): The body of async_reports/add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncReportsAddResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncReportsAddRequest,
) -> AsyncReportsAddResponse | None:
    """创建异步报表任务 — start an asynchronous report

     Permission: ads_insights. Starts a report of one `date` at `granularity`
    DAILY (the last 365 days) or HOURLY (the last 30 days) and answers its
    `task_id`; poll it with async_reports/get (filter `task_id`) until it is
    terminal, then fetch its files from async_report_files/get. The body is JSON
    (`Content-Type: application/json`); access_token, timestamp and nonce stay in
    the query. The v1.x guide (docs/insights/ad_insights/async_reports) allows one
    task per account every 5 minutes (异步报表模块每账号每5分钟最多创建1个任务). No
    idempotency key exists: a re-sent add can create a second task, so the client
    re-sends it only when the failure proves it was not processed
    (`x-idempotent: false`).

    Args:
        body (AsyncReportsAddRequest): The body of async_reports/add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncReportsAddResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncReportsAddRequest,
) -> Response[AsyncReportsAddResponse]:
    """创建异步报表任务 — start an asynchronous report

     Permission: ads_insights. Starts a report of one `date` at `granularity`
    DAILY (the last 365 days) or HOURLY (the last 30 days) and answers its
    `task_id`; poll it with async_reports/get (filter `task_id`) until it is
    terminal, then fetch its files from async_report_files/get. The body is JSON
    (`Content-Type: application/json`); access_token, timestamp and nonce stay in
    the query. The v1.x guide (docs/insights/ad_insights/async_reports) allows one
    task per account every 5 minutes (异步报表模块每账号每5分钟最多创建1个任务). No
    idempotency key exists: a re-sent add can create a second task, so the client
    re-sends it only when the failure proves it was not processed
    (`x-idempotent: false`).

    Args:
        body (AsyncReportsAddRequest): The body of async_reports/add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncReportsAddResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncReportsAddRequest,
) -> AsyncReportsAddResponse | None:
    """创建异步报表任务 — start an asynchronous report

     Permission: ads_insights. Starts a report of one `date` at `granularity`
    DAILY (the last 365 days) or HOURLY (the last 30 days) and answers its
    `task_id`; poll it with async_reports/get (filter `task_id`) until it is
    terminal, then fetch its files from async_report_files/get. The body is JSON
    (`Content-Type: application/json`); access_token, timestamp and nonce stay in
    the query. The v1.x guide (docs/insights/ad_insights/async_reports) allows one
    task per account every 5 minutes (异步报表模块每账号每5分钟最多创建1个任务). No
    idempotency key exists: a re-sent add can create a second task, so the client
    re-sends it only when the failure proves it was not processed
    (`x-idempotent: false`).

    Args:
        body (AsyncReportsAddRequest): The body of async_reports/add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncReportsAddResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
