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
    'AsyncReportsGetFiltering': FilterRules(
        max_filters=5,
        min_values=1,
        max_values=100,
        multi_value_operators=frozenset(['IN']),
        min_value_bytes=1,
        max_value_bytes=64,
        forbidden_characters='<>&\'"/\\\t\n\r',
        fields={
            'task_id': FieldRule(('EQUALS', 'CONTAINS', 'LESS_EQUALS', 'LESS', 'GREATER_EQUALS', 'GREATER', 'IN', 'NOT_EQUALS'), decimal=True),
            'task_name': FieldRule(('EQUALS', 'CONTAINS', 'LESS_EQUALS', 'LESS', 'GREATER_EQUALS', 'GREATER', 'IN', 'NOT_EQUALS')),
        },
    ),
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
    'DailyReportsFiltering': FilterRules(
        max_filters=40,
        min_values=1,
        max_values=100,
        multi_value_operators=frozenset(['IN']),
        min_value_bytes=1,
        max_value_bytes=64,
        forbidden_characters='<>&\'"/\\\t\n\r',
        fields={
            'adgroup_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'dynamic_creative_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'component_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'component_type': FieldRule(('EQUALS', 'IN')),
            'bidword_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'channel_id': FieldRule(('EQUALS', 'IN')),
            'image_id': FieldRule(('EQUALS', 'IN')),
            'video_id': FieldRule(('EQUALS', 'IN')),
            'marketing_target_type': FieldRule(('EQUALS', 'IN')),
            'marketing_asset_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'smart_delivery_platform': FieldRule(('EQUALS', 'NOT_EQUALS')),
            'md5': FieldRule(('EQUALS', 'IN')),
            'product_catalog_id': FieldRule(('EQUALS', 'IN')),
            'product_series_id': FieldRule(('EQUALS', 'IN')),
            'product_outer_id': FieldRule(('EQUALS', 'IN')),
            'creative_template_group_id': FieldRule(('EQUALS', 'IN')),
        },
    ),
    'HourlyReportsFiltering': FilterRules(
        max_filters=40,
        min_values=1,
        max_values=100,
        multi_value_operators=frozenset(['IN']),
        min_value_bytes=1,
        max_value_bytes=64,
        forbidden_characters='<>&\'"/\\\t\n\r',
        fields={
            'adgroup_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'dynamic_creative_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'component_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'bidword_id': FieldRule(('EQUALS', 'IN'), decimal=True),
            'channel_id': FieldRule(('EQUALS', 'IN')),
            'component_type': FieldRule(('EQUALS', 'IN')),
            'image_id': FieldRule(('EQUALS', 'IN')),
            'video_id': FieldRule(('EQUALS', 'IN')),
        },
    ),
}

AsyncReportsGetFilteringField = Literal['task_id', 'task_name']
AsyncReportsGetFilteringOperator = Literal['CONTAINS', 'EQUALS', 'GREATER', 'GREATER_EQUALS', 'IN', 'LESS', 'LESS_EQUALS', 'NOT_EQUALS']

AsyncTasksFilteringField = Literal['task_id', 'task_name', 'task_type', 'created_time', 'result_status', 'status']
AsyncTasksFilteringOperator = Literal['CONTAINS', 'EQUALS', 'GREATER', 'GREATER_EQUALS', 'IN', 'LESS', 'LESS_EQUALS']

DailyReportsFilteringField = Literal['adgroup_id', 'dynamic_creative_id', 'component_id', 'component_type', 'bidword_id', 'channel_id', 'image_id', 'video_id', 'marketing_target_type', 'marketing_asset_id', 'smart_delivery_platform', 'md5', 'product_catalog_id', 'product_series_id', 'product_outer_id', 'creative_template_group_id']
DailyReportsFilteringOperator = Literal['EQUALS', 'IN', 'NOT_EQUALS']

HourlyReportsFilteringField = Literal['adgroup_id', 'dynamic_creative_id', 'component_id', 'bidword_id', 'channel_id', 'component_type', 'image_id', 'video_id']
HourlyReportsFilteringOperator = Literal['EQUALS', 'IN']

TERMINAL_TASK_STATUSES: Final = frozenset(['TASK_STATUS_CANCELLED', 'TASK_STATUS_COMPLETED', 'TASK_STATUS_DELETED', 'TASK_STATUS_EXPIRED', 'TASK_STATUS_FAIL'])

#: Asynchronous job families (``x-task``), by tag: what creates, polls and serves the files of a job.
TASKS: Final[dict[str, TaskFamily]] = {
    'async_tasks': TaskFamily(tag='async_tasks', poll='async_tasks_get', create='async_tasks_add', files='async_task_files_get', filtering='AsyncTasksFiltering', terminal=frozenset(['TASK_STATUS_CANCELLED', 'TASK_STATUS_COMPLETED', 'TASK_STATUS_DELETED', 'TASK_STATUS_EXPIRED', 'TASK_STATUS_FAIL'])),
    'async_reports': TaskFamily(tag='async_reports', poll='async_reports_get', create='async_reports_add', files='async_report_files_get', filtering='AsyncReportsGetFiltering', terminal=frozenset(['TASK_STATUS_CANCELLED', 'TASK_STATUS_COMPLETED', 'TASK_STATUS_DELETED', 'TASK_STATUS_EXPIRED', 'TASK_STATUS_FAIL'])),
}

#: The members of each report row schema as the spec types them: integer, number or string (a file's
#: columns are typed by these; a metric not listed stays text).
ROW_FIELDS: Final[dict[str, dict[str, str]]] = {
    'ReportRow': {'date': 'string', 'hour': 'integer', 'account_id': 'integer', 'adgroup_id': 'integer', 'adgroup_name': 'string', 'dynamic_creative_id': 'integer', 'dynamic_creative_name': 'string', 'component_id': 'integer', 'component_type': 'string', 'site_set': 'string', 'channel_id': 'string', 'image_id': 'string', 'video_id': 'string', 'bidword_id': 'integer', 'bidword': 'string', 'queryword': 'string', 'marketing_asset_id': 'integer', 'marketing_asset_name': 'string', 'project_id': 'integer', 'project_name': 'string', 'view_count': 'integer', 'view_user_count': 'integer', 'avg_view_per_user': 'number', 'valid_click_count': 'integer', 'click_user_count': 'integer', 'ctr': 'number', 'cpc': 'integer', 'cost': 'integer', 'acquisition_cost': 'integer', 'thousand_display_price': 'integer', 'valuable_click_count': 'integer', 'valuable_click_rate': 'number', 'valuable_click_cost': 'integer', 'conversions_count': 'integer', 'conversions_rate': 'number', 'conversions_cost': 'integer', 'deep_conversions_count': 'integer', 'deep_conversions_rate': 'number', 'deep_conversions_cost': 'integer', 'download_count': 'integer', 'download_rate': 'number', 'download_cost': 'integer', 'install_count': 'integer', 'install_rate': 'number', 'install_cost': 'integer', 'activated_count': 'integer', 'activated_rate': 'number', 'activated_cost': 'integer', 'click_activated_rate': 'number', 'video_outer_play_count': 'integer', 'video_outer_play_rate': 'number', 'video_outer_play_cost': 'integer', 'video_outer_play_time_count': 'number', 'video_outer_play_time_avg_rate': 'number', 'video_outer_play3s_count': 'integer', 'video_outer_play5s_count': 'integer', 'video_outer_play100_count': 'integer', 'read_count': 'integer', 'comment_count': 'integer', 'praise_count': 'integer', 'forward_count': 'integer', 'no_interest_count': 'integer', 'platform_page_view_count': 'integer', 'platform_page_view_rate': 'number', 'effective_leads_count': 'integer', 'first_pay_count': 'integer', 'first_pay_rate': 'number', 'first_pay_cost': 'integer', 'first_day_order_count': 'integer', 'first_day_order_amount': 'integer', 'order_amount': 'integer', 'order_unit_price': 'integer', 'order_roi': 'number'},
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
    'daily_reports_get': Operation(
        operation_id='daily_reports_get',
        method='GET',
        path='/daily_reports/get',
        tag='daily_reports',
        name='get',
        summary='获取日报表 — report rows by day',
        params=(
            Param('account_id', 'integer', minimum=1, maximum=9223372036854775807, description='广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (advertiser account; agency ids are not accepted). Optional on the page and in the Go SDK.'),
            Param('level', 'string', required=True, enum=('REPORT_LEVEL_ADVERTISER', 'REPORT_LEVEL_ADGROUP', 'REPORT_LEVEL_DYNAMIC_CREATIVE', 'REPORT_LEVEL_COMPONENT', 'REPORT_LEVEL_CHANNEL', 'REPORT_LEVEL_BIDWORD', 'REPORT_LEVEL_QUERYWORD', 'REPORT_LEVEL_MATERIAL_IMAGE', 'REPORT_LEVEL_MATERIAL_VIDEO', 'REPORT_LEVEL_MARKETING_ASSET', 'REPORT_LEVEL_PRODUCT_CATALOG', 'REPORT_LEVEL_PROJECT', 'REPORT_LEVEL_PROJECT_CREATIVE', 'REPORT_LEVEL_VIDEO_HIGHLIGHT', 'REPORT_LEVEL_PRODUCT_CREATIVE_TEMPLATE', 'REPORT_LEVEL_WECHAT_SHOP_PRODUCT', 'REPORT_LEVEL_PLAYLET', 'REPORT_LEVEL_ADVERTISER_TOTAL', 'REPORT_LEVEL_CREATIVE_ASSET'), description='获取报表类型级别 — the report level; for a business unit (organization_id) only the component level. See `ReportDailyLevel`.'),
            Param('date_range', 'json', required=True, description='日期范围 — the days, both included, `YYYY-MM-DD` (GMT+8): at most 365 days back, `start_date` <= `end_date`. Sent as compact JSON, e.g. `{"start_date":"2024-01-01","end_date":"2024-01-07"}`.', schema=Schema('object', name='ReportDateRange', description="日期范围 — the days of a report, both included. daily_reports/get: at most 365 days back, start_date <= end_date; hourly_reports/get: one day (start_date equal to end_date), at most 90 days back. These relations are the server's to check.", properties={'start_date': Schema('string', name='ReportDate', description='开始日期 — the first day.', min_length=10, max_length=10, min_bytes=10, max_bytes=10, pattern='^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'), 'end_date': Schema('string', name='ReportDate', description='结束日期 — the last day (included).', min_length=10, max_length=10, min_bytes=10, max_bytes=10, pattern='^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')}, required=frozenset(['end_date', 'start_date']), additional=False)),
            Param('filtering', 'filtering', rules='DailyReportsFiltering', description='过滤条件 — filter conditions; absent or empty means none. The page says it is required for ad-union position data. Rules per field in `DailyReportsFilter`.'),
            Param('group_by', 'json', required=True, description='聚合参数 — the dimensions of a row, e.g. `["date"]` (1–10 names). See `ReportGroupBy`.', schema=Schema('array', name='ReportGroupBy', description='聚合参数 of daily_reports/get: 1–10 dimension names of at most 255 bytes. The aggregation-rule page (developers.e.qq.com/v3.0/pages/reference/groupby) lists, per level (every level also accepts `site_set`): | level | dimensions | |---|---| | ADVERTISER | date | | ADGROUP | date, adgroup_id, site_set | | DYNAMIC_CREATIVE | date, adgroup_id, dynamic_creative_id, site_set | | COMPONENT | date, dynamic_creative_id, component_id, component_type, adgroup_id, site_set | | CHANNEL | date, channel_id, site_set | | MATERIAL_VIDEO | date, image_id (sic; video_id by sense), adgroup_id, site_set | | MATERIAL_IMAGE | date, video_id (sic; image_id by sense), adgroup_id, site_set | | BIDWORD | date, bidword_id, adgroup_id, site_set | | QUERYWORD | date, bidword_id, queryword, site_set | | MARKETING_ASSET | date, marketing_target_type, marketing_asset_id, site_set | | PRODUCT_CATALOG | date, product_catalog_id, product_series_id, product_outer_id, adgroup_id, site_set | | PROJECT | date, adgroup_id, site_set | | CREATIVE_TEMPLATE | date, creative_template_group_id, adgroup_id, site_set |', items=Schema('string', name='ReportGroupByItem', min_length=1, max_length=255, min_bytes=1, max_bytes=255, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=10)),
            Param('order_by', 'json', description='排序字段 — up to two sort keys, e.g. `[{"sort_field":"cost","sort_type":"DESCENDING"}]`.', schema=Schema('array', name='ReportOrderBy', description='排序字段 — 1–2 sort keys, applied in order.', items=Schema('object', name='ReportOrderByItem', description='One sort key (Go SDK OrderByStruct).', properties={'sort_field': Schema('string', name='ReportOrderByItemSortField', description='排序字段 — a field of the row (no length bound on the pages).', min_length=1), 'sort_type': Schema('string', name='SortType', description="sorted — 排序方式 (the pages and the Go SDK's Sorted agree).", enum=('ASCENDING', 'DESCENDING'))}, required=frozenset(['sort_field', 'sort_type']), additional=False), min_items=1, max_items=2)),
            Param('time_line', 'string', enum=('REQUEST_TIME', 'REPORTING_TIME', 'ACTIVE_TIME'), description='时间口径 — which time a conversion is counted at (request, reporting or activation time).'),
            Param('page', 'integer', minimum=1, maximum=99999, description='搜索页码 — page number.'),
            Param('page_size', 'integer', minimum=1, maximum=2000, description='一页显示的数据条数 — rows per page.'),
            Param('fields', 'json', required=True, description='指定返回的字段列表 — the dimensions and metrics each row carries (1–1024 names). See `ReportRow`.', schema=Schema('array', name='ReportFieldNames', description='指定返回的字段列表 — names of the dimensions and metrics a report row (or an async report file) carries: 1–1024 names of 1–64 bytes. Not checked against a list: the metrics grow (ReportRow names the common ones).', items=Schema('string', name='ReportFieldNamesItem', min_length=1, max_length=64, min_bytes=1, max_bytes=64, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=1024)),
            Param('organization_id', 'integer', maximum=9999999999, description='业务单元 id — a business unit, 0–9999999999.'),
        ),
        data_model='tencent_ads_api.models.reports_get_data:ReportsGetData',
        example={'list': [{'adgroup_id': 123000001, 'adgroup_name': '广告名称 001', 'video_id': '145000001', 'site_set': 'SITE_SET_MOMENTS', 'date': '2024-01-01', 'view_count': 0}, {'adgroup_id': 123000002, 'adgroup_name': '广告名称 002', 'video_id': '145000002', 'site_set': 'SITE_SET_SEARCH_SCENE', 'date': '2024-01-01', 'view_count': 100}], 'page_info': {'page': 1, 'page_size': 10, 'total_number': 1, 'total_page': 1}},
        server=None,
        item_key='',
    ),
    'hourly_reports_get': Operation(
        operation_id='hourly_reports_get',
        method='GET',
        path='/hourly_reports/get',
        tag='hourly_reports',
        name='get',
        summary='获取小时报表 — report rows by hour of one day',
        params=(
            Param('account_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='广告主帐号 id,有操作权限的帐号 id,不支持代理商 id (required here, unlike daily_reports/get).'),
            Param('level', 'string', required=True, enum=('REPORT_LEVEL_ADVERTISER', 'REPORT_LEVEL_ADGROUP', 'REPORT_LEVEL_DYNAMIC_CREATIVE', 'REPORT_LEVEL_CHANNEL', 'REPORT_LEVEL_BIDWORD', 'REPORT_LEVEL_PROJECT', 'REPORT_LEVEL_PROJECT_CREATIVE', 'REPORT_LEVEL_VIDEO_HIGHLIGHT', 'REPORT_LEVEL_ADVERTISER_TOTAL'), description='获取报表类型级别 — the report level. See `ReportHourlyLevel`.'),
            Param('date_range', 'json', required=True, description='日期范围 — one day: `start_date` equal to `end_date`, `YYYY-MM-DD`, at most 90 days back. Sent as compact JSON.', schema=Schema('object', name='ReportDateRange', description="日期范围 — the days of a report, both included. daily_reports/get: at most 365 days back, start_date <= end_date; hourly_reports/get: one day (start_date equal to end_date), at most 90 days back. These relations are the server's to check.", properties={'start_date': Schema('string', name='ReportDate', description='开始日期 — the first day.', min_length=10, max_length=10, min_bytes=10, max_bytes=10, pattern='^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'), 'end_date': Schema('string', name='ReportDate', description='结束日期 — the last day (included).', min_length=10, max_length=10, min_bytes=10, max_bytes=10, pattern='^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')}, required=frozenset(['end_date', 'start_date']), additional=False)),
            Param('filtering', 'filtering', rules='HourlyReportsFiltering', description='过滤条件 — filter conditions; absent or empty means none. Rules per field in `HourlyReportsFilter`.'),
            Param('group_by', 'json', required=True, description='聚合参数 — the dimensions of a row, e.g. `["hour"]` (1–10 names). See `HourlyReportGroupBy`.', schema=Schema('array', name='HourlyReportGroupBy', description='聚合参数 of hourly_reports/get: 1–10 dimension names of at most 64 bytes. The aggregation-rule page lists, per level: ADVERTISER: hour; ADGROUP: hour, adgroup_id; DYNAMIC_CREATIVE: hour, adgroup_id, dynamic_creative_id; CHANNEL: hour, adgroup_id, channel_id; BIDWORD: hour, adgroup_id, bidword_id. Open strings, as in `ReportGroupBy`.', items=Schema('string', name='HourlyReportGroupByItem', min_length=1, max_length=64, min_bytes=1, max_bytes=64, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=10)),
            Param('order_by', 'json', description='排序字段 — up to two sort keys.', schema=Schema('array', name='ReportOrderBy', description='排序字段 — 1–2 sort keys, applied in order.', items=Schema('object', name='ReportOrderByItem', description='One sort key (Go SDK OrderByStruct).', properties={'sort_field': Schema('string', name='ReportOrderByItemSortField', description='排序字段 — a field of the row (no length bound on the pages).', min_length=1), 'sort_type': Schema('string', name='SortType', description="sorted — 排序方式 (the pages and the Go SDK's Sorted agree).", enum=('ASCENDING', 'DESCENDING'))}, required=frozenset(['sort_field', 'sort_type']), additional=False), min_items=1, max_items=2)),
            Param('time_line', 'string', enum=('REQUEST_TIME', 'REPORTING_TIME', 'ACTIVE_TIME'), description='时间口径 — which time a conversion is counted at.'),
            Param('page', 'integer', minimum=1, maximum=100, description='搜索页码 — page number (1–100 on this page).'),
            Param('page_size', 'integer', minimum=1, maximum=2000, description='一页显示的数据条数 — rows per page.'),
            Param('fields', 'json', required=True, description='指定返回的字段列表 — the dimensions and metrics each row carries (1–1024 names). See `ReportRow`.', schema=Schema('array', name='ReportFieldNames', description='指定返回的字段列表 — names of the dimensions and metrics a report row (or an async report file) carries: 1–1024 names of 1–64 bytes. Not checked against a list: the metrics grow (ReportRow names the common ones).', items=Schema('string', name='ReportFieldNamesItem', min_length=1, max_length=64, min_bytes=1, max_bytes=64, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=1024)),
        ),
        data_model='tencent_ads_api.models.reports_get_data:ReportsGetData',
        example={'list': [{'account_id': 25610, 'activated_cost': 4978, 'activated_count': 6, 'activated_rate': 0.8571, 'add_desktop_cost': 0, 'add_desktop_pv': 0, 'add_to_cart_price': 0, 'add_wishlist_count': 0, 'adgroup_id': 12345678, 'app_apply_uv': 0, 'app_credit_uv': 0, 'app_pre_credit_uv': 0, 'app_withdraw_uv': 0, 'cheout_fd': 0, 'cheout_fd_reward': 0, 'cheout_om': 0, 'cheout_om_reward': 0, 'cheout_ow': 0, 'cheout_ow_reward': 0, 'cheout_td': 0, 'cheout_td_reward': 0, 'cheout_tw': 0, 'cheout_tw_reward': 0, 'click_activated_rate': 0.0909, 'click_detail_count': 7, 'click_head_count': 7, 'click_image_count': 49, 'click_nick_count': 3, 'click_poi_count': 0, 'comment_cost': 0, 'comment_count': 0, 'conversions_cost': 0, 'conversions_count': 0, 'conversions_rate': 0, 'cost': 29866, 'coupon_click_count': 0, 'coupon_get_count': 0, 'coupon_issue_count': 0, 'cpc': 453, 'ctr': 0.0114, 'date': '2024-03-26', 'hour': 12, 'deep_conversions_cost': 0, 'deep_conversions_count': 0, 'deep_conversions_rate': 0, 'deliver_cost': 0, 'deliver_count': 0, 'deliver_rate': 0, 'download_cost': 4267, 'download_count': 7, 'download_rate': 0.1061, 'effect_leads_purchase_cost': 0, 'effect_leads_purchase_count': 0, 'effective_consult_count': 0, 'effective_cost': 0, 'effective_leads_count': 0, 'effective_phone_count': 0, 'effective_reserve_count': 0, 'external_form_reservation_count': 0, 'first_day_order_amount': 0, 'first_day_order_count': 0, 'first_pay_cost': 0, 'first_pay_count': 0, 'first_pay_rate': 0, 'follow_cost': 0, 'follow_count': 0, 'forward_cost': 0, 'forward_count': 0, 'from_follow_cost': 0, 'from_follow_uv': 0, 'game_authorize_count': 0, 'game_create_role_count': 0, 'game_tutorial_finish_count': 0, 'install_cost': 4978, 'install_count': 6, 'install_rate': 0.0909, 'inte_phone_count': 0, 'key_page_uv': 0, 'key_page_view_cost': 0, 'key_page_view_count': 0, 'lan_button_click_cost': 0, 'lan_button_click_count': 0, 'lan_jump_button_clickers': 0, 'leads_purchase_uv': 0, 'lottery_leads_cost': 0, 'lottery_leads_count': 0, 'no_interest_count': 10, 'order_amount': 0, 'order_roi': 0, 'order_unit_price': 0, 'overall_leads_purchase_count': 0, 'own_page_navi_cost': 0, 'own_page_navigation_count': 0, 'page_consult_cost': 0, 'page_consult_count': 0, 'page_consult_rate': 0, 'page_phone_call_back_cost': 0, 'page_phone_call_back_count': 0, 'page_phone_call_back_rate': 0, 'page_phone_call_direct_cost': 0, 'page_phone_call_direct_count': 0, 'page_phone_call_direct_rate': 0, 'page_reservation_cost': 0, 'page_reservation_count': 0, 'page_reservation_rate': 0, 'phone_call_count': 0, 'phone_call_uv': 0, 'phone_consult_count': 0, 'platform_coupon_click_count': 0, 'platform_page_navigation_cost': 0, 'platform_page_navigation_count': 0, 'platform_page_view_count': 0, 'platform_page_view_rate': 0, 'platform_shop_navigation_cost': 0, 'platform_shop_navigation_count': 0, 'potential_consult_count': 0, 'potential_customer_phone_uv': 0, 'potential_phone_count': 0, 'potential_reserve_count': 0, 'praise_cost': 0, 'praise_count': 0, 'read_cost': 0, 'read_count': 0, 'reservation_uv': 0, 'retention_cost': 0, 'retention_count': 0, 'retention_rate': 0, 'scan_follow_count': 0, 'scan_follow_user_cost': 0, 'scan_follow_user_count': 0, 'scan_follow_user_rate': 0, 'sign_in_cost': 0, 'sign_in_count': 0, 'special_page_exp_cost': 0, 'special_page_exp_uv': 0, 'thousand_display_price': 5141, 'tool_consult_count': 0, 'valid_click_count': 66, 'valid_leads_uv': 0, 'valid_phone_uv': 0, 'valuable_click_cost': 533, 'valuable_click_count': 56, 'valuable_click_rate': 0.0096, 'video_inner_play_count': 0, 'video_outer_play100_count': 0, 'video_outer_play10_count': 0, 'video_outer_play25_count': 0, 'video_outer_play3s_count': 0, 'video_outer_play50_count': 0, 'video_outer_play5s_count': 0, 'video_outer_play75_count': 0, 'video_outer_play7s_count': 0, 'video_outer_play95_count': 0, 'video_outer_play_cost': 0, 'video_outer_play_count': 0, 'video_outer_play_rate': 0, 'video_outer_play_time_avg_rate': 0, 'video_outer_play_time_count': 0, 'video_play_count': 0, 'view_commodity_page_uv': 0, 'view_count': 5809, 'web_apply_uv': 0, 'web_commodity_page_view_cost': 0, 'web_commodity_page_view_rate': 0, 'web_credit_uv': 0, 'web_register_uv': 0}, {'account_id': 25610, 'activated_cost': 6595, 'activated_count': 20, 'activated_rate': 0.3448, 'add_desktop_cost': 0, 'add_desktop_pv': 0, 'add_to_cart_price': 0, 'add_wishlist_count': 0, 'adgroup_id': 123456789, 'app_apply_uv': 0, 'app_credit_uv': 0, 'app_pre_credit_uv': 0, 'app_withdraw_uv': 0, 'cheout_fd': 600, 'cheout_fd_reward': 0.0045, 'cheout_om': 600, 'cheout_om_reward': 0.0045, 'cheout_ow': 600, 'cheout_ow_reward': 0.0045, 'cheout_td': 600, 'cheout_td_reward': 0.0045, 'cheout_tw': 600, 'cheout_tw_reward': 0.0045, 'click_activated_rate': 0.0294, 'click_detail_count': 0, 'click_head_count': 0, 'click_image_count': 0, 'click_nick_count': 0, 'click_poi_count': 0, 'comment_cost': 0, 'comment_count': 0, 'conversions_cost': 131892, 'conversions_count': 1, 'conversions_rate': 0.0015, 'cost': 131892, 'coupon_click_count': 0, 'coupon_get_count': 0, 'coupon_issue_count': 0, 'cpc': 194, 'ctr': 0.0179, 'date': '2024-03-26', 'hour': 13, 'deep_conversions_cost': 0, 'deep_conversions_count': 0, 'deep_conversions_rate': 0, 'deliver_cost': 0, 'deliver_count': 0, 'deliver_rate': 0, 'download_cost': 2274, 'download_count': 58, 'download_rate': 0.0853, 'effect_leads_purchase_cost': 0, 'effect_leads_purchase_count': 0, 'effective_consult_count': 0, 'effective_cost': 0, 'effective_leads_count': 0, 'effective_phone_count': 0, 'effective_reserve_count': 0, 'external_form_reservation_count': 0, 'first_day_order_amount': 0, 'first_day_order_count': 0, 'first_pay_cost': 131892, 'first_pay_count': 1, 'first_pay_rate': 0.05, 'follow_cost': 0, 'follow_count': 0, 'forward_cost': 0, 'forward_count': 0, 'from_follow_cost': 0, 'from_follow_uv': 0, 'game_authorize_count': 0, 'game_create_role_count': 0, 'game_tutorial_finish_count': 0, 'install_cost': 7758, 'install_count': 17, 'install_rate': 0.025, 'inte_phone_count': 0, 'key_page_uv': 0, 'key_page_view_cost': 0, 'key_page_view_count': 0, 'lan_button_click_cost': 0, 'lan_button_click_count': 0, 'lan_jump_button_clickers': 0, 'leads_purchase_uv': 0, 'lottery_leads_cost': 0, 'lottery_leads_count': 0, 'no_interest_count': 0, 'order_amount': 0, 'order_roi': 0, 'order_unit_price': 0, 'overall_leads_purchase_count': 0, 'own_page_navi_cost': 0, 'own_page_navigation_count': 0, 'page_consult_cost': 0, 'page_consult_count': 0, 'page_consult_rate': 0, 'page_phone_call_back_cost': 0, 'page_phone_call_back_count': 0, 'page_phone_call_back_rate': 0, 'page_phone_call_direct_cost': 0, 'page_phone_call_direct_count': 0, 'page_phone_call_direct_rate': 0, 'page_reservation_cost': 0, 'page_reservation_count': 0, 'page_reservation_rate': 0, 'phone_call_count': 0, 'phone_call_uv': 0, 'phone_consult_count': 0, 'platform_coupon_click_count': 0, 'platform_page_navigation_cost': 0, 'platform_page_navigation_count': 0, 'platform_page_view_count': 306, 'platform_page_view_rate': 0.0081, 'platform_shop_navigation_cost': 0, 'platform_shop_navigation_count': 0, 'potential_consult_count': 0, 'potential_customer_phone_uv': 0, 'potential_phone_count': 0, 'potential_reserve_count': 0, 'praise_cost': 0, 'praise_count': 0, 'read_cost': 0, 'read_count': 0, 'reservation_uv': 0, 'retention_cost': 0, 'retention_count': 0, 'retention_rate': 0, 'scan_follow_count': 0, 'scan_follow_user_cost': 0, 'scan_follow_user_count': 0, 'scan_follow_user_rate': 0, 'sign_in_cost': 0, 'sign_in_count': 0, 'special_page_exp_cost': 0, 'special_page_exp_uv': 0, 'thousand_display_price': 3470, 'tool_consult_count': 0, 'valid_click_count': 680, 'valid_leads_uv': 0, 'valid_phone_uv': 0, 'valuable_click_cost': 194, 'valuable_click_count': 680, 'valuable_click_rate': 0.0179, 'video_inner_play_count': 7324, 'video_outer_play100_count': 793, 'video_outer_play10_count': 2977, 'video_outer_play25_count': 1934, 'video_outer_play3s_count': 3710, 'video_outer_play50_count': 1498, 'video_outer_play5s_count': 2927, 'video_outer_play75_count': 1278, 'video_outer_play7s_count': 2478, 'video_outer_play95_count': 1021, 'video_outer_play_cost': 18, 'video_outer_play_count': 7324, 'video_outer_play_rate': 0.1927, 'video_outer_play_time_avg_rate': 0.2507, 'video_outer_play_time_count': 12.28944, 'video_play_count': 0, 'view_commodity_page_uv': 0, 'view_count': 38009, 'web_apply_uv': 0, 'web_commodity_page_view_cost': 0, 'web_commodity_page_view_rate': 0, 'web_credit_uv': 0, 'web_register_uv': 0}], 'page_info': {'page': 1, 'page_size': 10, 'total_number': 1, 'total_page': 1}},
        server=None,
        item_key='',
    ),
    'async_reports_add': Operation(
        operation_id='async_reports_add',
        method='POST',
        path='/async_reports/add',
        tag='async_reports',
        name='add',
        summary='创建异步报表任务 — start an asynchronous report',
        params=(
        ),
        data_model='tencent_ads_api.models.async_reports_add_data:AsyncReportsAddData',
        example={'task_id': 53181057839},
        server=None,
        body=Schema('object', name='AsyncReportsAddRequest', description='The body of async_reports/add.', properties={'account_id': Schema('integer', name='AccountId', description='推广帐号 id,包括代理商和广告主帐号 id — an advertiser or agency account (optional on the page).', minimum=1, maximum=9223372036854775807), 'task_name': Schema('string', name='AsyncReportsAddRequestTaskName', description='任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts 3).', min_length=1, max_length=120, min_bytes=1, max_bytes=120), 'report_fields': Schema('array', name='ReportFieldNames', description='指定异步报表返回的字段 — the columns of the report file (1–1024 names of 1–64 bytes).', items=Schema('string', name='ReportFieldNamesItem', min_length=1, max_length=64, min_bytes=1, max_bytes=64, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=1024), 'level': Schema('string', name='AsyncReportLevel', description='异步报表类型级别 — the report level.', enum=('REPORT_LEVEL_ADVERTISER', 'REPORT_LEVEL_ADGROUP', 'REPORT_LEVEL_BIDWORD', 'REPORT_LEVEL_QUERYWORD', 'REPORT_LEVEL_AGE', 'REPORT_LEVEL_GENDER', 'REPORT_LEVEL_REGION', 'REPORT_LEVEL_CITY', 'REPORT_LEVEL_DYNAMIC_CREATIVE', 'REPORT_LEVEL_COMPONENT', 'REPORT_LEVEL_MATERIAL_IMAGE', 'REPORT_LEVEL_MATERIAL_VIDEO', 'REPORT_LEVEL_CHANNEL', 'REPORT_LEVEL_LANDING_PAGE', 'REPORT_LEVEL_MARKETING_ASSET', 'REPORT_LEVEL_AD_UNION', 'REPORT_LEVEL_PRODUCT_CATALOG', 'REPORT_LEVEL_PROJECT', 'REPORT_LEVEL_PROJECT_CREATIVE', 'REPORT_LEVEL_OS', 'REPORT_LEVEL_PRODUCT_CREATIVE_TEMPLATE', 'REPORT_LEVEL_CREATIVE_ASSET', 'REPORT_LEVEL_VIDEO_HIGHLIGHT', 'REPORT_LEVEL_WECHAT_SHOP_PRODUCT')), 'filtering': Schema('array', name='AsyncReportsAddRequestFiltering', description="过滤条件 — 1–5 conditions; omit for none (the page's minimum is 1).", items=Schema('object', name='AsyncReportsAddFilter', description='One filter condition of async_reports/add (a body member: real JSON). The page gives one operator list for every field and no per-field value rules; values are 1–100 strings of 1–64 bytes.', properties={'field': Schema('string', name='AsyncReportsAddFilterField', description='Filterable fields of async_reports/add (the v3.0 page; `hour` only here).', enum=('adgroup_id', 'dynamic_creative_id', 'component_id', 'component_type', 'bidword_id', 'image_id', 'video_id', 'channel_id', 'union_position_id', 'landing_page_type', 'landing_page_id', 'md5', 'hour')), 'operator': Schema('string', name='AsyncReportFilterOperator', description='The operators of the async report pages (async_reports/add and async_reports/get list the same eight; NOT_IN is not among them).', enum=('EQUALS', 'CONTAINS', 'LESS_EQUALS', 'LESS', 'GREATER_EQUALS', 'GREATER', 'IN', 'NOT_EQUALS')), 'values': Schema('array', name='AsyncReportsAddFilterValues', items=Schema('string', name='ReportFilterValue', description='One filter value of the report endpoints: 1–64 **bytes** of UTF-8; the characters `< > & \' " / \\`, TAB, LF and CR are forbidden in input values.', min_length=1, max_length=64, min_bytes=1, max_bytes=64, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=100)}, required=frozenset(['field', 'operator', 'values']), additional=False), min_items=1, max_items=5), 'time_line': Schema('string', name='TimeLine', description='时间口径 — which time a conversion is counted at.', enum=('REQUEST_TIME', 'REPORTING_TIME', 'ACTIVE_TIME')), 'group_by': Schema('array', name='AsyncReportGroupBy', description='聚合参数 — 1–5 dimensions.', items=Schema('string', name='AsyncReportGroupByItem', min_length=1, max_length=255, min_bytes=1, max_bytes=255, pattern='^[^<>&\'"/\\\\\\t\\n\\r]+$(?!\\n)'), min_items=1, max_items=5), 'granularity': Schema('string', name='ReportGranularity', description='异步报表粒度 — HOURLY (the last 30 days) or DAILY (the last 365 days).', enum=('HOURLY', 'DAILY')), 'date': Schema('string', name='ReportDate', description='日期 — the day of the report, `YYYY-MM-DD`.', min_length=10, max_length=10, min_bytes=10, max_bytes=10, pattern='^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'), 'organization_id': Schema('integer', name='OrganizationId', description='业务单元 id — a business unit, 0–9999999999.', minimum=0, maximum=9999999999)}, required=frozenset(['date', 'granularity', 'level', 'report_fields', 'task_name']), additional=False),
        body_required=True,
        body_example={'account_id': 25610, 'level': 'REPORT_LEVEL_CHANNEL', 'time_line': 'REQUEST_TIME', 'task_name': '915225_169104810011_1', 'granularity': 'DAILY', 'date': '2023-11-24', 'report_fields': ['date', 'channel_id', 'view_count', 'valid_click_count', 'cost']},
        idempotent=False,
    ),
    'async_reports_get': Operation(
        operation_id='async_reports_get',
        method='GET',
        path='/async_reports/get',
        tag='async_reports',
        name='get',
        summary='获取异步报表任务 — list asynchronous report tasks',
        params=(
            Param('account_id', 'integer', minimum=1, maximum=9223372036854775807, description='广告主帐号 id,有操作权限的帐号 id,不支持代理商 id. Optional on the page and in the Go SDK.'),
            Param('filtering', 'filtering', rules='AsyncReportsGetFiltering', description='过滤条件 — filter conditions; absent or empty means none. Sent as compact JSON, e.g. `[{"field":"task_id","operator":"EQUALS","values":["53181057839"]}]`. Rules in `AsyncReportsGetFilter`.'),
            Param('page', 'integer', minimum=1, maximum=99999, description='搜索页码 — page number.'),
            Param('page_size', 'integer', minimum=1, maximum=100, description='一页显示的数据条数 — items per page.'),
            Param('organization_id', 'integer', maximum=9999999999, description='业务单元 id — a business unit, 0–9999999999.'),
            Param('fields', 'names', rules='<>&\'"/\\\t\n\r', description='返回字段 — the fields of a `list` item to return. Not on the v3.0 page; the Go SDK sends it (see `Fields`). Absent means every field.'),
        ),
        data_model='tencent_ads_api.models.async_reports_get_data:AsyncReportsGetData',
        example={'list': [{'task_id': 25610, 'task_name': '2024-03-27_1711544483369', 'status': 'TASK_STATUS_COMPLETED', 'created_time': 1711544483, 'result': {'code': 0, 'message': '', 'data': {'file_info_list': [{'file_id': 831530232, 'md5': 'ef7f1570fd20e0f35b70f53bf02d86c3'}]}}}], 'page_info': {'page': 1, 'page_size': 10, 'total_number': 1, 'total_page': 1}},
        server=None,
        item_key='task_id',
    ),
    'async_report_files_get': Operation(
        operation_id='async_report_files_get',
        method='GET',
        path='/async_report_files/get',
        tag='async_report_files',
        name='get',
        summary='获取文件接口 — one result file of a finished asynchronous report',
        params=(
            Param('account_id', 'integer', minimum=1, maximum=9223372036854775807, description='广告主帐号 id — the advertiser account the task belongs to (optional on the v3.0 page).'),
            Param('task_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description='任务 id — the report task whose file to fetch.'),
            Param('file_id', 'integer', required=True, minimum=1, maximum=9223372036854775807, description="文件 id — `file_id` from the task's `result.data.file_info_list`."),
            Param('organization_id', 'integer', maximum=9999999999, description='业务单元 id — a business unit, 0–9999999999.'),
        ),
        data_model='',
        example=None,
        server='https://dl.e.qq.com/v3.0',
        binary=True,
    ),
}
# fmt: on
