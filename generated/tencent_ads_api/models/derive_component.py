# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.material_info import MaterialInfo
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeriveComponent")


@_attrs_define
class DeriveComponent:
    derive_component_id: int | Unset = UNSET
    """ 衍生组件 id (int64). """
    origin_component_id: int | Unset = UNSET
    """ 原始组件 id (int64). """
    template_id: int | Unset = UNSET
    """ 模版 id (int64). """
    derive_material: MaterialInfo | Unset = UNSET
    """ 素材信息. """
    origin_material: list[MaterialInfo] | Unset = UNSET
    """ 素材信息列表,数组长度为 [0,50]. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        derive_component_id = self.derive_component_id

        origin_component_id = self.origin_component_id

        template_id = self.template_id

        derive_material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.derive_material, Unset):
            derive_material = self.derive_material.to_dict()

        origin_material: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.origin_material, Unset):
            origin_material = []
            for origin_material_item_data in self.origin_material:
                origin_material_item = origin_material_item_data.to_dict()
                origin_material.append(origin_material_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if derive_component_id is not UNSET:
            field_dict["derive_component_id"] = derive_component_id
        if origin_component_id is not UNSET:
            field_dict["origin_component_id"] = origin_component_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if derive_material is not UNSET:
            field_dict["derive_material"] = derive_material
        if origin_material is not UNSET:
            field_dict["origin_material"] = origin_material

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        derive_component_id = d.pop("derive_component_id", UNSET)

        origin_component_id = d.pop("origin_component_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        _derive_material = d.pop("derive_material", UNSET)
        derive_material: MaterialInfo | Unset
        if isinstance(_derive_material, Unset):
            derive_material = UNSET
        else:
            derive_material = MaterialInfo.from_dict(_derive_material)

        _origin_material = d.pop("origin_material", UNSET)
        origin_material: list[MaterialInfo] | Unset = UNSET
        if _origin_material is not UNSET:
            origin_material = []
            for origin_material_item_data in _origin_material:
                origin_material_item = MaterialInfo.from_dict(origin_material_item_data)

                origin_material.append(origin_material_item)

        derive_component = cls(
            derive_component_id=derive_component_id,
            origin_component_id=origin_component_id,
            template_id=template_id,
            derive_material=derive_material,
            origin_material=origin_material,
        )

        derive_component.additional_properties = d
        return derive_component

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
