"""The batch XLSX's case rows: each row's height follows its own text, however many
rows share that text, and a row's cells are measured where it is computed."""

import pickle
from decimal import Decimal
from pathlib import Path

import openpyxl

from kompcalc.render.sheetstyle import ColumnWidths
from tests.helpers import RunCli

LONG = "Fastholdes i sit job med støtte fra jobcentret og en mentor i to år"
"""A description that wraps in its column (26 wide at most): three lines."""

CASE = """
  - id: {id}
    person: "{person}"
    description: "{description}"
    benefit: ledighedsydelse
    interventions:
      - kind: personal_assistance
        hours_per_week: 5
"""


def _heights(
    cli: RunCli, tmp_path: Path, descriptions: list[str], people: list[str] | None = None
) -> list[float | None]:
    """The height of each case's row, the cases having ``descriptions`` and ``people``."""
    people = people or ["P"] * len(descriptions)
    cases = "".join(
        CASE.format(id=f"s{i}", person=who, description=what)
        for i, (who, what) in enumerate(zip(people, descriptions, strict=True))
    )
    source = tmp_path / "sager.yaml"
    source.write_text("cases:" + cases, encoding="utf-8")
    out = tmp_path / "sager.xlsx"
    run = cli("batch", str(source), "-o", str(out))
    assert run.code == 0, run.err
    sheet = openpyxl.load_workbook(out)["Sager"]
    ids = {f"s{i}" for i in range(len(descriptions))}
    rows = [row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value in ids]
    return [sheet.row_dimensions[r].height for r in rows]


def test_rows_that_share_a_long_text_are_each_as_high_as_its_lines(
    cli: RunCli, tmp_path: Path
) -> None:
    heights = _heights(cli, tmp_path, [LONG, "Kort", LONG, LONG, "Kort"])
    # 27 letters a line in a column 26 wide: "Fastholdes i sit job med" / "støtte fra
    # jobcentret og en" / "mentor i to år", three lines of 15 points; beside a short
    # text the interventions, "Personlig assistance, 5 timer" / "om ugen", take two
    assert heights == [45, 30, 45, 45, 30]


def test_a_text_wraps_by_the_width_of_its_own_column(cli: RunCli, tmp_path: Path) -> None:
    heights = _heights(cli, tmp_path, ["Kort", LONG], people=[LONG, "P"])
    # the person column is 18 wide, 18 letters a line: "Fastholdes i sit" / "job med
    # støtte fra" / "jobcentret og en" / "mentor i to år"; the description as above
    assert heights == [60, 45]


def test_a_rows_measures_need_nothing_but_the_row() -> None:
    """A forked child measures its rows with its own copy: the widths do not depend on
    what the writing process has seen."""
    seen = ColumnWidths([False, True], [False, True], "aldrig")
    seen.add(["en meget lang tekst", Decimal("-99999999.99")])
    fresh = ColumnWidths([False, True], [False, True], "aldrig")
    row: list[Decimal | str | None] = ["kort", Decimal("12.5")]
    assert seen.measure(row) == fresh.measure(row) == (4, 5)
    fresh.merge(pickle.loads(pickle.dumps(fresh.measure(row))))
    assert fresh.found() == [4, 5]
