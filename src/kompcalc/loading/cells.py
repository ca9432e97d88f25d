"""One spreadsheet cell read as the value a case needs, by its column's kind.

A cell is what the file reader gives: text (always, from a CSV), or from an XLSX a
number, a date, a TRUE/FALSE, or one of the markers below. Text is read with the
command line's rules (:mod:`kompcalc.loading.numparse`): ``6,5``, ``8.507`` and
``1.234,50`` are numbers, ``1.3.2026`` and ``2026-03-01`` dates.

A numeric XLSX cell holds a binary double; it is read as the number Excel shows, to
15 significant digits (so ``0,1+0,2`` computed in a cell is 0.3, not
0.30000000000000004). Reading a cell either gives its value, None for an empty cell,
or raises :class:`CellError` with the message to show at the cell.
"""

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from kompcalc.core.columns import Kind
from kompcalc.errors import KompcalcError, Message, msg
from kompcalc.loading.numparse import parse_day, parse_number

ITEM_SEPARATOR = ";"
"""Between two aids in an items cell, and two steps of a benefit path."""
ITEM_VALUE = "="
"""Between an aid's name and its amount, and a benefit step's name and its months."""

MAX_DECIMALS = 10
"""Decimals allowed when reading text; the case's own limits (two for kroner) say
more precisely what is wrong with more."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What kompcalc's writers protect with a leading apostrophe, so that no spreadsheet
reads a text as a formula (see :func:`kompcalc.render.export.neutralise`)."""

YES = frozenset({"ja", "j", "yes", "y", "x", "sand", "true"})
NO = frozenset({"nej", "n", "no", "falsk", "false"})


class ExcelError(str):
    """A cell that shows one of Excel's errors (``#DIV/0!``, ``#N/A``)."""


class PercentCell(float):
    """A numeric cell formatted as a percentage: ``60 %`` is stored as 0.6."""


class Uncached(str):
    """A formula cell whose value was never computed and saved (the formula's text)."""


class CellError(Exception):
    """A cell that cannot be read; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


def is_empty(raw: Any) -> bool:
    """Whether a cell is empty: nothing, or only spaces."""
    return raw is None or (
        isinstance(raw, str) and not isinstance(raw, Uncached) and not raw.strip()
    )


def read_cell(kind: Kind, raw: Any) -> Any:
    """The value of a non-empty cell ``raw`` in a column of ``kind``."""
    if isinstance(raw, Uncached):
        raise CellError(msg("cell_uncached_formula", formula=str(raw)))
    if isinstance(raw, ExcelError):
        raise CellError(msg("cell_excel_error", error=str(raw)))
    reader = _READERS[kind]
    return reader(raw.strip() if isinstance(raw, str) else raw)


def _text(raw: Any) -> str:
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, datetime):
        return raw.date().isoformat() if _midnight(raw) else raw.isoformat(sep=" ")
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float):
        return _format(_from_float(raw))
    return str(raw)


def _id(raw: Any) -> str:
    return _free_text(raw)


def _free_text(raw: Any) -> str:
    """Text as typed: a leading apostrophe that protects a formula character (as
    kompcalc writes ``'-17``) is taken off again."""
    text = _text(raw)
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def _format(value: Decimal) -> str:
    """A number as plain text (``17``, ``6.5``), never in exponent notation."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _from_float(value: float) -> Decimal:
    """The number Excel shows for a double: 15 significant digits."""
    try:
        number = Decimal(format(value, ".15g"))
    except InvalidOperation:  # pragma: no cover - format never gives anything else
        raise CellError(msg("cell_not_a_number", text=str(value))) from None
    if not number.is_finite():
        raise CellError(msg("cell_not_a_number", text=str(value)))
    return number


def _number(raw: Any) -> Decimal:
    if isinstance(raw, bool):
        raise CellError(msg("val_bool_not_number"))
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return _from_float(raw)
    if isinstance(raw, (date, datetime)):
        raise CellError(msg("cell_date_not_number", text=_text(raw)))
    return _parse(str(raw))


def _parse(text: str) -> Decimal:
    try:
        return parse_number(text, option="", max_decimals=MAX_DECIMALS).value
    except KompcalcError as exc:
        raise CellError(exc.problems[0].text) from None


def _whole(raw: Any) -> int | Decimal:
    """A whole number as int; anything else as a Decimal the case refuses with a
    message of its own ("must be a whole number")."""
    number = _number(raw)
    return int(number) if number == number.to_integral_value() else number


def _percent(raw: Any) -> Decimal:
    if isinstance(raw, PercentCell):
        return _from_float(raw * 100)  # 0.6 -> 60, to Excel's 15 digits
    if isinstance(raw, str) and raw.endswith("%"):
        return _parse(raw[:-1])
    number = _number(raw)
    if 0 < number <= 1:
        # 0,6 may mean 60 % written as a fraction or 0,6 %: refuse rather than guess
        raise CellError(msg("cell_percent_fraction", value=number, percent=number * 100))
    return number


def _day(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise CellError(msg("cell_date_serial", text=_text(raw)))
    try:
        return parse_day(str(raw), option="")
    except KompcalcError as exc:
        raise CellError(exc.problems[0].text) from None


def _flag(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellError(msg("cell_not_a_flag", text=_text(raw)))


def _parts(raw: Any) -> list[tuple[str | None, str | None]]:
    """``name=value; name=value`` as (name, value) pairs; a part without ``=`` is a
    name alone (its value None), and empty parts are left out."""
    pairs: list[tuple[str | None, str | None]] = []
    for part in _text(raw).split(ITEM_SEPARATOR):
        if not part.strip():
            continue
        name, equals, value = part.rpartition(ITEM_VALUE)
        if not equals:
            pairs.append((part.strip(), None))
        else:
            pairs.append((name.strip() or None, value.strip()))
    return pairs


def _items(raw: Any) -> list[dict[str, Any]]:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return [{"amount": _number(raw)}]
    items: list[dict[str, Any]] = []
    for name, value in _parts(raw):
        if value is None:  # a part with no "=": an amount with no name, or a name only
            value, name = name, None
        if not value:
            raise CellError(msg("cell_item_no_amount", text=name or ""))
        item: dict[str, Any] = {"amount": _parse(value)}
        if name is not None:
            item["name"] = name
        items.append(item)
    return items


def _benefit(raw: Any) -> str | list[dict[str, Any]]:
    text = _text(raw)
    if ITEM_SEPARATOR not in text and ITEM_VALUE not in text:
        return text
    steps: list[dict[str, Any]] = []
    for name, value in _parts(text):
        if not name:
            raise CellError(msg("cell_step_no_name", text=text))
        step: dict[str, Any] = {"benefit": name}
        if value is not None:
            step["months"] = _whole(value)
        steps.append(step)
    return steps


_READERS = {
    Kind.ID: _id,
    Kind.TEXT: _free_text,
    Kind.NUMBER: _number,
    Kind.WHOLE: _whole,
    Kind.PERCENT: _percent,
    Kind.DATE: _day,
    Kind.FLAG: _flag,
    Kind.ITEMS: _items,
    Kind.BENEFIT: _benefit,
}


def _midnight(moment: datetime) -> bool:
    return moment.hour == moment.minute == moment.second == moment.microsecond == 0
