# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.material_type import MaterialType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialInfo")


@_attrs_define
class MaterialInfo:
    """素材信息."""

    material_id: int | Unset = UNSET
    """ 素材 id (int64), obtained by uploading through the videos or images module; the doc example sends it as a
    string. """
    type_: MaterialType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        material_id = self.material_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MaterialType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if material_id is not UNSET:
            field_dict["material_id"] = material_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        material_id = d.pop("material_id", UNSET)

        def _parse_type_(data: object) -> MaterialType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_material_type_value_type_0 = MaterialType(data)

                return componentsschemas_material_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaterialType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        material_info = cls(
            material_id=material_id,
            type_=type_,
        )

        material_info.additional_properties = d
        return material_info

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
