# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.async_task_spec import AsyncTaskSpec
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTasksAddRequest")


@_attrs_define
class AsyncTasksAddRequest:
    """The body of async_tasks/add."""

    account_id: int
    """ Account id (int64). """
    task_name: str
    """ 任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts 3). """
    task_type: str
    """ 任务类型 — an open string: the page's enum names TASK_TYPE_CREATE_ANDROID_CHANNEL_PACKAGE and
    TASK_TYPE_UPDATE_ANDROID_CHANNEL_PACKAGE; its curl sends TASK_TYPE_AGENCY_AD_HOURLY_REPORT (see `TaskType`). """
    task_spec: AsyncTaskSpec | Unset = UNSET
    """ 任务所需条件 — what the task needs, one `task_type_<type>_spec` member for its type. The two documented members
    are checked; any other member (the page's task_type_delete_creative_asset_spec, the curl's
    task_type_agency_ad_hourly_report_spec) is sent as given, an object. """

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        task_name = self.task_name

        task_type = self.task_type

        task_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_spec, Unset):
            task_spec = self.task_spec.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_id": account_id,
                "task_name": task_name,
                "task_type": task_type,
            }
        )
        if task_spec is not UNSET:
            field_dict["task_spec"] = task_spec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        account_id = d.pop("account_id")

        task_name = d.pop("task_name")

        task_type = d.pop("task_type")

        _task_spec = d.pop("task_spec", UNSET)
        task_spec: AsyncTaskSpec | Unset
        if isinstance(_task_spec, Unset):
            task_spec = UNSET
        else:
            task_spec = AsyncTaskSpec.from_dict(_task_spec)

        async_tasks_add_request = cls(
            account_id=account_id,
            task_name=task_name,
            task_type=task_type,
            task_spec=task_spec,
        )

        return async_tasks_add_request
