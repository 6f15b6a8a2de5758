"""The generator's view of the spec, the pinned generator's run, and what is done to its output (hoisted model
imports, the do-not-edit header). See spec/README.md, "What the generator sees"."""

from __future__ import annotations

import ast
import copy
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from .common import (
    CUSTOM_TEMPLATES,
    DEFAULT_CONFIG,
    HEADER,
    LENIENT_SCALARS,
    SCHEMA_PREFIX,
    _fail,
    _operations,
    _tool_path,
)


def _replace_refs(node: Any, table: dict[str, dict[str, Any]]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in table:
            replaced = copy.deepcopy(table[ref])
            for key, value in node.items():
                if key != "$ref":
                    replaced[key] = value
            return replaced
        return {key: _replace_refs(value, table) for key, value in node.items()}
    if isinstance(node, list):
        return [_replace_refs(value, table) for value in node]
    return node


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The document handed to openapi-python-client (the canonical spec is never edited)."""
    view = copy.deepcopy(spec)
    for _path, _method, op in _operations(view):
        for param in op.get("parameters", []):
            if param.get("in") != "query":
                continue
            content = param.get("content")
            if isinstance(content, dict) and set(content) == {"application/json"}:
                # The generator skips content-parameters without a warning (upstream PR #1464):
                # hand it a string; tencent_ads serializes the JSON exactly once.
                del param["content"]
                param["schema"] = {"type": "string"}
                param["description"] = (
                    param.get("description", "") + "\nPass the compact JSON text; tencent_ads builds it for you."
                ).strip()
            schema = param.get("schema")
            if isinstance(schema, dict):
                schema.pop("default", None)
    _lists_always_present(view)
    result: dict[str, Any] = _replace_refs(view, LENIENT_SCALARS)
    return result


def _data_schemas(spec: dict[str, Any]) -> set[str]:
    """Names of the component schemas that are an operation's answer ``data`` (the page a caller iterates)."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: set[str] = set()
    for _path, _method, op in _operations(spec):
        content = op.get("responses", {}).get("200", {}).get("content", {})
        envelope = content.get("application/json", {}).get("schema", {})
        if "$ref" in envelope:
            envelope = schemas.get(envelope["$ref"][len(SCHEMA_PREFIX) :], {})
        data_ref = envelope.get("properties", {}).get("data", {}).get("$ref", "")
        if data_ref.startswith(SCHEMA_PREFIX):
            found.add(data_ref[len(SCHEMA_PREFIX) :])
    return found


def _lists_always_present(view: dict[str, Any]) -> None:
    """The array fields of an answer's ``data`` (``list``: the page) are ``required`` in the generator's view,
    so the models type them ``list[X]``, never ``Unset``: the generated decoders read a missing or null array as
    ``[]``. The canonical spec keeps them optional. Nested arrays stay optional (``Unset`` is falsy, so
    ``if task.result.data.file_info_list:`` narrows it away)."""
    schemas = view.get("components", {}).get("schemas", {})
    for name in sorted(_data_schemas(view)):
        schema = schemas[name]
        arrays = [key for key, sub in (schema.get("properties") or {}).items() if sub.get("type") == "array"]
        if arrays:
            schema["required"] = sorted(set(schema.get("required", [])) | set(arrays))


def _endpoint_module(output: Path, op: dict[str, Any]) -> Path:
    tag = str((op.get("tags") or ["default"])[0])
    return output / "api" / tag / f"{op['operationId']}.py"


def check_parameters(spec: dict[str, Any], output: Path) -> None:
    """Every parameter of the canonical spec must be an argument of the generated ``_get_kwargs``."""
    problems = []
    for path, method, op in _operations(spec):
        if "operationId" not in op:
            problems.append(f"{method.upper()} {path}: no operationId")
            continue
        module = _endpoint_module(output, op)
        if not module.exists():
            problems.append(f"{method.upper()} {path}: no generated module {module.relative_to(output)}")
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        arguments: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
                args = node.args
                arguments = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
        if "requestBody" in op and "body" not in arguments:
            problems.append(
                f"{method.upper()} {path}: the request body was dropped by the generator — no 'body' argument of "
                f"{module.relative_to(output)}::_get_kwargs"
            )
        for param in op.get("parameters", []):
            if param["name"] not in arguments:
                problems.append(
                    f"{method.upper()} {path}: parameter {param['name']!r} ({param.get('in')}) was dropped by the "
                    f"generator — not an argument of {module.relative_to(output)}::_get_kwargs"
                )
    if problems:
        _fail("generated client is missing spec parameters:\n" + "\n".join(problems))


def run_generator(view_path: Path, config: Path, output: Path) -> None:
    env = dict(os.environ, PATH=_tool_path(), RUFF_NO_CACHE="true")
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(view_path),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--overwrite",
        "--fail-on-warning",
        # our replacements of some of its templates (the models' __init__ imports each model on first use)
        "--custom-template-path",
        str(CUSTOM_TEMPLATES),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0 or "Skipping Integration" in proc.stdout:
        _fail(f"openapi-python-client failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


_MODEL_IMPORT = re.compile(r"^from \.\.models\.(\w+) import (\w+)$")


def hoist_model_imports(output: Path) -> int:
    """Move each model's ``if TYPE_CHECKING:`` model imports to module level and drop the per-call copies.

    openapi-python-client imports related models inside ``from_dict`` so that
    recursive schemas cannot create import cycles. This spec's models form a
    tree; the function checks that (and refuses a cycle) before hoisting.
    Returns the number of per-call import statements removed.
    """
    models = output / "models"
    plans: dict[str, tuple[list[str], set[str]]] = {}
    graph: dict[str, set[str]] = {}
    for file in sorted(models.glob("*.py")):
        if file.name == "__init__.py":  # imports each model on first use (models_init.py.jinja), nothing to hoist
            continue
        lines = file.read_text(encoding="utf-8").splitlines()
        try:
            start = lines.index("if TYPE_CHECKING:")
        except ValueError:
            continue
        block = []
        for line in lines[start + 1 :]:
            if not line.strip():
                break
            block.append(line.strip())
        if not block or not all(_MODEL_IMPORT.match(line) for line in block):
            _fail(f"{file.name}: unexpected TYPE_CHECKING block; the generator's output changed")
        graph[file.stem] = {m.group(1) for line in block if (m := _MODEL_IMPORT.match(line))}
        plans[file.name] = (lines, set(block))

    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            _fail("model import cycle " + " -> ".join([*trail, node]) + "; cannot hoist model imports")
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            visit(nxt, [*trail, node])
        state[node] = 2

    for node in sorted(graph):
        visit(node, [])

    removed = 0
    for name, (source, hoisted) in plans.items():
        out: list[str] = []
        in_block = False
        for line in source:
            if line == "if TYPE_CHECKING:":
                in_block = True
                continue
            if in_block:
                if line.strip():
                    out.append(line.strip())  # now a module-level import
                    continue
                in_block = False
            if line.startswith(" ") and line.strip() in hoisted:
                removed += 1
                continue  # the per-call copy inside from_dict
            out.append(line)
        (models / name).write_text("\n".join(out) + "\n", encoding="utf-8")
    return removed


_UNSET_CLASS = """class Unset:
    def __bool__(self) -> Literal[False]:
        return False
"""


def singleton_unset(output: Path) -> None:
    """Make ``UNSET`` survive pickling and copying as itself.

    The generator's ``Unset`` pickles as a new instance: a model sent to another process (or deep-copied) with
    an unset field compared unequal to the original, and its field was no longer ``is UNSET``. A ``__reduce__``
    naming the module's ``UNSET`` makes pickle and copy give back the one instance.
    """
    types = output / "types.py"
    text = types.read_text(encoding="utf-8")
    if text.count(_UNSET_CLASS) != 1 or "\nUNSET: Unset = Unset()\n" not in text:
        _fail("types.py: the Unset class is not the expected one; the generator's output changed")
    reduce = (
        "\n    def __reduce__(self) -> str:\n"
        "        # pickle and copy give back the module's one UNSET (see scripts/regen/view.py: singleton_unset)\n"
        '        return "UNSET"\n'
    )
    types.write_text(text.replace(_UNSET_CLASS, _UNSET_CLASS + reduce), encoding="utf-8")


def run_ruff(output: Path) -> None:
    """The generator's post-hooks again, after our own rewrite (same pinned ruff, same settings)."""
    env = dict(os.environ, PATH=_tool_path(), RUFF_NO_CACHE="true")
    config = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    for hook in config["post_hooks"]:
        proc = subprocess.run(hook.split(), cwd=output, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            _fail(f"{hook} failed:\n{proc.stdout}\n{proc.stderr}")


def stamp(output: Path) -> None:
    for file in sorted(output.rglob("*.py")):
        text = file.read_text(encoding="utf-8")
        file.write_text(HEADER + text, encoding="utf-8")
    (output / "py.typed").write_text("", encoding="utf-8")
    for cache in output.rglob("__pycache__"):
        shutil.rmtree(cache)
