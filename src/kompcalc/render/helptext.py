"""A help screen as plain text: wrapped to a width, aligned in two columns, no line
longer than the width and none with trailing blanks, so it reads in a terminal and
pastes into a case note.

The screen's content (already in one language) is built by
:mod:`kompcalc.cli.helpscreen`; this module only lays it out.
"""

import re
import textwrap
from dataclasses import dataclass

INDENT = 2
"""Section content is indented this much; a copyable line (:class:`Code`) twice that."""
GAP = 2
"""Blanks between an option and its text."""
MAX_TERM = 22
"""An option longer than this gets its text on the next line."""
MIN_TEXT = 24
"""Narrower than this, an option's text goes under it rather than beside it."""
NOTE = re.compile(r'\[[^\]]*\]|"[^"]{1,30}"')
"""A note in brackets (``[standard: 36]``) or a short quote (``"Cobra CCTV=25000"``):
never split over two lines."""
KEEP = "\u00a0"
"""Joins the words of a note while the text is wrapped (textwrap never breaks at it)."""


@dataclass(frozen=True)
class Para:
    """A paragraph of running text."""

    text: str


@dataclass(frozen=True)
class Row:
    """An option, argument or command (``term``) and what it does."""

    term: str
    text: str


@dataclass(frozen=True)
class Code:
    """A line to copy as it is: a command, or a line of a file."""

    text: str


Item = Para | Row | Code


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Screen:
    usage: str
    """``Brug: kompcalc pa --hours TIMER [TILVALG]``"""
    about: tuple[str, ...]
    """Paragraphs under the usage line."""
    sections: tuple[Section, ...]


def layout(screen: Screen, width: int) -> str:
    """``screen`` as text lines of at most ``width`` characters."""
    width = max(width, 20)
    terms = [i.term for s in screen.sections for i in s.items if isinstance(i, Row)]
    fitting = [len(term) for term in terms if len(term) <= MAX_TERM]  # the rest stand alone
    column = INDENT + max(fitting, default=0) + GAP
    if width - column < MIN_TEXT:
        column = 0  # too narrow for two columns: each text under its option
    lines = _wrap(screen.usage, width, 0, _hanging(screen.usage))
    for paragraph in screen.about:
        lines += ["", *_wrap(paragraph, width, 0)]
    for section in screen.sections:
        lines += ["", *_wrap(f"{section.title}:", width, 0)]
        previous: Item | None = None
        for item in section.items:
            if isinstance(item, Para) and isinstance(previous, Row):
                lines.append("")  # a paragraph after a list stands apart from it
            lines += _item(item, width, column)
            previous = item
    return "".join(line.rstrip() + "\n" for line in lines)


def _hanging(usage: str) -> int:
    """Continuation lines of the usage line start under its first word after the label."""
    label, _, _ = usage.partition(" ")
    return len(label) + 1 if len(label) < 20 else 4


def _item(item: Item, width: int, column: int) -> list[str]:
    if isinstance(item, Para):
        return _wrap(item.text, width, INDENT)
    if isinstance(item, Code):
        return _wrap(item.text, width, 2 * INDENT, 2 * INDENT + 2, keep=True)
    if column == 0:  # stacked: the option on its own line, its text under it
        return [*_wrap(item.term, width, INDENT), *_wrap(item.text, width, 3 * INDENT)]
    if INDENT + len(item.term) + GAP > column:  # a long option: its text on the next line
        return [*_wrap(item.term, width, INDENT), *_wrap(item.text, width, column)]
    text = _wrap(item.text, width, column)
    return [(" " * INDENT + item.term).ljust(column) + text[0].lstrip(), *text[1:]]


def _wrap(
    text: str, width: int, indent: int, hanging: int | None = None, keep: bool = False
) -> list[str]:
    """``text`` wrapped to ``width``, the first line indented ``indent`` and the rest
    ``hanging`` (default: the same). ``keep`` breaks only a line too long to fit."""
    rest = indent if hanging is None else hanging
    if keep and indent + len(text) <= width:
        return [" " * indent + text]
    if not keep:  # a copyable line too long to fit breaks at its blanks, as any
        text = NOTE.sub(lambda note: note.group().replace(" ", KEEP), text)
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * rest,
        break_on_hyphens=False,
        break_long_words=True,
    )
    return [line.replace(KEEP, " ") for line in wrapper.wrap(text)] or [""]
