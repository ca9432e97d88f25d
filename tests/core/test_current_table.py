"""The shipped current table, dk-seneste: every value has a source, a date and a check,
holds the figures the domain reference gives with their dates, and leaves out what
has no source."""

from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from kompcalc.core.rates import RateTable, StaircaseBenefit
from kompcalc.loading.ratefile import load_rates, load_table
from kompcalc.loading.shipped import shipped_tables
from tests.helpers import CURRENT

NAME = Path("dk-seneste")
"""The table as ``--rates dk-seneste`` names it."""

CHECKED = date(2026, 11, 23)
"""The day the values were compared with kompcalc's domain reference."""


@pytest.fixture(scope="module")
def table() -> RateTable:
    return load_table(NAME).table


def test_it_is_shipped_and_loads_by_name_and_by_path(table: RateTable) -> None:
    assert "dk-seneste" in shipped_tables()
    assert table == load_table(CURRENT).table
    assert table.name == "dk-seneste" and table.title == "Seneste kendte satser med kilde"


def test_it_is_current_from_the_newest_pa_rate_with_no_end(table: RateTable) -> None:
    assert table.reference_date is None  # results use today's rates
    assert table.period.start == date(2022, 10, 1) and table.period.end is None


def test_every_value_names_a_source_that_exists_and_every_source_is_used(
    table: RateTable,
) -> None:
    refs = table.source_refs()
    assert len(refs) == 17  # 16 rates and the discount rate
    assert {source for _, source in refs} == set(table.sources)


def test_every_value_was_checked_and_the_sources_say_against_what(table: RateTable) -> None:
    for _, series in table.all_series():
        assert all(entry.checked == CHECKED for entry in series.entries)
    for source in table.sources.values():
        assert source.note is not None and "(schemes.md)" in source.note
        assert source.url is None  # none is given in the reference; none is made up


def _entry(table: RateTable, path: tuple[str, ...]) -> Any:
    found = dict(table.all_series())[path]
    [entry] = found.entries
    return entry


@pytest.mark.parametrize(
    ("path", "start", "value", "source"),
    [
        (("pa_hourly_rate",), date(2022, 10, 1), D("128.23"), "odder-pa"),
        (("benefits", "sygedagpenge", "gross_weekly"), date(2024, 1, 1), 4695, "bm-satser-2024"),
        (("benefits", "ledighedsydelse", "gross_weekly"), date(2024, 1, 1), 4185, "bm-satser-2024"),
        (
            ("benefits", "ressourceforløbsydelse-forsørger", "gross_monthly"),
            date(2024, 1, 1),
            16382,
            "bm-satser-2024",
        ),
        (
            ("benefits", "ressourceforløbsydelse-ikke-forsørger", "gross_monthly"),
            date(2024, 1, 1),
            12326,
            "bm-satser-2024",
        ),
        (
            ("benefits", "dagpenge", "gross_monthly"),
            date(2025, 1, 1),
            21092,
            "bm-satser-2025-dagpenge",
        ),
        (("refund_pct", "mentor"), date(2026, 1, 1), 0, "star-lovgivningsproces"),
        (("refund_pct", "personal_assistance"), None, 50, "star-5.68.91"),
        (("refund_pct", "education_assistance"), None, 50, "star-5.68.91"),
        (("refund_pct", "aids"), None, 50, "star-5.68.91"),
        (("weeks_per_month",), None, D("4.33"), "sjh-2014"),
        (("pa_normal_max_hours_per_week",), None, 20, "sjh-ingen-hindring"),
        (("education_normal_max_hours_per_week",), None, 20, "sjh-ingen-hindring"),
        (("education_max_hours_per_week",), None, 37, "sjh-ingen-hindring"),
    ],
)
def test_each_figure_holds_from_its_date_with_its_source(
    table: RateTable, path: tuple[str, ...], start: date | None, value: D, source: str
) -> None:
    entry = _entry(table, path)
    assert (entry.start, entry.value, entry.source) == (start, value, source)


@pytest.mark.parametrize(
    ("staircase", "kind", "pcts"),
    [("refusion", "refund", [80, 40, 30, 20]), ("medfinansiering", "cofinance", [20, 60, 70, 80])],
)
def test_the_staircases_hold_from_2016_by_the_financing_law(
    table: RateTable, staircase: str, kind: str, pcts: list[int]
) -> None:
    stairs = table.staircases[staircase]
    entry = _entry(table, ("staircases", staircase, "bands"))
    assert stairs.kind == kind and entry.start == date(2016, 1, 1)
    assert entry.source == "lov-finansiering"
    assert [(b.from_week, b.to_week, b.pct) for b in entry.value] == [
        (1, 4, pcts[0]),
        (5, 26, pcts[1]),
        (27, 52, pcts[2]),
        (53, None, pcts[3]),
    ]


def test_every_benefit_is_a_gross_amount_on_a_staircase(table: RateTable) -> None:
    assert all(isinstance(b, StaircaseBenefit) for b in table.benefits.values())
    stairs = {key: b.staircase for key, b in table.benefits.items()}  # type: ignore[union-attr]
    assert stairs.pop("dagpenge") == "medfinansiering"
    assert set(stairs.values()) == {"refusion"}


def test_what_has_no_source_is_left_out(table: RateTable) -> None:
    assert table.refund_pct.left_out() == ["icebreaker"]
    assert "kontanthjælp" not in table.benefits
    assert all(len(series.entries) == 1 for _, series in table.all_series())  # no 2025/26 guess


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2031, 6, 1)])
def test_it_computes_on_any_day_from_now_on(today: date) -> None:
    rates = load_rates(NAME, today=today)
    assert rates.day == today and rates.pa_hourly_rate.value == D("128.23")
    assert set(rates.benefits) == {
        "sygedagpenge",
        "ledighedsydelse",
        "ressourceforløbsydelse-forsørger",
        "ressourceforløbsydelse-ikke-forsørger",
        "dagpenge",
    }
    assert rates.refund("mentor").value == 0
    assert set(rates.unavailable_refunds) == {"icebreaker"}


def test_it_has_the_finance_ministrys_discount_rate_of_2021(table: RateTable) -> None:
    rate = table.discount_rates["fm2021"]
    assert [(band.from_year, band.pct) for band in rate.bands] == [(0, D("3.5")), (35, D("2.5"))]
    assert rate.source == "fm-diskonteringsrente-2021" and rate.checked == CHECKED
    assert table.sources[rate.source].publisher == "Finansministeriet"
