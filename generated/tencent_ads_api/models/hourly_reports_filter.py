# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.api_filter_operator import ApiFilterOperator
from ..models.hourly_reports_filter_field import HourlyReportsFilterField

T = TypeVar("T", bound="HourlyReportsFilter")


@_attrs_define
class HourlyReportsFilter:
    """One filter condition of hourly_reports/get: every field takes EQUALS or IN (the
    page); adgroup_id, dynamic_creative_id, component_id and bidword_id take decimal
    ids; IN takes 1–100 values, EQUALS exactly one. No `hour` filter on this page
    (async_reports/add has one).

    """

    field: HourlyReportsFilterField
    """ Filterable fields of hourly_reports/get (the v3.0 page's field list). """
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
        field = HourlyReportsFilterField(d.pop("field"))

        operator = ApiFilterOperator(d.pop("operator"))

        values = cast(list[str], d.pop("values"))

        hourly_reports_filter = cls(
            field=field,
            operator=operator,
            values=values,
        )

        return hourly_reports_filter
