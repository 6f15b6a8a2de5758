# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hourly_reports_get_response import HourlyReportsGetResponse
from ...models.report_hourly_level import ReportHourlyLevel
from ...models.time_line import TimeLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: int,
    level: ReportHourlyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hourly_reports/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HourlyReportsGetResponse | None:
    if response.status_code == 200:
        response_200 = HourlyReportsGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HourlyReportsGetResponse]:
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
    level: ReportHourlyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
) -> Response[HourlyReportsGetResponse]:
    """获取小时报表 — report rows by hour of one day

     Permission: ads_insights. The hours of **one** day (`start_date` equal to
    `end_date`), at most 90 days back (最多支持查询 90 天内的数据,支持的最长查询跨度为
    1 天); one row per hour and `group_by` combination, with the metrics named in
    `fields`; money metrics in fen (分). Rows have the same shape as
    daily_reports/get's (`ReportRow`, with `hour`). `page` is bounded to 1–100
    here (daily: 99999), `page_size` to 1–2000. No `organization_id`.

    Args:
        account_id (int): Account id (int64).
        level (ReportHourlyLevel): api_report_hourly_level — levels of hourly_reports/get: the
            v3.0 page's 8 (an older version lists 5) and the Go SDK's ReportHourlyLevel, which adds
            REPORT_LEVEL_ADVERTISER_TOTAL; the union, as for `ReportDailyLevel`.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HourlyReportsGetResponse]
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    level: ReportHourlyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
) -> HourlyReportsGetResponse | None:
    """获取小时报表 — report rows by hour of one day

     Permission: ads_insights. The hours of **one** day (`start_date` equal to
    `end_date`), at most 90 days back (最多支持查询 90 天内的数据,支持的最长查询跨度为
    1 天); one row per hour and `group_by` combination, with the metrics named in
    `fields`; money metrics in fen (分). Rows have the same shape as
    daily_reports/get's (`ReportRow`, with `hour`). `page` is bounded to 1–100
    here (daily: 99999), `page_size` to 1–2000. No `organization_id`.

    Args:
        account_id (int): Account id (int64).
        level (ReportHourlyLevel): api_report_hourly_level — levels of hourly_reports/get: the
            v3.0 page's 8 (an older version lists 5) and the Go SDK's ReportHourlyLevel, which adds
            REPORT_LEVEL_ADVERTISER_TOTAL; the union, as for `ReportDailyLevel`.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HourlyReportsGetResponse
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    level: ReportHourlyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
) -> Response[HourlyReportsGetResponse]:
    """获取小时报表 — report rows by hour of one day

     Permission: ads_insights. The hours of **one** day (`start_date` equal to
    `end_date`), at most 90 days back (最多支持查询 90 天内的数据,支持的最长查询跨度为
    1 天); one row per hour and `group_by` combination, with the metrics named in
    `fields`; money metrics in fen (分). Rows have the same shape as
    daily_reports/get's (`ReportRow`, with `hour`). `page` is bounded to 1–100
    here (daily: 99999), `page_size` to 1–2000. No `organization_id`.

    Args:
        account_id (int): Account id (int64).
        level (ReportHourlyLevel): api_report_hourly_level — levels of hourly_reports/get: the
            v3.0 page's 8 (an older version lists 5) and the Go SDK's ReportHourlyLevel, which adds
            REPORT_LEVEL_ADVERTISER_TOTAL; the union, as for `ReportDailyLevel`.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HourlyReportsGetResponse]
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: int,
    level: ReportHourlyLevel,
    date_range: str,
    filtering: str | Unset = UNSET,
    group_by: str,
    order_by: str | Unset = UNSET,
    time_line: TimeLine | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    fields: str,
) -> HourlyReportsGetResponse | None:
    """获取小时报表 — report rows by hour of one day

     Permission: ads_insights. The hours of **one** day (`start_date` equal to
    `end_date`), at most 90 days back (最多支持查询 90 天内的数据,支持的最长查询跨度为
    1 天); one row per hour and `group_by` combination, with the metrics named in
    `fields`; money metrics in fen (分). Rows have the same shape as
    daily_reports/get's (`ReportRow`, with `hour`). `page` is bounded to 1–100
    here (daily: 99999), `page_size` to 1–2000. No `organization_id`.

    Args:
        account_id (int): Account id (int64).
        level (ReportHourlyLevel): api_report_hourly_level — levels of hourly_reports/get: the
            v3.0 page's 8 (an older version lists 5) and the Go SDK's ReportHourlyLevel, which adds
            REPORT_LEVEL_ADVERTISER_TOTAL; the union, as for `ReportDailyLevel`.
        date_range (str):
        filtering (str | Unset):
        group_by (str):
        order_by (str | Unset):
        time_line (TimeLine | Unset): time_line — 时间口径 (the pages and the Go SDK's TimeLine
            agree).
        page (int | Unset):
        page_size (int | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HourlyReportsGetResponse
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
        )
    ).parsed
