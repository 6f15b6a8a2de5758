"""A griffe extension for the API reference: the docstrings' reST becomes Markdown when the reference is built.

The docstrings are written for ``help()`` and IDEs, in reST's notation (``code``, :class:`Name`, ``text::``
followed by an indented block). mkdocstrings renders Markdown, which would show that notation raw. This extension
rewrites each docstring of the loaded packages before rendering, leaving the source as it is:

- a literal block (a paragraph ending in ``::``, or a lone ``::``, then an indented block) becomes a fenced block,
  ``python`` when it parses as Python and ``text`` otherwise; the paragraph keeps one colon;
- lines indented under a line ending in a colon (``Arguments:`` then one argument a line) become a list;
- ``double backticks`` become a code span;
- a role (:class:, :meth:, :func:, :attr:, :exc:, :data:, :mod:, :obj:) becomes a code span linked to the
  object's entry in the reference when it has one: an optional autoref, so a name without an entry (``httpx.Timeout``,
  a private helper) stays plain code and never fails ``mkdocs build --strict``.
"""

from __future__ import annotations

import ast
import html
import re
import textwrap
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|exc|data|mod|obj|const):`([^`]+)`")
_DOUBLE = re.compile(r"``(.+?)``", re.DOTALL)
_FENCE = re.compile(r"^(\s*)(```|~~~)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _language(code: str) -> str:
    try:
        ast.parse(code)
    except SyntaxError:
        return "text"
    return "python"


def _literal_blocks(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_code, chunk), turning reST literal blocks (and keeping Markdown fences) into fences."""
    lines = text.split("\n")
    out: list[tuple[bool, str]] = []
    prose: list[str] = []
    i = 0

    def flush() -> None:
        if prose:
            out.append((False, "\n".join(prose)))
            prose.clear()

    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:  # already Markdown: keep the fenced block as it is
            flush()
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith(fence.group(2)):
                end += 1
            out.append((True, "\n".join(lines[i : end + 1])))
            i = end + 1
            continue
        stripped = line.rstrip()
        if stripped.endswith("::") and not stripped.endswith(":::"):
            base = _indent(line)
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            k = j
            while k < len(lines) and (not lines[k].strip() or _indent(lines[k]) > base):
                k += 1
            while k > j and not lines[k - 1].strip():
                k -= 1
            if k > j:  # an indented block follows: it is the literal block
                head = stripped[:-2].rstrip()
                if head.strip():
                    prose.append(head + ":")
                flush()
                code = textwrap.dedent("\n".join(lines[j:k]))
                pad = " " * base
                fenced = [f"{pad}```{_language(code)}", *(pad + c if c else c for c in code.split("\n")), f"{pad}```"]
                out.append((True, "\n".join(["", *fenced, ""])))
                i = k
                continue
        prose.append(line)
        i += 1
    flush()
    return out


def _indented_lists(text: str) -> str:
    """A line ending in ``:`` followed by lines indented deeper: each line at the first depth starts a list item."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.rstrip().endswith(":") or i >= len(lines) or not lines[i].strip():
            continue
        base, depth = _indent(line), _indent(lines[i])
        if depth <= base:
            continue
        items: list[str] = []
        while i < len(lines) and lines[i].strip() and _indent(lines[i]) > base:
            if _indent(lines[i]) == depth:
                items.append(lines[i].strip())
            else:
                items[-1] += " " + lines[i].strip()
            i += 1
        out.extend(["", *(" " * base + "- " + item for item in items), ""])
    return "\n".join(out)


def _target(obj: griffe.Object, name: str) -> str:
    first, _, rest = name.partition(".")
    if first in {"tencent_ads", "tencent_ads_api", "tencent_ads_generated"}:
        return name
    scopes: list[griffe.Object] = [obj]
    if obj.parent is not None:
        scopes.append(obj.parent)
    for scope in scopes:
        if first in scope.members:
            path = scope.members[first].path
            return f"{path}.{rest}" if rest else path
        try:
            path = scope.resolve(first)
        except Exception:  # noqa: S112 - an unresolvable name is plain code
            continue
        return f"{path}.{rest}" if rest else path
    return f"tencent_ads.{name}"


def _role(obj: griffe.Object, match: re.Match[str]) -> str:
    target = match.group(1).strip()
    shown_short = target.startswith("~")
    target = target.lstrip("~!")
    title_match = re.fullmatch(r"(.+?)\s*<(.+)>", target)
    if title_match:
        title, target = title_match.group(1), title_match.group(2)
    else:
        title = target.rsplit(".", 1)[-1] if shown_short else target
    identifier = _target(obj, target)
    return f'<autoref identifier="{html.escape(identifier)}" optional><code>{html.escape(title)}</code></autoref>'


def rest_to_markdown(obj: griffe.Object, text: str) -> str:
    chunks = []
    for is_code, chunk in _literal_blocks(text):
        if not is_code:
            chunk = _indented_lists(chunk)
            chunk = _DOUBLE.sub(lambda m: "`" + m.group(1).replace("\n", " ") + "`", chunk)
            chunk = _ROLE.sub(lambda m: _role(obj, m), chunk)
        chunks.append(chunk)
    return "\n".join(chunks)


class RestToMarkdown(griffe.Extension):
    """Rewrite every docstring's reST notation as Markdown once the object tree is complete."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = rest_to_markdown(obj, obj.docstring.value)
