"""Dated rate values, overlays over a base table, --set overrides and the rates hash."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from kompcalc.errors import EXIT_BAD_DATA, EXIT_BAD_USAGE, KompcalcError
from kompcalc.loading.ratefile import load_rates
from tests.helpers import SHIPPED, TEST_RATES, line_of

Write = Callable[[str, str], Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def problem(path: Path | None, **kwargs: object) -> KompcalcError:
    with pytest.raises(KompcalcError) as info:
        load_rates(path, **kwargs)  # type: ignore[arg-type]
    return info.value


def variant(write: Write, old: str, new: str, source: Path = TEST_RATES) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    return write("variant.yaml", text.replace(old, new, 1))


def test_the_date_picks_the_value_in_force() -> None:
    assert load_rates(TEST_RATES, day=date(2025, 12, 31)).pa_hourly_rate.value == 120
    in_2026 = load_rates(TEST_RATES, day=date(2026, 1, 1)).pa_hourly_rate
    assert in_2026.value == D("127.86") and in_2026.checked == date(2026, 1, 10)


def test_a_current_table_is_computed_at_today(monkeypatch: pytest.MonkeyPatch) -> None:
    rates = load_rates(TEST_RATES, today=date(2026, 6, 1))
    assert rates.day == date(2026, 6, 1) and rates.pa_hourly_rate.value == D("127.86")


def test_a_date_outside_the_period_is_an_error_not_an_old_value() -> None:
    error = problem(TEST_RATES, day=date(2027, 1, 1))
    assert error.exit_code == EXIT_BAD_DATA
    text = str(error)
    assert f"{TEST_RATES}:{line_of(TEST_RATES, 'period:')}: period:" in text
    assert "no rates for 2027-01-01" in text


def test_a_value_with_no_entry_on_the_date_names_its_line(write: Write) -> None:
    path = variant(write, "{from: 2025-01-01, value: 120.00", "{from: 2025-07-01, value: 120.00")
    text = str(problem(path, day=date(2025, 3, 1)))
    assert f"{path}:{line_of(path, 'pa_hourly_rate:')}: pa_hourly_rate: no value holds on" in text
    assert "2025-03-01 (the first takes effect 2025-07-01)" in text


def test_a_value_that_ends_leaves_no_value_after_it(write: Write) -> None:
    path = variant(
        write,
        "{from: 2026-01-01, value: 127.86,",
        "{from: 2026-01-01, to: 2026-06-30, value: 127.86,",
    )
    assert load_rates(path, day=date(2026, 6, 30)).pa_hourly_rate.value == D("127.86")
    assert "pa_hourly_rate: no value holds on 2026-07-01" in str(
        problem(path, day=date(2026, 7, 1))
    )


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ("{from: 2025-01-01, value: 127.86", "entry 2 has the same date (2025-01-01)"),
        ("{from: 2024-06-01, value: 127.86", "entry 2 (2024-06-01) comes after a later date"),
        ("{value: 127.86", "entry 2 has no from"),
    ],
)
def test_series_dates_must_be_distinct_and_in_order(write: Write, new: str, expected: str) -> None:
    path = variant(write, "{from: 2026-01-01, value: 127.86", new)
    text = str(problem(path))
    assert f"{path}:{line_of(path, 'pa_hourly_rate:')}: pa_hourly_rate: {expected}" in text


def test_a_date_keyed_series_with_a_repeated_date_is_caught(write: Write) -> None:
    path = variant(
        write,
        "weeks_per_month: {value: 4.33, source: made-up, checked: 2026-01-10}",
        "weeks_per_month:\n  2026-01-01: {value: 4.33}\n  2026-01-01: {value: 4.35}",
    )
    text = str(problem(path))
    assert f"{path}:{line_of(path, '2026-01-01: {value: 4.35}')}:" in text
    assert 'duplicate key "2026-01-01"' in text


@pytest.mark.parametrize(
    ("old", "new", "field", "expected", "at"),
    [
        ("{from_week: 5, to_week: 26, pct: 40}", "{from_week: 4, to_week: 26, pct: 40}",
         "staircases.refusion.bands.value", "step 2 starts at week 4 and overlaps",
         "      value:"),
        ("{from_week: 5, to_week: 26, pct: 40}", "{from_week: 6, to_week: 26, pct: 40}",
         "staircases.refusion.bands.value", "step 2 starts at week 6 and leaves a gap",
         "      value:"),
        ("{from_week: 27, to_week: 52, pct: 30}", "{from_week: 27, to_week: 52, pct: 130}",
         "staircases.refusion.bands.value.3.pct", "must be at most 100", "pct: 130"),
        ("value: 4695,", "value: -4695,", "benefits.sygedagpenge.gross_weekly.1.value",
         "must be greater than 0", "value: -4695"),
        ("staircase: medfinansiering", "staircase: medfinansering",
         "benefits.dagpenge.staircase", 'unknown staircase "medfinansering"',
         "staircase: medfinansering"),
        ("    gross_monthly:", "    gross_weekly: {value: 1, source: law}\n    gross_monthly:",
         "benefits.kontanthjælp", "either gross_weekly or gross_monthly", "  kontanthjælp:"),
        ("kind: cofinance", "kind: cofinancing", "staircases.medfinansiering.kind",
         "must be", "kind: cofinancing"),
    ],
)  # fmt: skip
def test_bad_staircase_tables_name_line_and_key(
    write: Write, old: str, new: str, field: str, expected: str, at: str
) -> None:
    path = variant(write, old, new)
    error = problem(path)
    assert error.exit_code == EXIT_BAD_DATA
    found = [p for p in error.problems if p.field == field]
    assert len(found) == 1, str(error)
    assert expected in found[0].message
    assert (found[0].file, found[0].line) == (str(path), line_of(path, at))


def test_overlay_changes_only_what_it_names(write: Write) -> None:
    path = write(
        "mine.yaml",
        "base: sjh-2014\nname: mine\n"
        "pa_hourly_rate: {value: 127.86, source: sjh-2014, note: what-if}\n",
    )
    base = load_rates(None)
    mine = load_rates(path)
    assert mine.layers == ("sjh-2014", "mine")
    assert mine.pa_hourly_rate.value == D("127.86")
    assert mine.refunds == base.refunds and mine.benefits == base.benefits
    assert [(o.key, o.by) for o in mine.overrides] == [("pa_hourly_rate", str(path))]
    assert mine.hash != base.hash


def test_an_error_in_an_overlay_names_the_overlay_and_its_line(write: Write) -> None:
    path = write(
        "mine.yaml",
        "base: sjh-2014\nname: mine\nrefund_pct:\n  aids: {value: 150, source: sjh-2014}\n",
    )
    error = problem(path)
    assert error.problems[0].file == str(path) and error.problems[0].line == 4
    assert error.problems[0].field == "refund_pct.aids.value"
    assert "must be at most 100" in error.problems[0].message


def test_an_overlay_can_build_on_a_file_and_errors_stay_in_their_file(write: Write) -> None:
    text = SHIPPED.read_text("utf-8").replace("value: 4.33", "value: -4.33")
    base = write("base.yaml", text)
    over = write("over.yaml", "base: base.yaml\nname: over\n")
    error = problem(over)
    assert error.problems[0].file == str(base)
    assert error.problems[0].line == line_of(base, "-4.33")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("base: nowhere-2099\n", 'ships no rate table named "nowhere-2099"'),
        ("base: ./missing.yaml\n", 'the base table "./missing.yaml" does not exist'),
        ("base: loop.yaml\n", "in a circle"),
        ("base: 12\n", "base must be the name"),
    ],
)
def test_bad_bases_are_clear_errors(write: Write, text: str, expected: str) -> None:
    path = write("loop.yaml", text)
    error = problem(path)
    assert error.problems[0].file == str(path) and error.problems[0].line == 1
    assert expected in error.problems[0].message


def test_set_overrides_one_value_and_says_what_it_was() -> None:
    rates = load_rates(None, sets=[("pa_hourly_rate", D("127.86"))])
    assert rates.pa_hourly_rate.value == D("127.86") and rates.pa_hourly_rate.source == "--set"
    (override,) = rates.overrides
    assert (override.key, override.by, override.value, override.was) == (
        "pa_hourly_rate",
        "--set",
        D("127.86"),
        D("114.68"),
    )


def test_set_reaches_a_tier_amount_by_its_position() -> None:
    rates = load_rates(None, sets=[("benefits.løntilskud.tiers.1.monthly", D(9000))])
    schedule = rates.benefits["løntilskud"].schedule
    assert [t.monthly for t in schedule.tiers] == [9000]  # type: ignore[union-attr]


def test_set_replaces_a_whole_dated_series() -> None:
    sets = [("pa_hourly_rate", D(130))]
    early = load_rates(TEST_RATES, day=date(2025, 2, 1), sets=sets)
    assert early.pa_hourly_rate.value == 130 and early.overrides[0].was == 120


def test_set_of_an_unknown_rate_is_bad_usage_listing_the_known_ones() -> None:
    error = problem(None, sets=[("pa_hourly_rat", D(1))])
    assert error.exit_code == EXIT_BAD_USAGE
    assert 'unknown rate "pa_hourly_rat"' in str(error) and "pa_hourly_rate" in str(error)


def test_set_of_a_bad_value_is_bad_usage_naming_set() -> None:
    error = problem(None, sets=[("refund_pct.aids", D(150))])
    assert error.exit_code == EXIT_BAD_USAGE
    assert str(error) == "--set: refund_pct.aids.value: must be at most 100"


def test_hash_follows_the_numbers_not_their_spelling(write: Write) -> None:
    default = load_rates(None).hash
    respelled = SHIPPED.read_text("utf-8").replace("value: 114.68", "value: 114.680")
    renoted = respelled.replace('note: "kr. pr. time"', 'note: "kroner per hour"')
    assert load_rates(write("same.yaml", renoted)).hash == default
    same_set = load_rates(None, sets=[("weeks_per_month", D("4.33"))])
    assert same_set.hash == default
    changed = load_rates(None, sets=[("weeks_per_month", D("4.34"))])
    assert changed.hash != default and len(default) == 10


def test_a_typo_at_the_top_of_an_overlay_names_its_line(write: Write) -> None:
    path = write("mine.yaml", "base: sjh-2014\nname: mine\npa_hourly_rat: {value: 1, source: x}\n")
    error = problem(path)
    assert (error.problems[0].file, error.problems[0].line) == (str(path), 3)
    assert error.problems[0].field == "pa_hourly_rat"
    assert "unknown field" in error.problems[0].message
