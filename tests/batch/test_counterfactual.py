"""The counterfactual stated and adjustable: a probability, and a path of benefits."""

import json
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import TEST_RATES, RunCli, without_shipped_note
from tests.hostile.check import run_in_process

PA_CASE = """  - id: {id}
    benefit: sygedagpenge
    interventions: [{{kind: personal_assistance, hours_per_week: 12}}]
"""


def _avoided(case: dict[str, object]) -> list[D]:
    timeline = case["timeline"]
    assert isinstance(timeline, list)
    return [D(row["avoided_benefit"]) for row in timeline]


def test_probability_50_halves_every_month_of_the_avoided_benefit(cli: RunCli) -> None:
    # the catalogue's sygedagpenge: 11,200 a month in months 1-12, then 16,000; at 50 %
    # 5,600.00 and 8,000.00 (exact halves: no rounding needed)
    run = cli("pa", "--hours", "12", "--probability", "50", "--json")
    assert run.code == 0
    data = json.loads(run.out)
    assert data["probability"] == "50"
    assert _avoided(data) == [D("5600.00")] * 12 + [D("8000.00")] * 24
    # the costs do not change: 36 x 2,979.39 net for PA (the orthotist's figure)
    assert D(data["savings"]["36"]) == 12 * D(5600) + 24 * D(8000) - 36 * D("2979.39")


def test_an_odd_probability_is_rounded_half_up_to_ore_each_month(cli: RunCli) -> None:
    # 11,200 x 33.3333 / 100 = 3,733.32960 -> 3,733.33; 16,000 x 33.3333 / 100 =
    # 5,333.328 -> 5,333.33
    run = cli("pa", "--hours", "12", "--probability", "33,3333", "--json")
    data = json.loads(run.out)
    assert _avoided(data)[0] == D("3733.33") and _avoided(data)[12] == D("5333.33")
    # 11,200 x 0.0005 / 100 = 0.056 -> 0.06 (half-up, never a float)
    run = cli("pa", "--hours", "12", "--probability", "0,0005", "--json")
    assert _avoided(json.loads(run.out))[0] == D("0.06")


def test_a_cases_own_probability_wins_over_the_runs(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    own = PA_CASE.format(id="own").replace("benefit:", "probability: 25\n    benefit:")
    path.write_text("cases:\n" + PA_CASE.format(id="run") + own, encoding="utf-8")
    run = cli("batch", str(path), "--probability", "50", "--json")
    assert run.code == 0, run.err
    first, second = json.loads(run.out)["cases"]
    assert (first["probability"], second["probability"]) == ("50", "25")
    assert _avoided(first)[0] == D("5600.00") and _avoided(second)[0] == D("2800.00")


PATH_RATES = """name: path-test
base: {base}
sources:
  path-made-up: {{title: "Made-up flat benefit for a test"}}
benefits:
  ressourceforløbsydelse:
    label: {{da: "Ressourceforløbsydelse", en: "Resource benefit"}}
    source: path-made-up
    tiers:
      - {{from_month: 1, monthly: 12326}}
"""


def test_a_benefit_path_continues_the_staircase_count(cli: RunCli, tmp_path: Path) -> None:
    """Sygedagpenge on the staircase from week 11 for 5 months, then a flat benefit.

    Sygedagpenge 4,695 kr. a week; the municipality pays 60 % in weeks 5-26 (40 %
    refund) and 70 % in weeks 27-52. Month m covers weeks 10 + (m-1) x 4.33 to
    10 + m x 4.33 already drawn:
      m1-3 (10-22.99): 4.33 weeks at 60 %: 4,695 x 4.33 x 0.60 = 12,197.61
      m4 (22.99-27.32): 3.01 weeks at 60 % + 1.32 at 70 % = 273.0 week-per-cent:
         4,695 x 273.0 / 100 = 12,817.35
      m5 (27.32-31.65): 4.33 at 70 %: 4,695 x 4.33 x 0.70 = 14,230.545 -> 14,230.55
      m6 on: the flat 12,326.00 a month
    """
    rates = tmp_path / "rates.yaml"
    rates.write_text(PATH_RATES.format(base=TEST_RATES), encoding="utf-8")
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n  - id: path\n    date: 2026-03-01\n    benefit_week: 11\n"
        "    benefit:\n      - {benefit: sygedagpenge, months: 5}\n"
        "      - {benefit: ressourceforløbsydelse}\n"
        "    interventions: [{kind: aids, amount: 1000}]\n",
        encoding="utf-8",
    )
    run = cli("batch", str(cases), "--rates", str(rates), "--json", "--months", "12")
    assert run.code == 0, run.err
    (case,) = json.loads(run.out)["cases"]
    assert case["benefit"] == [
        {"benefit": "sygedagpenge", "months": 5},
        {"benefit": "ressourceforløbsydelse", "months": None},
    ]
    expected = ["12197.61"] * 3 + ["12817.35", "14230.55"] + ["12326.00"] * 7
    assert _avoided(case) == [D(x) for x in expected]
    text = cli("batch", str(cases), "--rates", str(rates), "--months", "12", "--lang", "en")
    assert "Sickness benefit for 5 months, then Resource benefit" in text.out


def test_a_free_scheme_at_certainty_warns_once(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    free = "  - id: free\n    benefit: sygedagpenge\n    interventions: [{kind: priority_access}]\n"
    path.write_text("cases:\n" + free, encoding="utf-8")
    run = cli("batch", str(path), "--json", "--lang", "en")
    assert run.code == 0
    (warning,) = json.loads(run.out)["warnings"]
    assert warning["case"] == "free" and "certainly" in warning["message"]
    assert run.err.count("certainly") == 1
    halved = cli("batch", str(path), "--json", "--probability", "50")
    assert json.loads(halved.out)["warnings"] == [] and without_shipped_note(halved.err) == ""


BAD = {
    "probability: 120": ("probability", "at most 100"),
    "benefit: []": ("benefit", "at least 1"),
    "benefit: [{benefit: sygedagpenge, months: 0}, {benefit: ledighedsydelse}]": (
        "benefit.1.months",
        "at least 1",
    ),
    "benefit: [{benefit: sygedagpenge}, {benefit: ledighedsydelse}]": (
        "benefit",
        "only the last step",
    ),
    "benefit: [{benefit: sygedagpenge, months: 3}, {benefit: kontanthjælp}]": (
        "benefit.2.benefit",
        'Unknown benefit "kontanthjælp"',
    ),
    "benefit_limit_months: 10\n    benefit: [{benefit: sygedagpenge, months: 3}]": (
        "",
        "give only one",
    ),
}


@pytest.mark.parametrize("field", list(BAD))
def test_a_bad_counterfactual_is_one_located_line(cli: RunCli, tmp_path: Path, field: str) -> None:
    where, words = BAD[field]
    path = tmp_path / "cases.yaml"
    body = f"  - id: x\n    {field}\n    interventions: [{{kind: aids, amount: 100}}]\n"
    if "benefit:" not in field:
        body = body.replace("    interventions", "    benefit: sygedagpenge\n    interventions")
    path.write_text("cases:\n" + body, encoding="utf-8")
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    (line,) = [ln for ln in run.err.splitlines() if ln.startswith("Error:")]
    assert "cases.yaml:" in line and ": x: " in line  # the file, a line and the case
    if where:
        assert f"x: {where}:" in line
    assert words in line


def test_probability_on_the_command_line_is_a_per_cent(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--probability", "120", "--lang", "en")
    assert run.code == 2 and "--probability" in run.err and "0 to 100" in run.err


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.one_of(
        st.decimals(min_value=0, max_value=100, places=4).map(lambda d: str(d).replace(".", ",")),
        st.text(max_size=12),
        st.integers(min_value=-1000, max_value=1000).map(str),
    )
)
def test_any_probability_is_read_exactly_or_refused_in_one_line(text: str) -> None:
    """Hostile --probability values: exit 0 with 11,200 x p / 100 rounded half-up to
    øre in the first month, or exit 2 with one line naming --probability; never 70."""
    run = run_in_process(["pa", "--hours", "12", "--probability", text, "--json"])
    assert run.code in (0, 2), run.err
    if run.code == 2:
        (line,) = [ln for ln in run.err.splitlines() if ln.startswith("Fejl:")]
        assert "--probability" in line
        return
    data = json.loads(run.out)
    chance = D(data["probability"])
    assert 0 <= chance <= 100
    first = (D(11200) * chance / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert _avoided(data)[0] == first
