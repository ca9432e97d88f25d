"""A case list read case by case, whatever its format: YAML or JSON (a case file),
XLSX or CSV (a spreadsheet, one row per case), chosen by the file's suffix.

:func:`open_case_list` gives a :class:`CaseSource`: iterate :meth:`~CaseSource.items`
for each case's data as an :class:`~kompcalc.loading.lines.Item` (its position, line or
row, and a locator that finds the line or cell of every field), then call
:meth:`~CaseSource.header` for what the list says beside its cases.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from kompcalc.core.cases import CaseFile
from kompcalc.errors import KompcalcError, Message, Problem, msg
from kompcalc.loading.lines import Item, LineIndex
from kompcalc.loading.sheetrows import Layout
from kompcalc.loading.validation import problems_from
from kompcalc.loading.yamlio import ZIP_MAGIC, YamlStream, open_yaml

CASES_KEY = "cases"
"""The key of the case list in a case file."""

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
"""Suffixes read as a spreadsheet; every other suffix is read as YAML (or JSON)."""

REFUSED_SUFFIXES = {".xls": "xlsx_is_xls", ".ods": "sheet_ods", ".numbers": "sheet_ods"}
"""Spreadsheet formats kompcalc cannot read, and what to say about each."""


@dataclass(frozen=True)
class Header:
    """What a case list holds beside its cases: its title, description, organisation
    and author, what is wrong with those (a misspelt key), and notes on how it was
    read (a CSV file's encoding)."""

    title: str | None
    description: str | None
    problems: tuple[Problem, ...]
    organisation: str | None = None
    author: str | None = None
    notes: tuple[Message, ...] = ()


class CaseSource(Protocol):
    """A case list being read: its cases, then what it says beside them."""

    rows: bool
    """Whether its places are spreadsheet rows (else lines of a text file)."""

    def items(self) -> Iterator[Item]: ...

    def header(self, count: int) -> Header:
        """What the list holds beside its ``count`` cases; raises if it holds none."""
        ...

    def progress(self) -> tuple[int, int]:
        """(done, total) so far, in bytes or rows."""
        ...

    def close(self) -> None: ...


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class YamlSource:
    """A YAML or JSON case file: the list under ``cases``, streamed."""

    rows = False

    def __init__(
        self, path: Path, *, max_bytes: int, keep: Callable[[int], bool] | None = None
    ) -> None:
        self.file = str(path)
        self._handle = open_yaml(path, max_bytes=max_bytes)
        self._size = path.stat().st_size
        self._stream = YamlStream(
            self._handle, file=self.file, key=CASES_KEY, keep=keep, label_key="id"
        )

    def items(self) -> Iterator[Item]:
        return self._stream.items()

    def progress(self) -> tuple[int, int]:
        return self._handle.buffer.tell(), self._size

    def close(self) -> None:
        self._handle.close()

    def header(self, count: int) -> Header:
        return yaml_header(self._stream.root, self._stream.index, self.file, count)


def yaml_header(root: Any, index: LineIndex, file: str, count: int) -> Header:
    """What a YAML case file with ``count`` cases holds beside them, from its top
    mapping ``root``; raises if the file is no case file or holds no cases."""
    if root is None:
        raise KompcalcError.data("file_empty", file)
    if not isinstance(root, dict):
        raise KompcalcError.data("case_file_not_mapping", file, 1)
    no_cases = Problem(msg("case_file_no_cases"), file=file)
    if CASES_KEY not in root:
        raise KompcalcError(no_cases)
    file_problems = _header_problems(root, index, file)
    if not count or not isinstance(root[CASES_KEY], list):  # no cases to show
        raise KompcalcError(*(file_problems or [no_cases]))
    return Header(
        _text(root.get("title")),
        _text(root.get("description")),
        tuple(file_problems),
        organisation=_text(root.get("organisation")),
        author=_text(root.get("author")),
    )


def _header_problems(root: dict[Any, Any], index: LineIndex, file: str) -> list[Problem]:
    """What is wrong beside the cases: a misspelt key, a title that is not text."""
    rest = dict(root)
    if isinstance(root.get(CASES_KEY), list):
        rest[CASES_KEY] = []
    try:
        CaseFile.model_validate(rest)
    except ValidationError as exc:
        return problems_from(exc, root, file=file, index=index, model=CaseFile)
    return []


class SheetSource:
    """An XLSX or CSV case list: one case per row below the header row."""

    rows = True

    def __init__(
        self, path: Path, *, max_bytes: int, keep: Callable[[int], bool] | None = None
    ) -> None:
        from kompcalc.loading.csvfile import CsvRows

        self.file = str(path)
        self._keep = keep
        self._meta: dict[str, str] = {}
        self._layout: Layout | None = None
        self._notes: tuple[Message, ...] = ()
        self._reader: Any
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from kompcalc.loading.xlsxfile import XlsxRows

            self._reader = XlsxRows(path, max_bytes=max_bytes)
            self._sheet: str | None = self._reader.sheet
            self._total = self._reader.total
        else:
            self._reader = CsvRows(path, max_bytes=max_bytes)
            self._sheet = None
            self._total = self._reader.size
            self._notes = (self._reader.note,)

    def items(self) -> Iterator[Item]:
        from kompcalc.loading.sheetrows import find_layout

        rows = iter(self._reader.rows())
        layout = find_layout(rows, file=self.file, sheet=self._sheet)
        self._layout = layout
        self._meta = layout.meta
        keep = self._keep
        position = 0
        for number, cells in rows:
            if layout.is_blank(cells) or layout.is_comment(cells):
                continue
            if keep is not None and not keep(position):
                yield Item(position, None, number, None, label=layout.label(cells))
            else:
                read = layout.case(number, cells)
                yield Item(position, read.data, number, read.index, problems=read.problems)
            position += 1

    def progress(self) -> tuple[int, int]:
        return self._reader.tell(), self._total

    def close(self) -> None:
        self._reader.close()

    def header(self, count: int) -> Header:
        if not count:
            raise KompcalcError.data("sheet_no_cases", self.file)
        meta = self._meta
        notes = self._notes
        if self._layout is not None and self._layout.thousands:
            cell, text = self._layout.thousands[0]
            value = text.replace(".", "")
            count = len(self._layout.thousands)
            place = cell.reference or msg("place_row_header", row=cell.row, header=cell.header)
            notes += (
                msg("note_sheet_thousands", count=count, place=place, text=text, value=value),
            )
        return Header(
            meta.get("title"),
            meta.get("description"),
            (),
            organisation=meta.get("organisation"),
            author=meta.get("author"),
            notes=notes,
        )


def open_case_list(
    path: Path, *, max_bytes: int, keep: Callable[[int], bool] | None = None
) -> CaseSource:
    """The case list at ``path``, read by its suffix (see the module docstring)."""
    suffix = path.suffix.lower()
    refused = REFUSED_SUFFIXES.get(suffix)
    if refused is not None:
        raise KompcalcError.data(refused, str(path))
    if suffix in SHEET_SUFFIXES:
        return SheetSource(path, max_bytes=max_bytes, keep=keep)
    if _starts_with(path, ZIP_MAGIC):  # a workbook without its suffix
        raise KompcalcError.data("sheet_needs_suffix", str(path))
    return YamlSource(path, max_bytes=max_bytes, keep=keep)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:  # reading it as YAML then says why
        return False
