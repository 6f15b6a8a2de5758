# mypy: disable-error-code="union-attr,index,arg-type"
"""The fake Marketing API serves reports: daily/hourly rows and async reports whose files carry an md5.

Real HTTP on loopback: raw httpx for what the wire carries (strings where numbers are declared, page_info,
error envelopes), the client for the issue's "done when" (iterate across pages; add → wait → download_files).
The fake's ``today`` is fixed so that the date rules are deterministic.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import hashlib
import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tencent_ads import Client, RetryPolicy, new_nonce
from tencent_ads.testing import FakeMarketingAPI
from tencent_ads.testing._reports import (
    STRING_COUNT_EVERY,
    STRING_ID_EVERY,
    UNKNOWN_METRIC,
    dimension_ids,
    today_in_gmt8,
)

TODAY = datetime.date(2026, 11, 8)
WEEK = {"start_date": "2026-11-01", "end_date": "2026-11-07"}
FIELDS = ["date", "account_id", "view_count", "valid_click_count", "cost", "ctr", "cpc"]
OTHER_ACCOUNT = 25611
NO_RETRY = RetryPolicy(max_attempts=1)


@pytest.fixture
def api() -> Iterator[FakeMarketingAPI]:
    with FakeMarketingAPI(today=TODAY, accounts=(25610, OTHER_ACCOUNT)) as fake:
        yield fake


@pytest.fixture
def client(api: FakeMarketingAPI) -> Iterator[Client]:
    with Client(api.token, base_url=api.base_url, retry=NO_RETRY) as c:
        yield c


def day(offset: int) -> str:
    """The date ``offset`` days before the fake's today."""
    return (TODAY - datetime.timedelta(days=offset)).isoformat()


def raw(api: FakeMarketingAPI, path: str, **params: Any) -> dict[str, Any]:
    """A signed GET; lists and dicts JSON-encoded as the API wants them. The envelope."""
    query = {"access_token": api.token, "timestamp": str(int(time.time())), "nonce": new_nonce()}
    for name, value in params.items():
        query[name] = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    response = httpx.get(api.base_url + path, params=query, timeout=10)
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def daily(api: FakeMarketingAPI, **overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "account_id": str(api.account_id),
        "level": "REPORT_LEVEL_ADVERTISER",
        "date_range": WEEK,
        "group_by": ["date"],
        "fields": FIELDS,
        "page_size": "100",
    }
    params.update(overrides)
    return raw(api, "/daily_reports/get", **{k: v for k, v in params.items() if v is not None})


def hourly(api: FakeMarketingAPI, **overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "account_id": str(api.account_id),
        "level": "REPORT_LEVEL_ADVERTISER",
        "date_range": {"start_date": day(1), "end_date": day(1)},
        "group_by": ["hour"],
        "fields": ["date", "hour", "view_count", "cost"],
        "page_size": "100",
    }
    params.update(overrides)
    return raw(api, "/hourly_reports/get", **params)


def rows_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    assert document["code"] == 0, document
    rows: list[dict[str, Any]] = document["data"]["list"]
    return rows


def add_report(api: FakeMarketingAPI, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "account_id": api.account_id,
        "task_name": "weekly cost",
        "report_fields": ["date", "adgroup_id", "view_count", "cost"],
        "level": "REPORT_LEVEL_ADGROUP",
        "granularity": "DAILY",
        "date": day(1),
    }
    body.update(overrides)
    query = {"access_token": api.token, "timestamp": str(int(time.time())), "nonce": new_nonce()}
    response = httpx.post(api.base_url + "/async_reports/add", params=query, json=body, timeout=10)
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


def report_tasks(api: FakeMarketingAPI, **params: Any) -> list[dict[str, Any]]:
    return rows_of(raw(api, "/async_reports/get", account_id=str(api.account_id), **params))


def fetch_file(api: FakeMarketingAPI, task_id: int, file_id: int) -> httpx.Response:
    query = {
        "access_token": api.token,
        "timestamp": str(int(time.time())),
        "nonce": new_nonce(),
        "account_id": str(api.account_id),
        "task_id": str(task_id),
        "file_id": str(file_id),
    }
    return httpx.get(api.base_url + "/async_report_files/get", params=query, timeout=10)


def csv_text(content: bytes, file_format: str) -> str:
    if file_format == "csv.gz":
        content = gzip.decompress(content)
    elif file_format == "zip":
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            (name,) = archive.namelist()
            content = archive.read(name)
    return content.decode("utf-8")


# --- daily_reports/get and hourly_reports/get --------------------------------------------------------------


def test_the_client_iterates_seven_days_grouped_by_date_one_row_per_day_across_pages(
    api: FakeMarketingAPI, client: Client
) -> None:
    rows = list(
        client.daily_reports.iterate(
            account_id=api.account_id,
            level="REPORT_LEVEL_ADVERTISER",
            date_range=WEEK,
            group_by=["date"],
            fields=FIELDS,
            page_size=3,
        )
    )
    assert [row.to_dict()["date"] for row in rows] == [f"2026-11-0{d}" for d in range(1, 8)]
    pages = [r for r in api.requests if r.path.endswith("/daily_reports/get")]
    assert [r.params.get("page", "1") for r in pages] == ["1", "2", "3"]
    first = rows[0].to_dict()
    assert set(first) == {*FIELDS, UNKNOWN_METRIC}  # the metric the spec does not know is kept
    assert all(isinstance(row.to_dict()["account_id"], int) for row in rows)  # a string id read leniently


def test_page_info_counts_every_row_and_pages_split_them(api: FakeMarketingAPI) -> None:
    whole = rows_of(daily(api))
    pages = [daily(api, page=str(n), page_size="3") for n in (1, 2, 3, 4)]
    assert [p["data"]["page_info"] for p in pages[:1]] == [
        {"page": 1, "page_size": 3, "total_number": 7, "total_page": 3}
    ]
    assert [row for page in pages for row in rows_of(page)] == whole
    assert rows_of(pages[3]) == []


def test_rows_are_deterministic_and_differ_by_account_date_and_level(api: FakeMarketingAPI) -> None:
    first, again = rows_of(daily(api)), rows_of(daily(api))
    assert first == again
    other = rows_of(daily(api, account_id=str(OTHER_ACCOUNT)))
    assert [r["cost"] for r in other] != [r["cost"] for r in first]
    assert len({r["cost"] for r in first}) > 1  # days differ
    adgroup_level = rows_of(daily(api, level="REPORT_LEVEL_ADGROUP"))
    assert [r["cost"] for r in adgroup_level] != [r["cost"] for r in first]
    with FakeMarketingAPI(today=TODAY) as second:  # another server, the same numbers
        assert rows_of(daily(second)) == first


def test_rows_carry_the_fields_asked_and_the_unknown_metric(api: FakeMarketingAPI) -> None:
    rows = rows_of(daily(api, fields=["cost", "date"]))
    assert all(list(row) == ["cost", "date", UNKNOWN_METRIC] for row in rows)
    with FakeMarketingAPI(today=TODAY, report_extra_fields=()) as exact:
        assert all(list(row) == ["cost", "date"] for row in rows_of(daily(exact, fields=["cost", "date"])))


def test_metrics_are_consistent_numbers(api: FakeMarketingAPI) -> None:
    for row in rows_of(daily(api, date_range={"start_date": "2026-10-01", "end_date": "2026-10-05"})):
        views, clicks, cost = int(row["view_count"]), row["valid_click_count"], row["cost"]
        assert isinstance(cost, int)
        assert 0 < clicks < views
        assert row["ctr"] == round(clicks / views, 6)
        assert row["cpc"] == round(cost / clicks)


def test_ids_and_a_count_arrive_as_strings_in_a_minority_of_rows(api: FakeMarketingAPI) -> None:
    rows = rows_of(
        daily(
            api,
            date_range={"start_date": "2026-10-01", "end_date": "2026-10-22"},
            fields=["date", "account_id", "view_count"],
        )
    )
    assert len(rows) == 22
    for number, row in enumerate(rows, start=1):
        assert isinstance(row["account_id"], str) == (number % STRING_ID_EVERY == 0)
        assert isinstance(row["view_count"], str) == (number % STRING_COUNT_EVERY == 0)
    assert rows[6]["account_id"] == str(api.account_id)
    # numbered over the whole result, not per page: page 2 of 5 starts with row 6, so its 2nd row is the 7th
    assert isinstance(rows_of(daily(api, page="2", page_size="5"))[1]["account_id"], str)


def test_grouping_by_date_and_adgroup_gives_a_row_per_day_and_adgroup(api: FakeMarketingAPI) -> None:
    rows = rows_of(
        daily(
            api,
            level="REPORT_LEVEL_ADGROUP",
            group_by=["date", "adgroup_id"],
            fields=["date", "adgroup_id", "cost"],
        )
    )
    ids = dimension_ids(api.account_id, "adgroup_id")
    assert len(ids) == 3
    assert [(r["date"], int(r["adgroup_id"])) for r in rows] == [(f"2026-11-0{d}", i) for d in range(1, 8) for i in ids]
    by_date = {r["date"]: r["cost"] for r in rows_of(daily(api, level="REPORT_LEVEL_ADGROUP"))}
    for date, cost in by_date.items():  # a day is the sum of its adgroups
        assert cost == sum(r["cost"] for r in rows if r["date"] == date)


def test_filtering_on_an_adgroup_keeps_its_rows(api: FakeMarketingAPI) -> None:
    wanted = dimension_ids(api.account_id, "adgroup_id")[1]
    filtering = [{"field": "adgroup_id", "operator": "IN", "values": [str(wanted)]}]
    grouped = ["date", "adgroup_id"]
    rows = rows_of(
        daily(api, level="REPORT_LEVEL_ADGROUP", group_by=grouped, fields=[*grouped, "cost"], filtering=filtering)
    )
    assert {int(r["adgroup_id"]) for r in rows} == {wanted}
    totals = rows_of(daily(api, level="REPORT_LEVEL_ADGROUP", filtering=filtering))
    assert [r["cost"] for r in totals] == [r["cost"] for r in rows]


def test_order_by_sorts_and_defaults_to_the_group_keys(api: FakeMarketingAPI) -> None:
    order = [{"sort_field": "cost", "sort_type": "DESCENDING"}]
    rows = rows_of(daily(api, order_by=order))
    assert [r["cost"] for r in rows] == sorted((r["cost"] for r in rows), reverse=True)
    assert [r["date"] for r in rows_of(daily(api))] == sorted(r["date"] for r in rows)


def test_hourly_rows_are_24_a_day_and_sum_to_the_daily_row(api: FakeMarketingAPI) -> None:
    rows = rows_of(hourly(api))
    assert [r["hour"] for r in rows] == list(range(24))
    assert {r["date"] for r in rows} == {day(1)}
    whole_day = rows_of(daily(api, date_range={"start_date": day(1), "end_date": day(1)}, fields=["cost"]))
    assert whole_day[0]["cost"] == sum(r["cost"] for r in rows)
    per_adgroup = rows_of(
        hourly(
            api,
            level="REPORT_LEVEL_ADGROUP",
            group_by=["hour", "adgroup_id"],
            fields=["hour", "adgroup_id", "cost"],
        )
    )
    assert len(per_adgroup) == 24 * 3


# --- refusals ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date_range", "text"),
    [
        ({"start_date": "2026-11-05", "end_date": "2026-11-04"}, "is after end_date"),
        ({"start_date": "2026-11-08", "end_date": "2026-11-09"}, "is in the future"),
        ({"start_date": day(366), "end_date": day(300)}, "last 365 days"),
        ({"start_date": "2026-11-1", "end_date": "2026-11-07"}, "start_date"),
        ({"start_date": "2026-02-30", "end_date": "2026-03-01"}, "start_date"),
    ],
)
def test_daily_date_rules_are_18001_naming_the_problem(
    api: FakeMarketingAPI, date_range: dict[str, str], text: str
) -> None:
    document = daily(api, date_range=date_range)
    assert document["code"] == 18001
    assert text in document["message"]


def test_daily_accepts_today_and_exactly_365_days_back(api: FakeMarketingAPI) -> None:
    rows = rows_of(daily(api, date_range={"start_date": day(365), "end_date": day(0)}, page_size="2000"))
    assert len(rows) == 366


@pytest.mark.parametrize(
    ("date_range", "text"),
    [
        ({"start_date": day(91), "end_date": day(91)}, "last 90 days"),
        ({"start_date": day(2), "end_date": day(1)}, "at most 1 day"),
        ({"start_date": day(-1), "end_date": day(-1)}, "is in the future"),
    ],
)
def test_hourly_date_rules(api: FakeMarketingAPI, date_range: dict[str, str], text: str) -> None:
    document = hourly(api, date_range=date_range)
    assert document["code"] == 18001
    assert text in document["message"]
    assert rows_of(hourly(api, date_range={"start_date": day(90), "end_date": day(90)}))


def test_today_defaults_to_the_server_clock_in_gmt8() -> None:
    # 2026-11-07 17:30 UTC is already 2026-11-08 01:30 in Beijing
    instant = datetime.datetime(2026, 11, 7, 17, 30, tzinfo=datetime.UTC).timestamp()
    assert today_in_gmt8(instant) == datetime.date(2026, 11, 8)
    with FakeMarketingAPI(clock=lambda: instant) as fake:
        stamp = str(int(instant))  # the signing timestamp must be near the server's clock
        assert fake.report_today() == datetime.date(2026, 11, 8)
        today = {"start_date": "2026-11-08", "end_date": "2026-11-08"}
        assert rows_of(daily(fake, date_range=today, timestamp=stamp))
        tomorrow = {"start_date": "2026-11-08", "end_date": "2026-11-09"}
        assert daily(fake, date_range=tomorrow, timestamp=stamp)["code"] == 18001


def test_an_unknown_field_is_12009_and_an_ungrouped_dimension_is_18001(api: FakeMarketingAPI) -> None:
    unknown = daily(api, fields=["date", "no_such_metric"])
    assert unknown["code"] == 12009
    assert "no_such_metric" in unknown["message"]
    ungrouped = daily(api, fields=["date", "adgroup_id"])
    assert ungrouped["code"] == 18001
    assert "adgroup_id" in ungrouped["message"]


@pytest.mark.parametrize(
    ("overrides", "code", "text"),
    [
        (
            {"order_by": [{"sort_field": "view_count", "sort_type": "DESCENDING"}], "fields": ["date"]},
            18001,
            "sort_field",
        ),
        ({"group_by": ["hour"]}, 18001, "hourly reports only"),
        ({"group_by": ["gender"]}, 18001, "cannot group by gender"),
        ({"filtering": [{"field": "adgroup_id", "operator": "IN", "values": ["x1"]}]}, 18001, "filtering[0]"),
    ],
)
def test_other_bad_queries_are_refused(api: FakeMarketingAPI, overrides: dict[str, Any], code: int, text: str) -> None:
    document = daily(api, **overrides)
    assert document["code"] == code
    assert text in document["message"]


def test_an_unknown_account_is_12201_and_an_absent_one_is_the_tokens(api: FakeMarketingAPI) -> None:
    assert daily(api, account_id="99")["code"] == 12201
    assert rows_of(daily(api, account_id=None)) == rows_of(daily(api))


# --- async reports ----------------------------------------------------------------------------------------


def test_an_async_report_progresses_and_serves_its_csv_with_md5(api: FakeMarketingAPI) -> None:
    added = add_report(api)
    assert added["code"] == 0, added
    task_id = added["data"]["task_id"]
    assert api.created_reports == [task_id]
    one = [{"field": "task_id", "operator": "EQUALS", "values": [str(task_id)]}]
    statuses = [report_tasks(api, filtering=one)[0]["status"] for _ in range(4)]
    assert statuses == [
        "TASK_STATUS_PENDING",
        "TASK_STATUS_PROCESSING",
        "TASK_STATUS_COMPLETED",
        "TASK_STATUS_COMPLETED",
    ]
    (info,) = report_tasks(api, filtering=one)[0]["result"]["data"]["file_info_list"]
    response = fetch_file(api, task_id, info["file_id"])
    assert response.status_code == 200
    assert hashlib.md5(response.content).hexdigest() == info["md5"]  # noqa: S324 - the API's check
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert lines[0] == ["date", "adgroup_id", "view_count", "cost"]
    # the same numbers as daily_reports/get for that day
    grouped = ["date", "adgroup_id"]
    same_day = {"start_date": day(1), "end_date": day(1)}
    rows = rows_of(
        daily(
            api,
            level="REPORT_LEVEL_ADGROUP",
            date_range=same_day,
            group_by=grouped,
            fields=[*grouped, "view_count", "cost"],
        )
    )
    assert lines[1:] == [[r["date"], str(r["adgroup_id"]), str(r["view_count"]), str(r["cost"])] for r in rows]


@pytest.mark.parametrize("file_format", ["csv", "csv.gz", "zip"])
def test_the_client_adds_waits_and_downloads_a_file_whose_header_is_the_fields(
    file_format: str, tmp_path: Path
) -> None:
    fields = ["date", "hour", "cost", "ctr"]
    with (
        FakeMarketingAPI(today=TODAY, report_file_format=file_format) as api,
        Client(api.token, base_url=api.base_url, retry=NO_RETRY) as client,
    ):
        added = client.async_reports.add(
            account_id=api.account_id,
            task_name=f"hourly {file_format}",
            report_fields=fields,
            level="REPORT_LEVEL_ADVERTISER",
            granularity="HOURLY",
            date=day(2),
        )
        task = client.async_reports.wait(account_id=api.account_id, task_id=added.task_id)
        (path,) = client.async_reports.download_files(account_id=api.account_id, task=task, dest_dir=tmp_path)
    content = path.read_bytes()
    assert content.startswith({"csv": b"date,", "csv.gz": b"\x1f\x8b", "zip": b"PK\x03\x04"}[file_format])
    lines = csv_text(content, file_format).splitlines()
    assert lines[0] == ",".join(fields)
    assert [line.split(",")[1] for line in lines[1:]] == [str(h) for h in range(24)]


@pytest.mark.parametrize(
    ("overrides", "text"),
    [
        ({"granularity": "HOURLY", "date": day(31)}, "last 30 days"),
        ({"date": day(366)}, "last 365 days"),
        ({"date": day(-1)}, "in the future"),
        ({"report_fields": ["date", "no_such_metric"]}, "no_such_metric"),
    ],
)
def test_async_add_refusals_are_18001_and_create_nothing(
    api: FakeMarketingAPI, overrides: dict[str, Any], text: str
) -> None:
    document = add_report(api, **overrides)
    assert document["code"] == 18001
    assert text in document["message"]
    assert api.created_reports == []
    assert add_report(api, granularity="HOURLY", date=day(30))["code"] == 0


def test_async_reports_get_filters_and_pages_apart_from_async_tasks(api: FakeMarketingAPI) -> None:
    ids = [add_report(api, task_name=f"report {n}")["data"]["task_id"] for n in range(3)]
    listed = report_tasks(api)
    assert [t["task_id"] for t in listed] == ids[::-1]  # newest first
    assert set(listed[0]) == {"task_id", "task_name", "status", "created_time"}
    both = [{"field": "task_id", "operator": "IN", "values": [str(ids[0]), str(ids[2])]}]
    assert sorted(t["task_id"] for t in report_tasks(api, filtering=both)) == [ids[0], ids[2]]
    named = [{"field": "task_name", "operator": "EQUALS", "values": ["report 1"]}]
    assert [t["task_id"] for t in report_tasks(api, filtering=named)] == [ids[1]]
    page = raw(api, "/async_reports/get", account_id=str(api.account_id), page="2", page_size="2")
    assert page["data"]["page_info"] == {"page": 2, "page_size": 2, "total_number": 3, "total_page": 2}
    tasks = raw(api, "/async_tasks/get", account_id=str(api.account_id), page_size="100")["data"]["list"]
    assert not {t["task_id"] for t in tasks} & set(ids)
    assert report_tasks(api) and not rows_of(raw(api, "/async_reports/get", account_id=str(OTHER_ACCOUNT)))


def test_report_and_task_files_never_share_an_id(api: FakeMarketingAPI) -> None:
    report_id = add_report(api)["data"]["task_id"]
    task = api.add_task()
    for _ in range(3):
        report_tasks(api)
    (report_file,) = report_tasks(api)[0]["result"]["data"]["file_info_list"]
    (task_file,) = task["result"]["data"]["file_info_list"]
    assert report_file["file_id"] != task_file["file_id"]
    assert report_id != task["task_id"]
    # a report's file is not a task's: async_task_files/get refuses it
    query = {
        "access_token": api.token,
        "timestamp": str(int(time.time())),
        "nonce": new_nonce(),
        "account_id": str(api.account_id),
        "task_id": str(report_id),
        "file_id": str(report_file["file_id"]),
    }
    refused = httpx.get(api.base_url + "/async_task_files/get", params=query, timeout=10).json()
    assert refused["code"] == 18001
    assert fetch_file(api, report_id, task_file["file_id"]).json()["code"] == 18001


def test_a_report_file_before_completion_or_expired_is_refused() -> None:
    with FakeMarketingAPI(today=TODAY) as api:
        task_id = add_report(api)["data"]["task_id"]
        api.reports[api.account_id][0].advance()
        api.reports[api.account_id][0].advance()
        (info,) = report_tasks(api)[0]["result"]["data"]["file_info_list"]
        api.file_mode = "expired"
        assert fetch_file(api, task_id, info["file_id"]).json()["code"] == 18001
        api.file_mode = "redirect"
        moved = fetch_file(api, task_id, info["file_id"])
        assert moved.status_code == 302
        target = api.base_url.removesuffix("/v3.0") + moved.headers["Location"]
        assert hashlib.md5(httpx.get(target).content).hexdigest() == info["md5"]  # noqa: S324
    with FakeMarketingAPI(today=TODAY) as api:
        task_id = add_report(api)["data"]["task_id"]
        assert fetch_file(api, task_id, 1).json()["code"] == 18001  # PENDING: no file yet


def test_report_file_format_is_checked() -> None:
    with pytest.raises(ValueError, match="report_file_format"):
        FakeMarketingAPI(report_file_format="xlsx")
