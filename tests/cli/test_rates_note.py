"""The one note per run on rates that may not be today's: on stderr, never on stdout, and
``rates.historical`` in every JSON."""

import json
from datetime import date
from pathlib import Path

import pytest

from kompcalc.cli import common
from tests.helpers import EXAMPLE, SHIPPED_NOTE, TEST_RATES, RunCli

CURRENT = ["--rates", str(TEST_RATES), "--date", "2026-06-01"]
"""The made-up test table on a day in its period (2025-01-01 to 2026-12-31)."""


@pytest.fixture
def on_1_june_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is 1 June 2026, when the test table is current."""
    monkeypatch.setattr(common, "today", lambda: date(2026, 6, 1))


def note_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith(("Bemærk: ", "Note: "))]


@pytest.mark.parametrize("command", [["pa", "--hours", "12"], ["aid", "--amount", "8507"]])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_shipped_table_gets_one_note_and_the_json_stays_clean(
    cli: RunCli, command: list[str], lang: str
) -> None:
    run = cli(*command, "--json", "--lang", lang)
    assert run.code == 0
    assert run.err == SHIPPED_NOTE[lang] + "\n"
    data = json.loads(run.out)  # the whole of stdout is one JSON object
    assert data["rates"]["historical"] is True and data["rates"]["tables"] == ["sjh-2014"]


def test_batch_json_says_historical_for_the_run_and_every_case(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--json")
    assert run.code == 0 and run.err == SHIPPED_NOTE["da"] + "\n"
    data = json.loads(run.out)
    assert data["rates"]["historical"] is True
    assert [case["rates"]["historical"] for case in data["cases"]] == [True] * 10


def test_a_run_refused_for_bad_input_says_only_why(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--benefit", "kontanthjælp")
    assert run.code == 2 and note_lines(run.err) == [] and len(run.err.splitlines()) == 1


@pytest.mark.usefixtures("on_1_june_2026")
def test_a_current_table_gets_no_historical_note(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", *CURRENT, "--json")
    assert run.code == 0
    assert json.loads(run.out)["rates"]["historical"] is False
    assert "historisk" not in run.err and "dk-seneste" not in run.err
    # its undated amounts hold from the period's start, 1 January 2025: 17 months before
    assert note_lines(run.err) == [
        "Bemærk: Satstabellen test-2026 bruger beløb, der trådte i kraft over et år før "
        "01.06.2026, og som kan være forældede: benefits.dagpenge.gross_weekly "
        "(fra 01.01.2025), benefits.kontanthjælp.gross_monthly (fra 01.01.2025)."
    ]


@pytest.mark.usefixtures("on_1_june_2026")
def test_a_current_table_with_no_old_amount_gets_no_note(cli: RunCli) -> None:
    sets = ["--set", "benefits.dagpenge.gross_weekly=4000"]
    sets += ["--set", "benefits.kontanthjælp.gross_monthly=20000"]
    run = cli("pa", "--hours", "12", *CURRENT, *sets, "--json")
    assert run.code == 0 and run.err == ""


@pytest.mark.usefixtures("on_1_june_2026")
def test_an_amount_over_a_year_old_is_named_with_its_date(cli: RunCli, tmp_path: Path) -> None:
    text = TEST_RATES.read_text(encoding="utf-8")
    dated = "  - {from: 2026-01-01, value: 127.86, source: made-up, checked: 2026-01-10}\n"
    assert dated in text
    table = tmp_path / "old-pa.yaml"
    table.write_text(text.replace(dated, ""), encoding="utf-8")
    # the 2025 hourly rate, still in force on 2 January 2026: a year and a day later
    run = cli("pa", "--hours", "12", "--rates", str(table), "--date", "2026-01-02", "--lang", "en")
    assert run.code == 0
    (line,) = note_lines(run.err)
    assert line.startswith("Note: The rate table test-2026 uses amounts that took effect")
    assert "before 2026-01-02" in line and "pa_hourly_rate (from 2025-01-01)" in line
    on_the_day = cli("pa", "--hours", "12", "--rates", str(table), "--date", "2026-01-01")
    assert "pa_hourly_rate" not in on_the_day.err  # exactly a year: not over a year


def test_a_table_whose_period_has_ended_is_historical(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "today", lambda: date(2027, 2, 1))
    run = cli("pa", "--hours", "12", *CURRENT, "--json")
    assert run.code == 0 and json.loads(run.out)["rates"]["historical"] is True
    assert run.err == (
        "Bemærk: Satstabellen test-2026 er historisk: den gælder 2025–2026. Brug aktuelle "
        "satser med --rates dk-seneste (følger med kompcalc), eller lav din egen tabel med "
        "kompcalc rates init.\n"
    )


def test_rates_show_json_says_historical_too(cli: RunCli) -> None:
    run = cli("rates", "--json")
    assert run.code == 0 and json.loads(run.out)["historical"] is True
