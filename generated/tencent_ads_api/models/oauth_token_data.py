# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_authorizer_info import OauthAuthorizerInfo
from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthTokenData")


@_attrs_define
class OauthTokenData:
    """The new pair (Go SDK OauthTokenResponseData). Both tokens are secrets."""

    access_token: str | Unset = UNSET
    """ 授权令牌 — the new access token. """
    refresh_token: str | Unset = UNSET
    """ 刷新令牌 — the new refresh token (the previous one is now invalid). """
    access_token_expires_in: int | Unset = UNSET
    """ Seconds the access token lives (86400). """
    refresh_token_expires_in: int | Unset = UNSET
    """ Seconds the refresh token lives (2592000). """
    authorizer_info: OauthAuthorizerInfo | Unset = UNSET
    """ Who authorised the app (Go SDK AuthorizerStruct). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        access_token_expires_in = self.access_token_expires_in

        refresh_token_expires_in = self.refresh_token_expires_in

        authorizer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorizer_info, Unset):
            authorizer_info = self.authorizer_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if access_token_expires_in is not UNSET:
            field_dict["access_token_expires_in"] = access_token_expires_in
        if refresh_token_expires_in is not UNSET:
            field_dict["refresh_token_expires_in"] = refresh_token_expires_in
        if authorizer_info is not UNSET:
            field_dict["authorizer_info"] = authorizer_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        access_token_expires_in = d.pop("access_token_expires_in", UNSET)

        refresh_token_expires_in = d.pop("refresh_token_expires_in", UNSET)

        _authorizer_info = d.pop("authorizer_info", UNSET)
        authorizer_info: OauthAuthorizerInfo | Unset
        if isinstance(_authorizer_info, Unset):
            authorizer_info = UNSET
        else:
            authorizer_info = OauthAuthorizerInfo.from_dict(_authorizer_info)

        oauth_token_data = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            access_token_expires_in=access_token_expires_in,
            refresh_token_expires_in=refresh_token_expires_in,
            authorizer_info=authorizer_info,
        )

        oauth_token_data.additional_properties = d
        return oauth_token_data

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
