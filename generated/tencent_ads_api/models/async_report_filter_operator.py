# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class AsyncReportFilterOperator(StrEnum):
    CONTAINS = "CONTAINS"
    EQUALS = "EQUALS"
    GREATER = "GREATER"
    GREATER_EQUALS = "GREATER_EQUALS"
    IN = "IN"
    LESS = "LESS"
    LESS_EQUALS = "LESS_EQUALS"
    NOT_EQUALS = "NOT_EQUALS"

    def __str__(self) -> str:
        return str(self.value)
