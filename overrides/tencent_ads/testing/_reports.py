"""The fake server's reports: deterministic rows for daily_reports/get, hourly_reports/get and async report files.

Pure functions of the request (no I/O, no server state): :func:`parse_get` / :func:`parse_add` read a report
request into a :class:`ReportQuery` (refusing what the API refuses with :class:`RejectError`), :func:`report_rows`
computes its rows, :func:`render_rows` gives them as the API's JSON sends them and :func:`report_file` as the
file of an async report.

The rules (each refusal is an API error envelope, HTTP 200):

* **Dates** are ``YYYY-MM-DD`` in GMT+8 (the API's time zone; "today" is the server's ``today``, by default its
  clock's date in GMT+8). ``start_date`` <= ``end_date``, neither after today. How far back, counting a date
  exactly N days before today as inside "the last N days": daily_reports/get and DAILY async reports
  :data:`DAILY_WINDOW_DAYS` (365), hourly_reports/get :data:`HOURLY_WINDOW_DAYS` (90, the v3.0 page, as the spec
  records) and HOURLY async reports :data:`ASYNC_HOURLY_WINDOW_DAYS` (30). An hourly range is one day
  (:data:`HOURLY_MAX_SPAN_DAYS`); a daily one has no span limit (the v3.0 page sets none). A violation is
  **18001** naming the problem (a malformed date too).
* **fields** (``report_fields`` of an async report): every name must be one the fake knows — the spec's report row
  (``ROW_FIELDS["ReportRow"]``), the fake's own metrics (:data:`METRICS`, :data:`DERIVED`, among them
  :data:`UNKNOWN_METRIC`, a metric the spec does not know) and any dimension (:func:`is_dimension`). An unknown name
  is **12009** (the ``fields`` error of the API's table) in a query, 18001 in a body. A dimension named in
  ``fields`` must be grouped by (``account_id`` always may be; so may ``date`` in an hourly report): 18001
  otherwise.
* **group_by**: ``date``, ``hour`` (hourly only), ``*_id`` dimensions and :data:`STRING_DIMENSIONS` (``site_set``,
  ...); others are 18001. Default: the time keys plus the level's own id (``adgroup_id`` for REPORT_LEVEL_ADGROUP,
  :data:`LEVEL_DIMENSION`). Hourly rows are always per day: ``date`` is an implicit group key. Each dimension has
  a few deterministic values per account (:func:`dimension_ids`; ids the spec types as strings are strings).
* **filtering** on a dimension keeps the values that pass (any operator; EQUALS/IN is what the spec allows), and
  they are summed when not grouped by; ``hour`` (async HOURLY reports) keeps hours; a filter on any other field
  (``md5``, ...) changes nothing. Values that are not decimal for an integer id are 18001.
* **order_by**: ``sort_field`` among the fields or group keys, ``sort_type`` ASCENDING or DESCENDING (18001
  otherwise); ties, and rows without ``order_by``, are in the order of the group keys.

Determinism: every cell — (account, level, time_line, date, hour, values of the grouped, filtered and the level's
own dimensions) — has metrics from a hash of those. A row sums its cells: a daily row its day's 24 hours, an
ADGROUP-level row by date its adgroups; so hourly rows add up to the daily row, two calls (two servers) give the
same numbers, and accounts, levels and dates differ. ``ctr``, ``conversions_rate`` (fractions) and ``cpc``,
``thousand_display_price``, ``conversions_cost`` (fen, integers) are computed from the sums; ``cost`` is in fen.
A field the spec's row knows that the fake does not compute gets a hash of the row's keys of the spec's type.

As the API does, JSON rows are not uniform (:func:`render_rows`, numbering rows over the whole ordered result,
not per page): every :data:`STRING_ID_EVERY`-th row (7th, 14th...) has its ``*_id`` values as strings, every
:data:`STRING_COUNT_EVERY`-th its ``view_count``; and each row carries the server's ``report_extra_fields`` (by
default :data:`UNKNOWN_METRIC`) even when not asked for. A report file's header is exactly the requested fields,
its rows those daily/hourly_reports/get compute for its date, granularity, level and group_by.
"""

from __future__ import annotations

import csv
import datetime
import functools
import gzip
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

#: The API's time zone (Asia/Shanghai has had no daylight saving since 1991).
GMT8: Final = datetime.timezone(datetime.timedelta(hours=8), "GMT+8")
#: daily_reports/get and DAILY async reports: dates back to this many days before today.
DAILY_WINDOW_DAYS: Final = 365
#: hourly_reports/get: the last 90 days (the v3.0 page: 最多支持查询 90 天内的数据).
HOURLY_WINDOW_DAYS: Final = 90
#: HOURLY async reports (async_reports/add): the last 30 days only.
ASYNC_HOURLY_WINDOW_DAYS: Final = 30
#: The longest daily range in days: None, the v3.0 page sets none (the v1.1 guide's 90 days is not enforced).
DAILY_MAX_SPAN_DAYS: Final[int | None] = None
#: The longest hourly range: one day (start_date 且等于 end_date).
HOURLY_MAX_SPAN_DAYS: Final[int | None] = 1
#: Every n-th row of a JSON answer (1-based over the whole ordered result) has its ``*_id`` values as strings.
STRING_ID_EVERY: Final = 7
#: Every n-th row has its ``view_count`` as a string.
STRING_COUNT_EVERY: Final = 11
#: A metric the spec does not know (the metric list grows): the client must keep it.
UNKNOWN_METRIC: Final = "new_metric_x"
#: The file formats an async report can be served in.
REPORT_FILE_FORMATS: Final = frozenset({"csv", "csv.gz", "zip"})

#: Integer metrics, summed over the cells a row aggregates.
METRICS: Final = ("view_count", "valid_click_count", "cost", "conversions_count", UNKNOWN_METRIC)
#: Metrics computed from the sums (0 when the divisor is 0): rates are fractions, money (fen) is rounded to an int.
DERIVED: Final[Mapping[str, str]] = {
    "ctr": "number",
    "cpc": "integer",
    "thousand_display_price": "integer",
    "conversions_rate": "number",
    "conversions_cost": "integer",
}
#: The fake's own fields and their types (the spec's report row adds its own).
BUILTIN_TYPES: Final[Mapping[str, str]] = {
    "date": "string",
    "hour": "integer",
    "account_id": "integer",
    **dict.fromkeys(METRICS, "integer"),
    **DERIVED,
}
#: Dimensions that are not ids, and the values each has in every account.
STRING_DIMENSIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "site_set": ("SITE_SET_MOMENTS", "SITE_SET_WECHAT", "SITE_SET_SEARCH_SCENE"),
    "component_type": ("IMAGE", "VIDEO", "TITLE"),
    "queryword": ("跑鞋", "running shoes", "跑鞋 男"),
    "marketing_target_type": ("MARKETING_TARGET_TYPE_APP_ANDROID", "MARKETING_TARGET_TYPE_APP_IOS"),
    "landing_page_type": ("LANDING_PAGE_TYPE_H5", "LANDING_PAGE_TYPE_WECHAT_CANVAS"),
}
#: The id dimension a level's rows are per (the default group key beside the time).
LEVEL_DIMENSION: Final[Mapping[str, str]] = {
    "REPORT_LEVEL_ADGROUP": "adgroup_id",
    "REPORT_LEVEL_DYNAMIC_CREATIVE": "dynamic_creative_id",
    "REPORT_LEVEL_COMPONENT": "component_id",
    "REPORT_LEVEL_BIDWORD": "bidword_id",
    "REPORT_LEVEL_QUERYWORD": "queryword_id",
    "REPORT_LEVEL_CHANNEL": "channel_id",
    "REPORT_LEVEL_MATERIAL_IMAGE": "image_id",
    "REPORT_LEVEL_MATERIAL_VIDEO": "video_id",
    "REPORT_LEVEL_LANDING_PAGE": "landing_page_id",
    "REPORT_LEVEL_PROJECT": "project_id",
    "REPORT_LEVEL_PROJECT_CREATIVE": "project_creative_id",
}
#: How many ids a dimension has per account (others: 3).
DIMENSION_SIZES: Final[Mapping[str, int]] = {"adgroup_id": 3, "dynamic_creative_id": 4, "component_id": 2}
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


class RejectError(Exception):
    """The API refuses the request: an error envelope with ``code`` and both messages."""

    def __init__(self, code: int, message: str, message_cn: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.message_cn = message_cn or message


def _invalid(message: str, message_cn: str = "参数校验失败") -> RejectError:
    return RejectError(18001, message, message_cn)


@attrs.frozen
class ReportQuery:
    """One report request, read and checked."""

    account: int
    level: str
    start: datetime.date
    end: datetime.date
    hourly: bool
    #: The row keys, in order (hourly: ``date`` always among them).
    group_by: tuple[str, ...]
    #: The fields each row carries, in the order asked.
    fields: tuple[str, ...]
    #: Dimension → the values kept (absent: all), and the hours kept.
    ids: Mapping[str, frozenset[int | str]] = attrs.field(factory=dict)
    hours: frozenset[int] = frozenset(range(24))
    #: (field, descending) pairs.
    order_by: tuple[tuple[str, bool], ...] = ()
    time_line: str = "REQUEST_TIME"


def today_in_gmt8(now: float) -> datetime.date:
    """The API's date at epoch seconds ``now``."""
    return datetime.datetime.fromtimestamp(now, tz=GMT8).date()


@functools.cache
def row_types() -> dict[str, str]:
    """Every field the fake knows with its type: the spec's report row (when it has one), then the fake's own."""
    types: dict[str, str] = {}
    try:
        from tencent_ads_generated import spec_data

        tables: Any = getattr(spec_data, "ROW_FIELDS", None) or {}
        row = tables.get("ReportRow") if isinstance(tables, Mapping) else None
        if isinstance(row, Mapping):
            types.update({str(k): str(v) for k, v in row.items()})
    except ImportError:  # pragma: no cover - the generated package ships with this one
        pass
    types.update(BUILTIN_TYPES)
    return types


def is_dimension(name: str) -> bool:
    """``date``, ``hour``, the ``*_id`` fields and :data:`STRING_DIMENSIONS`: what rows are keyed by."""
    return name in {"date", "hour"} or name.endswith("_id") or name in STRING_DIMENSIONS


def dimension_ids(account: int, dimension: str) -> list[int | str]:
    """The deterministic values one dimension (``adgroup_id``, ``site_set``, ...) has in an account, ascending;
    ids the spec's row types as strings (``channel_id``, ``video_id``, ...) are strings of digits."""
    if dimension == "account_id":
        return [account]
    if dimension in STRING_DIMENSIONS:
        return sorted(STRING_DIMENSIONS[dimension])
    seed = _digest(f"ids|{account}|{dimension}")
    first = 10_000_000 + seed % 80_000_000
    ids = [first + 1013 * k for k in range(DIMENSION_SIZES.get(dimension, 3))]
    return [str(i) for i in ids] if row_types().get(dimension) == "string" else list(ids)


# --- reading a request ---------------------------------------------------------------------------------------


def _json_param(params: Mapping[str, str], name: str) -> Any:
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise RejectError(12003, f"{name} is not valid JSON", f"{name} 不是合法的 JSON") from None


def parse_get(params: Mapping[str, str], *, account: int, hourly: bool, today: datetime.date) -> ReportQuery:
    """A daily_reports/get or hourly_reports/get query (its JSON parameters decoded) as a :class:`ReportQuery`."""
    level = params.get("level") or ""
    if not level:
        raise _invalid("level is required", "level 为必填项")
    date_range = _json_param(params, "date_range")
    if not isinstance(date_range, Mapping):
        raise _invalid('date_range is required: {"start_date": "YYYY-MM-DD", "end_date": "YYYY-MM-DD"}')
    start = _date(date_range.get("start_date"), "date_range.start_date")
    end = _date(date_range.get("end_date"), "date_range.end_date")
    window = HOURLY_WINDOW_DAYS if hourly else DAILY_WINDOW_DAYS
    _check_dates(start, end, hourly=hourly, today=today, window=window)
    fields = _json_param(params, "fields")
    if fields is not None and not (isinstance(fields, list) and all(isinstance(f, str) for f in fields)):
        raise RejectError(12009, "fields must be a list of field names", "fields 参数错误")
    return _query(
        account=account,
        level=level,
        start=start,
        end=end,
        hourly=hourly,
        group_by=_json_param(params, "group_by"),
        fields=fields,
        fields_code=12009,
        fields_name="fields",
        filtering=_json_param(params, "filtering"),
        order_by=_json_param(params, "order_by"),
        time_line=params.get("time_line") or "REQUEST_TIME",
    )


def parse_add(document: Mapping[str, Any], *, account: int, today: datetime.date) -> ReportQuery:
    """An async_reports/add body as a :class:`ReportQuery` (one day, DAILY or HOURLY)."""
    granularity = document.get("granularity")
    if granularity not in {"DAILY", "HOURLY"}:
        raise _invalid(f"granularity must be DAILY or HOURLY, got {str(granularity)[:40]!r}")
    level = document.get("level")
    if not isinstance(level, str) or not level:
        raise _invalid("level is required", "level 为必填项")
    day = _date(document.get("date"), "date")
    hourly = granularity == "HOURLY"
    _check_dates(day, day, hourly=hourly, today=today, window=ASYNC_HOURLY_WINDOW_DAYS if hourly else DAILY_WINDOW_DAYS)
    fields = document.get("report_fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, str) for f in fields):
        raise _invalid("report_fields is required: a list of field names", "report_fields 为必填项")
    time_line = document.get("time_line")
    return _query(
        account=account,
        level=level,
        start=day,
        end=day,
        hourly=hourly,
        group_by=document.get("group_by"),
        fields=fields,
        fields_code=18001,
        fields_name="report_fields",
        filtering=document.get("filtering"),
        order_by=None,
        time_line=time_line if isinstance(time_line, str) and time_line else "REQUEST_TIME",
    )


def _date(value: Any, name: str) -> datetime.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _invalid(f"{name} must be a date YYYY-MM-DD, got {str(value)[:40]!r}", f"{name} 日期格式错误")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise _invalid(f"{name} is not a date: {value!r}", f"{name} 日期无效") from None


def _check_dates(start: datetime.date, end: datetime.date, *, hourly: bool, today: datetime.date, window: int) -> None:
    kind = "hourly" if hourly else "daily"
    if start > end:
        raise _invalid(f"start_date {start} is after end_date {end}", "开始日期晚于结束日期")
    if end > today:
        raise _invalid(f"end_date {end} is in the future (today is {today}, GMT+8)", "结束日期不能晚于今天")
    earliest = today - datetime.timedelta(days=window)
    if start < earliest:
        raise _invalid(
            f"{kind} reports cover the last {window} days only: {start} is before {earliest} (today is {today})",
            f"仅支持查询最近 {window} 天的数据",
        )
    span = HOURLY_MAX_SPAN_DAYS if hourly else DAILY_MAX_SPAN_DAYS
    days = (end - start).days + 1
    if span is not None and days > span:
        raise _invalid(
            f"a {kind} date_range spans at most {span} day(s), got {days} ({start} to {end})",
            f"日期跨度不能超过 {span} 天",
        )


def _query(
    *,
    account: int,
    level: str,
    start: datetime.date,
    end: datetime.date,
    hourly: bool,
    group_by: Any,
    fields: Any,
    fields_code: int,
    fields_name: str,
    filtering: Any,
    order_by: Any,
    time_line: str,
) -> ReportQuery:
    keys = _group_by(group_by, level=level, hourly=hourly)
    known = row_types()
    if fields is None:  # required by the API; the fake answers its default rather than guess an error
        fields = [*keys, "account_id", *METRICS[:4], "ctr", "cpc"]
    unknown = [name for name in fields if name not in known and not is_dimension(name)]
    if unknown:
        raise RejectError(
            fields_code,
            f"{fields_name} names unknown field(s): {', '.join(unknown[:10])}",
            f"{fields_name} 参数错误",
        )
    ungrouped = [name for name in fields if is_dimension(name) and name != "account_id" and name not in keys]
    if ungrouped:
        raise _invalid(
            f"{fields_name} names {', '.join(ungrouped)}, which group_by does not: add it to group_by",
            "fields 中的维度必须在 group_by 中",
        )
    ids, hours = _filters(filtering, account=account, hourly=hourly)
    return ReportQuery(
        account=account,
        level=level,
        start=start,
        end=end,
        hourly=hourly,
        group_by=keys,
        fields=tuple(dict.fromkeys(fields)),
        ids=ids,
        hours=hours,
        order_by=_order_by(order_by, allowed={*fields, *keys}),
        time_line=time_line,
    )


def _group_by(value: Any, *, level: str, hourly: bool) -> tuple[str, ...]:
    if value is None or value == []:
        keys = ["date", "hour"] if hourly else ["date"]
        if level in LEVEL_DIMENSION:
            keys.append(LEVEL_DIMENSION[level])
    elif isinstance(value, list) and all(isinstance(k, str) for k in value):
        keys = list(dict.fromkeys(value))
    else:
        raise _invalid("group_by must be a list of field names")
    bad = [k for k in keys if not is_dimension(k)]
    if bad:
        known = ", ".join(["date", "hour", "*_id", *STRING_DIMENSIONS])
        raise _invalid(f"group_by: the fake cannot group by {', '.join(bad)} (it knows {known})")
    if "hour" in keys and not hourly:
        raise _invalid("group_by: hour is for hourly reports only")
    if hourly and "date" not in keys:
        keys.insert(0, "date")  # hourly rows are per day
    return tuple(keys)


def _filters(value: Any, *, account: int, hourly: bool) -> tuple[dict[str, frozenset[int | str]], frozenset[int]]:
    """The dimension values and hours a ``filtering`` keeps; a filter on a field that is no dimension of the fake
    (``md5``, ``landing_page_id``...) keeps everything."""
    if value is None:
        return {}, frozenset(range(24))
    if not isinstance(value, list):
        raise _invalid("filtering must be a list of filters")
    kept: dict[str, frozenset[int | str]] = {}
    hours = frozenset(range(24))
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise _invalid(f"filtering[{index}] must be an object")
        field, operator, values = item.get("field"), item.get("operator"), item.get("values")
        if not isinstance(field, str) or not isinstance(operator, str) or not isinstance(values, list) or not values:
            raise _invalid(f"filtering[{index}] needs field, operator and values (a non-empty list)")
        if field == "hour":
            if not hourly:
                raise _invalid("filtering on hour is for hourly reports only")
            hours = hours & frozenset(
                h for h in range(24) if _compare(h, operator, values, f"filtering[{index}] ({field})")
            )
        elif is_dimension(field) and field not in {"date", "account_id"}:
            every = frozenset(dimension_ids(account, field))
            matching = frozenset(v for v in every if _compare(v, operator, values, f"filtering[{index}] ({field})"))
            kept[field] = kept.get(field, every) & matching
    return kept, hours


def _compare(have: int | str, operator: str, values: list[Any], where: str) -> bool:
    """Whether ``have`` passes a filter: the values read as integers when ``have`` is one, else as text."""
    if isinstance(have, int):
        try:
            wanted: list[Any] = [int(str(v)) for v in values]
        except ValueError:
            raise _invalid(f"{where}.values must be decimal integers") from None
    else:
        wanted = [str(v) for v in values]
    first = wanted[0]
    tests: dict[str, Callable[[], bool]] = {
        "EQUALS": lambda: bool(have == first),
        "NOT_EQUALS": lambda: bool(have != first),
        "IN": lambda: have in wanted,
        "NOT_IN": lambda: have not in wanted,
        "LESS": lambda: bool(have < first),
        "LESS_EQUALS": lambda: bool(have <= first),
        "GREATER": lambda: bool(have > first),
        "GREATER_EQUALS": lambda: bool(have >= first),
        "CONTAINS": lambda: str(first) in str(have),
    }
    if operator not in tests:
        raise _invalid(f"{where}: operator {operator} is not supported")
    return tests[operator]()


def _order_by(value: Any, *, allowed: set[str]) -> tuple[tuple[str, bool], ...]:
    if value is None or value == []:
        return ()
    if not isinstance(value, list):
        raise _invalid("order_by must be a list of {sort_field, sort_type}")
    out = []
    for index, item in enumerate(value):
        field = item.get("sort_field") if isinstance(item, Mapping) else None
        kind = item.get("sort_type", "ASCENDING") if isinstance(item, Mapping) else None
        if not isinstance(field, str) or field not in allowed:
            raise _invalid(f"order_by[{index}].sort_field must be one of the fields or group_by, got {field!r}")
        if kind not in {"ASCENDING", "DESCENDING"}:
            raise _invalid(f"order_by[{index}].sort_type must be ASCENDING or DESCENDING, got {kind!r}")
        out.append((field, kind == "DESCENDING"))
    return tuple(out)


# --- computing rows ------------------------------------------------------------------------------------------


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest(), "big")


def _cell(query: ReportQuery, day: datetime.date, hour: int, ids: tuple[tuple[str, int | str], ...]) -> tuple[int, ...]:
    """One hour of one combination of ids: view_count, valid_click_count, cost (fen), conversions, the new metric."""
    n = _digest(f"{query.account}|{query.level}|{query.time_line}|{day}|{hour}|{ids}")
    views = 20 + n % 480
    clicks = views * (1 + (n >> 12) % 6) // 100
    cost = clicks * (25 + (n >> 24) % 175)
    conversions = clicks * ((n >> 36) % 20) // 100
    return views, clicks, cost, conversions, (n >> 48) % 3


def report_rows(query: ReportQuery, *, extra: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The rows of a report, ordered, each with exactly the query's fields (numbers as numbers), then the
    ``extra`` fields it lacks (metrics not asked for: the fake's :data:`UNKNOWN_METRIC`)."""
    keys = query.group_by
    # the cells: one per hour and combination of the grouped dimensions, the filtered ones and the level's own
    # (an ADGROUP-level day is the sum of its adgroups' days)
    own = [LEVEL_DIMENSION[query.level]] if query.level in LEVEL_DIMENSION else []
    grain = [*dict.fromkeys([*(k for k in keys if k not in {"date", "hour"}), *query.ids, *own])]
    id_lists = [sorted(query.ids.get(d, frozenset(dimension_ids(query.account, d))), key=str) for d in grain]
    sums: dict[tuple[Any, ...], list[int]] = {}
    day = query.start
    combinations = _product(id_lists)
    while day <= query.end:
        for hour in sorted(query.hours):
            for combo in combinations:
                where = dict(zip(grain, combo, strict=True))
                key = tuple(day.isoformat() if k == "date" else hour if k == "hour" else where[k] for k in keys)
                cell = _cell(query, day, hour, tuple(where.items()))
                total = sums.setdefault(key, [0] * len(METRICS))
                for i, value in enumerate(cell):
                    total[i] += value
        day += datetime.timedelta(days=1)
    types = row_types()
    shown = list(dict.fromkeys([*query.fields, *extra]))
    wanted = list(dict.fromkeys([*shown, *(f for f, _ in query.order_by)]))
    rows = [
        _row(query, dict(zip(keys, key, strict=True)), totals, wanted, types) for key, totals in sorted(sums.items())
    ]
    for field, descending in reversed(query.order_by):
        rows.sort(key=functools.partial(_sortable, field), reverse=descending)
    return [{name: row[name] for name in shown} for row in rows]


def _product(lists: list[list[int | str]]) -> list[tuple[int | str, ...]]:
    combos: list[tuple[int | str, ...]] = [()]
    for values in lists:
        combos = [(*combo, value) for combo in combos for value in values]
    return combos


def _sortable(field: str, row: Mapping[str, Any]) -> tuple[int, Any]:
    value = row.get(field)
    return (0, value) if isinstance(value, int | float) else (1, str(value))


def _row(
    query: ReportQuery,
    keys: Mapping[str, Any],
    totals: Sequence[int],
    wanted: Iterable[str],
    types: Mapping[str, str],
) -> dict[str, Any]:
    sums = dict(zip(METRICS, totals, strict=True))
    views, clicks, cost, conversions = (sums[m] for m in METRICS[:4])
    derived = {
        "ctr": round(clicks / views, 6) if views else 0.0,
        "cpc": round(cost / clicks) if clicks else 0,
        "thousand_display_price": round(cost * 1000 / views) if views else 0,
        "conversions_rate": round(conversions / clicks, 6) if clicks else 0.0,
        "conversions_cost": round(cost / conversions) if conversions else 0,
    }
    row: dict[str, Any] = {}
    for name in wanted:
        if name in keys:
            row[name] = keys[name]
        elif name == "account_id":
            row[name] = query.account
        elif name in sums:
            row[name] = sums[name]
        elif name in derived:
            row[name] = derived[name]
        else:  # a field of the spec's row the fake does not compute: a value of its type, from the row's keys
            n = _digest(f"{name}|{query.account}|{query.level}|{sorted(keys.items())}")
            kind = types.get(name, "string")
            row[name] = {"integer": n % 10_000, "number": (n % 1_000_000) / 100, "boolean": n % 2 == 0}.get(
                kind, f"{name}-{n % 1000}"
            )
    return row


def render_rows(rows: Iterable[Mapping[str, Any]], *, first: int = 0) -> list[dict[str, Any]]:
    """Rows as the API's JSON sends them: ids as strings in every :data:`STRING_ID_EVERY`-th row, ``view_count``
    in every :data:`STRING_COUNT_EVERY`-th (numbering from ``first``, the index of the first row in the whole
    result)."""
    out = []
    for offset, source in enumerate(rows):
        number = first + offset + 1
        row = dict(source)
        for name, value in row.items():
            if number % STRING_ID_EVERY == 0 and name.endswith("_id") and isinstance(value, int):
                row[name] = str(value)
            if number % STRING_COUNT_EVERY == 0 and name == "view_count" and isinstance(value, int):
                row[name] = str(value)
        out.append(row)
    return out


# --- report files --------------------------------------------------------------------------------------------


def report_csv(query: ReportQuery) -> bytes:
    """The report as CSV in UTF-8: the header is the requested fields, one line per row."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(query.fields)
    for row in report_rows(query):
        writer.writerow(["" if row[name] is None else row[name] for name in query.fields])
    return text.getvalue().encode("utf-8")


def report_file(query: ReportQuery, *, file_format: str, name: str) -> bytes:
    """The bytes of an async report's file: its CSV as is (``csv``), gzip-compressed (``csv.gz``) or the one
    member ``<name>.csv`` of a zip (``zip``); byte-identical for the same query."""
    content = report_csv(query)
    if file_format == "csv":
        return content
    if file_format == "csv.gz":
        return gzip.compress(content, mtime=0)
    if file_format == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            member = zipfile.ZipInfo(f"{name}.csv", date_time=(2020, 1, 1, 0, 0, 0))
            archive.writestr(member, content, compress_type=zipfile.ZIP_DEFLATED)
        return buffer.getvalue()
    raise ValueError(f"file_format must be one of {sorted(REPORT_FILE_FORMATS)}, got {file_format!r}")
