"""Query strings: exactly what :func:`urllib.parse.urlencode` writes, without its cost for the usual values.

``urlencode`` quotes every key and value (``quote_plus``: three Python calls and a bytes round trip each), about
1.5 µs apiece; a page of a listing has six, and iterate() prepares a new call for each page. Names, ids, page
numbers and the nonce are almost always made of characters that quoting leaves as they are (letters, digits,
``_.-~``): an exact ``str`` made only of those, or an exact ``int``, is written as it stands; anything else — a
subclass (whose ``str()`` may differ from its characters), bytes, other text — goes through ``quote_plus`` as in
``urlencode``. The output is the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote_plus

#: The characters ``quote_plus(text, safe="")`` leaves as they are (urllib's ``_ALWAYS_SAFE``), and nothing else.
_UNQUOTED: Final = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


def quote(text: str) -> str:
    """``quote_plus(text)``: ``text`` itself when it is a ``str`` (not a subclass) with nothing to quote."""
    return text if text.__class__ is str and _UNQUOTED(text) else quote_plus(text)


def encode(params: Mapping[Any, object]) -> str:
    """``urlencode(params)``: each key and value quoted as ``urlencode`` quotes it (``bytes`` as they are, anything
    else as its ``str()``)."""
    return "&".join(_quoted(key) + "=" + _quoted(value) for key, value in params.items())


def _quoted(value: object) -> str:
    if value.__class__ is int:
        return str(value)  # digits and "-": nothing to quote
    if isinstance(value, bytes):
        return quote_plus(value)
    return quote(value if value.__class__ is str else str(value))
