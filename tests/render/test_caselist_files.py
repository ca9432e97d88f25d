"""Case files written as YAML and JSON: their exact shape, and that kompcalc's own
loader reads back the very cases that were written."""

import io
import json
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kompcalc.core.cases import AidItem, Aids, BenefitStep, Case, CaseFile, Expected, Mentor
from kompcalc.loading.yamlio import parse_yaml
from kompcalc.render.caselist import ListMeta, Written
from kompcalc.render.caselist_text import write_json, write_yaml
from tests.helpers import EXAMPLE

Writer = Callable[[Any, ListMeta, Iterable[Case]], Written]


def written(writer: Writer, meta: ListMeta, cases: Iterable[Case]) -> str:
    out = io.BytesIO()
    writer(out, meta, cases)
    return out.getvalue().decode("utf-8")


def read_back(text: str) -> CaseFile:
    data, _ = parse_yaml(text, file="written")
    return CaseFile.model_validate(data)


def example() -> CaseFile:
    return read_back(EXAMPLE.read_text(encoding="utf-8"))


def meta_of(case_file: CaseFile) -> ListMeta:
    return ListMeta(
        case_file.title, case_file.description, case_file.organisation, case_file.author
    )


@pytest.mark.parametrize("writer", [write_yaml, write_json])
def test_the_example_file_s_cases_come_back_equal(writer: Writer) -> None:
    original = example()
    text = written(writer, meta_of(original), original.cases)
    assert read_back(text) == original
    assert len(original.cases) == 10  # the round trip covered the whole file


SMALL = Case(
    id="17",
    benefit="sygedagpenge",
    probability=Decimal("62.5"),
    date=date(2026, 3, 1),
    interventions=(
        Aids(
            items=(
                AidItem(name="Lup", amount=Decimal("3150.50")),
                AidItem(amount=Decimal(25000)),
            )
        ),
    ),
)


def test_yaml_shape_model_order_kind_first_exact_numbers_iso_dates() -> None:
    text = written(write_yaml, ListMeta(title="Sager", author="Anne"), [SMALL])
    assert text == (
        "title: Sager\n"
        "author: Anne\n"
        "cases:\n"
        "- id: '17'\n"
        "  interventions:\n"
        "  - kind: aids\n"
        "    items:\n"
        "    - name: Lup\n"
        "      amount: 3150.50\n"
        "    - amount: 25000\n"  # a whole number, plainly
        "  benefit: sygedagpenge\n"
        "  probability: 62.5\n"
        "  date: 2026-03-01\n"
    )


def test_json_shape_is_the_same_with_exact_numbers() -> None:
    text = written(write_json, ListMeta(title="Sager"), [SMALL])
    assert text == (
        "{\n"
        '  "title": "Sager",\n'
        '  "cases": [\n'
        "    {\n"
        '      "id": "17",\n'
        '      "interventions": [\n'
        "        {\n"
        '          "kind": "aids",\n'
        '          "items": [\n'
        "            {\n"
        '              "name": "Lup",\n'
        '              "amount": 3150.50\n'
        "            },\n"
        "            {\n"
        '              "amount": 25000\n'
        "            }\n"
        "          ]\n"
        "        }\n"
        "      ],\n"
        '      "benefit": "sygedagpenge",\n'
        '      "probability": 62.5,\n'
        '      "date": "2026-03-01"\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    assert json.loads(text)["cases"][0]["probability"] == 62.5  # a JSON number


def test_an_empty_list_is_still_a_case_file() -> None:
    assert written(write_yaml, ListMeta(), []) == "cases: []\n"
    assert written(write_json, ListMeta(), []) == '{\n  "cases": []\n}\n'


def test_the_writers_count_the_cases() -> None:
    assert write_yaml(io.BytesIO(), ListMeta(), [SMALL, SMALL]) == Written(2)
    assert write_json(io.BytesIO(), ListMeta(), iter([SMALL])) == Written(1)


HARD_TEXTS = [
    "yes",  # YAML 1.1 would read a bool
    "0042",  # ... an octal number
    "1:30",  # ... a base-60 number
    "2026-03-01",  # ... a date
    "- dash",
    "# hash",
    "key: value",
    "'quoted' and \"double\"",
    "two\nlines",
    "line\u2028separator",
    "tab\there",
    " spaces around ",
    "æøå – “Danish” €",
    "x" * 300,  # longer than a line
]


@pytest.mark.parametrize("writer", [write_yaml, write_json])
@pytest.mark.parametrize("text", HARD_TEXTS)
def test_any_text_comes_back_as_it_was(writer: Writer, text: str) -> None:
    case = Case(
        id="id" if any(c in text for c in "\n\t\u2028") else text[:200],  # one line
        description=text,
        benefit=(BenefitStep(benefit="sygedagpenge", months=5), BenefitStep(benefit="x")),
        interventions=(
            Mentor(
                hours_per_week=Decimal("2.25"),
                hourly_rate=Decimal(350),
                months=3,
                description=text,
            ),
        ),
        expected=Expected(note=text, monthly_net=Decimal("-0.50")),
    )
    back = read_back(written(writer, ListMeta(title=text), [case]))
    assert back.title == text
    assert back.cases == (case,)


def test_yaml_keeps_dates_and_savings_by_month() -> None:
    case = SMALL.model_copy(update={"expected": Expected(savings={12: Decimal("-0.50")})})
    back = read_back(written(write_yaml, ListMeta(), [case]))
    assert back.cases == (case,)


def test_json_writes_a_date_as_iso_text_and_a_month_as_a_key_text() -> None:
    # JSON has no dates and only text keys; the case model reads both back from JSON
    case = SMALL.model_copy(update={"expected": Expected(savings={12: Decimal(5)})})
    text = written(write_json, ListMeta(), [case])
    data = json.loads(text)
    assert data["cases"][0]["date"] == "2026-03-01"
    assert data["cases"][0]["expected"] == {"savings": {"12": 5}}
    assert read_back(text).cases == (case,)
