# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_task_result import AsyncTaskResult
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncReportTask")


@_attrs_define
class AsyncReportTask:
    """An asynchronous report task (Go SDK TaskListStruct); no `task_type`, unlike `AsyncTask`."""

    task_id: int | Unset = UNSET
    """ 任务 id (int64). """
    task_name: str | Unset = UNSET
    """ 任务名称. """
    status: str | TaskStatus | Unset = UNSET
    created_time: int | Unset = UNSET
    """ Creation time, Unix epoch seconds (int64). """
    result: AsyncTaskResult | Unset = UNSET
    """ 任务结果. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        task_name = self.task_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        created_time = self.created_time

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        task_name = d.pop("task_name", UNSET)

        def _parse_status(data: object) -> str | TaskStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_task_status_value_type_0 = TaskStatus(data)

                return componentsschemas_task_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_time = d.pop("created_time", UNSET)

        _result = d.pop("result", UNSET)
        result: AsyncTaskResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AsyncTaskResult.from_dict(_result)

        async_report_task = cls(
            task_id=task_id,
            task_name=task_name,
            status=status,
            created_time=created_time,
            result=result,
        )

        async_report_task.additional_properties = d
        return async_report_task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
