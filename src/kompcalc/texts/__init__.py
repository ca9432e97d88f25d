"""Every text kompcalc shows a user, in Danish (default) and English, and the one place
where a message becomes text.

``t(lang, key, **values)`` formats one text; a field with a spec ``one|many`` is the
word for its count (``"{count} {count:sag|sager}"`` gives "1 sag" and "2 sager").
:func:`say` translates a
:class:`~kompcalc.errors.Message` and formats its numbers in the reader's language
(``22,5`` in Danish); :func:`located` adds a problem's place. Keys starting with
``val_`` double as pydantic error types (see :func:`kompcalc.core.modelbase.invalid`);
keys starting with ``pyd_`` translate pydantic's own error types.
"""

import re
import string
from datetime import date
from decimal import Decimal
from importlib import import_module
from typing import Any

from kompcalc.errors import Message, Problem
from kompcalc.fmt import day, number

LANGS = ("da", "en")

MODULES = (
    "cli",
    "output",
    "business",
    "files",
    "report",
    "sheets",
    "caselists",
    "casetable",
    "sensitivity",
    "help_screens",
    "help_options",
    "schema",
    "workbook",
)
"""The modules holding the texts, each a ``TEXTS`` dict of key -> (Danish, English) and
no key in two of them. A module is imported when a key is first looked up that the
modules before it do not hold (those a single case needs come first), so a command
loads only the texts up to the last it shows."""

_FOUND: dict[str, tuple[str, str]] = {}
"""The texts of the modules imported so far."""

_UNREAD = list(MODULES)
"""The modules not imported yet, in order."""


def _find(key: str) -> tuple[str, str] | None:
    """Text ``key``, importing the text modules after those read until one holds it."""
    found = _FOUND.get(key)
    while found is None and _UNREAD:
        module = import_module(f"{__name__}.{_UNREAD.pop(0)}")
        _FOUND.update(module.TEXTS)
        found = _FOUND.get(key)
    return found


def __getattr__(name: str) -> Any:
    """``TEXTS``: every text, key -> (Danish, English), every module imported."""
    if name == "TEXTS":
        _find("")  # no text has the empty key: imports them all
        return _FOUND
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters other than a line break or a tab (ESC among them): they must
never reach a terminal raw, and no text in a file may hold one."""


class _Formatter(string.Formatter):
    """``str.format`` with singular and plural: ``{count:case|cases}``."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, _, many = format_spec.partition("|")
            return one if _is_one(value) else many
        return str(super().format_field(value, format_spec))


def _is_one(value: Any) -> bool:
    """Whether a count takes the singular: 1 (as a number or as shown, "1")."""
    if isinstance(value, str):
        return value.strip() in ("1", "1,00", "1.00")
    return bool(value == 1)


_FORMATTER = _Formatter()


def template(lang: str, key: str) -> str:
    """The unformatted text ``key`` in ``lang`` ("da" or "en")."""
    pair = _FOUND.get(key) or _find(key)
    if pair is None:
        raise KeyError(key)
    return pair[1] if lang == "en" else pair[0]


COUNTS = frozenset({"count", "computed", "failed", "checked", "mismatches", "never", "negative"})
"""The names under which texts take a count of cases, cells, problems …: a whole number
given there is shown grouped in the reader's format (30.000 sager). Other whole numbers
(a year, a line) are shown as they are."""


def t(lang: str, key: str, /, **values: Any) -> str:
    """The text ``key`` in ``lang``, formatted with ``values``."""
    counted = {name: _count(name, value, lang) for name, value in values.items()}
    text = template(lang, key)
    if "|" not in text:  # no plural: str.format does the same, in C
        return text.format_map(counted)
    return _FORMATTER.vformat(text, (), counted)


def _count(name: str, value: Any, lang: str) -> Any:
    if name in COUNTS and type(value) is int:
        return number(Decimal(value), lang, 0)
    return value


def has(key: str) -> bool:
    """Whether ``key`` is a known text."""
    return key in _FOUND or _find(key) is not None


def shown(value: Any, lang: str) -> str:
    """A message's value as the reader expects it: numbers in their format."""
    if isinstance(value, Message):
        return say(value, lang)
    if isinstance(value, Decimal):
        return number(value, lang)
    if isinstance(value, date):
        return day(value, lang)
    return "" if value is None else str(value)


def say(message: Message, lang: str) -> str:
    """``message`` in ``lang``, on one line."""
    values = {
        name: value if name in COUNTS and type(value) is int else shown(value, lang)
        for name, value in message.values
    }
    return one_line(t(lang, message.key, **values))


_SPACED = str.maketrans(dict.fromkeys("\n\r\t\u2028\u2029", " "))
"""Line breaks (LF, CR, LS, PS) and tabs, each as a space."""


def one_line(text: str) -> str:
    """``text`` safe for a terminal and a log: line breaks (also Unicode's line and
    paragraph separators) and tabs become spaces, and other control characters (an
    ESC from a case file) are shown escaped."""
    if text.isprintable():  # nearly always: nothing to do
        return text
    text = text.replace("\r\n", " ").translate(_SPACED)
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def problem_line(problem: Problem, lang: str) -> str:
    """``file:line: case: field: message``, with what is known of the place."""
    return say(problem.as_message(), lang)
