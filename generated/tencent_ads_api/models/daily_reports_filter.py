# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.api_filter_operator import ApiFilterOperator
from ..models.daily_reports_filter_field import DailyReportsFilterField

T = TypeVar("T", bound="DailyReportsFilter")


@_attrs_define
class DailyReportsFilter:
    """One filter condition of daily_reports/get. Per field (the page):

    | field | operators | values |
    |---|---|---|
    | adgroup_id, dynamic_creative_id, component_id, bidword_id, marketing_asset_id | EQUALS, IN | decimal ids |
    | component_type, channel_id, image_id, video_id, marketing_target_type, product_catalog_id, product_series_id,
    product_outer_id, creative_template_group_id, md5 | EQUALS, IN | strings |
    | smart_delivery_platform | EQUALS, NOT_EQUALS | strings |

    IN takes 1–100 values; every other operator exactly one.

    """

    field: DailyReportsFilterField
    """ Filterable fields of daily_reports/get (the v3.0 page's field list). """
    operator: ApiFilterOperator
    """ api_filter_operator — every operator value the API defines (SDK enum). """
    values: list[str]

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = DailyReportsFilterField(d.pop("field"))

        operator = ApiFilterOperator(d.pop("operator"))

        values = cast(list[str], d.pop("values"))

        daily_reports_filter = cls(
            field=field,
            operator=operator,
            values=values,
        )

        return daily_reports_filter
