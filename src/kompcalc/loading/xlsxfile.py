"""Read an XLSX case list with openpyxl, streamed (read-only mode), never whole.

* The sheet is the one named ``Sager`` or ``Cases`` (any case), else the first.
* A formula is read as the value Excel saved with it. A formula with no saved value
  (a file written by a program that cannot compute) is marked :class:`Uncached`, so
  it is a located error rather than an empty cell: when the sheet has formulas at
  all, it is read a second time, in step, for the formulas themselves.
* Numbers come as Excel stores them (see :mod:`kompcalc.loading.cells`); a number
  formatted as a percentage is marked :class:`PercentCell`; an error value
  (``#DIV/0!``) :class:`ExcelError`; a date cell is a datetime.
* An old ``.xls`` file, a password-protected workbook (both are OLE compound files,
  not zip files) and a file that is not a workbook at all each get one line that
  says what to do.

openpyxl is imported here only, so commands that read no spreadsheet never load it.
"""

import re
import warnings
from collections.abc import Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any

from kompcalc.errors import KompcalcError
from kompcalc.loading.cells import ExcelError, PercentCell, Uncached
from kompcalc.loading.yamlio import OLE_MAGIC, ZIP_MAGIC, open_problem, too_large

SHEET_NAMES = ("sager", "cases")
"""The sheet a case list is read from, if the workbook has one of these (any case)."""

ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
"""The stream an encrypted (password-protected) OOXML file keeps its workbook in."""

_FORMULA = re.compile(rb"<(?:[A-Za-z0-9_]+:)?f[\s>/]")
"""A formula element in a sheet's XML (with or without a namespace prefix)."""

FORMULA_SCAN_BYTES = 1 << 20


def _kind_of(path: Path, file: str, max_bytes: int) -> None:
    """Refuse a file that is not an XLSX before openpyxl sees it, saying what it is."""
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
            size = handle.seek(0, 2)
            if size > max_bytes:
                raise too_large(file, size, max_bytes)
            if start == OLE_MAGIC:
                handle.seek(0)
                encrypted = _holds(handle, ENCRYPTED)
                raise KompcalcError.data("xlsx_encrypted" if encrypted else "xlsx_is_xls", file)
    except OSError as exc:
        raise open_problem(path, exc) from None
    if not start.startswith(ZIP_MAGIC):
        raise KompcalcError.data("xlsx_not_zip", file)


def _holds(handle: Any, needle: bytes) -> bool:
    tail = b""
    while chunk := handle.read(1 << 20):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle) :]
    return False


def _unreadable(file: str, exc: BaseException) -> KompcalcError:
    reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return KompcalcError.data("xlsx_unreadable", file, reason=reason)


class XlsxRows:
    """An open XLSX case list: iterate :meth:`rows`; :attr:`sheet` is the sheet read."""

    def __init__(self, path: Path, *, max_bytes: int) -> None:
        self.file = str(path)
        self.path = path
        _kind_of(path, self.file, max_bytes)
        self._books: list[Any] = []
        self.size = path.stat().st_size
        self._row = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                book = self._open(data_only=True)
                sheets = book.worksheets
                if not sheets:
                    raise KompcalcError.data("xlsx_no_sheet", self.file)
                named = [s for s in sheets if s.title.strip().casefold() in SHEET_NAMES]
                visible = [s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"]
                self._sheet = (named or visible or sheets)[0]
                self.sheet: str = self._sheet.title
                self.total = self._sheet.max_row or 0
                self._sheet.reset_dimensions()
                self._formulas = self._has_formulas()
            except KompcalcError:
                self.close()
                raise
            except Exception as exc:  # openpyxl's many ways to fail on a broken file
                self.close()
                raise _unreadable(self.file, exc) from None

    def _open(self, *, data_only: bool) -> Any:
        from openpyxl import load_workbook

        book = load_workbook(self.path, read_only=True, data_only=data_only)
        self._books.append(book)
        return book

    def _has_formulas(self) -> bool:
        """Whether the sheet's XML has any formula (read in chunks, not parsed).

        This uses openpyxl's own handle on the sheet's XML, which is not public API;
        should it change, every sheet is taken to have formulas (slower, as right).
        """
        tail = b""
        opener = getattr(self._sheet, "_get_source", None)
        if opener is None:  # pragma: no cover - another openpyxl
            return True
        with opener() as source:
            while chunk := source.read(FORMULA_SCAN_BYTES):
                if _FORMULA.search(tail + chunk):
                    return True
                tail = chunk[-16:]
        return False

    def tell(self) -> int:
        """How far the reading has come, in rows."""
        return self._row

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """Each row as (row number, cell values); a broken file ends with an error."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                yield from self._rows()
            except KompcalcError:
                raise
            except Exception as exc:
                raise _unreadable(self.file, exc) from None

    def _rows(self) -> Iterator[tuple[int, list[Any]]]:
        values = self._sheet.iter_rows()
        formulas: Iterator[Any] = iter(())
        if self._formulas:
            sheet = self._open(data_only=False)[self.sheet]
            sheet.reset_dimensions()
            formulas = sheet.iter_rows(values_only=True)
        number = 0
        for number, (cells, written) in enumerate(zip_longest(values, formulas), start=1):
            self._row = number
            yield number, [_value(c, written, i) for i, c in enumerate(cells or ())]

    def close(self) -> None:
        for book in self._books:
            book.close()
        self._books.clear()


def _value(cell: Any, written: Any, index: int) -> Any:
    value = cell.value
    if value is None:
        if cell.data_type == "str":  # a formula whose saved result is the empty text
            return None
        if written is not None and index < len(written):
            formula = written[index]
            if isinstance(formula, str) and formula.startswith("="):
                return Uncached(formula)
            if formula is not None and not isinstance(formula, (str, int, float, bool)):
                return Uncached(str(getattr(formula, "text", None) or "{=…}"))  # an array
        return None
    kind = cell.data_type
    if kind == "e":
        return ExcelError(value)
    if kind == "n" and isinstance(value, (int, float)) and "%" in (cell.number_format or ""):
        return PercentCell(value)
    return value
