"""What a write does when its answer is lost — seen against the package's fake Marketing API.

The fake processes ``async_tasks/add`` (the task exists) and then drops the connection: the client cannot know
whether the task was created, so it does not send the POST again. It raises ``OutcomeUnknownError`` (with
``sent_at`` and ``cause``), and ``find_created`` looks for the task by its name among the tasks created since.
"""

from __future__ import annotations

from tencent_ads import Client, OutcomeUnknownError
from tencent_ads.testing import FakeMarketingAPI, Fault


def main() -> None:
    with FakeMarketingAPI() as api, Client(base_url=api.base_url, access_token=api.token) as client:
        api.inject(Fault("drop_connection", processed=True, path="/v3.0/async_tasks/add"))
        name = "hourly-report-lost-answer"
        try:
            client.async_tasks.add(
                account_id=api.account_id,
                task_name=name,
                task_type="TASK_TYPE_AGENCY_AD_HOURLY_REPORT",
                task_spec={"task_type_agency_ad_hourly_report_spec": {"date": "2024-05-01"}},
            )
        except OutcomeUnknownError as error:
            print(f"outcome unknown: {error.cause!r}")
            found = client.async_tasks.find_created(account_id=api.account_id, task_name=name, since=error.sent_at)
        else:
            raise SystemExit("the fault was not injected")
        if len(found) != 1:  # it landed: adding again would create a second task
            raise SystemExit(f"expected the one task the add created, found {found}")
        print(f"the add did create task {found[0].task_id}; the fake created {api.created_tasks}")


if __name__ == "__main__":
    main()
