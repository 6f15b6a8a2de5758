# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class ReportHourlyLevel(StrEnum):
    REPORT_LEVEL_ADGROUP = "REPORT_LEVEL_ADGROUP"
    REPORT_LEVEL_ADVERTISER = "REPORT_LEVEL_ADVERTISER"
    REPORT_LEVEL_ADVERTISER_TOTAL = "REPORT_LEVEL_ADVERTISER_TOTAL"
    REPORT_LEVEL_BIDWORD = "REPORT_LEVEL_BIDWORD"
    REPORT_LEVEL_CHANNEL = "REPORT_LEVEL_CHANNEL"
    REPORT_LEVEL_DYNAMIC_CREATIVE = "REPORT_LEVEL_DYNAMIC_CREATIVE"
    REPORT_LEVEL_PROJECT = "REPORT_LEVEL_PROJECT"
    REPORT_LEVEL_PROJECT_CREATIVE = "REPORT_LEVEL_PROJECT_CREATIVE"
    REPORT_LEVEL_VIDEO_HIGHLIGHT = "REPORT_LEVEL_VIDEO_HIGHLIGHT"

    def __str__(self) -> str:
        return str(self.value)
