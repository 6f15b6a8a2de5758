# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.async_report_filter_operator import AsyncReportFilterOperator
from ..models.async_reports_add_filter_field import AsyncReportsAddFilterField

T = TypeVar("T", bound="AsyncReportsAddFilter")


@_attrs_define
class AsyncReportsAddFilter:
    """One filter condition of async_reports/add (a body member: real JSON). The page gives one operator list for every
    field and no per-field value rules; values are 1–100 strings of 1–64 bytes.

    """

    field: AsyncReportsAddFilterField
    """ Filterable fields of async_reports/add (the v3.0 page; `hour` only here). """
    operator: AsyncReportFilterOperator
    """ The operators of the async report pages (async_reports/add and async_reports/get list the same eight; NOT_IN
    is not among them). """
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
        field = AsyncReportsAddFilterField(d.pop("field"))

        operator = AsyncReportFilterOperator(d.pop("operator"))

        values = cast(list[str], d.pop("values"))

        async_reports_add_filter = cls(
            field=field,
            operator=operator,
            values=values,
        )

        return async_reports_add_filter
