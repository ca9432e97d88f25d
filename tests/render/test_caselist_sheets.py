"""The case list as XLSX and CSV, read back: the rows above the header, the header,
the cells with their types, the layout and the drop-downs."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kompcalc.core.cases import AidItem, Aids, BenefitStep, Case, Expected, PersonalAssistance
from kompcalc.core.cases import PriorityAccess as Priority
from kompcalc.errors import KompcalcError
from kompcalc.render.caselist import ListMeta
from kompcalc.render.caselist_text import write_csv
from kompcalc.render.caselist_xlsx import write_xlsx

META = ListMeta(title="Sager 2026", organisation="Jobcenter Eksempelby")
BENEFITS = ("sygedagpenge", "ledighedsydelse")


def cases() -> list[Case]:
    return [
        Case(
            id="a-1",
            person="=HYPERLINK(1)",
            benefit="sygedagpenge",
            probability=Decimal("62.5"),
            date=date(2026, 3, 1),
            interventions=(PersonalAssistance(hours_per_week=Decimal("6.5")),),
        ),
        Case(
            id="b-2",
            benefit=(BenefitStep(benefit="sygedagpenge", months=5), BenefitStep(benefit="x")),
            interventions=(
                Aids(
                    items=(
                        AidItem(name="Lup", amount=Decimal("3150.50")),
                        AidItem(amount=Decimal(99)),
                    )
                ),
            ),
            expected=Expected(savings={24: Decimal(-100), 12: Decimal(500)}),
        ),
        Case(id="c-3", benefit="ledighedsydelse", interventions=(Priority(),)),
    ]


HEADERS = [
    "Sag",
    "Person",
    "Ydelse",
    "Sandsynlighed %",
    "Dato",
    "PA timer pr. uge",
    "Hjælpemidler",
    "Fortrinsadgang",
    "Forventet besparelse 12 mdr.",
    "Forventet besparelse 24 mdr.",
]
"""The columns the three cases use, in the format's order, Sag and Ydelse always."""


def xlsx(scratch: Path | None, lang: str = "da", **options: Any) -> Any:
    out = io.BytesIO()
    written = write_xlsx(out, META, cases(), lang=lang, scratch=scratch, **options)
    assert written.cases == 3 and written.notes == ()
    return openpyxl.load_workbook(io.BytesIO(out.getvalue()))


@pytest.fixture(params=["in memory", "constant memory"])
def scratch(request: pytest.FixtureRequest, tmp_path: Path) -> Path | None:
    return None if request.param == "in memory" else tmp_path


def values(sheet: Any) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_xlsx_has_the_meta_rows_the_header_and_a_row_per_case(scratch: Path | None) -> None:
    book = xlsx(scratch, benefits=BENEFITS)
    assert book.sheetnames == ["Sager"]
    rows = values(book["Sager"])
    assert rows[0][:2] == ["Titel", "Sager 2026"]
    assert rows[1][:2] == ["Organisation", "Jobcenter Eksempelby"]
    assert rows[2] == HEADERS
    assert rows[3] == [
        "a-1",
        "'=HYPERLINK(1)",  # text never runs as a formula
        "sygedagpenge",
        62.5,
        datetime(2026, 3, 1),
        6.5,
        None,
        None,
        None,
        None,
    ]
    assert rows[4] == [
        "b-2",
        None,
        "sygedagpenge=5; x",
        None,
        None,
        None,
        "Lup=3150,50; 99",
        None,
        500,
        -100,
    ]
    assert rows[5] == ["c-3", None, "ledighedsydelse", None, None, None, None, "ja", None, None]
    assert len(rows) == 6


def test_xlsx_numbers_are_numbers_and_dates_are_dates(scratch: Path | None) -> None:
    sheet = xlsx(scratch)["Sager"]
    assert sheet["D4"].data_type == "n" and sheet["D4"].number_format == "General"  # not %
    assert sheet["E4"].is_date and sheet["E4"].number_format == "d.m.yyyy"
    assert isinstance(sheet["I5"].value, int)  # a whole number stays whole


def test_xlsx_header_is_bold_frozen_and_filtered(scratch: Path | None) -> None:
    sheet = xlsx(scratch)["Sager"]
    assert all(cell.font.b for cell in sheet[3])
    assert sheet.freeze_panes == "B4"  # below the header, beside the case column
    assert sheet.auto_filter.ref == "A3:J6"


def test_xlsx_columns_are_as_wide_as_their_contents(scratch: Path | None) -> None:
    sheet = xlsx(scratch)["Sager"]
    widths = sheet.column_dimensions
    assert widths["A"].width >= len("Organisation")  # the meta labels stand there too
    assert widths["C"].width >= len("sygedagpenge=5; x")
    assert widths["I"].width >= len("Forventet besparelse 12 mdr.")


def test_xlsx_drop_downs_for_benefit_and_priority_access(scratch: Path | None) -> None:
    sheet = xlsx(scratch, benefits=BENEFITS)["Sager"]
    found = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert set(found) == {"C4:C1048576", "H4:H1048576"}
    benefit, flag = found["C4:C1048576"], found["H4:H1048576"]
    assert (benefit.type, benefit.formula1) == ("list", '"sygedagpenge,ledighedsydelse"')
    assert benefit.errorStyle == "warning"  # a benefit path may still be typed
    assert flag.formula1 == '"ja,nej"'


def test_xlsx_without_benefits_has_no_benefit_drop_down(scratch: Path | None) -> None:
    sheet = xlsx(scratch)["Sager"]
    assert [str(v.sqref) for v in sheet.data_validations.dataValidation] == ["H4:H1048576"]


def test_a_long_benefit_list_goes_on_a_hidden_sheet(scratch: Path | None) -> None:
    names = [f"ydelse-nummer-{i:02}" for i in range(1, 21)]  # 20 x 16 + 19 commas > 255
    book = xlsx(scratch, benefits=names)
    assert book.sheetnames == ["Sager", "Lister"]
    lists = book["Lister"]
    assert lists.sheet_state == "hidden"
    assert [row[0] for row in values(lists)] == names
    benefit = next(
        v for v in book["Sager"].data_validations.dataValidation if str(v.sqref).startswith("C")
    )
    assert benefit.formula1 == "'Lister'!$A$1:$A$20"


def test_a_benefit_with_a_comma_goes_on_the_hidden_sheet_too(scratch: Path | None) -> None:
    book = xlsx(scratch, benefits=["sygedagpenge", "ydelse, særlig"])
    assert book["Lister"].sheet_state == "hidden"


def test_xlsx_in_english(scratch: Path | None) -> None:
    book = xlsx(scratch, lang="en", benefits=BENEFITS)
    sheet = book["Cases"]
    rows = values(sheet)
    assert rows[0][:2] == ["Title", "Sager 2026"]
    assert rows[2][:4] == ["Case", "Person", "Benefit", "Probability %"]
    assert rows[2][-1] == "Expected saving 24 months"
    assert rows[4][6] == "Lup=3150.50; 99"
    assert rows[5][7] == "yes"
    assert sheet["E4"].number_format == "yyyy-mm-dd"
    flag = [v for v in sheet.data_validations.dataValidation if str(v.sqref).startswith("H")]
    assert flag[0].formula1 == '"yes,no"'


def test_xlsx_refuses_a_case_it_cannot_hold_and_writes_nothing() -> None:
    out = io.BytesIO()
    twice = Case(id="x", benefit="sygedagpenge", interventions=(Priority(), Priority()))
    with pytest.raises(KompcalcError) as info:
        write_xlsx(out, META, [*cases(), twice], lang="da")
    assert [p.field for p in info.value.problems] == ["interventions.2"]
    assert out.getvalue() == b""


def test_xlsx_with_no_meta_starts_with_the_header() -> None:
    out = io.BytesIO()
    write_xlsx(out, ListMeta(), cases()[2:], lang="da")
    sheet = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Sager"]
    assert values(sheet) == [["Sag", "Ydelse", "Fortrinsadgang"], ["c-3", "ledighedsydelse", "ja"]]
    assert sheet.freeze_panes == "B2"


def csv_text(lang: str, chosen: list[Case] | None = None) -> tuple[bytes, Any]:
    out = io.BytesIO()
    written = write_csv(out, META, cases() if chosen is None else chosen, lang=lang)
    return out.getvalue(), written


def test_danish_csv_has_a_bom_semicolons_and_decimal_commas() -> None:
    data, written = csv_text("da")
    assert written.cases == 3 and written.notes == ()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[:6] == [
        "Titel;Sager 2026",
        "Organisation;Jobcenter Eksempelby",
        ";".join(HEADERS),
        "a-1;'=HYPERLINK(1);sygedagpenge;62,5;2026-03-01;6,5;;;;",
        'b-2;;"sygedagpenge=5; x";;;;"Lup=3150,50; 99";;500;-100',
        "c-3;;ledighedsydelse;;;;;ja;;",
    ]
    assert lines[6:] == [""]


def test_english_csv_has_commas_points_and_no_bom() -> None:
    data, _ = csv_text("en")
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff")
    lines = text.split("\r\n")
    assert lines[0] == "Title,Sager 2026"
    assert lines[2].startswith("Case,Person,Benefit,Probability %,Date,PA hours per week,Aids,")
    assert lines[3] == "a-1,'=HYPERLINK(1),sygedagpenge,62.5,2026-03-01,6.5,,,,"
    assert lines[5] == "c-3,,ledighedsydelse,,,,,yes,,"


def test_a_line_break_in_a_csv_text_is_kept_in_quotes_and_noted() -> None:
    broken = Case(
        id="n-1",
        description="første linje\nanden linje",
        benefit="sygedagpenge",
        interventions=(Priority(),),
    )
    out = io.BytesIO()
    meta = ListMeta(title="Sager", description="Om\nlisten")
    written = write_csv(out, meta, [broken], lang="da")
    note = "the text has a line break; the CSV file keeps it in quotes, but not every program "
    assert [str(n) for n in written.notes] == [
        f"Beskrivelse: {note}reads it right",  # the description above the header
        f"n-1: Beskrivelse: {note}reads it right",  # the case's description
    ]
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig")), delimiter=";"))
    assert rows[:2] == [["Titel", "Sager"], ["Beskrivelse", "Om\nlisten"]]
    assert rows[3] == ["n-1", "første linje\nanden linje", "sygedagpenge", "ja"]


def test_csv_refuses_a_case_it_cannot_hold_and_writes_nothing() -> None:
    out = io.BytesIO()
    hashed = Case(id="#1", benefit="sygedagpenge", interventions=(Priority(),))
    with pytest.raises(KompcalcError):
        write_csv(out, META, [hashed], lang="da")
    assert out.getvalue() == b""


def test_a_title_above_the_header_never_runs_as_a_formula() -> None:
    meta = ListMeta(title="=1+1", author="@anne")
    out = io.BytesIO()
    write_xlsx(out, meta, cases()[2:], lang="da")
    sheet = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Sager"]
    assert values(sheet)[:2] == [["Titel", "'=1+1", None], ["Forfatter", "'@anne", None]]
    text = io.BytesIO()
    write_csv(text, meta, cases()[2:], lang="da")
    lines = text.getvalue().decode("utf-8-sig").split("\r\n")
    assert lines[:2] == ["Titel;'=1+1", "Forfatter;'@anne"]
