"""The columns both spreadsheet outputs (CSV and XLSX) share: the text table's, and the
case's own words beside them; the condition only when asked for."""

import csv
import io

import pytest

from kompcalc.core.cases import Case
from kompcalc.render.spreadsheet import SheetColumns, benefit_start
from tests.helpers import EXAMPLE, RunCli

MARKS = (12, 24, 36)


def _keys(include_conditions: bool) -> list[str]:
    sheet = SheetColumns(MARKS, "da", include_conditions=include_conditions)
    return [column.key for column in sheet.columns]


def test_the_case_text_follows_the_case_and_the_start_follows_the_benefit() -> None:
    assert _keys(False) == [
        "id",
        "person",
        "occupation",
        "description",
        "interventions",
        "one_off_net",
        "monthly_net",
        "benefit",
        "benefit_start",
        "avoided_benefit",
        "monthly_saving",
        "break_even_months",
        "negative_from_months",
        "saving_12",
        "saving_24",
        "saving_36",
        "return_per_krone",
    ]


def test_the_condition_is_a_column_only_when_asked_for() -> None:
    assert "condition" not in _keys(False)
    keys = _keys(True)
    assert keys[keys.index("occupation") + 1] == "condition"


@pytest.mark.parametrize(
    ("given", "da", "en"),
    [
        ({}, "", ""),
        ({"benefit_month": 9}, "måned 9", "month 9"),
        ({"benefit_week": 11}, "uge 11", "week 11"),
    ],
)
def test_benefit_start(given: dict[str, int], da: str, en: str) -> None:
    case = Case.model_validate(
        {"id": "a", "benefit": "sygedagpenge", "interventions": [{"kind": "aids", "amount": 1}]}
        | given
    )
    assert (benefit_start(case, "da"), benefit_start(case, "en")) == (da, en)


@pytest.mark.parametrize("include", [False, True])
def test_the_csv_has_the_same_columns_as_the_xlsx(cli: RunCli, include: bool) -> None:
    flag = ["--include-conditions"] if include else []
    run = cli("batch", str(EXAMPLE), "--format", "csv", *flag)
    assert run.code == 0, run.err
    rows = list(csv.reader(io.StringIO(run.out.removeprefix("\ufeff")), delimiter=";"))
    expected = SheetColumns(MARKS, "da", include_conditions=include).columns
    assert rows[0] == [column.heading for column in expected]
    planner = dict(zip(rows[0], rows[1], strict=True))
    assert planner["Stilling"] == "Planlægger og koordinator i et rengøringsselskab"
    assert planner.get("Helbred") == (
        "Har diskusprolaps og er opereret to gange" if include else None
    )
