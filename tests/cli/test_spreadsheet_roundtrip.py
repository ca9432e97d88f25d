"""The spreadsheet way in gives the same figures as the YAML example, case by case: the
template filled in by hand (here: openpyxl), the shipped XLSX example, and ``convert``
both ways."""

import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.helpers import EXAMPLE, ROOT, RunCli

EXAMPLE_XLSX = ROOT / "examples" / "kompensering-med-gevinst.xlsx"

FIGURES = (
    "person",
    "occupation",
    "description",
    "interventions",
    "one_off",
    "monthly",
    "benefit",
    "avoided_benefit",
    "monthly_saving",
    "break_even_months",
    "savings",
    "timeline",
)
"""What ``batch --json`` gives per case that must be the same whichever file it came from."""


def by_case(out: str) -> dict[str, dict[str, Any]]:
    return {case["id"]: {k: case[k] for k in FIGURES} for case in json.loads(out)["cases"]}


def _fill(card: dict[str, Any]) -> dict[str, Any]:
    """The cells a caseworker types for one case of the YAML example (by header)."""
    cells: dict[str, Any] = {
        "Sag": card["id"],
        "Person": card.get("person"),
        "Stilling": card.get("occupation"),
        "Helbred": card.get("condition"),
        "Beskrivelse": card.get("description"),
        "Ydelse": card["benefit"],
    }
    for iv in card["interventions"]:
        kind = iv["kind"]
        if kind == "personal_assistance":
            cells["PA timer pr. uge"] = float(iv["hours_per_week"])
            cells["PA beskrivelse"] = iv.get("description")
        elif kind == "aids":
            if "amount" in iv:
                cells["Hjælpemidler kr."] = float(iv["amount"])
            else:
                items = [f"{i['name']}={i['amount']}" for i in iv["items"]]
                cells["Hjælpemidler"] = "; ".join(items)
            cells["Hjælpemidler beskrivelse"] = iv.get("description")
        elif kind == "recurring_cost":
            cells["Anden udgift"] = iv["name"]
            cells["Anden udgift kr. pr. md."] = float(iv["monthly"])
        else:  # pragma: no cover - the example has no other kinds
            raise AssertionError(kind)
    return cells


def test_the_template_filled_with_the_ten_cards_gives_the_yaml_figures(
    tmp_path: Path, cli: RunCli
) -> None:
    from kompcalc.loading.yamlio import parse_yaml

    template = tmp_path / "sager.xlsx"
    made = cli("template", "-o", str(template))
    assert made.code == 0, made.err
    book = load_workbook(template)
    sheet = book["Sager"]
    header_row = next(row[0].row for row in sheet.iter_rows() if any(c.value == "Sag" for c in row))
    columns = {c.value: c.column for c in sheet[header_row] if c.value}
    data, _ = parse_yaml(EXAMPLE.read_text(encoding="utf-8"), file=str(EXAMPLE))
    start = sheet.max_row + 1  # below the template's example row, which is left in
    for offset, card in enumerate(data["cases"]):
        for header, value in _fill(card).items():
            if value is not None:
                assert header in columns, header
                sheet.cell(start + offset, columns[header], value)
    book.save(template)
    filled = cli("batch", str(template), "--json")
    assert filled.code == 0, filled.err
    expected = by_case(cli("batch", str(EXAMPLE), "--json").out)
    got = by_case(filled.out)
    assert list(got) == list(expected)
    for case_id in expected:
        assert got[case_id] == expected[case_id], case_id


def test_the_shipped_xlsx_example_gives_the_yaml_figures_and_passes_check(cli: RunCli) -> None:
    sheet = cli("batch", str(EXAMPLE_XLSX), "--json")
    assert sheet.code == 0, sheet.err
    assert by_case(sheet.out) == by_case(cli("batch", str(EXAMPLE), "--json").out)
    checked = cli("batch", str(EXAMPLE_XLSX), "--check")
    assert checked.code == 0, checked.out + checked.err
    assert checked.out == "Kontrol: 10 sager med forventede tal, 0 afvigelser.\n"


def test_yaml_to_xlsx_to_yaml_keeps_every_field_of_the_example(tmp_path: Path, cli: RunCli) -> None:
    from kompcalc.core.cases import CaseFile
    from kompcalc.loading.yamlio import parse_yaml

    sheet, back = tmp_path / "sager.xlsx", tmp_path / "tilbage.yaml"
    assert cli("convert", str(EXAMPLE), "-o", str(sheet)).code == 0
    run = cli("convert", str(sheet), "-o", str(back))
    assert run.code == 0, run.err

    def cases(path: Path) -> CaseFile:
        data, _ = parse_yaml(path.read_text(encoding="utf-8"), file=str(path))
        return CaseFile.model_validate(data)

    assert cases(back) == cases(EXAMPLE)


def test_csv_round_trip_keeps_the_figures(tmp_path: Path, cli: RunCli) -> None:
    sheet = tmp_path / "sager.csv"
    assert cli("convert", str(EXAMPLE), "-o", str(sheet)).code == 0
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
    run = cli("batch", str(sheet), "--json")
    assert run.code == 0, run.err
    assert by_case(run.out) == by_case(cli("batch", str(EXAMPLE), "--json").out)
