# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateChannelPackageItem")


@_attrs_define
class CreateChannelPackageItem:
    package_name: str
    """ 渠道包名称 — 1–1024 bytes. """
    download_url: str
    """ 渠道包下载地址 — 1–10240 bytes. """

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        download_url = self.download_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "package_name": package_name,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        package_name = d.pop("package_name")

        download_url = d.pop("download_url")

        create_channel_package_item = cls(
            package_name=package_name,
            download_url=download_url,
        )

        return create_channel_package_item
