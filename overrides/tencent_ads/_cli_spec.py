"""``tencent-ads <tag> <name>`` for every operation of the spec that has no hand-written command.

Each operation becomes a subcommand of its tag (``creative_derive_result`` →
``tencent-ads creative-derive-result get``) with one option per parameter, named
and documented from the spec: integers with their bounds, ``filtering`` as JSON
plus the ``--filter 'FIELD OPERATOR V1,V2'`` shorthand, ``fields`` as a
comma-separated list. An operation with a JSON body (``async_tasks/add``) gets
one option per body member, typed from its schema (see :func:`body_options`).
The arguments are checked with the spec's rules before any I/O (exit 2), the
answer is printed as JSON or a table. Hand-written commands (``async-tasks get
--all``, ``async-tasks wait``) and table renderers (``TABLES``, by operation id)
add only what the spec cannot say.
"""

from __future__ import annotations

import inspect
import json
import shlex
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, Literal

import attrs
import typer
from rich.cells import cell_len
from tencent_ads_generated.spec_data import OPERATIONS

from ._cli_output import TABLES, emit, generic_table
from ._descriptors import Operation, Param, Schema

#: The widest line of a help example (the help test renders every command's help at 80 columns).
EXAMPLE_WIDTH = 76
#: Where the packing of several options on one example line stops (a readable example, not a full one).
_PACK = 66
#: The longest example line in the docstring, before its two-space indentation and a trailing `` \\``.
_HARD = EXAMPLE_WIDTH - 4
#: The option names every generated command has besides its own.
_RESERVED_FLAGS = frozenset({"--output", "-o", "--help", "--filter"})


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
    elif param.kind == "json":
        text = help_text + " JSON text, or @FILE to read it from a file (@- reads standard input)."
        if param.schema is not None and param.schema.items is not None and param.schema.items.type == "string":
            text += " A list of names may also be given comma-separated (a,b)."
        option = typer.Option(flag, help=text, metavar="JSON|@FILE", show_default=False)
        kind = str if param.required else str | None
    else:
        option = typer.Option(flag, help="Comma-separated. " + help_text, show_default=False)
        kind = str | None
    return Annotated[kind, option], (inspect.Parameter.empty if param.required and kind in (int, str) else None)


# --- the JSON body: one option per member --------------------------------------------------------------

#: How a body member is given on the command line: ``int``/``float``/``str`` as such, ``flag`` a
#: ``--x/--no-x`` pair, ``json`` JSON text (or ``@FILE``), ``list`` a repeatable option (or one JSON array).
BodyForm = Literal["int", "float", "flag", "str", "json", "list"]

_SCALARS = frozenset({"string", "integer", "number", "boolean"})


@attrs.frozen
class BodyOption:
    """One body member as a command-line option."""

    member: str
    #: The keyword of the command's signature (``body__0``: a member's name need not be a Python name).
    key: str
    flag: str
    schema: Schema
    form: BodyForm
    required: bool


def _form(schema: Schema) -> BodyForm:
    if schema.type == "integer":
        return "int"
    if schema.type == "number":
        return "float"
    if schema.type == "boolean":
        return "flag"
    if schema.type == "string":
        return "str"
    if schema.type == "array" and (schema.items is None or schema.items.type in _SCALARS):
        return "list"
    return "json"


def body_options(operation: Operation) -> list[BodyOption]:
    """The options of ``operation``'s body members, in the spec's order (none without a body).

    A member whose flag would clash with a query parameter's or the command's own (``--output``) is
    ``--body-<name>``. Required members are required options when the body itself is required.
    """
    taken = set(_RESERVED_FLAGS) | {"--" + p.name.replace("_", "-") for p in operation.params}
    required = operation.body.required if operation.body is not None and operation.body_required else frozenset()
    options = []
    for index, (member, schema) in enumerate(operation.body_fields.items()):
        flag = "--" + member.replace("_", "-")
        if flag in taken or flag.startswith("--no-"):
            flag = "--body-" + member.replace("_", "-")
        taken.add(flag)
        form = _form(schema)
        options.append(BodyOption(member, f"body__{index}", flag, schema, form, member in required))
    return options


def _body_help(option: BodyOption) -> str:
    schema = option.schema
    text = schema.description or option.member
    if schema.enum:
        text += f" One of: {', '.join(str(e) for e in schema.enum)}."
    if option.form == "json":
        text += " JSON text, or @FILE to read it from a file (@- reads standard input)."
    elif option.form == "list":
        repeated = f"{option.flag} A {option.flag} B"
        if schema.items is not None and schema.items.enum:
            text += f" Items: one of {', '.join(str(e) for e in schema.items.enum)}."
        text += f" Repeatable ({repeated}), or one JSON array."
    return text


def _body_option(option: BodyOption) -> tuple[Any, Any]:
    """(annotation, default) of the typer option for one body member."""
    schema, help_text = option.schema, _body_help(option)
    kind: Any
    if option.form in ("int", "float"):
        number = int if option.form == "int" else float

        def bound(value: float | None) -> Any:
            return None if value is None or (option.form == "int" and value != int(value)) else number(value)

        typed = typer.Option(
            option.flag, min=bound(schema.minimum), max=bound(schema.maximum), help=help_text, show_default=False
        )
        kind = number
    elif option.form == "flag":
        typed = typer.Option(f"{option.flag}/--no-{option.flag[2:]}", help=help_text, show_default=False)
        kind = bool
    elif option.form == "list":
        typed = typer.Option(option.flag, help=help_text, show_default=False)
        kind = list[str]
    else:
        metavar = "JSON|@FILE" if option.form == "json" else None
        typed = typer.Option(option.flag, help=help_text, metavar=metavar, show_default=False)
        kind = str
    if option.required:
        return Annotated[kind, typed], inspect.Parameter.empty
    return Annotated[kind | None, typed], None


def _json_text(text: str, flag: str) -> Any:
    """JSON text → its value; not JSON (or NaN/Infinity, which JSON lacks) → a usage error naming ``flag``."""

    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    try:
        return json.loads(text, parse_constant=refuse)
    except ValueError as exc:
        raise typer.BadParameter(f"not JSON: {exc}", param_hint=flag) from None
    except RecursionError:
        raise typer.BadParameter("not JSON this command reads: nested too deeply", param_hint=flag) from None


#: The most bytes an ``@FILE`` option reads (a body of the API is far smaller; /dev/zero must not fill memory).
MAX_FILE_BYTES = 16 * 1024 * 1024


def read_limited(path: str, flag: str) -> bytes:
    """The bytes of ``path`` (``-``: standard input), at most :data:`MAX_FILE_BYTES`; beyond, a usage error."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with Path(path).open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path!r} ({type(exc).__name__})", param_hint=flag) from None
    if len(data) > MAX_FILE_BYTES:
        raise typer.BadParameter(f"{path!r} holds more than {MAX_FILE_BYTES} bytes", param_hint=flag)
    return data


def _json_or_file(text: str, flag: str) -> Any:
    """JSON text, or ``@PATH`` (``@-``: standard input) holding it, as curl's ``--data @file``."""
    if text.startswith("@"):
        path = text[1:]
        try:
            text = read_limited(path, flag).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise typer.BadParameter(f"cannot read {path!r} ({type(exc).__name__})", param_hint=flag) from None
    return _json_text(text, flag)


_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


def _scalar(text: str, items: Schema | None, flag: str) -> Any:
    """One item of a repeatable option, as its items' type says (a string when the spec does not say)."""
    kind = None if items is None else items.type
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is not {'an integer' if kind == 'integer' else 'a number'}", param_hint=flag
        ) from None
    if kind == "boolean":
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise typer.BadParameter(f"{text!r} is not true or false", param_hint=flag)
    return text


def parse_body_value(option: BodyOption, raw: Any) -> Any:
    """What the command line gave for a body member → the value :func:`~tencent_ads._calls.prepare` checks.

    None stays None (not given). JSON text (``json``) is parsed, ``@FILE`` read first; a repeatable option
    (``list``) gives its values, each converted to its items' type, or — given once, starting with ``[`` —
    one JSON array. Text that is not JSON is a usage error naming the option (exit 2).
    """
    if raw is None:
        return None
    if option.form == "json":
        return _json_or_file(raw, option.flag)
    if option.form == "list":
        values = list(raw)
        if not values:
            return None
        if len(values) == 1 and values[0].lstrip().startswith("["):
            return _json_text(values[0], option.flag)
        items = option.schema.items
        return [_scalar(value, items, option.flag) for value in values]
    return raw


def _json_param(param: Param, raw: str) -> Any:
    """A JSON parameter's text: JSON or @FILE; a list of plain strings (``group_by``) also as ``a,b,c``."""
    items = param.schema.items if param.schema is not None and param.schema.type == "array" else None
    if items is not None and items.type == "string" and not raw.lstrip().startswith(("[", "@")):
        return [part.strip() for part in raw.split(",") if part.strip()]
    return _json_or_file(raw, "--" + param.name.replace("_", "-"))


class _Pages:
    """Every item of a paged listing, shaped as one page (what the output functions take)."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def to_dict(self) -> dict[str, Any]:
        total = len(self.items)
        info = {"page": 1, "page_size": total, "total_number": total, "total_page": 1}
        return {"list": [item.to_dict() for item in self.items], "page_info": info}


def _all_pages(client: Any, operation: Operation, arguments: dict[str, Any]) -> _Pages:
    """``client.<tag>.iterate(...)`` with the command's arguments (``page`` dropped; ``page_size``: the spec's
    maximum unless given)."""
    given = {k: v for k, v in arguments.items() if k != "page" and v is not None}
    name = "iterate" if operation.name == "get" else f"iterate_{operation.name}"
    return _Pages(list(getattr(getattr(client, operation.tag), name)(**given)))


# --- the command -----------------------------------------------------------------------------------------


def make_command(operation: Operation, cli: ModuleType) -> Callable[..., None]:
    """A typer command for ``operation``: its signature is built from the spec's parameters and body members.

    ``cli`` is the running ``tencent_ads.cli`` module (its state, client set-up, error mapping and output),
    passed in because under ``python -m tencent_ads.cli`` it is ``__main__``, not an importable module.
    """
    members = body_options(operation)

    def command(ctx: typer.Context, **values: Any) -> None:
        output = values.pop("output", None)
        every_page = bool(values.pop("all_pages", False))
        shorthand = values.pop("filter_", None) or []
        state = cli._state(ctx, output)
        arguments: dict[str, Any] = {}
        for param in operation.params:
            raw = values.get(param.name)
            if param.kind == "filtering":
                arguments[param.name] = cli._parse_filters(raw, shorthand)
            elif param.kind == "names":
                arguments[param.name] = cli._split(raw)
            elif param.kind == "json" and raw is not None:
                arguments[param.name] = _json_param(param, raw)
            else:
                arguments[param.name] = raw
        for member in members:
            arguments[member.member] = parse_body_value(member, values.get(member.key))
        with cli._errors(state, arguments=arguments):
            from ._calls import prepare

            call = prepare(operation.operation_id, **arguments)  # checked before any I/O (and before --mock starts)
            data: Any
            if every_page:  # every page through iterate(): one list, in the shape of one page
                data = _all_pages(cli._client(state), operation, arguments)
            else:
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

    def add(name: str, annotation: Any, default: Any) -> None:
        parameters.append(
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        )
        annotations[name] = annotation

    for param in operation.params:
        add(param.name, *_option(param))
        if param.kind == "filtering":
            shorthand = Annotated[
                list[str] | None,
                typer.Option(
                    "--filter", help="Shorthand 'FIELD OPERATOR V1,V2', repeatable; combined with --filtering."
                ),
            ]
            add("filter_", shorthand, None)
    for member in members:
        add(member.key, *_body_option(member))
    if operation.paged:
        every = Annotated[bool, typer.Option("--all", help="Follow every page (iterate); --page is ignored.")]
        add("all_pages", every, False)
    from .cli import OutputOverride

    add("output", OutputOverride, None)
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = annotations
    command.__name__ = operation.operation_id
    command.__doc__ = _help(operation)
    return command


# --- the help's example ----------------------------------------------------------------------------------


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _placeholder(option: BodyOption) -> Any:
    """A value for a required member the spec's body example does not give."""
    schema = option.schema
    if schema.enum:
        return schema.enum[0]
    if option.form in ("int", "float"):
        return schema.minimum if schema.minimum is not None else 1
    if option.form == "flag":
        return True
    if option.form == "str":
        return "NAME"
    if schema.type == "array":
        return [] if option.form == "json" else ["VALUE"]
    return {}


def _fits_alone(part: str) -> bool:
    """Whether ``part`` fits a continued line of its own (indented, with the trailing ``\\``)."""
    return 4 + cell_len(part) <= _HARD


def _example_words(option: BodyOption, value: Any) -> list[tuple[str, list[str]]]:
    """The option with ``value``, as (flag, value lines) pairs: one pair per repetition of a list."""
    if option.form == "flag":
        return [(option.flag if value else f"--no-{option.flag[2:]}", [])]
    if option.form == "list" and isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return [(option.flag, [shlex.quote(v if isinstance(v, str) else _compact(v))]) for v in value]
    if option.form in ("json", "list"):
        compact = shlex.quote(_compact(value))
        if _fits_alone(compact):
            return [(option.flag, [compact])]
        # too long for one line: indented JSON over several lines, inside the same quotes
        return [(option.flag, shlex.quote(json.dumps(value, ensure_ascii=False, indent=2)).splitlines())]
    return [(option.flag, [shlex.quote(value if isinstance(value, str) else _compact(value))])]


def _example_lines(head: str, words: Iterable[tuple[str, list[str]]]) -> list[tuple[str, bool]]:
    """The example as (line, continued) pairs: options packed on lines, a long value alone on its own line(s).

    ``continued`` is False for a line that ends inside quotes (a JSON value over several lines): no ``\\``.
    """
    lines: list[tuple[str, bool]] = [(head, True)]

    def put(piece: str) -> None:
        last = lines[-1][0]
        if cell_len(last) + 1 + cell_len(piece) <= _PACK:
            lines[-1] = (f"{last} {piece}", True)
        else:
            lines.append(("    " + piece, True))

    for flag, parts in words:
        piece = " ".join([flag, *parts])
        if len(parts) <= 1 and (cell_len(lines[-1][0]) + 1 + cell_len(piece) <= _PACK or _fits_alone(piece)):
            put(piece)
            continue
        put(flag)  # the value on its own line(s)
        lines += [("    " + part, index == len(parts) - 1) for index, part in enumerate(parts)]
    return lines


def _example(operation: Operation) -> str:
    """A copy-paste example: the required parameters, and the body of the spec's example (else its required
    members), each line within :data:`EXAMPLE_WIDTH` columns."""
    head = f"tencent-ads --mock {operation.tag.replace('_', '-')} {operation.name}"
    words: list[tuple[str, list[str]]] = [
        (f"--{p.name.replace('_', '-')}", [str(p.minimum or 1) if p.kind == "integer" else "VALUE"])
        for p in operation.params
        if p.required
    ]
    given = operation.body_example if isinstance(operation.body_example, dict) else {}
    for option in body_options(operation):
        if option.member in given:
            value = given[option.member]
        elif option.required:
            value = _placeholder(option)
        else:
            continue
        pairs = _example_words(option, value)
        if not option.required and not all(_fits_alone(part) for _, parts in pairs for part in parts):
            continue  # the spec's example of an optional member is too wide for 80 columns: left out
        words += pairs
    lines = _example_lines(head, words)
    last = len(lines) - 1
    return "\n".join(
        "  " + line + (" \\" if index < last and continued else "") for index, (line, continued) in enumerate(lines)
    )


def _help(operation: Operation) -> str:
    return (
        f"{operation.summary}\n\n{operation.method} {operation.path.lstrip('/')} (from the spec).\n\n"
        f"Example:\n\n\b\n{_example(operation)}"
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
