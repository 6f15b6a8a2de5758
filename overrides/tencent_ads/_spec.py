"""The packaged OpenAPI spec, loaded once, on first use.

``tencent_ads/tencent-ads-v3.yaml`` is ``spec/tencent-ads-v3.yaml`` itself (a
symlink in the repository, a copy in the wheel). Nothing here runs at import
time: ``import tencent_ads`` never reads or parses the spec.
"""

from __future__ import annotations

import functools
from typing import Any

SPEC_RESOURCE = "tencent-ads-v3.yaml"


def spec_text() -> str:
    """The spec's YAML text as shipped in the package."""
    from importlib import resources

    return resources.files("tencent_ads").joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as a dict (parsed once per process, with libyaml when available)."""
    from ._optional import require

    yaml = require("yaml", feature="reading the YAML spec", extra="validate")

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(spec_text(), Loader=loader)
    if not isinstance(document, dict):
        raise RuntimeError("the packaged spec is not an OpenAPI document")
    return document


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref``s until a schema without one."""
    for _ in range(64):
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return schema
        node: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    raise RuntimeError("$ref chain too deep")


def response_schema(operation_id: str) -> dict[str, Any]:
    """The 200 response schema of an operation."""
    spec = load_spec()
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                schema: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["schema"]
                return resolve(spec, schema)
    raise KeyError(operation_id)


def terminal_task_statuses() -> frozenset[str]:
    """Task statuses after which a task never changes (``TaskStatus.x-terminal`` in the spec, via ``_spec_data``)."""
    from tencent_ads_generated.spec_data import TERMINAL_TASK_STATUSES

    return TERMINAL_TASK_STATUSES
