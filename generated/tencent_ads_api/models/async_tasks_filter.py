# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.api_filter_operator import ApiFilterOperator
from ..models.async_tasks_filter_field import AsyncTasksFilterField

T = TypeVar("T", bound="AsyncTasksFilter")


@_attrs_define
class AsyncTasksFilter:
    """One filter condition. Rules per field (seed page, operator and values):

    | field | operators | values |
    |---|---|---|
    | task_id | EQUALS, IN | EQUALS: exactly 1; IN: 1–100; decimal ids |
    | task_name | EQUALS, CONTAINS | exactly 1 |
    | task_type | EQUALS, IN | EQUALS: exactly 1; IN: 1–100 |
    | created_time | EQUALS, LESS_EQUALS, LESS, GREATER_EQUALS, GREATER | exactly 1; epoch seconds |
    | result_status | EQUALS, IN | EQUALS: exactly 1; IN: 1–100; TaskResultStatus values |
    | status | EQUALS, IN | EQUALS: exactly 1; IN: 1–100; TaskStatus values |

    """

    field: AsyncTasksFilterField
    """ Filterable fields of async_tasks/get. """
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
        field = AsyncTasksFilterField(d.pop("field"))

        operator = ApiFilterOperator(d.pop("operator"))

        values = cast(list[str], d.pop("values"))

        async_tasks_filter = cls(
            field=field,
            operator=operator,
            values=values,
        )

        return async_tasks_filter
