"""The ``tencent-ads`` console script: the command, or one line naming the extra it needs (exit 2)."""

from __future__ import annotations

import sys
import types

from ._optional import MissingExtraError, require


def _without_httpx_cli() -> None:
    """Keep httpx's own command line out of this process.

    ``import httpx`` runs ``from ._main import main``, which imports click, rich's console and syntax and pygments
    (~75 ms) whenever click is installed — by another package's extra, say — for the ``httpx`` command, which this
    command never runs. A stand-in module takes its place here (only in the ``tencent-ads`` process); its
    ``main`` loads the real one, should anything call it.
    """
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    stand_in = types.ModuleType("httpx._main", "httpx's command line, loaded when first called (tencent-ads)")

    def main(*args: object, **kwargs: object) -> object:
        del sys.modules["httpx._main"]
        from httpx._main import main as real

        return real(*args, **kwargs)

    stand_in.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = stand_in


def main() -> None:
    _without_httpx_cli()
    try:
        for module in ("typer", "rich"):
            require(module, feature="the tencent-ads command", extra="cli")
        from .cli import main as run
    except MissingExtraError as exc:
        sys.stderr.write(f"tencent-ads: {exc}\n")
        raise SystemExit(2) from None
    run()
