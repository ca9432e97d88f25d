"""The business case in batch: present values, perspectives and the return per krone in
the JSON, the text table, CSV and XLSX, and on an 80-column terminal."""

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from rich.cells import cell_len

from tests.cli.test_terminal import on_terminal
from tests.helpers import EXAMPLE, RunCli, without_rates_note, without_shipped_note

CURRENT = ("--rates", "dk-seneste", "--date", "2024-06-01")
"""The catalogue's cards on the current table: the benefits are gross amounts on the
refund staircase, so every perspective is known (the fishmonger's løntilskud is not in
the table: that case fails)."""


def _batch_json(cli: RunCli, *args: str) -> dict[str, Any]:
    run = cli("batch", str(EXAMPLE), "--json", *args)
    data: dict[str, Any] = json.loads(run.out)
    return data


def test_every_case_and_the_totals_carry_the_present_value(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--json", "--discount", "3,5")
    assert run.code == 0 and without_shipped_note(run.err) == ""
    data = json.loads(run.out)
    cases = data["cases"]
    assert all(set(c["present_value"]) == {"12", "24", "36"} for c in cases)
    for month in ("12", "24", "36"):
        total = sum(Decimal(c["present_value"][month]) for c in cases)
        assert Decimal(data["totals"]["present_value"][month]) == total
        assert (
            data["totals"]["savings"][month]
            == data["totals"]["perspectives"]["kommune"]["savings"][month]
        )
    # discounted, every saving that grows is worth less today
    assert Decimal(data["totals"]["present_value"]["36"]) < Decimal(data["totals"]["savings"]["36"])
    assert all(c["discount"]["bands"] == [{"from_year": 0, "pct": "3.5"}] for c in cases)


def test_the_catalogues_cases_have_no_state_view(cli: RunCli) -> None:
    data = _batch_json(cli)
    for case in data["cases"]:
        assert list(case["perspectives"]) == ["kommune"]
        assert case["perspectives_not_computed"]["stat"]["message"] == (
            "ikke opgjort: ydelsen er angivet netto"
        )
    stat = data["totals"]["perspectives"]["stat"]
    assert (stat["cases"], stat["not_computed"], stat["return_per_krone"]) == (0, 10, None)
    assert data["totals"]["present_value"] is None  # no discounting asked for


def test_on_the_current_table_the_totals_add_up_by_perspective(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--json", *CURRENT)
    assert run.code == 1  # the fishmonger's løntilskud is not in the current table
    data = json.loads(run.out)
    views = data["totals"]["perspectives"]
    assert views["stat"]["cases"] == 9 and views["stat"]["not_computed"] == 0
    for month in ("12", "24", "36"):
        kommune, stat = views["kommune"]["savings"][month], views["stat"]["savings"][month]
        assert str(Decimal(kommune) + Decimal(stat)) == views["offentlig"]["savings"][month]
        each = sum(Decimal(c["perspectives"]["stat"]["savings"][month]) for c in data["cases"])
        assert Decimal(stat) == each


def test_the_text_table_gives_the_return_per_krone_of_the_whole(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE))
    totals = _batch_json(cli)["totals"]["perspectives"]["kommune"]
    # the saving after 36 months over what was spent by then, to the øre
    saving, spent = Decimal(totals["savings"]["36"]), Decimal(totals["spent"]["36"])
    assert totals["return_per_krone"] == str((saving / spent).quantize(Decimal("0.01")))
    shown = totals["return_per_krone"].replace(".", ",")
    line = f"Kommunen: besparelse pr. krone brugt efter 36 mdr., alle sager: {shown} kr."
    assert line in run.out.splitlines()
    heading = run.out.splitlines()[0]
    assert heading.rstrip().endswith("Pr. krone brugt, 36 mdr.")


def test_the_states_table_says_per_case_that_it_is_not_computed(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--perspective", "stat")
    assert run.code == 0
    lines = run.out.splitlines()
    rows = lines[2:12]
    assert len(rows) == 10 and all("ikke opgjort" in row for row in rows)
    assert "Engangsudgift, staten" in lines[0] and "Besparelse 36 mdr., staten" in lines[0]
    assert "Staten: ikke opgjort: ydelsen er angivet netto (10 af 10 sager)." in lines
    assert not any("Break-even inden for" in line for line in lines)  # no case to count
    english = cli("batch", str(EXAMPLE), "--perspective", "state", "--lang", "en")
    assert "State: not computed: the benefit is given net (10 of 10 cases)." in english.out


def test_a_csv_of_the_public_view_has_its_figures(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "sager.csv"
    run = cli("batch", str(EXAMPLE), *CURRENT, "--perspective", "offentlig", "-o", str(out))
    assert run.code == 1  # the fishmonger
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    heading = rows[0]
    saving = heading.index("Besparelse 36 mdr., det offentlige")
    per_krone = heading.index("Pr. krone brugt, 36 mdr., det offentlige")
    data = _batch_json(cli, *CURRENT)
    first = data["cases"][0]["perspectives"]["offentlig"]
    assert rows[1][saving] == first["savings"]["36"].replace(".", ",")
    assert rows[1][per_krone] == first["return_per_krone"].replace(".", ",")
    assert rows[-1][saving] == data["totals"]["perspectives"]["offentlig"]["savings"]["36"].replace(
        ".", ","
    )


def test_an_xlsx_holds_the_present_values_as_numbers(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "sager.xlsx"
    run = cli("batch", str(EXAMPLE), "--discount", "3,5", "-o", str(out))
    assert run.code == 0
    sheet = load_workbook(out).worksheets[0]
    header = next(row for row in sheet.iter_rows() if row[0].value == "Sag")[0].row
    heading = [cell.value for cell in sheet[header]]
    column = heading.index("Nutidsværdi 36 mdr.") + 1
    data = _batch_json(cli, "--discount", "3,5")
    first = sheet.cell(row=header + 1, column=column).value
    assert Decimal(str(first)) == Decimal(data["cases"][0]["present_value"]["36"])
    assert "Break-even diskonteret, mdr." in heading


def test_the_check_is_of_the_catalogues_figures_whatever_the_perspective(cli: RunCli) -> None:
    plain = cli("batch", str(EXAMPLE), "--check")
    seen = cli("batch", str(EXAMPLE), "--check", "--perspective", "stat", "--discount", "4")
    assert seen.code == plain.code == 0 and seen.out == plain.out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_discounted_table_fits_80_columns(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    on_terminal(monkeypatch, 80)
    run = cli("batch", str(EXAMPLE), *CURRENT, "--discount", "fm2021", "--lang", lang)
    without_rates_note(run.err.split("\n", 1)[1])  # the fishmonger's error, then the note
    assert max(cell_len(line) for line in run.out.splitlines()) <= 80
    present = "Nutidsværdi 36 mdr." if lang == "da" else "Present value 36 months"
    assert run.out.count(present) == 6  # a card for each of the 5 cases shown, the totals
