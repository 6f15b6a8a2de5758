# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""The request bodies' objects as TypedDicts: ``<Name>Param`` for every documented object of a body.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate. Pass a plain dict typed with these (a type
checker then knows every member), or the generated model of the same name from ``tencent_ads_api.models``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

if TYPE_CHECKING:
    from tencent_ads_api.models.async_reports_add_filter import AsyncReportsAddFilter
    from tencent_ads_api.models.async_task_spec import AsyncTaskSpec
    from tencent_ads_api.models.create_android_channel_package_spec import CreateAndroidChannelPackageSpec
    from tencent_ads_api.models.create_channel_package_item import CreateChannelPackageItem
    from tencent_ads_api.models.update_android_channel_package_spec import UpdateAndroidChannelPackageSpec
    from tencent_ads_api.models.update_channel_package_item import UpdateChannelPackageItem

__all__ = [
    "AsyncReportsAddFilterParam",
    "AsyncReportsAddRequestParam",
    "AsyncTaskSpecParam",
    "AsyncTasksAddRequestParam",
    "CreateAndroidChannelPackageSpecParam",
    "CreateChannelPackageItemParam",
    "ReportDateRangeParam",
    "ReportOrderByItemParam",
    "UpdateAndroidChannelPackageSpecParam",
    "UpdateChannelPackageItemParam",
]


class AsyncReportsAddFilterParam(TypedDict, total=False):
    """One filter condition of async_reports/add (a body member: real JSON). The page gives one operator
    list for every field and no per-field value rules; values are 1–100 strings of 1–64 bytes.
    """

    field: Required[str]
    operator: Required[str]
    values: Required[Iterable[str]]


class AsyncReportsAddRequestParam(TypedDict, total=False):
    """The body of async_reports/add."""

    account_id: int
    task_name: Required[str]
    report_fields: Required[Iterable[str]]
    level: Required[str]
    filtering: Iterable[AsyncReportsAddFilterParam | AsyncReportsAddFilter]
    time_line: str
    group_by: Iterable[str]
    granularity: Required[str]
    date: Required[str]
    organization_id: int


class AsyncTaskSpecParam(TypedDict, total=False):
    """任务所需条件 — what the task needs, one `task_type_<type>_spec` member for its type. The two documented
    members are checked; any other member (the page's task_type_delete_creative_asset_spec, the curl's
    task_type_agency_ad_hourly_report_spec) is sent as given, an object.
    """

    task_type_create_android_channel_package_spec: (
        CreateAndroidChannelPackageSpecParam | CreateAndroidChannelPackageSpec
    )
    task_type_update_android_channel_package_spec: (
        UpdateAndroidChannelPackageSpecParam | UpdateAndroidChannelPackageSpec
    )


class AsyncTasksAddRequestParam(TypedDict, total=False):
    """The body of async_tasks/add."""

    account_id: Required[int]
    task_name: Required[str]
    task_type: Required[str]
    task_spec: AsyncTaskSpecParam | AsyncTaskSpec | Mapping[str, Any]


class CreateAndroidChannelPackageSpecParam(TypedDict, total=False):
    """创建安卓渠道包任务条件 — create Android channel packages."""

    myapp_auth_key: Required[str]
    android_app_id: Required[int]
    android_channel_package_spec: Required[Iterable[CreateChannelPackageItemParam | CreateChannelPackageItem]]


class CreateChannelPackageItemParam(TypedDict, total=False):
    """The object CreateChannelPackageItem."""

    package_name: Required[str]
    download_url: Required[str]


class ReportDateRangeParam(TypedDict, total=False):
    """日期范围 — the days of a report, both included. daily_reports/get: at most 365 days back, start_date <=
    end_date; hourly_reports/get: one day (start_date equal to end_date), at most 90 days back. These
    relations are the server's to check.
    """

    start_date: Required[str]
    end_date: Required[str]


class ReportOrderByItemParam(TypedDict, total=False):
    """One sort key (Go SDK OrderByStruct)."""

    sort_field: Required[str]
    sort_type: Required[str]


class UpdateAndroidChannelPackageSpecParam(TypedDict, total=False):
    """更新安卓渠道包任务条件 — update Android channel packages."""

    myapp_auth_key: Required[str]
    android_app_id: Required[int]
    android_channel_package_spec: Required[Iterable[UpdateChannelPackageItemParam | UpdateChannelPackageItem]]


class UpdateChannelPackageItemParam(TypedDict, total=False):
    """The object UpdateChannelPackageItem."""

    channel_package_id: Required[str]
    download_url: Required[str]
