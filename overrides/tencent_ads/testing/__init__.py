"""Test helpers: the fake Marketing API server (not imported by ``import tencent_ads``)."""

from ._data import (
    DEFAULT_ACCOUNT_ID,
    DEFAULT_TOKEN,
    DOC_MATERIAL_DERIVE_ID,
    FakeTask,
    doc_derive_result,
    doc_task,
    generated_tasks,
)
from ._faults import Fault
from ._server import ASYNC_TASKS_PATH, PROGRAMMED_PATH, FakeMarketingAPI, ReceivedRequest

__all__ = [
    "ASYNC_TASKS_PATH",
    "DEFAULT_ACCOUNT_ID",
    "DEFAULT_TOKEN",
    "DOC_MATERIAL_DERIVE_ID",
    "PROGRAMMED_PATH",
    "FakeMarketingAPI",
    "FakeTask",
    "Fault",
    "ReceivedRequest",
    "doc_derive_result",
    "doc_task",
    "generated_tasks",
]
