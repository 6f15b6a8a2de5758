"""Waiting for one async task to finish — the I/O-free half shared by sync and async ``wait``.

The terminal statuses come from the spec (``TaskStatus.x-terminal``):
COMPLETED, FAIL, CANCELLED, EXPIRED and DELETED. Polls start at
``poll_interval`` and grow by ``backoff`` up to ``max_poll_interval``. The
overall ``timeout`` bounds everything: no sleep goes past it, and each poll
runs with a retry deadline no later than it, so a slow or failing poll cannot
stretch the wait either. The arguments are checked when ``wait`` is called
(any real number type; finite; ``task_id`` an int or its decimal string).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from typing import Any, Final

import attrs
from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.types import Unset

from ._config import positive_seconds
from ._errors import (
    ConfigurationError,
    DeadlineExceededError,
    RequestValidationError,
    TencentAdsError,
    WaitTimeoutError,
)
from ._retries import RetryPolicy
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


@attrs.frozen
class WaitProgress:
    """What a progress callback receives after every poll."""

    task: AsyncTask | None
    status: str | None
    elapsed: float
    polls: int

    def __repr__(self) -> str:
        return f"WaitProgress(status={self.status!r}, elapsed={self.elapsed:.1f}, polls={self.polls})"


def _task_id(value: object, problems: list[str]) -> int:
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**63 - 1:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        problems.append(f"task_id must be an int64 id >= 1 (or its decimal string), got {shown}")
        return 0
    return value


def _seconds(value: object, name: str, problems: list[str]) -> float:
    try:
        return positive_seconds(value, name)
    except ConfigurationError as exc:
        problems.append(str(exc))
        return 1.0


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
        task_id: int | str,
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        problems: list[str] = []
        self.task_id = _task_id(task_id, problems)
        self.timeout = _seconds(timeout, "timeout", problems)
        self.interval = _seconds(poll_interval, "poll_interval", problems)
        self.max_interval = max(_seconds(max_poll_interval, "max_poll_interval", problems), self.interval)
        self.backoff = _seconds(backoff, "backoff", problems)
        if self.backoff < 1.0:
            problems.append(f"backoff must be >= 1 (the factor each pause grows by), got {backoff!r}")
        if on_progress is not None and not callable(on_progress):
            problems.append(f"on_progress must be callable, got {type(on_progress).__name__}")
        if problems:
            raise RequestValidationError(problems, what="the wait")
        self.on_progress = on_progress
        self.clock = clock
        self.started = clock()
        self.polls = 0
        self.last_task: AsyncTask | None = None

    def filtering(self) -> list[dict[str, Any]]:
        return [{"field": "task_id", "operator": "EQUALS", "values": [str(self.task_id)]}]

    def remaining(self) -> float:
        return self.started + self.timeout - self.clock()

    def timed_out(self) -> WaitTimeoutError:
        return WaitTimeoutError(self.task_id, self.timeout, status_text(self.last_task), self.last_task)

    def poll_policy(self, base: RetryPolicy) -> RetryPolicy:
        """The client's retry policy for one poll, its deadline no later than the end of the wait."""
        remaining = self.remaining()
        if remaining <= 0:
            raise self.timed_out()
        deadline = remaining if base.deadline is None else min(base.deadline, remaining)
        return base.evolve(deadline=deadline)

    def poll_failed(self, error: TencentAdsError) -> TencentAdsError:
        """What a failed poll raises: the wait's own timeout when the wait's time ran out during the poll."""
        if isinstance(error, DeadlineExceededError) and self.remaining() <= 0:
            return self.timed_out()
        return error

    def observe(self, data: AsyncTasksGetData) -> WaitProgress:
        self.polls += 1
        tasks = [] if isinstance(data.list_, Unset) else data.list_
        for task in tasks:
            if task.task_id == self.task_id:
                self.last_task = task
        return WaitProgress(self.last_task, status_text(self.last_task), self.clock() - self.started, self.polls)

    def after_poll(self, data: AsyncTasksGetData) -> AsyncTask | None:
        """Record one poll and report progress; the task when it has finished, else None (then sleep)."""
        progress = self.observe(data)
        if self.on_progress is not None:
            self.on_progress(progress)
        if progress.task is not None and is_terminal(progress.status):
            return progress.task
        return None

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll (never past the end); raises :class:`WaitTimeoutError` at the end."""
        remaining = self.remaining()
        if remaining <= 0:
            raise self.timed_out()
        sleep = min(self.interval, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return sleep
