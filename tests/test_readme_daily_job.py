"""The README's daily job, run as written against the fake server (two accounts), and type-checked."""

from __future__ import annotations

import csv
import hashlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tencent_ads import Client
from tencent_ads.testing import FakeMarketingAPI

from .conftest import FAST_RETRY, ROOT


def daily_job_source() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- daily-job -->\n```python\n(.*?)```", text, re.DOTALL)
    assert match, "the README's daily-job block is missing"
    return match.group(1)


def test_the_daily_job_runs_as_written(tmp_path: Path) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(daily_job_source(), "README.md (daily job)", "exec"), namespace)  # noqa: S102 - our own README
    since = 1763870000 + 60 * 30  # the generated tasks from the 31st on
    with (
        FakeMarketingAPI(accounts=[25610, 25611]) as api,
        Client(api.token, base_url=api.base_url, retry=FAST_RETRY) as client,
    ):
        out = namespace["export"](client, [25610, 25611], since, tmp_path, timeout=0.5)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    per_account = {r["account_id"] for r in rows}
    assert per_account == {"25610", "25611"}
    files = [r for r in rows if r["file"]]
    assert len(files) == 2 * 6  # six of the fifteen tasks since then are COMPLETED, in each account
    for row in files:
        body = (tmp_path / row["file"]).read_bytes()
        assert hashlib.md5(body).hexdigest()  # noqa: S324 - downloaded and md5-checked by download_files
    unfinished = {r["status"] for r in rows if not r["file"]}
    assert unfinished == {"TASK_STATUS_PENDING", "TASK_STATUS_PROCESSING", "TASK_STATUS_FAIL"}


def test_the_daily_job_type_checks(tmp_path: Path) -> None:
    source = tmp_path / "daily_job.py"
    source.write_text(daily_job_source(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent", str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout
