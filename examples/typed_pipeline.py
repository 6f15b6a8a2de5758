"""What a listed task holds goes straight into the methods that take it — typed end to end, sync and async.

Every field of a model may be absent (``int | Unset``); ``wait``, ``wait_many``, ``download`` and
``download_files`` take what the models hold, and refuse an absent id (RequestValidationError, nothing sent).
No casts, no isinstance: this file passes ``mypy --strict`` and pyright's strict mode. Run it twice: the second
run finds the files already there (md5 checked) and downloads nothing.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from tencent_ads import AsyncClient, Client, Filter

ACCOUNT_ID = int(os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")[0])
COMPLETED: list[Filter] = [{"field": "status", "operator": "EQUALS", "values": ["TASK_STATUS_COMPLETED"]}]


def sync_job(folder: Path) -> list[Path]:
    saved: list[Path] = []
    with Client() as client:
        listed = list(client.async_tasks.iterate(account_id=ACCOUNT_ID, filtering=COMPLETED))[:3]
        task = client.async_tasks.wait(account_id=ACCOUNT_ID, task_id=listed[0].task_id, timeout=60)
        finished = client.async_tasks.wait_many(account_id=ACCOUNT_ID, task_ids=[t.task_id for t in listed], timeout=60)
        if task.result and task.result.data and task.result.data.file_info_list:
            for info in task.result.data.file_info_list:
                saved.append(
                    client.async_task_files.download(
                        account_id=ACCOUNT_ID,
                        task_id=task.task_id,
                        file_id=info.file_id,
                        md5=info.md5,
                        dest=folder / f"{task.task_id}-{info.file_id}.csv",
                    )
                )
        for done in finished:
            if done is not None:
                saved += client.async_tasks.download_files(
                    account_id=ACCOUNT_ID,
                    task=done,
                    dest_dir=folder,
                    on_skip=lambda path: print("already there:", path.name),
                )
    return saved


async def async_job(folder: Path, skipped: list[Path]) -> list[Path]:
    saved: list[Path] = []
    async with AsyncClient() as client:
        listed = [t async for t in client.async_tasks.iterate(account_id=ACCOUNT_ID, filtering=COMPLETED)][:3]
        task = await client.async_tasks.wait(account_id=ACCOUNT_ID, task_id=listed[0].task_id, timeout=60)
        finished = await client.async_tasks.wait_many(
            account_id=ACCOUNT_ID, task_ids=[t.task_id for t in listed], timeout=60
        )
        if task.result and task.result.data and task.result.data.file_info_list:
            for info in task.result.data.file_info_list:
                saved.append(
                    await client.async_task_files.download(
                        account_id=ACCOUNT_ID,
                        task_id=task.task_id,
                        file_id=info.file_id,
                        md5=info.md5,
                        dest=folder / f"{task.task_id}-{info.file_id}.csv",
                        on_skip=skipped.append,
                    )
                )
        for done in finished:
            if done is not None:
                saved += await client.async_tasks.download_files(
                    account_id=ACCOUNT_ID, task=done, dest_dir=folder, on_skip=skipped.append
                )
    return saved


def main() -> None:
    folder = Path("typed-out")
    folder.mkdir(exist_ok=True)
    first = sync_job(folder)
    skipped: list[Path] = []
    again = asyncio.run(async_job(folder, skipped))  # the same files: each is found in place, none downloaded
    if again != first or sorted(set(skipped)) != sorted(set(again)):
        raise SystemExit(f"a second run should find every file in place: {again} vs {skipped}")
    print(len(first), "files in", folder, "- the second run downloaded none of them")


if __name__ == "__main__":
    main()
