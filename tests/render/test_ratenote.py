"""The rates note in words: a handful of old amounts named, the rest counted."""

from datetime import date

from kompcalc.core.freshness import Freshness, OldValue
from kompcalc.render.ratenote import rates_note, rates_notice, table_years


def current(*old: OldValue, end: date | None = date(2026, 12, 31)) -> Freshness:
    return Freshness("mine", date(2026, 6, 1), date(2025, 1, 1), end, False, False, old)


def test_a_handful_of_old_amounts_is_named_and_the_rest_counted() -> None:
    old = [OldValue(f"benefits.b{i}.gross_weekly", date(2024, 1, i), f"b{i}") for i in range(1, 8)]
    text = rates_note(current(*old), "da")
    assert text is not None
    assert "benefits.b5.gross_weekly (fra 05.01.2024) og 2 flere." in text
    assert "b6" not in text
    english = rates_note(current(*old), "en")
    assert english is not None and english.endswith("(from 2024-01-05) and 2 more.")


def test_nothing_to_say_is_no_note() -> None:
    assert rates_note(current(), "da") is None
    assert rates_notice(current(), "da", lambda v: v.key) is None


def test_the_report_names_amounts_in_plain_words_and_gives_no_options() -> None:
    old = OldValue("pa_hourly_rate", date(2024, 1, 1))
    notice = rates_notice(current(old), "en", lambda v: "Hourly rate")
    assert notice is not None and "Hourly rate (from 2024-01-01)" in notice
    historical = Freshness(
        "sjh-2014", date(2014, 1, 1), date(2014, 1, 1), date(2014, 12, 31), True, True, ()
    )
    text = rates_notice(historical, "da", lambda v: v.key)
    assert text is not None and "--" not in text and "kompcalc" not in text
    assert "før refusionsreformen 1. januar 2016" in text


def test_the_years_of_a_table() -> None:
    assert table_years(current(), "da") == "2025–2026"
    assert table_years(current(end=None), "en") == "from 2025"
    assert table_years(current(end=date(2025, 12, 31)), "da") == "2025"
