# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_error_detail import ApiErrorDetail
from ..models.reports_get_data import ReportsGetData
from ..types import UNSET, Unset

T = TypeVar("T", bound="HourlyReportsGetResponse")


@_attrs_define
class HourlyReportsGetResponse:
    """Envelope of hourly_reports/get (its `data` has daily_reports/get's shape)."""

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    message_cn: str | Unset = UNSET
    data: ReportsGetData | Unset = UNSET
    """ A page of report rows (daily_reports/get and hourly_reports/get). """
    errors: list[ApiErrorDetail] | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        message_cn = self.message_cn

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if message_cn is not UNSET:
            field_dict["message_cn"] = message_cn
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        message_cn = d.pop("message_cn", UNSET)

        _data = d.pop("data", UNSET)
        data: ReportsGetData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ReportsGetData.from_dict(_data)

        _errors = d.pop("errors", UNSET)
        errors: list[ApiErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ApiErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        trace_id = d.pop("trace_id", UNSET)

        hourly_reports_get_response = cls(
            code=code,
            message=message,
            message_cn=message_cn,
            data=data,
            errors=errors,
            trace_id=trace_id,
        )

        hourly_reports_get_response.additional_properties = d
        return hourly_reports_get_response

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
