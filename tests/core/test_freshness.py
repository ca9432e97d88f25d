"""Whether a run's rates are historical, and which current amounts are over a year old."""

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from kompcalc.core.freshness import freshness, year_before
from kompcalc.loading.ratefile import load_rates
from tests.helpers import TEST_RATES

OLD_PA_RATE = "  - {from: 2026-01-01, value: 127.86, source: made-up, checked: 2026-01-10}\n"
"""The test table's 2026 PA hourly rate: without it, the 2025 rate holds on in 2026."""


@pytest.fixture
def old_pa_rate(tmp_path: Path) -> Path:
    """The test table with only its 2025 PA hourly rate."""
    text = TEST_RATES.read_text(encoding="utf-8")
    assert OLD_PA_RATE in text
    path = tmp_path / "old-pa.yaml"
    path.write_text(text.replace(OLD_PA_RATE, ""), encoding="utf-8")
    return path


def test_the_shipped_table_is_historical_and_before_the_reform() -> None:
    found = freshness(load_rates(None), today=date(2026, 6, 1))
    assert found.historical and found.before_reform
    assert (found.table, found.start, found.end) == (
        "sjh-2014",
        date(2014, 1, 1),
        date(2014, 12, 31),
    )
    assert found.old == ()  # all of a historical table is old: it is not listed


def test_a_table_is_historical_from_the_day_after_its_period() -> None:
    rates = load_rates(TEST_RATES, day=date(2026, 6, 1))  # period 2025-01-01..2026-12-31
    assert not freshness(rates, today=date(2026, 12, 31)).historical
    later = freshness(rates, today=date(2027, 1, 1))
    assert later.historical and not later.before_reform  # it ends after 1 January 2016


def test_a_current_table_lists_the_amounts_over_a_year_old() -> None:
    # on 1 June 2026 the PA rate and the sickness benefit are of 1 January 2026; the
    # undated amounts hold from the period's start, 1 January 2025: 17 months before
    found = freshness(load_rates(TEST_RATES, day=date(2026, 6, 1)), today=date(2026, 6, 1))
    assert not found.historical
    assert [(v.key, v.since, v.benefit) for v in found.old] == [
        ("benefits.dagpenge.gross_weekly", date(2025, 1, 1), "dagpenge"),
        ("benefits.kontanthjælp.gross_monthly", date(2025, 1, 1), "kontanthjælp"),
    ]


def test_percentages_and_limits_are_not_listed() -> None:
    # the refund staircase holds from 2016 and the refunds from 2025: set by law, not
    # every year, so never "old"
    found = freshness(load_rates(TEST_RATES, day=date(2026, 6, 1)), today=date(2026, 6, 1))
    keys = {v.key for v in found.old}
    assert not any(k.startswith(("refund_pct", "staircases", "weeks", "pa_normal")) for k in keys)


@pytest.mark.parametrize(
    ("day", "listed"),
    [
        (date(2025, 6, 1), False),
        (date(2026, 1, 1), False),  # exactly a year: not more than a year
        (date(2026, 1, 2), True),
        (date(2026, 12, 31), True),
    ],
)
def test_an_amount_is_old_when_it_took_effect_over_a_year_before_the_day(
    old_pa_rate: Path, day: date, listed: bool
) -> None:
    found = freshness(load_rates(old_pa_rate, day=day), today=day)
    pa = [(v.since, v.benefit) for v in found.old if v.key == "pa_hourly_rate"]
    assert pa == ([(date(2025, 1, 1), None)] if listed else [])


def test_a_value_given_with_set_is_never_old(old_pa_rate: Path) -> None:
    day = date(2026, 6, 1)
    sets = [("pa_hourly_rate", D("130")), ("benefits.dagpenge.gross_weekly", D("4100"))]
    found = freshness(load_rates(old_pa_rate, day=day, sets=sets), today=day)
    assert [v.key for v in found.old] == ["benefits.kontanthjælp.gross_monthly"]


def test_tier_benefits_hold_from_the_period_start(tmp_path: Path) -> None:
    path = tmp_path / "open.yaml"
    text = TEST_RATES.read_text(encoding="utf-8").replace("  to: 2026-12-31\n", "")
    path.write_text(
        text + "  ledighedsydelse:\n    label: {da: L, en: L}\n    source: made-up\n"
        "    tiers: [{from_month: 1, monthly: 10000}]\n",
        encoding="utf-8",
    )
    found = freshness(load_rates(path, day=date(2030, 1, 1)), today=date(2030, 1, 1))
    assert not found.historical and found.end is None
    assert ("benefits.ledighedsydelse.tiers", date(2025, 1, 1)) in [
        (v.key, v.since) for v in found.old
    ]


def test_a_year_before_a_leap_day() -> None:
    assert year_before(date(2028, 2, 29)) == date(2027, 2, 28)
    assert year_before(date(2026, 6, 1)) == date(2025, 6, 1)
