# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""The spec as the client enforces it: operations, parameter bounds, bodies, filter rules, terminal statuses.

Derived from spec/tencent-ads-v3.yaml by scripts/regenerate; the types are in ``tencent_ads._descriptors``.
"""

from __future__ import annotations

from typing import Final, Literal

from tencent_ads._descriptors import FieldRule, FilterRules, Operation, Param, Schema, TaskFamily

# fmt: off
FILTERS: Final[dict[str, FilterRules]] = {
    'AsyncTasksFiltering': FilterRules(
        max_filters=10,
        min_values=1,
        max_values=100,
        multi_value_operators=frozenset(['IN']),
        min_value_bytes=1,
        max_value_bytes=120,
        forbidden_characters='<>&\'"/\\\t\n\r',
        fields={
            'task_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'task_name': FieldRule(('EQUALS', 'CONTAINS')),
            'task_type': FieldRule(('EQUALS', 'IN')),
            'created_time': FieldRule(('EQUALS', 'LESS_EQUALS', 'LESS', 'GREATER_EQUALS', 'GREATER'), decimal=True),
            'result_status': FieldRule(('EQUALS', 'IN'), allowed_values=frozenset(['TASK_RESULT_STATUS_DELETED', 'TASK_RESULT_STATUS_FAIL', 'TASK_RESULT_STATUS_PARTIAL_FAIL', 'TASK_RESULT_STATUS_PENDING', 'TASK_RESULT_STATUS_PROCESSING', 'TASK_RESULT_STATUS_SUCCESS', 'TASK_RESULT_STATUS_SYSTEM_ERROR', 'TASK_RESULT_STATUS_UNKNOWN'])),
            'status': FieldRule(('EQUALS', 'IN'), allowed_values=frozenset(['TASK_STATUS_CANCELLED', 'TASK_STATUS_COMPLETED', 'TASK_STATUS_DELETED', 'TASK_STATUS_DRAFT', 'TASK_STATUS_EXPIRED', 'TASK_STATUS_FAIL', 'TASK_STATUS_PENDING', 'TASK_STATUS_PROCESSING'])),
        },
    ),
}

AsyncTasksFilteringField = Literal['task_id', 'task_name', 'task_type', 'created_time', 'result_status', 'status']
AsyncTasksFilteringOperator = Literal['CONTAINS', 'EQUALS', 'GREATER', 'GREATER_EQUALS', 'IN', 'LESS', 'LESS_EQUALS']

TERMINAL_TASK_STATUSES: Final = frozenset(['TASK_STATUS_CANCELLED', 'TASK_STATUS_COMPLETED', 'TASK_STATUS_DELETED', 'TASK_STATUS_EXPIRED', 'TASK_STATUS_FAIL'])

#: Asynchronous job families (``x-task``), by tag: what creates, polls and serves the files of a job.
TASKS: Final[dict[str, TaskFamily]] = {
    'async_tasks': TaskFamily(tag='async_tasks', poll='async_tasks_get', create='async_tasks_add', files='async_task_files_get', filtering='AsyncTasksFiltering', terminal=frozenset(['TASK_STATUS_CANCELLED', 'TASK_STATUS_COMPLETED', 'TASK_STATUS_DELETED', 'TASK_STATUS_EXPIRED', 'TASK_STATUS_FAIL'])),
}

#: The members of each report row schema as the spec types them: integer, number or string (a file's
#: columns are typed by these; a metric not listed stays text).
ROW_FIELDS: Final[dict[str, dict[str, str]]] = {
}

OPERATIONS: Final[dict[str, Operation]] = {
    'async_tasks_get': Operation(
        operation_id='async_tasks_get',
        method='GET',
        path='/async_tasks/get',
        tag='async_tasks',
        name='get',
        summary='获取异步任务 — list asynchronous tasks',
        params=(
            Param('account_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account id; agency ids are not accepted).'),
            Param('filtering', 'filtering', rules='AsyncTasksFiltering', description='过滤条件 — filter conditions; absent or empty means no condition. Sent as compact JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["1024"]}]`. The per-field operator and value-count rules are in `AsyncTasksFilter`.'),
            Param('page', 'integer', minimum=1, maximum=99999, description='搜索页码 — page number.'),
            Param('page_size', 'integer', minimum=1, maximum=100, description='一页显示的数据条数 — items per page.'),
            Param('fields', 'names', rules='<>&\'"/\\\t\n\r', description='返回字段 — the response fields to return. Not on the seed page: later copies of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g. `["task_id","status"]`; absent means every field.'),
        ),
        data_model='tencent_ads_api.models.async_tasks_get_data:AsyncTasksGetData',
        example={'list': [{'task_id': 1024, 'task_name': 'test task name', 'task_type': 'TASK_TYPE_AGENCY_AD_HOURLY_REPORT', 'status': 'TASK_STATUS_COMPLETED', 'created_time': 1403243242, 'result': {'code': 0, 'message': '', 'data': {'file_info_list': [{'file_id': 5, 'md5': '79054025255fb1a26e4bc422aef54eb4'}]}}}], 'page_info': {'page': 1, 'page_size': 10, 'total_number': 1, 'total_page': 1}},
        server=None,
        item_key='task_id',
    ),
    'async_tasks_add': Operation(
        operation_id='async_tasks_add',
        method='POST',
        path='/async_tasks/add',
        tag='async_tasks',
        name='add',
        summary='创建异步任务 — create an asynchronous task',
        params=(
        ),
        data_model='tencent_ads_api.models.async_tasks_add_data:AsyncTasksAddData',
        example={'task_id': 1024},
        server=None,
        body=Schema('object', name='AsyncTasksAddRequest', description='The body of async_tasks/add.', properties={'account_id': Schema('integer', name='AccountId', description='广告主帐号 id,不支持代理商 id — the advertiser account the task is created in.', minimum=1, maximum=9223372036854775807), 'task_name': Schema('string', name='AsyncTasksAddRequestTaskName', description='任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts 3).', min_length=1, max_length=120, min_bytes=1, max_bytes=120), 'task_type': Schema('string', name='AsyncTasksAddRequestTaskType', description="任务类型 — an open string: the page's enum names TASK_TYPE_CREATE_ANDROID_CHANNEL_PACKAGE and TASK_TYPE_UPDATE_ANDROID_CHANNEL_PACKAGE; its curl sends TASK_TYPE_AGENCY_AD_HOURLY_REPORT (see `TaskType`).", min_length=1), 'task_spec': Schema('object', name='AsyncTaskSpec', description="任务所需条件 — what the task needs, one `task_type_<type>_spec` member for its type. The two documented members are checked; any other member (the page's task_type_delete_creative_asset_spec, the curl's task_type_agency_ad_hourly_report_spec) is sent as given, an object.", properties={'task_type_create_android_channel_package_spec': Schema('object', name='CreateAndroidChannelPackageSpec', description='创建安卓渠道包任务条件 — create Android channel packages.', properties={'myapp_auth_key': Schema('string', name='CreateAndroidChannelPackageSpecMyappAuthKey', description='应用宝授权 key — the app store (应用宝) authorization key.', min_length=1), 'android_app_id': Schema('integer', name='CreateAndroidChannelPackageSpecAndroidAppId', description="安卓应用 id — the Android app's id.", minimum=1, maximum=9223372036854775807), 'android_channel_package_spec': Schema('array', name='CreateAndroidChannelPackageSpecAndroidChannelPackageSpec', description='渠道包列表 — 1–100 channel packages.', items=Schema('object', name='CreateChannelPackageItem', properties={'package_name': Schema('string', name='CreateChannelPackageItemPackageName', description='渠道包名称 — 1–1024 bytes.', min_length=1, max_length=1024, min_bytes=1, max_bytes=1024), 'download_url': Schema('string', name='CreateChannelPackageItemDownloadUrl', description='渠道包下载地址 — 1–10240 bytes.', min_length=1, max_length=10240, min_bytes=1, max_bytes=10240)}, required=frozenset(['download_url', 'package_name']), additional=False), min_items=1, max_items=100)}, required=frozenset(['android_app_id', 'android_channel_package_spec', 'myapp_auth_key']), additional=False), 'task_type_update_android_channel_package_spec': Schema('object', name='UpdateAndroidChannelPackageSpec', description='更新安卓渠道包任务条件 — update Android channel packages.', properties={'myapp_auth_key': Schema('string', name='UpdateAndroidChannelPackageSpecMyappAuthKey', description='应用宝授权 key — the app store (应用宝) authorization key.', min_length=1), 'android_app_id': Schema('integer', name='UpdateAndroidChannelPackageSpecAndroidAppId', description="安卓应用 id — the Android app's id.", minimum=1, maximum=9223372036854775807), 'android_channel_package_spec': Schema('array', name='UpdateAndroidChannelPackageSpecAndroidChannelPackageSpec', description='渠道包列表 — 1–100 channel packages.', items=Schema('object', name='UpdateChannelPackageItem', properties={'channel_package_id': Schema('string', name='UpdateChannelPackageItemChannelPackageId', description='渠道包 id — 1–64 bytes.', min_length=1, max_length=64, min_bytes=1, max_bytes=64), 'download_url': Schema('string', name='UpdateChannelPackageItemDownloadUrl', description='渠道包下载地址 — 1–10240 bytes.', min_length=1, max_length=10240, min_bytes=1, max_bytes=10240)}, required=frozenset(['channel_package_id', 'download_url']), additional=False), min_items=1, max_items=100)}, required=frozenset(['android_app_id', 'android_channel_package_spec', 'myapp_auth_key']), additional=False)}, additional=Schema('object'))}, required=frozenset(['account_id', 'task_name', 'task_type']), additional=False),
        body_required=True,
        body_example={'account_id': 25610, 'task_name': 'test task name', 'task_type': 'TASK_TYPE_AGENCY_AD_HOURLY_REPORT', 'task_spec': {'task_type_agency_ad_hourly_report_spec': {'date': '2018-08-28'}}},
        idempotent=False,
    ),
    'async_task_files_get': Operation(
        operation_id='async_task_files_get',
        method='GET',
        path='/async_task_files/get',
        tag='async_task_files',
        name='get',
        summary='获取异步任务文件 — one result file of a finished asynchronous task',
        params=(
            Param('account_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='广告主帐号 id — the advertiser account the task belongs to.'),
            Param('task_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='任务 id — the task whose file to fetch.'),
            Param('file_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description="文件 id — `file_id` from the task's `result.data.file_info_list`."),
        ),
        data_model='',
        example=None,
        server='https://dl.e.qq.com/v3.0',
        binary=True,
    ),
    'oauth_token': Operation(
        operation_id='oauth_token',
        method='GET',
        path='/oauth/token',
        tag='oauth',
        name='token',
        summary='获取或刷新 Access Token — exchange an authorization code, or refresh the token pair',
        params=(
            Param('client_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description="应用 id — the app's client id."),
            Param('client_secret', 'string', required=True, min_length=1, secret=True, description="应用 secret — the app's client secret."),
            Param('grant_type', 'string', required=True, enum=('authorization_code', 'refresh_token'), description='请求的类型 — authorization_code (exchange a code) or refresh_token (refresh the pair).'),
            Param('authorization_code', 'string', min_length=1, secret=True, description='OAuth 认证 code — required with grant_type=authorization_code.'),
            Param('refresh_token', 'string', min_length=1, secret=True, description='刷新 token — required with grant_type=refresh_token.'),
            Param('redirect_uri', 'string', min_length=1, description='回调地址 — required with grant_type=authorization_code; the one the code was issued for.'),
        ),
        data_model='tencent_ads_api.models.oauth_token_data:OauthTokenData',
        example={'access_token': 'EXAMPLE-ACCESS-TOKEN-0001', 'refresh_token': 'EXAMPLE-REFRESH-TOKEN-0001', 'access_token_expires_in': 86400, 'refresh_token_expires_in': 2592000, 'authorizer_info': {'account_uin': 100001, 'account_id': 25610, 'scope_list': ['ads_management'], 'wechat_account_id': '', 'account_role_type': 'ACCOUNT_ROLE_TYPE_ADVERTISER', 'account_type': 'ACCOUNT_TYPE_ADVERTISER', 'role_type': 'ROLE_TYPE_ADMIN'}},
        server='https://api.e.qq.com',
        signed=False,
        secret_answer=True,
        cli='handwritten',
        idempotent=False,
    ),
    'programmed_commponent_result_get': Operation(
        operation_id='programmed_commponent_result_get',
        method='GET',
        path='/programmed_commponent_result/get',
        tag='programmed_commponent_result',
        name='get',
        summary='组件化创意衍生成品查询接口 — derived creative components of a derive task',
        params=(
            Param('account_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='推广帐号 id,有操作权限的帐号 id,包括代理商和广告主帐号 id (agency and advertiser ids are both accepted).'),
            Param('material_derive_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='衍生全局 id — global derive id.'),
            Param('fields', 'names', rules='<>&\'"/\\\t\n\r', description='返回字段 — the response fields to return. Not on the seed page: later copies of the v3.0 docs add it to every GET endpoint (see `Fields`). Sent as compact JSON, e.g. `["task_id","status"]`; absent means every field.'),
        ),
        data_model='tencent_ads_api.models.programmed_commponent_result_get_data:ProgrammedCommponentResultGetData',
        example={'material_derive_id': 116922, 'derive_data_version': 'DERIVE_DATA_VERSION_V3', 'dynamic_creative_id': 41068223, 'adgroup_id': '<ADGROUP_ID>', 'list': [{'derive_component_id': 1143930, 'origin_component_id': 1139529, 'template_id': 11425687, 'derive_material': {'material_id': '3173292726', 'type': 'IMAGE'}, 'origin_material': [{'material_id': '3173291271', 'type': 'IMAGE'}]}, {'derive_component_id': 1143931, 'origin_component_id': 1118902, 'template_id': 11426489, 'derive_material': {'material_id': '3173292727', 'type': 'IMAGE'}, 'origin_material': [{'material_id': '3173292096', 'type': 'IMAGE'}]}, {'derive_component_id': 1143932, 'origin_component_id': 1118902, 'template_id': 11426489, 'derive_material': {'material_id': '3173292728', 'type': 'IMAGE'}, 'origin_material': [{'material_id': '3173292096', 'type': 'IMAGE'}]}, {'derive_component_id': 1143933, 'origin_component_id': 1118755, 'template_id': 11425553, 'derive_material': {'material_id': '3173292729', 'type': 'VIDEO'}, 'origin_material': [{'material_id': '3173292070', 'type': 'VIDEO'}]}]},
        server=None,
    ),
}
# fmt: on
