"""The daily job: today's unfinished tasks of many accounts — wait for them, download their files, write a CSV.

Run it against the fake Marketing API (no credentials)::

    tencent-ads mock-server --port 8000 &
    TENCENT_ADS_ACCESS_TOKEN=fake-access-token-0123456789 \
    TENCENT_ADS_BASE_URL=http://127.0.0.1:8000/v3.0 \
    TENCENT_ADS_ACCOUNT_IDS=25610 python examples/daily_job.py

or for real with your token and account ids. With pandas installed, it also prints a summary per account.
"""

from __future__ import annotations

import csv
import datetime
import importlib
import importlib.util
import os
from pathlib import Path
from typing import Any

from tencent_ads import AsyncTask, Client, Filter, TaskStatus

#: Finished one way or another: what `wait` stops at (the spec's TaskStatus x-terminal).
FINISHED = {
    TaskStatus.TASK_STATUS_COMPLETED,
    TaskStatus.TASK_STATUS_FAIL,
    TaskStatus.TASK_STATUS_CANCELLED,
    TaskStatus.TASK_STATUS_EXPIRED,
    TaskStatus.TASK_STATUS_DELETED,
}


def todays_unfinished(client: Client, account_id: int, since: int) -> list[int]:
    """Ids of the tasks created since `since` (epoch seconds) that have not finished yet."""
    recent: list[Filter] = [{"field": "created_time", "operator": "GREATER_EQUALS", "values": [str(since)]}]
    return [
        task.task_id
        for task in client.async_tasks.iterate(account_id=account_id, filtering=recent, page_size=100)
        if isinstance(task.task_id, int) and task.status not in FINISHED
    ]


def run(client: Client, account_ids: list[int], since: int, folder: Path, timeout: float) -> Path:
    """Wait for every unfinished task, download the files of the completed ones; one CSV row per file or task."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, object]] = []
    for account_id in account_ids:
        ids = todays_unfinished(client, account_id, since)
        found: list[AsyncTask | None] = (
            list(client.async_tasks.wait_many(account_id=account_id, task_ids=ids, timeout=timeout)) if ids else []
        )
        for task in found:
            if task is None:  # not seen before the deadline
                continue
            row: dict[str, object] = {"account_id": account_id, "task_id": task.task_id, "status": str(task.status)}
            if task.status != TaskStatus.TASK_STATUS_COMPLETED:
                rows.append({**row, "file": ""})
                continue
            for path in client.async_tasks.download_files(account_id=account_id, task=task, dest_dir=folder):
                rows.append({**row, "file": path.name})
    out = folder / "tasks.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["account_id", "task_id", "status", "file"])
        writer.writeheader()
        writer.writerows(rows)
    return out


def summarise(csv_path: Path) -> None:
    """With pandas installed: tasks per account and status."""
    if importlib.util.find_spec("pandas") is None:
        print("(pip install pandas for a summary)")
        return
    pd: Any = importlib.import_module("pandas")  # optional: typed loosely, so no stubs are needed
    frame = pd.read_csv(csv_path)
    print(frame.groupby(["account_id", "status"]).size())


def main() -> None:
    account_ids = [int(a) for a in os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")]
    midnight = datetime.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    with Client() as client:  # token and base URL from TENCENT_ADS_ACCESS_TOKEN / TENCENT_ADS_BASE_URL
        out = run(client, account_ids, int(midnight.timestamp()), Path("downloads"), timeout=60)
    print(f"wrote {out}")
    summarise(out)


if __name__ == "__main__":
    main()
