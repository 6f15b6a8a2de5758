# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (``from tencent_ads_api.models import AsyncTask`` works as always):
importing every one of them up front cost a short command about a tenth of its start-up.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_detail import ApiErrorDetail
    from .api_error_envelope import ApiErrorEnvelope
    from .api_filter_operator import ApiFilterOperator
    from .async_report_filter_operator import AsyncReportFilterOperator
    from .async_report_level import AsyncReportLevel
    from .async_report_task import AsyncReportTask
    from .async_reports_add_data import AsyncReportsAddData
    from .async_reports_add_filter import AsyncReportsAddFilter
    from .async_reports_add_filter_field import AsyncReportsAddFilterField
    from .async_reports_add_request import AsyncReportsAddRequest
    from .async_reports_add_response import AsyncReportsAddResponse
    from .async_reports_get_data import AsyncReportsGetData
    from .async_reports_get_filter import AsyncReportsGetFilter
    from .async_reports_get_filter_field import AsyncReportsGetFilterField
    from .async_reports_get_response import AsyncReportsGetResponse
    from .async_task import AsyncTask
    from .async_task_result import AsyncTaskResult
    from .async_task_result_data import AsyncTaskResultData
    from .async_task_spec import AsyncTaskSpec
    from .async_task_spec_additional_property import AsyncTaskSpecAdditionalProperty
    from .async_tasks_add_data import AsyncTasksAddData
    from .async_tasks_add_request import AsyncTasksAddRequest
    from .async_tasks_add_response import AsyncTasksAddResponse
    from .async_tasks_filter import AsyncTasksFilter
    from .async_tasks_filter_field import AsyncTasksFilterField
    from .async_tasks_get_data import AsyncTasksGetData
    from .async_tasks_get_response import AsyncTasksGetResponse
    from .channel_package_info import ChannelPackageInfo
    from .channel_task_error import ChannelTaskError
    from .channel_task_status import ChannelTaskStatus
    from .create_android_channel_package_spec import CreateAndroidChannelPackageSpec
    from .create_channel_package_item import CreateChannelPackageItem
    from .daily_reports_filter import DailyReportsFilter
    from .daily_reports_filter_field import DailyReportsFilterField
    from .daily_reports_get_response import DailyReportsGetResponse
    from .derive_component import DeriveComponent
    from .derive_data_version import DeriveDataVersion
    from .file_info import FileInfo
    from .group_risk_level import GroupRiskLevel
    from .hourly_reports_filter import HourlyReportsFilter
    from .hourly_reports_filter_field import HourlyReportsFilterField
    from .hourly_reports_get_response import HourlyReportsGetResponse
    from .material_info import MaterialInfo
    from .material_type import MaterialType
    from .oauth_authorizer_info import OauthAuthorizerInfo
    from .oauth_grant_type import OauthGrantType
    from .oauth_token_data import OauthTokenData
    from .oauth_token_response import OauthTokenResponse
    from .page_info import PageInfo
    from .pre_review_detail import PreReviewDetail
    from .pre_review_element_type import PreReviewElementType
    from .pre_review_site_set import PreReviewSiteSet
    from .programmed_commponent_result_get_data import ProgrammedCommponentResultGetData
    from .programmed_commponent_result_get_response import ProgrammedCommponentResultGetResponse
    from .reject_info_location import RejectInfoLocation
    from .reject_reason_detail import RejectReasonDetail
    from .report_daily_level import ReportDailyLevel
    from .report_date_range import ReportDateRange
    from .report_granularity import ReportGranularity
    from .report_hourly_level import ReportHourlyLevel
    from .report_order_by_item import ReportOrderByItem
    from .report_row import ReportRow
    from .reports_get_data import ReportsGetData
    from .review_element_prereview_result import ReviewElementPrereviewResult
    from .risk_level import RiskLevel
    from .sort_type import SortType
    from .task_result_status import TaskResultStatus
    from .task_status import TaskStatus
    from .time_line import TimeLine
    from .union_channel_package_info import UnionChannelPackageInfo
    from .union_channel_task_status import UnionChannelTaskStatus
    from .update_android_channel_package_spec import UpdateAndroidChannelPackageSpec
    from .update_channel_package_item import UpdateChannelPackageItem

_MODULE_OF = {
    "ApiErrorDetail": ".api_error_detail",
    "ApiErrorEnvelope": ".api_error_envelope",
    "ApiFilterOperator": ".api_filter_operator",
    "AsyncReportFilterOperator": ".async_report_filter_operator",
    "AsyncReportLevel": ".async_report_level",
    "AsyncReportTask": ".async_report_task",
    "AsyncReportsAddData": ".async_reports_add_data",
    "AsyncReportsAddFilter": ".async_reports_add_filter",
    "AsyncReportsAddFilterField": ".async_reports_add_filter_field",
    "AsyncReportsAddRequest": ".async_reports_add_request",
    "AsyncReportsAddResponse": ".async_reports_add_response",
    "AsyncReportsGetData": ".async_reports_get_data",
    "AsyncReportsGetFilter": ".async_reports_get_filter",
    "AsyncReportsGetFilterField": ".async_reports_get_filter_field",
    "AsyncReportsGetResponse": ".async_reports_get_response",
    "AsyncTask": ".async_task",
    "AsyncTaskResult": ".async_task_result",
    "AsyncTaskResultData": ".async_task_result_data",
    "AsyncTaskSpec": ".async_task_spec",
    "AsyncTaskSpecAdditionalProperty": ".async_task_spec_additional_property",
    "AsyncTasksAddData": ".async_tasks_add_data",
    "AsyncTasksAddRequest": ".async_tasks_add_request",
    "AsyncTasksAddResponse": ".async_tasks_add_response",
    "AsyncTasksFilter": ".async_tasks_filter",
    "AsyncTasksFilterField": ".async_tasks_filter_field",
    "AsyncTasksGetData": ".async_tasks_get_data",
    "AsyncTasksGetResponse": ".async_tasks_get_response",
    "ChannelPackageInfo": ".channel_package_info",
    "ChannelTaskError": ".channel_task_error",
    "ChannelTaskStatus": ".channel_task_status",
    "CreateAndroidChannelPackageSpec": ".create_android_channel_package_spec",
    "CreateChannelPackageItem": ".create_channel_package_item",
    "DailyReportsFilter": ".daily_reports_filter",
    "DailyReportsFilterField": ".daily_reports_filter_field",
    "DailyReportsGetResponse": ".daily_reports_get_response",
    "DeriveComponent": ".derive_component",
    "DeriveDataVersion": ".derive_data_version",
    "FileInfo": ".file_info",
    "GroupRiskLevel": ".group_risk_level",
    "HourlyReportsFilter": ".hourly_reports_filter",
    "HourlyReportsFilterField": ".hourly_reports_filter_field",
    "HourlyReportsGetResponse": ".hourly_reports_get_response",
    "MaterialInfo": ".material_info",
    "MaterialType": ".material_type",
    "OauthAuthorizerInfo": ".oauth_authorizer_info",
    "OauthGrantType": ".oauth_grant_type",
    "OauthTokenData": ".oauth_token_data",
    "OauthTokenResponse": ".oauth_token_response",
    "PageInfo": ".page_info",
    "PreReviewDetail": ".pre_review_detail",
    "PreReviewElementType": ".pre_review_element_type",
    "PreReviewSiteSet": ".pre_review_site_set",
    "ProgrammedCommponentResultGetData": ".programmed_commponent_result_get_data",
    "ProgrammedCommponentResultGetResponse": ".programmed_commponent_result_get_response",
    "RejectInfoLocation": ".reject_info_location",
    "RejectReasonDetail": ".reject_reason_detail",
    "ReportDailyLevel": ".report_daily_level",
    "ReportDateRange": ".report_date_range",
    "ReportGranularity": ".report_granularity",
    "ReportHourlyLevel": ".report_hourly_level",
    "ReportOrderByItem": ".report_order_by_item",
    "ReportRow": ".report_row",
    "ReportsGetData": ".reports_get_data",
    "ReviewElementPrereviewResult": ".review_element_prereview_result",
    "RiskLevel": ".risk_level",
    "SortType": ".sort_type",
    "TaskResultStatus": ".task_result_status",
    "TaskStatus": ".task_status",
    "TimeLine": ".time_line",
    "UnionChannelPackageInfo": ".union_channel_package_info",
    "UnionChannelTaskStatus": ".union_channel_task_status",
    "UpdateAndroidChannelPackageSpec": ".update_android_channel_package_spec",
    "UpdateChannelPackageItem": ".update_channel_package_item",
}

__all__ = (
    "ApiErrorDetail",
    "ApiErrorEnvelope",
    "ApiFilterOperator",
    "AsyncReportFilterOperator",
    "AsyncReportLevel",
    "AsyncReportTask",
    "AsyncReportsAddData",
    "AsyncReportsAddFilter",
    "AsyncReportsAddFilterField",
    "AsyncReportsAddRequest",
    "AsyncReportsAddResponse",
    "AsyncReportsGetData",
    "AsyncReportsGetFilter",
    "AsyncReportsGetFilterField",
    "AsyncReportsGetResponse",
    "AsyncTask",
    "AsyncTaskResult",
    "AsyncTaskResultData",
    "AsyncTaskSpec",
    "AsyncTaskSpecAdditionalProperty",
    "AsyncTasksAddData",
    "AsyncTasksAddRequest",
    "AsyncTasksAddResponse",
    "AsyncTasksFilter",
    "AsyncTasksFilterField",
    "AsyncTasksGetData",
    "AsyncTasksGetResponse",
    "ChannelPackageInfo",
    "ChannelTaskError",
    "ChannelTaskStatus",
    "CreateAndroidChannelPackageSpec",
    "CreateChannelPackageItem",
    "DailyReportsFilter",
    "DailyReportsFilterField",
    "DailyReportsGetResponse",
    "DeriveComponent",
    "DeriveDataVersion",
    "FileInfo",
    "GroupRiskLevel",
    "HourlyReportsFilter",
    "HourlyReportsFilterField",
    "HourlyReportsGetResponse",
    "MaterialInfo",
    "MaterialType",
    "OauthAuthorizerInfo",
    "OauthGrantType",
    "OauthTokenData",
    "OauthTokenResponse",
    "PageInfo",
    "PreReviewDetail",
    "PreReviewElementType",
    "PreReviewSiteSet",
    "ProgrammedCommponentResultGetData",
    "ProgrammedCommponentResultGetResponse",
    "RejectInfoLocation",
    "RejectReasonDetail",
    "ReportDailyLevel",
    "ReportDateRange",
    "ReportGranularity",
    "ReportHourlyLevel",
    "ReportOrderByItem",
    "ReportRow",
    "ReportsGetData",
    "ReviewElementPrereviewResult",
    "RiskLevel",
    "SortType",
    "TaskResultStatus",
    "TaskStatus",
    "TimeLine",
    "UnionChannelPackageInfo",
    "UnionChannelTaskStatus",
    "UpdateAndroidChannelPackageSpec",
    "UpdateChannelPackageItem",
)


if not TYPE_CHECKING:  # a type checker sees the imports above, and a misspelt model stays an error there

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_MODULE_OF))
