"""Lenient on what we receive: unknown enums, string ids, new fields and nulls never break parsing."""
# mypy: disable-error-code="union-attr,index,arg-type,comparison-overlap,type-var"
# (models mark every field optional — lenient on receive — and these tests assert presence at run time)

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from tencent_ads import Client, ResponseDecodeError, TaskStatus
from tencent_ads._lenient import to_int
from tencent_ads_api.models.channel_task_status import ChannelTaskStatus
from tencent_ads_api.models.derive_data_version import DeriveDataVersion
from tencent_ads_api.models.material_type import MaterialType
from tencent_ads_api.types import Unset
from tencent_ads_generated.decoders import reject_info_location


def client_answering(body: Any) -> Client:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Client("tok", transport=httpx.MockTransport(lambda _: httpx.Response(200, content=raw)))


def tasks_of(body: Any) -> Any:
    with client_answering(body) as client:
        return client.async_tasks.get(account_id=1)


def test_unknown_enum_values_are_kept_as_strings() -> None:
    data = tasks_of(
        {
            "code": 0,
            "data": {
                "list": [
                    {
                        "task_id": 1,
                        "status": "TASK_STATUS_NEW_IN_2027",
                        "result": {
                            "data": {
                                "channel_package_info_list": [
                                    {"status": "CHANNEL_TASK_STATUS_COMPLETED", "error_code": "TASK_ERROR_NEW"}
                                ],
                                "review_element_prereview_result_list": [
                                    {
                                        "element_type": "AUDIO",
                                        "risk_level": "PASS",
                                        "pre_review_details": [{"site_set": "SITE_SET_MARS", "pre_review_result": "X"}],
                                    }
                                ],
                            }
                        },
                    },
                    {"task_id": 2, "status": "TASK_STATUS_FAIL"},
                ]
            },
        }
    )
    first, second = data.list_
    assert first.status == "TASK_STATUS_NEW_IN_2027" and not isinstance(first.status, TaskStatus)
    assert second.status is TaskStatus.TASK_STATUS_FAIL
    package = first.result.data.channel_package_info_list[0]
    assert package.status is ChannelTaskStatus.CHANNEL_TASK_STATUS_COMPLETED
    assert package.error_code == "TASK_ERROR_NEW"
    review = first.result.data.review_element_prereview_result_list[0]
    assert review.element_type == "AUDIO"
    assert review.pre_review_details[0].site_set == "SITE_SET_MARS"


def test_ids_and_times_sent_as_strings_come_out_as_int() -> None:
    data = tasks_of(
        {
            "code": "0",
            "data": {
                "list": [
                    {
                        "task_id": "1024",
                        "created_time": "1403243242",
                        "result": {"code": "0", "data": {"file_info_list": [{"file_id": "5", "md5": "m"}]}},
                    }
                ],
                "page_info": {"page": "1", "page_size": "10", "total_number": "1", "total_page": "1"},
            },
        }
    )
    task = data.list_[0]
    assert (task.task_id, task.created_time, task.result.code) == (1024, 1403243242, 0)
    assert type(task.task_id) is int
    assert task.result.data.file_info_list[0].file_id == 5
    assert data.page_info.total_page == 1


def test_the_doc_example_with_string_material_ids() -> None:
    body = {
        "code": 0,
        "message": "",
        "message_cn": "",
        "data": {
            "material_derive_id": 116922,
            "derive_data_version": "DERIVE_DATA_VERSION_V3",
            "dynamic_creative_id": 41068223,
            "adgroup_id": "<ADGROUP_ID>",
            "list": [
                {
                    "derive_component_id": 1143930,
                    "origin_component_id": 1139529,
                    "template_id": 11425687,
                    "derive_material": {"material_id": "3173292726", "type": "IMAGE"},
                    "origin_material": [{"material_id": "3173291271", "type": "IMAGE"}],
                }
            ],
        },
    }
    with client_answering(body) as client:
        data = client.programmed_commponent_result.get(account_id=1, material_derive_id=116922)
    assert data.derive_data_version is DeriveDataVersion.DERIVE_DATA_VERSION_V3
    assert data.adgroup_id == "<ADGROUP_ID>"  # not a number: kept, not lost
    component = data.list_[0]
    assert component.derive_material.material_id == 3173292726
    assert component.derive_material.type_ is MaterialType.IMAGE
    assert component.origin_material[0].material_id == 3173291271


def test_new_fields_are_kept() -> None:
    data = tasks_of({"code": 0, "data": {"list": [{"task_id": 1, "owner": {"id": 7}}], "next_cursor": "abc"}})
    assert data.list_[0].additional_properties == {"owner": {"id": 7}}
    assert data.additional_properties == {"next_cursor": "abc"}


def test_nulls_and_missing_fields_are_absent() -> None:
    data = tasks_of(
        {"code": 0, "data": {"list": [{"task_id": 1, "result": None, "status": None}, None], "page_info": None}}
    )
    assert tasks_of({"code": 0, "data": {"list": None}}).list_ == []
    task = data.list_[0]
    assert isinstance(task.result, Unset) and isinstance(task.status, Unset)
    assert isinstance(data.page_info, Unset)
    assert len(data.list_) == 1


def test_empty_data_means_an_empty_result() -> None:
    with client_answering({"code": 0, "message": "", "message_cn": "", "data": {}}) as client:
        data = client.programmed_commponent_result.get(account_id=1, material_derive_id=9)
    assert data.list_ == []  # a page's list is never Unset (issue 14): missing reads as empty
    with client_answering({"code": 0}) as client:
        data = client.programmed_commponent_result.get(account_id=1, material_derive_id=9)
    assert isinstance(data.material_derive_id, Unset)


def test_a_wrong_shape_is_a_decode_error_with_the_body() -> None:
    with pytest.raises(ResponseDecodeError, match="does not match the documented shape") as info:
        tasks_of({"code": 0, "data": {"list": [{"result": "not an object"}]}})
    assert "not an object" in info.value.body_snippet


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("42", 42), (" 42 ", 42), ("-3", -3), ("4.5", "4.5"), ("<ID>", "<ID>"), ("", ""), (7, 7), (None, None)],
)
def test_to_int(raw: Any, expected: Any) -> None:
    assert to_int(raw) == expected


def test_the_decoders_follow_every_lenient_number_of_the_spec() -> None:
    # RejectInfoLocation, five levels down an async task: four LenientIntegers, one LenientNumber, three strings
    location = reject_info_location({"time_second": "1.5", "x": "3", "y": 4, "width": "<W>", "img_url": None})
    assert (location.x, location.y, location.width, location.time_second) == (3, 4, "<W>", 1.5)
    assert isinstance(location.img_url, Unset) and isinstance(location.height, Unset)
    assert location.additional_properties == {}
