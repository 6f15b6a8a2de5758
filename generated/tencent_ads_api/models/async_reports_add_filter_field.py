# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class AsyncReportsAddFilterField(StrEnum):
    ADGROUP_ID = "adgroup_id"
    BIDWORD_ID = "bidword_id"
    CHANNEL_ID = "channel_id"
    COMPONENT_ID = "component_id"
    COMPONENT_TYPE = "component_type"
    DYNAMIC_CREATIVE_ID = "dynamic_creative_id"
    HOUR = "hour"
    IMAGE_ID = "image_id"
    LANDING_PAGE_ID = "landing_page_id"
    LANDING_PAGE_TYPE = "landing_page_type"
    MD5 = "md5"
    UNION_POSITION_ID = "union_position_id"
    VIDEO_ID = "video_id"

    def __str__(self) -> str:
        return str(self.value)
