# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_task_spec_additional_property import AsyncTaskSpecAdditionalProperty
from ..models.create_android_channel_package_spec import CreateAndroidChannelPackageSpec
from ..models.update_android_channel_package_spec import UpdateAndroidChannelPackageSpec
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskSpec")


@_attrs_define
class AsyncTaskSpec:
    """任务所需条件 — what the task needs, one `task_type_<type>_spec` member for its type. The two documented members are
    checked; any other member (the page's task_type_delete_creative_asset_spec, the curl's
    task_type_agency_ad_hourly_report_spec) is sent as given, an object.

    """

    task_type_create_android_channel_package_spec: CreateAndroidChannelPackageSpec | Unset = UNSET
    """ 创建安卓渠道包任务条件 — create Android channel packages. """
    task_type_update_android_channel_package_spec: UpdateAndroidChannelPackageSpec | Unset = UNSET
    """ 更新安卓渠道包任务条件 — update Android channel packages. """
    additional_properties: dict[str, AsyncTaskSpecAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type_create_android_channel_package_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_type_create_android_channel_package_spec, Unset):
            task_type_create_android_channel_package_spec = self.task_type_create_android_channel_package_spec.to_dict()

        task_type_update_android_channel_package_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_type_update_android_channel_package_spec, Unset):
            task_type_update_android_channel_package_spec = self.task_type_update_android_channel_package_spec.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if task_type_create_android_channel_package_spec is not UNSET:
            field_dict["task_type_create_android_channel_package_spec"] = task_type_create_android_channel_package_spec
        if task_type_update_android_channel_package_spec is not UNSET:
            field_dict["task_type_update_android_channel_package_spec"] = task_type_update_android_channel_package_spec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _task_type_create_android_channel_package_spec = d.pop("task_type_create_android_channel_package_spec", UNSET)
        task_type_create_android_channel_package_spec: CreateAndroidChannelPackageSpec | Unset
        if isinstance(_task_type_create_android_channel_package_spec, Unset):
            task_type_create_android_channel_package_spec = UNSET
        else:
            task_type_create_android_channel_package_spec = CreateAndroidChannelPackageSpec.from_dict(
                _task_type_create_android_channel_package_spec
            )

        _task_type_update_android_channel_package_spec = d.pop("task_type_update_android_channel_package_spec", UNSET)
        task_type_update_android_channel_package_spec: UpdateAndroidChannelPackageSpec | Unset
        if isinstance(_task_type_update_android_channel_package_spec, Unset):
            task_type_update_android_channel_package_spec = UNSET
        else:
            task_type_update_android_channel_package_spec = UpdateAndroidChannelPackageSpec.from_dict(
                _task_type_update_android_channel_package_spec
            )

        async_task_spec = cls(
            task_type_create_android_channel_package_spec=task_type_create_android_channel_package_spec,
            task_type_update_android_channel_package_spec=task_type_update_android_channel_package_spec,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AsyncTaskSpecAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        async_task_spec.additional_properties = additional_properties
        return async_task_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AsyncTaskSpecAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AsyncTaskSpecAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
