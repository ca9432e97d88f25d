"""A row of the batch table as text: the case's own words on one line, every figure in
the user's number format."""

from pathlib import Path

from kompcalc.batch.drive import drive
from kompcalc.batch.run import BatchRun
from kompcalc.loading.ratefile import load_table_and_rates
from kompcalc.render.rows import RowText
from tests.render.test_page import Kept

CASES = """\
cases:
  - id: lup
    benefit: sygedagpenge
    interventions:
      - kind: aids
        items:
          - {name: "Lup\\nmed\\tlampe", amount: 1234.5}
      - kind: personal_assistance
        hours_per_week: 12
"""


def test_a_name_over_lines_is_shown_on_one_line_and_the_figures_as_kroner(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    loaded, rates = load_table_and_rates(None)
    kept = Kept(RowText((12, 24, 36), "da"))
    drive(BatchRun(path, loaded=loaded, day=rates.day, months=36), kept)
    (row,) = kept.rows
    by_key = dict(zip([c.key for c in kept.text.columns], row, strict=True))
    assert by_key["interventions"].startswith("Hjælpemidler, Lup med lampe; ")
    assert "\n" not in by_key["interventions"] and "\t" not in by_key["interventions"]
    # aids 1.234,50 kr. half refunded: 617,25 kr. for the municipality; PA 12 hours
    # 12 x 114,68 x 4,33 = 5.958,77 kr., half: 2.979,39 kr. (test_calc's hand figures)
    assert by_key["one_off_net"] == "617,25 kr."
    assert by_key["monthly_net"] == "2.979,39 kr."


def test_an_hourly_scheme_is_said_once_per_language_hours_and_months() -> None:
    from decimal import Decimal as D

    from kompcalc.core.cases import AidItem, Aids, PersonalAssistance
    from kompcalc.render import describe

    twelve = PersonalAssistance(hours_per_week=D("12.0"), months=6)
    assert (
        describe.intervention_text(twelve, "da")
        == "Personlig assistance, 12 timer om ugen i 6 mdr."
    )
    assert describe.intervention_text(twelve, "en") == (
        "Personal assistance, 12 hours a week for 6 months"
    )
    half = PersonalAssistance(hours_per_week=D("12.50"))
    assert describe.intervention_text(half, "da") == "Personlig assistance, 12,5 timer om ugen"
    describe._SAID.clear()  # said afresh: the same
    assert describe.intervention_text(half, "da") == "Personlig assistance, 12,5 timer om ugen"
    # an amount alone has no name: the description says what it is
    aid = Aids(amount=D(500), description="Lup")
    assert describe.intervention_text(aid, "da") == "Hjælpemidler, Lup"
    named = Aids(items=(AidItem(name="Stol", amount=D(5)), AidItem(amount=D(7))))
    assert describe.intervention_text(named, "da") == "Hjælpemidler, Stol"


def test_a_benefit_name_said_before_is_said_again_only_from_the_same_rates() -> None:
    from types import SimpleNamespace
    from typing import cast

    from kompcalc.core.calc import Result
    from kompcalc.render import describe

    _, rates = load_table_and_rates(None)
    result = cast(Result, SimpleNamespace(plan=(("sygedagpenge", None),)))
    assert describe.benefit_name(result, rates, "en") == "Sickness benefit (sygedagpenge)"
    # a name from other rates under the same identity (theirs, gone, given to these)
    gone = (object(), "Ledighedsydelse")
    describe._BENEFIT_NAMES[id(rates), "da", result.plan] = gone  # type: ignore[assignment]
    assert describe.benefit_name(result, rates, "da") == "Sygedagpenge"


def test_the_benefit_start_is_said_for_its_own_month_or_week() -> None:
    from kompcalc.core.cases import Case
    from kompcalc.render.spreadsheet import SheetColumns

    sheet = SheetColumns((12,), "da", include_conditions=False)
    base = {"id": "a", "benefit": "sygedagpenge", "interventions": [{"kind": "aids", "amount": 1}]}
    starts = [{}, {"benefit_month": 9}, {"benefit_week": 11}, {"benefit_week": 12}, {}]
    said = [sheet._start(Case.model_validate(base | start)) for start in starts]
    assert said == ["", "måned 9", "uge 11", "uge 12", ""]


def test_a_perspective_not_computed_shows_no_amounts(tmp_path: Path) -> None:
    from kompcalc.core.perspectives import Perspective
    from kompcalc.render.rows import Viewpoint

    path = tmp_path / "cases.yaml"
    # a benefit given as the municipality's net amounts: the state's part is unknown
    path.write_text(CASES.replace("sygedagpenge", "ledighedsydelse"), encoding="utf-8")
    loaded, rates = load_table_and_rates(None)
    kept = Kept(RowText((12, 24, 36), "da", Viewpoint(Perspective.stat)))
    drive(BatchRun(path, loaded=loaded, day=rates.day, months=36), kept)
    (row,) = kept.rows
    by_key = dict(zip([c.key for c in kept.text.columns], row, strict=True))
    assert by_key["break_even_months"] == "ikke opgjort"
    amounts = [by_key[c.key] for c in kept.text.columns if c.money]
    assert amounts == [""] * 7  # one-off, monthly, benefit, saving, at 12, 24 and 36
