"""Find the cases of a plain case file in its text, without parsing it.

A case file as kompcalc writes it, and as nearly every jobcentre's file looks, is a
top-level ``cases:`` key whose items each begin on a line of their own, at one
indentation, with ``- `` and the item's first key::

    title: Sager 2026
    cases:
      - id: sag-1
        ...
      - id: sag-2

:func:`scan` finds that key, where every item begins (its byte offset and line) and
where the list ends, from the bytes alone, so that the items can be parsed in chunks
and on two cores (:mod:`kompcalc.loading.fastcases`). Anything else (documents, a key
after the list, a list in flow style, an item whose first line holds only ``-``) gives
None, and the file is read by the precise reader.

The scan is a claim about the file, not a proof: the fast reader checks it (the number
of items each chunk parses to must be the number the scan found), and falls back on
the precise reader when it does not hold.
"""

import re
from dataclasses import dataclass

_CASES_LINE = re.compile(rb"cases:[ ]*(?:#[^\n]*)?\r?\n")
_FIRST_ITEM = re.compile(rb"^([ ]*)-[ ]+[^ #\r\n]", re.MULTILINE)
_OTHER_BREAKS = ((b"\xc2", (b"\xc2\x85",)), (b"\xe2", (b"\xe2\x80\xa8", b"\xe2\x80\xa9")))
"""NEL, LS and PS in UTF-8, by their first byte: line breaks libyaml counts and this
scan does not."""
_SKIPPED = re.compile(rb"(?:[ ]*(?:#[^\n]*)?\r?\n)*")
"""Blank lines and comment lines."""


@dataclass(frozen=True)
class CaseLayout:
    """Where the cases of a file are: ``starts[i]`` is the byte offset of item i's
    line and ``lines[i]`` its line number (from 1); ``end`` is where the list ends
    (the file's end, but for trailing blank and comment lines); ``head`` is the text
    before the first item (the top mapping's other keys and the ``cases:`` line)."""

    head: bytes
    starts: tuple[int, ...]
    lines: tuple[int, ...]
    end: int
    indent: int

    def span(self, index: int) -> tuple[int, int]:
        """The byte range of item ``index``."""
        last = index + 1 == len(self.starts)
        return self.starts[index], self.end if last else self.starts[index + 1]


def _other_break(data: bytes) -> bool:
    """Whether ``data`` has a line break other than LF and CRLF (a lone CR, NEL, LS or
    PS). Substring searches and counts, each a fast pass in C: a regular expression
    for the same took 0.17 s on 40 MB. A file without a mark's first byte is not
    searched for the mark: a byte is found by ``memchr`` (2 ms on 40 MB), where a
    search for two or three bytes took 26 to 33 ms each."""
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return True
    return any(
        first in data and any(mark in data for mark in marks) for first, marks in _OTHER_BREAKS
    )


def scan(data: bytes) -> CaseLayout | None:
    """The layout of the case list in ``data``; None if the file is not of the plain
    shape this module reads (see the module's text), or if it has a line break other
    than LF and CRLF (its lines would not be the precise reader's)."""
    at = 0 if data.startswith(b"cases:") else data.find(b"\ncases:") + 1
    key = _CASES_LINE.match(data, at) if at or data.startswith(b"cases:") else None
    if key is None:
        return None  # a later key at the top would end the list, which the scan refuses
    first_at = _SKIPPED.match(data, key.end()).end()  # type: ignore[union-attr]
    first = _FIRST_ITEM.match(data, first_at)
    if first is None:
        return None
    indent = len(first.group(1))
    head = data[:first_at]
    if b"\t" in head or b"---" in head or head.startswith(b"%"):
        return None
    if _other_break(data):
        return None  # the lines would not be libyaml's
    # (each pattern begins with the newline before the line: five times faster than ^)
    # a line that begins an item: exactly the indentation, a dash, a space, content
    item = re.compile(rb"\n {%d}-[ ]+[^ #\r\n]" % indent)
    # a line that is neither an item, nor deeper, nor blank, nor a comment: the list ends
    ending = re.compile(rb"\n(?! {%d}-[ \r\n]| {%d}|[ ]*(?:#|\r?\n|\Z))" % (indent, indent + 1))
    stop = ending.search(data, first_at)
    end = len(data) if stop is None else stop.start()
    if end != len(data):
        return None  # something follows the list: the precise reader reads such a file
    starts = [first_at]
    lines = [data.count(b"\n", 0, first_at) + 1]
    line, at = lines[0], first_at
    for match in item.finditer(data, first_at, end):
        begin = match.start() + 1
        line += data.count(b"\n", at, begin)
        at = begin
        starts.append(begin)
        lines.append(line)
    return CaseLayout(head, tuple(starts), tuple(lines), end, indent)
