# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""The resources of ``Client`` and ``AsyncClient``: one attribute per tag of the spec, each from ``<tag>.py``.

Generated from spec/tencent-ads-v3.yaml by scripts/regenerate (template: scripts/templates/resources_init.py.jinja).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .async_report_files import AsyncAsyncReportFiles, AsyncRawAsyncReportFiles, AsyncReportFiles, RawAsyncReportFiles
from .async_reports import AsyncAsyncReports, AsyncRawAsyncReports, AsyncReports, RawAsyncReports
from .async_task_files import AsyncAsyncTaskFiles, AsyncRawAsyncTaskFiles, AsyncTaskFiles, RawAsyncTaskFiles
from .async_tasks import AsyncAsyncTasks, AsyncRawAsyncTasks, AsyncTasks, RawAsyncTasks
from .daily_reports import AsyncDailyReports, AsyncRawDailyReports, DailyReports, RawDailyReports
from .hourly_reports import AsyncHourlyReports, AsyncRawHourlyReports, HourlyReports, RawHourlyReports
from .oauth import AsyncOauth, AsyncRawOauth, Oauth, RawOauth
from .programmed_commponent_result import (
    AsyncProgrammedCommponentResult,
    AsyncRawProgrammedCommponentResult,
    ProgrammedCommponentResult,
    RawProgrammedCommponentResult,
)

if TYPE_CHECKING:
    from tencent_ads._client import AsyncClient, Client

#: The tags of the spec, in order: ``client.<tag>``.
TAGS: tuple[str, ...] = (
    "async_tasks",
    "async_task_files",
    "oauth",
    "programmed_commponent_result",
    "daily_reports",
    "hourly_reports",
    "async_reports",
    "async_report_files",
)


class SyncResources:
    """The resources of :class:`Client`, one attribute per tag."""

    async_tasks: AsyncTasks
    async_task_files: AsyncTaskFiles
    oauth: Oauth
    programmed_commponent_result: ProgrammedCommponentResult
    daily_reports: DailyReports
    hourly_reports: HourlyReports
    async_reports: AsyncReports
    async_report_files: AsyncReportFiles

    def _add_resources(self) -> None:
        client = cast("Client", self)
        self.async_tasks = AsyncTasks(client)
        self.async_task_files = AsyncTaskFiles(client)
        self.oauth = Oauth(client)
        self.programmed_commponent_result = ProgrammedCommponentResult(client)
        self.daily_reports = DailyReports(client)
        self.hourly_reports = HourlyReports(client)
        self.async_reports = AsyncReports(client)
        self.async_report_files = AsyncReportFiles(client)


class AsyncResources:
    """The resources of :class:`AsyncClient`, one attribute per tag."""

    async_tasks: AsyncAsyncTasks
    async_task_files: AsyncAsyncTaskFiles
    oauth: AsyncOauth
    programmed_commponent_result: AsyncProgrammedCommponentResult
    daily_reports: AsyncDailyReports
    hourly_reports: AsyncHourlyReports
    async_reports: AsyncAsyncReports
    async_report_files: AsyncAsyncReportFiles

    def _add_resources(self) -> None:
        client = cast("AsyncClient", self)
        self.async_tasks = AsyncAsyncTasks(client)
        self.async_task_files = AsyncAsyncTaskFiles(client)
        self.oauth = AsyncOauth(client)
        self.programmed_commponent_result = AsyncProgrammedCommponentResult(client)
        self.daily_reports = AsyncDailyReports(client)
        self.hourly_reports = AsyncHourlyReports(client)
        self.async_reports = AsyncAsyncReports(client)
        self.async_report_files = AsyncAsyncReportFiles(client)


class RawResources:
    """``Client.with_raw_response``: the resources, answering with the HTTP answer."""

    async_tasks: RawAsyncTasks
    async_task_files: RawAsyncTaskFiles
    oauth: RawOauth
    programmed_commponent_result: RawProgrammedCommponentResult
    daily_reports: RawDailyReports
    hourly_reports: RawHourlyReports
    async_reports: RawAsyncReports
    async_report_files: RawAsyncReportFiles

    def __init__(self, client: Client) -> None:
        self.async_tasks = RawAsyncTasks(client)
        self.async_task_files = RawAsyncTaskFiles(client)
        self.oauth = RawOauth(client)
        self.programmed_commponent_result = RawProgrammedCommponentResult(client)
        self.daily_reports = RawDailyReports(client)
        self.hourly_reports = RawHourlyReports(client)
        self.async_reports = RawAsyncReports(client)
        self.async_report_files = RawAsyncReportFiles(client)


class AsyncRawResources:
    """``AsyncClient.with_raw_response``: the resources, answering with the HTTP answer."""

    async_tasks: AsyncRawAsyncTasks
    async_task_files: AsyncRawAsyncTaskFiles
    oauth: AsyncRawOauth
    programmed_commponent_result: AsyncRawProgrammedCommponentResult
    daily_reports: AsyncRawDailyReports
    hourly_reports: AsyncRawHourlyReports
    async_reports: AsyncRawAsyncReports
    async_report_files: AsyncRawAsyncReportFiles

    def __init__(self, client: AsyncClient) -> None:
        self.async_tasks = AsyncRawAsyncTasks(client)
        self.async_task_files = AsyncRawAsyncTaskFiles(client)
        self.oauth = AsyncRawOauth(client)
        self.programmed_commponent_result = AsyncRawProgrammedCommponentResult(client)
        self.daily_reports = AsyncRawDailyReports(client)
        self.hourly_reports = AsyncRawHourlyReports(client)
        self.async_reports = AsyncRawAsyncReports(client)
        self.async_report_files = AsyncRawAsyncReportFiles(client)
