# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectInfoLocation")


@_attrs_define
class RejectInfoLocation:
    x: int | Unset = UNSET
    """ x 轴位置. """
    y: int | Unset = UNSET
    """ y 轴位置. """
    width: int | Unset = UNSET
    """ 宽度. """
    height: int | Unset = UNSET
    """ 高度. """
    time_second: float | Unset = UNSET
    """ 视频时间点 (float, seconds). """
    location_img_url: str | Unset = UNSET
    """ 标注结果图 url. """
    img_url: str | Unset = UNSET
    """ 帧图片 url. """
    related_img_url: str | Unset = UNSET
    """ 种子图 url. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        width = self.width

        height = self.height

        time_second = self.time_second

        location_img_url = self.location_img_url

        img_url = self.img_url

        related_img_url = self.related_img_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if time_second is not UNSET:
            field_dict["time_second"] = time_second
        if location_img_url is not UNSET:
            field_dict["location_img_url"] = location_img_url
        if img_url is not UNSET:
            field_dict["img_url"] = img_url
        if related_img_url is not UNSET:
            field_dict["related_img_url"] = related_img_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        time_second = d.pop("time_second", UNSET)

        location_img_url = d.pop("location_img_url", UNSET)

        img_url = d.pop("img_url", UNSET)

        related_img_url = d.pop("related_img_url", UNSET)

        reject_info_location = cls(
            x=x,
            y=y,
            width=width,
            height=height,
            time_second=time_second,
            location_img_url=location_img_url,
            img_url=img_url,
            related_img_url=related_img_url,
        )

        reject_info_location.additional_properties = d
        return reject_info_location

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
