# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateChannelPackageItem")


@_attrs_define
class UpdateChannelPackageItem:
    channel_package_id: str
    """ 渠道包 id — 1–64 bytes. """
    download_url: str
    """ 渠道包下载地址 — 1–10240 bytes. """

    def to_dict(self) -> dict[str, Any]:
        channel_package_id = self.channel_package_id

        download_url = self.download_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel_package_id": channel_package_id,
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel_package_id = d.pop("channel_package_id")

        download_url = d.pop("download_url")

        update_channel_package_item = cls(
            channel_package_id=channel_package_id,
            download_url=download_url,
        )

        return update_channel_package_item
