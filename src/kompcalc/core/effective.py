"""The rates in force on one day: exactly what a calculation rests on.

:func:`resolve` picks, from a :class:`~kompcalc.core.rates.RateTable`, the value of every
dated rate on a day. A rate with no value on that day is reported (as a
:class:`Missing`), never replaced by an older value. The result carries a short hash of
its numbers, so two printouts made with the same rates show the same hash.
"""

import hashlib
import json
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any, NamedTuple

from kompcalc.core.rates import (
    Band,
    KeyPath,
    Labels,
    RateTable,
    StaircaseBenefit,
    Tier,
    TierBenefit,
)
from kompcalc.core.series import Series
from kompcalc.record import Record

HASH_LENGTH = 10
"""Hex digits of the rates hash shown in results (40 bits: plenty to tell tables apart)."""

SET_SOURCE = "--set"
"""The source id (and :attr:`Override.by`) of values given with ``--set``."""


class Rate(NamedTuple):
    """One rate in force: its value, its source id and the dates of its entry."""

    path: KeyPath
    value: Any
    source: str
    entry: int | None = None
    start: date | None = None
    end: date | None = None
    checked: date | None = None

    @property
    def key(self) -> str:
        """The rate's key in the table, e.g. ``refund_pct.aids``."""
        return ".".join(str(step) for step in self.path)

    @property
    def location(self) -> KeyPath:
        """The path of the entry in force (its position in a dated series)."""
        return self.path if self.entry is None else (*self.path, self.entry)


class Missing(NamedTuple):
    """A rate with no value on the day asked for; the loader adds file and line."""

    path: KeyPath
    text: str
    values: dict[str, Any]


class Override(NamedTuple):
    """A value replaced by an overlay file or by ``--set``."""

    key: str
    by: str
    value: Decimal | None = None
    was: Decimal | None = None


class TierSchedule(NamedTuple):
    """A benefit as the municipality's net cost in tiers of benefit months."""

    tiers: tuple[Tier, ...]
    source: str

    @property
    def last_change(self) -> int:
        """The first benefit month from which the amount no longer changes."""
        last = self.tiers[-1]
        return last.from_month if last.to_month is None else last.to_month + 1


class StaircaseSchedule(NamedTuple):
    """A benefit as a gross amount and the refund staircase in force."""

    gross: Rate
    per_week: bool
    staircase: str
    label: Labels
    kind: str
    bands: Rate

    @property
    def steps(self) -> tuple[Band, ...]:
        steps: tuple[Band, ...] = self.bands.value
        return steps


class EffectiveBenefit(NamedTuple):
    key: str
    label: Labels
    schedule: TierSchedule | StaircaseSchedule


class EffectiveRates(Record):
    """Every rate in force on ``day``, where it comes from, and what was overridden:
    ``unavailable`` holds the benefits with no value on the day, by key, and
    ``unavailable_refunds`` the refunds left out of the table or with no value on the
    day, by scheme. (A record, not a dataclass: every run loads it; kompcalc/record.py.)
    """

    table: RateTable
    layers: tuple[str, ...]
    day: date
    pa_hourly_rate: Rate
    weeks_per_month: Rate
    pa_normal_max_hours_per_week: Rate
    education_normal_max_hours_per_week: Rate
    education_max_hours_per_week: Rate
    refunds: dict[str, Rate]
    benefits: dict[str, EffectiveBenefit]
    unavailable: dict[str, Missing]
    unavailable_refunds: dict[str, Missing]
    overrides: tuple[Override, ...]

    def __init__(
        self,
        table: RateTable,
        layers: tuple[str, ...],
        day: date,
        pa_hourly_rate: Rate,
        weeks_per_month: Rate,
        pa_normal_max_hours_per_week: Rate,
        education_normal_max_hours_per_week: Rate,
        education_max_hours_per_week: Rate,
        refunds: dict[str, Rate],
        benefits: dict[str, EffectiveBenefit],
        unavailable: dict[str, Missing] | None = None,
        unavailable_refunds: dict[str, Missing] | None = None,
        overrides: tuple[Override, ...] = (),
    ) -> None:
        given = locals()
        given["unavailable"] = {} if unavailable is None else unavailable
        given["unavailable_refunds"] = {} if unavailable_refunds is None else unavailable_refunds
        for name in self.fields:
            object.__setattr__(self, name, given[name])

    def scalars(self) -> tuple[Rate, ...]:
        return (
            self.pa_hourly_rate,
            self.weeks_per_month,
            self.pa_normal_max_hours_per_week,
            self.education_normal_max_hours_per_week,
            self.education_max_hours_per_week,
            *self.refunds.values(),
        )

    def refund(self, scheme: str) -> Rate:
        """The state refund in per cent on ``scheme`` (an intervention kind).

        A scheme in :attr:`unavailable_refunds` has none: check before computing.
        """
        return self.refunds[scheme]

    @cached_property
    def hash(self) -> str:
        """A short hash of every number in force (not of notes, sources or dates)."""
        data: dict[str, Any] = {rate.key: _plain(rate.value) for rate in self.scalars()}
        for key, benefit in sorted(self.benefits.items()):
            schedule = benefit.schedule
            if isinstance(schedule, TierSchedule):
                data[f"benefits.{key}"] = [
                    [t.from_month, t.to_month, _plain(t.monthly)] for t in schedule.tiers
                ]
            else:
                data[f"benefits.{key}"] = {
                    "gross": _plain(schedule.gross.value),
                    "per_week": schedule.per_week,
                    "kind": schedule.kind,
                    "bands": [[b.from_week, b.to_week, _plain(b.pct)] for b in schedule.steps],
                }
        text = json.dumps(data, sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(text.encode()).hexdigest()[:HASH_LENGTH]


def _plain(value: Decimal) -> str:
    """A canonical text for a number: 114.680 and 114.68 hash alike."""
    text = format(value.normalize(), "f")
    return text


def _pick(path: KeyPath, series: "Series[Any]", table: RateTable, day: date) -> Rate | Missing:
    found = series.at(day, table.period.end)
    if found is None:
        first = series.entries[0].start
        return Missing(path, "val_no_value_on", {"day": day, "first": first or ""})
    i, entry = found
    position = None if series.single else i
    return Rate(path, entry.value, entry.source, position, entry.start, entry.end, entry.checked)


def resolve(
    table: RateTable,
    day: date,
    *,
    layers: tuple[str, ...],
    overrides: tuple[Override, ...] = (),
) -> EffectiveRates | list[Missing]:
    """The rates of ``table`` in force on ``day``, or every rate that has none.

    A benefit or a refund with no value on ``day`` (or a refund left out of the table)
    only makes it unavailable; it is an error when a case uses it.
    """
    if not table.period.covers(day):
        end = table.period.end or ""
        values = {"day": day, "start": table.period.start, "end": end}
        return [Missing(("period",), "val_day_outside_period", values)]
    picked = [_pick(path, series, table, day) for path, series in table.scalar_series()]
    missing = [p for p in picked if isinstance(p, Missing) and p.path[0] != "refund_pct"]
    if missing:
        return missing
    rates = [p for p in picked if isinstance(p, Rate)]
    unavailable_refunds = {
        str(p.path[1]): p for p in picked if isinstance(p, Missing) and p.path[0] == "refund_pct"
    }
    for scheme in table.refund_pct.left_out():
        unavailable_refunds[scheme] = Missing(
            ("refund_pct", scheme), "val_refund_left_out", {"scheme": scheme}
        )
    benefits: dict[str, EffectiveBenefit] = {}
    unavailable: dict[str, Missing] = {}
    for key, benefit in table.benefits.items():
        if isinstance(benefit, TierBenefit):
            schedule: TierSchedule | StaircaseSchedule = TierSchedule(benefit.tiers, benefit.source)
        else:
            resolved = _staircase(key, benefit, table, day)
            if isinstance(resolved, Missing):
                unavailable[key] = resolved
                continue
            schedule = resolved
        benefits[key] = EffectiveBenefit(key, benefit.label, schedule)
    by_key = {rate.path: rate for rate in rates}
    return EffectiveRates(
        table,
        layers,
        day,
        pa_hourly_rate=by_key[("pa_hourly_rate",)],
        weeks_per_month=by_key[("weeks_per_month",)],
        pa_normal_max_hours_per_week=by_key[("pa_normal_max_hours_per_week",)],
        education_normal_max_hours_per_week=by_key[("education_normal_max_hours_per_week",)],
        education_max_hours_per_week=by_key[("education_max_hours_per_week",)],
        refunds={str(path[1]): rate for path, rate in by_key.items() if path[0] == "refund_pct"},
        benefits=benefits,
        unavailable=unavailable,
        unavailable_refunds=unavailable_refunds,
        overrides=overrides,
    )


def _staircase(
    key: str, benefit: StaircaseBenefit, table: RateTable, day: date
) -> StaircaseSchedule | Missing:
    gross = _pick(("benefits", key, benefit.gross_key), benefit.gross, table, day)
    stairs = table.staircases[benefit.staircase]
    bands = _pick(("staircases", benefit.staircase, "bands"), stairs.bands, table, day)
    if isinstance(gross, Missing):
        return gross
    if isinstance(bands, Missing):
        return bands
    return StaircaseSchedule(
        gross=gross,
        per_week=benefit.gross_weekly is not None,
        staircase=benefit.staircase,
        label=stairs.label,
        kind=stairs.kind,
        bands=bands,
    )
