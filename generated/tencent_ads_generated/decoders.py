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
        }
    return _TYPED
