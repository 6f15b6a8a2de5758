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

# Names resolve on first use (PEP 562): `import tencent_ads` loads neither the generated models, nor httpx's
# client, nor stamina; `from tencent_ads import Client` loads what the client needs and nothing else.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiFilterOperator": "tencent_ads_api.models.api_filter_operator",
    "AsyncTask": "tencent_ads_api.models.async_task",
    "AsyncTasksFilter": "tencent_ads_api.models.async_tasks_filter",
    "AsyncTasksFilterField": "tencent_ads_api.models.async_tasks_filter_field",
    "AsyncTasksGetData": "tencent_ads_api.models.async_tasks_get_data",
    "ProgrammedCommponentResultGetData": "tencent_ads_api.models.programmed_commponent_result_get_data",
    "TaskResultStatus": "tencent_ads_api.models.task_result_status",
    "TaskStatus": "tencent_ads_api.models.task_status",
    "Call": "._calls",
    "prepare": "._calls",
    "AsyncClient": "._client",
    "Client": "._client",
    "BASE_URL_ENV": "._config",
    "DEFAULT_TIMEOUT": "._config",
    "PRODUCTION_BASE_URL": "._config",
    "SANDBOX_BASE_URL": "._config",
    "TOKEN_ENV": "._config",
    "TERMINAL_TASK_STATUSES": "tencent_ads_generated.spec_data",
    "ApiError": "._errors",
    "AuthError": "._errors",
    "ConfigurationError": "._errors",
    "ConnectError": "._errors",
    "DeadlineExceededError": "._errors",
    "ResponseTooLargeError": "._errors",
    "FilterProblem": "._filters",
    "FilterValidationError": "._errors",
    "HTTPStatusError": "._errors",
    "InvalidRequestError": "._errors",
    "RateLimitError": "._errors",
    "ReplayError": "._errors",
    "RequestError": "._errors",
    "RequestValidationError": "._errors",
    "ResponseDecodeError": "._errors",
    "ResponseValidationError": "._errors",
    "TencentAdsError": "._errors",
    "OutcomeUnknownError": "._errors",
    "RequestTimeoutError": "._errors",
    "TransientApiError": "._errors",
    "TransportError": "._errors",
    "api_error_class": "._errors",
    "FIELD_RULES": "._filters",
    "Filter": "._filters",
    "FilterLike": "._filters",
    "encode_filtering": "._filters",
    "validate_filtering": "._filters",
    "RateLimiter": "._ratelimit",
    "ReportFileError": ".reports",
    "read_report_rows": ".reports",
    "RawResponse": "._raw",
    "redact": "._redaction",
    "RetryPolicy": "._retries",
    "SigningAuth": "._signing",
    "new_nonce": "._signing",
    "DownloadIntegrityError": "._download",
    "DownloadWriteError": "._download",
    "InflatedTooLargeError": "._download",
    "ManyProgress": "._waiting",
    "TasksNotFoundError": "._errors",
    "WaitProgress": "._waiting",
    "WaitTimeoutError": "._errors",
    "TokenRefreshError": "._errors",
    "FileTokenStore": "._tokens",
    "RedisTokenStore": "._tokens",
    "RefreshingToken": "._tokens",
    "RenewalWaitError": "._tokens",
    "TokenPair": "._tokens",
    "TokenStore": "._tokens",
}


def __getattr__(name: str) -> Any:
    if name == "TimeoutError":  # the old name shadowed the builtin; kept for code written against 0.1.0
        import warnings

        warnings.warn(
            "tencent_ads.TimeoutError is now tencent_ads.RequestTimeoutError", DeprecationWarning, stacklevel=2
        )
        name = "RequestTimeoutError"
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tencent_ads' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


if TYPE_CHECKING:
    from tencent_ads_api.models.api_filter_operator import ApiFilterOperator
    from tencent_ads_api.models.async_task import AsyncTask
    from tencent_ads_api.models.async_tasks_filter import AsyncTasksFilter
    from tencent_ads_api.models.async_tasks_filter_field import AsyncTasksFilterField
    from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
    from tencent_ads_api.models.programmed_commponent_result_get_data import ProgrammedCommponentResultGetData
    from tencent_ads_api.models.task_result_status import TaskResultStatus
    from tencent_ads_api.models.task_status import TaskStatus
    from tencent_ads_generated.spec_data import TERMINAL_TASK_STATUSES

    from ._calls import Call, prepare
    from ._client import AsyncClient, Client
    from ._config import BASE_URL_ENV, DEFAULT_TIMEOUT, PRODUCTION_BASE_URL, SANDBOX_BASE_URL, TOKEN_ENV
    from ._download import DownloadIntegrityError, DownloadWriteError, InflatedTooLargeError
    from ._errors import (
        ApiError,
        AuthError,
        ConfigurationError,
        ConnectError,
        DeadlineExceededError,
        FilterValidationError,
        HTTPStatusError,
        InvalidRequestError,
        OutcomeUnknownError,
        RateLimitError,
        ReplayError,
        RequestError,
        RequestTimeoutError,
        RequestValidationError,
        ResponseDecodeError,
        ResponseTooLargeError,
        ResponseValidationError,
        TasksNotFoundError,
        TencentAdsError,
        TokenRefreshError,
        TransientApiError,
        TransportError,
        WaitTimeoutError,
        api_error_class,
    )
    from ._filters import FIELD_RULES, Filter, FilterLike, FilterProblem, encode_filtering, validate_filtering
    from ._ratelimit import RateLimiter
    from ._raw import RawResponse
    from ._redaction import redact
    from ._retries import RetryPolicy
    from ._signing import SigningAuth, new_nonce
    from ._tokens import FileTokenStore, RedisTokenStore, RefreshingToken, RenewalWaitError, TokenPair, TokenStore
    from ._waiting import ManyProgress, WaitProgress
    from .reports import ReportFileError, read_report_rows


__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_TIMEOUT",
    "FIELD_RULES",
    "PRODUCTION_BASE_URL",
    "SANDBOX_BASE_URL",
    "TERMINAL_TASK_STATUSES",
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
    "DeadlineExceededError",
    "DownloadIntegrityError",
    "DownloadWriteError",
    "FileTokenStore",
    "Filter",
    "FilterLike",
    "FilterProblem",
    "FilterValidationError",
    "HTTPStatusError",
    "InflatedTooLargeError",
    "InvalidRequestError",
    "ManyProgress",
    "OutcomeUnknownError",
    "ProgrammedCommponentResultGetData",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RedisTokenStore",
    "RefreshingToken",
    "RenewalWaitError",
    "ReplayError",
    "ReportFileError",
    "RequestError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SigningAuth",
    "TaskResultStatus",
    "TaskStatus",
    "TasksNotFoundError",
    "TencentAdsError",
    "TokenPair",
    "TokenRefreshError",
    "TokenStore",
    "TransientApiError",
    "TransportError",
    "WaitProgress",
    "WaitTimeoutError",
    "__version__",
    "api_error_class",
    "encode_filtering",
    "new_nonce",
    "prepare",
    "read_report_rows",
    "redact",
    "validate_filtering",
]
