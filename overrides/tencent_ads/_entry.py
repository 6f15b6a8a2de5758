"""The ``tencent-ads`` console script: the command, or one line naming the extra it needs (exit 2)."""

from __future__ import annotations

import sys

from ._optional import MissingExtraError, require


def main() -> None:
    try:
        for module in ("typer", "rich"):
            require(module, feature="the tencent-ads command", extra="cli")
        from .cli import main as run
    except MissingExtraError as exc:
        sys.stderr.write(f"tencent-ads: {exc}\n")
        raise SystemExit(2) from None
    run()
