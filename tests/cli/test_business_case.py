"""The business case on the command line: --discount, --perspective and the return per
krone, in pa and aid, as text and JSON."""

import json
from decimal import Decimal
from typing import Any

import pytest

from tests.helpers import SHIPPED_NOTE, RunCli, without_rates_note

AIDS_12000 = ("aid", "--amount", "12000", "--months", "12")
PA_STAIRCASE = ("pa", "--hours", "10", "--rates", "dk-seneste", "--date", "2024-06-01")


def _json(cli: RunCli, *args: str) -> dict[str, Any]:
    run = cli(*args, "--json")
    assert run.code == 0, run.err
    without_rates_note(run.err)  # the one note on the rates, and nothing else
    data: dict[str, Any] = json.loads(run.out)
    return data


def test_the_present_value_of_a_short_case_by_hand(cli: RunCli) -> None:
    # aids of 12.000 kr., 6.000 kr. net after the 50 % refund, against the catalogue's
    # sygedagpenge of 11.200 kr. a month for 12 months, at 3,5 % a year. By hand (bc -l,
    # 30 digits): v = 1,035^(-1/12) = 0,99713732...; the sum over m = 1..12 of
    # 11.200 v^m is 131.925,2256570..., less 6.000 is 125.925,2256570..., so 125.925,23
    # kr. rounded half-up to øre once. The saving itself stays 128.400 kr.
    data = _json(cli, *AIDS_12000, "--discount", "3,5")
    assert data["savings"] == {"12": "128400.00"}
    assert data["present_value"] == {"12": "125925.23"}
    # discounted, the 6.000 kr. is paid back after 6.000 / (11.200 v) = 0,5372 months
    assert data["discounted_break_even_months"] == "0.54"
    assert data["discount"] == {
        "name": None,
        "source": None,
        "bands": [{"from_year": 0, "pct": "3.5"}],
    }
    assert data["perspectives"]["kommune"]["present_value"] == {"12": "125925.23"}


def test_no_discount_reproduces_the_catalogue_and_says_so(cli: RunCli) -> None:
    data = _json(cli, *AIDS_12000)
    assert data["savings"] == {"12": "128400.00"}
    assert data["discount"] is None and data["present_value"] is None
    assert data["discounted_break_even_months"] is None
    assert data["perspectives"]["kommune"]["present_value"] is None


@pytest.mark.parametrize("written", ["3,5", "3.5", "3,5 %", "3,5%"])
def test_a_discount_rate_is_read_as_a_dane_writes_it(cli: RunCli, written: str) -> None:
    data = _json(cli, *AIDS_12000, "--discount", written)
    assert data["present_value"] == {"12": "125925.23"}


def test_fm2021_uses_3_5_percent_throughout_60_months(cli: RunCli) -> None:
    args = (*PA_STAIRCASE, "--months", "60")
    named = _json(cli, *args, "--discount", "fm2021")
    flat = _json(cli, *args, "--discount", "3,5")
    assert named["present_value"] == flat["present_value"]
    assert set(named["present_value"]) == {"12", "24", "36", "48", "60"}
    assert named["discount"] == {
        "name": "fm2021",
        "source": "fm-diskonteringsrente-2021",
        "bands": [{"from_year": 0, "pct": "3.5"}, {"from_year": 35, "pct": "2.5"}],
    }
    # discounting makes a later krone worth less: each present value is below its saving
    for months, value in named["present_value"].items():
        assert Decimal(value) < Decimal(named["savings"][months])


def test_fm2021_is_not_in_the_catalogues_table_and_the_error_says_where(cli: RunCli) -> None:
    run = cli(*AIDS_12000, "--discount", "fm2021")
    assert run.code == 2 and run.out == ""
    assert run.err == (
        'Fejl: --discount: satstabellen sjh-2014 har ingen diskonteringsrente "fm2021"; '
        "den findes i dk-seneste (--rates dk-seneste); eller giv en sats i procent om "
        "året, fx --discount 3,5\n"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("101", '"101" er ikke en diskonteringsrente'),
        ("-1", '"-1" er ikke en diskonteringsrente'),
        ("fm2012", 'mente du "fm2021"?'),
        ("treasury", 'ukendt diskonteringsrente "treasury"'),
        ("3,5,5", "--discount"),
    ],
)
def test_a_bad_discount_is_a_usage_error(cli: RunCli, value: str, expected: str) -> None:
    run = cli(*PA_STAIRCASE, "--discount", value)
    assert run.code == 2 and run.out == ""
    assert len(run.err.splitlines()) == 1 and expected in run.err


def test_a_staircase_case_adds_up_to_the_public_view_in_json(cli: RunCli) -> None:
    # PA 10 h/week (5.552,36 kr. a month, half refunded) against sygedagpenge 4.695 kr.
    # a week from week 1, for 2 months (the hand figures of tests/core/test_perspectives):
    # the municipality avoids 4.685,61 + 12.197,61, the state 15.643,74 + 8.131,74.
    data = _json(cli, *PA_STAIRCASE, "--months", "2")
    views = data["perspectives"]
    assert views["kommune"]["savings"] == {"2": "11330.86"}  # 16.883,22 - 5.552,36
    assert views["stat"]["savings"] == {"2": "18223.12"}  # 23.775,48 - 5.552,36
    assert views["offentlig"]["savings"] == {"2": "29553.98"}  # 40.658,70 - 11.104,72
    assert views["offentlig"]["spent"] == {"2": "11104.72"}
    assert data["perspectives_not_computed"] == {}
    assert views["kommune"]["savings"] == data["savings"]
    assert views["kommune"]["payback_months"] == data["break_even_months"]
    # the saving per krone spent: 11.330,86 / 5.552,36 = 2,0407; 29.553,98 / 11.104,72
    assert views["kommune"]["return_per_krone"] == "2.04"
    assert views["offentlig"]["return_per_krone"] == "2.66"


def test_every_mark_adds_up_to_the_ore(cli: RunCli) -> None:
    data = _json(cli, *PA_STAIRCASE, "--benefit-week", "20", "--months", "60")
    views = data["perspectives"]
    for month in ("12", "24", "36", "48", "60"):
        kommune, stat = views["kommune"]["savings"][month], views["stat"]["savings"][month]
        total = Decimal(kommune) + Decimal(stat)
        assert str(total) == views["offentlig"]["savings"][month]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("da", "ikke opgjort: ydelsen er angivet netto"),
        ("en", "not computed: the benefit is given net"),
    ],
)
def test_a_net_tier_case_has_no_state_view_in_json(cli: RunCli, lang: str, message: str) -> None:
    data = _json(cli, "pa", "--hours", "12", "--lang", lang)
    assert list(data["perspectives"]) == ["kommune"]
    assert data["perspectives_not_computed"] == {
        "stat": {"reason": "net_benefit", "message": message},
        "offentlig": {"reason": "net_benefit", "message": message},
    }


def test_the_return_per_krone_stands_next_to_break_even_in_the_text(cli: RunCli) -> None:
    run = cli(*AIDS_12000)
    assert run.code == 0 and run.err == SHIPPED_NOTE["da"] + "\n"
    lines = run.out.splitlines()
    payback = next(i for i, line in enumerate(lines) if "Break-even (tilbagebetalingstid)" in line)
    assert "efter 0,54 måneder" in lines[payback]
    # 128.400 kr. saved on 6.000 kr. spent
    assert " ".join(lines[payback + 1].split()) == "Besparelse pr. krone brugt, 12 mdr. 21,40 kr."
    assert "Nutidsværdi" not in run.out  # no discounting asked for


def test_the_text_says_the_state_view_is_not_available(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12")
    assert "  Staten          ikke opgjort: ydelsen er angivet netto" in run.out.splitlines()
    run = cli("pa", "--hours", "12", "--lang", "en")
    assert "  State          not computed: the benefit is given net" in run.out.splitlines()


def test_the_perspective_chooses_whose_result_the_text_shows(cli: RunCli) -> None:
    run = cli(*PA_STAIRCASE, "--months", "2", "--perspective", "stat")
    assert run.code == 0, run.err
    assert "Undgået ydelse: Sygedagpenge, statens del" in run.out
    assert "  måned 1    15.643,74 kr. pr. måned" in run.out
    assert "Resultat for staten" in run.out
    saving = [line.split() for line in run.out.splitlines() if "Samlet besparelse" in line]
    assert saving == [["Samlet", "besparelse", "efter", "2", "mdr.", "18.223,12", "kr."]]
    english = cli(*PA_STAIRCASE, "--months", "2", "--perspective", "public", "--lang", "en")
    assert "Result for the public sector" in english.out
    assert "the whole benefit" in english.out


def test_a_net_tier_case_seen_by_the_state_says_why_and_succeeds(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--perspective", "stat")
    assert run.code == 0
    assert "Resultat for staten" in run.out
    assert run.out.count("ikke opgjort: ydelsen er angivet netto") == 4  # 2 sections, 2 rows
    assert "Samlet besparelse" not in run.out


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("stats", 'Fejl: --perspective: ukendt perspektiv "stats"; mente du "stat"?'),
        ("borger", 'Fejl: --perspective: ukendt perspektiv "borger". Vælg blandt:'),
    ],
)
def test_a_bad_perspective_is_a_usage_error(cli: RunCli, value: str, expected: str) -> None:
    run = cli("pa", "--hours", "12", "--perspective", value)
    assert run.code == 2 and run.out == ""
    assert run.err.startswith(expected) and len(run.err.splitlines()) == 1


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_discounted_staircase_case_fits_80_columns(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    run = cli(*PA_STAIRCASE, "--discount", "fm2021", "--lang", lang, "--perspective", "stat")
    assert run.code == 0
    assert max(len(line) for line in run.out.splitlines()[:-1]) <= 80  # the rates line may not
    assert "fm2021" in run.out
    who = ("Kommunen", "Staten", "Det offentlige")
    if lang == "en":
        who = ("Municipality", "State", "Public sector")
    assert any(line.split() == " ".join(who).split() for line in run.out.splitlines())


BANK_CLERK = ("aid", "--item", "Cobra CCTV=25000", "--item", "Forskellige lupper=3150")
"""The catalogue's bank clerk: the README's worked example of the business case."""


def test_the_readmes_present_value_of_the_bank_clerk(cli: RunCli) -> None:
    # -14.075 + 11.200 x (v + ... + v^12) + 16.000 x (v^13 + ... + v^36), v = 1,035^(-1/12)
    # = -14.075 + 11.200 x 11,779038005 + 16.000 x 22,376571066 = 475.875,3627 (bc -l)
    data = _json(cli, *BANK_CLERK, "--discount", "3,5")
    assert data["present_value"] == {"12": "117850.23", "24": "299941.63", "36": "475875.36"}
    assert data["savings"]["36"] == "504325.00"
    kommune = data["perspectives"]["kommune"]
    assert kommune["return_per_krone"] == "35.83"  # 504.325 / 14.075 = 35,8313
    assert kommune["payback_months"] == data["break_even_months"] == "1.26"


def test_the_readmes_perspectives_of_the_bank_clerk(cli: RunCli) -> None:
    data = _json(cli, *BANK_CLERK, "--rates", "dk-seneste", "--date", "2024-06-01")
    views = data["perspectives"]
    assert {p: v["savings"]["36"] for p, v in views.items()} == {
        "kommune": "527277.31",
        "stat": "176429.29",
        "offentlig": "703706.60",
    }
    # 176.429,29 / 14.075 = 12,5349; 703.706,60 / 28.150 = 24,9985
    assert [v["return_per_krone"] for v in views.values()] == ["37.46", "12.53", "25.00"]
    # the state's first month is 15.643,74 kr.: 14.075 / 15.643,74 = 0,8997 months
    assert views["stat"]["payback_months"] == "0.90"
