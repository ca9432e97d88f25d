"""The rate options and commands end to end: --set, --date, --benefit-week, rates show,
rates check and rates init."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from kompcalc.loading.ratefile import load_rates
from tests.helpers import TEST_RATES as TEST_RATES_PATH
from tests.helpers import RunCli, without_shipped_note

TEST_RATES = str(TEST_RATES_PATH)


def test_set_pa_rate_gives_the_issue_s_worked_example(cli: RunCli) -> None:
    run = cli("pa", "--hours", "7", "--set", "pa_hourly_rate=127,86", "--json")
    assert run.code == 0 and without_shipped_note(run.err) == ""
    data = json.loads(run.out)
    # 7 h x 127.86 kr x 4.33 weeks = 3,875.4366 -> 3,875.44; 50 % refund -> 1,937.72
    assert data["monthly"] == {"gross": "3875.44", "refund": "1937.72", "net": "1937.72"}
    assert data["interventions"][0]["hourly_rate"] == "127.86"
    assert data["rates"]["overrides"] == [
        {"key": "pa_hourly_rate", "by": "--set", "value": "127.86", "was": "114.68"}
    ]
    assert (
        data["rates"]["hash"]
        != json.loads(cli("pa", "--hours", "7", "--json").out)["rates"]["hash"]
    )


def test_human_output_names_tables_day_hash_and_overrides(cli: RunCli) -> None:
    run = cli("pa", "--hours", "7", "--set", "pa_hourly_rate=127,86")
    assert run.code == 0
    assert "7 t × 127,86 kr. × 4,33 uger = 3.875,44 kr. pr. måned" in run.out
    assert re.search(
        r"Satser: Kompensering med gevinst \(SJH 2014\) \[sjh-2014\], gældende 01\.01\.2014, "
        r"kontrolsum [0-9a-f]{10}\n  Ændret: pa_hourly_rate = 127,86 \(--set; var 114,68\)",
        run.out,
    )


def test_set_needs_key_equals_value(cli: RunCli) -> None:
    run = cli("pa", "--hours", "7", "--set", "pa_hourly_rate")
    assert run.code == 2 and "--set: " in run.err and "NØGLE=VÆRDI" in run.err


def test_date_and_benefit_week_cost_the_staircase(cli: RunCli) -> None:
    args = ["pa", "--hours", "7", "--rates", TEST_RATES, "--date", "1.3.2026"]
    run = cli(*args, "--benefit-week", "11", "--months", "12", "--json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["rates"]["date"] == "2026-03-01" and data["benefit_week"] == 11
    assert data["timeline"][3]["avoided_benefit"] == "12817.35"  # weeks 22.99-27.32
    assert data["benefit_tiers"] is None
    assert data["benefit_staircase"]["bands"][1] == {"from_week": 5, "to_week": 26, "pct": "40"}
    human = cli(*args, "--benefit-week", "11", "--months", "12")
    assert (
        "4.695,00 kr. pr. uge brutto; Refusionstrappen (statsrefusion): uge 1–4 80 %" in human.out
    )
    assert "måned 4      12.817,35 kr. pr. måned" in human.out
    assert "Borgeren er i uge 11 af ydelsen" in human.out


def test_a_date_with_no_rates_is_exit_1_with_file_and_line(cli: RunCli) -> None:
    run = cli("aid", "--amount", "8507", "--rates", TEST_RATES, "--date", "2024-12-31")
    assert run.code == 1
    assert f"{TEST_RATES}:5: period: tabellen gælder 01.01.2025–31.12.2026" in run.err


def test_a_benefit_without_a_value_on_the_date_is_named(cli: RunCli) -> None:
    run = cli("aid", "--amount", "8507", "--rates", TEST_RATES, "--date", "2025-06-01")
    assert run.code == 1
    assert "benefits.sygedagpenge.gross_weekly: ingen værdi gælder den 01.06.2025" in run.err


def test_bad_date_and_month_with_week_are_usage_errors(cli: RunCli) -> None:
    assert "er ikke en dato" in cli("pa", "--hours", "7", "--date", "31.02.2026").err
    run = cli("pa", "--hours", "7", "--benefit-month", "2", "--benefit-week", "5")
    assert run.code == 2 and "--benefit-week: Angiv enten" in run.err
    run = cli("pa", "--hours", "7", "--benefit-week", "0")
    assert run.code == 2 and "--benefit-week: skal være mindst 1" in run.err


def test_rates_show_lists_values_dates_and_checks(cli: RunCli) -> None:
    run = cli("rates", "show", "--rates", TEST_RATES, "--date", "2026-02-01", "--lang", "en")
    assert run.code == 0, run.err
    assert (
        "127.86 kr." in run.out and "2026-01-01–" in run.out and "(checked 2026-01-10)" in run.out
    )
    assert "4,695.00 kr. per week gross" in run.out
    data = json.loads(
        cli("rates", "show", "--rates", TEST_RATES, "--date", "2025-02-01", "--json").out
    )
    assert data["values"]["pa_hourly_rate"]["value"] == "120.00"
    assert data["unavailable_benefits"] == ["sygedagpenge"]


def test_rates_check_passes_the_shipped_table_as_a_historical_profile(cli: RunCli) -> None:
    run = cli("rates", "check", "--lang", "en")
    assert run.code == 0
    assert "rates/sjh-2014.yaml:12: period: the table's period ended 2014-12-31" in run.out
    assert "No problems found in sjh-2014." in run.out


def test_rates_check_finds_stale_and_missing_values(cli: RunCli, tmp_path: Path) -> None:
    text = Path(TEST_RATES).read_text("utf-8")
    text = text.replace(
        "{from: 2026-01-01, value: 127.86, source: made-up, checked: 2026-01-10}",
        "{from: 2026-01-01, value: 127.86, source: made-up}",
    ).replace("aids: {value: 50, source: made-up, checked: 2026-01-10}",
              "aids: {value: 50, source: made-up, checked: 2025-01-10}")  # fmt: skip
    path = tmp_path / "stale.yaml"
    path.write_text(text, "utf-8")
    run = cli("rates", "check", "--rates", str(path), "--date", "2026-03-01", "--lang", "en")
    assert run.code == 1
    lines = run.out.splitlines()
    assert any("pa_hourly_rate.2: the value was never checked" in line for line in lines)
    assert any(
        "refund_pct.aids: the value was last checked on 2025-01-10" in line for line in lines
    )
    assert any(
        "benefits.sygedagpenge.gross_weekly: no value from 2025-01-01 to 2025-12-31" in line
        for line in lines
    )
    # benefit amounts are adjusted every year: a year with last year's amount is named
    # (a year before the first amount is the gap above, not named twice)
    for benefit in ("dagpenge", "kontanthjælp"):
        assert any(f"benefits.{benefit}.gross_" in x and "no amount set for 2026" in x
                   for x in lines)  # fmt: skip
    assert not any("no amount set for 2025" in line for line in lines)
    assert lines[-1] == "5 problems found."


def test_rates_check_finds_a_year_without_a_pa_rate(cli: RunCli, tmp_path: Path) -> None:
    text = (
        Path(TEST_RATES)
        .read_text("utf-8")
        .replace("  - {from: 2026-01-01, value: 127.86", "  - {from: 2025-07-01, value: 127.86")
    )
    path = tmp_path / "no2026.yaml"
    path.write_text(text, "utf-8")
    run = cli("rates", "check", "--rates", str(path), "--date", "2026-03-01", "--lang", "en")
    assert run.code == 1
    assert "pa_hourly_rate: no PA hourly rate set for 2026" in run.out


def test_rates_init_writes_a_template_that_check_guides_to_completion(
    cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "rates-2027.yaml"
    run = cli("rates", "init", "--year", "2027", "-o", str(path), "--lang", "en")
    assert run.code == 0 and run.out == "" and "Template for 2027" in run.err
    assert cli("rates", "init", "--year", "2027", "-o", str(path)).code == 1  # no overwrite
    template = path.read_text("utf-8")
    assert "value: null" in template and "{from_week: 27, to_week: 52, pct: 30}" in template

    unfilled = cli("rates", "check", "--rates", str(path), "--date", "2027-02-01", "--lang", "en")
    assert unfilled.code == 1
    entry = 1 + next(n for n, x in enumerate(template.splitlines(), 1) if x.startswith("pa_hou"))
    assert f"{path}:{entry}: pa_hourly_rate.value: expected a number" in unfilled.err

    amounts = iter(
        ["130.00", "4.33", "20", "20", "37", "50", "50", "50", "50", "0", "4800", "4800", "4800"]
    )
    filled = re.sub(
        r"value: null, source: null, checked: null",
        lambda _: f"value: {next(amounts)}, source: mine, checked: 2027-01-15",
        template,
    ).replace("checked: null", "checked: 2027-01-15")
    filled = filled.replace("sources:\n", "sources:\n  mine:\n    title: My figures\n", 1)
    path.write_text(filled, "utf-8")
    run = cli("rates", "check", "--rates", str(path), "--date", "2027-02-01", "--lang", "en")
    assert run.code == 0, run.out + run.err
    rates = load_rates(path, today=date(2027, 2, 1))
    assert rates.pa_hourly_rate.value == 130 and set(rates.benefits) == {
        "sygedagpenge",
        "ledighedsydelse",
        "dagpenge",
    }
    run = cli("pa", "--hours", "7", "--rates", str(path), "--date", "2027-02-01", "--json")
    assert run.code == 0 and json.loads(run.out)["rates"]["tables"] == ["jobcenter-2027"]


def test_rates_init_writes_its_comments_in_the_language_and_the_same_table(cli: RunCli) -> None:
    da = cli("rates", "init", "--year", "2027")
    en = cli("rates", "init", "--year", "2027", "--lang", "en")
    assert da.code == en.code == 0 and da.err == en.err == ""
    assert da.out.startswith("# kompcalc-satstabel for 2027: udfyld hver værdi")
    assert en.out.startswith("# kompcalc rate table for 2027: fill in every value")
    data = {lang: yaml.safe_load(run.out) for lang, run in (("da", da), ("en", en))}
    assert data["da"] == data["en"]  # only the comments differ
    comments = [line.partition("#")[2] for line in da.out.splitlines() if "#" in line]
    assert len(comments) > 20
    assert [c for c in comments if re.search(r"\b(the|and|fill|with|your)\b", c)] == []


def test_rates_init_refuses_a_year_before_the_staircase(cli: RunCli) -> None:
    run = cli("rates", "init", "--year", "2015")
    assert run.code == 2 and "--year" in run.err


def test_set_refuses_a_point_that_could_mean_thousands(cli: RunCli) -> None:
    run = cli("pa", "--hours", "7", "--set", "weeks_per_month=4.345")
    assert run.code == 2
    assert '--set: "4.345" er tvetydigt: skriv 4,345 for et decimaltal eller 4345' in run.err
    run = cli("pa", "--hours", "7", "--set", "weeks_per_month=4345")
    assert run.code == 2 and "--set: weeks_per_month.value: må højst være 4,43" in run.err
    run = cli("pa", "--hours", "7", "--set", "weeks_per_month=4,345", "--json")
    assert run.code == 0 and json.loads(run.out)["interventions"][0]["weeks_per_month"] == "4.345"


def test_rates_names_a_shipped_table_by_its_name(cli: RunCli) -> None:
    run = cli("pa", "--hours", "12", "--rates", "sjh-2014", "--json")
    assert run.code == 0 and without_shipped_note(run.err) == ""
    assert json.loads(run.out)["rates"]["tables"] == ["sjh-2014"]
    run = cli("pa", "--hours", "12", "--rates", "sjh-2015", "--lang", "en")
    assert run.code == 1
    assert 'neither a file nor a shipped rate table named "sjh-2015" (shipped: ' in run.err


def test_a_file_with_a_shipped_table_s_name_is_read_as_the_file(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sjh-2014").write_text(Path(TEST_RATES).read_text("utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("pa", "--hours", "12", "--rates", "sjh-2014", "--date", "2026-03-01", "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["rates"]["tables"] == ["test-2026"]


def test_rates_list_shows_each_shipped_table_with_title_and_period(cli: RunCli) -> None:
    run = cli("rates", "list")
    assert run.code == 0 and run.err == ""
    assert run.out.splitlines() == [
        "dk-seneste  Seneste kendte satser med kilde                 01.10.2022–åben",
        "sjh-2014    Kompensering med gevinst (SJH 2014) (standard)  01.01.2014–31.12.2014",
    ]
    english = cli("rates", "list", "--lang", "en").out.splitlines()
    assert english[0].endswith("  2022-10-01–open") and "(default)" in english[1]
    assert english[1].endswith("  2014-01-01–2014-12-31")


def test_rates_list_json(cli: RunCli) -> None:
    run = cli("rates", "list", "--json")
    assert run.code == 0 and run.err == ""
    assert json.loads(run.out) == {
        "tables": [
            {
                "name": "dk-seneste",
                "title": "Seneste kendte satser med kilde",
                "period": {"from": "2022-10-01", "to": None},
                "default": False,
            },
            {
                "name": "sjh-2014",
                "title": "Kompensering med gevinst (SJH 2014)",
                "period": {"from": "2014-01-01", "to": "2014-12-31"},
                "default": True,
            },
        ]
    }


def test_rates_list_reads_an_overlay_s_base_and_survives_a_bad_table(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kompcalc.loading import shipped
    from tests.helpers import SHIPPED

    (tmp_path / "sjh-2014.yaml").write_text(SHIPPED.read_text("utf-8"), "utf-8")
    (tmp_path / "egen.yaml").write_text("base: sjh-2014\nname: egen\n", "utf-8")
    (tmp_path / "skaev.yaml").write_text("name: skaev\ntitle: [1]\nperiod: {from: snart}\n")
    (tmp_path / "brudt.yaml").write_text("name: [brudt\n")
    monkeypatch.setattr(shipped, "_shipped_dir", lambda: tmp_path)
    run = cli("rates", "list", "--json")
    assert run.code == 0, run.err
    tables = {t["name"]: t for t in json.loads(run.out)["tables"]}
    assert tables["egen"]["title"] == "Kompensering med gevinst (SJH 2014)"
    assert tables["egen"]["period"] == {"from": "2014-01-01", "to": "2014-12-31"}
    for name in ("skaev", "brudt"):
        assert tables[name]["title"] is None and tables[name]["period"] is None
    assert re.search(r"^skaev +- +-$", cli("rates", "list").out, re.MULTILINE)
