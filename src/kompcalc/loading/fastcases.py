"""Read a range of a case file's items fast: yaml-rs on chunks, libyaml where it counts.

The precise reader (:mod:`kompcalc.loading.composer`, on libyaml's events) knows the
line of every key, and reads YAML 1.1 as kompcalc always has. It is also most of a
large batch's time. This reader takes the items :func:`~kompcalc.loading.casescan.scan`
found and parses them in chunks of :data:`CHUNK_ITEMS` with yaml-rs, a YAML 1.2 parser
in Rust, several times faster, which gives plain data without lines.

The data handed on is the data the precise reader gives, or the item is read by the
precise reader:

* **Where YAML 1.1 (as kompcalc reads it) and 1.2 may differ, the precise reader
  reads.** Two checks send an item there:
  * its text holds one of :data:`_RARE`'s characters: anchors, aliases, tags, merge
    keys, escapes, tabs, block scalars, control characters, a BOM, Unicode line
    breaks and other odd characters (a CRLF file is fine; :func:`~kompcalc.loading.
    casescan.scan` leaves a file with a lone CR to the precise reader);
  * its plain scalars that may be a number or a truth value (after ``:``, ``- ``,
    ``[``, ``{``, ``,`` or at a line's start) are not, one for one, the numbers
    yaml-rs read, each as Python writes it back (a decimal with trailing zeros aside,
    below). So ``0250``, ``0x1F``, ``5.``, ``.5``, ``+5``, ``1_000``, ``12:30``, a
    date, ``yes``/``no``/``on``/``off``, a number of 16 digits or more, and a float
    Python writes with an exponent (``1e-05``, which YAML 1.1 reads as text), never
    pass. Quoted text or a comment that looks like a plain number can only send an
    item to the precise reader too, never let one through: every plain number is
    among those found (:mod:`kompcalc.loading.written`).
* **Money stays exact.** yaml-rs gives a number with a point as a float; each is
  given as the Decimal written, or the item is read precisely
  (:mod:`kompcalc.loading.written`).
* **An id keeps the text written**: an item whose ``id`` yaml-rs does not read as text
  (``007``, ``1.50``) is read precisely.
* **Lines:** each item's line is known from the scan. An item that fails, or whose
  ``expected`` block is checked, needs the line of a field; the batch then reads it
  again precisely (:attr:`~kompcalc.loading.lines.Item.precise`).

A chunk yaml-rs cannot read, or reads to another number of items than the scan found,
is read precisely as a whole. Text the precise reader cannot read raises
:class:`FastFailed`, and the batch reads the whole file precisely, so that its
message is the one a user always gets.
"""

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from kompcalc.errors import KompcalcError
from kompcalc.loading.casescan import CaseLayout
from kompcalc.loading.composer import Composer
from kompcalc.loading.lines import Item, LineIndex, Place
from kompcalc.loading.written import NotPlain, as_written, exact

yaml_rs: Any
try:
    import yaml_rs
except ImportError:  # pragma: no cover - a platform without a yaml-rs wheel
    yaml_rs = None

CHUNK_ITEMS = 500
"""Items parsed at a time: enough to make yaml-rs's call cheap, few enough to keep
memory flat."""

_RARE = re.compile(
    rb"[&*!\\\t|>%@`?<\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"  # anchors, aliases, tags, escapes,
    rb"|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf"  # block scalars; odd characters
)
"""Text that makes an item be read by the precise reader."""
_RARE_BYTES = bytes(b for b in range(0x20) if b not in b"\r\n") + b"&*!\\|>%@`?<\x7f\xc2\xe2\xef"
_SCREEN = bytes(0 if b in _RARE_BYTES else 1 for b in range(256))
"""A translation that makes every byte :data:`_RARE` may begin with a 0 (and so a
chunk without a 0 after it needs no search): ``bytes.translate`` is fast."""


class FastFailed(Exception):
    """The file holds text the precise reader refuses: read it all precisely."""


class _ItemLine:
    """The locator of an item read fast: every place is the item's own line. An item
    whose fields must be placed is read again precisely first."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line

    def place(self, data: object, path: object) -> Place:
        return Place(None, self.line)


class FastItems:
    """The items ``lo`` to ``hi`` (not included) of a scanned case file ``data``."""

    def __init__(self, data: bytes, layout: CaseLayout, lo: int, hi: int, *, file: str) -> None:
        self.data, self.layout, self.lo, self.hi, self.file = data, layout, lo, hi, file
        self.done = 0

    def items(self) -> Iterator[Item]:
        for first in range(self.lo, self.hi, CHUNK_ITEMS):
            last = min(first + CHUNK_ITEMS, self.hi)
            yield from self._chunk(first, last)
            self.done = self.layout.span(last - 1)[1] - self.layout.starts[self.lo]

    def progress(self) -> tuple[int, int]:
        layout = self.layout
        whole = layout.span(self.hi - 1)[1] - layout.starts[self.lo]
        return self.done, whole

    def _chunk(self, first: int, last: int) -> Iterator[Item]:
        layout, data = self.layout, self.data
        begin, end = layout.starts[first], layout.span(last - 1)[1]
        text = data[begin:end]
        careful = set()
        if 0 in text.translate(_SCREEN):
            careful = {_which(layout, first, begin + m.start()) for m in _RARE.finditer(text)}
        if len(careful) > (last - first) // 2:
            yield from self._precisely(first, last)
            return
        try:
            decoded = text.decode("utf-8")  # strict: yaml-rs would put in U+FFFD
        except UnicodeDecodeError as exc:
            raise FastFailed from exc  # the precise reader names the file as not UTF-8
        try:
            read = yaml_rs.loads(decoded, parse_datetime=False)
        except (ValueError, TypeError, RecursionError):  # yaml-rs refuses: the precise
            # reader says why (never Exception: a SIGTERM's Terminated must get through)
            read = None
        if type(read) is not list or len(read) != last - first:
            yield from self._precisely(first, last)
            return
        for index, raw in zip(range(first, last), read, strict=True):
            try:
                if index in careful or type(raw) is not dict or type(raw.get("id")) is not str:
                    raise NotPlain
                numbers: list[bytes] = []
                exact(raw, numbers)
                start, stop = layout.span(index)
                if not as_written(data[start:stop], raw, numbers):
                    raise NotPlain
            except NotPlain:
                yield from self._precisely(index, index + 1)
                continue
            line = layout.lines[index]
            yield Item(index, raw, line, _ItemLine(line), precise=self._again(index))

    def _again(self, index: int) -> Callable[[], Item]:
        def precise() -> Item:
            return next(self._precisely(index, index + 1))

        return precise

    def _precisely(self, first: int, last: int) -> Iterator[Item]:
        """Items ``first`` to ``last`` read by the precise reader, at their lines. Text it
        refuses raises :class:`FastFailed` (perhaps after some items were given): the
        batch then throws away all it read fast and reads the file precisely."""
        layout = self.layout
        begin, end = layout.starts[first], layout.span(last - 1)[1]
        try:
            text = b"cases:\n" + self.data[begin:end]
            composer = Composer(
                text.decode("utf-8"), file=self.file, stream_key="cases", label_key="id"
            )
            shift = layout.lines[first] - 2
            count = 0
            for item in composer.items():
                yield _shifted(item, first, shift)
                count += 1
        except (KompcalcError, UnicodeDecodeError) as exc:
            raise FastFailed from exc
        if count != last - first:
            raise FastFailed


def _which(layout: CaseLayout, first: int, offset: int) -> int:
    """The index of the item (from ``first`` on) that byte ``offset`` lies in."""
    return max(first, bisect_right(layout.starts, offset) - 1)


def _shifted(item: Item, first: int, shift: int) -> Item:
    """An item read from a piece of the file, at its place in the whole file."""
    index = item.index
    if isinstance(index, LineIndex):
        index.shift(shift)
    problems = tuple(
        dataclasses.replace(p, line=p.line + shift) if p.line else p for p in item.problems
    )
    return dataclasses.replace(
        item, position=item.position + first, line=item.line + shift, problems=problems
    )


def available() -> bool:
    """Whether the fast reader can run here (yaml-rs is installed)."""
    return yaml_rs is not None
