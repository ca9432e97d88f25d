"""The rate table: every rate kompcalc uses, each with its source and dates.

A rate table is a YAML file (see ``rates/`` and the README) validated into
:class:`RateTable`. Rates may be dated (:mod:`kompcalc.core.series`); :mod:`kompcalc.core.effective`
picks the ones in force on a day. The calculation reads rates only from there.

A benefit is described in one of two ways:

* :class:`TierBenefit`, as the 2014 catalogue does: the municipality's net monthly cost
  in tiers of benefit months;
* :class:`StaircaseBenefit`: a gross amount per week or month, and a
  :class:`Staircase` of the state refund (or the municipality's co-financing) by week
  of the benefit period, as the rules from 1 January 2016 have it.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BeforeValidator, Discriminator, Field, Tag, model_validator

from kompcalc.core.modelbase import (
    MAX_NUMBER,
    Frozen,
    Kroner,
    Month,
    Percent,
    PlainText,
    PositiveKroner,
    Text,
    Whole,
    exact_number,
    invalid,
)
from kompcalc.core.series import Series

KeyPath = tuple[int | str, ...]
"""A path into the table's data (list positions from 0), as :class:`LineIndex` takes it."""


class Source(Frozen):
    """Where a value comes from: a publication, a law or a circular."""

    title: Text
    publisher: PlainText | None = None
    year: Whole | None = None
    url: PlainText | None = None
    note: PlainText | None = None


class Labels(Frozen):
    """A name in Danish and English."""

    da: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


_RUN_TEXTS = {
    "tier": ("val_tier_gap", "val_tier_overlap", "val_tier_open_not_last", "val_tier_order"),
    "band": ("val_band_gap", "val_band_overlap", "val_band_open_not_last", "val_band_order"),
}
"""The error texts of :func:`contiguous`: a gap, an overlap, an open range that is not
the last, and a range that ends before it starts."""


def contiguous(ranges: Sequence[tuple[int, int | None]], kind: str) -> None:
    """Check that ranges run from 1 without gaps or overlaps and only the last is open.

    ``kind`` ("tier" or "band") picks the error texts.
    """
    gap, overlap, open_not_last, order = _RUN_TEXTS[kind]
    expected = 1
    for i, (start, end) in enumerate(ranges):
        if start != expected:
            key = overlap if start < expected else gap
            raise invalid(key, tier=i + 1, start=start, expected=expected)
        if end is None:
            if i != len(ranges) - 1:
                raise invalid(open_not_last, tier=i + 1)
            return
        if end < start:
            raise invalid(order, start=start, end=end)
        expected = end + 1


class Tier(Frozen):
    """The municipality's net monthly cost of a benefit from one month to another."""

    from_month: Month
    to_month: Month | None = None
    monthly: Kroner

    def covers(self, month: int) -> bool:
        return self.from_month <= month and (self.to_month is None or month <= self.to_month)


class Band(Frozen):
    """One step of a staircase: a percentage from one benefit week to another."""

    from_week: Annotated[Whole, Field(ge=1)]
    to_week: Annotated[Whole, Field(ge=1)] | None = None
    pct: Percent


def _steps(bands: tuple[Band, ...]) -> tuple[Band, ...]:
    contiguous([(b.from_week, b.to_week) for b in bands], "band")
    return bands


Bands = Annotated[tuple[Band, ...], Field(strict=False, min_length=1), AfterValidator(_steps)]


class Staircase(Frozen):
    """Percentages by week of the benefit period.

    ``kind: refund``: the state refunds ``pct`` and the municipality pays the rest.
    ``kind: cofinance``: the municipality pays ``pct`` (as for dagpenge).
    """

    label: Labels
    kind: Literal["refund", "cofinance"]
    bands: Series[Bands]
    note: PlainText | None = None


class TierBenefit(Frozen):
    """A benefit as the municipality's net monthly cost in tiers of benefit months.

    Tiers run from month 1 without gaps or overlaps; after a closed last tier the
    benefit ends (nothing is avoided any more).
    """

    label: Labels
    source: Text
    note: PlainText | None = None
    tiers: tuple[Tier, ...] = Field(min_length=1, strict=False)

    @model_validator(mode="after")
    def _contiguous(self) -> Self:
        contiguous([(t.from_month, t.to_month) for t in self.tiers], "tier")
        return self


class StaircaseBenefit(Frozen):
    """A benefit as a gross amount (per week or per month) and a refund staircase."""

    label: Labels
    staircase: Text
    gross_weekly: Series[PositiveKroner] | None = None
    gross_monthly: Series[PositiveKroner] | None = None
    note: PlainText | None = None

    @model_validator(mode="after")
    def _one_amount(self) -> Self:
        if (self.gross_weekly is None) == (self.gross_monthly is None):
            raise invalid("val_gross_one_of")
        return self

    @property
    def gross_key(self) -> str:
        return "gross_weekly" if self.gross_weekly is not None else "gross_monthly"

    @property
    def gross(self) -> "Series[Decimal]":  # quoted: no class is made for an annotation
        amount = self.gross_weekly if self.gross_weekly is not None else self.gross_monthly
        assert amount is not None
        return amount


def _benefit_form(value: Any) -> str:
    return "<tiers>" if isinstance(value, dict) and "tiers" in value else "<staircase>"


Benefit = Annotated[
    Annotated[TierBenefit, Tag("<tiers>")] | Annotated[StaircaseBenefit, Tag("<staircase>")],
    Discriminator(_benefit_form),
]


class Period(Frozen):
    """The period a rate table describes."""

    start: date = Field(alias="from")
    end: date | None = Field(default=None, alias="to")
    note: PlainText | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end is not None and self.end < self.start:
            raise invalid("val_date_order", start=self.start, end=self.end)
        return self

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


class Refunds(Frozen):
    """The state refund in per cent, by scheme.

    A refund no source gives may be left out (``None``): the table then cannot compute
    a case with that scheme, and says so when one uses it. It is never taken as 0 %.
    """

    personal_assistance: Series[Percent] | None = None
    education_assistance: Series[Percent] | None = None
    aids: Series[Percent] | None = None
    mentor: Series[Percent] | None = None
    icebreaker: Series[Percent] | None = None

    def given(self) -> "list[tuple[str, Series[Decimal]]]":
        """(scheme, refund) for every refund the table gives, in file order."""
        return [(scheme, series) for scheme, series in self if series is not None]

    def left_out(self) -> list[str]:
        """The schemes whose refund the table leaves out."""
        return [scheme for scheme, series in self if series is None]


PositiveNumber = Annotated[
    Decimal, Field(allow_inf_nan=False, gt=0, le=MAX_NUMBER), BeforeValidator(exact_number)
]
"""A number greater than 0 (its limits checked by pydantic-core, see modelbase)."""

MAX_WEEKS_PER_MONTH = Decimal("4.43")
"""A month has at most 31 days, 4.43 weeks; more weeks per month is a typing mistake."""

WeeksPerMonth = Annotated[PositiveNumber, Field(le=MAX_WEEKS_PER_MONTH)]


class DiscountBand(Frozen):
    """From year ``from_year`` (0 = now) until the next band, ``pct`` per cent a year."""

    from_year: Annotated[Whole, Field(ge=0, le=100)]
    pct: Percent


class DiscountRate(Frozen):
    """A discount rate for present values, named after its source (e.g. ``fm2021``, the
    Finance Ministry's of 7 January 2021: 3,5 % a year for years 0-35, then 2,5 %)."""

    label: Labels
    source: Text
    checked: date | None = None
    note: PlainText | None = None
    bands: tuple[DiscountBand, ...] = Field(min_length=1, strict=False)

    @model_validator(mode="after")
    def _bands_from_year_0(self) -> Self:
        starts = [band.from_year for band in self.bands]
        if starts[0] != 0 or starts != sorted(set(starts)):
            raise invalid("val_discount_bands")
        return self


class RateTable(Frozen):
    """A complete, self-describing rate table.

    ``reference_date`` is the day a historical profile (such as the catalogue's 2014
    table) is computed at when no date is given; a current table leaves it out and is
    computed at today's date.
    """

    name: Text
    title: Text
    period: Period
    reference_date: date | None = None
    description: PlainText | None = None
    sources: dict[str, Source] = Field(min_length=1)
    pa_hourly_rate: Series[PositiveKroner]
    weeks_per_month: Series[WeeksPerMonth]
    pa_normal_max_hours_per_week: Series[PositiveNumber]
    education_normal_max_hours_per_week: Series[PositiveNumber]
    education_max_hours_per_week: Series[PositiveNumber]
    refund_pct: Refunds
    staircases: dict[str, Staircase] = Field(default_factory=dict)
    benefits: dict[str, Benefit] = Field(min_length=1)
    discount_rates: dict[str, DiscountRate] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _reference_in_period(self) -> Self:
        day = self.reference_date
        if day is not None and not self.period.covers(day):
            raise invalid("val_reference_date", day=day)
        return self

    def scalar_series(self) -> "list[tuple[KeyPath, Series[Decimal]]]":
        """Every plain dated rate with its path, in file order."""
        return [
            (("pa_hourly_rate",), self.pa_hourly_rate),
            (("weeks_per_month",), self.weeks_per_month),
            (("pa_normal_max_hours_per_week",), self.pa_normal_max_hours_per_week),
            (
                ("education_normal_max_hours_per_week",),
                self.education_normal_max_hours_per_week,
            ),
            (("education_max_hours_per_week",), self.education_max_hours_per_week),
            *((("refund_pct", scheme), series) for scheme, series in self.refund_pct.given()),
        ]

    def all_series(self) -> "list[tuple[KeyPath, Series[Any]]]":
        """Every dated value in the table (rates, staircases, benefit amounts)."""
        found: list[tuple[KeyPath, Series[Any]]] = list(self.scalar_series())
        found += [(("staircases", k, "bands"), s.bands) for k, s in self.staircases.items()]
        for key, benefit in self.benefits.items():
            if isinstance(benefit, StaircaseBenefit):
                found.append((("benefits", key, benefit.gross_key), benefit.gross))
        return found

    def source_refs(self) -> list[tuple[KeyPath, str]]:
        """Every (path of a ``source`` field, source id) pair in the table.

        The loader (:mod:`kompcalc.loading.ratefile`) checks that each source id exists, so it
        can name the line of a dangling one.
        """
        refs: list[tuple[KeyPath, str]] = []
        for path, series in self.all_series():
            if series.single:
                refs.append(((*path, "source"), series.entries[0].source))
            else:
                refs += [((*path, i, "source"), e.source) for i, e in enumerate(series.entries)]
        for key, benefit in self.benefits.items():
            if isinstance(benefit, TierBenefit):
                refs.append((("benefits", key, "source"), benefit.source))
        refs += [
            (("discount_rates", k, "source"), d.source) for k, d in self.discount_rates.items()
        ]
        return refs

    def staircase_refs(self) -> list[tuple[KeyPath, str]]:
        """Every (path, staircase name) a benefit refers to."""
        return [
            (("benefits", key, "staircase"), b.staircase)
            for key, b in self.benefits.items()
            if isinstance(b, StaircaseBenefit)
        ]

    def find_benefit(self, name: str) -> str | None:
        """The table's key for benefit ``name`` (case-insensitive), or None."""
        wanted = name.strip().casefold()
        for key in self.benefits:
            if key.casefold() == wanted:
                return key
        return None
