# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class ChannelTaskError(StrEnum):
    TASK_ERROR_DUPLICATE_PACKAGE = "TASK_ERROR_DUPLICATE_PACKAGE"
    TASK_ERROR_ILLEGAL_VERSION = "TASK_ERROR_ILLEGAL_VERSION"
    TASK_ERROR_MISMATCH_PACKAGENAME = "TASK_ERROR_MISMATCH_PACKAGENAME"
    TASK_ERROR_MISS_YSDK = "TASK_ERROR_MISS_YSDK"
    TASK_ERROR_NORMAL = "TASK_ERROR_NORMAL"
    TASK_ERROR_PARSE_FAIL = "TASK_ERROR_PARSE_FAIL"
    TASK_ERROR_SERVER_ERROR = "TASK_ERROR_SERVER_ERROR"
    TASK_ERROR_SUBMIT_FAIL = "TASK_ERROR_SUBMIT_FAIL"
    TASK_ERROR_UNABLE_DOWNLOAD = "TASK_ERROR_UNABLE_DOWNLOAD"
    TASK_ERROR_UPLOAD_FAIL = "TASK_ERROR_UPLOAD_FAIL"

    def __str__(self) -> str:
        return str(self.value)
