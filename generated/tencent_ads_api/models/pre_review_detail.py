# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_risk_level import GroupRiskLevel
from ..models.pre_review_site_set import PreReviewSiteSet
from ..models.reject_reason_detail import RejectReasonDetail
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreReviewDetail")


@_attrs_define
class PreReviewDetail:
    site_set: PreReviewSiteSet | str | Unset = UNSET
    pre_review_result: GroupRiskLevel | str | Unset = UNSET
    reject_reason_detail: list[RejectReasonDetail] | Unset = UNSET
    """ 拒绝原因明细集合. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site_set: str | Unset
        if isinstance(self.site_set, Unset):
            site_set = UNSET
        elif isinstance(self.site_set, PreReviewSiteSet):
            site_set = self.site_set.value
        else:
            site_set = self.site_set

        pre_review_result: str | Unset
        if isinstance(self.pre_review_result, Unset):
            pre_review_result = UNSET
        elif isinstance(self.pre_review_result, GroupRiskLevel):
            pre_review_result = self.pre_review_result.value
        else:
            pre_review_result = self.pre_review_result

        reject_reason_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reject_reason_detail, Unset):
            reject_reason_detail = []
            for reject_reason_detail_item_data in self.reject_reason_detail:
                reject_reason_detail_item = reject_reason_detail_item_data.to_dict()
                reject_reason_detail.append(reject_reason_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if site_set is not UNSET:
            field_dict["site_set"] = site_set
        if pre_review_result is not UNSET:
            field_dict["pre_review_result"] = pre_review_result
        if reject_reason_detail is not UNSET:
            field_dict["reject_reason_detail"] = reject_reason_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_site_set(data: object) -> PreReviewSiteSet | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pre_review_site_set_value_type_0 = PreReviewSiteSet(data)

                return componentsschemas_pre_review_site_set_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PreReviewSiteSet | str | Unset, data)

        site_set = _parse_site_set(d.pop("site_set", UNSET))

        def _parse_pre_review_result(data: object) -> GroupRiskLevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_group_risk_level_value_type_0 = GroupRiskLevel(data)

                return componentsschemas_group_risk_level_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupRiskLevel | str | Unset, data)

        pre_review_result = _parse_pre_review_result(d.pop("pre_review_result", UNSET))

        _reject_reason_detail = d.pop("reject_reason_detail", UNSET)
        reject_reason_detail: list[RejectReasonDetail] | Unset = UNSET
        if _reject_reason_detail is not UNSET:
            reject_reason_detail = []
            for reject_reason_detail_item_data in _reject_reason_detail:
                reject_reason_detail_item = RejectReasonDetail.from_dict(reject_reason_detail_item_data)

                reject_reason_detail.append(reject_reason_detail_item)

        pre_review_detail = cls(
            site_set=site_set,
            pre_review_result=pre_review_result,
            reject_reason_detail=reject_reason_detail,
        )

        pre_review_detail.additional_properties = d
        return pre_review_detail

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
