# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.union_channel_task_status import UnionChannelTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnionChannelPackageInfo")


@_attrs_define
class UnionChannelPackageInfo:
    android_union_app_id: int | Unset = UNSET
    """ 广告包 APP id,大于等于 0 (int64). """
    package_name: str | Unset = UNSET
    """ 渠道包名称. """
    status: str | UnionChannelTaskStatus | Unset = UNSET
    created_time: int | Unset = UNSET
    """ Creation time, epoch seconds (int64). """
    last_modified_time: int | Unset = UNSET
    """ 最后修改时间,时间戳 (int64). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_union_app_id = self.android_union_app_id

        package_name = self.package_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UnionChannelTaskStatus):
            status = self.status.value
        else:
            status = self.status

        created_time = self.created_time

        last_modified_time = self.last_modified_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_union_app_id is not UNSET:
            field_dict["android_union_app_id"] = android_union_app_id
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_modified_time is not UNSET:
            field_dict["last_modified_time"] = last_modified_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        android_union_app_id = d.pop("android_union_app_id", UNSET)

        package_name = d.pop("package_name", UNSET)

        def _parse_status(data: object) -> str | UnionChannelTaskStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_union_channel_task_status_value_type_0 = UnionChannelTaskStatus(data)

                return componentsschemas_union_channel_task_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | UnionChannelTaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_time = d.pop("created_time", UNSET)

        last_modified_time = d.pop("last_modified_time", UNSET)

        union_channel_package_info = cls(
            android_union_app_id=android_union_app_id,
            package_name=package_name,
            status=status,
            created_time=created_time,
            last_modified_time=last_modified_time,
        )

        union_channel_package_info.additional_properties = d
        return union_channel_package_info

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
