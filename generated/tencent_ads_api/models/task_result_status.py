# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class TaskResultStatus(StrEnum):
    TASK_RESULT_STATUS_DELETED = "TASK_RESULT_STATUS_DELETED"
    TASK_RESULT_STATUS_FAIL = "TASK_RESULT_STATUS_FAIL"
    TASK_RESULT_STATUS_PARTIAL_FAIL = "TASK_RESULT_STATUS_PARTIAL_FAIL"
    TASK_RESULT_STATUS_PENDING = "TASK_RESULT_STATUS_PENDING"
    TASK_RESULT_STATUS_PROCESSING = "TASK_RESULT_STATUS_PROCESSING"
    TASK_RESULT_STATUS_SUCCESS = "TASK_RESULT_STATUS_SUCCESS"
    TASK_RESULT_STATUS_SYSTEM_ERROR = "TASK_RESULT_STATUS_SYSTEM_ERROR"
    TASK_RESULT_STATUS_UNKNOWN = "TASK_RESULT_STATUS_UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
