# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthAuthorizerInfo")


@_attrs_define
class OauthAuthorizerInfo:
    """Who authorised the app (Go SDK AuthorizerStruct)."""

    account_uin: int | Unset = UNSET
    account_id: int | Unset = UNSET
    scope_list: list[str] | Unset = UNSET
    wechat_account_id: str | Unset = UNSET
    account_role_type: str | Unset = UNSET
    """ OauthAccountRoleType (SDK enum); kept open. """
    account_type: str | Unset = UNSET
    """ OauthAccountType (SDK enum); kept open. """
    role_type: str | Unset = UNSET
    """ RoleType (SDK enum); kept open. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_uin = self.account_uin

        account_id = self.account_id

        scope_list: list[str] | Unset = UNSET
        if not isinstance(self.scope_list, Unset):
            scope_list = self.scope_list

        wechat_account_id = self.wechat_account_id

        account_role_type = self.account_role_type

        account_type = self.account_type

        role_type = self.role_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_uin is not UNSET:
            field_dict["account_uin"] = account_uin
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if scope_list is not UNSET:
            field_dict["scope_list"] = scope_list
        if wechat_account_id is not UNSET:
            field_dict["wechat_account_id"] = wechat_account_id
        if account_role_type is not UNSET:
            field_dict["account_role_type"] = account_role_type
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if role_type is not UNSET:
            field_dict["role_type"] = role_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_uin = d.pop("account_uin", UNSET)

        account_id = d.pop("account_id", UNSET)

        scope_list = cast(list[str], d.pop("scope_list", UNSET))

        wechat_account_id = d.pop("wechat_account_id", UNSET)

        account_role_type = d.pop("account_role_type", UNSET)

        account_type = d.pop("account_type", UNSET)

        role_type = d.pop("role_type", UNSET)

        oauth_authorizer_info = cls(
            account_uin=account_uin,
            account_id=account_id,
            scope_list=scope_list,
            wechat_account_id=wechat_account_id,
            account_role_type=account_role_type,
            account_type=account_type,
            role_type=role_type,
        )

        oauth_authorizer_info.additional_properties = d
        return oauth_authorizer_info

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
