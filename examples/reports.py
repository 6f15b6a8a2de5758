"""The daily report job: a week of daily rows page by page, and the same day as an async report file read as rows.

``daily_reports.iterate`` follows every page (flat memory); ``async_reports`` is the same task machinery as
``async_tasks`` (add → wait → download_files, each file md5-checked) and ``read_report_rows`` reads a downloaded
report (CSV, gzip or zip) as dicts, numbers typed where the spec knows the field.
"""

from __future__ import annotations

import datetime
import os
import tempfile

from tencent_ads import Client, read_report_rows


def main() -> None:
    account_id = int(os.environ.get("TENCENT_ADS_ACCOUNT_IDS", "25610").split(",")[0])
    # the API's dates are GMT+8; yesterday's numbers are complete after about 8:00 there
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    end = today - datetime.timedelta(days=1)
    start = end - datetime.timedelta(days=6)
    fields = ["date", "view_count", "valid_click_count", "cost"]
    with Client() as client:
        rows = client.daily_reports.iterate(
            account_id=account_id,
            level="REPORT_LEVEL_ADVERTISER",
            date_range={"start_date": start.isoformat(), "end_date": end.isoformat()},
            group_by=["date"],
            fields=fields,
        )
        cost = {str(row.date): row.cost for row in rows}
        print(f"{len(cost)} day(s), cost in fen: {cost}")

        added = client.async_reports.add(
            account_id=account_id,
            task_name=f"daily-{end}-{os.getpid()}",
            report_fields=fields,
            level="REPORT_LEVEL_ADVERTISER",
            granularity="DAILY",
            date=end.isoformat(),
        )
        task = client.async_reports.wait(account_id=account_id, task_id=added.task_id, timeout=120)
        with tempfile.TemporaryDirectory() as folder:
            for path in client.async_reports.download_files(account_id=account_id, task=task, dest_dir=folder):
                for row in read_report_rows(path):
                    print(f"{path.name}: {row}")


if __name__ == "__main__":
    main()
