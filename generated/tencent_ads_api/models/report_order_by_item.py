# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.sort_type import SortType

T = TypeVar("T", bound="ReportOrderByItem")


@_attrs_define
class ReportOrderByItem:
    """One sort key (Go SDK OrderByStruct)."""

    sort_field: str
    """ 排序字段 — a field of the row (no length bound on the pages). """
    sort_type: SortType
    """ sorted — 排序方式 (the pages and the Go SDK's Sorted agree). """

    def to_dict(self) -> dict[str, Any]:
        sort_field = self.sort_field

        sort_type = self.sort_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sort_field": sort_field,
                "sort_type": sort_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sort_field = d.pop("sort_field")

        sort_type = SortType(d.pop("sort_type"))

        report_order_by_item = cls(
            sort_field=sort_field,
            sort_type=sort_type,
        )

        return report_order_by_item
