# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReportDateRange")


@_attrs_define
class ReportDateRange:
    """日期范围 — the days of a report, both included. daily_reports/get: at most 365 days back, start_date <= end_date;
    hourly_reports/get: one day (start_date equal to end_date), at most 90 days back. These relations are the server's
    to check.

    """

    start_date: str
    """ A day, `YYYY-MM-DD` (字段长度为 10 字节), in the API's GMT+8 calendar. The pattern checks the form and the month
    and day ranges; whether the day exists (Feb 30) and how far back it lies are left to the server. """
    end_date: str
    """ A day, `YYYY-MM-DD` (字段长度为 10 字节), in the API's GMT+8 calendar. The pattern checks the form and the month
    and day ranges; whether the day exists (Feb 30) and how far back it lies are left to the server. """

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_date = d.pop("start_date")

        end_date = d.pop("end_date")

        report_date_range = cls(
            start_date=start_date,
            end_date=end_date,
        )

        return report_date_range
