"""Create a task, wait for it, download its files — and never create it twice.

``async_tasks.add`` is a POST: the API has no idempotency key, so the client does not re-send it once the request
may have reached the server. When the answer is lost (a timeout, a dropped connection, a 5xx), the call raises
``OutcomeUnknownError``; a task name of its own per run makes ``find_created`` answer the question "did it land?".
"""

from __future__ import annotations

import datetime
import os
import tempfile

from tencent_ads import Client, OutcomeUnknownError


def create(client: Client, account_id: int, name: str, day: str) -> int:
    """The new task's id: from the answer, or — when the answer was lost — from the task list."""
    try:
        added = client.async_tasks.add(
            account_id=account_id,
            task_name=name,
            task_type="TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
            task_spec={"task_type_agency_ad_hourly_report_spec": {"date": day}},
        )
    except OutcomeUnknownError as error:
        found = client.async_tasks.find_created(account_id=account_id, task_name=name, since=error.sent_at)
        if not found or not isinstance(found[0].task_id, int):
            raise  # it did not land: adding again is safe (and up to the caller)
        return found[0].task_id
    if not isinstance(added.task_id, int):
        raise SystemExit(f"the API answered without a task id: {added}")
    return added.task_id


def main() -> None:
    account_id = int(os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")[0])
    day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    name = f"hourly-{day}-{os.getpid()}"
    with Client() as client:
        task_id = create(client, account_id, name, day)
        task = client.async_tasks.wait(account_id=account_id, task_id=task_id, timeout=120)
        with tempfile.TemporaryDirectory() as folder:
            paths = client.async_tasks.download_files(account_id=account_id, task=task, dest_dir=folder)
            sizes = [path.stat().st_size for path in paths]
    print(f"task {task_id} ({name}): {task.status}, {len(sizes)} file(s), {sum(sizes)} bytes")


if __name__ == "__main__":
    main()
