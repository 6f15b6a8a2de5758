# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_review_detail import PreReviewDetail
from ..models.pre_review_element_type import PreReviewElementType
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewElementPrereviewResult")


@_attrs_define
class ReviewElementPrereviewResult:
    element_type: PreReviewElementType | str | Unset = UNSET
    element_content: str | Unset = UNSET
    """ 元素内容. """
    risk_level: RiskLevel | str | Unset = UNSET
    pre_review_details: list[PreReviewDetail] | Unset = UNSET
    """ 元素预审结果明细集合. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_type: str | Unset
        if isinstance(self.element_type, Unset):
            element_type = UNSET
        elif isinstance(self.element_type, PreReviewElementType):
            element_type = self.element_type.value
        else:
            element_type = self.element_type

        element_content = self.element_content

        risk_level: str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        pre_review_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_review_details, Unset):
            pre_review_details = []
            for pre_review_details_item_data in self.pre_review_details:
                pre_review_details_item = pre_review_details_item_data.to_dict()
                pre_review_details.append(pre_review_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element_type is not UNSET:
            field_dict["element_type"] = element_type
        if element_content is not UNSET:
            field_dict["element_content"] = element_content
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if pre_review_details is not UNSET:
            field_dict["pre_review_details"] = pre_review_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_element_type(data: object) -> PreReviewElementType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pre_review_element_type_value_type_0 = PreReviewElementType(data)

                return componentsschemas_pre_review_element_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PreReviewElementType | str | Unset, data)

        element_type = _parse_element_type(d.pop("element_type", UNSET))

        element_content = d.pop("element_content", UNSET)

        def _parse_risk_level(data: object) -> RiskLevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_risk_level_value_type_0 = RiskLevel(data)

                return componentsschemas_risk_level_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RiskLevel | str | Unset, data)

        risk_level = _parse_risk_level(d.pop("risk_level", UNSET))

        _pre_review_details = d.pop("pre_review_details", UNSET)
        pre_review_details: list[PreReviewDetail] | Unset = UNSET
        if _pre_review_details is not UNSET:
            pre_review_details = []
            for pre_review_details_item_data in _pre_review_details:
                pre_review_details_item = PreReviewDetail.from_dict(pre_review_details_item_data)

                pre_review_details.append(pre_review_details_item)

        review_element_prereview_result = cls(
            element_type=element_type,
            element_content=element_content,
            risk_level=risk_level,
            pre_review_details=pre_review_details,
        )

        review_element_prereview_result.additional_properties = d
        return review_element_prereview_result

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
