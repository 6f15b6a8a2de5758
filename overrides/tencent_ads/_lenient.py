"""Lenient reading of response bodies: the helpers of the generated decoders.

The generated models store what they receive: an id that arrives as the string
``"3173292726"`` (as in the docs' own example) would sit in a field annotated
``int``, and ``null`` for an object would crash ``from_dict``. So the client
does not call ``from_dict``: ``scripts/regenerate`` writes ``tencent_ads_generated.decoders``, one
function per model an answer can hold, each doing in the same pass only what
the spec asks of that model:

* a field typed ``LenientInteger`` holding a decimal string becomes ``int``
  (``"3173292726"`` → ``3173292726``); any other string is kept as it is
  (``"<ADGROUP_ID>"`` stays a string, the value is not lost);
* a ``LenientNumber`` holding a numeric string becomes ``float``;
* a known value of an open enum becomes the enum member, an unknown one stays
  the string it arrived as;
* a documented key whose value is ``null`` is treated as absent (an array of an
  answer's ``data`` reads ``[]``), a ``null`` in an array is skipped;
* an undocumented key is kept in the model's ``additional_properties``.

This module holds what those functions share.
"""

from __future__ import annotations

import re
from typing import Any, Final

# At most 20 digits: an int64 id has 19; a longer "number" is kept as the string it arrived as.
_DECIMAL: Final = re.compile(r"[+-]?[0-9]{1,20}")


def to_int(value: Any) -> Any:
    """``"42"`` → ``42``; anything else unchanged."""
    if isinstance(value, str):
        text = value.strip()
        if _DECIMAL.fullmatch(text):
            return int(text)
    return value


def to_float(value: Any) -> Any:
    """``"1.5"`` → ``1.5``; anything else unchanged."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def extra_keys(data: dict[str, Any], documented: frozenset[str]) -> dict[str, Any]:
    """The undocumented members of a JSON object (a model's ``additional_properties``)."""
    return {key: value for key, value in data.items() if key not in documented}


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def not_an_object(where: str, value: Any) -> TypeError:
    """What a decoder raises where the spec documents an object and the answer has something else."""
    return TypeError(f"{where}: expected an object, got {_kind(value)}")


def not_an_array(where: str, value: Any) -> TypeError:
    """What a decoder raises where the spec documents an array and the answer has something else."""
    return TypeError(f"{where}: expected an array, got {_kind(value)}")
