"""mkdocs hooks: the tables that restate the spec or the error table are generated, never written by hand.

``<!-- generated: operations -->``, ``<!-- generated: filters -->`` and ``<!-- generated: error-codes -->``
in a page are replaced by tables built from ``tencent_ads_generated.spec_data`` (written by scripts/regenerate from the
spec) and ``tencent_ads._errors.CODES``. ``<!-- generated: error-classes -->`` becomes one reference entry per error
class that ``tencent_ads`` exports, in the order of the hierarchy, so that a new error cannot be left out of the
API reference.
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


def _error_classes() -> str:
    import tencent_ads

    errors = {
        name: value
        for name in tencent_ads.__all__
        if isinstance(value := getattr(tencent_ads, name), type) and issubclass(value, BaseException)
    }
    out: list[str] = []

    def visit(cls: type[BaseException]) -> None:
        out.append(f"::: tencent_ads.{cls.__name__}\n")
        for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
            if errors.get(sub.__name__) is sub:
                visit(sub)

    visit(tencent_ads.TencentAdsError)
    missing = sorted(set(errors) - {line.split(".")[1].strip() for line in out})
    if missing:
        raise RuntimeError(f"exported errors outside the TencentAdsError hierarchy: {missing}")
    return "\n".join(out)


_GENERATORS = {
    "<!-- generated: operations -->": _operations,
    "<!-- generated: filters -->": _filters,
    "<!-- generated: error-codes -->": _error_codes,
    "<!-- generated: error-classes -->": _error_classes,
}


def on_page_markdown(markdown: str, **_: Any) -> str:
    for marker, build in _GENERATORS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, build())
    return markdown
