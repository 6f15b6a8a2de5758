# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.derive_component import DeriveComponent
from ..models.derive_data_version import DeriveDataVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammedCommponentResultGetData")


@_attrs_define
class ProgrammedCommponentResultGetData:
    """Empty when the id has not yet gone through the creative flow."""

    list_: list[DeriveComponent]
    """ 衍生成品组件信息列表,数组长度为 [0,20]. """
    material_derive_id: int | Unset = UNSET
    """ 衍生全局 id (int64). """
    derive_data_version: DeriveDataVersion | str | Unset = UNSET
    dynamic_creative_id: int | Unset = UNSET
    """ 广告创意 id (int64). """
    adgroup_id: int | Unset = UNSET
    """ 广告组 id (int64; the doc example shows the placeholder string "<ADGROUP_ID>"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        material_derive_id = self.material_derive_id

        derive_data_version: str | Unset
        if isinstance(self.derive_data_version, Unset):
            derive_data_version = UNSET
        elif isinstance(self.derive_data_version, DeriveDataVersion):
            derive_data_version = self.derive_data_version.value
        else:
            derive_data_version = self.derive_data_version

        dynamic_creative_id = self.dynamic_creative_id

        adgroup_id = self.adgroup_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
            }
        )
        if material_derive_id is not UNSET:
            field_dict["material_derive_id"] = material_derive_id
        if derive_data_version is not UNSET:
            field_dict["derive_data_version"] = derive_data_version
        if dynamic_creative_id is not UNSET:
            field_dict["dynamic_creative_id"] = dynamic_creative_id
        if adgroup_id is not UNSET:
            field_dict["adgroup_id"] = adgroup_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        list_ = []
        _list_ = d.pop("list")
        for list_item_data in _list_:
            list_item = DeriveComponent.from_dict(list_item_data)

            list_.append(list_item)

        material_derive_id = d.pop("material_derive_id", UNSET)

        def _parse_derive_data_version(data: object) -> DeriveDataVersion | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_derive_data_version_value_type_0 = DeriveDataVersion(data)

                return componentsschemas_derive_data_version_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeriveDataVersion | str | Unset, data)

        derive_data_version = _parse_derive_data_version(d.pop("derive_data_version", UNSET))

        dynamic_creative_id = d.pop("dynamic_creative_id", UNSET)

        adgroup_id = d.pop("adgroup_id", UNSET)

        programmed_commponent_result_get_data = cls(
            list_=list_,
            material_derive_id=material_derive_id,
            derive_data_version=derive_data_version,
            dynamic_creative_id=dynamic_creative_id,
            adgroup_id=adgroup_id,
        )

        programmed_commponent_result_get_data.additional_properties = d
        return programmed_commponent_result_get_data

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
