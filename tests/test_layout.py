"""The layout keeps what is generated apart from what is written by hand, and the hand-written package has no
import circle at module level (a module can be read, and loaded, on its own terms)."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "overrides" / "tencent_ads"


def _module_name(file: Path) -> str:
    parts = file.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_at_module_level(file: Path, modules: set[str]) -> set[str]:
    """What a module imports when it is loaded: its top-level imports, not those under TYPE_CHECKING or in a
    function (those run later, when the function does)."""
    name = _module_name(file)
    package = name if file.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.parse(file.read_text(encoding="utf-8")).body:
        statements = node.body if isinstance(node, ast.Try) else [node]
        for statement in statements:
            if isinstance(statement, ast.ImportFrom):
                if statement.level:
                    base = package.split(".")[: len(package.split(".")) - (statement.level - 1)]
                    module = ".".join([*base, *([statement.module] if statement.module else [])])
                else:
                    module = statement.module or ""
                for alias in statement.names:
                    child = f"{module}.{alias.name}"
                    found.add(child if child in modules else module)
            elif isinstance(statement, ast.Import):
                found.update(alias.name for alias in statement.names)
    return found & modules


def test_the_hand_written_package_has_no_import_circle_at_module_level() -> None:
    files = {_module_name(f): f for f in PACKAGE.rglob("*.py")}
    graph = {name: _imports_at_module_level(file, set(files)) - {name} for name, file in files.items()}
    assert len(graph) > 30
    assert "tencent_ads._calls" in graph["tencent_ads._resource"]  # the walk sees imports
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            circles.append([*trail[trail.index(node) :], node])
            return
        state[node] = 1
        for nxt in sorted(graph[node]):
            visit(nxt, [*trail, node])
        state[node] = 2

    for node in sorted(graph):
        visit(node, [])
    assert circles == []


def test_generated_code_lives_under_generated_only() -> None:
    hand_written = [f for f in (ROOT / "overrides").rglob("*.py") if "GENERATED FILE" in f.read_text(encoding="utf-8")]
    assert hand_written == []
    generated = list((ROOT / "generated").rglob("*.py"))
    assert generated
    assert all(f.read_text(encoding="utf-8").startswith("# GENERATED FILE — DO NOT EDIT.") for f in generated)
