"""The command line through its real entry point: output, JSON, messages, exit codes."""

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import SHIPPED, SHIPPED_NOTE, RunCli

JSON_KEYS = {"one_off", "monthly", "benefit", "break_even_months", "savings", "timeline", "rates"}


def test_pa_human_output_spells_out_the_formula(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12")
    assert run.code == 0 and run.err == SHIPPED_NOTE["da"] + "\n"
    assert "12 t × 114,68 kr. × 4,33 uger = 5.958,77 kr." in run.out
    assert "2.979,39 kr." in run.out  # the jobcentre's cost
    assert "Sygedagpenge" in run.out and "straks" in run.out
    assert "98.647,32 kr." in run.out  # saving after 12 months
    assert "sjh-2014" in run.out
    assert all(line == line.rstrip() for line in run.out.splitlines())


def test_english_output(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--lang", "en")
    assert run.code == 0
    assert "12 h × 114.68 kr. × 4.33 weeks = 5,958.77 kr." in run.out
    assert "at once" in run.out


def test_pa_json_has_the_documented_keys_and_exact_money(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--json")
    assert run.code == 0 and run.err == SHIPPED_NOTE["da"] + "\n"  # the one note, no more
    data = json.loads(run.out)  # stdout is the JSON object alone
    assert data.keys() >= JSON_KEYS
    assert data["rates"]["historical"] is True
    assert data["monthly"] == {"gross": "5958.77", "refund": "2979.38", "net": "2979.39"}
    assert data["one_off"] == {"gross": "0.00", "refund": "0.00", "net": "0.00"}
    assert data["benefit"] == [{"benefit": "sygedagpenge", "months": None}]  # issue 12: a path
    assert data["break_even_months"] == "0.00"
    assert set(data["savings"]) == {"12", "24", "36"}
    assert data["rates"]["tables"] == ["sjh-2014"]
    assert len(data["timeline"]) == 36
    assert data["timeline"][0] == {
        "month": 1,
        "cost": "2979.39",
        "avoided_benefit": "11200.00",
        "cumulative_saving": "8220.61",
    }
    last = data["timeline"][-1]
    assert last["cumulative_saving"] == data["savings"]["36"]


def test_aid_json_break_even(cli: RunCli) -> None:
    data = json.loads(cli("aid", "--amount", "8507", "--json").out)
    assert data["one_off"] == {"gross": "8507.00", "refund": "4253.50", "net": "4253.50"}
    assert data["break_even_months"] == "0.38"


def test_itemised_aids_are_summed(cli: RunCli) -> None:
    run = cli("aid", "--item", "Cobra CCTV=25000", "--item", "Lupper=3150", "--json")
    data = json.loads(run.out)
    assert data["one_off"]["gross"] == "28150.00"
    assert [i["name"] for i in data["interventions"][0]["items"]] == ["Cobra CCTV", "Lupper"]


def test_itemised_aids_human_output_lists_the_items(cli: RunCli) -> None:
    run = cli("aid", "--item", "Cobra CCTV=25000", "--item", "Lupper=3150")
    assert "Cobra CCTV 25.000,00 kr. + Lupper 3.150,00 kr. = 28.150,00 kr." in run.out


def test_danish_thousands_are_read_and_shown(cli: RunCli) -> None:
    run = cli("aid", "--amount", "8.507", "--json")
    assert run.code == 0
    assert json.loads(run.out)["one_off"]["gross"] == "8507.00"
    assert "8507" in run.err and "--amount" in run.err  # the note says how it was read


def test_danish_decimal_comma_hours(cli: RunCli) -> None:
    data = json.loads(cli("pa", "--hours", "6,5", "--json").out)
    # 6.5 x 114.68 x 4.33 = 3227.6686 -> 3227.67
    assert data["monthly"]["gross"] == "3227.67"


def test_months_option_sets_the_horizon(cli: RunCli) -> None:
    data = json.loads(cli("pa", "--hours", "12", "--months", "18", "--json").out)
    assert len(data["timeline"]) == 18
    assert set(data["savings"]) == {"12", "18"}


def test_other_benefit(cli: RunCli) -> None:
    data = json.loads(cli("pa", "--hours", "12", "--benefit", "Ledighedsydelse", "--json").out)
    assert data["benefit"] == [{"benefit": "ledighedsydelse", "months": None}]
    assert data["timeline"][0]["avoided_benefit"] == "10850.00"
    assert data["timeline"][18]["avoided_benefit"] == "15500.00"


def test_hours_above_normal_warn_on_stderr_not_in_json(cli: RunCli) -> None:
    run = cli("pa", "--hours", "25", "--json")
    assert run.code == 0
    assert "25" in run.err and "20" in run.err
    json.loads(run.out)  # stdout is still pure JSON


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["pa", "--hours", "-3"], "--hours"),
        (["pa", "--hours", "0"], "--hours"),
        (["pa", "--hours", "169"], "168"),
        (["pa", "--hours", "nan"], "--hours"),
        (["pa", "--hours", "inf"], "--hours"),
        (["pa", "--hours", "tolv"], "tolv"),
        (["aid", "--amount", "8,507"], "8.507"),
        (["aid", "--amount", "-100"], "--amount"),
        (["aid", "--amount", "99999999999"], "--amount"),
        (["aid", "--item", "Lup"], "NAVN=BELØB"),
        (["aid", "--item", "Lup=abc"], "--item"),
        (["aid", "--amount", "100", "--item", "Lup=1"], "--amount"),
        (["aid"], "--amount"),
        (["pa", "--hours", "12", "--benefit", "kontanthjælp"], "kontanthjælp"),
        (["pa", "--hours", "12", "--months", "0"], "--months"),
        (["pa", "--hours", "12", "--months", "601"], "--months"),
        (["pa", "--hours", "12", "--months", "tre"], "--months"),
        (["pa", "--hours", "12", "--lang", "fr"], "fr"),
        (["pa"], "--hours"),
        (["pa", "--hours", "12", "--bogus"], "--bogus"),
        (["nosuchcommand"], "nosuchcommand"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(cli: RunCli, args: list[str], fragment: str) -> None:
    run = cli(*args)
    assert run.code == 2
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("Fejl: ") and fragment in lines[0]
    assert "Traceback" not in run.err


def test_bad_rate_file_is_exit_1_with_file_and_line(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "rates.yaml"
    path.write_text("name: x\ntitle: [oops\n", encoding="utf-8")
    run = cli("pa", "--hours", "12", "--rates", str(path))
    assert run.code == 1 and run.out == ""
    assert run.err.startswith(f"Fejl: {path}:")
    assert "YAML" in run.err


def test_missing_rate_file_is_exit_1(cli: RunCli, tmp_path: Path) -> None:
    run = cli("pa", "--hours", "12", "--rates", str(tmp_path / "none.yaml"))
    assert run.code == 1
    assert "none.yaml: filen findes ikke" in run.err


def test_rates_command_lists_values_with_sources(cli: RunCli) -> None:
    run = cli("rates")
    assert run.code == 0
    assert "114,68 kr." in run.out and "sjh-2014" in run.out
    assert "Kompensering med gevinst - 25 regneeksempler" in run.out


def test_rates_command_json(cli: RunCli) -> None:
    data = json.loads(cli("rates", "--json").out)
    assert data["values"]["pa_hourly_rate"] == {
        "value": "114.68",
        "source": "sjh-2014",
        "from": None,
        "to": None,
        "checked": None,
    }
    assert data["period"]["from"] == "2014-01-01"
    assert data["tables"] == ["sjh-2014"] and data["date"] == "2014-01-01"
    assert data["benefits"]["løntilskud"]["tiers"] == [
        {"from_month": 1, "to_month": 6, "monthly": "11700.00"}
    ]


def test_version(cli: RunCli) -> None:
    run = cli("--version")
    assert run.code == 0 and run.out.startswith("kompcalc ")


def test_help_lists_the_commands(cli: RunCli) -> None:
    run = cli("--help")
    assert run.code == 0
    assert "pa" in run.out and "aid" in run.out and "rates" in run.out


def test_rate_override_file_changes_the_result(cli: RunCli, tmp_path: Path) -> None:
    shipped = SHIPPED
    path = tmp_path / "2026.yaml"
    path.write_text(
        shipped.read_text("utf-8").replace("value: 114.68", "value: 127.86"), encoding="utf-8"
    )
    data = json.loads(cli("pa", "--hours", "7", "--rates", str(path), "--json").out)
    # 7 x 127.86 x 4.33 = 3875.4366 -> 3875.44 gross; net 1937.72
    assert data["monthly"]["gross"] == "3875.44"
    assert Decimal(data["monthly"]["net"]) == Decimal("1937.72")


def test_a_warning_is_one_line_in_danish_number_format_when_piped() -> None:
    """stderr to a pipe (not a terminal, no COLUMNS): the warning still keeps one line."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    done = subprocess.run(
        [sys.executable, "-m", "kompcalc", "pa", "--hours", "22,5"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    note, line = done.stderr.splitlines()
    assert note == SHIPPED_NOTE["da"]
    assert line.startswith("Advarsel: 22,5 timer om ugen") and "20 timer" in line
