"""``kompcalc convert``: exit codes, what it refuses, and what it says."""

from pathlib import Path

from openpyxl import Workbook

from tests.helpers import EXAMPLE, RunCli


def test_convert_says_what_it_wrote(tmp_path: Path, cli: RunCli) -> None:
    target = tmp_path / "sager.csv"
    run = cli("convert", str(EXAMPLE), "-o", str(target))
    assert run.code == 0, run.err
    assert run.err == f"Skrev 10 sager til {target}.\n"
    assert run.out == ""


def test_convert_never_overwrites_without_force(tmp_path: Path, cli: RunCli) -> None:
    target = tmp_path / "sager.xlsx"
    target.write_bytes(b"mine")
    run = cli("convert", str(EXAMPLE), "-o", str(target))
    assert run.code == 2
    assert target.read_bytes() == b"mine"
    assert cli("convert", str(EXAMPLE), "-o", str(target), "--force").code == 0
    assert target.read_bytes().startswith(b"PK")


def test_convert_refuses_an_unknown_target_suffix(tmp_path: Path, cli: RunCli) -> None:
    run = cli("convert", str(EXAMPLE), "-o", str(tmp_path / "sager.txt"))
    assert run.code == 2
    assert "en sagsliste kan skrives som .yaml, .json, .xlsx eller .csv" in run.err


def test_a_case_a_row_cannot_hold_is_refused_and_nothing_is_written(
    tmp_path: Path, cli: RunCli
) -> None:
    source = tmp_path / "to.yaml"
    source.write_text(
        "cases:\n"
        "  - id: a\n"
        "    benefit: sygedagpenge\n"
        "    interventions:\n"
        "      - {kind: personal_assistance, hours_per_week: 5}\n"
        "      - {kind: personal_assistance, hours_per_week: 7}\n",
        encoding="utf-8",
    )
    target = tmp_path / "to.xlsx"
    run = cli("convert", str(source), "-o", str(target))
    assert run.code == 1
    assert not target.exists()
    assert "interventions.2" in run.err and "Traceback" not in run.err


def test_a_bad_row_is_reported_at_its_cell_and_nothing_is_written(
    tmp_path: Path, cli: RunCli
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sager"
    for row in (
        ["Sag", "Ydelse", "PA timer pr. uge"],
        ["a", "sygedagpenge", 12],
        ["b", "sygedagpenge", -1],
    ):
        sheet.append(row)
    source = tmp_path / "sager.xlsx"
    book.save(source)
    target = tmp_path / "sager.yaml"
    run = cli("convert", str(source), "-o", str(target))
    assert run.code == 1
    assert f"Fejl: {source}: Sager!C3 (PA timer pr. uge): skal være større end 0" in run.err
    assert f"{target} er ikke skrevet: 1 sag kunne ikke læses; ret fejlene ovenfor." in run.err
    assert not target.exists()


def test_convert_says_one_case_in_the_singular(tmp_path: Path, cli: RunCli) -> None:
    source = tmp_path / "en.yaml"
    source.write_text(
        "cases:\n  - id: a\n    benefit: sygedagpenge\n    interventions:\n"
        "      - kind: personal_assistance\n        hours_per_week: 12\n",
        encoding="utf-8",
    )
    target = tmp_path / "en.csv"
    danish = cli("convert", str(source), "-o", str(target))
    assert danish.code == 0, danish.err
    assert danish.err.splitlines()[-1] == f"Skrev 1 sag til {target}."
    english = cli("convert", str(source), "-o", str(target), "--force", "--lang", "en")
    assert english.err.splitlines()[-1] == f"Wrote 1 case to {target}."
