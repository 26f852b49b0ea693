"""JSON text exactly as `json.dumps(value, ensure_ascii=False, indent=1)` writes it, made faster.

With `indent`, the standard library encodes in Python generators, one per list and dict: for the
10,000 events of /api/events.json that was most of a build after a one-note edit (1.5 s). Here the
same text is built by plain recursion, strings still escaped by the C `encode_basestring`. Anything
this does not know (a key that is not a string, a type outside JSON's) goes to json.dumps itself.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring

_INDENT = " "


class _Unusual(Exception):
    """A value json.dumps handles in its own way: let it."""


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _text(value, level: int) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    inner = "\n" + _INDENT * (level + 1)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join([_text(v, level + 1) for v in value]) + "\n" + _INDENT * level + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            parts.append(encode_basestring(key) + ": " + _text(item, level + 1))
        return "{" + inner + ("," + inner).join(parts) + "\n" + _INDENT * level + "}"
    raise _Unusual


def indented_json(value, level: int = 0) -> str:
    """json.dumps(value, ensure_ascii=False, indent=1), with every line but the first indented by
    `level` more spaces (as the text of an item `level` deep in an indented list)."""
    try:
        return _text(value, level)
    except (_Unusual, RecursionError):
        text = json.dumps(value, ensure_ascii=False, indent=1)
        return text.replace("\n", "\n" + _INDENT * level) if level else text
