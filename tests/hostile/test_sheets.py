"""Hostile spreadsheets: any bytes as a CSV or an XLSX, and any text in any cell, end in
results or located one-line errors (exit 0 or 1), never an internal error."""

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kompcalc.loading.xlsxfile import XlsxRows
from tests.helpers import RunCli

HEADER = ["Sag", "Ydelse", "PA timer pr. uge", "Hjælpemidler", "Dato", "Sandsynlighed %"]
BUDGET = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.sampled_from(["6,5", "8.507", "1.234,50", "=1/0", "# note", "ja", "x=1;;=", "0,6"]),
)


def _clean(value: Any) -> Any:
    """What openpyxl can write into a cell (it refuses control characters)."""
    if isinstance(value, str):
        return "".join(c for c in value if c.isprintable() or c == " ")
    return value


def _assert_clean(code: int, err: str) -> None:
    assert code in (0, 1), err
    assert "Traceback" not in err and "Intern fejl" not in err, err


@BUDGET
@given(content=st.binary(max_size=400))
def test_any_bytes_as_a_csv(tmp_path: Path, cli: RunCli, content: bytes) -> None:
    path = tmp_path / "sager.csv"
    path.write_bytes(content)
    run = cli("batch", str(path))
    _assert_clean(run.code, run.err)


@BUDGET
@given(content=st.binary(max_size=400))
def test_any_bytes_as_an_xlsx(tmp_path: Path, cli: RunCli, content: bytes) -> None:
    path = tmp_path / "sager.xlsx"
    path.write_bytes(b"PK\x03\x04" + content)
    run = cli("batch", str(path))
    _assert_clean(run.code, run.err)


@BUDGET
@given(rows=st.lists(st.lists(cells, max_size=7), max_size=5))
def test_any_cells_in_an_xlsx(tmp_path: Path, cli: RunCli, rows: list[list[Any]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append([_clean(v) for v in row])
    path = tmp_path / "sager.xlsx"
    book.save(path)
    run = cli("batch", str(path), "--json")
    _assert_clean(run.code, run.err)


@BUDGET
@given(rows=st.lists(st.lists(st.text(max_size=20), max_size=7), max_size=5))
def test_any_text_in_a_csv(tmp_path: Path, cli: RunCli, rows: list[list[str]]) -> None:
    lines = [";".join(HEADER)] + [";".join(f'"{c.replace(chr(34), "")}"' for c in r) for r in rows]
    path = tmp_path / "sager.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    run = cli("batch", str(path))
    _assert_clean(run.code, run.err)


def test_a_workbook_missing_its_parts_is_one_line(tmp_path: Path, cli: RunCli) -> None:
    path = tmp_path / "sager.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    run = cli("batch", str(path))
    assert run.code == 1
    (line,) = [x for x in run.err.splitlines() if x.startswith("Fejl: ")]
    assert line.startswith(f"Fejl: {path}: kan ikke læses som Excel-projektmappe: ")


def test_a_sheet_claiming_a_million_rows_is_not_padded_out(tmp_path: Path, cli: RunCli) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sag", "Ydelse", "PA timer pr. uge"])
    sheet.append(["a", "sygedagpenge", 12])
    path = tmp_path / "sager.xlsx"
    book.save(path)
    # rewrite the sheet's dimension as Excel's whole grid, as some exporters do
    patched = tmp_path / "stor.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                grid = b'<dimension ref="A1:XFD1048576"/>'
                data = re.sub(rb'<dimension ref="A1:C2" ?/>', grid, data)
                assert b"XFD1048576" in data
            target.writestr(item, data)
    rows = XlsxRows(patched, max_bytes=10_000_000)
    try:
        read = list(rows.rows())
    finally:
        rows.close()
    assert [len(cells) for _, cells in read] == [3, 3]  # not 16,384 cells a row
    run = cli("batch", str(patched), "--json")
    assert run.code == 0, run.err
    assert [case["id"] for case in json.loads(run.out)["cases"]] == ["a"]
