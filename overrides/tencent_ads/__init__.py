"""tencent_ads — a typed client for the Tencent Ads Marketing API v3.0 (腾讯广告 MarketingAPI).

The hand-written layer over the generated package ``tencent_ads_api``: request
signing, filter validation, typed errors, retries, paging and waiting.

::

    from tencent_ads import Client

    with Client(access_token="...") as client:
        page = client.async_tasks.get(
            account_id=123,
            filtering=[{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}],
        )

The typed models returned are the generated ones (``tencent_ads_api.models``).
"""

from tencent_ads_api.models.api_filter_operator import ApiFilterOperator
from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.models.async_tasks_filter import AsyncTasksFilter
from tencent_ads_api.models.async_tasks_filter_field import AsyncTasksFilterField
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData
from tencent_ads_api.models.task_result_status import TaskResultStatus
from tencent_ads_api.models.task_status import TaskStatus

from ._calls import Call, async_tasks_get_call, programmed_commponent_result_get_call
from ._client import AsyncClient, Client
from ._config import BASE_URL_ENV, DEFAULT_TIMEOUT, PRODUCTION_BASE_URL, SANDBOX_BASE_URL, TOKEN_ENV
from ._errors import (
    ApiError,
    AuthError,
    ConfigurationError,
    ConnectError,
    FilterProblem,
    FilterValidationError,
    HTTPStatusError,
    InvalidRequestError,
    RateLimitError,
    ReplayError,
    RequestError,
    RequestValidationError,
    ResponseDecodeError,
    ResponseValidationError,
    TencentAdsError,
    TimeoutError,
    TransientApiError,
    TransportError,
    api_error_class,
)
from ._filters import FIELD_RULES, FilterLike, encode_filtering, validate_filtering
from ._ratelimit import RateLimiter
from ._redaction import redact
from ._retries import RetryPolicy
from ._signing import SigningAuth, new_nonce
from ._waiting import WaitProgress, WaitTimeoutError

__version__ = "0.1.0"

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_TIMEOUT",
    "FIELD_RULES",
    "PRODUCTION_BASE_URL",
    "SANDBOX_BASE_URL",
    "TOKEN_ENV",
    "ApiError",
    "ApiFilterOperator",
    "AsyncClient",
    "AsyncTask",
    "AsyncTasksFilter",
    "AsyncTasksFilterField",
    "AsyncTasksGetData",
    "AuthError",
    "Call",
    "Client",
    "ConfigurationError",
    "ConnectError",
    "FilterLike",
    "FilterProblem",
    "FilterValidationError",
    "HTTPStatusError",
    "InvalidRequestError",
    "ProgrammedCommponentResultGetData",
    "RateLimitError",
    "RateLimiter",
    "ReplayError",
    "RequestError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SigningAuth",
    "TaskResultStatus",
    "TaskStatus",
    "TencentAdsError",
    "TimeoutError",
    "TransientApiError",
    "TransportError",
    "WaitProgress",
    "WaitTimeoutError",
    "__version__",
    "api_error_class",
    "async_tasks_get_call",
    "encode_filtering",
    "new_nonce",
    "programmed_commponent_result_get_call",
    "redact",
    "validate_filtering",
]
