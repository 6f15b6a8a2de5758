"""``tencent-ads <tag> <name>`` for every operation of the spec that has no hand-written command.

Each operation becomes a subcommand of its tag (``creative_derive_result`` →
``tencent-ads creative-derive-result get``) with one option per parameter, named
and documented from the spec: integers with their bounds, ``filtering`` as JSON
plus the ``--filter 'FIELD OPERATOR V1,V2'`` shorthand, ``fields`` as a
comma-separated list. The arguments are checked with the spec's rules before
any I/O (exit 2), the answer is printed as JSON or a table. Hand-written
commands (``async-tasks get --all``, ``async-tasks wait``) and table renderers
(``TABLES``, by operation id) add only what the spec cannot say.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Annotated, Any

import typer
from tencent_ads_generated.spec_data import OPERATIONS

from ._cli_output import TABLES, emit, generic_table
from ._descriptors import Operation, Param


def _option(param: Param) -> tuple[Any, Any]:
    """(annotation, default) of the typer option for one parameter."""
    flag = "--" + param.name.replace("_", "-")
    help_text = param.description or param.name
    if param.kind == "integer":
        option = typer.Option(flag, min=param.minimum, max=param.maximum, help=help_text, show_default=False)
        kind: Any = int if param.required else int | None
    elif param.kind == "string":
        option = typer.Option(flag, help=help_text + (f" One of: {', '.join(param.enum)}." if param.enum else ""))
        kind = str if param.required else str | None
    elif param.kind == "filtering":
        option = typer.Option(flag, help="The API's own JSON form. " + help_text, show_default=False)
        kind = str | None
    else:
        option = typer.Option(flag, help="Comma-separated. " + help_text, show_default=False)
        kind = str | None
    return Annotated[kind, option], (inspect.Parameter.empty if param.required and kind in (int, str) else None)


def make_command(operation: Operation, cli: ModuleType) -> Callable[..., None]:
    """A typer command for ``operation``: its signature is built from the spec's parameters.

    ``cli`` is the running ``tencent_ads.cli`` module (its state, client set-up, error mapping and output),
    passed in because under ``python -m tencent_ads.cli`` it is ``__main__``, not an importable module.
    """

    def command(ctx: typer.Context, **values: Any) -> None:
        output = values.pop("output", None)
        shorthand = values.pop("filter_", None) or []
        state = cli._state(ctx, output)
        arguments: dict[str, Any] = {}
        for param in operation.params:
            raw = values.get(param.name)
            if param.kind == "filtering":
                arguments[param.name] = cli._parse_filters(raw, shorthand)
            elif param.kind == "names":
                arguments[param.name] = cli._split(raw)
            else:
                arguments[param.name] = raw
        with cli._errors(state):
            from ._calls import prepare

            call = prepare(operation.operation_id, **arguments)  # checked before any I/O (and before --mock starts)
            data = cli._client(state).execute(call)
        if operation.binary:  # a file: its bytes, as they came (redirect it to a file)
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        document = data.to_dict()
        wanted = next((arguments[p.name] for p in operation.params if p.kind == "names" and arguments[p.name]), None)
        if wanted:  # --fields left a page's list out: show what was asked for, not an empty list the client filled in
            document = {k: v for k, v in document.items() if k in wanted or v != []}
        if state.output is cli.Output.table:
            render = TABLES.get(operation.operation_id)
            if render is not None:
                render(document)
            else:
                generic_table(document, f"{operation.method} {operation.path.lstrip('/')}")
        else:
            emit(document, state.output)

    parameters = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)]
    annotations: dict[str, Any] = {"ctx": typer.Context, "return": None}
    for param in operation.params:
        annotation, default = _option(param)
        parameters.append(
            inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        )
        annotations[param.name] = annotation
        if param.kind == "filtering":
            shorthand = Annotated[
                list[str] | None,
                typer.Option(
                    "--filter", help="Shorthand 'FIELD OPERATOR V1,V2', repeatable; combined with --filtering."
                ),
            ]
            parameters.append(
                inspect.Parameter("filter_", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=shorthand)
            )
            annotations["filter_"] = shorthand
    from .cli import OutputOverride

    parameters.append(
        inspect.Parameter("output", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=OutputOverride)
    )
    annotations["output"] = OutputOverride
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = annotations
    command.__name__ = operation.operation_id
    command.__doc__ = _help(operation)
    return command


def _help(operation: Operation) -> str:
    words = [f"tencent-ads --mock {operation.tag.replace('_', '-')} {operation.name}"] + [
        f"--{p.name.replace('_', '-')} {p.minimum or 1 if p.kind == 'integer' else 'VALUE'}"
        for p in operation.params
        if p.required
    ]
    lines = [words[0]]  # one argument per continued line when the example would not fit 80 columns
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > 66:
            lines[-1] += " \\"
            lines.append("    " + word)
        else:
            lines[-1] += " " + word
    example = "\n".join("  " + line for line in lines)
    return (
        f"{operation.summary}\n\n{operation.method} {operation.path.lstrip('/')} (from the spec).\n\n"
        f"Example:\n\n\b\n{example}"
    )


def register(app: typer.Typer, groups: dict[str, typer.Typer], handwritten: set[str], cli: ModuleType) -> None:
    """Add a command for every operation of the spec that is not in ``handwritten`` (operation ids)."""
    for operation in OPERATIONS.values():
        if operation.operation_id in handwritten or operation.cli == "handwritten":
            continue  # the CLI has its own command for it (``x-cli: handwritten`` in the spec: oauth)
        group = groups.get(operation.tag)
        if group is None:
            group = typer.Typer(help=f"{operation.tag} — from the spec.", no_args_is_help=True)
            app.add_typer(group, name=operation.tag.replace("_", "-"))
            groups[operation.tag] = group
        group.command(operation.name)(make_command(operation, cli))
