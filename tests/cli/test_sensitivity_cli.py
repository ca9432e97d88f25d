"""``kompcalc batch --sensitivity`` and ``--vary``: the JSON's totals per assumption and
switching values, against runs with each assumption set, and the usage errors."""

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import EXAMPLE, RunCli, without_shipped_note


def _json(cli: RunCli, *args: str) -> dict[str, Any]:
    run = cli("batch", str(EXAMPLE), "--json", *args)
    assert run.code == 0, run.err
    assert without_shipped_note(run.err) == ""
    data: dict[str, Any] = json.loads(run.out)
    return data


def _sensitivity(cli: RunCli, *args: str) -> dict[str, Any]:
    found: dict[str, Any] = _json(cli, "--sensitivity", *args)["sensitivity"]
    return found


def _assumption(data: dict[str, Any], key: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [a for a in data["assumptions"] if a["key"] == key]
    assert len(found) == 1
    return found[0]


def _case(data: dict[str, Any], case_id: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in data["cases"] if c["id"] == case_id]
    assert len(found) == 1
    return found[0]


def _saving_of(cli: RunCli, case_id: str, *args: str) -> D:
    (case,) = [c for c in _json(cli, *args)["cases"] if c["id"] == case_id]
    return D(case["savings"][list(case["savings"])[-1]])


def test_the_hourly_rate_at_which_a_pa_case_stops_paying_worked_out_by_hand(
    cli: RunCli,
) -> None:
    # The orthotist: PA 12 hours a week, half refunded, against sygedagpenge of
    # 11.200 kr. a month, flat for the first 12 months; no one-off cost. Over a
    # 12-month horizon the saving is 12 x (11.200 - 12 x h x 4,33 x 0,5) at hourly rate
    # h, a straight line (but for the øre rounding), which is 0 where
    #   h = 11.200 / (12 hours x 4,33 weeks per month x 0,5 municipal share)
    #     = 11.200 / 25,98 = 431,1008… kr.
    # To the øre, on the side where the case still pays: 431,10 kr. (at 431,10 the
    # monthly net cost is 11.199,98 kr.; at 431,11 it is 11.200,24 kr.).
    data = _sensitivity(cli, "--months", "12")
    found = _case(data, "orthotist-neck")["switching_values"]["pa_hourly_rate"]
    assert found == {"value": "431.1", "today": "114.68", "affected": True, "fragile": False}
    assert (
        _saving_of(cli, "orthotist-neck", "--months", "12", "--set", "pa_hourly_rate=431.10") >= 0
    )
    assert _saving_of(cli, "orthotist-neck", "--months", "12", "--set", "pa_hourly_rate=431.11") < 0


def test_each_assumptions_totals_are_those_of_a_run_with_it(cli: RunCli) -> None:
    data = _sensitivity(cli)
    assert D(data["total"]) == D(_json(cli)["totals"]["savings"]["36"])
    probability = _assumption(data, "probability")
    assert (probability["low"], probability["high"]) == ("50", "100")
    at_50 = _json(cli, "--probability", "50")["totals"]["savings"]["36"]
    assert D(probability["total_low"]) == D(at_50)
    horizon = _assumption(data, "months")
    assert D(horizon["total_low"]) == D(_json(cli, "--months", "12")["totals"]["savings"]["12"])
    assert D(horizon["total_high"]) == D(_json(cli, "--months", "60")["totals"]["savings"]["60"])
    discount = _assumption(data, "discount")
    at_5 = _json(cli, "--discount", "5")["totals"]["present_value"]["36"]
    assert D(discount["total_high"]) == D(at_5) and discount["total_low"] == data["total"]
    hourly = _assumption(data, "pa_hourly_rate")
    assert (hourly["low"], hourly["high"]) == ("103.21", "126.15")  # 114,68 ± 10 %, to øre
    at_high = _json(cli, "--set", "pa_hourly_rate=126,15")["totals"]["savings"]["36"]
    assert D(hourly["total_high"]) == D(at_high)
    aids = _assumption(data, "refund_pct.aids")
    at_40 = _json(cli, "--set", "refund_pct.aids=40")["totals"]["savings"]["36"]
    assert D(aids["total_low"]) == D(at_40)


def test_the_assumptions_are_sorted_by_swing_and_every_case_has_each_one(cli: RunCli) -> None:
    data = _sensitivity(cli)
    swings = [D(a["swing"]) for a in data["assumptions"]]
    assert swings == sorted(swings, reverse=True)
    keys = [a["key"] for a in data["assumptions"]]
    assert set(keys) == {
        "pa_hourly_rate",
        "refund_pct.personal_assistance",
        "refund_pct.aids",
        "probability",
        "benefit_limit_months",
        "months",
        "discount",
    }
    assert len(data["cases"]) == 10
    assert all(list(c["switching_values"]) == keys for c in data["cases"])


def test_the_fishmonger_is_fragile_on_the_horizon(cli: RunCli) -> None:
    # saving while the wage subsidy lasts, negative from month 24,6 (README): the last
    # whole month at which it still pays is 24, between 12 and 60 (tried) and 36 (today)
    fishmonger = _case(_sensitivity(cli), "fishmonger-missing-hand")
    assert fishmonger["fragile"]
    assert fishmonger["switching_values"]["months"] == {
        "value": 24,
        "today": 36,
        "affected": True,
        "fragile": True,
    }


def test_with_a_discount_rate_the_present_value_is_analysed(cli: RunCli) -> None:
    data = _sensitivity(cli, "--discount", "3,5")
    assert data["measure"] == "present_value"
    assert D(data["total"]) == D(_json(cli, "--discount", "3,5")["totals"]["present_value"]["36"])
    assert _assumption(data, "discount")["today"] == "3.5"


def test_vary_replaces_an_assumption_and_adds_one(cli: RunCli) -> None:
    data = _json(cli, "--vary", "pa_hourly_rate=100:130", "--vary", "weeks_per_month=4,2:4,4")
    found = data["sensitivity"]  # --vary alone asks for the analysis
    hourly = _assumption(found, "pa_hourly_rate")
    assert (hourly["low"], hourly["high"]) == ("100", "130")
    at_130 = _json(cli, "--set", "pa_hourly_rate=130")["totals"]["savings"]["36"]
    assert D(hourly["total_high"]) == D(at_130)
    weeks = _assumption(found, "weeks_per_month")
    assert (weeks["low"], weeks["high"], weeks["today"]) == ("4.2", "4.4", "4.33")
    at_42 = _json(cli, "--set", "weeks_per_month=4.2")["totals"]["savings"]["36"]
    assert D(weeks["total_low"]) == D(at_42)


def test_vary_on_a_benefits_amount_goes_through_the_rate_table(cli: RunCli) -> None:
    key = "benefits.sygedagpenge.tiers.1.monthly"
    found = _assumption(_sensitivity(cli, "--vary", f"{key}=10000:12000"), key)
    at_10000 = _json(cli, "--set", f"{key}=10000")["totals"]["savings"]["36"]
    assert D(found["total_low"]) == D(at_10000) and found["today"] == "11200"


@pytest.mark.parametrize(
    ("vary", "message"),
    [
        (
            "probabilty=40:80",
            'Fejl: --vary: ukendt antagelse "probabilty"; mente du "probability"?',
        ),
        ("refund_pct.aid=40:60", 'mente du "refund_pct.aids"?'),
        ("pa_hourly_rate=100", '"pa_hourly_rate=100" skal skrives som NØGLE=LAV:HØJ'),
        ("pa_hourly_rate=130:100", "den lave værdi skal komme først (LAV:HØJ)"),
        ("refund_pct.aids=40:150", "Fejl: --vary: refund_pct.aids.value: må højst være 100"),
        ("months=6,5:12", "måneder skal være hele tal fra 1 til 600"),
        ("probability=40:120", "en procent skal ligge fra 0 til 100"),
        ("pa_hourly_rate=1O0:130", "Fejl: --vary:"),
        ("discount_rates.fm2021.bands.1.pct=2:4", "variér diskonteringsrenten med --vary"),
    ],
)
def test_a_bad_vary_is_one_line_and_usage(cli: RunCli, vary: str, message: str) -> None:
    run = cli("batch", str(EXAMPLE), "--vary", vary)
    assert run.code == 2 and run.out == ""
    assert len(run.err.splitlines()) == 1 and message in run.err, run.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "csv"), "en CSV-fil har kun plads til én tabel"),
        (("--check",), "kontrolrapporten har ikke plads til følsomheden"),
    ],
)
def test_sensitivity_refuses_an_output_without_room_for_it(
    cli: RunCli, args: tuple[str, ...], message: str
) -> None:
    run = cli("batch", str(EXAMPLE), "--sensitivity", *args)
    assert run.code == 2 and run.out == ""
    assert len(run.err.splitlines()) == 1 and message in run.err, run.err


def test_the_report_has_the_section_only_when_asked(cli: RunCli, tmp_path: Path) -> None:
    plain, asked = tmp_path / "plain.html", tmp_path / "asked.html"
    assert cli("report", str(EXAMPLE), "-o", str(plain)).code == 0
    assert cli("report", str(EXAMPLE), "-o", str(asked), "--vary", "probability=40:80").code == 0
    assert 'id="sensitivity"' not in plain.read_text(encoding="utf-8")
    html = asked.read_text(encoding="utf-8")
    assert 'id="sensitivity"' in html and 'data-chart="tornado"' in html
    assert "40 % / 80 %" in html  # the probability tried as --vary says
    bad = cli("report", str(EXAMPLE), "-o", str(plain), "--vary", "probability=80:40")
    assert bad.code == 2 and "den lave værdi skal komme først" in bad.err


STAIRCASE_CASES = """cases:
  - id: pa
    benefit: sygedagpenge
    interventions: [{kind: personal_assistance, hours_per_week: 15}]
  - id: aid
    benefit: sygedagpenge
    benefit_week: 20
    interventions: [{kind: aids, amount: 30000}]
"""


def test_vary_on_a_staircase_benefits_gross_amount(cli: RunCli, tmp_path: Path) -> None:
    # through the rate table: today's amount is the one in force, the range looked in
    # starts at 0,01 kr. (the table takes no 0), and the totals are those of --set runs
    cases = tmp_path / "sager.yaml"
    cases.write_text(STAIRCASE_CASES, encoding="utf-8")
    key = "benefits.sygedagpenge.gross_weekly"
    table = ("--rates", "dk-seneste", "--date", "2024-06-01")

    def total(*args: str) -> D:
        run = cli("batch", str(cases), "--json", *table, *args)
        assert run.code == 0, run.err
        data: dict[str, Any] = json.loads(run.out)
        return D(data["totals"]["savings"]["36"])

    run = cli("batch", str(cases), "--json", *table, "--vary", f"{key}=4000:5000")
    found = _assumption(json.loads(run.out)["sensitivity"], key)
    assert (found["today"], found["range"]["from"]) == ("4695", "0.01")
    assert D(found["total_low"]) == total("--set", f"{key}=4000")
    assert D(found["total_high"]) == total("--set", f"{key}=5000")
