# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from enum import StrEnum


class DailyReportsFilterField(StrEnum):
    ADGROUP_ID = "adgroup_id"
    BIDWORD_ID = "bidword_id"
    CHANNEL_ID = "channel_id"
    COMPONENT_ID = "component_id"
    COMPONENT_TYPE = "component_type"
    CREATIVE_TEMPLATE_GROUP_ID = "creative_template_group_id"
    DYNAMIC_CREATIVE_ID = "dynamic_creative_id"
    IMAGE_ID = "image_id"
    MARKETING_ASSET_ID = "marketing_asset_id"
    MARKETING_TARGET_TYPE = "marketing_target_type"
    MD5 = "md5"
    PRODUCT_CATALOG_ID = "product_catalog_id"
    PRODUCT_OUTER_ID = "product_outer_id"
    PRODUCT_SERIES_ID = "product_series_id"
    SMART_DELIVERY_PLATFORM = "smart_delivery_platform"
    VIDEO_ID = "video_id"

    def __str__(self) -> str:
        return str(self.value)
