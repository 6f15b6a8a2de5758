# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class TimeLine(StrEnum):
    ACTIVE_TIME = "ACTIVE_TIME"
    REPORTING_TIME = "REPORTING_TIME"
    REQUEST_TIME = "REQUEST_TIME"

    def __str__(self) -> str:
        return str(self.value)
