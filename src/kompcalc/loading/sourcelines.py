"""The lines of a YAML file read again after libyaml stopped, counted as libyaml
counts them, and what a hint asks of them (:mod:`kompcalc.loading.yamlhints`).

Lines and columns are counted from 0, as libyaml's marks are; a column is a
character, whatever its bytes; a BOM at the start is no column.
"""

import re
from typing import IO

BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
"""A line break as libyaml counts lines."""

MAX_REREAD = 16_000_000
"""At most this many characters are read again to find the lines of an error."""

_CHUNK = 1 << 16


def lines_up_to(source: str | IO[str], count: int) -> list[str]:
    """The first ``count`` lines of ``source``; fewer when it is shorter, and none
    when it cannot be read again (a pipe, or bytes that are not UTF-8 further on)."""
    if isinstance(source, str):
        text = source
    else:
        try:
            source.seek(0)
            chunks: list[str] = []
            breaks = size = 0
            while breaks <= count and size < MAX_REREAD:
                chunk = source.read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                breaks += len(BREAK.findall(chunk))
        except (OSError, ValueError):  # not seekable, closed, or not text after all
            return []
        text = "".join(chunks)
    lines = BREAK.split(text, maxsplit=count)[:count]
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    return lines


class SourceLines:
    """Lines of a file (see :func:`lines_up_to`); a line or column beyond them is empty."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def text(self, line: int) -> str:
        return self.lines[line] if 0 <= line < len(self.lines) else ""

    def char(self, line: int, column: int) -> str:
        text = self.text(line)
        return text[column] if 0 <= column < len(text) else ""

    def indent(self, line: int) -> int:
        """Where the line's content starts (after spaces and tabs)."""
        text = self.text(line)
        return len(text) - len(text.lstrip(" \t"))

    def first_tab(self, line: int) -> int | None:
        """The column of the first tab in the line's indentation, if there is one."""
        head = self.text(line)[: self.indent(line)]
        return head.index("\t") if "\t" in head else None

    def above(self, line: int) -> int | None:
        """The nearest line before ``line`` with content (not blank, not a comment)."""
        for number in range(min(line, len(self.lines)) - 1, -1, -1):
            if _has_content(self.lines[number]):
                return number
        return None

    def first(self) -> int | None:
        """The first line with content."""
        return next((n for n, text in enumerate(self.lines) if _has_content(text)), None)

    def opening_quote(self, line: int, column: int) -> tuple[int, int] | None:
        """Where the quoted text that the quote at (``line``, ``column``) closes begins:
        the nearest quote of its kind before it that is not written inside the text
        (``\\"`` in double quotes, ``''`` in single ones)."""
        quote = self.char(line, column)
        if not quote:
            return None
        for number in range(min(line, len(self.lines) - 1), -1, -1):
            text = self.lines[number]
            at = column if number == line else len(text)
            while at > 0:
                at = text.rfind(quote, 0, at)
                if at < 0:
                    break
                if quote == "'" and at > 0 and text[at - 1] == "'":
                    at -= 1  # '' is a quote inside the text
                    continue
                if quote == '"' and _backslashes_before(text, at) % 2:
                    continue  # \" is a quote inside the text
                return number, at
        return None


def _has_content(text: str) -> bool:
    content = text.strip(" \t")
    return bool(content) and not content.startswith("#")


def _backslashes_before(text: str, at: int) -> int:
    count = 0
    while at - count > 0 and text[at - count - 1] == "\\":
        count += 1
    return count
