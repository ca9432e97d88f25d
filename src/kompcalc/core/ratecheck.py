"""``kompcalc rates check``: what is stale, missing or inconsistent in a rate table.

Loading already refuses what makes a table unusable (unknown keys, values without a
source, unknown source ids, bad numbers, overlapping tiers). This looks further, at
what a table needs to stay right over time:

* every value in force today, and every discount rate, was checked against its source
  within the last year;
* every scheme has a refund (a table may leave one out when no source gives it, but
  it cannot compute a case with that scheme until one is added);
* the dated values leave no gap in the table's period;
* every year of the period after a value's first has its own PA hourly rate and its
  own amount of every benefit given as a gross amount (both are set every year, the
  benefits by the yearly rate adjustment), rather than last year's carried over; a
  benefit in the catalogue's form (net cost in tiers) is a profile and is not held to
  this.

A table whose period ended before the day checked is a historical profile: it is not
expected to be re-checked, and the result says so.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kompcalc.core.rates import KeyPath, RateTable, StaircaseBenefit
from kompcalc.core.series import Series, gaps
from kompcalc.errors import Message, msg

STALE_AFTER = timedelta(days=365)
"""A value not checked against its source for longer than this is reported."""


@dataclass(frozen=True)
class Finding:
    """One thing to fix (or, if ``note``, just to know) about a table."""

    path: KeyPath
    text: Message
    note: bool = False


def check(table: RateTable, today: date) -> list[Finding]:
    """Every finding about ``table`` as of ``today``."""
    period = table.period
    findings: list[Finding] = []
    if period.end is not None and period.end < today:
        findings.append(Finding(("period",), msg("chk_historical", end=period.end), note=True))
    elif period.start <= today:
        findings += _stale(table, today)
    findings += [
        Finding(("refund_pct", scheme), msg("chk_refund_left_out"))
        for scheme in table.refund_pct.left_out()
    ]
    for path, series in table.all_series():
        for start, end in _gaps(series, table):
            findings.append(Finding(path, msg("chk_gap", start=start, end=end or "…")))
    findings += _years_without_own_value(table, today)
    return findings


def _gaps(series: Series[Any], table: RateTable) -> list[tuple[date, date | None]]:
    return list(gaps(series.spans(table.period.end), table.period.start, table.period.end))


def _stale(table: RateTable, today: date) -> list[Finding]:
    found = []
    for name, rate in table.discount_rates.items():  # not dated: checked as a whole
        if rate.checked is None:
            found.append(Finding(("discount_rates", name), msg("chk_never_checked")))
        elif today - rate.checked > STALE_AFTER:
            found.append(Finding(("discount_rates", name), msg("chk_stale", checked=rate.checked)))
    for path, series in table.all_series():
        held = series.at(today, table.period.end)
        if held is None:
            continue
        i, entry = held
        where = path if series.single else (*path, i)
        if entry.checked is None:
            found.append(Finding(where, msg("chk_never_checked")))
        elif today - entry.checked > STALE_AFTER:
            found.append(Finding(where, msg("chk_stale", checked=entry.checked)))
    return found


def _years_without_own_value(table: RateTable, today: date) -> list[Finding]:
    period = table.period
    last = (period.end or max(today, period.start)).year
    yearly: list[tuple[KeyPath, Series[Any], str]] = [
        (("pa_hourly_rate",), table.pa_hourly_rate, "chk_year_without_pa_rate")
    ]
    yearly += [
        (("benefits", key, benefit.gross_key), benefit.gross, "chk_year_without_amount")
        for key, benefit in table.benefits.items()
        if isinstance(benefit, StaircaseBenefit)
    ]
    found = []
    for path, series, text in yearly:
        years = {(e.start or period.start).year for e in series.entries}
        found += [  # a year before the first value is a gap, reported as such
            Finding(path, msg(text, year=year))
            for year in range(min(years) + 1, last + 1)
            if year not in years
        ]
    return found
