"""Optional features and the extra that installs each: a clear error instead of a bare ImportError.

The core install (``pip install tencent-ads``) is httpx, attrs and stamina.
Spec validation (openapi-core, werkzeug, PyYAML) is ``[validate]``; the fake
Marketing API is ``[testing]`` (it validates requests with the spec); the
``tencent-ads`` command is ``[cli]`` (typer, rich, and validation).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ._errors import TencentAdsError


class MissingExtraError(TencentAdsError, ImportError):
    """A feature was used without the optional dependencies it needs; the message names the pip command."""

    def __init__(self, feature: str, extra: str, missing: str) -> None:
        self.feature = feature
        self.extra = extra
        self.missing = missing
        super().__init__(
            f"{feature} needs the [{extra}] extra ({missing} is not installed): pip install 'tencent-ads[{extra}]'"
        )


def require(module: str, *, feature: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature, extra, module.partition(".")[0]) from None
