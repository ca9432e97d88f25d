"""kompcalc batch: the catalogue's examples, the output formats, bad data at scale."""

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kompcalc.batch import split as batch_split
from tests.helpers import ROOT, RunCli, line_of, without_shipped_note

EXAMPLE = ROOT / "examples" / "kompensering-med-gevinst.yaml"
GENERATOR = ROOT / "benchmarks" / "gen_cases.py"
IDS = [
    "planner-herniated-disc",
    "pig-farmer-sclerosis",
    "orthotist-neck",
    "former-shop-manager-flexjob",
    "bank-clerk-low-vision",
    "fishmonger-missing-hand",
    "accountant-stairlift",
    "warehouse-driver-knees",
    "educator-bowel-disease",
    "radiographer-back",
]

GOOD = """cases:
  - id: a
    benefit: sygedagpenge
    interventions: [{kind: aids, amount: 8507}]
  - id: b
    benefit: sygedagpenge
    interventions: [{kind: personal_assistance, hours_per_week: 12}]
"""


def generated(tmp_path: Path, count: int, *extra: str) -> Path:
    path = tmp_path / f"gen-{count}.yaml"
    text = subprocess.run(
        [sys.executable, str(GENERATOR), str(count), *extra],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path.write_text(text, encoding="utf-8")
    return path


def write(tmp_path: Path, text: str, name: str = "cases.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# the catalogue's examples


def test_the_examples_match_the_catalogues_printed_figures(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--check")
    assert run.code == 0, run.err
    assert run.out == "Kontrol: 10 sager med forventede tal, 0 afvigelser.\n"


def test_check_catches_a_wrong_printed_figure(cli: RunCli, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("monthly_gross: 5958", "monthly_gross: 5998")
    path = write(tmp_path, text)
    run = cli("batch", str(path), "--check", "--lang", "en")
    assert run.code == 1
    line = line_of(path, "monthly_gross: 5998")
    assert run.out.splitlines() == [
        f"{path}:{line}: orthotist-neck: monthly_gross: computed 5,958.77 kr., printed "
        "5,998.00 kr., difference 39.23 kr. (tolerance 1.00 kr.)",
        "Check: 10 cases with expected figures, 1 mismatch.",
    ]


def test_check_compares_break_even_and_savings(cli: RunCli, tmp_path: Path) -> None:
    text = GOOD.replace(
        "amount: 8507}]",
        "amount: 8507}]\n    expected: {break_even_months: 0.5, savings: {12: 130146.50}}",
    )
    run = cli("batch", str(write(tmp_path, text)), "--check", "--lang", "en")
    # 4,253.50 net against 11,200 a month: 0.38 months, not 0.5; the saving is right
    assert run.code == 1
    assert "a: break_even_months: computed 0.38, printed 0.50" in run.out
    assert "savings.12" not in run.out


def test_the_table_has_every_case_and_the_totals(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE))
    assert run.code == 0 and without_shipped_note(run.err) == ""
    lines = run.out.splitlines()
    assert lines[0].split()[0] == "Sag"
    assert [line.split()[0] for line in lines[2:12]] == IDS
    totals = lines[13]
    # one-off net: 8,507/2 + 152/2 + 28,150/2 + 81,386/2 + 3,045/2 = 60,620.00
    assert totals.startswith("I alt") and "60.620,00 kr." in totals
    assert "Sager: 10 regnet, 0 fejlet." in run.out
    # the fishmonger saves at once but not for good (negative from month 24.59): no
    # break-even within the 36 months, so it is in no "within" count (issue 12)
    assert "Break-even inden for 1 md.: 7, inden for 3 md.: 8, inden for 12 md.: 9" in run.out
    assert "[sjh-2014]" in run.out


def test_json_cases_have_the_single_case_keys(cli: RunCli) -> None:
    single = json.loads(cli("pa", "--hours", "12", "--json").out)
    run = cli("batch", str(EXAMPLE), "--json")
    assert run.code == 0
    data = json.loads(run.out)
    assert [c["id"] for c in data["cases"]] == IDS
    assert all(set(c) == set(single) for c in data["cases"])
    orthotist = data["cases"][2]
    assert orthotist["monthly"] == {"gross": "5958.77", "refund": "2979.38", "net": "2979.39"}
    assert data["totals"]["cases"] == 10 and data["totals"]["one_off"]["net"] == "60620.00"
    assert data["totals"]["break_even_within"] == {"1": 7, "3": 8, "12": 9}
    fishmonger = data["cases"][IDS.index("fishmonger-missing-hand")]
    assert fishmonger["break_even_months"] is None
    assert 24.5 <= float(fishmonger["negative_from_months"]) <= 24.7
    assert data["failed"] == [] and data["title"].startswith("Kompensering med gevinst")


# spreadsheets


INJECTION = """cases:
  - id: "=HYPERLINK(\\"http://x\\")"
    benefit: sygedagpenge
    interventions:
      - {kind: aids, items: [{name: "+1+1", amount: 100}, {name: "@SUM(A1)", amount: 50}]}
  - id: "-2"
    benefit: sygedagpenge
    interventions: [{kind: recurring_cost, name: "-5", monthly: 10}]
"""


def test_csv_is_what_danish_excel_opens(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    run = cli("batch", str(EXAMPLE), "-o", str(out))
    assert run.code == 0 and run.out == ""
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the file as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 12
    assert rows[0][:6] == [
        "Sag",
        "Person",
        "Stilling",
        "Beskrivelse",
        "Indsats",
        "Engangsudgift, netto",
    ]
    orthotist = dict(zip(rows[0], rows[3], strict=True))
    assert orthotist["Sag"] == "orthotist-neck"
    assert orthotist["Indsats"] == "Personlig assistance, 12 timer om ugen"
    assert orthotist["Engangsudgift, netto"] == "0,00"
    assert orthotist["Udgift pr. md., netto"] == "2979,39"
    assert orthotist["Person"] == "Fastholdt i job. Kvinde, 53 år"
    assert orthotist["Start i ydelsen"] == ""
    totals = dict(zip(rows[0], rows[-1], strict=True))
    assert totals["Sag"] == "I alt" and totals["Engangsudgift, netto"] == "60620,00"
    assert totals["Person"] == ""


def test_english_csv_uses_commas_and_points(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--format", "csv", "--lang", "en")
    rows = list(csv.reader(io.StringIO(run.out)))
    assert rows[0][:5] == ["Case", "Person", "Occupation", "Description", "Intervention"]
    assert dict(zip(rows[0], rows[3], strict=True))["Monthly, net"] == "2979.39"


def test_no_spreadsheet_cell_can_be_a_formula(cli: RunCli, tmp_path: Path) -> None:
    path = write(tmp_path, INJECTION)
    csv_run = cli("batch", str(path), "--format", "csv")
    assert csv_run.code == 0
    cells = [c for row in csv.reader(io.StringIO(csv_run.out), delimiter=";") for c in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'-2" in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert not any(c.startswith("-") and not c[1:2].isdigit() for c in cells)
    xlsx = tmp_path / "cases.xlsx"
    assert cli("batch", str(path), "-o", str(xlsx)).code == 0
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert '\'=HYPERLINK("http://x")' in texts and "'+1+1" not in texts  # names are joined
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert not any(t.startswith(("=", "+", "-", "@")) for t in texts)


def test_xlsx_holds_numbers_as_numbers(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    run = cli("batch", str(EXAMPLE), "-o", str(out))
    assert run.code == 0 and run.out == ""
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Sager", "Oversigt"]
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    top = [r[0] for r in rows].index("Sag")  # the header, under the title rows
    header, cases, totals = rows[top], rows[top + 1 : top + 11], rows[top + 11]
    assert [r[0] for r in cases] == IDS
    monthly = cases[2][header.index("Udgift pr. md., netto")]
    assert isinstance(monthly, float) and Decimal(str(monthly)) == Decimal("2979.39")
    assert totals[0] == "I alt" and totals[header.index("Engangsudgift, netto")] == 60620
    summary = [r[0] for r in book.worksheets[1].iter_rows(values_only=True)]
    assert "Sager: 10 regnet, 0 fejlet." in summary


def test_xlsx_needs_a_file(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--format", "xlsx")
    assert run.code == 2 and "-o" in run.err and run.out == ""


# bad data never stops the good


def test_bad_cases_are_reported_and_the_rest_computed(cli: RunCli, tmp_path: Path) -> None:
    path = generated(tmp_path, 60, "--bad", "6", "--seed", "5")
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    errors = [line for line in run.err.splitlines() if line.startswith("Error: ")]
    assert errors and all(line.startswith(f"Error: {path}:") for line in errors)
    failed_ids = {line.split(": ")[2] for line in errors}
    assert len(failed_ids) == 6 and all(i.startswith("sag-") for i in failed_ids)
    assert "6 cases failed" in run.err
    assert "Cases: 54 computed, 6 failed." in run.out
    rows = [line.split()[0] for line in run.out.splitlines() if line.startswith("sag-")]
    assert len(rows) == 54 and not failed_ids & set(rows)


def test_each_problem_names_file_line_case_and_field(cli: RunCli, tmp_path: Path) -> None:
    text = GOOD + (
        "  - id: c\n"
        "    benefit: sygedagpenge\n"
        "    interventions:\n"
        "      - {kind: personal_assistance, hours_per_week: -3}\n"
        "  - id: d\n"
        "    benefit: kontanthjælp\n"
        "    interventions: [{kind: aids, amount: 10}]\n"
    )
    path = write(tmp_path, text)
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    assert f"Error: {path}:11: c: interventions.1.hours_per_week: " in run.err
    assert f'Error: {path}:13: d: benefit: Unknown benefit "kontanthjælp"' in run.err
    assert "Cases: 2 computed, 2 failed." in run.out


def test_fail_fast_stops_at_the_first_and_writes_nothing(cli: RunCli, tmp_path: Path) -> None:
    path = generated(tmp_path, 40, "--bad", "3", "--seed", "5")
    out = tmp_path / "out.csv"
    run = cli("batch", str(path), "--fail-fast", "-o", str(out))
    assert run.code == 1 and run.out == "" and not out.exists()
    assert len([line for line in run.err.splitlines() if line.startswith("Fejl: ")]) == 1
    assert "--fail-fast" in run.err


def test_a_repeated_id_is_an_error(cli: RunCli, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + GOOD.replace("cases:\n", "").replace("id: b", "id: c"))
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    assert f"Error: {path}:8: a: id: the id is already used by the case at line 2" in run.err
    assert "Cases: 3 computed, 1 failed." in run.out


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("cases:\n  - id: a\n    benefit: [oops\n", "not valid YAML"),
        ("", "the file is empty"),
        ("# only a comment\n", "the file is empty"),
        ("- id: a\n", "must start with the key cases:"),
        ("cases: []\n", "the file has no cases"),
        ("title: Mine\n", "the file has no cases"),
        ("cases: {id: a}\n", "cases: must be a list"),
    ],
)
def test_a_file_that_is_not_a_case_file_is_one_error(
    cli: RunCli, tmp_path: Path, text: str, words: str
) -> None:
    path = write(tmp_path, text)
    run = cli("batch", str(path), "--lang", "en")
    assert (run.code, run.out) == (1, "")
    (line,) = run.err.splitlines()
    assert line.startswith(f"Error: {path}") and words in line


def test_an_alias_bomb_is_refused_quickly(cli: RunCli, tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i, name in enumerate("bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + 'abcdefghi'[i]] * 9)}]")
    path = write(tmp_path, "\n".join([*lines, "cases: *i"]))
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1 and run.out == "" and "the aliases in the file expand" in run.err


def test_a_gigabyte_file_is_refused_without_reading_it(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "oops.yaml"
    with path.open("wb") as out:
        out.truncate(1_000_000_000)  # sparse: takes no disk and is never read
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1 and run.out == ""
    assert "the file is 1000 MB; kompcalc reads at most 100 MB" in run.err


def test_a_missing_file_is_named(cli: RunCli, tmp_path: Path) -> None:
    run = cli("batch", str(tmp_path / "nothere.yaml"), "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err == f"Error: {tmp_path / 'nothere.yaml'}: file not found\n"


def test_a_binary_file_is_refused(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\x89PNG\x00\xff\xfe")
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1 and "is not a UTF-8 text file" in run.err


def test_a_workbook_without_its_suffix_is_told_to_get_one(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "sager"
    path.write_bytes(b"PK\x03\x04\x00\xff\xfe")
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    assert run.err == f"Error: {path}: is an Excel workbook; give the file the suffix .xlsx\n"


def test_a_misspelt_key_beside_the_cases_is_reported(cli: RunCli, tmp_path: Path) -> None:
    path = write(tmp_path, "titel: Mine\n" + GOOD)
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1 and f"Error: {path}:1: titel: unknown field" in run.err
    assert "Cases: 2 computed, 0 failed." in run.out


# nothing lost on output


def test_the_case_file_is_never_the_output(cli: RunCli, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    run = cli("batch", str(path), "-o", str(path))
    assert run.code == 2 and "-o" in run.err
    assert path.read_text(encoding="utf-8") == GOOD


def test_a_failed_run_leaves_the_old_output_in_place(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    out.write_text("the old, good table", encoding="utf-8")
    broken = write(tmp_path, GOOD + "  - id: [broken\n")
    assert cli("batch", str(broken), "-o", str(out)).code == 1
    assert out.read_text(encoding="utf-8") == "the old, good table"
    assert {p.name for p in tmp_path.iterdir()} == {"cases.csv", "cases.yaml"}


def test_a_good_run_replaces_the_output(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "cases.json"
    out.write_text("old", encoding="utf-8")
    assert cli("batch", str(write(tmp_path, GOOD)), "-o", str(out)).code == 0
    assert [c["id"] for c in json.loads(out.read_text("utf-8"))["cases"]] == ["a", "b"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli: RunCli, tmp_path: Path) -> None:
    run = cli("batch", str(generated(tmp_path, 2500)), "--lang", "en")
    assert run.code == 0
    # the only lines are the warnings about PA above 20 hours, at most 20 and a count
    lines = without_shipped_note(run.err, "en").splitlines()
    assert lines and all(x.startswith(("Warning: ", "... and ")) for x in lines)
    assert len(lines) <= 21 and "Computing cases" not in run.err


def test_warnings_are_listed_in_the_json(cli: RunCli, tmp_path: Path) -> None:
    text = GOOD.replace("hours_per_week: 12", "hours_per_week: 25")
    run = cli("batch", str(write(tmp_path, text)), "--json", "--lang", "en")
    assert run.code == 0
    (warning,) = json.loads(run.out)["warnings"]
    assert warning["case"] == "b" and warning["line"] == 5
    assert warning["message"].startswith("25 hours a week is above the normal limit of 20")


# scale: two cores give the same answer as one


@pytest.mark.parametrize("extra", [(), ("--bad", "9", "--seed", "11")])
@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_two_cores_give_what_one_gives(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, extra: tuple[str, ...]
) -> None:
    path = generated(tmp_path, 300, *extra)
    one = cli("batch", str(path), "--format", fmt)
    monkeypatch.setattr(batch_split, "SPLIT_MIN_BYTES", 0)
    two = cli("batch", str(path), "--format", fmt)
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)
    assert one.code == (1 if extra else 0)


def test_two_cores_see_a_repeated_id_in_the_other_half(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_split, "SPLIT_MIN_BYTES", 0)
    text = GOOD + GOOD.replace("cases:\n", "").replace("id: a", "id: c")  # b, b
    run = cli("batch", str(write(tmp_path, text)), "--lang", "en")
    assert run.code == 1 and "b: id: the id is already used by the case at line 5" in run.err


def test_a_file_with_anchors_runs_in_one_process(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "cases:\n"
        "  - id: a\n"
        "    benefit: sygedagpenge\n"
        "    interventions: &pa [{kind: personal_assistance, hours_per_week: 12}]\n"
        "  - id: b\n"
        "    benefit: sygedagpenge\n"
        "    interventions: *pa\n"
    )
    path = write(tmp_path, text)
    one = cli("batch", str(path), "--json")
    monkeypatch.setattr(batch_split, "SPLIT_MIN_BYTES", 0)
    two = cli("batch", str(path), "--json")
    assert one.code == two.code == 0 and one.out == two.out
    assert [c["monthly"]["net"] for c in json.loads(two.out)["cases"]] == ["2979.39"] * 2


def test_generated_cases_are_all_valid(cli: RunCli, tmp_path: Path) -> None:
    run = cli("batch", str(generated(tmp_path, 400)), "--lang", "en")
    assert run.code == 0 and "Cases: 400 computed, 0 failed." in run.out


def test_organisation_and_author_reach_the_json(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "cases.yaml"
    source.write_text(
        "title: T\norganisation: Jobcenter Eksempelby\nauthor: Anne Hansen\ncases:\n"
        "  - {id: a, benefit: sygedagpenge, interventions: [{kind: aids, amount: 100}]}\n",
        encoding="utf-8",
    )
    data = json.loads(cli("batch", str(source), "--json").out)
    assert (data["organisation"], data["author"]) == ("Jobcenter Eksempelby", "Anne Hansen")


def test_an_author_that_is_not_text_is_a_file_problem(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "cases.yaml"
    source.write_text(
        "author: 42\ncases:\n"
        "  - {id: a, benefit: sygedagpenge, interventions: [{kind: aids, amount: 100}]}\n",
        encoding="utf-8",
    )
    run = cli("batch", str(source), "--json", "--lang", "en")
    assert run.code == 1 and f"{source}:1: author:" in run.err
    assert json.loads(run.out)["author"] is None


# the format, published


def test_schema_describes_every_key_the_examples_use(cli: RunCli) -> None:
    run = cli("schema")
    assert run.code == 0
    schema = json.loads(run.out)
    assert set(schema["properties"]) == {"title", "description", "organisation", "author", "cases"}
    case_keys = set(schema["$defs"]["Case"]["properties"])
    assert {"id", "interventions", "benefit", "benefit_month", "expected", "condition"} <= case_keys
    kinds = {
        d["properties"]["kind"]["const"]
        for d in schema["$defs"].values()
        if "kind" in d.get("properties", {})
    }
    assert kinds == {
        "personal_assistance",
        "education_assistance",
        "aids",
        "mentor",
        "icebreaker",
        "recurring_cost",
        "priority_access",
    }


def test_danish_numbers_in_a_case_file_get_a_hint(cli: RunCli, tmp_path: Path) -> None:
    text = (
        "cases:\n"
        "  - id: comma\n"
        "    benefit: sygedagpenge\n"
        "    interventions: [{kind: personal_assistance, hours_per_week: 6,5}]\n"
        "  - id: block\n"
        "    benefit: sygedagpenge\n"
        "    interventions:\n"
        "      - kind: personal_assistance\n"
        "        hours_per_week: 6,5\n"
        "  - id: point\n"
        "    benefit: sygedagpenge\n"
        "    interventions: [{kind: aids, amount: 8.507}]\n"
    )
    path = write(tmp_path, text)
    run = cli("batch", str(path), "--lang", "en")
    assert run.code == 1
    errors = run.err.splitlines()
    # inside { } YAML splits 6,5 into 6 and a key 5; the message says so
    assert errors[0].startswith(f"Error: {path}:4: comma: interventions.1.5: is a number")
    assert "write 6.5" in errors[0]
    assert errors[1].startswith(f"Error: {path}:9: block: interventions.1.hours_per_week: ")
    assert '"6,5"' in errors[1]
    assert errors[2] == (
        f"Error: {path}:12: point: interventions.1.amount: must have at most 2 decimals (in a "
        "file a point is a decimal point: eight thousand five hundred and seven is 8507, not "
        "8.507)"
    )


def test_the_count_of_cases_not_computed_is_grouped(cli: RunCli, tmp_path: Path) -> None:
    run = cli("batch", str(generated(tmp_path, 1000)), "--perspective", "stat")
    assert "(1.000 af 1.000 sager)" in run.out  # not "af 1000"
