"""One YAML scalar's value, as PyYAML's resolver reads it (YAML 1.1, as
``CSafeLoader``), with kompcalc's differences:

* a float becomes a :class:`~decimal.Decimal` from its source text (``114.68`` is
  exactly 114.68, never a float);
* a number YAML 1.1 reads in another base (``0250`` as octal 168, ``1:30`` as base
  60, ``0x1F``) is kept as the text written, an
  :class:`~kompcalc.core.modelbase.AmbiguousNumber` that number fields refuse;
* only the safe tags are read, and a tag whose constructor fails on the text
  (``!!bool maybe``) is :class:`Unreadable`, never an exception from PyYAML's inside.
"""

import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from kompcalc.core.modelbase import AmbiguousNumber

_SPECIAL_FLOATS = {
    ".inf": "Infinity",
    "+.inf": "Infinity",
    "-.inf": "-Infinity",
    ".nan": "NaN",
}

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_MERGE = "tag:yaml.org,2002:merge"
_SCALAR_TAGS = {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:binary",
}
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

RESOLVABLE = frozenset(k for k in yaml.resolver.Resolver.yaml_implicit_resolvers if k)
"""The first characters of a plain scalar that may be anything but text."""

# The two forms that make up nearly every number in kompcalc's files, resolved as
# PyYAML's resolver would (an int, or a float that kompcalc reads as a Decimal).
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_PLAIN_DECIMAL = re.compile(r"[-+]?[0-9]+\.[0-9]+\Z")
_OTHER_BASE = re.compile(
    r"[-+]?(?:0[0-9_]+|0[xob][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-9_]+)+(?:\.[0-9_]*)?)\Z"
)
"""An integer (or float) YAML 1.1 reads in another base: octal ``017``, ``0o17``,
hexadecimal ``0x1F``, binary ``0b101`` or base 60 ``1:30``."""

_ISO_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

MAX_INT_DIGITS = 1000
"""The longest plain integer read as an int; a longer one is read as a Decimal."""

MERGE_KEY = object()
"""The value of a ``<<`` merge key."""


class ScalarError(Exception):
    """A scalar that cannot be read: a text key, its line and values."""

    def __init__(self, key: str, line: int, **values: str) -> None:
        super().__init__(key)
        self.key, self.line, self.values = key, line, values


class Unreadable(ScalarError):
    """A scalar whose tag's constructor fails on its text (``!!bool maybe``)."""

    def __init__(self, line: int, text: str, tag: str) -> None:
        key = _UNREADABLE.get(tag, "yaml_bad_scalar")
        if key == "val_bad_date" and _ISO_SHAPE.fullmatch(text):
            key = "val_no_such_date"  # written as a date, but the calendar has not
        super().__init__(key, line, text=text, tag=tag)


_UNREADABLE = {
    "tag:yaml.org,2002:timestamp": "val_bad_date",
    "tag:yaml.org,2002:bool": "yaml_bad_bool",
    "tag:yaml.org,2002:int": "yaml_bad_number",
    "tag:yaml.org,2002:float": "yaml_bad_number",
}
"""The message for a scalar its tag's constructor refuses, by tag (others name the tag)."""


def scalar(event: Any) -> Any:
    """The value of a scalar ``event``; raises :class:`ScalarError`."""
    value: str = event.value
    tag = event.tag
    line = event.start_mark.line + 1
    if tag is None or tag == "!":
        if event.style or not event.implicit[0]:
            return value
        if value and value[0] not in RESOLVABLE:
            return value
        if _PLAIN_INT.match(value):
            # an int of thousands of digits cannot be made (Python's limit of 4300):
            # the exact Decimal of it is refused as too large where a number belongs
            return int(value) if len(value) <= MAX_INT_DIGITS else Decimal(value)
        if _PLAIN_DECIMAL.match(value):
            return Decimal(value)
        tag = _RESOLVER.resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if tag == _STR:
        return value
    if tag in (_INT, _FLOAT) and _OTHER_BASE.match(value):
        return AmbiguousNumber(value)  # octal, hexadecimal or base 60 in YAML 1.1
    if tag == _FLOAT:
        return _decimal(value, line)
    if tag == _MERGE:
        return MERGE_KEY
    if tag not in _SCALAR_TAGS:
        raise ScalarError("yaml_bad_tag", line, tag=tag)
    node = ScalarNode(tag, value, event.start_mark, event.end_mark)
    try:
        return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
    except Exception:  # PyYAML's constructors fail in many ways on odd text
        raise Unreadable(line, value, tag) from None


def _decimal(value: str, line: int) -> Decimal:
    text = value.replace("_", "")
    text = _SPECIAL_FLOATS.get(text.lower(), text)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ScalarError("yaml_bad_number", line, text=text) from None
