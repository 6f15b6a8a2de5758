# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class TaskStatus(StrEnum):
    TASK_STATUS_CANCELLED = "TASK_STATUS_CANCELLED"
    TASK_STATUS_COMPLETED = "TASK_STATUS_COMPLETED"
    TASK_STATUS_DELETED = "TASK_STATUS_DELETED"
    TASK_STATUS_DRAFT = "TASK_STATUS_DRAFT"
    TASK_STATUS_EXPIRED = "TASK_STATUS_EXPIRED"
    TASK_STATUS_FAIL = "TASK_STATUS_FAIL"
    TASK_STATUS_PENDING = "TASK_STATUS_PENDING"
    TASK_STATUS_PROCESSING = "TASK_STATUS_PROCESSING"

    def __str__(self) -> str:
        return str(self.value)
