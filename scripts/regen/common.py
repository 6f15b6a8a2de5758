"""What every part of the generator shares: the pins, the paths, the error, reading the spec."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any, NoReturn

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent

OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"
PACKAGE = "tencent_ads_api"

DEFAULT_SPEC = ROOT / "spec" / "tencent-ads-v3.yaml"
DEFAULT_CONFIG = ROOT / "spec" / "generator-config.yaml"
DEFAULT_OUTPUT = ROOT / "generated" / PACKAGE
#: Our replacements of some of openapi-python-client's templates (``--custom-template-path``).
CUSTOM_TEMPLATES = ROOT / "scripts" / "templates" / "openapi-python-client"

HEADER = (
    "# GENERATED FILE — DO NOT EDIT.\n"
    "# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with\n"
    f"# openapi-python-client {OPENAPI_PYTHON_CLIENT_VERSION} and ruff {RUFF_VERSION}.\n"
    "# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.\n"
)

SCHEMA_PREFIX = "#/components/schemas/"
LENIENT_SCALARS = {
    "#/components/schemas/LenientInteger": {"type": "integer", "format": "int64"},
    "#/components/schemas/LenientNumber": {"type": "number"},
}


class RegenerationError(Exception):
    """The spec cannot be turned into a faithful client."""


def _fail(message: str) -> NoReturn:
    raise RegenerationError(message)


def _tool_path() -> str:
    """PATH with this interpreter's scripts folder first, so the venv's ruff is the one found."""
    return os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])


def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    if not isinstance(spec, dict):
        _fail(f"{path}: not an OpenAPI document")
    document: dict[str, Any] = spec
    return document


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    ops = []
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}:
                ops.append((path, method, op))
    return ops


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 32:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            return schema
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node[part]
        schema = node
        seen += 1
    return schema


def _schema_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _py_name(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", text) if part)
