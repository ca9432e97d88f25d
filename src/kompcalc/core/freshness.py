"""Whether the rates a run uses can be trusted to be today's: what every run notes.

A table whose period ended before today is *historical* (the shipped catalogue table
of 2014 is one): its figures describe another year, and a run on it says so once. A
current table can still hold amounts that took effect long before the day computed
for (a 2024 amount used in 2026); those are listed, as they are likely out of date.

Only amounts are looked at: the PA hourly rate and the benefits' amounts, which are
set anew every year. Percentages and limits (the refunds, the refund staircase, weeks
per month, the hour limits) are set by law and may rightly stand for many years. A
value given with ``--set`` is the user's choice for this run and is never listed.

This module decides; :mod:`kompcalc.render.ratenote` says it in words.
"""

from datetime import date
from typing import NamedTuple

from kompcalc.core.effective import SET_SOURCE, EffectiveRates, StaircaseSchedule
from kompcalc.record import Record

REFUND_REFORM = date(2016, 1, 1)
"""The refund reform: from this day the state's refund on benefits follows the refund
staircase (Lov om kommunernes finansiering af visse offentlige ydelser § 5)."""


class OldValue(NamedTuple):
    """An amount in force on the day computed for that took effect over a year before.

    ``key`` is its key in the rate table; ``benefit`` the benefit it is the amount of
    (None for the PA hourly rate).
    """

    key: str
    since: date
    benefit: str | None = None


class Freshness(Record):
    """How current the rates of a run are.

    ``table`` is the table's name (``sjh-2014``); ``day`` the day the rates were taken
    at (the day computed for); ``start`` and ``end`` the table's period (``end`` None:
    open). ``historical``: the period ended before today; ``before_reform``: it ended
    before the refund reform of 1 January 2016. ``old``: for a current table, the
    amounts over a year old on the day computed for, oldest first; empty for a
    historical table (all of it is old).
    """

    __slots__ = ("before_reform", "day", "end", "historical", "old", "start", "table")
    fields = ("table", "day", "start", "end", "historical", "before_reform", "old")

    table: str
    day: date
    start: date
    end: date | None
    historical: bool
    before_reform: bool
    old: tuple[OldValue, ...]

    def __init__(
        self,
        table: str,
        day: date,
        start: date,
        end: date | None,
        historical: bool,
        before_reform: bool,
        old: tuple[OldValue, ...],
    ) -> None:
        for name, value in zip(
            self.fields, (table, day, start, end, historical, before_reform, old), strict=True
        ):
            object.__setattr__(self, name, value)


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def freshness(rates: EffectiveRates, today: date) -> Freshness:
    """How current ``rates`` are, today, for the day they were taken at."""
    period = rates.table.period
    historical = period.end is not None and period.end < today
    return Freshness(
        table=rates.table.name,
        day=rates.day,
        start=period.start,
        end=period.end,
        historical=historical,
        before_reform=period.end is not None and period.end < REFUND_REFORM,
        old=() if historical else old_values(rates),
    )


def old_values(rates: EffectiveRates) -> tuple[OldValue, ...]:
    """The amounts in force on ``rates.day`` that took effect more than a year before it.

    A value without a date of its own holds from the start of the table's period.
    """
    start = rates.table.period.start
    chosen = {o.key for o in rates.overrides if o.by == SET_SOURCE}
    found: list[OldValue] = []
    pa = rates.pa_hourly_rate
    if pa.source != SET_SOURCE:
        found.append(OldValue(pa.key, pa.start or start))
    for key, benefit in rates.benefits.items():
        schedule = benefit.schedule
        if isinstance(schedule, StaircaseSchedule):
            gross = schedule.gross
            if gross.source != SET_SOURCE:
                found.append(OldValue(gross.key, gross.start or start, key))
        else:  # tiers hold for the whole period
            path = f"benefits.{key}.tiers"
            if not any(k.startswith(f"{path}.") for k in chosen):
                found.append(OldValue(path, start, key))
    limit = year_before(rates.day)
    return tuple(sorted((v for v in found if v.since < limit), key=lambda v: (v.since, v.key)))
