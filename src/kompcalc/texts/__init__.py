"""Every text kompcalc shows a user, in Danish (default) and English, and the one place
where a message becomes text.

``t(lang, key, **values)`` formats one text; :func:`say` translates a
:class:`~kompcalc.errors.Message` and formats its numbers in the reader's language
(``22,5`` in Danish); :func:`located` adds a problem's place. Keys starting with
``val_`` double as pydantic error types (see :func:`kompcalc.core.modelbase.invalid`);
keys starting with ``pyd_`` translate pydantic's own error types.
"""

import re
from datetime import date
from decimal import Decimal
from typing import Any

from kompcalc.errors import Message, Problem
from kompcalc.fmt import day, number
from kompcalc.texts import caselists, cli, files, output, report, sheets

LANGS = ("da", "en")

TEXTS: dict[str, tuple[str, str]] = {
    **cli.TEXTS,
    **report.TEXTS,
    **files.TEXTS,
    **output.TEXTS,
    **sheets.TEXTS,
    **caselists.TEXTS,
}
"""Every text: key -> (Danish, English)."""

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters other than a line break or a tab (ESC among them): they must
never reach a terminal raw, and no text in a file may hold one."""


def template(lang: str, key: str) -> str:
    """The unformatted text ``key`` in ``lang`` ("da" or "en")."""
    da, en = TEXTS[key]
    return en if lang == "en" else da


def t(lang: str, key: str, /, **values: Any) -> str:
    """The text ``key`` in ``lang``, formatted with ``values``."""
    return template(lang, key).format(**values)


def has(key: str) -> bool:
    """Whether ``key`` is a known text."""
    return key in TEXTS


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
    values = {name: shown(value, lang) for name, value in message.values}
    return one_line(t(lang, message.key, **values))


def one_line(text: str) -> str:
    """``text`` safe for a terminal and a log: line breaks and tabs become spaces, and
    other control characters (an ESC from a case file) are shown escaped."""
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def problem_line(problem: Problem, lang: str) -> str:
    """``file:line: case: field: message``, with what is known of the place."""
    return say(problem.as_message(), lang)
