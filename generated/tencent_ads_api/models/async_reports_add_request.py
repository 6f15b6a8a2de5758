# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.async_report_level import AsyncReportLevel
from ..models.async_reports_add_filter import AsyncReportsAddFilter
from ..models.report_granularity import ReportGranularity
from ..models.time_line import TimeLine
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncReportsAddRequest")


@_attrs_define
class AsyncReportsAddRequest:
    """The body of async_reports/add."""

    task_name: str
    """ 任务名称 — 1–120 bytes of UTF-8 (a Chinese character counts 3). """
    report_fields: list[str]
    """ 指定返回的字段列表 — names of the dimensions and metrics a report row (or an async report file) carries: 1–1024 names
    of 1–64 bytes. Not checked against a list: the metrics grow (ReportRow names the common ones). """
    level: AsyncReportLevel
    """ async_report_level — levels of async_reports/add: the v3.0 page's 21 and the Go SDK's AsyncReportLevel,
    which adds REPORT_LEVEL_CREATIVE_ASSET, REPORT_LEVEL_VIDEO_HIGHLIGHT and REPORT_LEVEL_WECHAT_SHOP_PRODUCT; the
    union, as for `ReportDailyLevel`. """
    granularity: ReportGranularity
    """ report_granularity — 异步报表粒度 (the page and the Go SDK agree). """
    date: str
    """ A day, `YYYY-MM-DD` (字段长度为 10 字节), in the API's GMT+8 calendar. The pattern checks the form and the month
    and day ranges; whether the day exists (Feb 30) and how far back it lies are left to the server. """
    account_id: int | Unset = UNSET
    """ Account id (int64). """
    filtering: list[AsyncReportsAddFilter] | Unset = UNSET
    """ 过滤条件 — 1–5 conditions; omit for none (the page's minimum is 1). """
    time_line: TimeLine | Unset = UNSET
    """ time_line — 时间口径 (the pages and the Go SDK's TimeLine agree). """
    group_by: list[str] | Unset = UNSET
    """ 聚合参数 of async_reports/add: 1–5 dimension names of at most 255 bytes; every level accepts `site_set` (所有
    level 均可使用：{site_set}). Open strings, as in `ReportGroupBy`. """
    organization_id: int | Unset = UNSET
    """ 业务单元 id — a business unit (int64), 0–9999999999 as the report pages bound it. """

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        report_fields = self.report_fields

        level = self.level.value

        granularity = self.granularity.value

        date = self.date

        account_id = self.account_id

        filtering: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filtering, Unset):
            filtering = []
            for filtering_item_data in self.filtering:
                filtering_item = filtering_item_data.to_dict()
                filtering.append(filtering_item)

        time_line: str | Unset = UNSET
        if not isinstance(self.time_line, Unset):
            time_line = self.time_line.value

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_name": task_name,
                "report_fields": report_fields,
                "level": level,
                "granularity": granularity,
                "date": date,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if filtering is not UNSET:
            field_dict["filtering"] = filtering
        if time_line is not UNSET:
            field_dict["time_line"] = time_line
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        task_name = d.pop("task_name")

        report_fields = cast(list[str], d.pop("report_fields"))

        level = AsyncReportLevel(d.pop("level"))

        granularity = ReportGranularity(d.pop("granularity"))

        date = d.pop("date")

        account_id = d.pop("account_id", UNSET)

        _filtering = d.pop("filtering", UNSET)
        filtering: list[AsyncReportsAddFilter] | Unset = UNSET
        if _filtering is not UNSET:
            filtering = []
            for filtering_item_data in _filtering:
                filtering_item = AsyncReportsAddFilter.from_dict(filtering_item_data)

                filtering.append(filtering_item)

        _time_line = d.pop("time_line", UNSET)
        time_line: TimeLine | Unset
        if isinstance(_time_line, Unset):
            time_line = UNSET
        else:
            time_line = TimeLine(_time_line)

        group_by = cast(list[str], d.pop("group_by", UNSET))

        organization_id = d.pop("organization_id", UNSET)

        async_reports_add_request = cls(
            task_name=task_name,
            report_fields=report_fields,
            level=level,
            granularity=granularity,
            date=date,
            account_id=account_id,
            filtering=filtering,
            time_line=time_line,
            group_by=group_by,
            organization_id=organization_id,
        )

        return async_reports_add_request
