"""The sensitivity sheet of the batch XLSX: a row per assumption with its numbers as
numbers, then a row per case with its switching values."""

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from tests.helpers import EXAMPLE, RunCli


def _sheet(cli: RunCli, tmp_path: Path, *args: str) -> Any:
    out = tmp_path / "resultat.xlsx"
    run = cli("batch", str(EXAMPLE), "--sensitivity", "-o", str(out), *args)
    assert run.code == 0, run.err
    return openpyxl.load_workbook(out)


def _rows(sheet: Any) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_sheet_follows_the_cases_and_the_summary(cli: RunCli, tmp_path: Path) -> None:
    book = _sheet(cli, tmp_path)
    assert book.sheetnames == ["Sager", "Oversigt", "Følsomhed"]
    assert _sheet(cli, tmp_path, "--lang", "en").sheetnames[-1] == "Sensitivity"


def test_each_assumption_is_a_row_of_numbers(cli: RunCli, tmp_path: Path) -> None:
    rows = _rows(_sheet(cli, tmp_path)["Følsomhed"])
    (hourly,) = [row for row in rows if row[1] == "pa_hourly_rate"]
    assert hourly[:5] == [
        "Timesats, personlig assistance",
        "pa_hourly_rate",
        114.68,
        103.21,
        126.15,
    ]
    assert Decimal(str(hourly[8])) == Decimal("847.65")  # the list's switching value
    assert (hourly[9], hourly[10]) == (0, 1261.5)
    (horizon,) = [row for row in rows if row[1] == "months"]
    assert horizon[2:5] == [36, 12, 60] and horizon[8] == "ingen" and horizon[11] == 1
    (duration,) = [row for row in rows if row[1] == "benefit_limit_months"]
    assert duration[2] == "sagens egen"


def test_each_case_has_its_switching_values_and_what_it_is_fragile_on(
    cli: RunCli, tmp_path: Path
) -> None:
    rows = _rows(_sheet(cli, tmp_path)["Følsomhed"])
    header = next(i for i, row in enumerate(rows) if row[0] == "Sag")
    cases = rows[header + 1 :]
    assert len(cases) == 10
    heading = rows[header]

    def case(case_id: str) -> dict[str, Any]:
        return dict(zip(heading, next(r for r in cases if r[0] == case_id), strict=True))

    fishmonger = case("fishmonger-missing-hand")
    assert fishmonger["Horisont"] == 24 and fishmonger["Skrøbelig på"] == "Horisont"
    assert fishmonger["Besparelse efter 36 mdr."] == -32589
    bank = case("bank-clerk-low-vision")
    assert bank["Timesats, personlig assistance"] == "påvirker ikke"
    assert bank["Skrøbelig på"] is None
