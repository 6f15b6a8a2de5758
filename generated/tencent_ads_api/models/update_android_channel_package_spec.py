# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.update_channel_package_item import UpdateChannelPackageItem

T = TypeVar("T", bound="UpdateAndroidChannelPackageSpec")


@_attrs_define
class UpdateAndroidChannelPackageSpec:
    """更新安卓渠道包任务条件 — update Android channel packages."""

    myapp_auth_key: str
    """ 应用宝授权 key — the app store (应用宝) authorization key. """
    android_app_id: int
    """ 安卓应用 id — the Android app's id. """
    android_channel_package_spec: list[UpdateChannelPackageItem]
    """ 渠道包列表 — 1–100 channel packages. """

    def to_dict(self) -> dict[str, Any]:
        myapp_auth_key = self.myapp_auth_key

        android_app_id = self.android_app_id

        android_channel_package_spec = []
        for android_channel_package_spec_item_data in self.android_channel_package_spec:
            android_channel_package_spec_item = android_channel_package_spec_item_data.to_dict()
            android_channel_package_spec.append(android_channel_package_spec_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "myapp_auth_key": myapp_auth_key,
                "android_app_id": android_app_id,
                "android_channel_package_spec": android_channel_package_spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        myapp_auth_key = d.pop("myapp_auth_key")

        android_app_id = d.pop("android_app_id")

        android_channel_package_spec = []
        _android_channel_package_spec = d.pop("android_channel_package_spec")
        for android_channel_package_spec_item_data in _android_channel_package_spec:
            android_channel_package_spec_item = UpdateChannelPackageItem.from_dict(
                android_channel_package_spec_item_data
            )

            android_channel_package_spec.append(android_channel_package_spec_item)

        update_android_channel_package_spec = cls(
            myapp_auth_key=myapp_auth_key,
            android_app_id=android_app_id,
            android_channel_package_spec=android_channel_package_spec,
        )

        return update_android_channel_package_spec
