# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""Decoders from decoded JSON to the generated models: one function per model an answer can hold.

Derived from spec/tencent-ads-v3.yaml by scripts/regenerate (``render_decoders`` says what each does).
One pass per answer does the spec's leniency (string ids, nulls, open enums, unknown keys) and builds
the models; the generated ``from_dict`` stays for raw use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from tencent_ads._lenient import extra_keys, not_an_array, not_an_object, to_float, to_int
from tencent_ads_api.models.async_report_task import AsyncReportTask
from tencent_ads_api.models.async_reports_add_data import AsyncReportsAddData
from tencent_ads_api.models.async_reports_get_data import AsyncReportsGetData
from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.models.async_task_result import AsyncTaskResult
from tencent_ads_api.models.async_task_result_data import AsyncTaskResultData
from tencent_ads_api.models.async_tasks_add_data import AsyncTasksAddData
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.models.channel_package_info import ChannelPackageInfo
from tencent_ads_api.models.channel_task_error import ChannelTaskError
from tencent_ads_api.models.channel_task_status import ChannelTaskStatus
from tencent_ads_api.models.derive_component import DeriveComponent
from tencent_ads_api.models.derive_data_version import DeriveDataVersion
from tencent_ads_api.models.file_info import FileInfo
from tencent_ads_api.models.group_risk_level import GroupRiskLevel
from tencent_ads_api.models.material_info import MaterialInfo
from tencent_ads_api.models.material_type import MaterialType
from tencent_ads_api.models.oauth_authorizer_info import OauthAuthorizerInfo
from tencent_ads_api.models.oauth_token_data import OauthTokenData
from tencent_ads_api.models.page_info import PageInfo
from tencent_ads_api.models.pre_review_detail import PreReviewDetail
from tencent_ads_api.models.pre_review_element_type import PreReviewElementType
from tencent_ads_api.models.pre_review_site_set import PreReviewSiteSet
from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData
from tencent_ads_api.models.reject_info_location import RejectInfoLocation
from tencent_ads_api.models.reject_reason_detail import RejectReasonDetail
from tencent_ads_api.models.report_row import ReportRow
from tencent_ads_api.models.reports_get_data import ReportsGetData
from tencent_ads_api.models.review_element_prereview_result import ReviewElementPrereviewResult
from tencent_ads_api.models.risk_level import RiskLevel
from tencent_ads_api.models.task_status import TaskStatus
from tencent_ads_api.models.union_channel_package_info import UnionChannelPackageInfo
from tencent_ads_api.models.union_channel_task_status import UnionChannelTaskStatus
from tencent_ads_api.types import UNSET

_new = object.__new__

_CHANNEL_TASK_ERROR: Final = {member.value: member for member in ChannelTaskError}
_CHANNEL_TASK_STATUS: Final = {member.value: member for member in ChannelTaskStatus}
_DERIVE_DATA_VERSION: Final = {member.value: member for member in DeriveDataVersion}
_GROUP_RISK_LEVEL: Final = {member.value: member for member in GroupRiskLevel}
_MATERIAL_TYPE: Final = {member.value: member for member in MaterialType}
_PRE_REVIEW_ELEMENT_TYPE: Final = {member.value: member for member in PreReviewElementType}
_PRE_REVIEW_SITE_SET: Final = {member.value: member for member in PreReviewSiteSet}
_RISK_LEVEL: Final = {member.value: member for member in RiskLevel}
_TASK_STATUS: Final = {member.value: member for member in TaskStatus}
_UNION_CHANNEL_TASK_STATUS: Final = {member.value: member for member in UnionChannelTaskStatus}

_ASYNC_TASKS_GET_DATA_KEYS: Final = frozenset(["list", "page_info"])


def async_tasks_get_data(d: Any) -> AsyncTasksGetData:
    """``AsyncTasksGetData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncTasksGetData", d)
    missing = 0
    v_list_ = d.get("list", UNSET)
    if v_list_.__class__ is list:
        try:
            v_list_ = list(map(async_task, v_list_))
        except TypeError:
            v_list_ = [async_task(x) for x in v_list_ if x is not None]
    elif v_list_ is UNSET:
        missing += 1
        v_list_ = []
    elif v_list_ is None:
        v_list_ = []
    else:
        raise not_an_array("AsyncTasksGetData.list", v_list_)
    v_page_info = d.get("page_info", UNSET)
    if v_page_info.__class__ is dict:
        v_page_info = page_info(v_page_info)
    elif v_page_info is UNSET:
        missing += 1
    elif v_page_info is None:
        v_page_info = UNSET
    else:
        raise not_an_object("AsyncTasksGetData.page_info", v_page_info)
    obj = _new(AsyncTasksGetData)
    obj.list_ = v_list_
    obj.page_info = v_page_info
    obj.additional_properties = {} if len(d) + missing == 2 else extra_keys(d, _ASYNC_TASKS_GET_DATA_KEYS)
    return obj


_ASYNC_TASKS_ADD_DATA_KEYS: Final = frozenset(["task_id"])


def async_tasks_add_data(d: Any) -> AsyncTasksAddData:
    """``AsyncTasksAddData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncTasksAddData", d)
    missing = 0
    v_task_id = d.get("task_id", UNSET)
    if v_task_id.__class__ is not int:
        if v_task_id.__class__ is str:
            v_task_id = to_int(v_task_id)
        elif v_task_id is UNSET:
            missing += 1
        elif v_task_id is None:
            v_task_id = UNSET
    obj = _new(AsyncTasksAddData)
    obj.task_id = v_task_id
    obj.additional_properties = {} if len(d) + missing == 1 else extra_keys(d, _ASYNC_TASKS_ADD_DATA_KEYS)
    return obj


_OAUTH_TOKEN_DATA_KEYS: Final = frozenset(
    ["access_token", "access_token_expires_in", "authorizer_info", "refresh_token", "refresh_token_expires_in"]
)


def oauth_token_data(d: Any) -> OauthTokenData:
    """``OauthTokenData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("OauthTokenData", d)
    missing = 0
    v_access_token = d.get("access_token", UNSET)
    if v_access_token is UNSET:
        missing += 1
    elif v_access_token is None:
        v_access_token = UNSET
    v_refresh_token = d.get("refresh_token", UNSET)
    if v_refresh_token is UNSET:
        missing += 1
    elif v_refresh_token is None:
        v_refresh_token = UNSET
    v_access_token_expires_in = d.get("access_token_expires_in", UNSET)
    if v_access_token_expires_in.__class__ is not int:
        if v_access_token_expires_in.__class__ is str:
            v_access_token_expires_in = to_int(v_access_token_expires_in)
        elif v_access_token_expires_in is UNSET:
            missing += 1
        elif v_access_token_expires_in is None:
            v_access_token_expires_in = UNSET
    v_refresh_token_expires_in = d.get("refresh_token_expires_in", UNSET)
    if v_refresh_token_expires_in.__class__ is not int:
        if v_refresh_token_expires_in.__class__ is str:
            v_refresh_token_expires_in = to_int(v_refresh_token_expires_in)
        elif v_refresh_token_expires_in is UNSET:
            missing += 1
        elif v_refresh_token_expires_in is None:
            v_refresh_token_expires_in = UNSET
    v_authorizer_info = d.get("authorizer_info", UNSET)
    if v_authorizer_info.__class__ is dict:
        v_authorizer_info = oauth_authorizer_info(v_authorizer_info)
    elif v_authorizer_info is UNSET:
        missing += 1
    elif v_authorizer_info is None:
        v_authorizer_info = UNSET
    else:
        raise not_an_object("OauthTokenData.authorizer_info", v_authorizer_info)
    obj = _new(OauthTokenData)
    obj.access_token = v_access_token
    obj.refresh_token = v_refresh_token
    obj.access_token_expires_in = v_access_token_expires_in
    obj.refresh_token_expires_in = v_refresh_token_expires_in
    obj.authorizer_info = v_authorizer_info
    obj.additional_properties = {} if len(d) + missing == 5 else extra_keys(d, _OAUTH_TOKEN_DATA_KEYS)
    return obj


_PROGRAMMED_COMMPONENT_RESULT_GET_DATA_KEYS: Final = frozenset(
    ["adgroup_id", "derive_data_version", "dynamic_creative_id", "list", "material_derive_id"]
)


def programmed_commponent_result_get_data(d: Any) -> ProgrammedCommponentResultGetData:
    """``ProgrammedCommponentResultGetData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("ProgrammedCommponentResultGetData", d)
    missing = 0
    v_material_derive_id = d.get("material_derive_id", UNSET)
    if v_material_derive_id.__class__ is not int:
        if v_material_derive_id.__class__ is str:
            v_material_derive_id = to_int(v_material_derive_id)
        elif v_material_derive_id is UNSET:
            missing += 1
        elif v_material_derive_id is None:
            v_material_derive_id = UNSET
    v_derive_data_version = d.get("derive_data_version", UNSET)
    if v_derive_data_version.__class__ is str:
        v_derive_data_version = _DERIVE_DATA_VERSION.get(v_derive_data_version, v_derive_data_version)
    elif v_derive_data_version is UNSET:
        missing += 1
    elif v_derive_data_version is None:
        v_derive_data_version = UNSET
    v_dynamic_creative_id = d.get("dynamic_creative_id", UNSET)
    if v_dynamic_creative_id.__class__ is not int:
        if v_dynamic_creative_id.__class__ is str:
            v_dynamic_creative_id = to_int(v_dynamic_creative_id)
        elif v_dynamic_creative_id is UNSET:
            missing += 1
        elif v_dynamic_creative_id is None:
            v_dynamic_creative_id = UNSET
    v_adgroup_id = d.get("adgroup_id", UNSET)
    if v_adgroup_id.__class__ is not int:
        if v_adgroup_id.__class__ is str:
            v_adgroup_id = to_int(v_adgroup_id)
        elif v_adgroup_id is UNSET:
            missing += 1
        elif v_adgroup_id is None:
            v_adgroup_id = UNSET
    v_list_ = d.get("list", UNSET)
    if v_list_.__class__ is list:
        try:
            v_list_ = list(map(derive_component, v_list_))
        except TypeError:
            v_list_ = [derive_component(x) for x in v_list_ if x is not None]
    elif v_list_ is UNSET:
        missing += 1
        v_list_ = []
    elif v_list_ is None:
        v_list_ = []
    else:
        raise not_an_array("ProgrammedCommponentResultGetData.list", v_list_)
    obj = _new(ProgrammedCommponentResultGetData)
    obj.material_derive_id = v_material_derive_id
    obj.derive_data_version = v_derive_data_version
    obj.dynamic_creative_id = v_dynamic_creative_id
    obj.adgroup_id = v_adgroup_id
    obj.list_ = v_list_
    obj.additional_properties = (
        {} if len(d) + missing == 5 else extra_keys(d, _PROGRAMMED_COMMPONENT_RESULT_GET_DATA_KEYS)
    )
    return obj


_REPORTS_GET_DATA_KEYS: Final = frozenset(["list", "page_info"])


def reports_get_data(d: Any) -> ReportsGetData:
    """``ReportsGetData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("ReportsGetData", d)
    missing = 0
    v_list_ = d.get("list", UNSET)
    if v_list_.__class__ is list:
        try:
            v_list_ = list(map(report_row, v_list_))
        except TypeError:
            v_list_ = [report_row(x) for x in v_list_ if x is not None]
    elif v_list_ is UNSET:
        missing += 1
        v_list_ = []
    elif v_list_ is None:
        v_list_ = []
    else:
        raise not_an_array("ReportsGetData.list", v_list_)
    v_page_info = d.get("page_info", UNSET)
    if v_page_info.__class__ is dict:
        v_page_info = page_info(v_page_info)
    elif v_page_info is UNSET:
        missing += 1
    elif v_page_info is None:
        v_page_info = UNSET
    else:
        raise not_an_object("ReportsGetData.page_info", v_page_info)
    obj = _new(ReportsGetData)
    obj.list_ = v_list_
    obj.page_info = v_page_info
    obj.additional_properties = {} if len(d) + missing == 2 else extra_keys(d, _REPORTS_GET_DATA_KEYS)
    return obj


_ASYNC_REPORTS_ADD_DATA_KEYS: Final = frozenset(["task_id"])


def async_reports_add_data(d: Any) -> AsyncReportsAddData:
    """``AsyncReportsAddData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncReportsAddData", d)
    missing = 0
    v_task_id = d.get("task_id", UNSET)
    if v_task_id.__class__ is not int:
        if v_task_id.__class__ is str:
            v_task_id = to_int(v_task_id)
        elif v_task_id is UNSET:
            missing += 1
        elif v_task_id is None:
            v_task_id = UNSET
    obj = _new(AsyncReportsAddData)
    obj.task_id = v_task_id
    obj.additional_properties = {} if len(d) + missing == 1 else extra_keys(d, _ASYNC_REPORTS_ADD_DATA_KEYS)
    return obj


_ASYNC_REPORTS_GET_DATA_KEYS: Final = frozenset(["list", "page_info"])


def async_reports_get_data(d: Any) -> AsyncReportsGetData:
    """``AsyncReportsGetData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncReportsGetData", d)
    missing = 0
    v_list_ = d.get("list", UNSET)
    if v_list_.__class__ is list:
        try:
            v_list_ = list(map(async_report_task, v_list_))
        except TypeError:
            v_list_ = [async_report_task(x) for x in v_list_ if x is not None]
    elif v_list_ is UNSET:
        missing += 1
        v_list_ = []
    elif v_list_ is None:
        v_list_ = []
    else:
        raise not_an_array("AsyncReportsGetData.list", v_list_)
    v_page_info = d.get("page_info", UNSET)
    if v_page_info.__class__ is dict:
        v_page_info = page_info(v_page_info)
    elif v_page_info is UNSET:
        missing += 1
    elif v_page_info is None:
        v_page_info = UNSET
    else:
        raise not_an_object("AsyncReportsGetData.page_info", v_page_info)
    obj = _new(AsyncReportsGetData)
    obj.list_ = v_list_
    obj.page_info = v_page_info
    obj.additional_properties = {} if len(d) + missing == 2 else extra_keys(d, _ASYNC_REPORTS_GET_DATA_KEYS)
    return obj


_ASYNC_TASK_KEYS: Final = frozenset(["created_time", "result", "status", "task_id", "task_name", "task_type"])


def async_task(d: Any) -> AsyncTask:
    """``AsyncTask`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncTask", d)
    missing = 0
    v_task_id = d.get("task_id", UNSET)
    if v_task_id.__class__ is not int:
        if v_task_id.__class__ is str:
            v_task_id = to_int(v_task_id)
        elif v_task_id is UNSET:
            missing += 1
        elif v_task_id is None:
            v_task_id = UNSET
    v_task_name = d.get("task_name", UNSET)
    if v_task_name is UNSET:
        missing += 1
    elif v_task_name is None:
        v_task_name = UNSET
    v_task_type = d.get("task_type", UNSET)
    if v_task_type is UNSET:
        missing += 1
    elif v_task_type is None:
        v_task_type = UNSET
    v_status = d.get("status", UNSET)
    if v_status.__class__ is str:
        v_status = _TASK_STATUS.get(v_status, v_status)
    elif v_status is UNSET:
        missing += 1
    elif v_status is None:
        v_status = UNSET
    v_created_time = d.get("created_time", UNSET)
    if v_created_time.__class__ is not int:
        if v_created_time.__class__ is str:
            v_created_time = to_int(v_created_time)
        elif v_created_time is UNSET:
            missing += 1
        elif v_created_time is None:
            v_created_time = UNSET
    v_result = d.get("result", UNSET)
    if v_result.__class__ is dict:
        v_result = async_task_result(v_result)
    elif v_result is UNSET:
        missing += 1
    elif v_result is None:
        v_result = UNSET
    else:
        raise not_an_object("AsyncTask.result", v_result)
    obj = _new(AsyncTask)
    obj.task_id = v_task_id
    obj.task_name = v_task_name
    obj.task_type = v_task_type
    obj.status = v_status
    obj.created_time = v_created_time
    obj.result = v_result
    obj.additional_properties = {} if len(d) + missing == 6 else extra_keys(d, _ASYNC_TASK_KEYS)
    return obj


_PAGE_INFO_KEYS: Final = frozenset(["page", "page_size", "total_number", "total_page"])


def page_info(d: Any) -> PageInfo:
    """``PageInfo`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("PageInfo", d)
    missing = 0
    v_page = d.get("page", UNSET)
    if v_page.__class__ is not int:
        if v_page.__class__ is str:
            v_page = to_int(v_page)
        elif v_page is UNSET:
            missing += 1
        elif v_page is None:
            v_page = UNSET
    v_page_size = d.get("page_size", UNSET)
    if v_page_size.__class__ is not int:
        if v_page_size.__class__ is str:
            v_page_size = to_int(v_page_size)
        elif v_page_size is UNSET:
            missing += 1
        elif v_page_size is None:
            v_page_size = UNSET
    v_total_number = d.get("total_number", UNSET)
    if v_total_number.__class__ is not int:
        if v_total_number.__class__ is str:
            v_total_number = to_int(v_total_number)
        elif v_total_number is UNSET:
            missing += 1
        elif v_total_number is None:
            v_total_number = UNSET
    v_total_page = d.get("total_page", UNSET)
    if v_total_page.__class__ is not int:
        if v_total_page.__class__ is str:
            v_total_page = to_int(v_total_page)
        elif v_total_page is UNSET:
            missing += 1
        elif v_total_page is None:
            v_total_page = UNSET
    obj = _new(PageInfo)
    obj.page = v_page
    obj.page_size = v_page_size
    obj.total_number = v_total_number
    obj.total_page = v_total_page
    obj.additional_properties = {} if len(d) + missing == 4 else extra_keys(d, _PAGE_INFO_KEYS)
    return obj


_OAUTH_AUTHORIZER_INFO_KEYS: Final = frozenset(
    ["account_id", "account_role_type", "account_type", "account_uin", "role_type", "scope_list", "wechat_account_id"]
)


def oauth_authorizer_info(d: Any) -> OauthAuthorizerInfo:
    """``OauthAuthorizerInfo`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("OauthAuthorizerInfo", d)
    missing = 0
    v_account_uin = d.get("account_uin", UNSET)
    if v_account_uin.__class__ is not int:
        if v_account_uin.__class__ is str:
            v_account_uin = to_int(v_account_uin)
        elif v_account_uin is UNSET:
            missing += 1
        elif v_account_uin is None:
            v_account_uin = UNSET
    v_account_id = d.get("account_id", UNSET)
    if v_account_id.__class__ is not int:
        if v_account_id.__class__ is str:
            v_account_id = to_int(v_account_id)
        elif v_account_id is UNSET:
            missing += 1
        elif v_account_id is None:
            v_account_id = UNSET
    v_scope_list = d.get("scope_list", UNSET)
    if v_scope_list.__class__ is list:
        v_scope_list = [x for x in v_scope_list if x is not None]
    elif v_scope_list is UNSET:
        missing += 1
    elif v_scope_list is None:
        v_scope_list = UNSET
    else:
        raise not_an_array("OauthAuthorizerInfo.scope_list", v_scope_list)
    v_wechat_account_id = d.get("wechat_account_id", UNSET)
    if v_wechat_account_id is UNSET:
        missing += 1
    elif v_wechat_account_id is None:
        v_wechat_account_id = UNSET
    v_account_role_type = d.get("account_role_type", UNSET)
    if v_account_role_type is UNSET:
        missing += 1
    elif v_account_role_type is None:
        v_account_role_type = UNSET
    v_account_type = d.get("account_type", UNSET)
    if v_account_type is UNSET:
        missing += 1
    elif v_account_type is None:
        v_account_type = UNSET
    v_role_type = d.get("role_type", UNSET)
    if v_role_type is UNSET:
        missing += 1
    elif v_role_type is None:
        v_role_type = UNSET
    obj = _new(OauthAuthorizerInfo)
    obj.account_uin = v_account_uin
    obj.account_id = v_account_id
    obj.scope_list = v_scope_list
    obj.wechat_account_id = v_wechat_account_id
    obj.account_role_type = v_account_role_type
    obj.account_type = v_account_type
    obj.role_type = v_role_type
    obj.additional_properties = {} if len(d) + missing == 7 else extra_keys(d, _OAUTH_AUTHORIZER_INFO_KEYS)
    return obj


_DERIVE_COMPONENT_KEYS: Final = frozenset(
    ["derive_component_id", "derive_material", "origin_component_id", "origin_material", "template_id"]
)


def derive_component(d: Any) -> DeriveComponent:
    """``DeriveComponent`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("DeriveComponent", d)
    missing = 0
    v_derive_component_id = d.get("derive_component_id", UNSET)
    if v_derive_component_id.__class__ is not int:
        if v_derive_component_id.__class__ is str:
            v_derive_component_id = to_int(v_derive_component_id)
        elif v_derive_component_id is UNSET:
            missing += 1
        elif v_derive_component_id is None:
            v_derive_component_id = UNSET
    v_origin_component_id = d.get("origin_component_id", UNSET)
    if v_origin_component_id.__class__ is not int:
        if v_origin_component_id.__class__ is str:
            v_origin_component_id = to_int(v_origin_component_id)
        elif v_origin_component_id is UNSET:
            missing += 1
        elif v_origin_component_id is None:
            v_origin_component_id = UNSET
    v_template_id = d.get("template_id", UNSET)
    if v_template_id.__class__ is not int:
        if v_template_id.__class__ is str:
            v_template_id = to_int(v_template_id)
        elif v_template_id is UNSET:
            missing += 1
        elif v_template_id is None:
            v_template_id = UNSET
    v_derive_material = d.get("derive_material", UNSET)
    if v_derive_material.__class__ is dict:
        v_derive_material = material_info(v_derive_material)
    elif v_derive_material is UNSET:
        missing += 1
    elif v_derive_material is None:
        v_derive_material = UNSET
    else:
        raise not_an_object("DeriveComponent.derive_material", v_derive_material)
    v_origin_material = d.get("origin_material", UNSET)
    if v_origin_material.__class__ is list:
        try:
            v_origin_material = list(map(material_info, v_origin_material))
        except TypeError:
            v_origin_material = [material_info(x) for x in v_origin_material if x is not None]
    elif v_origin_material is UNSET:
        missing += 1
    elif v_origin_material is None:
        v_origin_material = UNSET
    else:
        raise not_an_array("DeriveComponent.origin_material", v_origin_material)
    obj = _new(DeriveComponent)
    obj.derive_component_id = v_derive_component_id
    obj.origin_component_id = v_origin_component_id
    obj.template_id = v_template_id
    obj.derive_material = v_derive_material
    obj.origin_material = v_origin_material
    obj.additional_properties = {} if len(d) + missing == 5 else extra_keys(d, _DERIVE_COMPONENT_KEYS)
    return obj


_REPORT_ROW_KEYS: Final = frozenset(
    [
        "account_id",
        "acquisition_cost",
        "activated_cost",
        "activated_count",
        "activated_rate",
        "adgroup_id",
        "adgroup_name",
        "avg_view_per_user",
        "bidword",
        "bidword_id",
        "channel_id",
        "click_activated_rate",
        "click_user_count",
        "comment_count",
        "component_id",
        "component_type",
        "conversions_cost",
        "conversions_count",
        "conversions_rate",
        "cost",
        "cpc",
        "ctr",
        "date",
        "deep_conversions_cost",
        "deep_conversions_count",
        "deep_conversions_rate",
        "download_cost",
        "download_count",
        "download_rate",
        "dynamic_creative_id",
        "dynamic_creative_name",
        "effective_leads_count",
        "first_day_order_amount",
        "first_day_order_count",
        "first_pay_cost",
        "first_pay_count",
        "first_pay_rate",
        "forward_count",
        "hour",
        "image_id",
        "install_cost",
        "install_count",
        "install_rate",
        "marketing_asset_id",
        "marketing_asset_name",
        "no_interest_count",
        "order_amount",
        "order_roi",
        "order_unit_price",
        "platform_page_view_count",
        "platform_page_view_rate",
        "praise_count",
        "project_id",
        "project_name",
        "queryword",
        "read_count",
        "site_set",
        "thousand_display_price",
        "valid_click_count",
        "valuable_click_cost",
        "valuable_click_count",
        "valuable_click_rate",
        "video_id",
        "video_outer_play100_count",
        "video_outer_play3s_count",
        "video_outer_play5s_count",
        "video_outer_play_cost",
        "video_outer_play_count",
        "video_outer_play_rate",
        "video_outer_play_time_avg_rate",
        "video_outer_play_time_count",
        "view_count",
        "view_user_count",
    ]
)


def report_row(d: Any) -> ReportRow:
    """``ReportRow`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("ReportRow", d)
    missing = 0
    v_date = d.get("date", UNSET)
    if v_date is UNSET:
        missing += 1
    elif v_date is None:
        v_date = UNSET
    v_hour = d.get("hour", UNSET)
    if v_hour.__class__ is not int:
        if v_hour.__class__ is str:
            v_hour = to_int(v_hour)
        elif v_hour is UNSET:
            missing += 1
        elif v_hour is None:
            v_hour = UNSET
    v_account_id = d.get("account_id", UNSET)
    if v_account_id.__class__ is not int:
        if v_account_id.__class__ is str:
            v_account_id = to_int(v_account_id)
        elif v_account_id is UNSET:
            missing += 1
        elif v_account_id is None:
            v_account_id = UNSET
    v_adgroup_id = d.get("adgroup_id", UNSET)
    if v_adgroup_id.__class__ is not int:
        if v_adgroup_id.__class__ is str:
            v_adgroup_id = to_int(v_adgroup_id)
        elif v_adgroup_id is UNSET:
            missing += 1
        elif v_adgroup_id is None:
            v_adgroup_id = UNSET
    v_adgroup_name = d.get("adgroup_name", UNSET)
    if v_adgroup_name is UNSET:
        missing += 1
    elif v_adgroup_name is None:
        v_adgroup_name = UNSET
    v_dynamic_creative_id = d.get("dynamic_creative_id", UNSET)
    if v_dynamic_creative_id.__class__ is not int:
        if v_dynamic_creative_id.__class__ is str:
            v_dynamic_creative_id = to_int(v_dynamic_creative_id)
        elif v_dynamic_creative_id is UNSET:
            missing += 1
        elif v_dynamic_creative_id is None:
            v_dynamic_creative_id = UNSET
    v_dynamic_creative_name = d.get("dynamic_creative_name", UNSET)
    if v_dynamic_creative_name is UNSET:
        missing += 1
    elif v_dynamic_creative_name is None:
        v_dynamic_creative_name = UNSET
    v_component_id = d.get("component_id", UNSET)
    if v_component_id.__class__ is not int:
        if v_component_id.__class__ is str:
            v_component_id = to_int(v_component_id)
        elif v_component_id is UNSET:
            missing += 1
        elif v_component_id is None:
            v_component_id = UNSET
    v_component_type = d.get("component_type", UNSET)
    if v_component_type is UNSET:
        missing += 1
    elif v_component_type is None:
        v_component_type = UNSET
    v_site_set = d.get("site_set", UNSET)
    if v_site_set is UNSET:
        missing += 1
    elif v_site_set is None:
        v_site_set = UNSET
    v_channel_id = d.get("channel_id", UNSET)
    if v_channel_id is UNSET:
        missing += 1
    elif v_channel_id is None:
        v_channel_id = UNSET
    v_image_id = d.get("image_id", UNSET)
    if v_image_id is UNSET:
        missing += 1
    elif v_image_id is None:
        v_image_id = UNSET
    v_video_id = d.get("video_id", UNSET)
    if v_video_id is UNSET:
        missing += 1
    elif v_video_id is None:
        v_video_id = UNSET
    v_bidword_id = d.get("bidword_id", UNSET)
    if v_bidword_id.__class__ is not int:
        if v_bidword_id.__class__ is str:
            v_bidword_id = to_int(v_bidword_id)
        elif v_bidword_id is UNSET:
            missing += 1
        elif v_bidword_id is None:
            v_bidword_id = UNSET
    v_bidword = d.get("bidword", UNSET)
    if v_bidword is UNSET:
        missing += 1
    elif v_bidword is None:
        v_bidword = UNSET
    v_queryword = d.get("queryword", UNSET)
    if v_queryword is UNSET:
        missing += 1
    elif v_queryword is None:
        v_queryword = UNSET
    v_marketing_asset_id = d.get("marketing_asset_id", UNSET)
    if v_marketing_asset_id.__class__ is not int:
        if v_marketing_asset_id.__class__ is str:
            v_marketing_asset_id = to_int(v_marketing_asset_id)
        elif v_marketing_asset_id is UNSET:
            missing += 1
        elif v_marketing_asset_id is None:
            v_marketing_asset_id = UNSET
    v_marketing_asset_name = d.get("marketing_asset_name", UNSET)
    if v_marketing_asset_name is UNSET:
        missing += 1
    elif v_marketing_asset_name is None:
        v_marketing_asset_name = UNSET
    v_project_id = d.get("project_id", UNSET)
    if v_project_id.__class__ is not int:
        if v_project_id.__class__ is str:
            v_project_id = to_int(v_project_id)
        elif v_project_id is UNSET:
            missing += 1
        elif v_project_id is None:
            v_project_id = UNSET
    v_project_name = d.get("project_name", UNSET)
    if v_project_name is UNSET:
        missing += 1
    elif v_project_name is None:
        v_project_name = UNSET
    v_view_count = d.get("view_count", UNSET)
    if v_view_count.__class__ is not int:
        if v_view_count.__class__ is str:
            v_view_count = to_int(v_view_count)
        elif v_view_count is UNSET:
            missing += 1
        elif v_view_count is None:
            v_view_count = UNSET
    v_view_user_count = d.get("view_user_count", UNSET)
    if v_view_user_count.__class__ is not int:
        if v_view_user_count.__class__ is str:
            v_view_user_count = to_int(v_view_user_count)
        elif v_view_user_count is UNSET:
            missing += 1
        elif v_view_user_count is None:
            v_view_user_count = UNSET
    v_avg_view_per_user = d.get("avg_view_per_user", UNSET)
    if v_avg_view_per_user.__class__ is str:
        v_avg_view_per_user = to_float(v_avg_view_per_user)
    elif v_avg_view_per_user is UNSET:
        missing += 1
    elif v_avg_view_per_user is None:
        v_avg_view_per_user = UNSET
    v_valid_click_count = d.get("valid_click_count", UNSET)
    if v_valid_click_count.__class__ is not int:
        if v_valid_click_count.__class__ is str:
            v_valid_click_count = to_int(v_valid_click_count)
        elif v_valid_click_count is UNSET:
            missing += 1
        elif v_valid_click_count is None:
            v_valid_click_count = UNSET
    v_click_user_count = d.get("click_user_count", UNSET)
    if v_click_user_count.__class__ is not int:
        if v_click_user_count.__class__ is str:
            v_click_user_count = to_int(v_click_user_count)
        elif v_click_user_count is UNSET:
            missing += 1
        elif v_click_user_count is None:
            v_click_user_count = UNSET
    v_ctr = d.get("ctr", UNSET)
    if v_ctr.__class__ is str:
        v_ctr = to_float(v_ctr)
    elif v_ctr is UNSET:
        missing += 1
    elif v_ctr is None:
        v_ctr = UNSET
    v_cpc = d.get("cpc", UNSET)
    if v_cpc.__class__ is not int:
        if v_cpc.__class__ is str:
            v_cpc = to_int(v_cpc)
        elif v_cpc is UNSET:
            missing += 1
        elif v_cpc is None:
            v_cpc = UNSET
    v_cost = d.get("cost", UNSET)
    if v_cost.__class__ is not int:
        if v_cost.__class__ is str:
            v_cost = to_int(v_cost)
        elif v_cost is UNSET:
            missing += 1
        elif v_cost is None:
            v_cost = UNSET
    v_acquisition_cost = d.get("acquisition_cost", UNSET)
    if v_acquisition_cost.__class__ is not int:
        if v_acquisition_cost.__class__ is str:
            v_acquisition_cost = to_int(v_acquisition_cost)
        elif v_acquisition_cost is UNSET:
            missing += 1
        elif v_acquisition_cost is None:
            v_acquisition_cost = UNSET
    v_thousand_display_price = d.get("thousand_display_price", UNSET)
    if v_thousand_display_price.__class__ is not int:
        if v_thousand_display_price.__class__ is str:
            v_thousand_display_price = to_int(v_thousand_display_price)
        elif v_thousand_display_price is UNSET:
            missing += 1
        elif v_thousand_display_price is None:
            v_thousand_display_price = UNSET
    v_valuable_click_count = d.get("valuable_click_count", UNSET)
    if v_valuable_click_count.__class__ is not int:
        if v_valuable_click_count.__class__ is str:
            v_valuable_click_count = to_int(v_valuable_click_count)
        elif v_valuable_click_count is UNSET:
            missing += 1
        elif v_valuable_click_count is None:
            v_valuable_click_count = UNSET
    v_valuable_click_rate = d.get("valuable_click_rate", UNSET)
    if v_valuable_click_rate.__class__ is str:
        v_valuable_click_rate = to_float(v_valuable_click_rate)
    elif v_valuable_click_rate is UNSET:
        missing += 1
    elif v_valuable_click_rate is None:
        v_valuable_click_rate = UNSET
    v_valuable_click_cost = d.get("valuable_click_cost", UNSET)
    if v_valuable_click_cost.__class__ is not int:
        if v_valuable_click_cost.__class__ is str:
            v_valuable_click_cost = to_int(v_valuable_click_cost)
        elif v_valuable_click_cost is UNSET:
            missing += 1
        elif v_valuable_click_cost is None:
            v_valuable_click_cost = UNSET
    v_conversions_count = d.get("conversions_count", UNSET)
    if v_conversions_count.__class__ is not int:
        if v_conversions_count.__class__ is str:
            v_conversions_count = to_int(v_conversions_count)
        elif v_conversions_count is UNSET:
            missing += 1
        elif v_conversions_count is None:
            v_conversions_count = UNSET
    v_conversions_rate = d.get("conversions_rate", UNSET)
    if v_conversions_rate.__class__ is str:
        v_conversions_rate = to_float(v_conversions_rate)
    elif v_conversions_rate is UNSET:
        missing += 1
    elif v_conversions_rate is None:
        v_conversions_rate = UNSET
    v_conversions_cost = d.get("conversions_cost", UNSET)
    if v_conversions_cost.__class__ is not int:
        if v_conversions_cost.__class__ is str:
            v_conversions_cost = to_int(v_conversions_cost)
        elif v_conversions_cost is UNSET:
            missing += 1
        elif v_conversions_cost is None:
            v_conversions_cost = UNSET
    v_deep_conversions_count = d.get("deep_conversions_count", UNSET)
    if v_deep_conversions_count.__class__ is not int:
        if v_deep_conversions_count.__class__ is str:
            v_deep_conversions_count = to_int(v_deep_conversions_count)
        elif v_deep_conversions_count is UNSET:
            missing += 1
        elif v_deep_conversions_count is None:
            v_deep_conversions_count = UNSET
    v_deep_conversions_rate = d.get("deep_conversions_rate", UNSET)
    if v_deep_conversions_rate.__class__ is str:
        v_deep_conversions_rate = to_float(v_deep_conversions_rate)
    elif v_deep_conversions_rate is UNSET:
        missing += 1
    elif v_deep_conversions_rate is None:
        v_deep_conversions_rate = UNSET
    v_deep_conversions_cost = d.get("deep_conversions_cost", UNSET)
    if v_deep_conversions_cost.__class__ is not int:
        if v_deep_conversions_cost.__class__ is str:
            v_deep_conversions_cost = to_int(v_deep_conversions_cost)
        elif v_deep_conversions_cost is UNSET:
            missing += 1
        elif v_deep_conversions_cost is None:
            v_deep_conversions_cost = UNSET
    v_download_count = d.get("download_count", UNSET)
    if v_download_count.__class__ is not int:
        if v_download_count.__class__ is str:
            v_download_count = to_int(v_download_count)
        elif v_download_count is UNSET:
            missing += 1
        elif v_download_count is None:
            v_download_count = UNSET
    v_download_rate = d.get("download_rate", UNSET)
    if v_download_rate.__class__ is str:
        v_download_rate = to_float(v_download_rate)
    elif v_download_rate is UNSET:
        missing += 1
    elif v_download_rate is None:
        v_download_rate = UNSET
    v_download_cost = d.get("download_cost", UNSET)
    if v_download_cost.__class__ is not int:
        if v_download_cost.__class__ is str:
            v_download_cost = to_int(v_download_cost)
        elif v_download_cost is UNSET:
            missing += 1
        elif v_download_cost is None:
            v_download_cost = UNSET
    v_install_count = d.get("install_count", UNSET)
    if v_install_count.__class__ is not int:
        if v_install_count.__class__ is str:
            v_install_count = to_int(v_install_count)
        elif v_install_count is UNSET:
            missing += 1
        elif v_install_count is None:
            v_install_count = UNSET
    v_install_rate = d.get("install_rate", UNSET)
    if v_install_rate.__class__ is str:
        v_install_rate = to_float(v_install_rate)
    elif v_install_rate is UNSET:
        missing += 1
    elif v_install_rate is None:
        v_install_rate = UNSET
    v_install_cost = d.get("install_cost", UNSET)
    if v_install_cost.__class__ is not int:
        if v_install_cost.__class__ is str:
            v_install_cost = to_int(v_install_cost)
        elif v_install_cost is UNSET:
            missing += 1
        elif v_install_cost is None:
            v_install_cost = UNSET
    v_activated_count = d.get("activated_count", UNSET)
    if v_activated_count.__class__ is not int:
        if v_activated_count.__class__ is str:
            v_activated_count = to_int(v_activated_count)
        elif v_activated_count is UNSET:
            missing += 1
        elif v_activated_count is None:
            v_activated_count = UNSET
    v_activated_rate = d.get("activated_rate", UNSET)
    if v_activated_rate.__class__ is str:
        v_activated_rate = to_float(v_activated_rate)
    elif v_activated_rate is UNSET:
        missing += 1
    elif v_activated_rate is None:
        v_activated_rate = UNSET
    v_activated_cost = d.get("activated_cost", UNSET)
    if v_activated_cost.__class__ is not int:
        if v_activated_cost.__class__ is str:
            v_activated_cost = to_int(v_activated_cost)
        elif v_activated_cost is UNSET:
            missing += 1
        elif v_activated_cost is None:
            v_activated_cost = UNSET
    v_click_activated_rate = d.get("click_activated_rate", UNSET)
    if v_click_activated_rate.__class__ is str:
        v_click_activated_rate = to_float(v_click_activated_rate)
    elif v_click_activated_rate is UNSET:
        missing += 1
    elif v_click_activated_rate is None:
        v_click_activated_rate = UNSET
    v_video_outer_play_count = d.get("video_outer_play_count", UNSET)
    if v_video_outer_play_count.__class__ is not int:
        if v_video_outer_play_count.__class__ is str:
            v_video_outer_play_count = to_int(v_video_outer_play_count)
        elif v_video_outer_play_count is UNSET:
            missing += 1
        elif v_video_outer_play_count is None:
            v_video_outer_play_count = UNSET
    v_video_outer_play_rate = d.get("video_outer_play_rate", UNSET)
    if v_video_outer_play_rate.__class__ is str:
        v_video_outer_play_rate = to_float(v_video_outer_play_rate)
    elif v_video_outer_play_rate is UNSET:
        missing += 1
    elif v_video_outer_play_rate is None:
        v_video_outer_play_rate = UNSET
    v_video_outer_play_cost = d.get("video_outer_play_cost", UNSET)
    if v_video_outer_play_cost.__class__ is not int:
        if v_video_outer_play_cost.__class__ is str:
            v_video_outer_play_cost = to_int(v_video_outer_play_cost)
        elif v_video_outer_play_cost is UNSET:
            missing += 1
        elif v_video_outer_play_cost is None:
            v_video_outer_play_cost = UNSET
    v_video_outer_play_time_count = d.get("video_outer_play_time_count", UNSET)
    if v_video_outer_play_time_count.__class__ is str:
        v_video_outer_play_time_count = to_float(v_video_outer_play_time_count)
    elif v_video_outer_play_time_count is UNSET:
        missing += 1
    elif v_video_outer_play_time_count is None:
        v_video_outer_play_time_count = UNSET
    v_video_outer_play_time_avg_rate = d.get("video_outer_play_time_avg_rate", UNSET)
    if v_video_outer_play_time_avg_rate.__class__ is str:
        v_video_outer_play_time_avg_rate = to_float(v_video_outer_play_time_avg_rate)
    elif v_video_outer_play_time_avg_rate is UNSET:
        missing += 1
    elif v_video_outer_play_time_avg_rate is None:
        v_video_outer_play_time_avg_rate = UNSET
    v_video_outer_play3s_count = d.get("video_outer_play3s_count", UNSET)
    if v_video_outer_play3s_count.__class__ is not int:
        if v_video_outer_play3s_count.__class__ is str:
            v_video_outer_play3s_count = to_int(v_video_outer_play3s_count)
        elif v_video_outer_play3s_count is UNSET:
            missing += 1
        elif v_video_outer_play3s_count is None:
            v_video_outer_play3s_count = UNSET
    v_video_outer_play5s_count = d.get("video_outer_play5s_count", UNSET)
    if v_video_outer_play5s_count.__class__ is not int:
        if v_video_outer_play5s_count.__class__ is str:
            v_video_outer_play5s_count = to_int(v_video_outer_play5s_count)
        elif v_video_outer_play5s_count is UNSET:
            missing += 1
        elif v_video_outer_play5s_count is None:
            v_video_outer_play5s_count = UNSET
    v_video_outer_play100_count = d.get("video_outer_play100_count", UNSET)
    if v_video_outer_play100_count.__class__ is not int:
        if v_video_outer_play100_count.__class__ is str:
            v_video_outer_play100_count = to_int(v_video_outer_play100_count)
        elif v_video_outer_play100_count is UNSET:
            missing += 1
        elif v_video_outer_play100_count is None:
            v_video_outer_play100_count = UNSET
    v_read_count = d.get("read_count", UNSET)
    if v_read_count.__class__ is not int:
        if v_read_count.__class__ is str:
            v_read_count = to_int(v_read_count)
        elif v_read_count is UNSET:
            missing += 1
        elif v_read_count is None:
            v_read_count = UNSET
    v_comment_count = d.get("comment_count", UNSET)
    if v_comment_count.__class__ is not int:
        if v_comment_count.__class__ is str:
            v_comment_count = to_int(v_comment_count)
        elif v_comment_count is UNSET:
            missing += 1
        elif v_comment_count is None:
            v_comment_count = UNSET
    v_praise_count = d.get("praise_count", UNSET)
    if v_praise_count.__class__ is not int:
        if v_praise_count.__class__ is str:
            v_praise_count = to_int(v_praise_count)
        elif v_praise_count is UNSET:
            missing += 1
        elif v_praise_count is None:
            v_praise_count = UNSET
    v_forward_count = d.get("forward_count", UNSET)
    if v_forward_count.__class__ is not int:
        if v_forward_count.__class__ is str:
            v_forward_count = to_int(v_forward_count)
        elif v_forward_count is UNSET:
            missing += 1
        elif v_forward_count is None:
            v_forward_count = UNSET
    v_no_interest_count = d.get("no_interest_count", UNSET)
    if v_no_interest_count.__class__ is not int:
        if v_no_interest_count.__class__ is str:
            v_no_interest_count = to_int(v_no_interest_count)
        elif v_no_interest_count is UNSET:
            missing += 1
        elif v_no_interest_count is None:
            v_no_interest_count = UNSET
    v_platform_page_view_count = d.get("platform_page_view_count", UNSET)
    if v_platform_page_view_count.__class__ is not int:
        if v_platform_page_view_count.__class__ is str:
            v_platform_page_view_count = to_int(v_platform_page_view_count)
        elif v_platform_page_view_count is UNSET:
            missing += 1
        elif v_platform_page_view_count is None:
            v_platform_page_view_count = UNSET
    v_platform_page_view_rate = d.get("platform_page_view_rate", UNSET)
    if v_platform_page_view_rate.__class__ is str:
        v_platform_page_view_rate = to_float(v_platform_page_view_rate)
    elif v_platform_page_view_rate is UNSET:
        missing += 1
    elif v_platform_page_view_rate is None:
        v_platform_page_view_rate = UNSET
    v_effective_leads_count = d.get("effective_leads_count", UNSET)
    if v_effective_leads_count.__class__ is not int:
        if v_effective_leads_count.__class__ is str:
            v_effective_leads_count = to_int(v_effective_leads_count)
        elif v_effective_leads_count is UNSET:
            missing += 1
        elif v_effective_leads_count is None:
            v_effective_leads_count = UNSET
    v_first_pay_count = d.get("first_pay_count", UNSET)
    if v_first_pay_count.__class__ is not int:
        if v_first_pay_count.__class__ is str:
            v_first_pay_count = to_int(v_first_pay_count)
        elif v_first_pay_count is UNSET:
            missing += 1
        elif v_first_pay_count is None:
            v_first_pay_count = UNSET
    v_first_pay_rate = d.get("first_pay_rate", UNSET)
    if v_first_pay_rate.__class__ is str:
        v_first_pay_rate = to_float(v_first_pay_rate)
    elif v_first_pay_rate is UNSET:
        missing += 1
    elif v_first_pay_rate is None:
        v_first_pay_rate = UNSET
    v_first_pay_cost = d.get("first_pay_cost", UNSET)
    if v_first_pay_cost.__class__ is not int:
        if v_first_pay_cost.__class__ is str:
            v_first_pay_cost = to_int(v_first_pay_cost)
        elif v_first_pay_cost is UNSET:
            missing += 1
        elif v_first_pay_cost is None:
            v_first_pay_cost = UNSET
    v_first_day_order_count = d.get("first_day_order_count", UNSET)
    if v_first_day_order_count.__class__ is not int:
        if v_first_day_order_count.__class__ is str:
            v_first_day_order_count = to_int(v_first_day_order_count)
        elif v_first_day_order_count is UNSET:
            missing += 1
        elif v_first_day_order_count is None:
            v_first_day_order_count = UNSET
    v_first_day_order_amount = d.get("first_day_order_amount", UNSET)
    if v_first_day_order_amount.__class__ is not int:
        if v_first_day_order_amount.__class__ is str:
            v_first_day_order_amount = to_int(v_first_day_order_amount)
        elif v_first_day_order_amount is UNSET:
            missing += 1
        elif v_first_day_order_amount is None:
            v_first_day_order_amount = UNSET
    v_order_amount = d.get("order_amount", UNSET)
    if v_order_amount.__class__ is not int:
        if v_order_amount.__class__ is str:
            v_order_amount = to_int(v_order_amount)
        elif v_order_amount is UNSET:
            missing += 1
        elif v_order_amount is None:
            v_order_amount = UNSET
    v_order_unit_price = d.get("order_unit_price", UNSET)
    if v_order_unit_price.__class__ is not int:
        if v_order_unit_price.__class__ is str:
            v_order_unit_price = to_int(v_order_unit_price)
        elif v_order_unit_price is UNSET:
            missing += 1
        elif v_order_unit_price is None:
            v_order_unit_price = UNSET
    v_order_roi = d.get("order_roi", UNSET)
    if v_order_roi.__class__ is str:
        v_order_roi = to_float(v_order_roi)
    elif v_order_roi is UNSET:
        missing += 1
    elif v_order_roi is None:
        v_order_roi = UNSET
    obj = _new(ReportRow)
    obj.date = v_date
    obj.hour = v_hour
    obj.account_id = v_account_id
    obj.adgroup_id = v_adgroup_id
    obj.adgroup_name = v_adgroup_name
    obj.dynamic_creative_id = v_dynamic_creative_id
    obj.dynamic_creative_name = v_dynamic_creative_name
    obj.component_id = v_component_id
    obj.component_type = v_component_type
    obj.site_set = v_site_set
    obj.channel_id = v_channel_id
    obj.image_id = v_image_id
    obj.video_id = v_video_id
    obj.bidword_id = v_bidword_id
    obj.bidword = v_bidword
    obj.queryword = v_queryword
    obj.marketing_asset_id = v_marketing_asset_id
    obj.marketing_asset_name = v_marketing_asset_name
    obj.project_id = v_project_id
    obj.project_name = v_project_name
    obj.view_count = v_view_count
    obj.view_user_count = v_view_user_count
    obj.avg_view_per_user = v_avg_view_per_user
    obj.valid_click_count = v_valid_click_count
    obj.click_user_count = v_click_user_count
    obj.ctr = v_ctr
    obj.cpc = v_cpc
    obj.cost = v_cost
    obj.acquisition_cost = v_acquisition_cost
    obj.thousand_display_price = v_thousand_display_price
    obj.valuable_click_count = v_valuable_click_count
    obj.valuable_click_rate = v_valuable_click_rate
    obj.valuable_click_cost = v_valuable_click_cost
    obj.conversions_count = v_conversions_count
    obj.conversions_rate = v_conversions_rate
    obj.conversions_cost = v_conversions_cost
    obj.deep_conversions_count = v_deep_conversions_count
    obj.deep_conversions_rate = v_deep_conversions_rate
    obj.deep_conversions_cost = v_deep_conversions_cost
    obj.download_count = v_download_count
    obj.download_rate = v_download_rate
    obj.download_cost = v_download_cost
    obj.install_count = v_install_count
    obj.install_rate = v_install_rate
    obj.install_cost = v_install_cost
    obj.activated_count = v_activated_count
    obj.activated_rate = v_activated_rate
    obj.activated_cost = v_activated_cost
    obj.click_activated_rate = v_click_activated_rate
    obj.video_outer_play_count = v_video_outer_play_count
    obj.video_outer_play_rate = v_video_outer_play_rate
    obj.video_outer_play_cost = v_video_outer_play_cost
    obj.video_outer_play_time_count = v_video_outer_play_time_count
    obj.video_outer_play_time_avg_rate = v_video_outer_play_time_avg_rate
    obj.video_outer_play3s_count = v_video_outer_play3s_count
    obj.video_outer_play5s_count = v_video_outer_play5s_count
    obj.video_outer_play100_count = v_video_outer_play100_count
    obj.read_count = v_read_count
    obj.comment_count = v_comment_count
    obj.praise_count = v_praise_count
    obj.forward_count = v_forward_count
    obj.no_interest_count = v_no_interest_count
    obj.platform_page_view_count = v_platform_page_view_count
    obj.platform_page_view_rate = v_platform_page_view_rate
    obj.effective_leads_count = v_effective_leads_count
    obj.first_pay_count = v_first_pay_count
    obj.first_pay_rate = v_first_pay_rate
    obj.first_pay_cost = v_first_pay_cost
    obj.first_day_order_count = v_first_day_order_count
    obj.first_day_order_amount = v_first_day_order_amount
    obj.order_amount = v_order_amount
    obj.order_unit_price = v_order_unit_price
    obj.order_roi = v_order_roi
    obj.additional_properties = {} if len(d) + missing == 73 else extra_keys(d, _REPORT_ROW_KEYS)
    return obj


_ASYNC_REPORT_TASK_KEYS: Final = frozenset(["created_time", "result", "status", "task_id", "task_name"])


def async_report_task(d: Any) -> AsyncReportTask:
    """``AsyncReportTask`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncReportTask", d)
    missing = 0
    v_task_id = d.get("task_id", UNSET)
    if v_task_id.__class__ is not int:
        if v_task_id.__class__ is str:
            v_task_id = to_int(v_task_id)
        elif v_task_id is UNSET:
            missing += 1
        elif v_task_id is None:
            v_task_id = UNSET
    v_task_name = d.get("task_name", UNSET)
    if v_task_name is UNSET:
        missing += 1
    elif v_task_name is None:
        v_task_name = UNSET
    v_status = d.get("status", UNSET)
    if v_status.__class__ is str:
        v_status = _TASK_STATUS.get(v_status, v_status)
    elif v_status is UNSET:
        missing += 1
    elif v_status is None:
        v_status = UNSET
    v_created_time = d.get("created_time", UNSET)
    if v_created_time.__class__ is not int:
        if v_created_time.__class__ is str:
            v_created_time = to_int(v_created_time)
        elif v_created_time is UNSET:
            missing += 1
        elif v_created_time is None:
            v_created_time = UNSET
    v_result = d.get("result", UNSET)
    if v_result.__class__ is dict:
        v_result = async_task_result(v_result)
    elif v_result is UNSET:
        missing += 1
    elif v_result is None:
        v_result = UNSET
    else:
        raise not_an_object("AsyncReportTask.result", v_result)
    obj = _new(AsyncReportTask)
    obj.task_id = v_task_id
    obj.task_name = v_task_name
    obj.status = v_status
    obj.created_time = v_created_time
    obj.result = v_result
    obj.additional_properties = {} if len(d) + missing == 5 else extra_keys(d, _ASYNC_REPORT_TASK_KEYS)
    return obj


_ASYNC_TASK_RESULT_KEYS: Final = frozenset(["code", "data", "message"])


def async_task_result(d: Any) -> AsyncTaskResult:
    """``AsyncTaskResult`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncTaskResult", d)
    missing = 0
    v_code = d.get("code", UNSET)
    if v_code.__class__ is not int:
        if v_code.__class__ is str:
            v_code = to_int(v_code)
        elif v_code is UNSET:
            missing += 1
        elif v_code is None:
            v_code = UNSET
    v_message = d.get("message", UNSET)
    if v_message is UNSET:
        missing += 1
    elif v_message is None:
        v_message = UNSET
    v_data = d.get("data", UNSET)
    if v_data.__class__ is dict:
        v_data = async_task_result_data(v_data)
    elif v_data is UNSET:
        missing += 1
    elif v_data is None:
        v_data = UNSET
    else:
        raise not_an_object("AsyncTaskResult.data", v_data)
    obj = _new(AsyncTaskResult)
    obj.code = v_code
    obj.message = v_message
    obj.data = v_data
    obj.additional_properties = {} if len(d) + missing == 3 else extra_keys(d, _ASYNC_TASK_RESULT_KEYS)
    return obj


_MATERIAL_INFO_KEYS: Final = frozenset(["material_id", "type"])


def material_info(d: Any) -> MaterialInfo:
    """``MaterialInfo`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("MaterialInfo", d)
    missing = 0
    v_material_id = d.get("material_id", UNSET)
    if v_material_id.__class__ is not int:
        if v_material_id.__class__ is str:
            v_material_id = to_int(v_material_id)
        elif v_material_id is UNSET:
            missing += 1
        elif v_material_id is None:
            v_material_id = UNSET
    v_type_ = d.get("type", UNSET)
    if v_type_.__class__ is str:
        v_type_ = _MATERIAL_TYPE.get(v_type_, v_type_)
    elif v_type_ is UNSET:
        missing += 1
    elif v_type_ is None:
        v_type_ = UNSET
    obj = _new(MaterialInfo)
    obj.material_id = v_material_id
    obj.type_ = v_type_
    obj.additional_properties = {} if len(d) + missing == 2 else extra_keys(d, _MATERIAL_INFO_KEYS)
    return obj


_ASYNC_TASK_RESULT_DATA_KEYS: Final = frozenset(
    [
        "channel_package_info_list",
        "file_info_list",
        "review_element_prereview_result_list",
        "union_channel_package_info_list",
    ]
)


def async_task_result_data(d: Any) -> AsyncTaskResultData:
    """``AsyncTaskResultData`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("AsyncTaskResultData", d)
    missing = 0
    v_file_info_list = d.get("file_info_list", UNSET)
    if v_file_info_list.__class__ is list:
        try:
            v_file_info_list = list(map(file_info, v_file_info_list))
        except TypeError:
            v_file_info_list = [file_info(x) for x in v_file_info_list if x is not None]
    elif v_file_info_list is UNSET:
        missing += 1
    elif v_file_info_list is None:
        v_file_info_list = UNSET
    else:
        raise not_an_array("AsyncTaskResultData.file_info_list", v_file_info_list)
    v_channel_package_info_list = d.get("channel_package_info_list", UNSET)
    if v_channel_package_info_list.__class__ is list:
        try:
            v_channel_package_info_list = list(map(channel_package_info, v_channel_package_info_list))
        except TypeError:
            v_channel_package_info_list = [
                channel_package_info(x) for x in v_channel_package_info_list if x is not None
            ]
    elif v_channel_package_info_list is UNSET:
        missing += 1
    elif v_channel_package_info_list is None:
        v_channel_package_info_list = UNSET
    else:
        raise not_an_array("AsyncTaskResultData.channel_package_info_list", v_channel_package_info_list)
    v_union_channel_package_info_list = d.get("union_channel_package_info_list", UNSET)
    if v_union_channel_package_info_list.__class__ is list:
        try:
            v_union_channel_package_info_list = list(map(union_channel_package_info, v_union_channel_package_info_list))
        except TypeError:
            v_union_channel_package_info_list = [
                union_channel_package_info(x) for x in v_union_channel_package_info_list if x is not None
            ]
    elif v_union_channel_package_info_list is UNSET:
        missing += 1
    elif v_union_channel_package_info_list is None:
        v_union_channel_package_info_list = UNSET
    else:
        raise not_an_array("AsyncTaskResultData.union_channel_package_info_list", v_union_channel_package_info_list)
    v_review_element_prereview_result_list = d.get("review_element_prereview_result_list", UNSET)
    if v_review_element_prereview_result_list.__class__ is list:
        try:
            v_review_element_prereview_result_list = list(
                map(review_element_prereview_result, v_review_element_prereview_result_list)
            )
        except TypeError:
            v_review_element_prereview_result_list = [
                review_element_prereview_result(x) for x in v_review_element_prereview_result_list if x is not None
            ]
    elif v_review_element_prereview_result_list is UNSET:
        missing += 1
    elif v_review_element_prereview_result_list is None:
        v_review_element_prereview_result_list = UNSET
    else:
        raise not_an_array(
            "AsyncTaskResultData.review_element_prereview_result_list", v_review_element_prereview_result_list
        )
    obj = _new(AsyncTaskResultData)
    obj.file_info_list = v_file_info_list
    obj.channel_package_info_list = v_channel_package_info_list
    obj.union_channel_package_info_list = v_union_channel_package_info_list
    obj.review_element_prereview_result_list = v_review_element_prereview_result_list
    obj.additional_properties = {} if len(d) + missing == 4 else extra_keys(d, _ASYNC_TASK_RESULT_DATA_KEYS)
    return obj


_FILE_INFO_KEYS: Final = frozenset(["file_id", "md5"])


def file_info(d: Any) -> FileInfo:
    """``FileInfo`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("FileInfo", d)
    missing = 0
    v_file_id = d.get("file_id", UNSET)
    if v_file_id.__class__ is not int:
        if v_file_id.__class__ is str:
            v_file_id = to_int(v_file_id)
        elif v_file_id is UNSET:
            missing += 1
        elif v_file_id is None:
            v_file_id = UNSET
    v_md5 = d.get("md5", UNSET)
    if v_md5 is UNSET:
        missing += 1
    elif v_md5 is None:
        v_md5 = UNSET
    obj = _new(FileInfo)
    obj.file_id = v_file_id
    obj.md5 = v_md5
    obj.additional_properties = {} if len(d) + missing == 2 else extra_keys(d, _FILE_INFO_KEYS)
    return obj


_CHANNEL_PACKAGE_INFO_KEYS: Final = frozenset(
    [
        "android_app_id",
        "channel_package_id",
        "created_time",
        "error_code",
        "last_modified_time",
        "package_name",
        "status",
    ]
)


def channel_package_info(d: Any) -> ChannelPackageInfo:
    """``ChannelPackageInfo`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("ChannelPackageInfo", d)
    missing = 0
    v_android_app_id = d.get("android_app_id", UNSET)
    if v_android_app_id.__class__ is not int:
        if v_android_app_id.__class__ is str:
            v_android_app_id = to_int(v_android_app_id)
        elif v_android_app_id is UNSET:
            missing += 1
        elif v_android_app_id is None:
            v_android_app_id = UNSET
    v_package_name = d.get("package_name", UNSET)
    if v_package_name is UNSET:
        missing += 1
    elif v_package_name is None:
        v_package_name = UNSET
    v_status = d.get("status", UNSET)
    if v_status.__class__ is str:
        v_status = _CHANNEL_TASK_STATUS.get(v_status, v_status)
    elif v_status is UNSET:
        missing += 1
    elif v_status is None:
        v_status = UNSET
    v_error_code = d.get("error_code", UNSET)
    if v_error_code.__class__ is str:
        v_error_code = _CHANNEL_TASK_ERROR.get(v_error_code, v_error_code)
    elif v_error_code is UNSET:
        missing += 1
    elif v_error_code is None:
        v_error_code = UNSET
    v_created_time = d.get("created_time", UNSET)
    if v_created_time.__class__ is not int:
        if v_created_time.__class__ is str:
            v_created_time = to_int(v_created_time)
        elif v_created_time is UNSET:
            missing += 1
        elif v_created_time is None:
            v_created_time = UNSET
    v_last_modified_time = d.get("last_modified_time", UNSET)
    if v_last_modified_time.__class__ is not int:
        if v_last_modified_time.__class__ is str:
            v_last_modified_time = to_int(v_last_modified_time)
        elif v_last_modified_time is UNSET:
            missing += 1
        elif v_last_modified_time is None:
            v_last_modified_time = UNSET
    v_channel_package_id = d.get("channel_package_id", UNSET)
    if v_channel_package_id is UNSET:
        missing += 1
    elif v_channel_package_id is None:
        v_channel_package_id = UNSET
    obj = _new(ChannelPackageInfo)
    obj.android_app_id = v_android_app_id
    obj.package_name = v_package_name
    obj.status = v_status
    obj.error_code = v_error_code
    obj.created_time = v_created_time
    obj.last_modified_time = v_last_modified_time
    obj.channel_package_id = v_channel_package_id
    obj.additional_properties = {} if len(d) + missing == 7 else extra_keys(d, _CHANNEL_PACKAGE_INFO_KEYS)
    return obj


_UNION_CHANNEL_PACKAGE_INFO_KEYS: Final = frozenset(
    ["android_union_app_id", "created_time", "last_modified_time", "package_name", "status"]
)


def union_channel_package_info(d: Any) -> UnionChannelPackageInfo:
    """``UnionChannelPackageInfo`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("UnionChannelPackageInfo", d)
    missing = 0
    v_android_union_app_id = d.get("android_union_app_id", UNSET)
    if v_android_union_app_id.__class__ is not int:
        if v_android_union_app_id.__class__ is str:
            v_android_union_app_id = to_int(v_android_union_app_id)
        elif v_android_union_app_id is UNSET:
            missing += 1
        elif v_android_union_app_id is None:
            v_android_union_app_id = UNSET
    v_package_name = d.get("package_name", UNSET)
    if v_package_name is UNSET:
        missing += 1
    elif v_package_name is None:
        v_package_name = UNSET
    v_status = d.get("status", UNSET)
    if v_status.__class__ is str:
        v_status = _UNION_CHANNEL_TASK_STATUS.get(v_status, v_status)
    elif v_status is UNSET:
        missing += 1
    elif v_status is None:
        v_status = UNSET
    v_created_time = d.get("created_time", UNSET)
    if v_created_time.__class__ is not int:
        if v_created_time.__class__ is str:
            v_created_time = to_int(v_created_time)
        elif v_created_time is UNSET:
            missing += 1
        elif v_created_time is None:
            v_created_time = UNSET
    v_last_modified_time = d.get("last_modified_time", UNSET)
    if v_last_modified_time.__class__ is not int:
        if v_last_modified_time.__class__ is str:
            v_last_modified_time = to_int(v_last_modified_time)
        elif v_last_modified_time is UNSET:
            missing += 1
        elif v_last_modified_time is None:
            v_last_modified_time = UNSET
    obj = _new(UnionChannelPackageInfo)
    obj.android_union_app_id = v_android_union_app_id
    obj.package_name = v_package_name
    obj.status = v_status
    obj.created_time = v_created_time
    obj.last_modified_time = v_last_modified_time
    obj.additional_properties = {} if len(d) + missing == 5 else extra_keys(d, _UNION_CHANNEL_PACKAGE_INFO_KEYS)
    return obj


_REVIEW_ELEMENT_PREREVIEW_RESULT_KEYS: Final = frozenset(
    ["element_content", "element_type", "pre_review_details", "risk_level"]
)


def review_element_prereview_result(d: Any) -> ReviewElementPrereviewResult:
    """``ReviewElementPrereviewResult`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("ReviewElementPrereviewResult", d)
    missing = 0
    v_element_type = d.get("element_type", UNSET)
    if v_element_type.__class__ is str:
        v_element_type = _PRE_REVIEW_ELEMENT_TYPE.get(v_element_type, v_element_type)
    elif v_element_type is UNSET:
        missing += 1
    elif v_element_type is None:
        v_element_type = UNSET
    v_element_content = d.get("element_content", UNSET)
    if v_element_content is UNSET:
        missing += 1
    elif v_element_content is None:
        v_element_content = UNSET
    v_risk_level = d.get("risk_level", UNSET)
    if v_risk_level.__class__ is str:
        v_risk_level = _RISK_LEVEL.get(v_risk_level, v_risk_level)
    elif v_risk_level is UNSET:
        missing += 1
    elif v_risk_level is None:
        v_risk_level = UNSET
    v_pre_review_details = d.get("pre_review_details", UNSET)
    if v_pre_review_details.__class__ is list:
        try:
            v_pre_review_details = list(map(pre_review_detail, v_pre_review_details))
        except TypeError:
            v_pre_review_details = [pre_review_detail(x) for x in v_pre_review_details if x is not None]
    elif v_pre_review_details is UNSET:
        missing += 1
    elif v_pre_review_details is None:
        v_pre_review_details = UNSET
    else:
        raise not_an_array("ReviewElementPrereviewResult.pre_review_details", v_pre_review_details)
    obj = _new(ReviewElementPrereviewResult)
    obj.element_type = v_element_type
    obj.element_content = v_element_content
    obj.risk_level = v_risk_level
    obj.pre_review_details = v_pre_review_details
    obj.additional_properties = {} if len(d) + missing == 4 else extra_keys(d, _REVIEW_ELEMENT_PREREVIEW_RESULT_KEYS)
    return obj


_PRE_REVIEW_DETAIL_KEYS: Final = frozenset(["pre_review_result", "reject_reason_detail", "site_set"])


def pre_review_detail(d: Any) -> PreReviewDetail:
    """``PreReviewDetail`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("PreReviewDetail", d)
    missing = 0
    v_site_set = d.get("site_set", UNSET)
    if v_site_set.__class__ is str:
        v_site_set = _PRE_REVIEW_SITE_SET.get(v_site_set, v_site_set)
    elif v_site_set is UNSET:
        missing += 1
    elif v_site_set is None:
        v_site_set = UNSET
    v_pre_review_result = d.get("pre_review_result", UNSET)
    if v_pre_review_result.__class__ is str:
        v_pre_review_result = _GROUP_RISK_LEVEL.get(v_pre_review_result, v_pre_review_result)
    elif v_pre_review_result is UNSET:
        missing += 1
    elif v_pre_review_result is None:
        v_pre_review_result = UNSET
    v_reject_reason_detail = d.get("reject_reason_detail", UNSET)
    if v_reject_reason_detail.__class__ is list:
        try:
            v_reject_reason_detail = list(map(reject_reason_detail, v_reject_reason_detail))
        except TypeError:
            v_reject_reason_detail = [reject_reason_detail(x) for x in v_reject_reason_detail if x is not None]
    elif v_reject_reason_detail is UNSET:
        missing += 1
    elif v_reject_reason_detail is None:
        v_reject_reason_detail = UNSET
    else:
        raise not_an_array("PreReviewDetail.reject_reason_detail", v_reject_reason_detail)
    obj = _new(PreReviewDetail)
    obj.site_set = v_site_set
    obj.pre_review_result = v_pre_review_result
    obj.reject_reason_detail = v_reject_reason_detail
    obj.additional_properties = {} if len(d) + missing == 3 else extra_keys(d, _PRE_REVIEW_DETAIL_KEYS)
    return obj


_REJECT_REASON_DETAIL_KEYS: Final = frozenset(
    ["case_content", "case_doc", "reject_info_locations", "reject_reason_content", "reject_reason_id"]
)


def reject_reason_detail(d: Any) -> RejectReasonDetail:
    """``RejectReasonDetail`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("RejectReasonDetail", d)
    missing = 0
    v_reject_reason_id = d.get("reject_reason_id", UNSET)
    if v_reject_reason_id is UNSET:
        missing += 1
    elif v_reject_reason_id is None:
        v_reject_reason_id = UNSET
    v_reject_reason_content = d.get("reject_reason_content", UNSET)
    if v_reject_reason_content is UNSET:
        missing += 1
    elif v_reject_reason_content is None:
        v_reject_reason_content = UNSET
    v_case_doc = d.get("case_doc", UNSET)
    if v_case_doc is UNSET:
        missing += 1
    elif v_case_doc is None:
        v_case_doc = UNSET
    v_case_content = d.get("case_content", UNSET)
    if v_case_content is UNSET:
        missing += 1
    elif v_case_content is None:
        v_case_content = UNSET
    v_reject_info_locations = d.get("reject_info_locations", UNSET)
    if v_reject_info_locations.__class__ is list:
        try:
            v_reject_info_locations = list(map(reject_info_location, v_reject_info_locations))
        except TypeError:
            v_reject_info_locations = [reject_info_location(x) for x in v_reject_info_locations if x is not None]
    elif v_reject_info_locations is UNSET:
        missing += 1
    elif v_reject_info_locations is None:
        v_reject_info_locations = UNSET
    else:
        raise not_an_array("RejectReasonDetail.reject_info_locations", v_reject_info_locations)
    obj = _new(RejectReasonDetail)
    obj.reject_reason_id = v_reject_reason_id
    obj.reject_reason_content = v_reject_reason_content
    obj.case_doc = v_case_doc
    obj.case_content = v_case_content
    obj.reject_info_locations = v_reject_info_locations
    obj.additional_properties = {} if len(d) + missing == 5 else extra_keys(d, _REJECT_REASON_DETAIL_KEYS)
    return obj


_REJECT_INFO_LOCATION_KEYS: Final = frozenset(
    ["height", "img_url", "location_img_url", "related_img_url", "time_second", "width", "x", "y"]
)


def reject_info_location(d: Any) -> RejectInfoLocation:
    """``RejectInfoLocation`` from a decoded JSON object."""
    if d.__class__ is not dict:
        raise not_an_object("RejectInfoLocation", d)
    missing = 0
    v_x = d.get("x", UNSET)
    if v_x.__class__ is not int:
        if v_x.__class__ is str:
            v_x = to_int(v_x)
        elif v_x is UNSET:
            missing += 1
        elif v_x is None:
            v_x = UNSET
    v_y = d.get("y", UNSET)
    if v_y.__class__ is not int:
        if v_y.__class__ is str:
            v_y = to_int(v_y)
        elif v_y is UNSET:
            missing += 1
        elif v_y is None:
            v_y = UNSET
    v_width = d.get("width", UNSET)
    if v_width.__class__ is not int:
        if v_width.__class__ is str:
            v_width = to_int(v_width)
        elif v_width is UNSET:
            missing += 1
        elif v_width is None:
            v_width = UNSET
    v_height = d.get("height", UNSET)
    if v_height.__class__ is not int:
        if v_height.__class__ is str:
            v_height = to_int(v_height)
        elif v_height is UNSET:
            missing += 1
        elif v_height is None:
            v_height = UNSET
    v_time_second = d.get("time_second", UNSET)
    if v_time_second.__class__ is str:
        v_time_second = to_float(v_time_second)
    elif v_time_second is UNSET:
        missing += 1
    elif v_time_second is None:
        v_time_second = UNSET
    v_location_img_url = d.get("location_img_url", UNSET)
    if v_location_img_url is UNSET:
        missing += 1
    elif v_location_img_url is None:
        v_location_img_url = UNSET
    v_img_url = d.get("img_url", UNSET)
    if v_img_url is UNSET:
        missing += 1
    elif v_img_url is None:
        v_img_url = UNSET
    v_related_img_url = d.get("related_img_url", UNSET)
    if v_related_img_url is UNSET:
        missing += 1
    elif v_related_img_url is None:
        v_related_img_url = UNSET
    obj = _new(RejectInfoLocation)
    obj.x = v_x
    obj.y = v_y
    obj.width = v_width
    obj.height = v_height
    obj.time_second = v_time_second
    obj.location_img_url = v_location_img_url
    obj.img_url = v_img_url
    obj.related_img_url = v_related_img_url
    obj.additional_properties = {} if len(d) + missing == 8 else extra_keys(d, _REJECT_INFO_LOCATION_KEYS)
    return obj


#: operationId → the decoder of its answer's ``data`` (a file operation has none).
DECODERS: Final[dict[str, Callable[[Any], Any]]] = {
    "async_tasks_get": async_tasks_get_data,
    "async_tasks_add": async_tasks_add_data,
    "oauth_token": oauth_token_data,
    "programmed_commponent_result_get": programmed_commponent_result_get_data,
    "daily_reports_get": reports_get_data,
    "hourly_reports_get": reports_get_data,
    "async_reports_add": async_reports_add_data,
    "async_reports_get": async_reports_get_data,
}


# --- the msgspec path (``[msgspec]``): answers decoded straight into wire Structs, then converted -----


def _t_async_tasks_get_data(s: Any) -> AsyncTasksGetData:
    """``AsyncTasksGetData`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncTasksGetData)
    v = s.list_
    if v.__class__ is list:
        v = list(map(_t_async_task, v))
    elif v is None or v is UNSET:
        v = []
    obj.list_ = v
    v = s.page_info
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_page_info(v)
    obj.page_info = v
    obj.additional_properties = {}
    return obj


def _t_async_tasks_add_data(s: Any) -> AsyncTasksAddData:
    """``AsyncTasksAddData`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncTasksAddData)
    v = s.task_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.task_id = v
    obj.additional_properties = {}
    return obj


def _t_oauth_token_data(s: Any) -> OauthTokenData:
    """``OauthTokenData`` from its wire Struct (the msgspec path)."""
    obj = _new(OauthTokenData)
    v = s.access_token
    if v is None:
        v = UNSET
    obj.access_token = v
    v = s.refresh_token
    if v is None:
        v = UNSET
    obj.refresh_token = v
    v = s.access_token_expires_in
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.access_token_expires_in = v
    v = s.refresh_token_expires_in
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.refresh_token_expires_in = v
    v = s.authorizer_info
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_oauth_authorizer_info(v)
    obj.authorizer_info = v
    obj.additional_properties = {}
    return obj


def _t_programmed_commponent_result_get_data(s: Any) -> ProgrammedCommponentResultGetData:
    """``ProgrammedCommponentResultGetData`` from its wire Struct (the msgspec path)."""
    obj = _new(ProgrammedCommponentResultGetData)
    v = s.material_derive_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.material_derive_id = v
    v = s.derive_data_version
    if v.__class__ is str:
        v = _DERIVE_DATA_VERSION.get(v, v)
    elif v is None:
        v = UNSET
    obj.derive_data_version = v
    v = s.dynamic_creative_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.dynamic_creative_id = v
    v = s.adgroup_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.adgroup_id = v
    v = s.list_
    if v.__class__ is list:
        v = list(map(_t_derive_component, v))
    elif v is None or v is UNSET:
        v = []
    obj.list_ = v
    obj.additional_properties = {}
    return obj


def _t_reports_get_data(s: Any) -> ReportsGetData:
    """``ReportsGetData`` from its wire Struct (the msgspec path)."""
    obj = _new(ReportsGetData)
    v = s.list_
    if v.__class__ is list:
        v = list(map(_t_report_row, v))
    elif v is None or v is UNSET:
        v = []
    obj.list_ = v
    v = s.page_info
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_page_info(v)
    obj.page_info = v
    obj.additional_properties = {}
    return obj


def _t_async_reports_add_data(s: Any) -> AsyncReportsAddData:
    """``AsyncReportsAddData`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncReportsAddData)
    v = s.task_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.task_id = v
    obj.additional_properties = {}
    return obj


def _t_async_reports_get_data(s: Any) -> AsyncReportsGetData:
    """``AsyncReportsGetData`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncReportsGetData)
    v = s.list_
    if v.__class__ is list:
        v = list(map(_t_async_report_task, v))
    elif v is None or v is UNSET:
        v = []
    obj.list_ = v
    v = s.page_info
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_page_info(v)
    obj.page_info = v
    obj.additional_properties = {}
    return obj


def _t_async_task(s: Any) -> AsyncTask:
    """``AsyncTask`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncTask)
    v = s.task_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.task_id = v
    v = s.task_name
    if v is None:
        v = UNSET
    obj.task_name = v
    v = s.task_type
    if v is None:
        v = UNSET
    obj.task_type = v
    v = s.status
    if v.__class__ is str:
        v = _TASK_STATUS.get(v, v)
    elif v is None:
        v = UNSET
    obj.status = v
    v = s.created_time
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.created_time = v
    v = s.result
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_async_task_result(v)
    obj.result = v
    obj.additional_properties = {}
    return obj


def _t_page_info(s: Any) -> PageInfo:
    """``PageInfo`` from its wire Struct (the msgspec path)."""
    obj = _new(PageInfo)
    v = s.page
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.page = v
    v = s.page_size
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.page_size = v
    v = s.total_number
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.total_number = v
    v = s.total_page
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.total_page = v
    obj.additional_properties = {}
    return obj


def _t_oauth_authorizer_info(s: Any) -> OauthAuthorizerInfo:
    """``OauthAuthorizerInfo`` from its wire Struct (the msgspec path)."""
    obj = _new(OauthAuthorizerInfo)
    v = s.account_uin
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.account_uin = v
    v = s.account_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.account_id = v
    v = s.scope_list
    if v.__class__ is list:
        v = [x for x in v if x is not None]
    elif v is None:
        v = UNSET
    elif v is not UNSET:
        raise not_an_array("OauthAuthorizerInfo.scope_list", v)
    obj.scope_list = v
    v = s.wechat_account_id
    if v is None:
        v = UNSET
    obj.wechat_account_id = v
    v = s.account_role_type
    if v is None:
        v = UNSET
    obj.account_role_type = v
    v = s.account_type
    if v is None:
        v = UNSET
    obj.account_type = v
    v = s.role_type
    if v is None:
        v = UNSET
    obj.role_type = v
    obj.additional_properties = {}
    return obj


def _t_derive_component(s: Any) -> DeriveComponent:
    """``DeriveComponent`` from its wire Struct (the msgspec path)."""
    obj = _new(DeriveComponent)
    v = s.derive_component_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.derive_component_id = v
    v = s.origin_component_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.origin_component_id = v
    v = s.template_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.template_id = v
    v = s.derive_material
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_material_info(v)
    obj.derive_material = v
    v = s.origin_material
    if v.__class__ is list:
        v = list(map(_t_material_info, v))
    elif v is None:
        v = UNSET
    obj.origin_material = v
    obj.additional_properties = {}
    return obj


def _t_report_row(s: Any) -> ReportRow:
    """``ReportRow`` from its wire Struct (the msgspec path)."""
    obj = _new(ReportRow)
    v = s.date
    if v is None:
        v = UNSET
    obj.date = v
    v = s.hour
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.hour = v
    v = s.account_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.account_id = v
    v = s.adgroup_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.adgroup_id = v
    v = s.adgroup_name
    if v is None:
        v = UNSET
    obj.adgroup_name = v
    v = s.dynamic_creative_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.dynamic_creative_id = v
    v = s.dynamic_creative_name
    if v is None:
        v = UNSET
    obj.dynamic_creative_name = v
    v = s.component_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.component_id = v
    v = s.component_type
    if v is None:
        v = UNSET
    obj.component_type = v
    v = s.site_set
    if v is None:
        v = UNSET
    obj.site_set = v
    v = s.channel_id
    if v is None:
        v = UNSET
    obj.channel_id = v
    v = s.image_id
    if v is None:
        v = UNSET
    obj.image_id = v
    v = s.video_id
    if v is None:
        v = UNSET
    obj.video_id = v
    v = s.bidword_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.bidword_id = v
    v = s.bidword
    if v is None:
        v = UNSET
    obj.bidword = v
    v = s.queryword
    if v is None:
        v = UNSET
    obj.queryword = v
    v = s.marketing_asset_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.marketing_asset_id = v
    v = s.marketing_asset_name
    if v is None:
        v = UNSET
    obj.marketing_asset_name = v
    v = s.project_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.project_id = v
    v = s.project_name
    if v is None:
        v = UNSET
    obj.project_name = v
    v = s.view_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.view_count = v
    v = s.view_user_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.view_user_count = v
    v = s.avg_view_per_user
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.avg_view_per_user = v
    v = s.valid_click_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.valid_click_count = v
    v = s.click_user_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.click_user_count = v
    v = s.ctr
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.ctr = v
    v = s.cpc
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.cpc = v
    v = s.cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.cost = v
    v = s.acquisition_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.acquisition_cost = v
    v = s.thousand_display_price
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.thousand_display_price = v
    v = s.valuable_click_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.valuable_click_count = v
    v = s.valuable_click_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.valuable_click_rate = v
    v = s.valuable_click_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.valuable_click_cost = v
    v = s.conversions_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.conversions_count = v
    v = s.conversions_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.conversions_rate = v
    v = s.conversions_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.conversions_cost = v
    v = s.deep_conversions_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.deep_conversions_count = v
    v = s.deep_conversions_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.deep_conversions_rate = v
    v = s.deep_conversions_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.deep_conversions_cost = v
    v = s.download_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.download_count = v
    v = s.download_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.download_rate = v
    v = s.download_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.download_cost = v
    v = s.install_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.install_count = v
    v = s.install_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.install_rate = v
    v = s.install_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.install_cost = v
    v = s.activated_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.activated_count = v
    v = s.activated_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.activated_rate = v
    v = s.activated_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.activated_cost = v
    v = s.click_activated_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.click_activated_rate = v
    v = s.video_outer_play_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.video_outer_play_count = v
    v = s.video_outer_play_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.video_outer_play_rate = v
    v = s.video_outer_play_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.video_outer_play_cost = v
    v = s.video_outer_play_time_count
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.video_outer_play_time_count = v
    v = s.video_outer_play_time_avg_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.video_outer_play_time_avg_rate = v
    v = s.video_outer_play3s_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.video_outer_play3s_count = v
    v = s.video_outer_play5s_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.video_outer_play5s_count = v
    v = s.video_outer_play100_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.video_outer_play100_count = v
    v = s.read_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.read_count = v
    v = s.comment_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.comment_count = v
    v = s.praise_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.praise_count = v
    v = s.forward_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.forward_count = v
    v = s.no_interest_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.no_interest_count = v
    v = s.platform_page_view_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.platform_page_view_count = v
    v = s.platform_page_view_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.platform_page_view_rate = v
    v = s.effective_leads_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.effective_leads_count = v
    v = s.first_pay_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.first_pay_count = v
    v = s.first_pay_rate
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.first_pay_rate = v
    v = s.first_pay_cost
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.first_pay_cost = v
    v = s.first_day_order_count
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.first_day_order_count = v
    v = s.first_day_order_amount
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.first_day_order_amount = v
    v = s.order_amount
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.order_amount = v
    v = s.order_unit_price
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.order_unit_price = v
    v = s.order_roi
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.order_roi = v
    obj.additional_properties = {}
    return obj


def _t_async_report_task(s: Any) -> AsyncReportTask:
    """``AsyncReportTask`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncReportTask)
    v = s.task_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.task_id = v
    v = s.task_name
    if v is None:
        v = UNSET
    obj.task_name = v
    v = s.status
    if v.__class__ is str:
        v = _TASK_STATUS.get(v, v)
    elif v is None:
        v = UNSET
    obj.status = v
    v = s.created_time
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.created_time = v
    v = s.result
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_async_task_result(v)
    obj.result = v
    obj.additional_properties = {}
    return obj


def _t_async_task_result(s: Any) -> AsyncTaskResult:
    """``AsyncTaskResult`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncTaskResult)
    v = s.code
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.code = v
    v = s.message
    if v is None:
        v = UNSET
    obj.message = v
    v = s.data
    if v is None:
        v = UNSET
    elif v is not UNSET:
        v = _t_async_task_result_data(v)
    obj.data = v
    obj.additional_properties = {}
    return obj


def _t_material_info(s: Any) -> MaterialInfo:
    """``MaterialInfo`` from its wire Struct (the msgspec path)."""
    obj = _new(MaterialInfo)
    v = s.material_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.material_id = v
    v = s.type_
    if v.__class__ is str:
        v = _MATERIAL_TYPE.get(v, v)
    elif v is None:
        v = UNSET
    obj.type_ = v
    obj.additional_properties = {}
    return obj


def _t_async_task_result_data(s: Any) -> AsyncTaskResultData:
    """``AsyncTaskResultData`` from its wire Struct (the msgspec path)."""
    obj = _new(AsyncTaskResultData)
    v = s.file_info_list
    if v.__class__ is list:
        v = list(map(_t_file_info, v))
    elif v is None:
        v = UNSET
    obj.file_info_list = v
    v = s.channel_package_info_list
    if v.__class__ is list:
        v = list(map(_t_channel_package_info, v))
    elif v is None:
        v = UNSET
    obj.channel_package_info_list = v
    v = s.union_channel_package_info_list
    if v.__class__ is list:
        v = list(map(_t_union_channel_package_info, v))
    elif v is None:
        v = UNSET
    obj.union_channel_package_info_list = v
    v = s.review_element_prereview_result_list
    if v.__class__ is list:
        v = list(map(_t_review_element_prereview_result, v))
    elif v is None:
        v = UNSET
    obj.review_element_prereview_result_list = v
    obj.additional_properties = {}
    return obj


def _t_file_info(s: Any) -> FileInfo:
    """``FileInfo`` from its wire Struct (the msgspec path)."""
    obj = _new(FileInfo)
    v = s.file_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.file_id = v
    v = s.md5
    if v is None:
        v = UNSET
    obj.md5 = v
    obj.additional_properties = {}
    return obj


def _t_channel_package_info(s: Any) -> ChannelPackageInfo:
    """``ChannelPackageInfo`` from its wire Struct (the msgspec path)."""
    obj = _new(ChannelPackageInfo)
    v = s.android_app_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.android_app_id = v
    v = s.package_name
    if v is None:
        v = UNSET
    obj.package_name = v
    v = s.status
    if v.__class__ is str:
        v = _CHANNEL_TASK_STATUS.get(v, v)
    elif v is None:
        v = UNSET
    obj.status = v
    v = s.error_code
    if v.__class__ is str:
        v = _CHANNEL_TASK_ERROR.get(v, v)
    elif v is None:
        v = UNSET
    obj.error_code = v
    v = s.created_time
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.created_time = v
    v = s.last_modified_time
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.last_modified_time = v
    v = s.channel_package_id
    if v is None:
        v = UNSET
    obj.channel_package_id = v
    obj.additional_properties = {}
    return obj


def _t_union_channel_package_info(s: Any) -> UnionChannelPackageInfo:
    """``UnionChannelPackageInfo`` from its wire Struct (the msgspec path)."""
    obj = _new(UnionChannelPackageInfo)
    v = s.android_union_app_id
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.android_union_app_id = v
    v = s.package_name
    if v is None:
        v = UNSET
    obj.package_name = v
    v = s.status
    if v.__class__ is str:
        v = _UNION_CHANNEL_TASK_STATUS.get(v, v)
    elif v is None:
        v = UNSET
    obj.status = v
    v = s.created_time
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.created_time = v
    v = s.last_modified_time
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.last_modified_time = v
    obj.additional_properties = {}
    return obj


def _t_review_element_prereview_result(s: Any) -> ReviewElementPrereviewResult:
    """``ReviewElementPrereviewResult`` from its wire Struct (the msgspec path)."""
    obj = _new(ReviewElementPrereviewResult)
    v = s.element_type
    if v.__class__ is str:
        v = _PRE_REVIEW_ELEMENT_TYPE.get(v, v)
    elif v is None:
        v = UNSET
    obj.element_type = v
    v = s.element_content
    if v is None:
        v = UNSET
    obj.element_content = v
    v = s.risk_level
    if v.__class__ is str:
        v = _RISK_LEVEL.get(v, v)
    elif v is None:
        v = UNSET
    obj.risk_level = v
    v = s.pre_review_details
    if v.__class__ is list:
        v = list(map(_t_pre_review_detail, v))
    elif v is None:
        v = UNSET
    obj.pre_review_details = v
    obj.additional_properties = {}
    return obj


def _t_pre_review_detail(s: Any) -> PreReviewDetail:
    """``PreReviewDetail`` from its wire Struct (the msgspec path)."""
    obj = _new(PreReviewDetail)
    v = s.site_set
    if v.__class__ is str:
        v = _PRE_REVIEW_SITE_SET.get(v, v)
    elif v is None:
        v = UNSET
    obj.site_set = v
    v = s.pre_review_result
    if v.__class__ is str:
        v = _GROUP_RISK_LEVEL.get(v, v)
    elif v is None:
        v = UNSET
    obj.pre_review_result = v
    v = s.reject_reason_detail
    if v.__class__ is list:
        v = list(map(_t_reject_reason_detail, v))
    elif v is None:
        v = UNSET
    obj.reject_reason_detail = v
    obj.additional_properties = {}
    return obj


def _t_reject_reason_detail(s: Any) -> RejectReasonDetail:
    """``RejectReasonDetail`` from its wire Struct (the msgspec path)."""
    obj = _new(RejectReasonDetail)
    v = s.reject_reason_id
    if v is None:
        v = UNSET
    obj.reject_reason_id = v
    v = s.reject_reason_content
    if v is None:
        v = UNSET
    obj.reject_reason_content = v
    v = s.case_doc
    if v is None:
        v = UNSET
    obj.case_doc = v
    v = s.case_content
    if v is None:
        v = UNSET
    obj.case_content = v
    v = s.reject_info_locations
    if v.__class__ is list:
        v = list(map(_t_reject_info_location, v))
    elif v is None:
        v = UNSET
    obj.reject_info_locations = v
    obj.additional_properties = {}
    return obj


def _t_reject_info_location(s: Any) -> RejectInfoLocation:
    """``RejectInfoLocation`` from its wire Struct (the msgspec path)."""
    obj = _new(RejectInfoLocation)
    v = s.x
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.x = v
    v = s.y
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.y = v
    v = s.width
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.width = v
    v = s.height
    if v.__class__ is not int:
        if v.__class__ is str:
            v = to_int(v)
        elif v is None:
            v = UNSET
    obj.height = v
    v = s.time_second
    if v.__class__ is str:
        v = to_float(v)
    elif v is None:
        v = UNSET
    obj.time_second = v
    v = s.location_img_url
    if v is None:
        v = UNSET
    obj.location_img_url = v
    v = s.img_url
    if v is None:
        v = UNSET
    obj.img_url = v
    v = s.related_img_url
    if v is None:
        v = UNSET
    obj.related_img_url = v
    obj.additional_properties = {}
    return obj


_TYPED: dict[str, tuple[Any, Callable[[Any], Any]]] | None = None


def typed_decoders() -> dict[str, tuple[Any, Callable[[Any], Any]]]:
    """operationId → (a msgspec decoder of its whole answer, the converter of its ``data``).

    msgspec required; made on first use."""
    global _TYPED
    if _TYPED is None:
        import msgspec

        S: dict[str, Any] = {}

        def maybe(wire: Any) -> Any:  # the Struct, or null
            return wire | None

        def many(wire: Any) -> Any:  # an array of the Struct, or null
            return list.__class_getitem__(wire) | None

        def struct(name: str, fields: list[tuple[str, Any, Any]], rename: dict[str, str]) -> Any:
            # gc=False: a Struct made from JSON holds no cycle, and the collector need not track it
            renamed = rename or None
            return msgspec.defstruct(name, fields, forbid_unknown_fields=True, rename=renamed, gc=False)

        S["FileInfo"] = struct(
            "FileInfoWire",
            [("file_id", Any, UNSET), ("md5", Any, UNSET)],
            {},
        )
        S["ChannelPackageInfo"] = struct(
            "ChannelPackageInfoWire",
            [
                ("android_app_id", Any, UNSET),
                ("package_name", Any, UNSET),
                ("status", Any, UNSET),
                ("error_code", Any, UNSET),
                ("created_time", Any, UNSET),
                ("last_modified_time", Any, UNSET),
                ("channel_package_id", Any, UNSET),
            ],
            {},
        )
        S["UnionChannelPackageInfo"] = struct(
            "UnionChannelPackageInfoWire",
            [
                ("android_union_app_id", Any, UNSET),
                ("package_name", Any, UNSET),
                ("status", Any, UNSET),
                ("created_time", Any, UNSET),
                ("last_modified_time", Any, UNSET),
            ],
            {},
        )
        S["RejectInfoLocation"] = struct(
            "RejectInfoLocationWire",
            [
                ("x", Any, UNSET),
                ("y", Any, UNSET),
                ("width", Any, UNSET),
                ("height", Any, UNSET),
                ("time_second", Any, UNSET),
                ("location_img_url", Any, UNSET),
                ("img_url", Any, UNSET),
                ("related_img_url", Any, UNSET),
            ],
            {},
        )
        S["RejectReasonDetail"] = struct(
            "RejectReasonDetailWire",
            [
                ("reject_reason_id", Any, UNSET),
                ("reject_reason_content", Any, UNSET),
                ("case_doc", Any, UNSET),
                ("case_content", Any, UNSET),
                ("reject_info_locations", many(S["RejectInfoLocation"]), UNSET),
            ],
            {},
        )
        S["PreReviewDetail"] = struct(
            "PreReviewDetailWire",
            [
                ("site_set", Any, UNSET),
                ("pre_review_result", Any, UNSET),
                ("reject_reason_detail", many(S["RejectReasonDetail"]), UNSET),
            ],
            {},
        )
        S["ReviewElementPrereviewResult"] = struct(
            "ReviewElementPrereviewResultWire",
            [
                ("element_type", Any, UNSET),
                ("element_content", Any, UNSET),
                ("risk_level", Any, UNSET),
                ("pre_review_details", many(S["PreReviewDetail"]), UNSET),
            ],
            {},
        )
        S["AsyncTaskResultData"] = struct(
            "AsyncTaskResultDataWire",
            [
                ("file_info_list", many(S["FileInfo"]), UNSET),
                ("channel_package_info_list", many(S["ChannelPackageInfo"]), UNSET),
                ("union_channel_package_info_list", many(S["UnionChannelPackageInfo"]), UNSET),
                ("review_element_prereview_result_list", many(S["ReviewElementPrereviewResult"]), UNSET),
            ],
            {},
        )
        S["AsyncTaskResult"] = struct(
            "AsyncTaskResultWire",
            [("code", Any, UNSET), ("message", Any, UNSET), ("data", maybe(S["AsyncTaskResultData"]), UNSET)],
            {},
        )
        S["AsyncTask"] = struct(
            "AsyncTaskWire",
            [
                ("task_id", Any, UNSET),
                ("task_name", Any, UNSET),
                ("task_type", Any, UNSET),
                ("status", Any, UNSET),
                ("created_time", Any, UNSET),
                ("result", maybe(S["AsyncTaskResult"]), UNSET),
            ],
            {},
        )
        S["PageInfo"] = struct(
            "PageInfoWire",
            [("page", Any, UNSET), ("page_size", Any, UNSET), ("total_number", Any, UNSET), ("total_page", Any, UNSET)],
            {},
        )
        S["AsyncTasksGetData"] = struct(
            "AsyncTasksGetDataWire",
            [("list_", many(S["AsyncTask"]), UNSET), ("page_info", maybe(S["PageInfo"]), UNSET)],
            {"list_": "list"},
        )
        S["AsyncTasksAddData"] = struct(
            "AsyncTasksAddDataWire",
            [("task_id", Any, UNSET)],
            {},
        )
        S["OauthAuthorizerInfo"] = struct(
            "OauthAuthorizerInfoWire",
            [
                ("account_uin", Any, UNSET),
                ("account_id", Any, UNSET),
                ("scope_list", Any, UNSET),
                ("wechat_account_id", Any, UNSET),
                ("account_role_type", Any, UNSET),
                ("account_type", Any, UNSET),
                ("role_type", Any, UNSET),
            ],
            {},
        )
        S["OauthTokenData"] = struct(
            "OauthTokenDataWire",
            [
                ("access_token", Any, UNSET),
                ("refresh_token", Any, UNSET),
                ("access_token_expires_in", Any, UNSET),
                ("refresh_token_expires_in", Any, UNSET),
                ("authorizer_info", maybe(S["OauthAuthorizerInfo"]), UNSET),
            ],
            {},
        )
        S["MaterialInfo"] = struct(
            "MaterialInfoWire",
            [("material_id", Any, UNSET), ("type_", Any, UNSET)],
            {"type_": "type"},
        )
        S["DeriveComponent"] = struct(
            "DeriveComponentWire",
            [
                ("derive_component_id", Any, UNSET),
                ("origin_component_id", Any, UNSET),
                ("template_id", Any, UNSET),
                ("derive_material", maybe(S["MaterialInfo"]), UNSET),
                ("origin_material", many(S["MaterialInfo"]), UNSET),
            ],
            {},
        )
        S["ProgrammedCommponentResultGetData"] = struct(
            "ProgrammedCommponentResultGetDataWire",
            [
                ("material_derive_id", Any, UNSET),
                ("derive_data_version", Any, UNSET),
                ("dynamic_creative_id", Any, UNSET),
                ("adgroup_id", Any, UNSET),
                ("list_", many(S["DeriveComponent"]), UNSET),
            ],
            {"list_": "list"},
        )
        S["ReportRow"] = struct(
            "ReportRowWire",
            [
                ("date", Any, UNSET),
                ("hour", Any, UNSET),
                ("account_id", Any, UNSET),
                ("adgroup_id", Any, UNSET),
                ("adgroup_name", Any, UNSET),
                ("dynamic_creative_id", Any, UNSET),
                ("dynamic_creative_name", Any, UNSET),
                ("component_id", Any, UNSET),
                ("component_type", Any, UNSET),
                ("site_set", Any, UNSET),
                ("channel_id", Any, UNSET),
                ("image_id", Any, UNSET),
                ("video_id", Any, UNSET),
                ("bidword_id", Any, UNSET),
                ("bidword", Any, UNSET),
                ("queryword", Any, UNSET),
                ("marketing_asset_id", Any, UNSET),
                ("marketing_asset_name", Any, UNSET),
                ("project_id", Any, UNSET),
                ("project_name", Any, UNSET),
                ("view_count", Any, UNSET),
                ("view_user_count", Any, UNSET),
                ("avg_view_per_user", Any, UNSET),
                ("valid_click_count", Any, UNSET),
                ("click_user_count", Any, UNSET),
                ("ctr", Any, UNSET),
                ("cpc", Any, UNSET),
                ("cost", Any, UNSET),
                ("acquisition_cost", Any, UNSET),
                ("thousand_display_price", Any, UNSET),
                ("valuable_click_count", Any, UNSET),
                ("valuable_click_rate", Any, UNSET),
                ("valuable_click_cost", Any, UNSET),
                ("conversions_count", Any, UNSET),
                ("conversions_rate", Any, UNSET),
                ("conversions_cost", Any, UNSET),
                ("deep_conversions_count", Any, UNSET),
                ("deep_conversions_rate", Any, UNSET),
                ("deep_conversions_cost", Any, UNSET),
                ("download_count", Any, UNSET),
                ("download_rate", Any, UNSET),
                ("download_cost", Any, UNSET),
                ("install_count", Any, UNSET),
                ("install_rate", Any, UNSET),
                ("install_cost", Any, UNSET),
                ("activated_count", Any, UNSET),
                ("activated_rate", Any, UNSET),
                ("activated_cost", Any, UNSET),
                ("click_activated_rate", Any, UNSET),
                ("video_outer_play_count", Any, UNSET),
                ("video_outer_play_rate", Any, UNSET),
                ("video_outer_play_cost", Any, UNSET),
                ("video_outer_play_time_count", Any, UNSET),
                ("video_outer_play_time_avg_rate", Any, UNSET),
                ("video_outer_play3s_count", Any, UNSET),
                ("video_outer_play5s_count", Any, UNSET),
                ("video_outer_play100_count", Any, UNSET),
                ("read_count", Any, UNSET),
                ("comment_count", Any, UNSET),
                ("praise_count", Any, UNSET),
                ("forward_count", Any, UNSET),
                ("no_interest_count", Any, UNSET),
                ("platform_page_view_count", Any, UNSET),
                ("platform_page_view_rate", Any, UNSET),
                ("effective_leads_count", Any, UNSET),
                ("first_pay_count", Any, UNSET),
                ("first_pay_rate", Any, UNSET),
                ("first_pay_cost", Any, UNSET),
                ("first_day_order_count", Any, UNSET),
                ("first_day_order_amount", Any, UNSET),
                ("order_amount", Any, UNSET),
                ("order_unit_price", Any, UNSET),
                ("order_roi", Any, UNSET),
            ],
            {},
        )
        S["ReportsGetData"] = struct(
            "ReportsGetDataWire",
            [("list_", many(S["ReportRow"]), UNSET), ("page_info", maybe(S["PageInfo"]), UNSET)],
            {"list_": "list"},
        )
        S["AsyncReportsAddData"] = struct(
            "AsyncReportsAddDataWire",
            [("task_id", Any, UNSET)],
            {},
        )
        S["AsyncReportTask"] = struct(
            "AsyncReportTaskWire",
            [
                ("task_id", Any, UNSET),
                ("task_name", Any, UNSET),
                ("status", Any, UNSET),
                ("created_time", Any, UNSET),
                ("result", maybe(S["AsyncTaskResult"]), UNSET),
            ],
            {},
        )
        S["AsyncReportsGetData"] = struct(
            "AsyncReportsGetDataWire",
            [("list_", many(S["AsyncReportTask"]), UNSET), ("page_info", maybe(S["PageInfo"]), UNSET)],
            {"list_": "list"},
        )
        _TYPED = {
            "async_tasks_get": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "AsyncTasksGetDataEnvelope",
                        [("code", Any, UNSET), ("trace_id", Any, None), ("data", S["AsyncTasksGetData"] | None, None)],
                        gc=False,
                    )
                ),
                _t_async_tasks_get_data,
            ),
            "async_tasks_add": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "AsyncTasksAddDataEnvelope",
                        [("code", Any, UNSET), ("trace_id", Any, None), ("data", S["AsyncTasksAddData"] | None, None)],
                        gc=False,
                    )
                ),
                _t_async_tasks_add_data,
            ),
            "oauth_token": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "OauthTokenDataEnvelope",
                        [("code", Any, UNSET), ("trace_id", Any, None), ("data", S["OauthTokenData"] | None, None)],
                        gc=False,
                    )
                ),
                _t_oauth_token_data,
            ),
            "programmed_commponent_result_get": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "ProgrammedCommponentResultGetDataEnvelope",
                        [
                            ("code", Any, UNSET),
                            ("trace_id", Any, None),
                            ("data", S["ProgrammedCommponentResultGetData"] | None, None),
                        ],
                        gc=False,
                    )
                ),
                _t_programmed_commponent_result_get_data,
            ),
            "daily_reports_get": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "ReportsGetDataEnvelope",
                        [("code", Any, UNSET), ("trace_id", Any, None), ("data", S["ReportsGetData"] | None, None)],
                        gc=False,
                    )
                ),
                _t_reports_get_data,
            ),
            "hourly_reports_get": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "ReportsGetDataEnvelope",
                        [("code", Any, UNSET), ("trace_id", Any, None), ("data", S["ReportsGetData"] | None, None)],
                        gc=False,
                    )
                ),
                _t_reports_get_data,
            ),
            "async_reports_add": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "AsyncReportsAddDataEnvelope",
                        [
                            ("code", Any, UNSET),
                            ("trace_id", Any, None),
                            ("data", S["AsyncReportsAddData"] | None, None),
                        ],
                        gc=False,
                    )
                ),
                _t_async_reports_add_data,
            ),
            "async_reports_get": (
                msgspec.json.Decoder(
                    msgspec.defstruct(
                        "AsyncReportsGetDataEnvelope",
                        [
                            ("code", Any, UNSET),
                            ("trace_id", Any, None),
                            ("data", S["AsyncReportsGetData"] | None, None),
                        ],
                        gc=False,
                    )
                ),
                _t_async_reports_get_data,
            ),
        }
    return _TYPED
