"""``kompcalc template``: the empty case list to fill in, as XLSX (read back with
openpyxl) and CSV; the rate table's benefits in its drop-down; never overwriting."""

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kompcalc.core.columns import COLUMNS
from tests.helpers import RunCli

CASE_HEADERS = [
    "Sag",
    "Person",
    "Stilling",
    "Helbred",
    "Beskrivelse",
    "Ydelse",
    "Ydelsesuge",
    "Ydelsesmåned",
    "Ydelse højst mdr.",
    "Sandsynlighed %",
    "Dato",
]
"""The template's first columns, the case's own keys (core/columns.py)."""


def template_headers(lang: str) -> list[str]:
    """Every column of the format but the expected figures, in its order."""
    return [c.header(lang) for c in COLUMNS if c.group != "expected"]


def load(path: Path) -> Any:
    return openpyxl.load_workbook(path)


def written(cli: RunCli, tmp_path: Path, *args: str, name: str = "skabelon.xlsx") -> Path:
    path = tmp_path / name
    run = cli("template", "-o", str(path), *args)
    english = "--lang" in args
    line = f"Wrote the template to {path}." if english else f"Skrev skabelonen til {path}."
    assert (run.code, run.out, run.err) == (0, "", line + "\n")
    return path


def test_xlsx_template_has_title_and_organisation_rows_then_the_header(
    cli: RunCli, tmp_path: Path
) -> None:
    book = load(written(cli, tmp_path))
    assert book.sheetnames == ["Sager", "Vejledning"]
    sheet = book["Sager"]
    assert [sheet["A1"].value, sheet["A2"].value] == ["Titel", "Organisation"]
    assert sheet["B1"].value is None and sheet["B2"].value is None  # to be filled in
    assert sheet["B1"].fill.fgColor.rgb == "FFF2F2F2"  # lightly shaded
    header = [cell.value for cell in sheet[3]]
    assert header[: len(CASE_HEADERS)] == CASE_HEADERS
    assert header == template_headers("da")
    assert len(header) == 33 and header[-1] == "Fortrinsadgang beskrivelse"
    assert not any(h.startswith("Forventet") for h in header)
    assert all(cell.font.b for cell in sheet[3])
    assert sheet.freeze_panes == "B4"


def test_every_header_has_help_in_a_comment(cli: RunCli, tmp_path: Path) -> None:
    sheet = load(written(cli, tmp_path))["Sager"]
    assert all(cell.comment is not None for cell in sheet[3])
    assert sheet["A3"].comment.text == (
        "Sagens nummer eller navn; entydigt i listen.\nEksempel: 2024-117"
    )
    assert "navn=beløb; navn=beløb" in sheet["S3"].comment.text  # Hjælpemidler


def test_the_example_row_is_a_marked_realistic_case(cli: RunCli, tmp_path: Path) -> None:
    sheet = load(written(cli, tmp_path))["Sager"]
    row = {h: c for h, c in zip(template_headers("da"), sheet[4], strict=True)}
    assert row["Sag"].value == "# Eksempel – slet denne række"
    assert row["Person"].value == "Fastholdt i job. Kvinde, 53 år"
    assert row["Stilling"].value == "Bandagist"
    assert row["Ydelse"].value == "sygedagpenge"
    assert row["PA timer pr. uge"].value == 12
    assert row["Helbred"].value is None  # no health data, not even made up
    assert row["Sag"].font.i and row["Sag"].font.color.rgb == "FF7F7F7F"  # italic grey
    assert row["PA timer pr. uge"].font.i
    assert sheet.max_row == 4


def validations(sheet: Any) -> dict[str, Any]:
    return {str(v.sqref): v for v in sheet.data_validations.dataValidation}


def test_drop_downs_for_the_rate_table_s_benefits_and_priority_access(
    cli: RunCli, tmp_path: Path
) -> None:
    sheet = load(written(cli, tmp_path))["Sager"]
    found = validations(sheet)
    assert set(found) == {"F4:F1048576", "AF4:AF1048576"}  # Ydelse, Fortrinsadgang
    benefit = found["F4:F1048576"]
    # the shipped table, sjh-2014, has these three
    assert benefit.formula1 == '"sygedagpenge,ledighedsydelse,løntilskud"'
    assert benefit.errorStyle == "warning"
    assert found["AF4:AF1048576"].formula1 == '"ja,nej"'


def test_another_rate_table_gives_its_own_benefits(cli: RunCli, tmp_path: Path) -> None:
    sheet = load(written(cli, tmp_path, "--rates", "dk-seneste"))["Sager"]
    benefit = validations(sheet)["F4:F1048576"]
    assert "ressourceforløbsydelse-forsørger" in benefit.formula1
    assert "løntilskud" not in benefit.formula1


def test_the_guide_explains_every_column_in_both_languages(cli: RunCli, tmp_path: Path) -> None:
    guide = load(written(cli, tmp_path))["Vejledning"]
    rows = [list(row) for row in guide.iter_rows(values_only=True)]
    by_header = {row[0]: row for row in rows if row[1] is not None}
    for column in COLUMNS:
        assert by_header[column.da][1] == column.en
        assert by_header[column.da][2]  # what it holds
        assert by_header[column.da][3]  # an example
    assert by_header["Forventet besparelse 12 mdr."][1] == "Expected saving 12 months"
    assert by_header["Sag"][4] == "ja" and by_header["Ydelse"][4] == "ja"
    assert by_header["Mentor mdr."][4] == "når ordningen bruges"
    assert by_header["PA mdr."][4] is None  # optional
    assert by_header["Hjælpemidler"][3] == "Cobra CCTV=25000; Lupper=3150"
    text = "\n".join(str(v) for row in rows for v in row if v is not None)
    for words in (
        "En tom celle betyder »ikke angivet«",
        "Titel, Beskrivelse, Organisation, Forfatter",
        "overskrift begynder med #",
        "Sag begynder med #",
        "navn=beløb",
        "sygedagpenge=5; ledighedsydelse",
        "Forventede tal",
    ):
        assert words in text


def test_english_template(cli: RunCli, tmp_path: Path) -> None:
    book = load(written(cli, tmp_path, "--lang", "en"))
    assert book.sheetnames == ["Cases", "Guide"]
    sheet = book["Cases"]
    assert [sheet["A1"].value, sheet["A2"].value] == ["Title", "Organisation"]
    assert [c.value for c in sheet[3]] == template_headers("en")
    assert sheet["A4"].value == "# Example – delete this row"
    assert sheet["A3"].comment.text.endswith("Example: 2024-117")
    assert validations(sheet)["AF4:AF1048576"].formula1 == '"yes,no"'
    assert book["Guide"]["A1"].value == "How to fill in the case list"


def test_an_existing_file_is_kept_without_force(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "mine.xlsx"
    path.write_bytes(b"my own work")
    run = cli("template", "-o", str(path))
    assert run.code == 2 and run.out == ""
    assert run.err == f"Fejl: {path}: filen findes allerede; brug --force for at overskrive den\n"
    assert path.read_bytes() == b"my own work"
    forced = cli("template", "-o", str(path), "--force")
    assert forced.code == 0
    assert load(path).sheetnames == ["Sager", "Vejledning"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.xlsx"]  # no temporary left


@pytest.mark.parametrize("name", ["skabelon.txt", "skabelon.yaml", "skabelon"])
def test_another_suffix_is_a_usage_error(cli: RunCli, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    run = cli("template", "-o", str(path))
    assert run.code == 2
    assert run.err == (
        f"Fejl: -o: {path}: en skabelon skrives som .xlsx eller .csv (efter filens endelse)\n"
    )
    assert not path.exists()


def test_a_folder_is_not_a_template_file(cli: RunCli, tmp_path: Path) -> None:
    folder = tmp_path / "mappe.xlsx"
    folder.mkdir()
    assert cli("template", "-o", str(folder), "--force").code == 2


def test_an_unknown_rate_table_is_an_error_and_nothing_is_written(
    cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "skabelon.xlsx"
    run = cli("template", "-o", str(path), "--rates", str(tmp_path / "missing.yaml"))
    assert run.code == 1 and "missing.yaml" in run.err
    assert not path.exists()


def csv_rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_without_output_the_csv_template_goes_to_stdout(cli: RunCli) -> None:
    run = cli("template")
    assert run.code == 0 and run.err == ""
    assert run.out.startswith("\ufeff")  # the byte-order mark Danish Excel wants
    rows = csv_rows(run.out.removeprefix("\ufeff"), ";")
    assert rows[:2] == [["Titel", ""], ["Organisation", ""]]
    assert rows[2] == template_headers("da")
    example = dict(zip(rows[2], rows[3], strict=True))
    assert example["Sag"] == "# Eksempel – slet denne række"
    assert example["Ydelse"] == "sygedagpenge"
    assert example["PA timer pr. uge"] == "12"
    assert example["Helbred"] == ""
    assert len(rows) == 4


def test_csv_template_file_in_english(cli: RunCli, tmp_path: Path) -> None:
    path = written(cli, tmp_path, "--lang", "en", name="template.csv")
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(data.decode("utf-8"), ",")
    assert rows[0] == ["Title", ""]
    assert rows[2] == template_headers("en")
    assert rows[3][0] == "# Example – delete this row"
