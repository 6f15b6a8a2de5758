"""Report files to rows (tencent_ads.reports): every packing the API may send, told by content; lenient values;
the JSON error envelope as the call's typed error; malformed files as one typed error; flat memory."""

from __future__ import annotations

import codecs
import gzip
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tencent_ads import (
    ApiError,
    AuthError,
    InvalidRequestError,
    RateLimitError,
    ReportFileError,
    ResponseDecodeError,
    TencentAdsError,
    read_report_rows,
)

TYPES = {"account_id": "integer", "cost": "integer", "view_count": "integer", "ctr": "number", "date": "string"}
CSV = (
    "date,account_id,view_count,cost,ctr,adgroup_name\r\n"
    "2026-11-01,25610,1200,1234,0.029,春季 推广\r\n"
    '2026-11-02,25610,980,"1003",0.031,"name, with comma"\r\n'
).encode()
ROWS = [
    {
        "date": "2026-11-01",
        "account_id": 25610,
        "view_count": 1200,
        "cost": 1234,
        "ctr": 0.029,
        "adgroup_name": "春季 推广",
    },
    {
        "date": "2026-11-02",
        "account_id": 25610,
        "view_count": 980,
        "cost": 1003,
        "ctr": 0.031,
        "adgroup_name": "name, with comma",
    },
]


def rows(source: Any, types: dict[str, str] | None = None) -> list[dict[str, Any]]:
    return list(read_report_rows(source, types=TYPES if types is None else types))


def zipped(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


class Unseekable(io.RawIOBase):
    """A stream that only reads forward (a socket, a pipe), a few bytes at a time."""

    def __init__(self, data: bytes, step: int = 7) -> None:
        self._data = io.BytesIO(data)
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(min(len(buffer), self._step))
        buffer[: len(chunk)] = chunk
        return len(chunk)


# --- every packing, told by content ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        CSV,
        codecs.BOM_UTF8 + CSV,
        CSV.replace(b"\r\n", b"\n"),
        gzip.compress(CSV),
        gzip.compress(codecs.BOM_UTF8 + CSV),
        zipped(("report.csv", CSV)),
        zipped(("report.csv", gzip.compress(CSV))),
        gzip.compress(zipped(("report.csv", CSV))),
    ],
    ids=["csv", "csv-bom", "csv-lf", "gzip", "gzip-bom", "zip", "zip-of-gzip", "gzip-of-zip"],
)
def test_every_packing_gives_the_same_rows(body: bytes) -> None:
    assert rows(body) == ROWS
    assert rows(io.BytesIO(body)) == ROWS
    assert rows(Unseekable(body)) == ROWS
    assert rows(bytearray(body)) == ROWS
    assert rows(memoryview(body)) == ROWS


@pytest.mark.parametrize("name", ["report.csv", "report.zip", "report.gz", "report"])
def test_the_kind_comes_from_the_content_not_the_name(tmp_path: Path, name: str) -> None:
    for body in (CSV, gzip.compress(CSV), zipped(("r.csv", CSV))):
        path = tmp_path / name
        path.write_bytes(body)
        assert rows(path) == ROWS
        assert rows(str(path)) == ROWS


def test_gzip_of_several_members_reads_as_one_stream() -> None:
    head, _, rest = CSV.partition(b"\r\n2026-11-02")
    assert rows(gzip.compress(head + b"\r\n") + gzip.compress(b"2026-11-02" + rest)) == ROWS


def test_a_zip_of_several_csv_members_reads_them_in_order_each_with_its_header() -> None:
    second = b"date,cost,extra_metric\n2026-11-03,7,x\n"
    body = zipped(
        ("__MACOSX/._a.csv", b"\x00\x05\x16\x07junk"),
        ("dir/", b""),
        ("a.csv", CSV),
        (".DS_Store", b"\x00\x00\x00\x01Bud1"),
        ("b.csv", second),
    )
    assert rows(body) == [*ROWS, {"date": "2026-11-03", "cost": 7, "extra_metric": "x"}]


def test_quoted_cells_keep_newlines_and_quotes_and_blank_lines_are_skipped() -> None:
    body = b'date,adgroup_name\n\n2026-11-01,"two\nlines ""quoted"""\n\n'
    assert rows(body) == [{"date": "2026-11-01", "adgroup_name": 'two\nlines "quoted"'}]


def test_a_header_only_file_and_an_empty_file_have_no_rows() -> None:
    assert rows(b"date,cost\r\n") == []
    assert rows(b"") == []
    assert rows(gzip.compress(b"")) == []


def test_a_file_object_is_read_from_where_it_stands_and_left_open() -> None:
    stream = io.BytesIO(b"preamble" + CSV)
    stream.read(8)
    assert rows(stream) == ROWS
    assert not stream.closed


def test_a_path_is_closed_when_the_iterator_is_closed_early(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(CSV)
    iterator = read_report_rows(path, types=TYPES)
    assert next(iterator) == ROWS[0]
    iterator.close()  # closes the file it opened (no ResourceWarning, which this suite turns into an error)


# --- the fake's report files: add -> wait -> download_files -> rows --------------------------------------


@pytest.mark.parametrize("file_format", ["csv", "csv.gz", "zip"])
def test_a_downloaded_report_reads_as_the_rows_daily_reports_gives(file_format: str, tmp_path: Path) -> None:
    import datetime as dt

    from tencent_ads import Client
    from tencent_ads.testing import FakeMarketingAPI

    day = (dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date() - dt.timedelta(days=2)).isoformat()
    fields = ["date", "adgroup_id", "view_count", "cost", "ctr", "conversions_cost"]
    level, group_by = "REPORT_LEVEL_ADGROUP", ["date", "adgroup_id"]
    with (
        FakeMarketingAPI(report_file_format=file_format) as api,
        Client(api.token, base_url=api.base_url) as client,
    ):
        added = client.async_reports.add(
            account_id=api.account_id,
            task_name=f"daily {file_format}",
            report_fields=fields,
            granularity="DAILY",
            date=day,
            level=level,
            group_by=group_by,
        )
        task = client.async_reports.wait(account_id=api.account_id, task_id=added.task_id, poll_interval=0.01)
        (path,) = client.async_reports.download_files(account_id=api.account_id, task=task, dest_dir=tmp_path)
        expected = [
            {name: row.to_dict().get(name) for name in fields}
            for row in client.daily_reports.iterate(
                account_id=api.account_id,
                date_range={"start_date": day, "end_date": day},
                fields=fields,
                level=level,
                group_by=group_by,
            )
        ]
    assert "." not in path.name  # no extension to go by: the content says what it is
    got = list(read_report_rows(path))  # typed by the spec's report row
    assert got == expected
    assert len(got) == 3  # the fake's three adgroups
    assert all(isinstance(r["cost"], int) and isinstance(r["ctr"], float) for r in got)


# --- values ------------------------------------------------------------------------------------------------


def test_values_are_typed_where_the_types_know_the_field_and_kept_as_text_otherwise() -> None:
    body = (
        b"date,account_id,cost,ctr,view_count,unknown_metric,note\n"
        b"2026-11-01, 25610 ,-,abc,1.5,42,007\n"
        b"2026-11-02,99999999999999999999999,,nan,,,\n"
        b"2026-11-03,+7,-3,1e-3,  ,inf,\n"
    )
    assert rows(body) == [
        # an integer field: surrounding spaces are fine; "-" (a common "no data") and "1.5" stay text
        {
            "date": "2026-11-01",
            "account_id": 25610,
            "cost": "-",
            "ctr": "abc",
            "view_count": "1.5",
            "unknown_metric": "42",
            "note": "007",
        },
        # an int beyond 20 digits stays text; nan is not a number here; empty cells are None
        {
            "date": "2026-11-02",
            "account_id": "99999999999999999999999",
            "cost": None,
            "ctr": "nan",
            "view_count": None,
            "unknown_metric": None,
            "note": None,
        },
        {
            "date": "2026-11-03",
            "account_id": 7,
            "cost": -3,
            "ctr": 0.001,
            "view_count": None,
            "unknown_metric": "inf",
            "note": None,
        },
    ]


def test_a_number_field_is_a_float_even_when_written_as_an_integer() -> None:
    assert rows(b"ctr,cost\n1,2\n") == [{"ctr": 1.0, "cost": 2}]
    assert isinstance(rows(b"ctr\n1\n")[0]["ctr"], float)


def test_a_string_field_and_unknown_kinds_stay_text() -> None:
    assert rows(b"a,b,c\n1,2,3\n", {"a": "string", "b": "boolean", "c": "integer"}) == [{"a": "1", "b": "2", "c": 3}]


def test_without_types_the_spec_report_row_types_the_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    from tencent_ads_generated import spec_data

    monkeypatch.setattr(spec_data, "ROW_FIELDS", {"ReportRow": {"cost": "integer", "ctr": "number"}}, raising=False)
    assert list(read_report_rows(b"date,cost,ctr\n2026-11-01,12,0.5\n")) == [
        {"date": "2026-11-01", "cost": 12, "ctr": 0.5}
    ]
    monkeypatch.setattr(spec_data, "ROW_FIELDS", {}, raising=False)  # a spec without a report row: all text
    assert list(read_report_rows(b"date,cost\n2026-11-01,12\n")) == [{"date": "2026-11-01", "cost": "12"}]


def test_header_names_are_trimmed() -> None:
    assert rows(b" date , cost \n2026-11-01,5\n") == [{"date": "2026-11-01", "cost": 5}]


# --- the JSON error envelope -------------------------------------------------------------------------------

TOKEN = "a1b2c3d4e5f6a7b8c9d0"  # a made-up token the redaction must hide


@pytest.mark.parametrize(
    ("code", "cls"),
    [(11000, AuthError), (11017, RateLimitError), (12007, InvalidRequestError), (99999, ApiError)],
)
def test_a_json_error_envelope_is_the_calls_typed_error(code: int, cls: type[ApiError]) -> None:
    body = (
        f'{{"code": {code}, "message": "access_token={TOKEN} is invalid", "message_cn": "令牌无效", '
        '"trace_id": "abc123", "data": {}}'
    ).encode()
    for packed in (body, b"\n  " + body, codecs.BOM_UTF8 + body, gzip.compress(body), zipped(("r.csv", body))):
        with pytest.raises(cls) as caught:
            rows(packed)
        error = caught.value
        assert type(error) is cls
        assert error.code == code
        assert error.trace_id == "abc123"
        assert error.message_cn == "令牌无效"
        assert TOKEN not in str(error)
        assert TOKEN not in repr(error)
        assert error.__context__ is None
        assert error.__cause__ is None


def test_the_envelope_class_is_the_one_a_call_raises_for_the_code() -> None:
    from tencent_ads._envelope import decode

    body = b'{"code": 11000, "message": "expired", "data": {}}'
    with pytest.raises(ApiError) as from_call:
        decode(200, body, method="GET", path="/async_report_files/get")
    with pytest.raises(ApiError) as from_file:
        rows(body)
    assert type(from_file.value) is type(from_call.value) is AuthError


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"code": 0, "message": "", "data": {"list": []}}', "without an error code"),
        (b'{"message": "no code"}', "envelope"),
        (b"{this is not json", "not JSON"),
        (b"[1, 2, 3]", "envelope"),
        (b"{" + b" " * (1024 * 1024 + 10) + b"}", "larger than an error envelope"),
    ],
    ids=["success-envelope", "no-code", "broken-json", "json-array", "huge-json"],
)
def test_json_that_is_not_an_error_envelope_is_a_decode_error(body: bytes, says: str) -> None:
    with pytest.raises(ResponseDecodeError, match=says) as caught:
        rows(body)
    assert not isinstance(caught.value, ApiError)


# --- malformed files: one typed error, never a raw exception -----------------------------------------------


def big_csv(count: int) -> bytes:
    return b"date,cost\n" + b"".join(b"2026-11-%02d,%d\n" % (1 + i % 28, i) for i in range(count))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (gzip.compress(CSV)[:-8], "ends before its end marker"),
        (gzip.compress(CSV)[:15], "ends before its end marker"),
        (gzip.compress(CSV)[:-4] + b"\x00\x00\x00\x00", "damaged"),  # the length field is wrong
        (b"\x1f\x8b\x08\x00" + b"\xff" * 40, "damaged"),
        (zipped(("r.csv", CSV))[:40], "zip archive is damaged"),
        (b"PK\x03\x04 not a zip at all", "zip archive is damaged"),
        (zipped(), "holds no file"),
        (zipped(("dir/", b""), ("__MACOSX/._r.csv", b"x")), "holds no file"),
        (b"date,name\n2026-11-01,\xff\xfeGBK\n", "not UTF-8"),
        ("date,name\n2026-11-01,春季\n".encode("gbk"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        (zipped(("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "binary content"),
        (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title>", "HTML page titled '502 Bad Gateway'"),
        (b"date,cost\n2026-11-01,1,2\n", "line 2 has 3 cells, the header names 2"),
        (b"date,cost\n2026-11-01\n", "line 2 has 1 cells"),
        (b"date,cost,date\n2026-11-01,1,2\n", "names 'date' twice"),
        (b"date,,cost\n", "empty field name"),
        (b'date,cost\n"2026-11-01,1\n', "not a readable CSV"),
        (b"date,note\n2026-11-01," + b"x" * (200 * 1024) + b"\n", "not a readable CSV"),
        (gzip.compress(gzip.compress(gzip.compress(gzip.compress(CSV)))), "compressed more than three times"),
    ],
    ids=[
        "truncated-gzip",
        "gzip-header-only",
        "gzip-bad-length",
        "gzip-garbage",
        "truncated-zip",
        "fake-zip",
        "empty-zip",
        "zip-of-metadata",
        "latin-bytes",
        "gbk",
        "png",
        "zip-of-png",
        "html",
        "long-row",
        "short-row",
        "duplicate-header",
        "empty-header-name",
        "unterminated-quote",
        "huge-cell",
        "gzip-bomb-nesting",
    ],
)
def test_a_malformed_file_is_a_report_file_error(body: bytes, says: str) -> None:
    with pytest.raises(ReportFileError, match=says) as caught:
        rows(body)
    error = caught.value
    assert isinstance(error, ResponseDecodeError)
    assert isinstance(error, TencentAdsError)
    assert error.__context__ is None  # no zlib/zipfile/codec exception chained (nor its frames)
    assert error.__cause__ is None


def test_a_truncated_gzip_yields_the_rows_before_the_damage_then_raises() -> None:
    body = gzip.compress(big_csv(50_000))
    iterator = read_report_rows(body[: len(body) // 2], types=TYPES)
    got: list[dict[str, Any]] = []

    def read_all() -> None:
        got.extend(iterator)

    with pytest.raises(ReportFileError, match="ends before its end marker"):
        read_all()
    assert 0 < len(got) < 50_000
    assert got[0] == {"date": "2026-11-01", "cost": 0}


def test_a_damaged_zip_member_names_the_member() -> None:
    body = bytearray(zipped(("first.csv", CSV), ("second.csv", big_csv(2_000))))
    start = body.index(b"second.csv") + len(b"second.csv") + 30
    body[start : start + 20] = b"\x00" * 20  # inside second.csv's compressed data
    with pytest.raises(ReportFileError, match=r"second\.csv") as caught:
        rows(bytes(body))
    assert caught.value.where is not None
    assert "second.csv" in caught.value.where


def test_a_missing_path_is_a_report_file_error(tmp_path: Path) -> None:
    with pytest.raises(ReportFileError, match="cannot open"):
        rows(tmp_path / "absent.csv")


def test_a_source_that_is_no_file_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="source must be"):
        rows(12345)


def test_nothing_is_read_before_the_first_row_is_asked_for(tmp_path: Path) -> None:
    iterator = read_report_rows(tmp_path / "absent.csv")  # no error yet: lazily opened
    with pytest.raises(ReportFileError):
        next(iterator)


# --- flat memory ----------------------------------------------------------------------------------------------
# By construction, not by timing: the report comes from a generator, and each row must arrive while the
# generator has produced at most a small window beyond it — the reader holds a chunk and a row, never the file.

WINDOW_LINES = 20_000  # ~1.2 MB of CSV: the decompressor's and the text reader's buffers, with room to spare


class GeneratedGzip(io.RawIOBase):
    """A gzip report produced on the fly from a generator of lines: never held whole by anyone."""

    def __init__(self, count: int) -> None:
        self._lines = report_lines(count)
        self._deflate = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: the gzip wrapper
        self._pending = b""
        self._done = False
        self.lines = 0  # lines handed to the compressor so far (the header included)
        self.produced = 0  # their bytes

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending and not self._done:
            batch = [line for _, line in zip(range(256), self._lines, strict=False)]
            if batch:
                self.lines += len(batch)
                self.produced += sum(map(len, batch))
                self._pending = self._deflate.compress(b"".join(batch))
            else:
                self._pending = self._deflate.flush()
                self._done = True
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count


def report_lines(count: int) -> Iterator[bytes]:
    yield b"date,account_id,view_count,valid_click_count,cost,ctr,adgroup_name\n"
    for i in range(count):
        yield b"2026-11-%02d,%d,%d,%d,%d,0.%04d,adgroup %d name\n" % (
            1 + i % 28,
            25610 + i % 7,
            i,
            i % 97,
            i * 3,
            i % 9999,
            i,
        )


def test_a_big_gzip_stream_is_read_a_window_at_a_time() -> None:
    count = 250_000
    source = GeneratedGzip(count)
    ahead = 0
    cost = 0
    for index, row in enumerate(read_report_rows(source, types=TYPES)):
        ahead = max(ahead, source.lines - 1 - index)  # lines produced beyond this row
        cost += row["cost"]
    assert index == count - 1
    assert cost == 3 * count * (count - 1) // 2
    assert source.produced > 14 * 1024 * 1024  # the inflated report: over 14 MB ...
    assert ahead < WINDOW_LINES  # ... never more than ~1 MB of it produced ahead of the row being read


class CountingReader(io.BufferedReader):
    """A file whose reads are counted (seekable, as a file on disk is)."""

    def __init__(self, path: Path) -> None:
        super().__init__(io.FileIO(path, "rb"))
        self.bytes_read = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.bytes_read += len(data)
        return data

    def read1(self, size: int = -1, /) -> bytes:
        data = super().read1(size)
        self.bytes_read += len(data)
        return data

    def readinto(self, buffer: Any, /) -> int:
        count = super().readinto(buffer)
        self.bytes_read += count
        return count


def test_a_big_zip_file_is_read_a_window_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "report.zip"
    count = 200_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive, archive.open("report.csv", "w") as member:
        for line in report_lines(count):
            member.write(line)
    size = path.stat().st_size
    assert size > 10 * 1024 * 1024
    with CountingReader(path) as stream:
        worst = 0
        for index, _ in enumerate(read_report_rows(stream, types=TYPES)):
            # bytes read beyond this row's share of the file (stored, so the share is proportional)
            worst = max(worst, stream.bytes_read - size * index // count)
    assert index == count - 1
    assert worst < 1024 * 1024
