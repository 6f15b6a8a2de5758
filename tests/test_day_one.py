"""Day one for a new user (issue 24): what a listed task holds goes into the methods that take it (an absent id
refused before anything is sent), a job run again does not download again, and ``add_task`` makes realistic
tasks. Every test talks HTTP to the fake server. The typed half (no casts under ``mypy --strict``) is
``examples/typed_pipeline.py``, checked by tests/test_docs_code.py.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
from tencent_ads import AsyncClient, Client, Filter, RequestValidationError
from tencent_ads.testing import FakeMarketingAPI
from tencent_ads.testing._data import file_content
from tencent_ads_api.types import UNSET, Unset

FILES_PATH = "/v3.0/async_task_files/get"


def _file_requests(api: FakeMarketingAPI) -> list[str]:
    return [r.params["file_id"] for r in api.requests if r.path == FILES_PATH]


def _md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # noqa: S324 - the API's integrity check is md5


def _no_parts(folder: Path) -> bool:
    return not list(folder.glob(".*.part"))


# --- 1. the methods take what the models hold; an absent id is refused before any I/O ----------------------


@pytest.mark.parametrize(
    ("task_id", "file_id", "message"),
    [
        (UNSET, 5, "task_id is missing (the task has no task_id)"),
        (1024, UNSET, "file_id is missing (the file has no file_id)"),
    ],
)
async def test_download_refuses_an_absent_id_before_sending(
    fake_api: FakeMarketingAPI,
    client: Client,
    async_client: AsyncClient,
    tmp_path: Path,
    task_id: int | Unset,
    file_id: int | Unset,
    message: str,
) -> None:
    dest = tmp_path / "f.csv"
    with pytest.raises(RequestValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        client.async_task_files.download(account_id=fake_api.account_id, task_id=task_id, file_id=file_id, dest=dest)
    with pytest.raises(RequestValidationError, match="is missing"):
        await async_client.async_task_files.download(
            account_id=fake_api.account_id, task_id=task_id, file_id=file_id, dest=dest
        )
    assert fake_api.requests == []
    assert list(tmp_path.iterdir()) == []


async def test_wait_and_wait_many_refuse_an_absent_task_id(
    fake_api: FakeMarketingAPI, client: Client, async_client: AsyncClient
) -> None:
    account = fake_api.account_id
    with pytest.raises(RequestValidationError, match=r"task_id is missing \(the task has no task_id\)"):
        client.async_tasks.wait(account_id=account, task_id=UNSET)
    with pytest.raises(RequestValidationError, match=r"task_id is missing"):
        await async_client.async_tasks.wait(account_id=account, task_id=UNSET)
    with pytest.raises(RequestValidationError, match=r"task_ids\[1\] is missing \(the task has no task_id\)"):
        client.async_tasks.wait_many(account_id=account, task_ids=[1024, UNSET])
    with pytest.raises(RequestValidationError, match=r"task_ids\[0\] is missing"):
        await async_client.async_tasks.wait_many(account_id=account, task_ids=[UNSET])
    assert fake_api.requests == []


async def test_a_listed_tasks_fields_go_straight_in(
    fake_api: FakeMarketingAPI, client: Client, async_client: AsyncClient, tmp_path: Path
) -> None:
    (task,) = [t for t in client.async_tasks.iterate(account_id=fake_api.account_id) if t.task_id == 1024]
    assert task.result and task.result.data and task.result.data.file_info_list
    (info,) = task.result.data.file_info_list
    waited = client.async_tasks.wait(account_id=fake_api.account_id, task_id=task.task_id)
    assert waited.task_id == 1024
    (again,) = await async_client.async_tasks.wait_many(account_id=fake_api.account_id, task_ids=[task.task_id])
    assert again is not None and again.task_id == 1024
    path = client.async_task_files.download(
        account_id=fake_api.account_id, task_id=task.task_id, file_id=info.file_id, md5=info.md5, dest=tmp_path / "a"
    )
    assert path.read_bytes() == file_content(5)
    # an absent md5 is no md5: downloaded, unchecked
    other = await async_client.async_task_files.download(
        account_id=fake_api.account_id, task_id=task.task_id, file_id=info.file_id, md5=UNSET, dest=tmp_path / "b"
    )
    assert other.read_bytes() == file_content(5)


# --- 2. a file already in place with its md5 is not downloaded again ----------------------------------------


async def test_download_files_again_downloads_nothing_and_says_so(
    fake_api: FakeMarketingAPI, client: Client, async_client: AsyncClient, tmp_path: Path
) -> None:
    (task,) = client.async_tasks.get(
        account_id=fake_api.account_id, filtering=[{"field": "task_id", "operator": "EQUALS", "values": ["1024"]}]
    ).list_
    skipped: list[Path] = []
    first = client.async_tasks.download_files(
        account_id=fake_api.account_id, task=task, dest_dir=tmp_path, on_skip=skipped.append
    )
    assert skipped == [] and _file_requests(fake_api) == ["5"]
    mtime = first[0].stat().st_mtime_ns

    again = client.async_tasks.download_files(
        account_id=fake_api.account_id, task=task, dest_dir=tmp_path, on_skip=skipped.append
    )
    assert again == first == skipped == [tmp_path / "task-1024-file-5"]
    assert _file_requests(fake_api) == ["5"]  # the second run sent nothing for the file
    assert first[0].stat().st_mtime_ns == mtime

    seen: list[Path] = []
    third = await async_client.async_tasks.download_files(
        account_id=fake_api.account_id, task=task, dest_dir=tmp_path, on_skip=seen.append
    )
    assert third == first == seen and _file_requests(fake_api) == ["5"]
    # without a callback the skip still happens (and is logged)
    assert client.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=tmp_path) == first
    assert _file_requests(fake_api) == ["5"]


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_file_in_place_with_a_wrong_md5_is_downloaded_again(
    fake_api: FakeMarketingAPI, client: Client, async_client: AsyncClient, tmp_path: Path, flavour: str
) -> None:
    dest = tmp_path / "report.csv"
    dest.write_bytes(b"yesterday's half-written file")
    skipped: list[Path] = []
    md5 = _md5(file_content(5))
    account = fake_api.account_id
    if flavour == "sync":
        path = client.async_task_files.download(
            account_id=account, task_id=1024, file_id=5, dest=dest, md5=md5, on_skip=skipped.append
        )
    else:
        path = await async_client.async_task_files.download(
            account_id=account, task_id=1024, file_id=5, dest=dest, md5=md5, on_skip=skipped.append
        )
    assert path == dest and dest.read_bytes() == file_content(5)
    assert skipped == [] and _file_requests(fake_api) == ["5"] and _no_parts(tmp_path)


def test_without_an_md5_a_file_in_place_is_downloaded_again(
    fake_api: FakeMarketingAPI, client: Client, tmp_path: Path
) -> None:
    dest = tmp_path / "report.csv"
    dest.write_bytes(file_content(5))
    skipped: list[Path] = []
    client.async_task_files.download(
        account_id=fake_api.account_id, task_id=1024, file_id=5, dest=dest, on_skip=skipped.append
    )
    assert skipped == [] and _file_requests(fake_api) == ["5"]


def test_a_skip_callback_must_be_callable(fake_api: FakeMarketingAPI, client: Client, tmp_path: Path) -> None:
    with pytest.raises(RequestValidationError, match="on_skip must be callable"):
        client.async_task_files.download(
            account_id=fake_api.account_id,
            task_id=1024,
            file_id=5,
            dest=tmp_path / "f",
            on_skip="print",  # type: ignore[arg-type]
        )
    assert fake_api.requests == []


# --- 3. add_task makes realistic tasks ---------------------------------------------------------------------


def test_add_task_fills_in_what_the_api_would_list(fake_api: FakeMarketingAPI, client: Client, tmp_path: Path) -> None:
    before = int(time.time())
    added = fake_api.add_task()
    assert added["task_id"] > 2045 and added["status"] == "TASK_STATUS_COMPLETED"
    assert added["task_name"] and added["task_type"] and before <= added["created_time"] <= time.time() + 1
    recent: list[Filter] = [{"field": "created_time", "operator": "GREATER_EQUALS", "values": [str(before)]}]
    (task,) = client.async_tasks.get(account_id=fake_api.account_id, filtering=recent).list_
    assert task.task_id == added["task_id"]
    (path,) = client.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=tmp_path)
    (info,) = added["result"]["data"]["file_info_list"]
    assert _md5(path.read_bytes()) == info["md5"]  # the fake serves what the task lists
    second = fake_api.add_task({"task_name": "mine"})
    assert second["task_id"] == added["task_id"] + 1 and second["task_name"] == "mine"
    assert second["result"]["data"]["file_info_list"][0]["file_id"] != info["file_id"]


def test_a_task_added_pending_finishes_with_a_file(fake_api: FakeMarketingAPI, client: Client, tmp_path: Path) -> None:
    added = fake_api.add_task(
        {"status": "TASK_STATUS_PENDING"}, progression=["TASK_STATUS_PROCESSING", "TASK_STATUS_COMPLETED"]
    )
    assert "result" not in added
    task = client.async_tasks.wait(account_id=fake_api.account_id, task_id=added["task_id"], poll_interval=0.01)
    (path,) = client.async_tasks.download_files(account_id=fake_api.account_id, task=task, dest_dir=tmp_path)
    assert path.stat().st_size > 0


def test_add_task_keeps_what_it_is_given(fake_api: FakeMarketingAPI, client: Client) -> None:
    given = {
        "task_id": 7001,
        "task_name": "n",
        "task_type": "TASK_TYPE_DELETE_ADGROUP_NEW",
        "status": "TASK_STATUS_FAIL",
        "created_time": 1700000000,
    }
    assert fake_api.add_task(given) == given  # nothing to fill in: stored as given (no result for a FAIL)
    (task,) = client.async_tasks.get(
        account_id=fake_api.account_id, filtering=[{"field": "task_id", "operator": "EQUALS", "values": ["7001"]}]
    ).list_
    assert (task.task_id, task.created_time, task.result) == (7001, 1700000000, UNSET)
