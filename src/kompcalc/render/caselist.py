"""A case as one row of a case list in a spreadsheet: the inverse of the reader.

:func:`case_cells` gives a case's cells by column (:mod:`kompcalc.core.columns`, the
format's one definition), or says why the format cannot hold the case
(:class:`Unrepresentable`): two interventions of one kind, a name holding the ``;`` or
``=`` that separate a cell's parts, an id that would make the row a comment, or a text
longer than a cell. Such a case is reported, never written half or changed.

:func:`sheet_of` gathers the rows of many cases and the columns they use; the XLSX and
CSV writers (:mod:`kompcalc.render.caselist_xlsx`, :mod:`kompcalc.render.caselist_text`)
write what it gathered.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kompcalc.core.cases import Aids, BenefitStep, Case, Expected
from kompcalc.core.columns import (
    CASE,
    COLUMNS,
    EXPECTED,
    META,
    NOTE_PREFIX,
    Column,
    Savings,
    columns_of,
)
from kompcalc.errors import KompcalcError, Message, Problem, msg
from kompcalc.texts import t

Cell = str | int | Decimal | date
"""A cell's value: text, a whole number, an exact number or a date."""

Key = Column | Savings
"""A column of a case list."""

MAX_CELL_TEXT = 32_767
"""The most characters a spreadsheet cell holds (Excel's limit)."""

SEPARATORS = (";", "=")
"""What separates the parts of an aids cell and a benefit path: no name may hold them."""


@dataclass(frozen=True)
class Unrepresentable:
    """Why a case cannot be one row of a case list, and the field of the case it is
    about (``interventions.2``, ``benefit.1.benefit``)."""

    message: Message
    field: str


@dataclass(frozen=True)
class ListMeta:
    """What a case list says about itself, above its header row (all optional)."""

    title: str | None = None
    description: str | None = None
    organisation: str | None = None
    author: str | None = None

    def rows(self, lang: str) -> list[tuple[str, str]]:
        """The label and value of each one given, in :data:`META` order."""
        rows = []
        for key, da, en in META:
            value = getattr(self, key)
            if value is not None:
                rows.append((en if lang == "en" else da, value))
        return rows

    def data(self) -> dict[str, str]:
        """The ones given, by their key in a case file."""
        return {key: getattr(self, key) for key, _, _ in META if getattr(self, key) is not None}


@dataclass(frozen=True)
class Written:
    """What a writer wrote: how many cases, and notes on what a reader should know
    (a line break in a CSV cell), one per cell."""

    cases: int
    notes: tuple[Problem, ...] = ()


def number_text(value: int | Decimal, lang: str) -> str:
    """A number as text in ``lang``: every digit it has, no grouping, a decimal comma in
    Danish (``4253,50``) and a point in English."""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", ",") if lang == "da" else text


class _Refused(Exception):
    def __init__(self, message: Message, field: str) -> None:
        super().__init__(field)
        self.why = Unrepresentable(message, field)


def _name(name: str, key: str, field: str) -> str:
    if any(sep in name for sep in SEPARATORS):
        raise _Refused(msg(key, name=name), field)
    return name


def _benefit_text(benefit: str | tuple[BenefitStep, ...]) -> str:
    if isinstance(benefit, str):
        return _name(benefit, "cl_step_separator", "benefit")
    parts = []
    for i, step in enumerate(benefit, 1):
        name = _name(step.benefit, "cl_step_separator", f"benefit.{i}.benefit")
        parts.append(name if step.months is None else f"{name}={step.months}")
    return "; ".join(parts)


def _items_text(aids: Aids, lang: str, field: str) -> str:
    parts = []
    for i, item in enumerate(aids.items, 1):
        amount = number_text(item.amount, lang)
        if item.name is None:
            parts.append(amount)
        else:
            name = _name(item.name, "cl_item_separator", f"{field}.items.{i}.name")
            parts.append(f"{name}={amount}")
    return "; ".join(parts)


def _put(cells: dict[Key, Cell], column: Key, value: Cell | None, field: str) -> None:
    if value is None:
        return
    if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
        raise _Refused(msg("cl_cell_too_long", length=len(value), limit=MAX_CELL_TEXT), field)
    cells[column] = value


def _case_part(case: Case, cells: dict[Key, Cell]) -> None:
    if case.id is None:
        raise _Refused(msg("cl_no_id"), "id")
    if case.id.startswith(NOTE_PREFIX):
        raise _Refused(msg("cl_comment_id"), "id")
    for column in columns_of(CASE):
        assert column.key is not None
        value = getattr(case, column.key)
        if column.key == "benefit":
            value = _benefit_text(value)
        _put(cells, column, value, column.key)


def _interventions(case: Case, lang: str, cells: dict[Key, Cell]) -> None:
    seen = set()
    for i, intervention in enumerate(case.interventions, 1):
        field = f"interventions.{i}"
        kind = intervention.kind
        if kind in seen:
            raise _Refused(msg("cl_two_of_a_kind", kind=msg(f"kind_{kind}")), field)
        seen.add(kind)
        for column in columns_of(kind):
            if column.key is None:  # the flag: the intervention is there
                value: Cell | None = t(lang, "flag_yes")
            elif column.key == "items" and isinstance(intervention, Aids):
                value = _items_text(intervention, lang, field) if intervention.items else None
            else:
                value = getattr(intervention, column.key)
            _put(cells, column, value, f"{field}.{column.key or 'kind'}")


def _expected(expected: Expected | None, cells: dict[Key, Cell]) -> None:
    if expected is None:
        return
    for column in columns_of(EXPECTED):
        assert column.key is not None
        value = getattr(expected, column.key)
        if value != Expected.model_fields[column.key].default:  # tolerance 0 is no news
            _put(cells, column, value, f"{EXPECTED}.{column.key}")
    for months, saving in sorted(expected.savings.items()):
        cells[Savings(months)] = saving


def case_cells(case: Case, lang: str) -> dict[Key, Cell] | Unrepresentable:
    """The cells of ``case``'s row by column, only those it fills; or why a case list
    cannot hold it. ``lang`` writes the texts made of parts: a flag (``ja``/``yes``)
    and the amounts in an aids cell (``Lupper=3150,50``)."""
    cells: dict[Key, Cell] = {}
    try:
        _case_part(case, cells)
        _interventions(case, lang, cells)
        _expected(case.expected, cells)
    except _Refused as refused:
        return refused.why
    return cells


def ordered(keys: Iterable[Key]) -> tuple[Key, ...]:
    """The columns ``keys`` in the format's order, with the required ones (Sag, Ydelse)
    always: :data:`COLUMNS`' order, then the savings by month."""
    wanted = set(keys)
    fixed = [c for c in COLUMNS if c in wanted or c.required]
    savings = sorted((k for k in wanted if isinstance(k, Savings)), key=lambda s: s.months)
    return (*fixed, *savings)


@dataclass(frozen=True)
class Row:
    """One case's row: its id and its cells."""

    case: str
    cells: dict[Key, Cell]


@dataclass(frozen=True)
class Sheet:
    """The rows of a case list and the columns they use, in order."""

    columns: tuple[Key, ...]
    rows: tuple[Row, ...]


def sheet_of(cases: Iterable[Case], lang: str) -> Sheet:
    """Every case as a row; raises :class:`KompcalcError` naming each case the format
    cannot hold (after reading them all), so nothing is written without them."""
    rows: list[Row] = []
    problems: list[Problem] = []
    used: set[Key] = set()
    for position, case in enumerate(cases, 1):
        found = case_cells(case, lang)
        if isinstance(found, Unrepresentable):
            problem = Problem(found.message, field=found.field, case=case.id)
            if case.id is None:  # no id to name it by: its place in the list
                text = msg("cl_case_number", position=position, message=problem.as_message())
                problem = Problem(text)
            problems.append(problem)
            continue
        used.update(found)
        rows.append(Row(case.id or "", found))
    if problems:
        raise KompcalcError(*problems)
    return Sheet(ordered(used), tuple(rows))
