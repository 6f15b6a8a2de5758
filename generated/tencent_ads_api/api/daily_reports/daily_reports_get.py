# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.daily_reports_get_response import DailyReportsGetResponse
from ...models.report_daily_level import ReportDailyLevel
from ...models.time_line import TimeLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: int | Unset = UNSET,
    level: ReportDailyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
    organization_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    json_level = level.value
    params["level"] = json_level

    params["date_range"] = date_range

    params["filtering"] = filtering

    params["group_by"] = group_by

    params["order_by"] = order_by

    json_time_line: str | Unset = UNSET
    if not isinstance(time_line, Unset):
        json_time_line = time_line.value

    params["time_line"] = json_time_line

    params["page"] = page

    params["page_size"] = page_size

    params["fields"] = fields

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/daily_reports/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DailyReportsGetResponse | None:
    if response.status_code == 200:
        response_200 = DailyReportsGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DailyReportsGetResponse]:
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
    level: ReportDailyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
    organization_id: int | Unset = UNSET,
) -> Response[DailyReportsGetResponse]:
    """获取日报表 — report rows by day

     Permission: ads_insights. One row per combination of the `group_by`
    dimensions (a day by default) at the chosen `level`, with the metrics named
    in `fields`; money metrics (`cost`, `cpc`, `*_cost`, ...) are in fen (分).
    `date_range`: at most 365 days back (最早支持查询 1 年内（365 天）的数据), and
    `start_date` <= `end_date`. Which `group_by` dimensions a level accepts is the
    aggregation-rule page's table (see `ReportGroupBy`). Pages: `page` (1–99999)
    and `page_size` (1–2000). Third-party SDK notes quote the page's
    使用说明 as limiting `page * page_size` to 20000 (beyond: use
    async_reports/add); not confirmed on the pages at hand, so not enforced.

    Args:
        account_id (int | Unset): Account id (int64).
        level (ReportDailyLevel): api_report_daily_level — levels of daily_reports/get: the v3.0
            page's 17 (its older copy lists 16, without REPORT_LEVEL_PLAYLET) and the Go SDK's
            ReportDailyLevel, which adds REPORT_LEVEL_ADVERTISER_TOTAL and
            REPORT_LEVEL_CREATIVE_ASSET.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyReportsGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        level=level,
        date_range=date_range,
        filtering=filtering,
        group_by=group_by,
        order_by=order_by,
        time_line=time_line,
        page=page,
        page_size=page_size,
        fields=fields,
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
    level: ReportDailyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
    organization_id: int | Unset = UNSET,
) -> DailyReportsGetResponse | None:
    """获取日报表 — report rows by day

     Permission: ads_insights. One row per combination of the `group_by`
    dimensions (a day by default) at the chosen `level`, with the metrics named
    in `fields`; money metrics (`cost`, `cpc`, `*_cost`, ...) are in fen (分).
    `date_range`: at most 365 days back (最早支持查询 1 年内（365 天）的数据), and
    `start_date` <= `end_date`. Which `group_by` dimensions a level accepts is the
    aggregation-rule page's table (see `ReportGroupBy`). Pages: `page` (1–99999)
    and `page_size` (1–2000). Third-party SDK notes quote the page's
    使用说明 as limiting `page * page_size` to 20000 (beyond: use
    async_reports/add); not confirmed on the pages at hand, so not enforced.

    Args:
        account_id (int | Unset): Account id (int64).
        level (ReportDailyLevel): api_report_daily_level — levels of daily_reports/get: the v3.0
            page's 17 (its older copy lists 16, without REPORT_LEVEL_PLAYLET) and the Go SDK's
            ReportDailyLevel, which adds REPORT_LEVEL_ADVERTISER_TOTAL and
            REPORT_LEVEL_CREATIVE_ASSET.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyReportsGetResponse
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        level=level,
        date_range=date_range,
        filtering=filtering,
        group_by=group_by,
        order_by=order_by,
        time_line=time_line,
        page=page,
        page_size=page_size,
        fields=fields,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    level: ReportDailyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
    organization_id: int | Unset = UNSET,
) -> Response[DailyReportsGetResponse]:
    """获取日报表 — report rows by day

     Permission: ads_insights. One row per combination of the `group_by`
    dimensions (a day by default) at the chosen `level`, with the metrics named
    in `fields`; money metrics (`cost`, `cpc`, `*_cost`, ...) are in fen (分).
    `date_range`: at most 365 days back (最早支持查询 1 年内（365 天）的数据), and
    `start_date` <= `end_date`. Which `group_by` dimensions a level accepts is the
    aggregation-rule page's table (see `ReportGroupBy`). Pages: `page` (1–99999)
    and `page_size` (1–2000). Third-party SDK notes quote the page's
    使用说明 as limiting `page * page_size` to 20000 (beyond: use
    async_reports/add); not confirmed on the pages at hand, so not enforced.

    Args:
        account_id (int | Unset): Account id (int64).
        level (ReportDailyLevel): api_report_daily_level — levels of daily_reports/get: the v3.0
            page's 17 (its older copy lists 16, without REPORT_LEVEL_PLAYLET) and the Go SDK's
            ReportDailyLevel, which adds REPORT_LEVEL_ADVERTISER_TOTAL and
            REPORT_LEVEL_CREATIVE_ASSET.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyReportsGetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        level=level,
        date_range=date_range,
        filtering=filtering,
        group_by=group_by,
        order_by=order_by,
        time_line=time_line,
        page=page,
        page_size=page_size,
        fields=fields,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: int | Unset = UNSET,
    level: ReportDailyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
    organization_id: int | Unset = UNSET,
) -> DailyReportsGetResponse | None:
    """获取日报表 — report rows by day

     Permission: ads_insights. One row per combination of the `group_by`
    dimensions (a day by default) at the chosen `level`, with the metrics named
    in `fields`; money metrics (`cost`, `cpc`, `*_cost`, ...) are in fen (分).
    `date_range`: at most 365 days back (最早支持查询 1 年内（365 天）的数据), and
    `start_date` <= `end_date`. Which `group_by` dimensions a level accepts is the
    aggregation-rule page's table (see `ReportGroupBy`). Pages: `page` (1–99999)
    and `page_size` (1–2000). Third-party SDK notes quote the page's
    使用说明 as limiting `page * page_size` to 20000 (beyond: use
    async_reports/add); not confirmed on the pages at hand, so not enforced.

    Args:
        account_id (int | Unset): Account id (int64).
        level (ReportDailyLevel): api_report_daily_level — levels of daily_reports/get: the v3.0
            page's 17 (its older copy lists 16, without REPORT_LEVEL_PLAYLET) and the Go SDK's
            ReportDailyLevel, which adds REPORT_LEVEL_ADVERTISER_TOTAL and
            REPORT_LEVEL_CREATIVE_ASSET.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):
        organization_id (int | Unset): 业务单元 id — a business unit (int64), 0–9999999999 as the
            report pages bound it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyReportsGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            level=level,
            date_range=date_range,
            filtering=filtering,
            group_by=group_by,
            order_by=order_by,
            time_line=time_line,
            page=page,
            page_size=page_size,
            fields=fields,
            organization_id=organization_id,
        )
    ).parsed
