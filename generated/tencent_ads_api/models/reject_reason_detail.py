# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reject_info_location import RejectInfoLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectReasonDetail")


@_attrs_define
class RejectReasonDetail:
    reject_reason_id: str | Unset = UNSET
    """ 拒绝原因 id (a string in the docs and SDKs). """
    reject_reason_content: str | Unset = UNSET
    """ 拒绝原因内容. """
    case_doc: str | Unset = UNSET
    """ 案例 url. """
    case_content: str | Unset = UNSET
    """ 案例内容富文本. """
    reject_info_locations: list[RejectInfoLocation] | Unset = UNSET
    """ 元素拒绝原因详情. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reject_reason_id = self.reject_reason_id

        reject_reason_content = self.reject_reason_content

        case_doc = self.case_doc

        case_content = self.case_content

        reject_info_locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reject_info_locations, Unset):
            reject_info_locations = []
            for reject_info_locations_item_data in self.reject_info_locations:
                reject_info_locations_item = reject_info_locations_item_data.to_dict()
                reject_info_locations.append(reject_info_locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reject_reason_id is not UNSET:
            field_dict["reject_reason_id"] = reject_reason_id
        if reject_reason_content is not UNSET:
            field_dict["reject_reason_content"] = reject_reason_content
        if case_doc is not UNSET:
            field_dict["case_doc"] = case_doc
        if case_content is not UNSET:
            field_dict["case_content"] = case_content
        if reject_info_locations is not UNSET:
            field_dict["reject_info_locations"] = reject_info_locations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        reject_reason_id = d.pop("reject_reason_id", UNSET)

        reject_reason_content = d.pop("reject_reason_content", UNSET)

        case_doc = d.pop("case_doc", UNSET)

        case_content = d.pop("case_content", UNSET)

        _reject_info_locations = d.pop("reject_info_locations", UNSET)
        reject_info_locations: list[RejectInfoLocation] | Unset = UNSET
        if _reject_info_locations is not UNSET:
            reject_info_locations = []
            for reject_info_locations_item_data in _reject_info_locations:
                reject_info_locations_item = RejectInfoLocation.from_dict(reject_info_locations_item_data)

                reject_info_locations.append(reject_info_locations_item)

        reject_reason_detail = cls(
            reject_reason_id=reject_reason_id,
            reject_reason_content=reject_reason_content,
            case_doc=case_doc,
            case_content=case_content,
            reject_info_locations=reject_info_locations,
        )

        reject_reason_detail.additional_properties = d
        return reject_reason_detail

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
