"""Loading rate tables: the shipped default and every kind of broken file."""

from datetime import date
from pathlib import Path

import pytest

from kompcalc.core.effective import EffectiveRates, TierSchedule
from kompcalc.errors import EXIT_BAD_DATA, KompcalcError
from kompcalc.loading.ratefile import load_rates, load_table
from tests.helpers import SHIPPED, line_of


def tiers(rates: EffectiveRates, key: str) -> list[tuple[object, ...]]:
    schedule = rates.benefits[key].schedule
    assert isinstance(schedule, TierSchedule)
    return [(t.from_month, t.to_month, t.monthly) for t in schedule.tiers]


def test_default_table_holds_the_catalogue_rates(rates: EffectiveRates) -> None:
    assert rates.layers == ("sjh-2014",)
    assert rates.day == date(2014, 1, 1)  # the table's reference date, not today
    assert str(rates.pa_hourly_rate.value) == "114.68"
    assert str(rates.weeks_per_month.value) == "4.33"
    assert rates.refund("personal_assistance").value == 50
    assert rates.refund("aids").value == 50
    assert tiers(rates, "sygedagpenge") == [(1, 12, 11200), (13, None, 16000)]
    assert tiers(rates, "ledighedsydelse") == [(1, 18, 10850), (19, None, 15500)]
    assert tiers(rates, "løntilskud") == [(1, 6, 11700)]


def test_every_value_names_a_known_source() -> None:
    table = load_table(None).table
    refs = table.source_refs()
    assert len(refs) >= 5
    assert all(source in table.sources for _, source in refs)


def test_rates_file_option_reads_another_table(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8").replace("value: 114.68", "value: 127.86")
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    assert str(load_rates(path).pa_hourly_rate.value) == "127.86"


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problem_text(path: Path) -> str:
    with pytest.raises(KompcalcError) as info:
        load_rates(path)
    assert info.value.exit_code == EXIT_BAD_DATA
    return str(info.value)


def test_unknown_key_names_file_line_and_field(tmp_path: Path) -> None:
    path = broken(tmp_path, "weeks_per_month:", "week_per_month:")
    message = problem_text(path)
    assert f"{path}:{line_of(path, 'week_per_month:')}: week_per_month: unknown field" in message
    # the suggestion names the missing key; it is not reported missing a second time
    assert 'did you mean "weeks_per_month"?' in message
    assert "weeks_per_month: is missing" not in message


def test_negative_rate_is_refused_at_its_line(tmp_path: Path) -> None:
    path = broken(tmp_path, "value: 114.68", "value: -114.68")
    message = problem_text(path)
    assert f":{line_of(path, '-114.68')}: pa_hourly_rate" in message
    assert "greater than 0" in message


def test_refund_above_100_percent_is_refused(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    start = text.index("  aids:\n    value: 50")
    path = tmp_path / "r.yaml"
    path.write_text(text[:start] + text[start:].replace("value: 50", "value: 150", 1), "utf-8")
    message = problem_text(path)
    assert "refund_pct.aids.value: must be at most 100" in message
    assert f":{line_of(path, 'value: 150')}:" in message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("{from_month: 13, monthly: 16000}", "{from_month: 12, monthly: 16000}", "overlaps"),
        ("{from_month: 13, monthly: 16000}", "{from_month: 14, monthly: 16000}", "gap"),
        (
            "{from_month: 1, to_month: 12, monthly: 11200}",
            "{from_month: 1, monthly: 11200}",
            "open-ended",
        ),
        ("to_month: 12,", "to_month: 0,", "at least 1"),
    ],
)
def test_tiers_must_follow_each_other(tmp_path: Path, old: str, new: str, expected: str) -> None:
    message = problem_text(broken(tmp_path, old, new))
    assert "benefits.sygedagpenge" in message and expected in message


def test_unknown_source_is_refused(tmp_path: Path) -> None:
    message = problem_text(broken(tmp_path, "  source: sjh-ingen-hindring", "  source: nowhere"))
    assert 'unknown source "nowhere"' in message


def test_duplicate_key_is_refused(tmp_path: Path) -> None:
    path = broken(
        tmp_path,
        "weeks_per_month:\n",
        "pa_hourly_rate: {value: 1, source: sjh-2014}\nweeks_per_month:\n",
    )
    message = problem_text(path)
    assert "duplicate key" in message and "pa_hourly_rate" in message
    assert f":{line_of(path, 'pa_hourly_rate: {value: 1')}:" in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"114,68"', "write decimals with a point"),
        ('"abc"', 'not the text "abc"'),
        (".nan", "finite number"),
        (".inf", "finite number"),
        ("yes", "not yes/no"),
        ("114.685", "at most 2 decimals"),
    ],
)
def test_bad_numbers_are_refused(tmp_path: Path, value: str, expected: str) -> None:
    path = tmp_path / "r.yaml"
    text = SHIPPED.read_text(encoding="utf-8")
    text = text.replace("{from_month: 13, monthly: 16000}", f"{{from_month: 13, monthly: {value}}}")
    path.write_text(text, encoding="utf-8")
    message = problem_text(path)
    assert expected in message
    assert "benefits.sygedagpenge.tiers.2.monthly" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("- just\n- a list\n", "must hold a YAML mapping"),
        ("name: [unclosed\n", "not valid YAML"),
        ("name: sjh\n  bad: indent\n", "not valid YAML"),
        ("name: x\n", "title: is missing"),
    ],
)
def test_malformed_files_give_one_clear_message(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    assert expected in problem_text(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert f"{path}: file not found" in problem_text(path)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert "not a UTF-8 text file" in problem_text(path)
