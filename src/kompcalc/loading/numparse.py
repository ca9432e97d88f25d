"""Read numbers and dates the way a Danish user types them on the command line.

Dates: ``2026-11-23`` (ISO) or ``23.11.2026`` / ``23-11-2026`` (Danish).

Danes write ``8.507`` for eight thousand five hundred and seven and ``6,5`` for six and
a half. The rules, in order:

* digits only: ``8507``;
* a comma and no point: a decimal comma, ``6,5`` is 6.5;
* points and a comma: Danish grouping, ``8.507,50`` is 8507.50 (``8,507.50`` in English
  grouping is read too: it cannot mean anything else);
* points only, each followed by exactly three digits: Danish thousands, ``8.507`` is 8507
  and ``1.234.567`` is 1234567. This reading is reported back as a note, so the user sees
  what was understood;
* a single point followed by one, two or four or more digits: a decimal point, ``6.5``.

A space (or a no-break space) is a thousands separator only between groups of three
digits: ``8 507`` is 8507, and ``8 5`` is refused. NaN, infinity, exponents, text and
malformed grouping are refused.
"""

import re
from datetime import date
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from kompcalc.errors import KompcalcError, Message, msg

_PLAIN = r"-?\d+"
_DECIMAL_COMMA = r"-?\d+,\d+"
_DECIMAL_POINT = r"-?\d+\.(\d{1,2}|\d{4,})"
_DK_THOUSANDS = r"-?\d{1,3}(\.\d{3})+"
_DK_GROUPED = r"-?\d{1,3}(\.\d{3})+,\d+"
_EN_GROUPED = r"-?\d{1,3}(,\d{3})+\.\d+"
_SPACES = r"[ \u00a0\u202f]"
"""A space, a no-break space or a narrow no-break space: allowed only between groups
of three digits (``8 507``, ``1 234 567,50``)."""
_SPACE_GROUPED = r"-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"
_ISO_DATE = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_DK_DATE = r"(\d{1,2})[.-](\d{1,2})[.-](\d{4})"


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled the first time it is used: a command compiles only the few
    it needs (compiling all of them took a millisecond of every start)."""
    return re.compile(pattern)


class ParsedNumber(NamedTuple):
    """A number read from user text, with a note when the reading needs showing."""

    value: Decimal
    note: Message | None = None


def parse_number(
    text: str,
    *,
    option: str,
    max_decimals: int = 2,
    point_thousands: bool = True,
    kroner: bool = False,
) -> ParsedNumber:
    """Parse ``text`` given for ``option``; raise a usage error that says how to write it.

    With ``point_thousands=False`` (for values that may well have three decimals, such
    as a rate) ``4.345`` is refused as ambiguous instead of read as 4345. An amount in
    ``kroner`` with too many decimals gets an example of how thousands are written.
    """
    raw = text.strip()
    if _rx(_SPACES).search(raw):
        if not _rx(_SPACE_GROUPED).fullmatch(raw):  # "8 5" is not eight thousand and five
            raise KompcalcError.usage("err_space_in_number", field=option, text=text)
        raw = _rx(_SPACES).sub("", raw)
    note = None
    if _rx(_PLAIN).fullmatch(raw):
        number = raw
    elif _rx(_DECIMAL_COMMA).fullmatch(raw):
        number = raw.replace(",", ".")
    elif _rx(_DECIMAL_POINT).fullmatch(raw):
        number = raw
    elif _rx(_DK_THOUSANDS).fullmatch(raw):
        if not point_thousands:
            comma, plain = raw.replace(".", ","), raw.replace(".", "")
            raise KompcalcError.usage(
                "err_ambiguous_point", field=option, text=text, comma=comma, plain=plain
            )
        number = raw.replace(".", "")
        note = msg("note_thousands", option=option, text=text, value=number)
    elif _rx(_DK_GROUPED).fullmatch(raw):
        number = raw.replace(".", "").replace(",", ".")
    elif _rx(_EN_GROUPED).fullmatch(raw):
        number = raw.replace(",", "")
    else:
        raise KompcalcError.usage("err_not_a_number", field=option, text=text)
    value = Decimal(number)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by construction: only digits were accepted
    if -exponent > max_decimals:
        key = "err_too_many_decimals_kroner" if kroner else "err_too_many_decimals"
        raise KompcalcError.usage(key, field=option, text=text, places=max_decimals)
    return ParsedNumber(value, note)


def parse_day(text: str, *, option: str) -> date:
    """Parse a date written ``2026-11-23`` or ``23.11.2026``; raise a usage error."""
    raw = text.strip()
    iso, danish = _rx(_ISO_DATE).fullmatch(raw), _rx(_DK_DATE).fullmatch(raw)
    parts = None
    if iso:
        parts = (iso[1], iso[2], iso[3])
    elif danish:
        parts = (danish[3], danish[2], danish[1])
    try:
        if parts is None:
            raise ValueError(text)
        return date(*(int(p) for p in parts))
    except ValueError:
        raise KompcalcError.usage("err_not_a_date", field=option, text=text) from None
