# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.programmed_commponent_result_get_response import ProgrammedCommponentResultGetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: int,
    material_derive_id: int,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["material_derive_id"] = material_derive_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/programmed_commponent_result/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProgrammedCommponentResultGetResponse | None:
    if response.status_code == 200:
        response_200 = ProgrammedCommponentResultGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProgrammedCommponentResultGetResponse]:
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
    material_derive_id: int,
    fields: str | Unset = UNSET,
) -> Response[ProgrammedCommponentResultGetResponse]:
    """组件化创意衍生成品查询接口 — derived creative components of a derive task

     Permission: ads_management.
    Returns the relation between original and derived components of a
    `material_derive_id`. Empty until the id has gone through the creative
    flow and a derive task has succeeded. Only the latest derive task is
    returned; results of earlier tasks are deleted (使用说明).

    Args:
        account_id (int): Account id (int64).
        material_derive_id (int):  Example: 116922.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProgrammedCommponentResultGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        material_derive_id=material_derive_id,
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
    material_derive_id: int,
    fields: str | Unset = UNSET,
) -> ProgrammedCommponentResultGetResponse | None:
    """组件化创意衍生成品查询接口 — derived creative components of a derive task

     Permission: ads_management.
    Returns the relation between original and derived components of a
    `material_derive_id`. Empty until the id has gone through the creative
    flow and a derive task has succeeded. Only the latest derive task is
    returned; results of earlier tasks are deleted (使用说明).

    Args:
        account_id (int): Account id (int64).
        material_derive_id (int):  Example: 116922.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProgrammedCommponentResultGetResponse
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        material_derive_id=material_derive_id,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    material_derive_id: int,
    fields: str | Unset = UNSET,
) -> Response[ProgrammedCommponentResultGetResponse]:
    """组件化创意衍生成品查询接口 — derived creative components of a derive task

     Permission: ads_management.
    Returns the relation between original and derived components of a
    `material_derive_id`. Empty until the id has gone through the creative
    flow and a derive task has succeeded. Only the latest derive task is
    returned; results of earlier tasks are deleted (使用说明).

    Args:
        account_id (int): Account id (int64).
        material_derive_id (int):  Example: 116922.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProgrammedCommponentResultGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        material_derive_id=material_derive_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    material_derive_id: int,
    fields: str | Unset = UNSET,
) -> ProgrammedCommponentResultGetResponse | None:
    """组件化创意衍生成品查询接口 — derived creative components of a derive task

     Permission: ads_management.
    Returns the relation between original and derived components of a
    `material_derive_id`. Empty until the id has gone through the creative
    flow and a derive task has succeeded. Only the latest derive task is
    returned; results of earlier tasks are deleted (使用说明).

    Args:
        account_id (int): Account id (int64).
        material_derive_id (int):  Example: 116922.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProgrammedCommponentResultGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            material_derive_id=material_derive_id,
            fields=fields,
        )
    ).parsed
