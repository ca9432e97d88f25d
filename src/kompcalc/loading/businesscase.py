"""The business case's choices read from the command line: a discount rate
(``--discount 3,5`` or ``--discount fm2021``) as a profile, and a perspective by its
Danish or English name (``--perspective stat`` or ``state``).

A named discount rate is data in the rate table in use, with its source; a per cent
is one flat rate for every year. This is the one place text becomes a
:class:`~kompcalc.core.discount.Profile`, for ``pa``, ``aid``, ``batch`` and ``report``
alike.
"""

from decimal import Decimal
from pathlib import Path

from kompcalc.core.discount import Profile
from kompcalc.core.money import HUNDRED
from kompcalc.core.perspectives import ALIASES, Perspective
from kompcalc.core.rates import RateTable
from kompcalc.errors import KompcalcError
from kompcalc.loading.nearest import nearest
from kompcalc.loading.numparse import parse_number
from kompcalc.loading.ratefile import load_table
from kompcalc.loading.shipped import shipped_tables

DISCOUNT_OPTION = "--discount"
PERSPECTIVE_OPTION = "--perspective"

MAX_DISCOUNT_DECIMALS = 4
"""A per cent may be as fine as the rate table's (``3,5``, ``2,75``)."""


def discount_profile(
    text: str | None, table: RateTable, *, option: str = DISCOUNT_OPTION
) -> Profile | None:
    """``--discount``'s text as a profile (None: no discounting).

    A name of ``table``'s ``discount_rates`` (any case) is that rate; else the text is a
    per cent a year from 0 to 100, a decimal comma allowed and a ``%`` after it. A name
    the table does not have is a usage error that says which shipped tables have it.
    """
    if text is None:
        return None
    raw = text.strip()
    for name, rate in table.discount_rates.items():
        if name.casefold() == raw.casefold():
            return Profile.of(rate, name)
    if any(ch.isalpha() for ch in raw):
        raise _unknown(raw, table, option)
    number = raw.removesuffix("%").strip()
    value = parse_number(
        number, option=option, max_decimals=MAX_DISCOUNT_DECIMALS, point_thousands=False
    ).value
    if not Decimal(0) <= value <= HUNDRED:
        raise KompcalcError.usage("err_discount_range", field=option, text=text)
    return Profile.flat(value)


def _unknown(name: str, table: RateTable, option: str) -> KompcalcError:
    """A discount rate ``table`` does not name: where it is, or the nearest name."""
    known = ", ".join(table.discount_rates) or "-"
    elsewhere = [other for other in shipped_tables() if _has_rate(other, name)]
    if elsewhere:
        return KompcalcError.usage(
            "err_discount_elsewhere",
            field=option,
            name=name,
            table=table.name,
            tables=", ".join(elsewhere),
            first=elsewhere[0],
        )
    near = nearest(name, table.discount_rates)
    if near is not None:
        return KompcalcError.usage(
            "err_discount_unknown_near", field=option, name=name, near=near, known=known
        )
    return KompcalcError.usage(
        "err_discount_unknown", field=option, name=name, table=table.name, known=known
    )


def _has_rate(shipped: str, name: str) -> bool:
    """Whether shipped table ``shipped`` has a discount rate called ``name``."""
    try:
        rates = load_table(Path(shipped)).table.discount_rates
    except KompcalcError:  # a broken shipped table has no say here
        return False
    return any(key.casefold() == name.casefold() for key in rates)


def perspective_of(text: str, *, option: str = PERSPECTIVE_OPTION) -> Perspective:
    """``--perspective``'s text: ``kommune``, ``stat`` or ``offentlig``, or the English
    ``municipality``, ``state`` or ``public`` (any case)."""
    raw = text.strip().casefold()
    names = {p.value: p for p in Perspective} | ALIASES
    found = names.get(raw)
    if found is not None:
        return found
    known = ", ".join(names)
    near = nearest(raw, names)
    if near is not None:
        raise KompcalcError.usage(
            "err_perspective_near", field=option, text=text, near=near, known=known
        )
    raise KompcalcError.usage("err_perspective", field=option, text=text, known=known)
