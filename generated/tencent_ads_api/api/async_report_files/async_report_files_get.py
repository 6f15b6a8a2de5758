# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    account_id: int | Unset = UNSET,
    task_id: int,
    file_id: int,
    organization_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["task_id"] = task_id

    params["file_id"] = file_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async_report_files/get",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | File]:
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
    task_id: int,
    file_id: int,
    organization_id: int | Unset = UNSET,
) -> Response[Any | File]:
    """获取文件接口 — one result file of a finished asynchronous report

     Permission: ads_insights. The files of a COMPLETED report task
    (`result.data.file_info_list`: `file_id` and `md5`) can be downloaded for 24
    hours (async_reports/get 使用说明). The answer is the file's bytes, or a
    redirect to the file's download address (重定向到异步报表文件下载地址); an API
    error comes as the usual JSON envelope with HTTP 200. The page advises
    downloading the whole file before parsing it: parsing while downloading can
    take long enough for the download to time out (建议先下载整个文件,然后再解析).

    Args:
        account_id (int | Unset): Account id (int64).
        task_id (int):
        file_id (int):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        task_id=task_id,
        file_id=file_id,
        organization_id=organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    task_id: int,
    file_id: int,
    organization_id: int | Unset = UNSET,
) -> Any | File | None:
    """获取文件接口 — one result file of a finished asynchronous report

     Permission: ads_insights. The files of a COMPLETED report task
    (`result.data.file_info_list`: `file_id` and `md5`) can be downloaded for 24
    hours (async_reports/get 使用说明). The answer is the file's bytes, or a
    redirect to the file's download address (重定向到异步报表文件下载地址); an API
    error comes as the usual JSON envelope with HTTP 200. The page advises
    downloading the whole file before parsing it: parsing while downloading can
    take long enough for the download to time out (建议先下载整个文件,然后再解析).

    Args:
        account_id (int | Unset): Account id (int64).
        task_id (int):
        file_id (int):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        task_id=task_id,
        file_id=file_id,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    task_id: int,
    file_id: int,
    organization_id: int | Unset = UNSET,
) -> Response[Any | File]:
    """获取文件接口 — one result file of a finished asynchronous report

     Permission: ads_insights. The files of a COMPLETED report task
    (`result.data.file_info_list`: `file_id` and `md5`) can be downloaded for 24
    hours (async_reports/get 使用说明). The answer is the file's bytes, or a
    redirect to the file's download address (重定向到异步报表文件下载地址); an API
    error comes as the usual JSON envelope with HTTP 200. The page advises
    downloading the whole file before parsing it: parsing while downloading can
    take long enough for the download to time out (建议先下载整个文件,然后再解析).

    Args:
        account_id (int | Unset): Account id (int64).
        task_id (int):
        file_id (int):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        task_id=task_id,
        file_id=file_id,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    task_id: int,
    file_id: int,
    organization_id: int | Unset = UNSET,
) -> Any | File | None:
    """获取文件接口 — one result file of a finished asynchronous report

     Permission: ads_insights. The files of a COMPLETED report task
    (`result.data.file_info_list`: `file_id` and `md5`) can be downloaded for 24
    hours (async_reports/get 使用说明). The answer is the file's bytes, or a
    redirect to the file's download address (重定向到异步报表文件下载地址); an API
    error comes as the usual JSON envelope with HTTP 200. The page advises
    downloading the whole file before parsing it: parsing while downloading can
    take long enough for the download to time out (建议先下载整个文件,然后再解析).

    Args:
        account_id (int | Unset): Account id (int64).
        task_id (int):
        file_id (int):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            task_id=task_id,
            file_id=file_id,
            organization_id=organization_id,
        )
    ).parsed
