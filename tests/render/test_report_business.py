"""The business case in the report: the table of who pays and who saves, the saving
per krone spent, and the present value with the rate it rests on."""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kompcalc.batch.viewtotals import ViewTotals
from kompcalc.core.perspectives import Perspective
from kompcalc.fmt import kroner
from kompcalc.render.business import totals_grid
from kompcalc.texts import t
from tests.helpers import EXAMPLE, RunCli
from tests.render.test_report import make, part, text_of

CURRENT = ("--rates", "dk-seneste", "--date", "2024-06-01")


def _totals(cli: RunCli, *args: str) -> dict[str, Any]:
    totals: dict[str, Any] = json.loads(cli("batch", str(EXAMPLE), "--json", *args).out)["totals"]
    return totals


def _perspectives(html: str) -> str:
    return text_of(part(html, '<section id="perspectives"', "</section>"))


def test_the_catalogues_report_says_the_state_view_is_not_available(
    cli: RunCli, tmp_path: Path
) -> None:
    code, html, _ = make(cli, tmp_path)
    assert code == 0
    section = _perspectives(html)
    # a column for the municipality alone
    assert section.startswith("Hvem betaler og hvem sparer, efter 36 mdr. Kommunen Sager opgjort")
    assert "Sager opgjort 10 af 10 Udgift" in section
    assert (
        "Staten, Det offentlige: ikke opgjort: ydelsen er angivet netto (10 af 10 sager)"
    ) in section
    per_krone = _totals(cli)["perspectives"]["kommune"]["return_per_krone"].replace(".", ",")
    assert f"Pr. krone brugt {per_krone} kr." in section
    overview = text_of(part(html, '<section class="overview"', "</section>"))
    assert f"Besparelse pr. krone brugt, 36 mdr. {per_krone} kr." in overview
    assert "Nutidsværdi" not in html  # no discounting asked for
    excluded = text_of(part(html, '<ul class="excluded"', "</ul>"))
    assert "diskontering: en krone om tre år tæller som en krone i dag" in excluded


def test_on_the_current_table_the_report_shows_all_three(cli: RunCli, tmp_path: Path) -> None:
    code, html, _ = make(cli, tmp_path, EXAMPLE, *CURRENT)
    assert code == 1  # the fishmonger's løntilskud is not in the current table
    section = _perspectives(html)
    assert "Kommunen Staten Det offentlige Sager opgjort 9 af 9 9 af 9 9 af 9" in section
    views = _totals(cli, *CURRENT)["perspectives"]
    savings = [kroner(Decimal(views[p]["savings"]["36"]), "da") for p in views]
    assert f"Besparelse {' '.join(savings)}" in section
    assert "ikke opgjort" not in section
    # every case computed has its own table of the three
    assert html.count('<table class="perspectives">') == 1 + 9


def test_a_discounted_report_gives_the_present_value_and_its_rate(
    cli: RunCli, tmp_path: Path
) -> None:
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--discount", "3,5")
    assert code == 0
    present = kroner(Decimal(_totals(cli, "--discount", "3,5")["present_value"]["36"]), "da")
    overview = text_of(part(html, '<section class="overview"', "</section>"))
    assert f"Nutidsværdi efter 36 mdr. {present}" in overview
    assert f"Nutidsværdi {present}" in _perspectives(html)
    discounting = text_of(part(html, '<p id="discounting"', "</p>"))
    assert "(1 + r)^(-m/12) efter diskonteringsrenten 3,5 % om året" in discounting
    excluded = text_of(part(html, '<ul class="excluded"', "</ul>"))
    assert "diskontering" not in excluded
    # every card: break-even as the payback time, the saving per krone and its table
    assert html.count("Break-even (tilbagebetalingstid)") == 10 + 1  # the cards, the summary
    assert html.count("Break-even, diskonteret (tilbagebetalingstid)") == 10
    # the summary's table; a card whose only column is the municipality's (its result
    # above) says in one line why the others are not computed
    assert html.count('<table class="perspectives">') == 1
    note = "Staten, Det offentlige: ikke opgjort: ydelsen er angivet netto</p>"
    assert html.count(note) == 10


def test_a_named_rate_is_shown_with_its_source(cli: RunCli, tmp_path: Path) -> None:
    _, html, _ = make(cli, tmp_path, EXAMPLE, *CURRENT, "--discount", "fm2021", "--lang", "en")
    discounting = text_of(part(html, '<p id="discounting"', "</p>"))
    assert "fm2021: The Finance Ministry's discount rate from 7 January 2021" in discounting
    assert "(3.5 % from year 0, 2.5 % from year 35; source: Dokumentationsnotat" in discounting


def _view(perspective: Perspective, cases: int, not_computed: int, within: int) -> ViewTotals:
    money = ((36, Decimal("1000.00")),)
    return ViewTotals(
        perspective=perspective,
        cases=cases,
        not_computed=not_computed,
        one_off=Decimal(0),
        monthly=Decimal(0),
        avoided=Decimal(0),
        monthly_saving=Decimal(0),
        spent=money,
        avoided_total=money,
        savings=money,
        present_value=None,
        break_even_within=((1, 0), (3, 0), (12, within)),
        never=0,
        negative=0,
    )


@pytest.mark.parametrize(
    ("lang", "computed", "within", "note"),
    [
        (
            "da",
            ["10.000 af 10.000", "8.766 af 10.000"],
            "8.123",
            "ikke opgjort: ydelsen er angivet netto (1.234 af 10.000 sager)",
        ),
        (
            "en",
            ["10,000 of 10,000", "8,766 of 10,000"],
            "8,123",
            "not computed: the benefit is given net (1,234 of 10,000 cases)",
        ),
    ],
)
def test_the_counts_of_cases_are_grouped_in_the_reader_s_format(
    lang: str, computed: list[str], within: str, note: str
) -> None:
    views = [
        _view(Perspective.kommune, 10_000, 0, 8_123),
        _view(Perspective.stat, 8_766, 1_234, 0),
    ]
    grid = totals_grid(views, lang)
    rows = dict(grid.rows)
    assert rows[t(lang, "pt_cases")] == computed
    assert rows[t(lang, "pt_payback_within", months=12)][0] == within
    (_, why), *_ = grid.notes  # the state's view: 8,766 computed, 1,234 given net
    assert why == note
