"""``--vary KEY=LOW:HIGH`` read and checked, and the rates with a value changed that a
sensitivity analysis asks for.

``KEY`` is any rate ``--set`` takes (``pa_hourly_rate``, ``refund_pct.aids``,
``benefits.sygedagpenge.tiers.1.monthly``) or one of the assumptions that are not rates:
``probability``, ``months`` (the horizon), ``benefit_limit_months`` (the benefit's
duration) and ``discount``. ``LOW`` and ``HIGH`` are numbers as the command line takes
them (``100,5`` or ``100.5``; a ``%`` after a per cent). Everything is checked before a
case is computed: an unknown key with the nearest one, a value the rate table refuses,
``LOW`` above ``HIGH``, a per cent outside 0–100, months that are not whole.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from kompcalc.core.cases import MAX_HORIZON_MONTHS
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.money import HUNDRED, ORE, ZERO, to_ore
from kompcalc.core.ratekeys import with_set
from kompcalc.core.recompute import CASE_KEYS
from kompcalc.core.trials import MONTH_KEYS, is_pct
from kompcalc.errors import KompcalcError
from kompcalc.loading.lines import LineIndex
from kompcalc.loading.nearest import nearest
from kompcalc.loading.numparse import parse_number
from kompcalc.loading.overlay import near_set_key, set_value, value_keys
from kompcalc.loading.ratefile import LoadedTable, rates_on, with_sets
from kompcalc.loading.validation import child_of

OPTION = "--vary"
MAX_DECIMALS = 4
"""As fine as ``--set`` takes a value."""


@dataclass(frozen=True)
class Vary:
    """One ``--vary``: the key, the values tried, today's value (None: each case's own,
    or not one number in the table) and the least value the rate table takes."""

    key: str
    low: Decimal
    high: Decimal
    today: Decimal | None = None
    least: Decimal = ZERO


def _number(text: str, given: str) -> Decimal:
    raw = text.strip().removesuffix("%").strip()
    if not raw:
        raise KompcalcError.usage("err_vary_format", field=OPTION, text=given)
    return parse_number(raw, option=OPTION, max_decimals=MAX_DECIMALS, point_thousands=False).value


def parse_vary(texts: Sequence[str] | None, loaded: LoadedTable) -> list[Vary]:
    """Every ``--vary`` given, checked against the rate table ``loaded`` (the last of
    two for one key wins)."""
    found: dict[str, Vary] = {}
    for text in texts or []:
        key, sep, values = text.partition("=")
        low_text, colon, high_text = values.partition(":")
        key = key.strip()
        if not sep or not colon or not key:
            raise KompcalcError.usage("err_vary_format", field=OPTION, text=text)
        low, high = _number(low_text, text), _number(high_text, text)
        if low > high:
            raise KompcalcError.usage("err_vary_order", field=OPTION, text=text)
        found[key] = _checked(key, low, high, text, loaded)
    return list(found.values())


def _checked(key: str, low: Decimal, high: Decimal, text: str, loaded: LoadedTable) -> Vary:
    if key in MONTH_KEYS:
        top = MAX_HORIZON_MONTHS
        if low != low.to_integral_value() or high != high.to_integral_value() or low < 1:
            raise KompcalcError.usage("err_vary_months", field=OPTION, text=text, max=top)
        if high > top:
            raise KompcalcError.usage("err_vary_months", field=OPTION, text=text, max=top)
        return Vary(key, low, high)
    if key in CASE_KEYS:
        if low < 0 or high > HUNDRED:
            raise KompcalcError.usage("err_vary_pct", field=OPTION, text=text)
        return Vary(key, low, high)
    if key.startswith("discount_rates."):
        raise KompcalcError.usage("err_vary_discount_rates", field=OPTION, key=key)
    if not set_value(loaded.data, LineIndex(), key, low)[1]:
        raise _unknown(key, loaded.data)
    for value in (low, high):
        with_sets(loaded, [(key, value)], option=OPTION)  # refused: a usage error
    if is_pct(key) and (low < 0 or high > HUNDRED):
        raise KompcalcError.usage("err_vary_pct", field=OPTION, text=text)
    return Vary(key, low, high, _today(loaded.data, key), _least(key, low, loaded))


def _least(key: str, low: Decimal, loaded: LoadedTable) -> Decimal:
    """The least value the rate table takes at ``key``: 0, else 0,01 (an amount that
    must be above 0), else ``low``."""
    for value in (ZERO, ORE):
        if value < low:
            try:
                with_sets(loaded, [(key, value)], option=OPTION)
            except KompcalcError:
                continue
            return value
    return low


def _unknown(key: str, data: Any) -> KompcalcError:
    """A key ``--vary`` does not take: the nearest one it does, and all of them."""
    known = ", ".join([*CASE_KEYS, *value_keys(data)])
    near = nearest(key, CASE_KEYS) or near_set_key(key, data)
    if near is None:
        return KompcalcError.usage("err_vary_unknown", field=OPTION, key=key, known=known)
    return KompcalcError.usage(
        "err_vary_unknown_near", field=OPTION, key=key, near=near, known=known
    )


def _today(data: Any, key: str) -> Decimal | None:
    """The number at ``--set`` key ``key`` in table data, if it is one number."""
    node = data
    for part in key.split("."):
        node = child_of(node, int(part) - 1 if part.isdigit() else part)
    if isinstance(node, dict):
        node = node.get("value")
    if isinstance(node, (Decimal, int)) and not isinstance(node, bool):
        return Decimal(node)
    return None


class RateChanges:
    """The rates in force with a ``--set`` key at another value, for a sensitivity
    analysis: a scalar or a refund changed in the rates themselves
    (:func:`~kompcalc.core.effective.with_set`), any other key through the rate table
    with one more ``--set`` (each value's table made once; a value taken to the øre, as
    the table takes amounts and per cents)."""

    def __init__(self, loaded: LoadedTable) -> None:
        self.loaded = loaded
        self._tables: dict[tuple[str, Decimal], LoadedTable] = {}
        self._rates: dict[tuple[str, Decimal, date], EffectiveRates] = {}

    def __call__(self, rates: EffectiveRates, key: str, value: Decimal) -> EffectiveRates:
        direct = with_set(rates, key, value)
        if direct is not None:
            return direct
        value = to_ore(value)  # a switching value's try, to the øre, as the table takes it
        memo = (key, value, rates.day)
        found = self._rates.get(memo)
        if found is None:
            table = self._tables.get((key, value))
            if table is None:
                if len(self._tables) > 64:  # a switching value's tries are each case's own
                    self._tables.clear()
                table = with_sets(self.loaded, [(key, value)], option=OPTION)
                self._tables[(key, value)] = table
            if len(self._rates) > 256:
                self._rates.clear()
            found = rates_on(table, rates.day)
            self._rates[memo] = found
        return found
