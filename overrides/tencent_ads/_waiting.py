"""Waiting for one async task to finish — the I/O-free half shared by sync and async ``wait``.

The terminal statuses come from the spec (``TaskStatus.x-terminal``):
COMPLETED, FAIL, CANCELLED, EXPIRED and DELETED. Polls start at
``poll_interval`` and grow by ``backoff`` up to ``max_poll_interval``; the last
sleep is shortened so the overall ``timeout`` is kept.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from typing import Any, Final

from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.types import Unset

from ._errors import TencentAdsError
from ._spec import terminal_task_statuses

ProgressCallback = Callable[["WaitProgress"], Any]

DEFAULT_POLL_INTERVAL: Final = 2.0
DEFAULT_MAX_POLL_INTERVAL: Final = 30.0
DEFAULT_BACKOFF: Final = 1.5


def status_text(task: AsyncTask | None) -> str | None:
    """The task's status as a plain string (known enum member or the raw string), None if unknown."""
    if task is None or isinstance(task.status, Unset):
        return None
    status = task.status
    return status.value if isinstance(status, enum.Enum) else str(status)


def is_terminal(status: str | None) -> bool:
    return status is not None and status in terminal_task_statuses()


class WaitProgress:
    """What a progress callback receives after every poll."""

    __slots__ = ("elapsed", "polls", "status", "task")

    def __init__(self, task: AsyncTask | None, status: str | None, elapsed: float, polls: int) -> None:
        self.task = task
        self.status = status
        self.elapsed = elapsed
        self.polls = polls

    def __repr__(self) -> str:
        return f"WaitProgress(status={self.status!r}, elapsed={self.elapsed:.1f}, polls={self.polls})"


class WaitTimeoutError(TencentAdsError, TimeoutError):
    """The task did not reach a terminal status in time; carries the last status and task seen."""

    def __init__(self, task_id: int, timeout: float, last_status: str | None, last_task: AsyncTask | None) -> None:
        self.task_id = task_id
        self.timeout = timeout
        self.last_status = last_status
        self.last_task = last_task
        seen = f"last status {last_status}" if last_status else "the task was never seen"
        super().__init__(f"task {task_id} not finished after {timeout:g} s ({seen})")


class Waiter:
    """Poll bookkeeping for one ``wait`` call."""

    __slots__ = (
        "backoff",
        "clock",
        "interval",
        "last_task",
        "max_interval",
        "on_progress",
        "polls",
        "started",
        "task_id",
        "timeout",
    )

    def __init__(
        self,
        task_id: int,
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if timeout <= 0 or poll_interval <= 0:
            raise ValueError("timeout and poll_interval must be > 0")
        self.task_id = task_id
        self.timeout = timeout
        self.interval = poll_interval
        self.max_interval = max(max_poll_interval, poll_interval)
        self.backoff = max(backoff, 1.0)
        self.on_progress = on_progress
        self.clock = clock
        self.started = clock()
        self.polls = 0
        self.last_task: AsyncTask | None = None

    def filtering(self) -> list[dict[str, Any]]:
        return [{"field": "task_id", "operator": "EQUALS", "values": [str(self.task_id)]}]

    def observe(self, data: AsyncTasksGetData) -> WaitProgress:
        self.polls += 1
        tasks = [] if isinstance(data.list_, Unset) else data.list_
        for task in tasks:
            if task.task_id == self.task_id:
                self.last_task = task
        return WaitProgress(self.last_task, status_text(self.last_task), self.clock() - self.started, self.polls)

    def after_poll(self, data: AsyncTasksGetData) -> AsyncTask | float:
        """Everything between two polls: record, report progress, then the final task or the seconds to sleep."""
        progress = self.observe(data)
        if self.on_progress is not None:
            self.on_progress(progress)
        if progress.task is not None and is_terminal(progress.status):
            return progress.task
        return self.next_sleep()

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll; raises :class:`WaitTimeoutError` when time is up."""
        remaining = self.started + self.timeout - self.clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.task_id, self.timeout, status_text(self.last_task), self.last_task)
        sleep = min(self.interval, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return sleep
