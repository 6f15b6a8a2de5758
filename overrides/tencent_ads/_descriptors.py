"""What the spec says about an operation, in the shapes the client enforces — filled in by generated code.

``scripts/regenerate`` reads the canonical spec and writes
``tencent_ads_generated/spec_data.py``: one :class:`Operation` per operation (its
query parameters with their kinds and bounds, its JSON body as a :class:`Schema`
tree, whether a re-send is safe, its response model, its doc example) and one
:class:`FilterRules` per filter schema (counts, byte bounds, forbidden
characters, the per-field ``if``/``then`` rules). Nothing here restates a rule:
edit the spec, regenerate, and the client enforces the new rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

#: How a parameter goes on the wire and is checked: an int64 ``integer`` (``minimum``/``maximum``), a
#: ``string``, ``filtering`` (compact JSON checked by :class:`FilterRules`), ``names`` (a compact JSON
#: list of non-empty strings, such as ``fields``), or ``json`` (any other JSON value — an object such as
#: ``date_range``, a list of objects such as ``order_by`` — checked by its :class:`Schema` and sent as compact JSON).
ParamKind = Literal["integer", "string", "filtering", "names", "json"]


@attrs.frozen
class FieldRule:
    """What one filterable field accepts (one ``if``/``then`` of the filter schema)."""

    operators: tuple[str, ...]
    decimal: bool = False
    allowed_values: frozenset[str] | None = None


@attrs.frozen
class FilterRules:
    """The rules of one filter schema (``AsyncTasksFiltering``): everything :func:`validate_filtering` checks."""

    max_filters: int | None
    min_values: int
    max_values: int
    multi_value_operators: frozenset[str]
    min_value_bytes: int
    max_value_bytes: int
    forbidden_characters: str
    fields: Mapping[str, FieldRule]


@attrs.frozen
class Param:
    """One query parameter of an operation."""

    name: str
    kind: ParamKind
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    enum: tuple[str, ...] | None = None
    #: For a ``string``: the fewest and most characters (``minLength``, ``maxLength``), the fewest and most
    #: UTF-8 bytes (``x-min-bytes``, ``x-max-bytes``: the docs count bytes) and the ``pattern`` it must match.
    min_length: int | None = None
    max_length: int | None = None
    min_bytes: int | None = None
    max_bytes: int | None = None
    pattern: str | None = None
    #: For ``filtering``: the key of its :class:`FilterRules`; for ``names``: the forbidden characters.
    rules: str | None = None
    #: ``x-secret`` in the spec: the value is redacted like the access token (never in a repr or an error).
    secret: bool = False
    description: str = ""
    #: For ``json``: the value's schema (the same rules as a body's).
    schema: Schema | None = None


#: The JSON types a body :class:`Schema` knows (``scripts/regenerate`` refuses any other construct by name).
SchemaType = Literal["object", "array", "string", "integer", "number", "boolean"]


@attrs.frozen
class Schema:
    """One value of a JSON request body as the spec describes it: its type and every bound the client checks.

    The subset of JSON Schema a body of this spec uses, no more: ``scripts/regenerate`` refuses a keyword it
    does not turn into one of these fields (``oneOf``, ``not``, ...), naming where it stands, so nothing in a
    body's schema is silently ignored.
    """

    type: SchemaType
    #: The name of the component schema (``AsyncTasksAddRequest``), or a path-derived one for an inline object.
    name: str = ""
    description: str = ""
    #: object: its documented members in order, which of them are required, and what an undocumented member
    #: may be (``additionalProperties``: False refuses it, True keeps it unchecked, a Schema checks it).
    properties: Mapping[str, Schema] = attrs.field(factory=dict)
    required: frozenset[str] = frozenset()
    additional: Schema | bool = True
    #: array: its items' schema and the count bounds.
    items: Schema | None = None
    min_items: int | None = None
    max_items: int | None = None
    #: integer / number bounds (``format: int64`` adds -2**63 .. 2**63-1).
    minimum: int | float | None = None
    maximum: int | float | None = None
    #: string bounds: characters (``minLength``/``maxLength``), UTF-8 bytes (``x-min-bytes``/``x-max-bytes``),
    #: ``pattern`` (Python ``re.search``, as JSON Schema's unanchored match).
    min_length: int | None = None
    max_length: int | None = None
    min_bytes: int | None = None
    max_bytes: int | None = None
    pattern: str | None = None
    #: The values allowed (a closed enum).
    enum: tuple[Any, ...] | None = None


@attrs.frozen
class Operation:
    """One operation of the spec: where it lives, what it takes, what it answers."""

    operation_id: str
    method: str
    path: str
    tag: str
    name: str
    summary: str
    params: tuple[Param, ...]
    #: ``module:Class`` of the generated model of the envelope's ``data``; "" for a file.
    data_model: str
    #: The ``data`` of the spec's first 200 example (the fake server serves it for operations it does not emulate).
    example: Any = None
    #: Per-operation server from the spec (``servers`` on the operation), when it differs from the API's.
    server: str | None = None
    #: The answer is a file (bytes), or a redirect to it; an API error is still the JSON envelope.
    binary: bool = False
    #: False for ``security: []`` (oauth/token): sent without ``access_token``, ``timestamp`` and ``nonce``.
    signed: bool = True
    #: ``x-secret-answer``: the answer carries secrets (tokens), so no error ever keeps its body.
    secret_answer: bool = False
    #: ``x-cli``: ``generated`` (a command from the spec) or ``handwritten`` (the CLI has its own).
    cli: str = "generated"
    #: The JSON body (``requestBody`` with ``application/json``), an object whose members are the method's keyword
    #: arguments beside the query parameters; None: no body.
    body: Schema | None = None
    #: Whether the body is required (``requestBody.required``).
    body_required: bool = False
    #: ``x-idempotent`` (default: true for GET, false otherwise): whether an attempt whose outcome is unknown
    #: (a timeout after the request went out, a dropped connection, a 5xx) may be sent again. A write that is
    #: not idempotent is re-sent only when the failure proves the server did not process it.
    idempotent: bool = True
    #: The first example of the request body (what the CLI's help and the docs show).
    body_example: Any = None
    #: A paged list (``page``/``page_size`` parameters, ``data.list`` and ``data.page_info`` in the answer): the
    #: member of an item that identifies it across pages (``x-item-key``; "" when items have none, as report rows).
    #: None: not paged.
    item_key: str | None = None

    @property
    def paged(self) -> bool:
        """Whether the operation answers a page of a list (it gets ``iterate``)."""
        return self.item_key is not None

    @property
    def secret_params(self) -> frozenset[str]:
        """The parameters whose values are redacted (``x-secret``)."""
        return frozenset(p.name for p in self.params if p.secret)

    @property
    def body_fields(self) -> Mapping[str, Schema]:
        """The body's members (the method's keyword arguments beside the query parameters); empty without a body."""
        return {} if self.body is None else self.body.properties

    def decoder(self) -> Callable[[dict[str, Any]], Any]:
        """The generated decoder of the answer's ``data`` (``decoders``, imported on first use; a file: none)."""
        if self.binary:
            return _no_data
        from tencent_ads_generated.decoders import DECODERS

        return DECODERS[self.operation_id]

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _no_data(data: dict[str, Any]) -> Any:
    return data


@attrs.frozen
class TaskFamily:
    """Asynchronous jobs of one kind (``x-task`` on the operation that lists them): what creates one, what polls
    them, which statuses are terminal and where their files come from — ``async_tasks`` and ``async_reports`` alike.
    """

    #: The tag whose resource gets ``wait``, ``wait_many``, ``find_created`` and ``download_files``.
    tag: str
    #: The paged GET listing the jobs (filtered by ``task_id``), the POST creating one, the GET of one file.
    poll: str
    create: str
    files: str
    #: The key of the poll operation's :class:`FilterRules` (its ``IN`` chunk is one poll's request).
    filtering: str
    #: The statuses after which a job never changes (the status enum's ``x-terminal``).
    terminal: frozenset[str]
