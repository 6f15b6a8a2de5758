"""Waiting for one async task to finish — the I/O-free half shared by sync and async ``wait``.

The terminal statuses come from the spec (``TaskStatus.x-terminal``):
COMPLETED, FAIL, CANCELLED, EXPIRED and DELETED. Polls start at
``poll_interval`` and grow by ``backoff`` up to ``max_poll_interval``. The
overall ``timeout`` bounds everything: no sleep goes past it, and each poll
runs with a retry deadline no later than it, so a slow or failing poll cannot
stretch the wait either. The arguments are checked when ``wait`` is called
(any real number type; finite; ``task_id`` an int or its decimal string; a
listed task's absent ``task_id`` — ``Unset`` — is refused, naming it).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Iterable
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
    TasksNotFoundError,
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


def is_terminal(status: str | None, terminal: frozenset[str] | None = None) -> bool:
    """Whether ``status`` is final: by the family's statuses (``x-terminal``), async_tasks' when none is given."""
    return status is not None and status in (terminal_task_statuses() if terminal is None else terminal)


@attrs.frozen
class WaitProgress:
    """What a progress callback receives after every poll."""

    task: AsyncTask | None
    status: str | None
    elapsed: float
    polls: int

    def __repr__(self) -> str:
        return f"WaitProgress(status={self.status!r}, elapsed={self.elapsed:.1f}, polls={self.polls})"


def missing(name: str, value: object, *, field: str = "task_id", holder: str = "task") -> str | None:
    """The problem of an argument given a model's absent field (``Unset``: the listed task had no ``task_id``,
    say), or None. The methods take what the models hold (``int | Unset``) so that a listed task's fields go
    straight into them under ``mypy --strict``; an absent one is refused here, before anything is sent."""
    if isinstance(value, Unset):
        return f"{name} is missing (the {holder} has no {field})"
    return None


def _task_id(value: object, problems: list[str], name: str = "task_id") -> int:
    if (absent := missing(name, value)) is not None:
        problems.append(absent)
        return 0
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


class PollTimer:
    """The times of a wait, checked when the wait is called: its deadline and the growing pause between polls."""

    __slots__ = ("backoff", "bounded", "clock", "interval", "max_interval", "polls", "started", "timeout")

    def __init__(
        self,
        problems: list[str],
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timeout = _seconds(timeout, "timeout", problems)
        self.interval = _seconds(poll_interval, "poll_interval", problems)
        self.max_interval = max(_seconds(max_poll_interval, "max_poll_interval", problems), self.interval)
        self.backoff = _seconds(backoff, "backoff", problems)
        if self.backoff < 1.0:
            problems.append(f"backoff must be >= 1 (the factor each pause grows by), got {backoff!r}")
        self.clock = clock
        self.started = clock()
        self.polls = 0
        #: Whether the last poll's deadline was the end of the wait (not the client's own, shorter one).
        self.bounded = False

    def remaining(self) -> float:
        return self.started + self.timeout - self.clock()

    def elapsed(self) -> float:
        return self.clock() - self.started

    def pause(self) -> float | None:
        """Seconds to sleep before the next poll (never past the end); None when the time is up."""
        remaining = self.remaining()
        if remaining <= 0:
            return None
        sleep = min(self.interval, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return sleep

    def poll_policy(self, base: RetryPolicy) -> RetryPolicy | None:
        """``base`` for one poll, its deadline no later than the end of the wait; None when the time is up."""
        remaining = self.remaining()
        if remaining <= 0:
            return None
        self.bounded = base.deadline is None or remaining <= base.deadline
        return base.evolve(deadline=remaining if base.deadline is None else min(base.deadline, remaining))

    def ended_by(self, error: TencentAdsError) -> bool:
        """Whether a failed poll means the wait's time is up: its deadline passed — the wait's own, or the
        poll's when that was the end of the wait (a poll ends early when no retry fits before it)."""
        return isinstance(error, DeadlineExceededError) and (self.remaining() <= 0 or self.bounded)


def _check_callback(on_progress: object, problems: list[str]) -> None:
    if on_progress is not None and not callable(on_progress):
        problems.append(f"on_progress must be callable, got {type(on_progress).__name__}")


class Waiter:
    """Poll bookkeeping for one ``wait`` call."""

    __slots__ = ("last_task", "on_progress", "task_id", "terminal", "timer")

    def __init__(
        self,
        task_id: int | str | Unset,
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        terminal: frozenset[str] | None = None,
    ) -> None:
        problems: list[str] = []
        self.terminal = terminal
        self.task_id = _task_id(task_id, problems)
        self.timer = PollTimer(
            problems,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            clock=clock,
        )
        _check_callback(on_progress, problems)
        if problems:
            raise RequestValidationError(problems, what="the wait")
        self.on_progress = on_progress
        self.last_task: AsyncTask | None = None

    def filtering(self) -> list[dict[str, Any]]:
        return [{"field": "task_id", "operator": "EQUALS", "values": [str(self.task_id)]}]

    def timed_out(self) -> WaitTimeoutError:
        return WaitTimeoutError(self.task_id, self.timer.timeout, status_text(self.last_task), self.last_task)

    def poll_policy(self, base: RetryPolicy) -> RetryPolicy:
        """The client's retry policy for one poll, its deadline no later than the end of the wait."""
        policy = self.timer.poll_policy(base)
        if policy is None:
            raise self.timed_out()
        return policy

    def poll_failed(self, error: TencentAdsError) -> TencentAdsError:
        """What a failed poll raises: the wait's own timeout when the wait's time ran out during the poll."""
        if self.timer.ended_by(error):
            return self.timed_out()
        return error

    def observe(self, data: AsyncTasksGetData) -> WaitProgress:
        self.timer.polls += 1
        tasks = [] if isinstance(data.list_, Unset) else data.list_
        for task in tasks:
            if task.task_id == self.task_id:
                self.last_task = task
        return WaitProgress(self.last_task, status_text(self.last_task), self.timer.elapsed(), self.timer.polls)

    def after_poll(self, data: AsyncTasksGetData) -> AsyncTask | None:
        """Record one poll and report progress; the task when it has finished, else None (then sleep)."""
        progress = self.observe(data)
        if self.on_progress is not None:
            self.on_progress(progress)
        if progress.task is not None and is_terminal(progress.status, self.terminal):
            return progress.task
        return None

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll (never past the end); raises :class:`WaitTimeoutError` at the end."""
        pause = self.timer.pause()
        if pause is None:
            raise self.timed_out()
        return pause


# --- waiting for many tasks of one account at once ----------------------------------------------------------


@attrs.frozen
class ManyProgress:
    """What ``wait_many``'s progress callback receives after every poll: the whole set."""

    tasks: dict[int, AsyncTask | None]
    """Every task id asked for, with the task as last seen (None: not seen yet)."""
    finished: int
    elapsed: float
    polls: int

    def __repr__(self) -> str:
        done = f"{self.finished}/{len(self.tasks)}"
        return f"ManyProgress(finished={done}, elapsed={self.elapsed:.1f}, polls={self.polls})"


class ManyWaiter:
    """Poll bookkeeping for one ``wait_many`` call: which ids to ask for, what was seen, when to stop.

    Each poll asks, per chunk of at most ``chunk`` unfinished ids, one ``task_id IN [...]`` page
    (``page_size`` = the chunk's length), so a poll of up to 100 tasks is one request. An id missing from
    two consecutive polls raises :class:`TasksNotFoundError` instead of being polled until the deadline.
    An id given twice is polled once and answered twice: :meth:`result` has one task per id given, in the
    order given, so ``zip(task_ids, result)`` pairs each id with its own task.
    """

    def __init__(
        self,
        task_ids: object,
        *,
        chunk: int,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        on_progress: Callable[[ManyProgress], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        terminal: frozenset[str] | None = None,
    ) -> None:
        problems: list[str] = []
        self.terminal = terminal
        asked: list[int] = []
        if isinstance(task_ids, str | bytes) or not isinstance(task_ids, Iterable):
            problems.append(f"task_ids must be a list of task ids, got {type(task_ids).__name__}")
        else:
            asked = [_task_id(value, problems, f"task_ids[{n}]") for n, value in enumerate(task_ids)]
            if not asked and not problems:
                problems.append("task_ids is empty")
        ids = list(dict.fromkeys(asked))  # each distinct id, polled once
        self.timer = PollTimer(
            problems,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            clock=clock,
        )
        _check_callback(on_progress, problems)
        if problems:
            raise RequestValidationError(problems, what="the wait")
        self.ids = ids
        #: The ids as given, repeats included: the order of :meth:`result`.
        self.asked = asked
        self.chunk = chunk
        self.on_progress = on_progress
        self.seen: dict[int, AsyncTask | None] = dict.fromkeys(ids)
        self.missed: dict[int, int] = dict.fromkeys(ids, 0)

    def pending(self) -> list[int]:
        return [i for i in self.ids if not is_terminal(status_text(self.seen[i]), self.terminal)]

    def chunks(self) -> list[list[int]]:
        """The ids to ask for in this poll, in requests of at most ``chunk`` ids."""
        pending = self.pending()
        return [pending[n : n + self.chunk] for n in range(0, len(pending), self.chunk)]

    @staticmethod
    def filtering(ids: list[int]) -> list[dict[str, Any]]:
        return [{"field": "task_id", "operator": "IN", "values": [str(i) for i in ids]}]

    def after_poll(self, asked: list[int], pages: list[AsyncTasksGetData]) -> bool:
        """Record one poll (the ids asked for and the pages answered); True when every task has finished."""
        self.timer.polls += 1
        found: set[int] = set()
        for data in pages:
            for task in [] if isinstance(data.list_, Unset) else data.list_:
                if isinstance(task.task_id, int) and task.task_id in self.seen:
                    self.seen[task.task_id] = task
                    found.add(task.task_id)
        gone = []
        for task_id in asked:
            self.missed[task_id] = 0 if task_id in found else self.missed[task_id] + 1
            if self.missed[task_id] >= 2:
                gone.append(task_id)
        if self.on_progress is not None:
            finished = len(self.ids) - len(self.pending())
            self.on_progress(ManyProgress(dict(self.seen), finished, self.timer.elapsed(), self.timer.polls))
        if gone:
            raise TasksNotFoundError(gone, [t for t in self.seen.values() if t is not None])
        return not self.pending()

    def result(self) -> list[AsyncTask | None]:
        """One task per id given, in the order given (an id given twice appears twice), as last seen (None for
        an id never seen)."""
        return [self.seen[i] for i in self.asked]
