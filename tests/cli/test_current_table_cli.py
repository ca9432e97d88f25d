"""The shipped current table through the CLI: --rates dk-seneste computes on the
staircase with hand-worked figures, the icebreaker scheme fails where its refund is
left out, and rates check names what to renew."""

import json
from pathlib import Path

from tests.helpers import CURRENT, RunCli, line_of, without_rates_note

ON = ("--rates", "dk-seneste", "--date", "2026-03-01")


def test_pa_on_the_current_table_gives_the_hand_worked_figures(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", *ON, "--json")
    assert run.code == 0 and without_rates_note(run.err) == ""
    data = json.loads(run.out)
    assert data["rates"]["tables"] == ["dk-seneste"] and data["rates"]["date"] == "2026-03-01"
    # 12 h x 128.23 kr. = 1,538.76; x 4.33 weeks = 6,662.8308 -> 6,662.83 a month;
    # the municipality's half of it, 3,331.415, rounds half-up to 3,331.42
    assert data["monthly"] == {"gross": "6662.83", "refund": "3331.41", "net": "3331.42"}
    # Sygedagpenge, 4,695 kr. a week from benefit week 1, on the refund staircase.
    # Month 1 covers benefit weeks 0-4.33 (4.33 weeks a month):
    #   weeks 0-4 (week 1-4): 80 % refunded, the municipality pays 20 %: 4 x 20 = 80
    #   weeks 4-4.33 (week 5-26): 40 % refunded, it pays 60 %: 0.33 x 60 = 19.8
    #   4,695 x (80 + 19.8) / 100 = 4,695 x 0.998 = 4,685.61
    # Month 2 covers weeks 4.33-8.66, all at 60 %: 4,695 x 4.33 x 0.60 = 12,197.61
    assert data["benefit_staircase"]["gross"] == "4695.00"
    assert data["avoided_benefit"] == "4685.61"
    assert data["timeline"][1]["avoided_benefit"] == "12197.61"
    # the first month's saving: 4,685.61 - 3,331.42 = 1,354.19, from the start
    assert data["monthly_saving"] == "1354.19" and data["break_even_months"] == "0.00"


def test_dagpenge_are_costed_on_the_co_financing_staircase(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", *ON, "--benefit", "dagpenge", "--json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    # 21,092 kr. a month; the municipality pays 20 % in weeks 1-4, 60 % in weeks 5-26.
    # Month 1: 21,092 x (4 x 20 + 0.33 x 60) / (100 x 4.33) = 4,861.389... -> 4,861.39
    # Month 2: 21,092 x 4.33 x 60 / (100 x 4.33) = 12,655.20
    assert data["benefit_staircase"]["kind"] == "cofinance"
    assert data["avoided_benefit"] == "4861.39"
    assert data["timeline"][1]["avoided_benefit"] == "12655.20"


def test_aids_compute_with_the_icebreaker_refund_left_out(cli: RunCli) -> None:
    run = cli("aid", "--amount", "8507", *ON, "--json")
    assert run.code == 0 and without_rates_note(run.err) == ""
    data = json.loads(run.out)
    # 8,507 kr. once, 50 % refunded: 4,253.50 each
    assert data["one_off"] == {"gross": "8507.00", "refund": "4253.50", "net": "4253.50"}


def test_without_a_date_it_computes_at_today(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--rates", "dk-seneste", "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["monthly"]["net"] == "3331.42"


def test_a_case_with_the_icebreaker_scheme_names_the_left_out_refund(
    cli: RunCli, tmp_path: Path
) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n  - id: isbryder\n    benefit: dagpenge\n    interventions:\n"
        "      - {kind: icebreaker, monthly: 9000, months: 12}\n",
        "utf-8",
    )
    run = cli("batch", str(cases), *ON, "--lang", "en")
    assert run.code == 1
    line = line_of(CURRENT, "refund_pct:")
    assert (
        f"isbryder: interventions.1.kind: rates/dk-seneste.yaml:{line}: refund_pct.icebreaker: "
        "the rate table gives no state refund for this scheme (it is left out)" in run.err
    )


def test_rates_check_names_what_to_renew(cli: RunCli) -> None:
    run = cli("rates", "check", "--rates", "dk-seneste", "--date", "2026-11-23", "--lang", "en")
    assert run.code == 1
    problems = [line for line in run.out.splitlines() if line.startswith("Problem: ")]
    pa_line = line_of(CURRENT, "pa_hourly_rate:")
    for year in (2023, 2024, 2025, 2026):
        assert (
            f"Problem: rates/dk-seneste.yaml:{pa_line}: pa_hourly_rate: "
            f"no PA hourly rate set for {year} (it is set every year)" in problems
        )
    for benefit in ("sygedagpenge", "ledighedsydelse", "ressourceforløbsydelse-forsørger"):
        for year in (2025, 2026):
            assert any(f"benefits.{benefit}.gross_" in x and f"no amount set for {year}" in x
                       for x in problems)  # fmt: skip
    assert any("refund_pct.icebreaker: no state refund in the table" in x for x in problems)
    assert len(problems) > 1
    assert run.out.splitlines()[-1] == f"{len(problems)} problems found."


def test_rates_check_names_values_not_checked_for_over_a_year(cli: RunCli) -> None:
    run = cli("rates", "check", "--rates", "dk-seneste", "--date", "2027-11-24", "--lang", "en")
    assert run.code == 1
    entry = line_of(CURRENT, "- from: 2022-10-01")  # the PA hourly rate's one entry
    assert (
        f"rates/dk-seneste.yaml:{entry}: pa_hourly_rate.1: "
        "the value was last checked on 2026-11-23, over a year ago" in run.out
    )
    assert "benefits.sygedagpenge.gross_weekly.1: the value was last checked on 2026-11-23" in (
        run.out
    )
