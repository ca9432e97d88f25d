"""Read a CSV case list as Danish Excel writes it, or as anything else does.

* **Encoding.** A byte-order mark says UTF-8 or UTF-16 (Excel's "Unicode text").
  Without one, a file that is valid UTF-8 is UTF-8, and anything else is
  Windows-1252, which Danish Excel writes by default ("CSV (semikolonsepareret)").
  Checking costs one fast pass over the bytes; the choice is reported in a note.
* **Separator.** ``;`` (Danish Excel), ``,`` or a tab: the one with which the header
  row has a ``Sag``/``Case`` column, tried in that order.
* **Rows** are numbered as Excel numbers them when it opens the file: one per record,
  so a quoted line break inside a cell does not shift the numbers.

A file that is not text at all (an XLSX renamed to ``.csv``, a binary file) is
refused with one line that says what it looks like.
"""

import codecs
import csv
import io
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO

from kompcalc.core.columns import MAX_HEADER_ROW, column_for, id_column
from kompcalc.errors import Cell, KompcalcError, Message, msg
from kompcalc.loading.lines import Place
from kompcalc.loading.yamlio import OLE_MAGIC, ZIP_MAGIC, open_problem, too_large

SEPARATORS = (";", ",", "\t")
"""The separators tried, in order."""

CHUNK = 1 << 20
"""Bytes read at a time when checking the encoding."""

MAX_FIELD = 1_000_000
"""The longest cell read (the csv module's default limit is 131,072 characters)."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _encoding(handle: IO[bytes], file: str) -> tuple[str, str, bool]:
    """(codec, name, has a byte-order mark) of the open file ``handle``."""
    start = handle.read(CHUNK)
    if start.startswith(ZIP_MAGIC):
        raise KompcalcError.data("csv_is_xlsx", file)
    if start.startswith(OLE_MAGIC):
        raise KompcalcError.data("csv_is_xls", file)
    for bom, codec, name in _BOMS:
        if start.startswith(bom):
            return codec, name, True
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = start
    utf8 = True
    while chunk:
        if b"\x00" in chunk:
            raise KompcalcError.data("csv_binary", file)
        if utf8:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8 = False
        chunk = handle.read(CHUNK)
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:  # the file ends inside a character
            utf8 = False
    return ("utf-8", "UTF-8", False) if utf8 else ("cp1252", "Windows-1252", False)


def _separator(lines: list[str]) -> str:
    """The separator with which one of the first rows has the case-id column."""
    wanted = id_column()
    for separator in SEPARATORS:
        for cells in csv.reader(lines, delimiter=separator):
            if any(column_for(c) == wanted for c in cells if c.strip()):
                return separator
    first = next((line for line in lines if line.strip()), "")
    return max(SEPARATORS, key=first.count)


class CsvRows:
    """An open CSV case list: iterate :meth:`rows`; :attr:`note` says how it was read."""

    def __init__(self, path: Path, *, max_bytes: int) -> None:
        self.file = str(path)
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise open_problem(path, exc) from None
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise too_large(self.file, size, max_bytes)
            try:
                codec, self.encoding, bom = _encoding(handle, self.file)
            except OSError as exc:
                raise open_problem(path, exc) from None
            handle.seek(0)
            self._text = io.TextIOWrapper(handle, encoding=codec, newline="", errors="strict")
            try:
                head = [self._text.readline() for _ in range(MAX_HEADER_ROW)]
            except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined: not text
                raise KompcalcError.data("csv_binary", self.file) from None
            self.separator = _separator(head)
            self._text.seek(0)
        except BaseException:
            handle.close()
            raise
        self._bytes = handle
        self.size = size
        self.bom = bom

    @property
    def note(self) -> Message:
        name = {";": "sep_semicolon", ",": "sep_comma", "\t": "sep_tab"}[self.separator]
        return msg("note_csv_read", file=self.file, encoding=self.encoding, separator=msg(name))

    def tell(self) -> int:
        try:
            return self._bytes.tell()
        except (OSError, ValueError):  # pragma: no cover - a closed or odd file
            return 0

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Each record as (row number, cells); a broken record ends with an error."""
        csv.field_size_limit(MAX_FIELD)
        reader = csv.reader(self._text, delimiter=self.separator, strict=True)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                yield number, cells
        except csv.Error as exc:
            row = number + 1
            if "field larger" in str(exc):
                text = msg("csv_long_cell", limit=Decimal(MAX_FIELD))
            else:
                text = msg("csv_broken_row", reason=str(exc))
            where = Place(self.file, row, Cell(None, row))
            raise KompcalcError(where.problem(text, None, None)) from None
        except UnicodeDecodeError:  # UTF-16 with an odd byte at the end
            raise KompcalcError.data("csv_binary", self.file) from None

    def close(self) -> None:
        self._text.close()
