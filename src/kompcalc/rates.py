"""The rate table: every rate kompcalc uses, each with its source.

A rate table is a YAML file (see ``rates/`` and the README) validated into
:class:`RateTable`. The calculation reads rates only from here.
"""

from datetime import date
from decimal import Decimal
from typing import Annotated, Self

from pydantic import Field, model_validator

from kompcalc.modelbase import Frozen, Kroner, Month, Number, Percent, Text, invalid


class Source(Frozen):
    """Where a value comes from: a publication, a law or a circular."""

    title: Text
    publisher: str | None = None
    year: int | None = None
    url: str | None = None
    note: str | None = None


class Value(Frozen):
    """One rate and the id of its source in the table's ``sources``."""

    value: Number
    source: Text
    note: str | None = None


class PercentValue(Value):
    """A rate in per cent (0-100)."""

    value: Percent


class PositiveValue(Value):
    """A rate that must be greater than 0."""

    value: Annotated[Number, Field(gt=0)]


class Labels(Frozen):
    """A name in Danish and English."""

    da: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


class Tier(Frozen):
    """The municipality's net monthly cost of a benefit from one month to another."""

    from_month: Month
    to_month: Month | None = None
    monthly: Kroner

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.to_month is not None and self.to_month < self.from_month:
            raise invalid("val_tier_order", start=self.from_month, end=self.to_month)
        return self

    def covers(self, month: int) -> bool:
        return self.from_month <= month and (self.to_month is None or month <= self.to_month)


class Benefit(Frozen):
    """A benefit the citizen would otherwise draw, as tiers of monthly net cost.

    Tiers run from month 1 without gaps or overlaps; after a closed last tier the
    benefit ends (nothing is avoided any more).
    """

    label: Labels
    source: Text
    note: str | None = None
    tiers: tuple[Tier, ...] = Field(min_length=1, strict=False)

    @model_validator(mode="after")
    def _contiguous(self) -> Self:
        expected = 1
        for i, tier in enumerate(self.tiers):
            if tier.from_month != expected:
                key = "val_tier_overlap" if tier.from_month < expected else "val_tier_gap"
                raise invalid(key, tier=i + 1, start=tier.from_month, expected=expected)
            if tier.to_month is None:
                if i != len(self.tiers) - 1:
                    raise invalid("val_tier_open_not_last", tier=i + 1)
                break
            expected = tier.to_month + 1
        return self

    def monthly(self, month: int) -> Decimal:
        """The net monthly amount in benefit month ``month`` (0 after the last tier)."""
        for tier in self.tiers:
            if tier.covers(month):
                return tier.monthly
        return Decimal(0)

    @property
    def last_change(self) -> int:
        """The last benefit month from which the amount no longer changes."""
        last = self.tiers[-1]
        return last.from_month if last.to_month is None else last.to_month + 1


class Period(Frozen):
    """The period a rate table describes."""

    start: date = Field(alias="from")
    end: date | None = Field(default=None, alias="to")
    note: str | None = None


class Refunds(Frozen):
    """The state refund in per cent, by scheme."""

    personal_assistance: PercentValue
    aids: PercentValue


class RateTable(Frozen):
    """A complete, self-describing rate table."""

    name: Text
    title: Text
    period: Period
    description: str | None = None
    sources: dict[str, Source] = Field(min_length=1)
    pa_hourly_rate: PositiveValue
    weeks_per_month: PositiveValue
    pa_normal_max_hours_per_week: PositiveValue
    refund_pct: Refunds
    benefits: dict[str, Benefit] = Field(min_length=1)

    def source_refs(self) -> list[tuple[str, str]]:
        """Every (value key, source id) pair in the table, in file order.

        The loader (:mod:`kompcalc.ratefile`) checks that each source id exists, so it
        can name the line of a dangling one.
        """
        refs = [
            ("pa_hourly_rate", self.pa_hourly_rate.source),
            ("weeks_per_month", self.weeks_per_month.source),
            ("pa_normal_max_hours_per_week", self.pa_normal_max_hours_per_week.source),
            ("refund_pct.personal_assistance", self.refund_pct.personal_assistance.source),
            ("refund_pct.aids", self.refund_pct.aids.source),
        ]
        refs += [(f"benefits.{name}", b.source) for name, b in self.benefits.items()]
        return refs

    def find_benefit(self, name: str) -> str | None:
        """The table's key for benefit ``name`` (case-insensitive), or None."""
        wanted = name.strip().casefold()
        for key in self.benefits:
            if key.casefold() == wanted:
                return key
        return None
