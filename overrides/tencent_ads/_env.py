"""The names of the environment variables the client and the command read (no imports: the CLI starts fast)."""

from __future__ import annotations

from typing import Final

TOKEN_ENV: Final = "TENCENT_ADS_ACCESS_TOKEN"  # noqa: S105 - the variable's name, not a token
BASE_URL_ENV: Final = "TENCENT_ADS_BASE_URL"
FILE_BASE_URL_ENV: Final = "TENCENT_ADS_FILE_BASE_URL"
TIMEOUT_ENV: Final = "TENCENT_ADS_TIMEOUT"
MAX_RETRIES_ENV: Final = "TENCENT_ADS_MAX_RETRIES"
LOG_ENV: Final = "TENCENT_ADS_LOG"
