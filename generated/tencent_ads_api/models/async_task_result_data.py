# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_package_info import ChannelPackageInfo
from ..models.file_info import FileInfo
from ..models.review_element_prereview_result import ReviewElementPrereviewResult
from ..models.union_channel_package_info import UnionChannelPackageInfo
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskResultData")


@_attrs_define
class AsyncTaskResultData:
    """任务结果."""

    file_info_list: list[FileInfo] | Unset = UNSET
    """ 文件返回结果列表. """
    channel_package_info_list: list[ChannelPackageInfo] | Unset = UNSET
    union_channel_package_info_list: list[UnionChannelPackageInfo] | Unset = UNSET
    review_element_prereview_result_list: list[ReviewElementPrereviewResult] | Unset = UNSET
    """ 预审结果集合信息. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_info_list, Unset):
            file_info_list = []
            for file_info_list_item_data in self.file_info_list:
                file_info_list_item = file_info_list_item_data.to_dict()
                file_info_list.append(file_info_list_item)

        channel_package_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channel_package_info_list, Unset):
            channel_package_info_list = []
            for channel_package_info_list_item_data in self.channel_package_info_list:
                channel_package_info_list_item = channel_package_info_list_item_data.to_dict()
                channel_package_info_list.append(channel_package_info_list_item)

        union_channel_package_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.union_channel_package_info_list, Unset):
            union_channel_package_info_list = []
            for union_channel_package_info_list_item_data in self.union_channel_package_info_list:
                union_channel_package_info_list_item = union_channel_package_info_list_item_data.to_dict()
                union_channel_package_info_list.append(union_channel_package_info_list_item)

        review_element_prereview_result_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_element_prereview_result_list, Unset):
            review_element_prereview_result_list = []
            for review_element_prereview_result_list_item_data in self.review_element_prereview_result_list:
                review_element_prereview_result_list_item = review_element_prereview_result_list_item_data.to_dict()
                review_element_prereview_result_list.append(review_element_prereview_result_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_info_list is not UNSET:
            field_dict["file_info_list"] = file_info_list
        if channel_package_info_list is not UNSET:
            field_dict["channel_package_info_list"] = channel_package_info_list
        if union_channel_package_info_list is not UNSET:
            field_dict["union_channel_package_info_list"] = union_channel_package_info_list
        if review_element_prereview_result_list is not UNSET:
            field_dict["review_element_prereview_result_list"] = review_element_prereview_result_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _file_info_list = d.pop("file_info_list", UNSET)
        file_info_list: list[FileInfo] | Unset = UNSET
        if _file_info_list is not UNSET:
            file_info_list = []
            for file_info_list_item_data in _file_info_list:
                file_info_list_item = FileInfo.from_dict(file_info_list_item_data)

                file_info_list.append(file_info_list_item)

        _channel_package_info_list = d.pop("channel_package_info_list", UNSET)
        channel_package_info_list: list[ChannelPackageInfo] | Unset = UNSET
        if _channel_package_info_list is not UNSET:
            channel_package_info_list = []
            for channel_package_info_list_item_data in _channel_package_info_list:
                channel_package_info_list_item = ChannelPackageInfo.from_dict(channel_package_info_list_item_data)

                channel_package_info_list.append(channel_package_info_list_item)

        _union_channel_package_info_list = d.pop("union_channel_package_info_list", UNSET)
        union_channel_package_info_list: list[UnionChannelPackageInfo] | Unset = UNSET
        if _union_channel_package_info_list is not UNSET:
            union_channel_package_info_list = []
            for union_channel_package_info_list_item_data in _union_channel_package_info_list:
                union_channel_package_info_list_item = UnionChannelPackageInfo.from_dict(
                    union_channel_package_info_list_item_data
                )

                union_channel_package_info_list.append(union_channel_package_info_list_item)

        _review_element_prereview_result_list = d.pop("review_element_prereview_result_list", UNSET)
        review_element_prereview_result_list: list[ReviewElementPrereviewResult] | Unset = UNSET
        if _review_element_prereview_result_list is not UNSET:
            review_element_prereview_result_list = []
            for review_element_prereview_result_list_item_data in _review_element_prereview_result_list:
                review_element_prereview_result_list_item = ReviewElementPrereviewResult.from_dict(
                    review_element_prereview_result_list_item_data
                )

                review_element_prereview_result_list.append(review_element_prereview_result_list_item)

        async_task_result_data = cls(
            file_info_list=file_info_list,
            channel_package_info_list=channel_package_info_list,
            union_channel_package_info_list=union_channel_package_info_list,
            review_element_prereview_result_list=review_element_prereview_result_list,
        )

        async_task_result_data.additional_properties = d
        return async_task_result_data

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
