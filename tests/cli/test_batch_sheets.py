"""``kompcalc batch`` and ``report`` on case lists in XLSX and CSV."""

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.helpers import EXAMPLE, RunCli, without_shipped_note

HEADER = ["Sag", "Person", "Ydelse", "PA timer pr. uge", "Hjælpemidler kr."]


def xlsx(path: Path, rows: list[list[Any]], *, sheet: str = "Sager") -> Path:
    """A workbook with ``rows`` on sheet ``sheet`` (after a first sheet of other things
    when ``sheet`` is not the only one wanted)."""
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = sheet
    for row in rows:
        first.append(row)
    book.save(path)
    return path


def cases_of(out: str) -> dict[str, Any]:
    return {case["id"]: case for case in json.loads(out)["cases"]}


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("Fejl: ")]


def test_an_xlsx_case_list_is_computed_row_by_row(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(
        tmp_path / "sager.xlsx",
        [
            HEADER,
            ["a", "Kvinde, 53 år", "sygedagpenge", 12, None],
            ["b", None, "sygedagpenge", None, 8507],
        ],
    )
    run = cli("batch", str(path), "--json")
    assert run.code == 0, run.err
    cases = cases_of(run.out)
    # the catalogue's cards: 12 h PA is 5.958 kr. gross a month; aids of 8.507 kr. half refunded
    assert cases["a"]["monthly"]["gross"] == "5958.77"  # 12 × 114,68 × 4,33
    assert cases["a"]["person"] == "Kvinde, 53 år"
    assert cases["b"]["one_off"]["net"] == "4253.50"


def test_the_sheet_named_sager_is_read_when_there_are_several(tmp_path: Path, cli: RunCli) -> None:
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Noter"
    notes.append(["Sag", "Ydelse", "PA timer pr. uge"])
    notes.append(["ikke-denne", "sygedagpenge", 1])
    cases = book.create_sheet("sager")
    cases.append(["Sag", "Ydelse", "PA timer pr. uge"])
    cases.append(["denne", "sygedagpenge", 12])
    book.save(tmp_path / "to-ark.xlsx")
    run = cli("batch", str(tmp_path / "to-ark.xlsx"), "--json")
    assert run.code == 0, run.err
    assert list(cases_of(run.out)) == ["denne"]


def test_the_first_sheet_is_read_whatever_its_name(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(
        tmp_path / "x.xlsx",
        [["Case", "Benefit", "PA hours per week"], [7, "sygedagpenge", 12]],
        sheet="Ark1",
    )
    run = cli("batch", str(path), "--json")
    assert run.code == 0, run.err
    assert list(cases_of(run.out)) == ["7"]


def test_blank_rows_comment_rows_notes_columns_and_a_title_above_the_header(
    tmp_path: Path, cli: RunCli
) -> None:
    path = xlsx(
        tmp_path / "sager.xlsx",
        [
            ["Titel", "Jobcenter Nord, marts"],
            [],
            ["  sag ", "YDELSE", "pa timer pr. uge", "# mine noter"],
            ["# Eksempel – slet denne række", "sygedagpenge", 99],
            [None, None, None, "kun en note"],
            [],
            ["a", " sygedagpenge ", "12", "ring tirsdag"],
        ],
    )
    run = cli("batch", str(path), "--json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["title"] == "Jobcenter Nord, marts"
    assert [c["id"] for c in data["cases"]] == ["a"]


def test_every_bad_cell_is_named_by_sheet_cell_and_header_and_the_rest_are_computed(
    tmp_path: Path, cli: RunCli
) -> None:
    path = xlsx(
        tmp_path / "sager.xlsx",
        [
            HEADER,
            ["ok", None, "sygedagpenge", 12, None],
            ["tekst", None, "sygedagpenge", "tolv", None],
            ["negativ", None, "sygedagpenge", -3, None],
            ["ukendt", None, "sygedagpnge", 12, None],
            ["ok", None, "sygedagpenge", 6, None],
            ["formel", None, "sygedagpenge", "=6*2", None],
        ],
    )
    run = cli("batch", str(path), "--json")
    assert run.code == 1
    assert list(cases_of(run.out)) == ["ok"]
    assert errors(without_shipped_note(run.err))[:5] == [
        f'Fejl: {path}: Sager!D3 (PA timer pr. uge): "tolv" er ikke et tal. Skriv fx 8507, '
        "8.507 eller 6,5.",
        f"Fejl: {path}: Sager!D4 (PA timer pr. uge): skal være større end 0",
        f'Fejl: {path}: Sager!C5 (Ydelse): Ukendt ydelse "sygedagpnge"; mente du "sygedagpenge"? '
        "Satstabellen kender: sygedagpenge, ledighedsydelse, løntilskud.",
        f"Fejl: {path}: Sager!A6 (Sag): sagen findes allerede i række 2",
        f"Fejl: {path}: Sager!D7 (PA timer pr. uge): formlen =6*2 har ingen gemt værdi; åbn "
        "filen i Excel og gem den, så værdien bliver regnet ud",
    ]


def test_an_unknown_header_is_named_with_the_nearest_known_one(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(
        tmp_path / "s.xlsx", [["Sag", "Ydelse", "PA timer pr uge"], ["a", "sygedagpenge", 12]]
    )
    run = cli("batch", str(path))
    assert run.code == 1
    assert errors(run.err) == [
        f'Fejl: {path}: Sager!C1 (PA timer pr uge): ukendt kolonne "PA timer pr uge"; mente du '
        '"PA timer pr. uge"? (en kolonne til egne noter skal begynde med #)'
    ]
    assert run.out == ""


def test_a_list_without_a_case_column_gets_one_line(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(tmp_path / "s.xlsx", [["Navn", "Ydelse"], ["a", "sygedagpenge"]])
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    lines = [line for line in run.err.splitlines() if line.startswith("Error: ")]
    assert (
        f"Error: {path}: Sager, row 1: the header row has no column Case (Sag); kompcalc "
        "reads the sheet Cases (or Sager), else the first sheet"
    ) in lines


def test_a_missing_column_of_an_intervention_is_named(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(
        tmp_path / "s.xlsx", [["Sag", "Ydelse", "Mentor timer pr. uge"], ["a", "sygedagpenge", 3]]
    )
    run = cli("batch", str(path))
    assert errors(run.err) == [
        f"Fejl: {path}: Sager, række 2 (Mentor timesats): mangler",
        f"Fejl: {path}: Sager, række 2 (Mentor mdr.): mangler",
    ]


def test_a_percent_cell_and_a_date_cell_are_read_as_excel_shows_them(
    tmp_path: Path, cli: RunCli
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sager"
    sheet.append(["Sag", "Ydelse", "PA timer pr. uge", "Sandsynlighed %", "Dato"])
    sheet.append(["a", "sygedagpenge", 12, 0.6, datetime(2014, 3, 1)])
    sheet["D2"].number_format = "0%"
    sheet["E2"].number_format = "d.m.yyyy"
    book.save(tmp_path / "s.xlsx")
    run = cli("batch", str(tmp_path / "s.xlsx"), "--json")
    assert run.code == 0, run.err
    case = cases_of(run.out)["a"]
    assert case["probability"] == "60"
    # 60 % of the catalogue's sygedagpenge of 11.200 kr. a month
    assert case["avoided_benefit"] == "6720.00"


DANISH_CSV = (
    "Sag;Person;Ydelse;PA timer pr. uge;Hjælpemidler kr.;Hjælpemidler\r\n"
    "educator-bowel-disease;Kvinde, 55 år, Ærø;sygedagpenge;6,5;;\r\n"
    "bank-clerk-low-vision;Mand, 28 år;sygedagpenge;;;"
    '"Cobra CCTV=25.000; Forskellige lupper=3150"\r\n'
    "planner-herniated-disc;Kvinde, 43 år;sygedagpenge;;8.507;\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom", "said"),
    [
        ("cp1252", b"", "Windows-1252"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8"),
        ("utf-8", b"", "UTF-8"),
    ],
)
def test_a_danish_excel_csv_gives_the_same_figures_as_the_yaml_example(
    tmp_path: Path, cli: RunCli, encoding: str, bom: bytes, said: str
) -> None:
    path = tmp_path / "sager.csv"
    path.write_bytes(bom + DANISH_CSV.encode(encoding))
    run = cli("batch", str(path), "--json")
    assert run.code == 0, run.err
    assert f"Bemærk: {path} er læst som {said} med semikolon mellem felterne." in run.err
    read = cases_of(run.out)
    assert read["educator-bowel-disease"]["person"] == "Kvinde, 55 år, Ærø"
    example = cases_of(cli("batch", str(EXAMPLE), "--json").out)
    for case_id, case in read.items():
        for figure in ("one_off", "monthly", "avoided_benefit", "savings", "break_even_months"):
            assert case[figure] == example[case_id][figure], (case_id, figure)


def test_an_english_csv_with_commas_is_read_too(tmp_path: Path, cli: RunCli) -> None:
    path = tmp_path / "cases.csv"
    path.write_text("Case,Benefit,PA hours per week\na,sygedagpenge,6.5\n", encoding="utf-8")
    run = cli("batch", str(path), "--json", "--lang", "en")
    assert run.code == 0, run.err
    assert "with commas between the fields" in run.err
    assert cases_of(run.out)["a"]["interventions"][0]["hours_per_week"] == "6.5"


def test_a_csv_error_names_the_row_and_header(tmp_path: Path, cli: RunCli) -> None:
    path = tmp_path / "sager.csv"
    path.write_text("Sag;Ydelse;PA timer pr. uge\na;sygedagpenge;-1\n", encoding="utf-8")
    run = cli("batch", str(path))
    assert errors(run.err) == [f"Fejl: {path}: række 2 (PA timer pr. uge): skal være større end 0"]


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("gammel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "det gamle .xls-format"),
        (
            "laast.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + bytes(100)
            + "EncryptedPackage".encode("utf-16-le"),
            "beskyttet med en adgangskode",
        ),
        ("gammel.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "det gamle .xls-format"),
        ("tekst.xlsx", b"Sag;Ydelse\n", "er ikke en Excel-projektmappe"),
        ("zip.xlsx", b"PK\x03\x04" + bytes(100), "kan ikke læses som Excel-projektmappe"),
        ("omdoebt.csv", b"PK\x03\x04" + bytes(100), "giv den endelsen .xlsx"),
        ("binaer.csv", bytes(range(256)), "er ikke en tekstfil"),
        ("calc.ods", b"PK\x03\x04", "gem det som Excel-projektmappe"),
    ],
)
def test_a_file_that_is_not_a_case_list_gets_one_clear_line(
    tmp_path: Path, cli: RunCli, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    run = cli("batch", str(path))
    assert run.code == 1
    (line,) = errors(run.err)
    assert line.startswith(f"Fejl: {path}: ") and said in line, line
    assert "Traceback" not in run.err


def test_an_empty_sheet_says_it_has_no_header_row(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(tmp_path / "tom.xlsx", [])
    run = cli("batch", str(path))
    assert run.code == 1
    assert errors(run.err) == [
        f"Fejl: {path}: arket Sager har ingen overskriftsrække med kolonnen Sag (Case); se "
        "kompcalc template"
    ]


def test_a_header_row_with_no_cases_says_so(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(tmp_path / "tom.xlsx", [HEADER])
    run = cli("batch", str(path))
    assert run.code == 1
    assert errors(run.err) == [
        f"Fejl: {path}: regnearket har ingen sager (ingen udfyldte rækker under overskriftsrækken)"
    ]


def test_the_report_reads_a_spreadsheet_too(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(
        tmp_path / "sager.xlsx", [["Titel", "Marts"], HEADER, ["a", None, "sygedagpenge", 12, None]]
    )
    run = cli("report", str(path), "-o", str(tmp_path / "r.html"))
    assert run.code == 0, run.err
    assert "<h1>Marts</h1>" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_an_unquoted_separator_in_a_csv_cell_is_caught_not_misread(
    tmp_path: Path, cli: RunCli
) -> None:
    path = tmp_path / "sager.csv"
    path.write_text(
        "Sag;Ydelse;Hjælpemidler\na;sygedagpenge;Skærm=12.500,00; Stol=4.995\n", encoding="utf-8"
    )
    run = cli("batch", str(path))
    assert run.code == 1
    assert errors(run.err) == [
        f"Fejl: {path}: række 2, kolonne D: cellen har ingen overskrift, så den hører ikke "
        "til noget felt; i en CSV-fil skal en celle med ; stå i anførselstegn"
    ]


def test_points_read_as_thousands_are_noted_once_with_an_example(
    tmp_path: Path, cli: RunCli
) -> None:
    path = tmp_path / "sager.csv"
    path.write_text(
        "Sag;Ydelse;Hjælpemidler kr.\na;sygedagpenge;8.507\nb;sygedagpenge;1.500\n",
        encoding="utf-8",
    )
    run = cli("batch", str(path), "--json")
    assert run.code == 0, run.err
    assert (
        "Bemærk: 2 celler med punktum som tusindtalsseparator er læst som hele tal, fx "
        'række 2 (Hjælpemidler kr.): "8.507" som 8507.'
    ) in run.err.splitlines()
    assert cases_of(run.out)["a"]["one_off"]["gross"] == "8507.00"


def test_a_row_without_a_case_id_asks_for_one(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(tmp_path / "s.xlsx", [HEADER, [None, None, "sygedagpenge", 12, None]])
    run = cli("batch", str(path))
    assert errors(run.err) == [
        f"Fejl: {path}: Sager!A2 (Sag): udfyld Sag (sagens nummer eller navn)"
    ]


def test_an_unbalanced_quote_in_a_csv_is_an_error_not_a_swallowed_file(
    tmp_path: Path, cli: RunCli
) -> None:
    path = tmp_path / "sager.csv"
    path.write_text(
        'Sag;Ydelse;PA timer pr. uge;Beskrivelse\na;sygedagpenge;6;"Tunge løft\n'
        "b;sygedagpenge;8;ok\n",
        encoding="utf-8",
    )
    run = cli("batch", str(path))
    assert run.code == 1
    assert any(line.startswith(f"Fejl: {path}: række ") for line in errors(run.err)), run.err


def test_the_first_visible_sheet_is_read_not_a_hidden_one(tmp_path: Path, cli: RunCli) -> None:
    book = Workbook()
    old = book.active
    assert old is not None
    old.title = "Gammel"
    old.sheet_state = "hidden"
    old.append(["Sag", "Ydelse", "PA timer pr. uge"])
    old.append(["gammel", "sygedagpenge", 1])
    new = book.create_sheet("Liste")
    new.append(["Sag", "Ydelse", "PA timer pr. uge"])
    new.append(["ny", "sygedagpenge", 12])
    book.save(tmp_path / "s.xlsx")
    run = cli("batch", str(tmp_path / "s.xlsx"), "--json")
    assert run.code == 0, run.err
    assert list(cases_of(run.out)) == ["ny"]


def test_a_probability_of_1_without_a_per_cent_sign_is_refused(tmp_path: Path, cli: RunCli) -> None:
    path = xlsx(
        tmp_path / "s.xlsx",
        [["Sag", "Ydelse", "PA timer pr. uge", "Sandsynlighed %"], ["a", "sygedagpenge", 12, 1]],
    )
    run = cli("batch", str(path), "--json")
    assert run.code == 1
    assert errors(run.err) == [
        f"Fejl: {path}: Sager!D2 (Sandsynlighed %): 1 er tvetydigt: skriv 100 for 100 %, "
        "eller 1 % for 1 %"
    ]
    assert json.loads(run.out)["failed"][0]["cell"] == "Sager!D2"


def test_a_case_id_showing_an_excel_error_is_not_taken_for_a_comment(
    tmp_path: Path, cli: RunCli
) -> None:
    from kompcalc.loading.cells import ExcelError
    from kompcalc.loading.sheetrows import find_layout

    header: list[Any] = ["Sag", "Ydelse", "PA timer pr. uge"]
    layout = find_layout(iter([(1, header)]), file="s.xlsx", sheet="Sager")
    assert not layout.is_comment([ExcelError("#N/A"), "x", 1])
    assert layout.is_comment(["# Eksempel", "x", 1])
