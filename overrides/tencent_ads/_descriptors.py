"""What the spec says about an operation, in the shapes the client enforces — filled in by generated code.

``scripts/regenerate`` reads the canonical spec and writes ``_spec_data.py``:
one :class:`Operation` per operation (its parameters with their kinds and
bounds, its response model, its doc example) and one
:class:`FilterRules` per filter schema (counts, byte bounds, forbidden
characters, the per-field ``if``/``then`` rules). Nothing here restates a rule:
edit the spec, regenerate, and the client enforces the new rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

#: How a parameter goes on the wire and is checked: an int64 ``integer`` (``minimum``/``maximum``), a
#: ``string``, ``filtering`` (compact JSON checked by :class:`FilterRules`), or ``names`` (a compact JSON
#: list of non-empty strings, such as ``fields``).
ParamKind = Literal["integer", "string", "filtering", "names"]


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
    #: For a ``string``: the fewest characters (``minLength``).
    min_length: int | None = None
    #: For ``filtering``: the key of its :class:`FilterRules`; for ``names``: the forbidden characters.
    rules: str | None = None
    #: ``x-secret`` in the spec: the value is redacted like the access token (never in a repr or an error).
    secret: bool = False
    description: str = ""


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

    @property
    def secret_params(self) -> frozenset[str]:
        """The parameters whose values are redacted (``x-secret``)."""
        return frozenset(p.name for p in self.params if p.secret)

    def decoder(self) -> Callable[[dict[str, Any]], Any]:
        """The generated decoder of the answer's ``data`` (``_decoders``, imported on first use; a file: none)."""
        if self.binary:
            return _no_data
        from ._decoders import DECODERS

        return DECODERS[self.operation_id]

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _no_data(data: dict[str, Any]) -> Any:
    return data
