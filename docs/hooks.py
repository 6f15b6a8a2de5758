"""mkdocs hooks: the tables that restate the spec or the error table are generated, never written by hand.

``<!-- generated: operations -->``, ``<!-- generated: filters -->`` and ``<!-- generated: error-codes -->``
in a page are replaced by tables built from ``tencent_ads_generated.spec_data`` (written by scripts/regenerate from the
spec) and ``tencent_ads._errors.CODES``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def _operations() -> str:
    from tencent_ads_generated.spec_data import OPERATIONS

    rows = ["| operation | method and path | Python | parameters |", "|---|---|---|---|"]
    for op in OPERATIONS.values():
        names = [f"`{p.name}`{'*' if p.required else ''}" for p in op.params]
        body = op.body
        names += [f"`{k}`{'*' if body is not None and k in body.required else ''} (body)" for k in op.body_fields]
        params = ", ".join(names)
        where = f"{op.server}{op.path}" if op.server else f"/v3.0{op.path}"
        rows.append(f"| `{op.operation_id}` | `{op.method} {where}` | `client.{op.tag}.{op.name}(...)` | {params} |")
    return "\n".join(rows) + "\n\n\\* required."


def _filters() -> str:
    from tencent_ads_generated.spec_data import FILTERS

    out = []
    for name, rules in FILTERS.items():
        out.append(
            f"**{name}**: at most {rules.max_filters} filters; each value {rules.min_value_bytes}–"
            f"{rules.max_value_bytes} UTF-8 bytes; operators taking several values: "
            f"{', '.join(sorted(rules.multi_value_operators))} ({rules.min_values}–{rules.max_values} values), "
            "every other operator exactly one.\n"
        )
        out.append("| field | operators | values |")
        out.append("|---|---|---|")
        for field, rule in rules.fields.items():
            if rule.allowed_values:
                values = "one of " + ", ".join(f"`{v}`" for v in sorted(rule.allowed_values))
            elif rule.decimal:
                values = "decimal integers"
            else:
                values = "text"
            out.append(f"| `{field}` | {', '.join(rule.operators)} | {values} |")
        out.append("")
    return "\n".join(out)


def _error_codes() -> str:
    from tencent_ads._errors import CODES

    grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
    for code, (cls, retry) in sorted(CODES.items()):
        grouped[(cls.__name__, retry.value)].append(code)
    rows = ["| class | retried | codes |", "|---|---|---|"]
    for (name, rule), codes in grouped.items():
        rows.append(f"| `{name}` | {rule} | {', '.join(str(c) for c in codes)} |")
    return "\n".join(rows)


_GENERATORS = {
    "<!-- generated: operations -->": _operations,
    "<!-- generated: filters -->": _filters,
    "<!-- generated: error-codes -->": _error_codes,
}


def on_page_markdown(markdown: str, **_: Any) -> str:
    for marker, build in _GENERATORS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, build())
    return markdown
