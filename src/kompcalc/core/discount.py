"""Present value: a case's future savings in today's money.

A discount profile is a list of bands of years, each with an annual rate (the Finance
Ministry's from 7 January 2021: 3,5 % for years 0-35, 2,5 % for years 36-70). It is data
in the rate table, with its source; :class:`Profile` is its pure form.

Convention (the Finance Ministry's annual rate, applied monthly): the one-off cost falls
at t = 0 and is not discounted; the saving of month ``m`` (1 = the first) falls at its
end, t = m/12 years, and is multiplied by the discount factor

    D(t) = prod over the bands of (1 + r_band) ** -(the part of t that lies in the band)

so a flat rate gives (1 + r) ** -(m/12). The factors and the discounted flows are kept
at the decimal context's 28 significant digits; a present value is rounded to øre once,
half-up, by :func:`kompcalc.core.money.to_ore` (the fifth rounding point; see
:mod:`kompcalc.core.money`).
"""

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from kompcalc.core.money import HUNDRED, ZERO, to_ore
from kompcalc.core.rates import DiscountRate
from kompcalc.record import Record

MONTHS_PER_YEAR = 12


class Band(NamedTuple):
    """From year ``from_year`` (0 = now) to the next band's start, ``pct`` per cent a year."""

    from_year: int
    pct: Decimal


class Profile(Record):
    """A discount profile: its bands in order of ``from_year``, the first from year 0.

    The last band runs on for ever (the ministry's ends at year 70; kompcalc's horizon
    ends at 50 years). ``name`` is the rate table's name for it (``fm2021``); None for a
    flat ``--discount PCT``. Two profiles with the same bands are equal, whatever their
    names.
    """

    __slots__ = ("bands", "name")
    fields = ("bands", "name")
    compared = ("bands",)

    bands: tuple[Band, ...]
    name: str | None

    def __init__(self, bands: tuple[Band, ...], name: str | None = None) -> None:
        starts = [band.from_year for band in bands]
        if not starts or starts[0] != 0 or starts != sorted(set(starts)):
            raise ValueError("a discount profile starts at year 0, with rising band starts")
        object.__setattr__(self, "bands", bands)
        object.__setattr__(self, "name", name)

    @classmethod
    def of(cls, rate: DiscountRate, name: str | None = None) -> "Profile":
        """The profile of a rate table's discount rate, called ``name`` there."""
        return cls(tuple(Band(band.from_year, band.pct) for band in rate.bands), name)

    @classmethod
    def flat(cls, pct: Decimal) -> "Profile":
        """One rate for every year (``--discount 3,5``)."""
        return cls((Band(0, pct),))

    def factor(self, month: int) -> Decimal:
        """D(m/12): what a krone at the end of month ``month`` is worth today."""
        factor = Decimal(1)
        ends = [band.from_year * MONTHS_PER_YEAR for band in self.bands[1:]] + [month]
        for band, end in zip(self.bands, ends, strict=True):
            start = band.from_year * MONTHS_PER_YEAR
            inside = min(month, end) - start
            if inside <= 0:
                break
            base = 1 + band.pct / HUNDRED
            factor *= base ** (Decimal(-inside) / MONTHS_PER_YEAR)
        return factor

    def factors(self, months: int) -> tuple[Decimal, ...]:
        """``factor(m)`` for m = 1..``months``, at index m - 1 (computed once per
        profile and horizon)."""
        return _factors(self, months)


@lru_cache(maxsize=32)
def _factors(profile: Profile, months: int) -> tuple[Decimal, ...]:
    return tuple(profile.factor(m) for m in range(1, months + 1))


def present_values(
    one_off: Decimal,
    flow: Callable[[int], Decimal],
    factors: Sequence[Decimal],
    marks: Sequence[int],
) -> tuple[tuple[int, Decimal], ...]:
    """The present value of the cumulative saving after each month of ``marks``:
    ``-one_off + sum of flow(m) * factors[m - 1]`` for m = 1..mark, rounded to øre."""
    wanted = set(marks)
    found: list[tuple[int, Decimal]] = []
    total = -one_off
    for month in range(1, max(marks, default=0) + 1):
        total += flow(month) * factors[month - 1]
        if month in wanted:
            found.append((month, to_ore(total)))
    return tuple(found)


def discounted_flow(
    flow: Callable[[int], Decimal], factors: Sequence[Decimal]
) -> Callable[[int], Decimal]:
    """``flow`` in today's money; nothing beyond the last factor (so a break-even
    search ends there)."""

    def at(month: int) -> Decimal:
        return flow(month) * factors[month - 1] if month <= len(factors) else ZERO

    return at
