"""What the ``tencent-ads`` command prints: JSON on stdout, or tables for people (rich).

rich is imported by the tables only: JSON, JSON Lines and CSV are written without it (its import is ~25 ms
of a command's start-up).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

GMT8 = dt.timezone(dt.timedelta(hours=8), "GMT+8")


def when(value: object) -> str:
    if not isinstance(value, int):
        return ""
    return dt.datetime.fromtimestamp(value, GMT8).strftime("%Y-%m-%d %H:%M:%S")


def emit_json(document: object) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


#: Enum prefixes a table leaves out (the JSON output keeps the values whole).
_PREFIXES = ("TASK_STATUS_", "TASK_TYPE_", "TASK_RESULT_STATUS_")


def short(value: object) -> str:
    """An enum value without its type's prefix (``TASK_STATUS_COMPLETED`` → ``COMPLETED``), for people."""
    text = "" if value is None else str(value)
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


#: The columns of the tasks table: (heading, the task field it shows).
TASK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("task_id", "task_id"),
    ("task_name", "task_name"),
    ("type", "task_type"),
    ("status", "status"),
    ("created", "created_time"),
    ("result", "result"),
)


#: The names ``--columns`` takes: each column's field, or its heading (``type``, ``created``).
COLUMN_NAMES: dict[str, str] = {
    **{field: field for _, field in TASK_COLUMNS},
    **{heading: field for heading, field in TASK_COLUMNS},
}


def task_columns(text: str) -> list[str]:
    """``--columns``: the task fields of the columns named, in the order given; ValueError naming the choices."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in COLUMN_NAMES]
    if unknown or not names:
        choices = ", ".join(field for _, field in TASK_COLUMNS)
        raise ValueError(f"no column {', '.join(map(repr, unknown)) or 'named'}: pick from {choices}")
    return list(dict.fromkeys(COLUMN_NAMES[name] for name in names))


def tasks_table(
    tasks: list[dict[str, Any]],
    caption: str | None = None,
    fields: list[str] | None = None,
    columns: list[str] | None = None,
) -> bool:
    """One line per task at any width: enum prefixes dropped, long cells cut with an ellipsis, and on a narrow
    terminal the created time to the minute; the JSON output has everything. ``fields`` (``--fields``): only
    the columns of those fields; ``columns`` (``--columns``, from :func:`task_columns`): these, in this order.
    Returns whether a task name was cut."""
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    narrow = console.width < 100
    if columns is not None:
        shown = columns
    else:
        shown = [field for _, field in TASK_COLUMNS if fields is None or field in fields] or ["task_id"]
    id_width = max([7, *(len(str(t.get("task_id", ""))) for t in tasks)])
    created_width, result_width = (16, 6) if narrow else (19, 17)
    # the id, status, time and result keep their width (borders and padding take 3 columns each); name and type
    # share what is left, two to three, cut with an ellipsis
    fixed = {"task_id": id_width, "status": 10, "created_time": created_width, "result": result_width}
    used = 1 + 3 * len(shown) + sum(width for field, width in fixed.items() if field in shown)
    spare = max(12, console.width - used)
    if "task_name" not in shown or "task_type" not in shown:
        name_width = type_width = spare
    else:
        name_width, type_width = spare * 2 // 5, spare - spare * 2 // 5
    table = Table(caption=caption)
    adders = {
        "task_id": lambda: table.add_column("task_id", no_wrap=True, min_width=id_width),
        "task_name": lambda: table.add_column("task_name", no_wrap=True, overflow="ellipsis", max_width=name_width),
        "task_type": lambda: table.add_column("type", no_wrap=True, overflow="ellipsis", max_width=type_width),
        "status": lambda: table.add_column("status", no_wrap=True, min_width=10),
        "created_time": lambda: table.add_column(
            "created" if narrow else "created (GMT+8)", no_wrap=True, min_width=created_width
        ),
        "result": lambda: table.add_column("result", no_wrap=True, overflow="ellipsis", max_width=result_width),
    }
    for field in shown:
        adders[field]()
    cut = False
    for task in tasks:
        result = task.get("result") or {}
        files = (result.get("data") or {}).get("file_info_list") or []
        outcome = "" if not result else f"code {result.get('code')}" + (f", {len(files)} file(s)" if files else "")
        created = when(task.get("created_time"))
        cells = {
            "task_id": str(task.get("task_id", "")),
            "task_name": str(task.get("task_name", "")),
            "task_type": short(task.get("task_type")),
            "status": short(task.get("status")),
            "created_time": created[:16] if narrow else created,
            "result": outcome.replace("code 0, ", "").replace(" file(s)", " file") if narrow else outcome,
        }
        table.add_row(*(cells[field] for field in shown))
        cut = cut or ("task_name" in shown and cell_len(cells["task_name"]) > name_width)
    console.print(table)
    return cut


def derive_table(document: dict[str, Any]) -> None:
    """programmed_commponent_result/get as people read it: one row per derived component."""
    from rich.console import Console
    from rich.table import Table

    table = Table(
        caption=f"derive {document.get('material_derive_id', '')} — "
        f"{document.get('derive_data_version', 'no result yet')}, "
        f"creative {document.get('dynamic_creative_id', '')}"
    )
    for column in ("derive_component_id", "origin_component_id", "template_id", "derived material", "from"):
        table.add_column(column)
    for item in document.get("list") or []:
        derived = item.get("derive_material") or {}
        origins = ", ".join(f"{m.get('material_id')} ({m.get('type')})" for m in item.get("origin_material") or [])
        table.add_row(
            str(item.get("derive_component_id", "")),
            str(item.get("origin_component_id", "")),
            str(item.get("template_id", "")),
            f"{derived.get('material_id', '')} ({derived.get('type', '')})",
            origins,
        )
    Console(highlight=False).print(table)


#: Tables for people, by operation id; every other answer gets :func:`generic_table`.
TABLES: dict[str, Callable[[dict[str, Any]], None]] = {"programmed_commponent_result_get": derive_table}


def generic_table(document: dict[str, Any], caption: str) -> None:
    """A table for any answer: its ``list`` as rows when it has one, else one row per top-level field."""
    from rich.console import Console
    from rich.table import Table

    rows = document.get("list")
    if isinstance(rows, list) and rows and all(isinstance(row, dict) for row in rows):
        columns = list(dict.fromkeys(key for row in rows for key in row))
        table = Table(caption=caption)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(jsonish(row.get(column, "")) for column in columns))
    else:
        table = Table("field", "value", caption=caption)
        for key, value in document.items():
            table.add_row(key, jsonish(value))
    Console(highlight=False).print(table)


def emit(document: object, fmt: str, columns: list[str] | None = None) -> None:
    """Print an answer as ``json`` (the document), or its rows as ``jsonl`` or ``csv`` (one task per line).

    The rows are the document's ``list`` when it has one, the document itself when it is a list, else the
    document as one row; in csv, nested values are compact JSON and the columns are every key seen, in order
    (or ``columns``).
    """
    if fmt == "json":
        emit_json(document)
        return
    if isinstance(document, list):
        rows = document
    elif isinstance(document, dict) and isinstance(document.get("list"), list):
        rows = document["list"]
    else:
        rows = [document]
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        return
    if columns is None:
        columns = list(dict.fromkeys(key for row in rows if isinstance(row, dict) for key in row))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        if isinstance(row, dict):
            writer.writerow(["" if row.get(c) is None else jsonish(row.get(c)) for c in columns])


def jsonish(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
