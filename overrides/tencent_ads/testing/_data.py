"""The fake server's canned data: the doc pages' examples and deterministic generated tasks."""

from __future__ import annotations

import copy
import hashlib
import time
from collections.abc import Mapping
from typing import Any, Final

import attrs

DEFAULT_TOKEN: Final = "fake-access-token-0123456789"  # noqa: S105 - the fake server's own token

DEFAULT_ACCOUNT_ID: Final = 25610
#: The fake's OAuth app: what oauth/token accepts (``FakeMarketingAPI.client_id`` and friends).
DEFAULT_CLIENT_ID: Final = 1100
DEFAULT_CLIENT_SECRET: Final = "fake-client-secret-0123456789"  # noqa: S105 - the fake server's own secret
DEFAULT_REFRESH_TOKEN: Final = "fake-refresh-token-0123456789"  # noqa: S105 - the fake server's own token
DEFAULT_REDIRECT_URI: Final = "https://example.com/oauth/callback"

DOC_MATERIAL_DERIVE_ID: Final = 116922


@attrs.define
class FakeTask:
    """A task of the fake server whose status can advance.

    ``progression`` steps replace the status one per delivered read, or — with
    ``every`` seconds — one per elapsed interval since the task was added. A
    step is a status string or a mapping of fields to set (a status with its
    ``result``, say). Filters and reads see the same state: :meth:`view`.
    """

    data: dict[str, Any]
    progression: list[str | Mapping[str, Any]] = attrs.field(factory=list)
    every: float | None = None
    added: float = attrs.field(factory=time.monotonic)

    def view(self) -> dict[str, Any]:
        """What a read shows now (nothing advances)."""
        snapshot = copy.deepcopy(self.data)
        if self.every is not None:
            steps = int((time.monotonic() - self.added) / self.every) if self.every > 0 else len(self.progression)
            for step in self.progression[: min(steps, len(self.progression))]:
                _apply(snapshot, step)
        return snapshot

    def advance(self) -> None:
        """One read was delivered: a per-read progression takes its next step."""
        if self.every is None and self.progression:
            _apply(self.data, self.progression.pop(0))

    def read(self) -> dict[str, Any]:
        """:meth:`view`, then :meth:`advance` (for reads that are certainly delivered)."""
        snapshot = self.view()
        self.advance()
        return snapshot


def _apply(task: dict[str, Any], step: str | Mapping[str, Any]) -> None:
    if isinstance(step, str):
        task["status"] = step
    else:
        task.update(copy.deepcopy(dict(step)))


def file_content(file_id: int) -> bytes:
    """The bytes of a fake result file: deterministic, a small CSV report, different for every file id."""
    rows = "".join(f"{file_id},{row},{(file_id * 7919 + row * 104729) % 100000}\n" for row in range(40))
    return ("file_id,row,cost\n" + rows).encode("ascii")


def file_md5(file_id: int) -> str:
    return hashlib.md5(file_content(file_id)).hexdigest()  # noqa: S324 - the API's integrity check is md5


#: What :func:`task_with_defaults` fills in: a finished report, as the doc example is.
DEFAULT_TASK_TYPE: Final = "TASK_TYPE_AGENCY_AD_HOURLY_REPORT"
DEFAULT_TASK_STATUS: Final = "TASK_STATUS_COMPLETED"
_COMPLETED: Final = "TASK_STATUS_COMPLETED"


def completed_result(file_id: int, md5: str) -> dict[str, Any]:
    """A COMPLETED task's ``result``: one file, with its md5."""
    return {"code": 0, "message": "", "data": {"file_info_list": [{"file_id": file_id, "md5": md5}]}}


def task_with_defaults(
    task: Mapping[str, Any],
    progression: list[str | Mapping[str, Any]],
    *,
    task_id: int,
    created_time: int,
    file_id: int,
    md5: str,
) -> tuple[dict[str, Any], list[str | Mapping[str, Any]]]:
    """A task as the API lists one: each key ``task`` lacks filled in (``task_id``, ``task_name``
    ``"task <id>"``, ``task_type``, ``status`` COMPLETED, ``created_time``), and — when the task is or becomes
    COMPLETED and neither it nor a step of ``progression`` has a ``result`` — a ``result`` listing file
    ``file_id`` with ``md5`` (the caller's fresh file id and the md5 of what it serves). Keys given are kept
    as given (``None`` included); a ``"TASK_STATUS_COMPLETED"`` step becomes a step that also sets the result."""
    full = dict(task)
    full.setdefault("task_id", task_id)
    full.setdefault("task_name", f"task {full['task_id']}")
    full.setdefault("task_type", DEFAULT_TASK_TYPE)
    full.setdefault("status", DEFAULT_TASK_STATUS)
    full.setdefault("created_time", created_time)
    steps = list(progression)
    if "result" in full or any(isinstance(step, Mapping) and "result" in step for step in steps):
        return full, steps
    result = completed_result(file_id, md5)
    if full["status"] == _COMPLETED:
        full["result"] = result
    steps = [{"status": _COMPLETED, "result": result} if step == _COMPLETED else step for step in steps]
    return full, steps


def doc_task() -> dict[str, Any]:
    """The async_tasks/get doc page's example task — with the md5 of the file the fake serves for it.

    The docs' ``79054025255fb1a26e4bc422aef54eb4`` belongs to a file nobody has; a fake whose tasks name
    files that fail their own check would be no use for testing downloads.
    """
    return {
        "task_id": 1024,
        "task_name": "test task name",
        "task_type": "TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
        "status": "TASK_STATUS_COMPLETED",
        "created_time": 1403243242,
        "result": {
            "code": 0,
            "message": "",
            "data": {"file_info_list": [{"file_id": 5, "md5": file_md5(5)}]},
        },
    }


def doc_derive_result() -> dict[str, Any]:
    """The programmed_commponent_result/get doc example; ``material_id`` stays a string, as the docs send it.

    ``adgroup_id`` is ``"<ADGROUP_ID>"`` in the docs; a realistic numeric id replaces the placeholder.
    """

    def component(derive: int, origin: int, template: int, derived: str, original: str, kind: str) -> dict[str, Any]:
        return {
            "derive_component_id": derive,
            "origin_component_id": origin,
            "template_id": template,
            "derive_material": {"material_id": derived, "type": kind},
            "origin_material": [{"material_id": original, "type": kind}],
        }

    return {
        "material_derive_id": DOC_MATERIAL_DERIVE_ID,
        "derive_data_version": "DERIVE_DATA_VERSION_V3",
        "dynamic_creative_id": 41068223,
        "adgroup_id": 8317721,
        "list": [
            component(1143930, 1139529, 11425687, "3173292726", "3173291271", "IMAGE"),
            component(1143931, 1118902, 11426489, "3173292727", "3173292096", "IMAGE"),
            component(1143932, 1118902, 11426489, "3173292728", "3173292096", "IMAGE"),
            component(1143933, 1118755, 11425553, "3173292729", "3173292070", "VIDEO"),
        ],
    }


_STATUSES: Final = (
    "TASK_STATUS_COMPLETED",
    "TASK_STATUS_PROCESSING",
    "TASK_STATUS_PENDING",
    "TASK_STATUS_FAIL",
    "TASK_STATUS_COMPLETED",
)

_TYPES: Final = (
    "TASK_TYPE_UPDATE_ADGROUP_DAILY_BUDGET_NEW",
    "TASK_TYPE_DELETE_ADGROUP_NEW",
    "TASK_TYPE_UPDATE_COMPONENT_SHARED",
)


def generated_tasks(count: int, *, first_id: int = 2001, created: int = 1763870000) -> list[dict[str, Any]]:
    """Deterministic extra tasks so that paging has several pages."""
    tasks = []
    for n in range(count):
        status = _STATUSES[n % len(_STATUSES)]
        task: dict[str, Any] = {
            "task_id": first_id + n,
            "task_name": f"批量任务 {n:03d}" if n % 4 == 0 else f"bulk task {n:03d}",
            "task_type": _TYPES[n % len(_TYPES)],
            "status": status,
            "created_time": created + 60 * n,
        }
        if status == "TASK_STATUS_COMPLETED":
            task["result"] = {
                "code": 0,
                "message": "",
                "data": {"file_info_list": [{"file_id": 100 + n, "md5": file_md5(100 + n)}]},
            }
        tasks.append(task)
    return tasks
