"""A case list's rows read as cases, whatever the file (XLSX or CSV).

The rows come from a reader (:mod:`kompcalc.loading.csvfile`,
:mod:`kompcalc.loading.xlsxfile`) as (row number, cells). :func:`find_layout` reads
the rows above the header (title, description, organisation, author) and matches the
header row's columns (:mod:`kompcalc.core.columns`); :meth:`Layout.case` reads one row
into the data a :class:`~kompcalc.core.cases.Case` is validated from, and a
:class:`SheetIndex` that finds the cell of every field, so that a problem is shown at
its cell.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kompcalc.core.columns import (
    CASE,
    COLUMNS,
    EXPECTED,
    INTERVENTIONS,
    MAX_HEADER_ROW,
    META_BY_LABEL,
    NOTE_PREFIX,
    SAVINGS_KEY,
    Column,
    Kind,
    Savings,
    column_for,
    columns_of,
    id_column,
    known_headers,
    normal,
)
from kompcalc.errors import Cell, KompcalcError, Message, Problem, msg
from kompcalc.loading.cells import CellError, ExcelError, is_empty, read_cell
from kompcalc.loading.lines import Place
from kompcalc.loading.nearest import nearest

_NUMERIC = (Kind.NUMBER, Kind.WHOLE, Kind.ITEMS)
_THOUSANDS = re.compile(r"(?<![0-9.,])-?[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9.,])")
"""A number written with points between thousands and nothing else (``8.507``)."""

Row = tuple[int, Sequence[Any]]
"""A row's number (from 1) and its cells, from the first column."""

Path = tuple[int | str, ...]

REQUIRED = ("id", "benefit")
"""The keys whose columns every case list must have."""


@dataclass(frozen=True)
class Slot:
    """A column of the file: its position (from 0), what it holds, its header as written."""

    index: int
    column: Column | Savings
    header: str


class SheetIndex:
    """The cells of one row's fields, found by their path in the case's data."""

    def __init__(self, file: str, sheet: str | None, row: int, paths: dict[Path, Slot]) -> None:
        self.file = file
        self.sheet = sheet
        self.row = row
        self.paths = paths

    def place(self, data: object, path: Sequence[int | str]) -> Place:
        """The cell of the deepest element of ``path`` that has one; else the row."""
        steps = tuple(path)
        for end in range(len(steps), 0, -1):
            slot = self.paths.get(steps[:end])
            if slot is not None:
                return Place(self.file, self.row, self.cell(slot))
        return Place(self.file, self.row, Cell(self.sheet, self.row))

    def cell(self, slot: Slot) -> Cell:
        column = slot.index + 1 if slot.index >= 0 else None
        return Cell(self.sheet, self.row, column, slot.header)


@dataclass(frozen=True)
class RowCase:
    """One row read: the case's data, what could not be read, and where things are."""

    data: dict[str, Any]
    problems: tuple[Problem, ...]
    index: SheetIndex


@dataclass
class Layout:
    """The header row of a case list and what stands above it."""

    file: str
    sheet: str | None
    header_row: int
    slots: tuple[Slot, ...]
    meta: dict[str, str] = field(default_factory=dict)
    id_slot: Slot | None = None
    width: int = 0
    unheaded: tuple[int, ...] = ()
    """The columns left of :attr:`width` whose header is empty."""
    """How many columns the header row has: a filled cell right of them has no field."""
    thousands: list[tuple[Cell, str]] = field(default_factory=list)
    """Cells whose text had points as thousands separators (``8.507``), as read."""

    def __post_init__(self) -> None:
        self.by_column = {s.column: s for s in self.slots}
        self.lang = _lang_of(self.slots)
        self.fixed_paths = _fixed_paths(self.slots)
        self.group_slots = {g: tuple(self._group_slots(g)) for g in INTERVENTIONS}

    def is_blank(self, cells: Sequence[Any]) -> bool:
        """Whether a row has nothing in any known column (notes columns aside)."""
        return all(s.index >= len(cells) or is_empty(cells[s.index]) for s in self.slots)

    def is_comment(self, cells: Sequence[Any]) -> bool:
        """Whether a row's case id starts with ``#`` (the template's example)."""
        slot = self.id_slot
        if slot is None or slot.index >= len(cells):
            return False
        value = cells[slot.index]
        if isinstance(value, ExcelError):  # #N/A is Excel's, not the user's comment
            return False
        return isinstance(value, str) and value.strip().startswith(NOTE_PREFIX)

    def label(self, cells: Sequence[Any]) -> Any:
        """The row's case id cell, as written."""
        slot = self.id_slot
        if slot is None or slot.index >= len(cells) or is_empty(cells[slot.index]):
            return None
        try:
            return read_cell(Kind.ID, cells[slot.index])
        except CellError:
            return None

    def case(self, row: int, cells: Sequence[Any]) -> RowCase:
        """Row ``row`` read into a case's data."""
        index = SheetIndex(self.file, self.sheet, row, {})
        problems: list[Problem] = []
        groups: dict[str, dict[str, Any]] = {}
        firsts: dict[str, Slot] = {}
        flags: dict[str, tuple[bool, Slot]] = {}
        for slot in self.slots:
            column = slot.column
            group = EXPECTED if isinstance(column, Savings) else column.group
            firsts.setdefault(group, slot)
            raw = cells[slot.index] if slot.index < len(cells) else None
            if is_empty(raw):
                continue
            kind = Kind.NUMBER if isinstance(column, Savings) else column.kind
            if isinstance(raw, str) and kind in _NUMERIC and _THOUSANDS.search(raw):
                self.thousands.append((index.cell(slot), raw.strip()))
            try:
                value = read_cell(kind, raw)
            except CellError as exc:
                problems.append(_at(index, slot, exc.message))
                continue
            if isinstance(column, Savings):
                groups.setdefault(EXPECTED, {}).setdefault(SAVINGS_KEY, {})[column.months] = value
            elif column.key is None:  # a flag: whether the intervention is there
                flags[group] = (value, slot)
                if value:
                    groups.setdefault(group, {})
            else:
                groups.setdefault(group, {})[column.key] = value
        beyond = [
            i
            for i in (*self.unheaded, *range(self.width, len(cells)))
            if i < len(cells) and not is_empty(cells[i])
        ]
        if beyond:
            at = Cell(self.sheet, row, beyond[0] + 1, None)
            where = Place(self.file, row, at)
            problems.append(where.problem(msg("sheet_cell_beyond_header"), None, None))
        for group, (value, slot) in flags.items():
            if not value and groups.get(group):
                problems.append(_at(index, slot, msg("cell_flag_needed")))
        data = dict(groups.pop(CASE, {}))
        interventions: list[dict[str, Any]] = []
        for name in INTERVENTIONS:
            if name in groups:
                position = len(interventions)
                interventions.append({"kind": name, **groups[name]})
                index.paths[("interventions", position)] = firsts[name]
                for slot in self.group_slots[name]:
                    key = slot.column.key if isinstance(slot.column, Column) else None
                    if key is not None:
                        index.paths[("interventions", position, key)] = slot
                    else:
                        index.paths[("interventions", position, "kind")] = slot
        data["interventions"] = interventions
        if EXPECTED in groups:
            data["expected"] = groups[EXPECTED]
            index.paths[("expected",)] = firsts[EXPECTED]
        index.paths.update(self.fixed_paths)
        if not interventions and not problems:
            problems.append(index.place(data, ()).problem(msg("sheet_no_intervention"), None, None))
        return RowCase(data, tuple(problems), index)

    def _group_slots(self, group: str) -> Iterator[Slot]:
        """The slots of ``group``'s columns; a column the file does not have gets a
        slot with no position, so a problem with it names its header."""
        for column in columns_of(group):
            found = self.by_column.get(column)
            yield found if found is not None else Slot(-1, column, column.header(self.lang))


def _fixed_paths(slots: Sequence[Slot]) -> dict[Path, Slot]:
    """The cells of the case's own keys and of its expected figures: the same in
    every row."""
    paths: dict[Path, Slot] = {}
    for slot in slots:
        column = slot.column
        if isinstance(column, Savings):
            paths[("expected", SAVINGS_KEY, column.months)] = slot
        elif column.group == CASE and column.key is not None:
            paths[(column.key,)] = slot
        elif column.group == EXPECTED and column.key is not None:
            paths[("expected", column.key)] = slot
    return paths


def _lang_of(slots: Sequence[Slot]) -> str:
    """The language most of the headers are written in ("da" if as many)."""
    english = danish = 0
    for slot in slots:
        if isinstance(slot.column, Column):
            written, column = normal(slot.header), slot.column
            english += written == normal(column.en) != normal(column.da)
            danish += written == normal(column.da) != normal(column.en)
    return "en" if english > danish else "da"


def _at(index: SheetIndex, slot: Slot, message: Message) -> Problem:
    return Place(index.file, index.row, index.cell(slot)).problem(message, None, None)


def _header_text(raw: Any) -> str:
    return raw.strip() if isinstance(raw, str) else str(raw).strip()


def _suggestion(header: str) -> str | None:
    """The known header nearest to ``header``, if one is near."""
    return nearest(header, known_headers(), normal=normal)


def _layout(file: str, sheet: str | None, row: int, cells: Sequence[Any]) -> Layout:
    """The header row ``row``'s columns; every problem with it raises at once."""
    problems: list[Problem] = []
    slots: list[Slot] = []
    seen: dict[Column | Savings, Slot] = {}

    def at(index: int, header: str, message: Message) -> Problem:
        return Problem(message, file, row, header, cell=Cell(sheet, row, index + 1, header))

    for index, raw in enumerate(cells):
        if is_empty(raw):
            continue
        header = _header_text(raw)
        if header.startswith(NOTE_PREFIX):
            continue
        column = column_for(header)
        if column is None:
            near = _suggestion(header)
            key = "sheet_unknown_header" if near is None else "sheet_unknown_header_near"
            problems.append(at(index, header, msg(key, header=header, near=near)))
            continue
        first = seen.get(column)
        if first is not None:
            problems.append(
                at(index, header, msg("sheet_duplicate_header", header=header, first=first.header))
            )
            continue
        slot = Slot(index, column, header)
        seen[column] = slot
        slots.append(slot)
    keys = {s.column.key for s in slots if isinstance(s.column, Column)}
    for column in (c for c in _required() if c.key not in keys):
        where = Cell(sheet, row)
        text = msg("sheet_missing_column", da=column.da, en=column.en)
        problems.append(Problem(text, file, row, cell=where))
    if problems:
        raise KompcalcError(*problems)
    id_slot = next(s for s in slots if isinstance(s.column, Column) and s.column.key == "id")
    width = max(i for i, raw in enumerate(cells) if not is_empty(raw)) + 1
    unheaded = tuple(i for i in range(width) if is_empty(cells[i]))
    return Layout(file, sheet, row, tuple(slots), id_slot=id_slot, width=width, unheaded=unheaded)


def _required() -> list[Column]:
    return [c for c in COLUMNS if c.required]


def find_layout(rows: Iterator[Row], *, file: str, sheet: str | None) -> Layout:
    """Read the rows above the header row and the header row itself from ``rows``
    (which then stands at the first case's row)."""
    meta: dict[str, str] = {}
    for number, cells in rows:
        filled = [c for c in cells if not is_empty(c)]
        if not filled:
            continue
        label = normal(_header_text(filled[0]))
        key = META_BY_LABEL.get(label)
        if key is not None and number < MAX_HEADER_ROW and not _has_id_header(cells):
            value = filled[1] if len(filled) > 1 else None
            if value is not None:
                meta[key] = _header_text(value)
            continue
        layout = _layout(file, sheet, number, cells)
        layout.meta = meta
        return layout
    if sheet is None:
        raise KompcalcError.data("sheet_no_header", file)
    raise KompcalcError(Problem(msg("sheet_no_header_in", sheet=sheet), file))


def _has_id_header(cells: Sequence[Any]) -> bool:
    wanted = id_column()
    return any(isinstance(c, str) and column_for(c) == wanted for c in cells)
